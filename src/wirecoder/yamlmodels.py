"""Validating users' YAML files (``--actors``, ``--lexicon``) with pydantic models.

One path for every user file: :func:`~wirecoder.yamlfile.load_yaml` reads it (every mapping
carries its line under ``__line__``), a :class:`FileModel` validates it, and the first
problem becomes one :class:`~wirecoder.errors.ConfigError` naming the file, the line of the
innermost mapping holding the bad value, the entry (when the format names entries), the
problem and the fix.

Validators raise :func:`invalid` with a problem and a fix written for the user; ``{field}``
in either is replaced by the dotted name of the value ("requires.prep"). Mappings refuse
unknown fields and name missing required ones (:class:`FileModel`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator
from pydantic_core import PydanticCustomError

from .errors import ConfigError
from .yamlfile import LINE_KEY, load_yaml, yaml_error

__all__ = ["FileModel", "as_list", "invalid", "mapping_of", "read_model", "strict_list"]

M = TypeVar("M", bound=BaseModel)


def invalid(problem: str, fix: str) -> PydanticCustomError:
    """Return the error a validator raises: what is wrong and how to fix it."""
    return PydanticCustomError("user_file", "{problem}", {"problem": problem, "fix": fix})


class FileModel(BaseModel):
    """Base of the models of users' files: frozen, no unknown fields, lines kept.

    Subclasses name one item in messages (``what``, e.g. "an actor") and may give the
    fix for a missing field (``fixes``) and for an item that is not a mapping (``shape``).
    """

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    what: ClassVar[str] = "an entry"
    shape: ClassVar[str] = "write the entry as a mapping of 'field: value' lines"
    fixes: ClassVar[dict[str, str]] = {}

    line: int = Field(0, alias=LINE_KEY, description="Line the mapping starts on (1-based).")

    @model_validator(mode="before")
    @classmethod
    def _check_fields(cls, data: Any) -> Any:
        if not isinstance(data, dict):
            raise invalid(f"{cls.what} ({_shown(data)}) is not a mapping", cls.shape)
        names = {field.alias or name for name, field in cls.model_fields.items()}
        unknown = sorted(str(key) for key in data if key not in names)
        if unknown:
            raise invalid(f"unknown field(s) {unknown}",
                          f"use only {sorted(names - {LINE_KEY})}")
        for name, field in cls.model_fields.items():
            if field.is_required() and (field.alias or name) not in data:
                raise invalid(f"{cls.what} has no '{name}'",
                              cls.fixes.get(name, f"add '{name}: ...'"))
        return data


def as_list(value: Any) -> list[Any]:
    """Return ``value`` as a list: None is empty, a single value is a list of one."""
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def strict_list(fix: str) -> Callable[[Any], list[Any]]:
    """Return a validator taking a list (None or empty: an empty list), refusing other values."""

    def check(value: Any) -> list[Any]:
        if not value:
            return []
        if not isinstance(value, list):
            raise invalid("'{field}' is not a list", fix)
        return value

    return check


def mapping_of(fix: str) -> Callable[[Any], dict[Any, Any]]:
    """Return a validator taking a mapping (None: empty) without its ``__line__`` key."""

    def check(value: Any) -> dict[Any, Any]:
        if value is None:
            return {}
        if not isinstance(value, dict):
            raise invalid("'{field}' is not a mapping", fix)
        return {k: v for k, v in value.items() if k != LINE_KEY}

    return check


def read_model(model: type[M], path: Path, label: str, *, doc: str,
               entry_key: str | None = None) -> M:
    """Read the YAML file ``path`` and validate it with ``model``.

    Args:
        model: The file's model.
        path: The file.
        label: What the file is, for messages ("Actor file", "Event lexicon").
        doc: Where the format is documented (the fix of an unforeseen problem).
        entry_key: The field naming an entry in messages (``id`` of a lexicon entry).

    Raises:
        ConfigError: naming the file, the line, the entry, the problem and the fix.
    """
    data = load_yaml(path, label)
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise explain(exc, data, path, label, doc=doc, entry_key=entry_key) from None


def explain(exc: ValidationError, data: Any, path: Path, label: str, *, doc: str,
            entry_key: str | None = None) -> ConfigError:
    """Return the :class:`ConfigError` of the first problem in ``exc`` (see :func:`read_model`)."""
    error = exc.errors(include_url=False)[0]
    loc = tuple(error["loc"])
    line, entry = _where(data, loc, entry_key)
    field = _field(loc)
    ctx = error.get("ctx") or {}
    if error["type"] == "user_file":
        problem, fix = str(ctx["problem"]), str(ctx["fix"])
    else:  # a plain type check of a field without a validator of its own
        problem, fix = f"'{{field}}': {error['msg'][:1].lower()}{error['msg'][1:]}", \
            f"compare the file with the format in {doc}"
    problem, fix = problem.replace("{field}", field), fix.replace("{field}", field)
    return yaml_error(label, path, line, problem, fix, entry=entry)


def _where(data: Any, loc: tuple[Any, ...], entry_key: str | None) -> tuple[int | None, str | None]:
    """Return the line of the innermost mapping on ``loc`` and the entry it belongs to."""
    node = data
    line = node.get(LINE_KEY) if isinstance(node, dict) else None
    entry = None
    for part in loc:
        if (isinstance(node, Mapping) and part in node) or (
                isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node)):
            node = node[part]
        else:
            break
        if isinstance(node, dict):
            line = node.get(LINE_KEY, line)
            name = node.get(entry_key) if entry_key else None
            entry = name if isinstance(name, str) else entry
    return line, entry


def _field(loc: tuple[Any, ...]) -> str:
    """Return the dotted field name of ``loc`` within its list item ("requires.prep")."""
    last_index = max((i for i, part in enumerate(loc) if isinstance(part, int)), default=-1)
    names = [str(part) for part in loc[last_index + 1 :] if part != "[key]"]
    return ".".join(names) or "the file"


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
