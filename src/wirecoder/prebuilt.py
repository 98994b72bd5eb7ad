"""Compiled forms of the package's own data, shipped with it, so a first run need not build them.

The disk cache (:mod:`wirecoder.cache`) makes every run after the first fast; the first run
after an install (or every run with ``WIRECODER_CACHE_DIR=off``) still compiled the actor
files, the gazetteer and the tokens of the actor names. Those values are shipped here as
gzipped JSON in ``wirecoder/data/prebuilt/`` (``scripts/build_prebuilt.py`` writes them; a
test rebuilds each one from its sources and compares the bytes, so they cannot drift).

Each file carries a *stamp*: the sha256 of its name, the versions its value depends on
(pycountry, spaCy …) and the bytes of its source files (data and code, named relative to
the package); the versions are also written out in clear, so a test can skip the
byte-for-byte rebuild where other library versions are installed. :func:`load_or_build`
uses the file only when its stamp is the one computed now from the installed files;
otherwise (an edited source, another dependency version, a missing or unreadable file) it
builds the value as before. Nothing is written at run time.

The JSON is plain except for tagged objects: ``{"$t": [...]}`` a tuple, ``{"$d": "..."}``
a date, ``{"$dt": "..."}`` a datetime, ``{"$p": "..."}`` a path inside the package,
``{"$m": [[k, v], ...]}`` a mapping whose keys are not plain strings and
``{"$c": "Class", "f": {...}}`` an instance of one of the dataclasses the caller names.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gzip
import hashlib
import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, TypeVar

__all__ = ["PACKAGE_DIR", "PREBUILT_DIR", "Spec", "decode", "dump", "encode", "load_or_build",
           "stamp"]

T = TypeVar("T")

#: The package folder (source paths are named relative to it in a stamp).
PACKAGE_DIR = Path(__file__).resolve().parent
#: Where the compiled forms are shipped.
PREBUILT_DIR = PACKAGE_DIR / "data" / "prebuilt"


@dataclasses.dataclass(frozen=True)
class Spec:
    """What one shipped value is, and what it is valid for.

    Attributes:
        name: The file's stem (``PREBUILT_DIR / f"{name}.json.gz"``).
        sources: The package files the value is compiled from (data and code).
        versions: The versions of the libraries the value depends on (``"spacy3.8.1"``).
        classes: The dataclasses the value may hold (encoded by name).
    """

    name: str
    sources: tuple[Path, ...]
    versions: tuple[str, ...] = ()
    classes: tuple[type, ...] = ()

    @property
    def path(self) -> Path:
        """The shipped file."""
        return PREBUILT_DIR / f"{self.name}.json.gz"


def stamp(spec: Spec) -> str:
    """Return the hex sha256 of ``spec``'s name, versions and source files (relative names)."""
    digest = hashlib.sha256(f"{spec.name}|{'|'.join(spec.versions)}".encode())
    for path in spec.sources:
        resolved = Path(path).resolve()
        try:
            label = resolved.relative_to(PACKAGE_DIR).as_posix()
        except ValueError:
            label = resolved.name
        digest.update(f"|{label}|".encode())
        digest.update(resolved.read_bytes())
    return digest.hexdigest()


def encode(value: Any) -> Any:
    """Return ``value`` as JSON-ready data (see the module docstring for the tags).

    Raises:
        TypeError: for a value of a type the format does not hold, or a path outside the
            package.
    """
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, tuple):
        return {"$t": [encode(v) for v in value]}
    if isinstance(value, dict):
        if all(isinstance(k, str) and not k.startswith("$") for k in value):
            return {k: encode(v) for k, v in value.items()}
        return {"$m": [[encode(k), encode(v)] for k, v in value.items()]}
    if isinstance(value, dt.datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, dt.date):
        return {"$d": value.isoformat()}
    if isinstance(value, Path):
        return {"$p": value.resolve().relative_to(PACKAGE_DIR).as_posix()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = {f.name: encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return {"$c": type(value).__name__, "f": fields}
    raise TypeError(f"prebuilt: cannot encode a {type(value).__name__}")


def decode(data: Any, classes: Iterable[type] = ()) -> Any:
    """Return the value that :func:`encode` turned into ``data`` (parsed JSON)."""
    by_name = {cls.__name__: cls for cls in classes}
    return _decode_text(json.dumps(data), by_name)


def _decode_text(text: str | bytes, by_name: dict[str, type]) -> Any:
    def hook(obj: dict[str, Any]) -> Any:
        if len(obj) == 1:
            ((tag, inner),) = obj.items()
            if tag == "$t":
                return tuple(inner)
            if tag == "$d":
                return dt.date.fromisoformat(inner)
            if tag == "$dt":
                return dt.datetime.fromisoformat(inner)
            if tag == "$p":
                return PACKAGE_DIR / inner
            if tag == "$m":
                return {_hashable(k): v for k, v in inner}
        elif len(obj) == 2 and "$c" in obj:
            return by_name[obj["$c"]](**obj["f"])
        return obj

    return json.loads(text, object_hook=hook)


def _hashable(key: Any) -> Any:
    return tuple(key) if isinstance(key, list) else key


def dump(spec: Spec, value: Any, canonical: Callable[[Any], Any] | None = None) -> bytes:
    """Return the uncompressed bytes of the shipped file for ``value`` (deterministic).

    Args:
        spec: The value's spec (its stamp is computed from the files now).
        value: The built value.
        canonical: Puts ``value`` in a fixed order first, for a value whose build order
            depends on set iteration (order that no reader relies on).
    """
    body = encode(canonical(value) if canonical else value)
    # the versions are named too (after the stamp, which load_or_build reads first), so a
    # test can tell a stale file from one built with other library versions
    document = {"stamp": stamp(spec), "versions": list(spec.versions), "value": body}
    return json.dumps(document, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def load_or_build(spec: Spec, build: Callable[[], T]) -> T:
    """Return the shipped value of ``spec`` if its stamp matches the files now, else ``build()``.

    A missing, unreadable or stale file is not an error: the value is built as before.
    """
    try:
        text = gzip.decompress(spec.path.read_bytes())
        head = text[:96]
        marker = b'"stamp":"'
        start = head.find(marker) + len(marker)
        if head.find(marker) < 0 or head[start:start + 64].decode() != stamp(spec):
            return build()
        found: T = _decode_text(text, {c.__name__: c for c in spec.classes})["value"]
        return found
    except (OSError, EOFError, ValueError, KeyError, TypeError):
        return build()


def versions_of(names: Sequence[str]) -> tuple[str, ...]:
    """Return ``"name1.2.3"`` for each distribution (``"no-name"`` when not installed)."""
    from importlib import metadata

    found = []
    for name in names:
        try:
            found.append(f"{name}{metadata.version(name)}")
        except metadata.PackageNotFoundError:
            found.append(f"no-{name}")
    return tuple(found)
