"""The actor file format (``--actors``, built-in ``data/actors/*.yaml``) as pydantic models.

See ``docs/actors.md`` for the format. :func:`read_actor_file` validates a file through
:func:`wirecoder.yamlmodels.read_model`: a malformed file raises
:class:`~wirecoder.errors.ConfigError` (C001) naming the file, the line, the problem and
the fix.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Annotated, Any, ClassVar

import pycountry
from pydantic import BeforeValidator, Field, ValidationInfo, field_validator, model_validator

from ..codebook import NONSTATE, SECTORS
from ..yamlmodels import FileModel, as_list, invalid, mapping_of, read_model, strict_list

__all__ = ["KINDS", "ActorEntry", "ActorFileModel", "RoleEntry", "read_actor_file"]

#: Kinds of actor an entry may declare.
KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_DOC = "docs/actors.md"


def country_code(value: Any, owner: str) -> str | None:
    """Return ``value`` as an upper-case ISO alpha-3 or PLOVER non-state code (None stays)."""
    if value is None:
        return None
    code = str(value).upper()
    if code in NONSTATE or code == "KOS" or pycountry.countries.get(alpha_3=code):
        return code
    raise invalid(f"country {value!r} of {owner!r} is not an ISO alpha-3 code",
                  f"use e.g. USA, CHN, or one of {sorted(NONSTATE)}")


def sector_code(value: Any, owner: str) -> str | None:
    """Return ``value`` as an upper-case PLOVER sector code (None or empty: None)."""
    if value is None or value == "":
        return None
    code = str(value).upper()
    if code not in SECTORS:
        raise invalid(f"sector {value!r} of {owner!r} is not a PLOVER sector code",
                      f"use one of {' '.join(sorted(SECTORS))}")
    return code


def _date(value: Any, info: ValidationInfo) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise invalid(f"{info.field_name} {value!r} of a role is not a date",
                      "write dates as YYYY-MM-DD") from None


class RoleEntry(FileModel):
    """A dated office of an actor; its country defaults to the actor's."""

    what = "a role"
    shape = ("write roles as '- {title: president, country: USA, sector: GOV, "
             "start: 2017-01-20}'")

    title: Annotated[str | None, BeforeValidator(lambda v: str(v).lower() if v else None)] = None
    country: str | None = None
    sector: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _country(cls, value: Any) -> str | None:
        return country_code(value, "a role")

    @field_validator("sector", mode="before")
    @classmethod
    def _sector(cls, value: Any) -> str | None:
        return sector_code(value, "a role")

    @field_validator("start", "end", mode="before")
    @classmethod
    def _dates(cls, value: Any, info: ValidationInfo) -> dt.date | None:
        return _date(value, info)

    @model_validator(mode="after")
    def _ordered(self) -> RoleEntry:
        if self.start and self.end and self.end < self.start:
            raise invalid(f"a role ends ({self.end}) before it starts ({self.start})",
                          "swap or correct the dates")
        return self


class ActorEntry(FileModel):
    """One actor: a state, organisation, person or group, with its codes and dated roles."""

    what = "an actor"
    shape = "write each actor as '- {name: ..., kind: ..., country: ...}'"
    fixes: ClassVar[dict[str, str]] = {"name": "add 'name: Canonical Name'"}

    name: str
    kind: str = "ORG"
    country: str | None = None
    sector: str | None = None
    other_sectors: tuple[str, ...] = ()
    aliases: Annotated[tuple[str, ...], BeforeValidator(lambda v: [str(a) for a in as_list(v)])
                       ] = ()
    roles: Annotated[tuple[RoleEntry, ...], BeforeValidator(as_list)] = ()
    place: Annotated[bool, BeforeValidator(bool)] = False
    place_country: str | None = None

    @field_validator("name", mode="before")
    @classmethod
    def _name(cls, value: Any) -> str:
        if not isinstance(value, str) or not value.strip():
            raise invalid("an actor has no 'name'", "add 'name: Canonical Name'")
        return value.strip()

    @field_validator("kind", mode="before")
    @classmethod
    def _kind(cls, value: Any, info: ValidationInfo) -> str:
        kind = str(value).upper()
        if kind not in KINDS:
            raise invalid(f"kind {kind!r} of {info.data.get('name')!r} is unknown",
                          f"use one of {sorted(KINDS)}")
        return kind

    @field_validator("country", "place_country", mode="before")
    @classmethod
    def _country(cls, value: Any, info: ValidationInfo) -> str | None:
        return country_code(value, str(info.data.get("name")))

    @field_validator("sector", mode="before")
    @classmethod
    def _sector(cls, value: Any, info: ValidationInfo) -> str | None:
        return sector_code(value, str(info.data.get("name")))

    @field_validator("other_sectors", mode="before")
    @classmethod
    def _other_sectors(cls, value: Any, info: ValidationInfo) -> tuple[str, ...]:
        codes = (sector_code(s, str(info.data.get("name"))) for s in as_list(value))
        return tuple(code for code in codes if code)

    @model_validator(mode="after")
    def _roles_have_countries(self) -> ActorEntry:
        if self.country is None and any(role.country is None for role in self.roles):
            raise invalid(f"a role of {self.name!r} has no country", "add 'country: XXX'")
        return self


