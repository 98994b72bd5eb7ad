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

from ..cache import cached
from .file_format import ActorEntry, read_actor_file

__all__ = ["KB", "Actor", "ActorFile", "Role", "compile_kb", "load_actors", "role_heads", "status"]

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "actors"
BUILTIN_FILES = ("countries.yaml", "organizations.yaml", "people.yaml", "roles.yaml")


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
    if text.isascii():  # nothing to fold (NFKD leaves ASCII as it is): most names
        return text
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
    data = read_actor_file(path)
    return ActorFile(
        path=path, source=data.source, actors=[_actor(a) for a in data.actors],
        countries=data.countries, dependencies=data.dependencies, disputed=data.disputed,
        sectors=data.sectors, inherit=data.inherit, former=data.former)


def _actor(entry: ActorEntry) -> Actor:
    roles = tuple(Role(country=r.country or entry.country or "", sector=r.sector or "GOV",
                       title=r.title, start=r.start, end=r.end) for r in entry.roles)
    return Actor(name=entry.name, kind=entry.kind, country=entry.country, sector=entry.sector,
                 other_sectors=entry.other_sectors, aliases=entry.aliases, roles=roles,
                 place=entry.place, place_country=entry.place_country)


# --------------------------------------------------------------------- compiling


@functools.lru_cache(maxsize=8)
def compile_kb(user_files: tuple[Path, ...] = ()) -> KB:
    """Compile the built-in knowledge base plus ``user_files`` (later files win).

    Raises:
        ConfigError: if any file is malformed.

    """
    files = [*_builtin_files(), *(load_actors(Path(p)) for p in user_files)]
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


@functools.lru_cache(maxsize=8)
def role_heads(kb: KB, single: bool = False) -> frozenset[str]:
    """The words a role phrase of ``kb`` can end with (``single``: one-word roles only)."""
    words = {k[-1] for k in kb.role_words if not single or len(k) == 1}
    return frozenset(words | set(kb.inherit))


def _builtin_files() -> list[ActorFile]:
    """The validated built-in actor files (parsed once, then read from the cache)."""
    from ..prebuilt import load_or_build  # the shipped compiled form, when still current
    from .prebuilt import ENTRIES

    paths = [DATA_DIR / name for name in BUILTIN_FILES]
    entry = ENTRIES["actor-files"]
    return cached("actor-files", paths, lambda: load_or_build(entry.spec(), entry.build))


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
        if actor.kind == "ORG" and 2 <= len(surface) <= 5 and surface.isalpha() and (
                surface.isupper()):
            # "A.U.", "N.A.T.O.": an organisation's acronym written with stops (wire style)
            _add_surface(kb, "".join(f"{c}." for c in surface), actor, front=override)
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
    for low, up in ((" al-", " Al-"), (" el-", " El-")):  # "Haider Al-Abadi"
        if low in surface:
            yield surface.replace(low, up)
        elif up in surface:
            yield surface.replace(up, low)
