"""The one safe YAML loader for wirecoder's data files and users' files.

Used by the actor dictionaries (``--actors``) and the event lexicons (``--lexicon``), and
for the package's own data files (the commitments vocabulary, the comparer's lexicon). A
user file is read with bounds, before anything is built from it:

- its size is capped (:data:`MAX_BYTES`), checked before reading;
- it must be UTF-8 (a UTF-16 or binary file is named as such, with the line of the first
  bad byte);
- YAML aliases (``*name``) are refused, found by a scan of the event stream before any
  node is built, so an alias-expansion bomb ("billion laughs") costs nothing;
- only plain YAML types are built (a safe loader), and every mapping records the line it
  starts on under ``__line__`` so that validation can name it.

Every problem raises :class:`~wirecoder.errors.ConfigError` with the file, the line, the
cause and the fix.
"""

from __future__ import annotations

from collections.abc import Hashable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from .errors import ConfigError

__all__ = ["LINE_KEY", "MAX_BYTES", "load_yaml", "yaml_error"]

#: Largest YAML file accepted, in bytes (the built-in lexicon is 67 KB).
MAX_BYTES = 4 * 1024 * 1024
#: Key under which every loaded mapping records its first line (1-based).
LINE_KEY = "__line__"

#: LibYAML's C parser when PyYAML was built with it (several times faster), else Python's.
if TYPE_CHECKING:
    _BaseLoader = yaml.SafeLoader  # CSafeLoader has the same interface
else:
    _BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):
    """A safe YAML loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[Hashable, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping[LINE_KEY] = node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:  # e.g. 2020-13-01: keep the text, validation reports it with its line
        return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def yaml_error(label: str, path: Path | str, line: int | None, problem: str,
               fix: str, entry: str | None = None) -> ConfigError:
    """Return the error ``{label} {path}, line {line} (entry 'id'): {problem}. Fix: {fix}.``."""
    where = f"{path}, line {line}" if line else str(path)
    where += f" (entry {entry!r})" if entry else ""
    return ConfigError(_CODES.get(label), detail=f"{label} {where}: {problem}. Fix: {fix}.")


#: Error codes of the user files (docs/errors.md): actor dictionaries and event lexicons.
_CODES = {"Actor file": "C001", "Event lexicon": "C002"}


def load_yaml(path: Path | str, label: str = "YAML file", *, lines: bool = True) -> Any:
    """Read and parse the YAML file ``path`` safely (see the module docstring).

    Args:
        path: The file.
        label: What the file is, for messages ("Actor file", "Event lexicon").
        lines: Record the line of every mapping under ``__line__`` (for validation
            messages); off for the package's own data files, read as plain data.

    Returns:
        The parsed data: dicts (with ``__line__``), lists and scalars.

    Raises:
        ConfigError: naming the file, the line, the problem and the fix.
    """
    path = Path(path)
    text = _read_text(path, label)
    _refuse_aliases(text, path, label)
    try:
        return yaml.load(text, Loader=_LineLoader if lines else _BaseLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        detail = getattr(exc, "problem", None) or exc
        problem = f"is not valid YAML (invalid YAML syntax: {detail})"
        raise yaml_error(label, path, mark.line + 1 if mark else None, problem,
                         "correct the YAML syntax (indentation, colons, quotes, brackets)") \
            from None
    except RecursionError:
        raise yaml_error(label, path, None, "is nested too deeply",
                         "flatten the structure (see the documented format)") from None


def _read_text(path: Path, label: str) -> str:
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise yaml_error(label, path, None, f"has {size:,} bytes, over the limit of "
                             f"{MAX_BYTES:,}", "split it into several smaller files")
        data = path.read_bytes()
    except OSError as exc:
        raise yaml_error(label, path, None, f"cannot be read ({exc.strerror or exc})",
                         "check the path and the file's permissions") from None
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise yaml_error(label, path, 1, "is UTF-16 text", "save the file as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise yaml_error(label, path, line, f"is not UTF-8 text (byte 0x{data[exc.start]:02x})",
                         "save the file as UTF-8") from None
    if "\x00" in text:
        line = text[: text.index("\x00")].count("\n") + 1
        raise yaml_error(label, path, line, "contains a NUL character (a binary file?)",
                         "pass a YAML text file")
    return text


def _refuse_aliases(text: str, path: Path, label: str) -> None:
    """Raise on the first YAML alias, scanning events only (no node is built)."""
    try:
        for event in yaml.parse(text, Loader=_BaseLoader):
            if isinstance(event, yaml.AliasEvent):
                line = event.start_mark.line + 1 if event.start_mark else 0
                raise yaml_error(label, path, line,
                                 f"uses the YAML alias *{event.anchor}; aliases are not allowed",
                                 "write the value out in full instead of '&anchor' / '*alias'")
    except yaml.YAMLError:
        return  # the real parse reports the syntax error with its line