def _sector_words(value: Any) -> dict[str, str]:
    """Return role word -> sector code from 'SECTOR: [word, ...]' lines."""
    out: dict[str, str] = {}
    for code, words in mapping_of("write 'SECTOR: [word, ...]'")(value).items():
        checked = sector_code(code, "sectors") or ""
        for word in as_list(words):
            out[str(word).lower()] = checked
    return out


def _inherit(value: Any) -> dict[str, str]:
    words = mapping_of("write 'word: SECTOR'")(value)
    return {str(word).lower(): sector_code(code, str(word)) or "SOC"
            for word, code in words.items()}


def _countries(value: Any) -> dict[str, dict[str, Any]]:
    countries = mapping_of("write 'XXX: {name: ..., aliases: [...], demonyms: [...]}'")(value)
    out: dict[str, dict[str, Any]] = {}
    for code, info in countries.items():
        if info is not None and not isinstance(info, dict):
            raise invalid(f"country {code} is not a mapping",
                          "write '{name: ..., aliases: [...], demonyms: [...]}'")
        checked = country_code(code, str(code)) or code
        out[checked] = {k: v for k, v in (info or {}).items() if k != "__line__"}
    return out


_Actors = Annotated[tuple[ActorEntry, ...],
                    BeforeValidator(strict_list("write one '- name: ...' per actor"))]
_Countries = Annotated[dict[str, dict[str, Any]], BeforeValidator(_countries)]
_Dependencies = Annotated[dict[str, str],
                          BeforeValidator(mapping_of("write 'XXX: YYY' (dependency: its state)"))]
_Disputed = Annotated[dict[str, str],
                      BeforeValidator(mapping_of("write 'Place: XXX' (place: its sovereign)"))]
_SectorWords = Annotated[dict[str, str], BeforeValidator(_sector_words)]
_Inherit = Annotated[dict[str, str], BeforeValidator(_inherit)]
_Former = Annotated[tuple[str, ...],
                   BeforeValidator(lambda v: [str(w).lower() for w in as_list(v)])]


class ActorFileModel(FileModel):
    """An actor file: headers, actors, country forms, role words."""

    what = "the file"
    shape = "start the file with 'source:', 'checked:' and 'actors:' keys"
    fixes: ClassVar[dict[str, str]] = {
        "source": "add 'source:' at the top (where the data comes from)",
        "checked": "add 'checked:' at the top (when the data was last checked)"}

    source: Any = Field(description="Where the data comes from.")
    checked: Any = Field(description="When the data was last checked.")
    actors: _Actors = ()
    countries: _Countries = Field(default_factory=dict)
    dependencies: _Dependencies = Field(default_factory=dict)
    disputed: _Disputed = Field(default_factory=dict)
    sectors: _SectorWords = Field(default_factory=dict)
    inherit: _Inherit = Field(default_factory=dict)
    former: _Former = ()


def read_actor_file(path: Path) -> ActorFileModel:
    """Read and validate the actor file ``path``.

    Raises:
        ConfigError: C001 naming the file, the line, the problem and the fix.
    """
    return read_model(ActorFileModel, path, "Actor file", doc=_DOC)
