"""A small on-disk cache for data compiled from the package's own files.

Compiling the built-in knowledge base parses about 1,300 YAML entries; a process should
not pay that on every start. :func:`cached` stores the result of a build function as a
pickle in the user's cache directory (``$WIRECODER_CACHE_DIR``, else
``$XDG_CACHE_HOME/wirecoder``, else ``~/.cache/wirecoder``), under a key made of the
sha256 of the source files (paths and bytes), the wirecoder version and the Python
version, so a changed file or an upgrade never reads a stale entry. Only the package's
own data is cached (never a user's file). A cache that cannot be read or written is
ignored: the value is built as if there were none. ``WIRECODER_CACHE_DIR=off`` disables
it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TypeVar

from .version import __version__

__all__ = ["cache_dir", "cached"]

T = TypeVar("T")


def cache_dir() -> Path | None:
    """Return the cache directory, or None when caching is switched off."""
    chosen = os.environ.get("WIRECODER_CACHE_DIR")
    if chosen:
        return None if chosen.lower() == "off" else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "wirecoder"


def _key(name: str, sources: Sequence[Path]) -> str:
    digest = hashlib.sha256(f"{name}|{__version__}|{sys.version_info[:2]}".encode())
    for path in sources:
        digest.update(str(path.resolve()).encode())  # values may hold their source's path
        digest.update(path.read_bytes())
    return f"{name}-{digest.hexdigest()[:24]}.pickle"


def cached(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """Return ``build()``, read from or written to the cache under ``name`` and ``sources``.

    Args:
        name: What is cached (part of the file name).
        sources: The package files the value is compiled from (their bytes are the key).
        build: Builds the value when the cache has none.
    """
    folder = cache_dir()
    if folder is None:
        return build()
    try:
        path = folder / _key(name, sources)
        if path.is_file():
            with path.open("rb") as handle:
                found: T = pickle.load(handle)  # our own file, keyed by its sources' content
            return found
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError):
        pass
    value = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, delete=False, suffix=".tmp") as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except (OSError, pickle.PickleError, TypeError):
        pass
    return value
