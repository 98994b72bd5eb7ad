"""The actor knowledge base: countries, organisations, people and role words.

The built-in YAML files in ``wirecoder/data/actors/`` and any user files are read,
validated and compiled once per tuple of files (:func:`compile_kb` is cached). A
malformed file raises :class:`~wirecoder.errors.ConfigError` naming the file, the line,
the problem and the fix. See ``docs/actors.md`` for the format.
"""

from __future__ import annotations

import datetime as dt
import functools
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pycountry
import yaml

from ..errors import ConfigError

__all__ = ["KB", "Actor", "ActorFile", "Role", "compile_kb", "load_actors", "status"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
BUILTIN_FILES = ("countries.yaml", "organizations.yaml", "people.yaml", "roles.yaml")
NONSTATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM"})
SECTORS = frozenset({
    "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS",
    "CRM", "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC",
})
KINDS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_ACTOR_KEYS = frozenset(
    {"name", "kind", "country", "sector", "other_sectors", "aliases", "roles", "place",
     "place_country", "__line__"}
)
_ROLE_KEYS = frozenset({"title", "country", "sector", "start", "end", "__line__"})


@dataclass(frozen=True)
class Role:
    """A dated office: from ``start`` to ``end`` (exclusive; None = open)."""

    country: str
    sector: str
    title: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None


@dataclass(frozen=True)
class Actor:
    """One knowledge-base actor: a state, organisation, person or group."""

    name: str
    kind: str
    country: str | None
    sector: str | None = None
    other_sectors: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    place: bool = False
    place_country: str | None = None
    form: str = "name"  # for countries: name, alias, demonym, capital, seat


@dataclass
class ActorFile:
    """The validated content of one actor YAML file."""

    path: Path
    source: str | None = None
    actors: list[Actor] = field(default_factory=list)
    countries: dict[str, dict[str, Any]] = field(default_factory=dict)
    dependencies: dict[str, str] = field(default_factory=dict)
    disputed: dict[str, str] = field(default_factory=dict)
    sectors: dict[str, str] = field(default_factory=dict)
    inherit: dict[str, str] = field(default_factory=dict)
    former: tuple[str, ...] = ()


@dataclass(eq=False)
class KB:
    """A compiled knowledge base: surface forms to actors, and the role lexicon."""

    surfaces: dict[str, list[Actor]] = field(default_factory=dict)
    countries: dict[str, str] = field(default_factory=dict)  # code -> short name
    role_words: dict[tuple[str, ...], str] = field(default_factory=dict)
    inherit: dict[str, str] = field(default_factory=dict)
    former: frozenset[str] = frozenset()
    titles: dict[tuple[str, str], list[Actor]] = field(default_factory=dict)
    persons: dict[str, Actor] = field(default_factory=dict)

    def lookup(self, text: str) -> list[Actor]:
        """Return the actors a surface string may name (exact, then folded)."""
        return self.surfaces.get(text) or self.surfaces.get(fold(text)) or []

    def country_name(self, code: str | None) -> str | None:
        """Return the short name of a country or non-state code."""
        return self.countries.get(code) if code else None


def fold(text: str) -> str:
    """Return ``text`` without accents, with straight apostrophes."""
    text = text.replace("’", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def status(actor: Actor, date: dt.date | None) -> tuple[str | None, str | None, str | None]:
    """Return ``(country, sector, title)`` of ``actor`` on ``date``.

    In office: the role's codes. After all roles ended: ELI with the last role's country.
    Before the first role (or no roles): the actor's own codes. Without a date the
    latest role decides (open role: in office; closed: ELI).
    """
    if not actor.roles:
        return actor.country, actor.sector, None
    roles = sorted(actor.roles, key=lambda r: r.start or dt.date.min)
    if date is None:
        last = roles[-1]
        return (last.country, last.sector, last.title) if last.end is None else (
            last.country, "ELI", None)
    for role in reversed(roles):
        if (role.start or dt.date.min) <= date and (role.end is None or date < role.end):
            return role.country, role.sector, role.title
    ended = [r for r in roles if r.end is not None and r.end <= date]
    if ended and actor.kind == "PERSON":
        return ended[-1].country, "ELI", None
    if ended:
        return ended[-1].country, actor.sector, None
    return actor.country, actor.sector, None


# --------------------------------------------------------------------- reading files


#: LibYAML's C parser when PyYAML was built with it (several times faster), else Python's.
_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _LineLoader(_BaseLoader):  # type: ignore[misc, valid-type]
    """A YAML loader that records the line of every mapping under ``__line__``."""


def _construct_mapping(loader: _LineLoader, node: yaml.MappingNode) -> dict[str, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


def _construct_timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:  # e.g. 2020-13-01: keep the text, validation reports it with its line
        return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)


def _fail(path: Path, line: int | None, problem: str, fix: str) -> ConfigError:
    where = f"{path}, line {line}" if line else str(path)
    return ConfigError("C001", detail=f"Actor file {where}: {problem}. Fix: {fix}.")


def _read_yaml(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(path, None, f"cannot be read ({exc.strerror})", "check the path") from None
    try:
        data = yaml.load(text, Loader=_LineLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark else None
        problem = f"is not valid YAML ({getattr(exc, 'problem', None) or exc})"
        raise _fail(path, line, problem, "correct the YAML syntax (indentation, colons, "
                    "brackets)") from None
    if not isinstance(data, dict):
        raise _fail(path, 1, "the top level is not a mapping",
                    "start the file with 'source:', 'checked:' and 'actors:' keys")
    return data


def load_actors(path: str | Path) -> ActorFile:
    """Read and validate one actor YAML file (the user dictionary format).

    Args:
        path: A YAML file with ``source``, ``checked`` and ``actors`` (and optionally
            ``countries``, ``sectors``, ``inherit``) keys; see ``docs/actors.md``.

    Returns:
        The validated content.

    Raises:
        ConfigError: naming the file, the line, the problem and the fix.

    """
    path = Path(path)
    data = _read_yaml(path)
    out = ActorFile(path=path, source=data.get("source"))
    for key in ("source", "checked"):
        if key not in data:
            raise _fail(path, 1, f"the header field '{key}:' is missing",
                        f"add '{key}:' at the top (where the data comes from / when checked)")
    actors = data.get("actors") or []
    if not isinstance(actors, list):
        raise _fail(path, _line(data), "'actors' is not a list",
                    "write one '- name: ...' per actor")
    out.actors = [_parse_actor(path, item) for item in actors]
    _parse_countries(path, data, out)
    _parse_lexicon(path, data, out)
    return out


def _line(obj: Any) -> int | None:
    return obj.get("__line__") if isinstance(obj, dict) else None


def _parse_actor(path: Path, item: Any) -> Actor:
    if not isinstance(item, dict):
        raise _fail(path, None, f"actor entry {item!r} is not a mapping",
                    "write each actor as '- {name: ..., kind: ..., country: ...}'")
    line = _line(item)
    unknown = set(item) - _ACTOR_KEYS
    if unknown:
        raise _fail(path, line, f"unknown field(s) {sorted(unknown)}",
                    f"use only {sorted(_ACTOR_KEYS - {'__line__'})}")
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise _fail(path, line, "an actor has no 'name'", "add 'name: Canonical Name'")
    kind = str(item.get("kind", "ORG")).upper()
    if kind not in KINDS:
        raise _fail(path, line, f"kind {kind!r} of {name!r} is unknown",
                    f"use one of {sorted(KINDS)}")
    country = _code(path, line, item.get("country"), name)
    sector = _sector(path, line, item.get("sector"), name)
    others = tuple(_sector(path, line, s, name) for s in _as_list(item.get("other_sectors")))
    roles = tuple(_parse_role(path, r, name, country) for r in _as_list(item.get("roles")))
    aliases = tuple(str(a) for a in _as_list(item.get("aliases")))
    return Actor(name=name.strip(), kind=kind, country=country, sector=sector,
                 other_sectors=tuple(s for s in others if s), aliases=aliases, roles=roles,
                 place=bool(item.get("place", False)),
                 place_country=_code(path, line, item.get("place_country"), name))


def _parse_role(path: Path, item: Any, name: str, default_country: str | None) -> Role:
    line = _line(item)
    if not isinstance(item, dict):
        raise _fail(path, None, f"a role of {name!r} is not a mapping",
                    "write roles as '- {title: president, country: USA, sector: GOV, "
                    "start: 2017-01-20}'")
    unknown = set(item) - _ROLE_KEYS
    if unknown:
        raise _fail(path, line, f"unknown role field(s) {sorted(unknown)} for {name!r}",
                    "use title, country, sector, start, end")
    start, end = (_date(path, line, item.get(k), name, k) for k in ("start", "end"))
    if start and end and end < start:
        raise _fail(path, line, f"role of {name!r} ends ({end}) before it starts ({start})",
                    "swap or correct the dates")
    country = _code(path, line, item.get("country"), name) or default_country
    if not country:
        raise _fail(path, line, f"a role of {name!r} has no country", "add 'country: XXX'")
    sector = _sector(path, line, item.get("sector"), name) or "GOV"
    title = item.get("title")
    return Role(country=country, sector=sector, title=str(title).lower() if title else None,
                start=start, end=end)


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list | tuple) else [value]


def _code(path: Path, line: int | None, value: Any, name: str) -> str | None:
    if value is None:
        return None
    code = str(value).upper()
    if code in NONSTATE or code == "KOS" or pycountry.countries.get(alpha_3=code):
        return code
    raise _fail(path, line, f"country {value!r} of {name!r} is not an ISO alpha-3 code",
                f"use e.g. USA, CHN, or one of {sorted(NONSTATE)}")


def _sector(path: Path, line: int | None, value: Any, name: str) -> str | None:
    if value is None or value == "":
        return None
    code = str(value).upper()
    if code not in SECTORS:
        raise _fail(path, line, f"sector {value!r} of {name!r} is not a PLOVER sector code",
                    f"use one of {' '.join(sorted(SECTORS))}")
    return code


def _date(path: Path, line: int | None, value: Any, name: str, key: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise _fail(path, line, f"{key} {value!r} of {name!r} is not a date",
                    "write dates as YYYY-MM-DD") from None


def _parse_countries(path: Path, data: dict[str, Any], out: ActorFile) -> None:
    for code, info in (data.get("countries") or {}).items():
        if code == "__line__":
            continue
        checked = _code(path, _line(data.get("countries")), code, str(code))
        if info is not None and not isinstance(info, dict):
            raise _fail(path, _line(data.get("countries")), f"country {code} is not a mapping",
                        "write '{name: ..., aliases: [...], demonyms: [...]}'")
        out.countries[checked or code] = info or {}
    deps = data.get("dependencies") or {}
    out.dependencies = {k: v for k, v in deps.items() if k != "__line__"}
    disputed = data.get("disputed") or {}
    out.disputed = {k: v for k, v in disputed.items() if k != "__line__"}


def _parse_lexicon(path: Path, data: dict[str, Any], out: ActorFile) -> None:
    sectors = data.get("sectors") or {}
    for code, words in sectors.items():
        if code == "__line__":
            continue
        checked = _sector(path, _line(sectors), code, "sectors")
        for word in _as_list(words):
            out.sectors[str(word).lower()] = checked or ""
    inherit = data.get("inherit") or {}
    for word, code in inherit.items():
        if word != "__line__":
            out.inherit[str(word).lower()] = _sector(path, _line(inherit), code, word) or "SOC"
    out.former = tuple(str(w).lower() for w in _as_list(data.get("former")))


# --------------------------------------------------------------------- compiling


@functools.lru_cache(maxsize=8)
def compile_kb(user_files: tuple[Path, ...] = ()) -> KB:
    """Compile the built-in knowledge base plus ``user_files`` (later files win).

    Raises:
        ConfigError: if any file is malformed.

    """
    files = [load_actors(DATA_DIR / name) for name in BUILTIN_FILES]
    files += [load_actors(Path(p)) for p in user_files]
    kb = KB()
    deps = {k: v for f in files for k, v in f.dependencies.items()}
    _add_countries(kb, files, deps)
    for f in files:
        for actor in f.actors:
            _add_actor(kb, actor, override=f.path.parent != DATA_DIR)
        for word, code in f.sectors.items():
            kb.role_words[tuple(word.split())] = code
        kb.inherit.update(f.inherit)
        kb.former = kb.former | frozenset(f.former)
    return kb


def _add_countries(kb: KB, files: list[ActorFile], deps: dict[str, str]) -> None:
    info: dict[str, dict[str, Any]] = {}
    for f in files:
        for code, data in f.countries.items():
            merged = info.setdefault(code, {})
            for key, value in data.items():
                if isinstance(value, list):
                    merged[key] = [*merged.get(key, []), *value]
                else:
                    merged[key] = value
    for country in pycountry.countries:
        data = info.get(country.alpha_3, {})
        kb.countries[country.alpha_3] = (data.get("name") or getattr(country, "common_name", None)
                                         or country.name)
    for country in pycountry.countries:
        code = country.alpha_3
        data = info.get(code, {})
        own = kb.countries[code]
        forms = {"name": [own, country.name, getattr(country, "common_name", None),
                          getattr(country, "official_name", None)]}
        if code in deps:
            _add_country_forms(kb, deps[code], forms, name=own)
            continue
        forms.update({k: data.get(k, []) for k in ("aliases", "demonyms", "capitals", "seats")})
        _add_country_forms(kb, code, forms)
    kb.countries.update({"KOS": "Kosovo", "UNO": "United Nations", "EUR": "European Union",
                         "IGO": "International Governmental Organization",
                         "NGO": "Non-governmental Organization",
                         "ISM": "International Social Movement",
                         "IMG": "Transnational Militarized Group",
                         "MNC": "Multi-national Corporation"})
    _add_country_forms(kb, "KOS", {k: info.get("KOS", {}).get(k, []) for k in
                                   ("aliases", "demonyms", "capitals")} | {"name": ["Kosovo"]})
    for f in files:
        for place, code in f.disputed.items():
            _add_surface(kb, place, Actor(name=place, kind="GPE", country=code, sector=None,
                                          other_sectors=("PRE",), form="name"))


def _add_country_forms(
    kb: KB, code: str, forms: dict[str, list[Any]], name: str | None = None
) -> None:
    kinds = {"name": "GPE", "aliases": "GPE", "demonyms": "NORP", "capitals": "GPE",
             "seats": "ORG"}
    labels = {"name": "name", "aliases": "name", "demonyms": "demonym", "capitals": "capital",
              "seats": "seat"}
    for key, surfaces in forms.items():
        for surface in surfaces:
            if not surface:
                continue
            actor = Actor(name=name or kb.countries.get(code, code), kind=kinds[key], country=code,
                          sector="GOV" if key == "seats" else None, form=labels[key])
            _add_surface(kb, str(surface), actor)


def _add_actor(kb: KB, actor: Actor, override: bool) -> None:
    for surface in (actor.name, *actor.aliases):
        _add_surface(kb, surface, actor, front=override)
    if actor.kind == "PERSON":
        kb.persons[actor.name] = actor
    for role in actor.roles:
        if role.title:
            kb.titles.setdefault((role.country, role.title), []).append(actor)


def _add_surface(kb: KB, surface: str, actor: Actor, front: bool = False) -> None:
    for variant in _variants(surface):
        entries = kb.surfaces.setdefault(variant, [])
        if any(e.name == actor.name and e.form == actor.form for e in entries):
            if front:
                entries[:] = [actor, *[e for e in entries if e.name != actor.name]]
            continue
        if front:
            entries.insert(0, actor)
        else:
            entries.append(actor)


def _variants(surface: str) -> Iterable[str]:
    yield surface
    folded = fold(surface)
    if folded != surface:
        yield folded
    if "'" in surface:
        yield surface.replace("'", "’")
    if surface.startswith("the "):
        yield "The " + surface[4:]
