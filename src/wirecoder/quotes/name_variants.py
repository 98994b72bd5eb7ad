"""Names the reporter or the recognizer wrote otherwise: a misspelt family name, a split name.

The guideline names a speaker by the fullest name the story gives, corrected for an evident
misspelling; these helpers find that name when a mention of it is a rarer misspelling of a
family name ("Vestergard" for "Vestergaard") or when the recognizer cut one name in two
("Mohammed Said" + "Kamal al-Tarhouni").
"""

from __future__ import annotations

import re

from ..models import Entity
from ..vocabulary import PERSON_ROLE_NOUNS
from .gender import gender_of
from .index import DocIndex
from .lexicon import RANK_WORDS

__all__ = ["PARTICLES", "joined_name", "spelt_otherwise"]

#: Lower-case particles of Arabic, Dutch, Spanish, ... names ("al-Tarhouni", "van Dijk").
PARTICLES = frozenset({"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "le", "la",
                       "du", "abu", "ben", "dos", "das", "di", "del"})

#: Shortest family name a misspelling is looked for in: shorter names differ by one letter
#: from other names too often ("Khan"/"Kahn", "Assad"/"Asad").
_SPELLING_LENGTH = 6


def spelt_otherwise(index: DocIndex, name: str, word: str, wanted: str | None = None) -> bool:
    """Return True when ``word`` is a rarer misspelling of the family name ``name`` ends in.

    "Harbour chief Ilona Vestergaard ... Vestergaard said ... Ms. Vestergard told reporters":
    the reporter's slip is the person the story names most often with the other spelling: one
    letter added, dropped, changed or swapped, or the same letters but for a doubled one. The
    story must write the other spelling more often than ``word``. A different person of a
    like name is refused: a feminine form of the name ("Petrov"/"Petrova", "Nowak"/"Nowaka"),
    a mention of ``word`` with a title of its own ("Senator Hallstrom" beside "Judge Oskar
    Hallström"), or a gender that differs (``wanted``, the speaker's pronoun: "m"/"f").
    """
    parts = name.split()
    if len(parts) < 2:
        return False
    last = parts[-1]
    if last == word or min(len(last), len(word)) < _SPELLING_LENGTH or last[0] != word[0]:
        return False
    if not (_one_edit(last.lower(), word.lower())
            or _undoubled(last.lower()) == _undoubled(word.lower())):
        return False
    if _feminine_form(last.lower(), word.lower()) or _feminine_form(word.lower(), last.lower()):
        return False
    if _count(index.text, last) <= _count(index.text, word):
        return False
    persons = [e for e in index.entities if e.kind == "PERSON"]
    fuller = [e for e in persons if e.entity_name == name]
    other = [e for e in persons if e.entity_name == word]
    roles = {e.role.lower() for e in fuller if e.role}
    if any(e.role and e.role.lower() not in roles for e in other):
        return False  # "Election commissioner X": a title of its own, someone else
    return not _gender_conflict(index, fuller, other, wanted)


#: Masculine endings of Slavic and Baltic family names and their feminine forms.
_FEMININE_ENDINGS = (("ov", "ova"), ("ev", "eva"), ("in", "ina"), ("ski", "ska"),
                     ("sky", "ska"), ("sky", "skaya"), ("skiy", "skaya"))


def _feminine_form(man: str, word: str) -> bool:
    """Return True when ``word`` is the feminine form of the family name ``man``."""
    if word == man + "a":
        return True  # "Ivanov" -> "Ivanova", "Nowak" -> "Nowaka"
    return any(man.endswith(m) and word == man[: -len(m)] + f for m, f in _FEMININE_ENDINGS)


def _gender_conflict(
    index: DocIndex, fuller: list[Entity], other: list[Entity], wanted: str | None
) -> bool:
    """Return True when the two names' mentions (or the speaker's pronoun) differ in gender."""
    known = {g for e in fuller if (g := gender_of(index, e)) is not None}
    told = {g for e in other if (g := gender_of(index, e)) is not None}
    if wanted in ("m", "f"):
        told.add(wanted)
    return bool(known and told and known != told)


def _count(text: str, word: str) -> int:
    return len(re.findall(rf"(?<!\w){re.escape(word)}(?!\w)", text))


def _undoubled(word: str) -> str:
    """Return ``word`` with each run of one letter written once ("Marennetti" -> "Mareneti")."""
    return re.sub(r"(.)\1+", r"\1", word)


def _one_edit(a: str, b: str) -> bool:
    """Return True when ``a`` and ``b`` differ by one added, dropped, changed or swapped letter."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    at = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) < len(b):
        return a[at:] == b[at + 1 :]
    swapped = at + 1 < len(a) and a[at] == b[at + 1] and a[at + 1] == b[at]
    return a[at + 1 :] == b[at + 1 :] or (swapped and a[at + 2 :] == b[at + 2 :])


#: Words of a title or rank, never of a given name ("Law Minister", "Petty Officer").
_TITLE_WORDS = PERSON_ROLE_NOUNS | RANK_WORDS

#: Most words of a name the recognizer split in two ("Mohammed Said" + "Kamal al-Tarhouni").
_JOINED_WORDS = 6


def joined_name(index: DocIndex, name: str) -> str | None:
    """Return a person's name the recognizer cut in two, joined again.

    "Trade Minister Mohammed Said Kamal al-Tarhouni met ...": the recognizer made two persons
    of one name ("Mohammed Said", "Kamal al-Tarhouni"; a given name that is also a verb).
    Two person mentions with only one space between them, on one line, are one name when the
    first, written after a title, is a name alone (no title or rank word in the name, its
    mention ending in its name) that the story writes nowhere else; the person named by the
    second takes the whole (the guideline's fullest name). None when no first mention of
    ``name`` follows such a name.
    """
    memo: dict[str, str | None] = index.__dict__.setdefault("_joined_names", {})
    if name not in memo:
        memo[name] = _joined_name(index, name)
    return memo[name]


def _joined_name(index: DocIndex, name: str) -> str | None:
    persons: tuple[dict[str | None, Entity], dict[int, Entity]] | None = index.__dict__.get(
        "_persons_by_name_and_end")
    if persons is None:  # the first mention of each name, the first person ending at each offset
        by_name: dict[str | None, Entity] = {}
        by_end: dict[int, Entity] = {}
        for entity in index.entities:
            if entity.kind == "PERSON":
                by_name.setdefault(entity.entity_name, entity)
                by_end.setdefault(entity.end, entity)
        persons = index.__dict__["_persons_by_name_and_end"] = (by_name, by_end)
    first = persons[0].get(name)
    if first is None:
        return None
    before = persons[1].get(first.start - 1)
    if before is None or index.text[before.end : first.start] != " " or not before.role:
        return None  # untitled ("told Ana Said Omar Ali had ..."): as often two persons
    given = before.entity_name.split()
    if not given or not before.raw_text.endswith(given[-1]) or any(
            w.lower().strip(".") in _TITLE_WORDS for w in given):
        return None  # "Gbagbo spokesman X", "Law Minister X": a title, not a given name
    if not first.raw_text.startswith(name.split()[0]) or _count(index.text, given[-1]) != 1:
        return None  # a title between ("Clinton rival X"), a person named on their own
    words = [*given, *name.split()]
    if len(words) > _JOINED_WORDS or not all(
            w[:1].isupper() or w.split("-")[0].lower() in PARTICLES for w in words):
        return None
    return " ".join(words)
