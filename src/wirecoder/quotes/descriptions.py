"""Which earlier person a definite description ("the army spokesman") names again.

Two checks the speaker finder and the pronoun resolver share through
:func:`.mentions.titled_earlier` and :func:`.mentions.continuing_person`:

* **Qualifiers must fit.** "The army spokesman" names again a person called an army
  spokesman, not the nearest person called a spokesman of some other body ("the foreign
  ministry spokesman X"): every qualifier of the description (an adjective or noun before its
  head) must stand among the words of one of the person's mentions or the words just before
  them. Words that tell no office ("former", "top", "new") and nationalities (compared by
  country elsewhere) are not qualifiers.
* **The one person ever called so.** "the senator" whose holder was introduced as "Senator
  X" before the title window: when X is the only person of the story called a senator, and X
  (or a he/she resolved to X) is mentioned within the window, the description names X.
* **"The Israeli leader".** "leader" stands for any head of state or government: with a
  nationality, it names again the nearest person of that country, within the title window,
  whose mentions give such a title ("Israeli Prime Minister X").
* **A country picks one of several speakers.** "The Peruvian leader" after a Chilean and a
  Peruvian spoke: the speakers whose country is the description's are kept; the description
  is resolved when one person is left.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import NamedTuple

from spacy.tokens import Token

from ..models import Entity
from .index import DocIndex

__all__ = [
    "QUALIFIER_DEPS",
    "UNQUALIFYING",
    "fits_qualifiers",
    "has_title",
    "leader_of",
    "of_country",
    "only_titled",
    "qualifiers",
    "title_words",
]

#: Dependencies of a word that qualifies the head of a description ("army" of "the army
#: spokesman", "military" of "the military spokesperson").
QUALIFIER_DEPS = frozenset({"amod", "compound"})
#: Adjectives of a description that tell no office: any holder may be called so.
UNQUALIFYING = frozenset({
    "former", "then", "new", "top", "senior", "chief", "acting", "current", "outgoing",
    "incoming", "longtime", "long-time", "veteran", "same", "other", "first", "second", "last",
    "young", "old", "elderly", "local", "powerful", "influential", "embattled", "retired",
    "ousted", "jailed", "late", "interim", "newly", "elected", "main", "lead", "leading",
    "official"})
#: Entity types whose words are compared as countries, not as qualifiers.
_COUNTRY_TYPES = frozenset({"NORP", "GPE"})


def qualifiers(token: Token) -> set[str]:
    """Return the lower-cased qualifiers of a description's head noun.

    "the military spokesperson" -> {"military"}; "the foreign ministry spokesman" ->
    {"foreign", "ministry"}; "the former president" -> set(); "the Peruvian leader" -> set()
    (a nationality).
    """
    found: set[str] = set()
    stack = [c for c in token.children if c.dep_ in QUALIFIER_DEPS and c.i < token.i]
    while stack:
        word = stack.pop()
        stack.extend(c for c in word.children if c.dep_ in QUALIFIER_DEPS and c.i < word.i)
        if word.ent_type_ in _COUNTRY_TYPES or not word.is_alpha:
            continue
        lower = word.lower_
        if lower not in UNQUALIFYING:
            found.add(lower)
    return found


def title_words(index: DocIndex, number: int) -> set[str]:
    """Return the lower-cased words of every mention of a person and the four words before.

    "Army spokesman Colonel Ivo Brand ... Brand said": {"army", "spokesman", "colonel", "ivo",
    "brand", ...} for either mention.
    """
    name = index.entities[number].entity_name
    found: set[str] = set()
    for entity in index.entities:
        if entity.entity_name != name or entity.kind != "PERSON":
            continue
        first = max(0, index.token_at(entity.start) - 4)
        found.update(t.lower_ for t in index.doc[first : index.token_at(entity.end - 1) + 1])
    return found


def fits_qualifiers(index: DocIndex, number: int, token: Token) -> bool:
    """Return False when the description at ``token`` and the person are qualified apart.

    "the military spokesperson" does not name "foreign ministry spokesperson X" again: the
    description has a qualifier the person's words lack, and the person's own title word is
    qualified by another word ("ministry"). A person whose title carries no qualifier of its
    own ("spokesperson X", "U.S. President X") fits any description with that title word.

    Args:
        index: The quotes stage's index of the parsed document.
        number: The person's entity index.
        token: The head noun of the description ("spokesperson").
    """
    wanted = qualifiers(token)
    if not wanted or wanted <= title_words(index, number):
        return True
    return not _own_qualifiers(index, number, token.lower_) - wanted


def _own_qualifiers(index: DocIndex, number: int, word: str) -> set[str]:
    """Return the words right before ``word`` in a person's mentions ("ministry" spokesperson).

    Nationalities, places and words that tell no office are left out: "U.S. President X"
    and "former President X" have none.
    """
    name = index.entities[number].entity_name
    found: set[str] = set()
    for entity in index.entities:
        if entity.entity_name != name or entity.kind != "PERSON":
            continue
        first = max(1, index.token_at(entity.start) - 4)
        for title in index.doc[first : index.token_at(entity.end - 1) + 1]:
            before = index.doc[title.i - 1]
            if title.lower_ != word or not before.is_alpha or before.ent_type_ in _COUNTRY_TYPES:
                continue
            if before.lower_ not in UNQUALIFYING and before.lower_ not in _DETERMINERS:
                found.add(before.lower_)
    return found


#: Words before a title that are no qualifier of it.
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "and", "as", "of"})


def of_country(numbers: Sequence[int], countries: set[str | None],
               countries_of: dict[int, set[str | None]]) -> list[int]:
    """Return the persons among ``numbers`` whose countries include the description's.

    Args:
        numbers: Entity indexes of the candidate persons.
        countries: Country codes the description names ("Peruvian" -> {"PER"}).
        countries_of: Each candidate's country codes.
    """
    return [n for n in numbers if countries and countries <= countries_of.get(n, set())]


def has_title(index: DocIndex, entity: Entity, word: str) -> bool:
    """Return True when ``word`` stands in a person's mention or in the three words before it."""
    return word in _title_list(index, entity)


def _title_list(index: DocIndex, entity: Entity) -> list[str]:
    before = index.text[max(0, entity.start - 40) : entity.start].split()[-3:]
    return [w.lower().strip(".,") for w in (*before, *entity.raw_text.split())]


def _title_holders(index: DocIndex) -> dict[str, tuple[list[int], list[int]]]:
    """Title word -> the PERSON mentions :func:`has_title` gives it, in order (once per index).

    With each list comes, for each place in it, the place of the next mention of another
    name (``len`` when none): the first holder not called ``name`` is found in one step.
    """
    memo: dict[str, tuple[list[int], list[int]]] | None = index.__dict__.get("_title_holders")
    if memo is None:
        lists: dict[str, list[int]] = {}
        for number, entity in enumerate(index.entities):
            if entity.kind == "PERSON":
                for word in dict.fromkeys(_title_list(index, entity)):
                    lists.setdefault(word, []).append(number)
        memo = index.__dict__["_title_holders"] = {
            word: (numbers, _next_other_name(index, numbers)) for word, numbers in lists.items()}
    return memo


def _next_other_name(index: DocIndex, numbers: list[int]) -> list[int]:
    following = [len(numbers)] * len(numbers)
    for k in range(len(numbers) - 2, -1, -1):
        same = (index.entities[numbers[k]].entity_name
                == index.entities[numbers[k + 1]].entity_name)
        following[k] = following[k + 1] if same else k + 1
    return following


class _Named(NamedTuple):
    """The PERSON and PRONOUN mentions of one name, in order."""

    numbers: list[int]
    starts: list[int]
    latest: list[int | None]  # the latest PERSON mention up to each place
    first: int  # the first place with a PERSON mention at or before it


def _named_persons(index: DocIndex) -> dict[str | None, _Named]:
    """Name -> its PERSON and PRONOUN mentions (once per index)."""
    memo: dict[str | None, _Named] | None = index.__dict__.get("_named_persons")
    if memo is None:
        lists: dict[str | None, list[int]] = {}
        for number, entity in enumerate(index.entities):
            if entity.kind in ("PERSON", "PRONOUN"):
                lists.setdefault(entity.entity_name, []).append(number)
        memo = index.__dict__["_named_persons"] = {
            name: _named(index, numbers) for name, numbers in lists.items()}
    return memo


def _named(index: DocIndex, numbers: list[int]) -> _Named:
    latest: list[int | None] = []
    person: int | None = None
    for number in numbers:
        person = number if index.entities[number].kind == "PERSON" else person
        latest.append(person)
    first = next((k for k, n in enumerate(latest) if n is not None), len(latest))
    return _Named(numbers, [index.entities[n].start for n in numbers], latest, first)


def only_titled(index: DocIndex, token: Token, floor: int) -> int | None:
    """Return the one person ever given the description's title, when named again lately.

    "Senator X ... [six sentences] ... X said ... the senator said": the title window of
    :func:`.mentions.titled_earlier` ends before X's titled mention; X is still the story's
    only senator and is mentioned (by name, or by a he/she resolved to X) after ``floor``.
    The mentions are looked up by title word and by name (:func:`_title_holders`,
    :func:`_named_persons`), not read from the story's start for each description.

    Args:
        index: The quotes stage's index of the parsed document.
        token: The head noun of the description ("senator").
        floor: Character offset where the title window begins.

    Returns:
        The entity index of the person's latest mention before the description, or None.
    """
    holders, other_after = _title_holders(index).get(token.lower_, ([], []))
    window, end = index.first_from(floor), index.first_from(token.idx)
    titled: set[str] = set()
    for number in holders:
        if number >= window:
            break
        if not index.quoted(index.doc[index.token_at(index.entities[number].start)]):
            if not fits_qualifiers(index, number, token):
                return None  # the title of someone else ("foreign ministry spokesman")
            titled.add(index.entities[number].entity_name or "")
    if len(titled) != 1:
        return None
    (name,) = titled
    named = _named_persons(index).get(name) or _Named([], [], [], 0)
    numbers = named.numbers
    # sorted mentions: the first in the window is found by bisection, else all are read
    opening = bisect.bisect_left(named.starts, floor) if index.entity_starts is not None else 0
    found = next((k for k in range(max(opening, named.first), len(numbers))
                  if numbers[k] >= end or index.entities[numbers[k]].start >= floor), None)
    if found is None or numbers[found] >= end:
        return None  # not named again in the window
    other = (0 if holders and index.entities[holders[0]].entity_name != name
             else other_after[0] if holders else 0)
    if other < len(holders) and holders[other] < numbers[found]:
        return None  # another holder of the title before the mention in the window
    person = named.latest[found]
    return person if person is not None and _last_person_before(index, token, name) else None


def _last_person_before(index: DocIndex, token: Token, name: str) -> bool:
    """Return True when the last person mentioned before ``token`` outside quotes is ``name``.

    A subject or speaker of another name named between breaks the link: "the senator" after
    "X ... Y said" is left alone. Persons in the description's own sentence do not count
    ("after a meeting with President Y, the senator said").
    """
    start = index.sent_tokens[index.sentence_of(token.i)][0]
    own = index.doc[start].idx
    for number in range(index.before(own) - 1, -1, -1):
        entity = index.entities[number]
        if entity.start >= own or entity.kind not in ("PERSON", "PRONOUN"):
            continue
        if index.quoted(index.doc[index.token_at(entity.start)]):
            continue
        return entity.entity_name == name
    return False


#: Titles of heads of state or government: what "the Ruritanian leader" may stand for.
HEAD_TITLES = frozenset({"president", "premier", "prime", "chancellor", "king", "queen", "emir",
                         "sultan", "leader"})


def leader_of(index: DocIndex, token: Token, floor: int) -> int | None:
    """Return the head of state or government a "the <nationality> leader" names again.

    Args:
        index: The quotes stage's index of the parsed document.
        token: The head noun of the description; only "leader" is read.
        floor: Character offset where the title window begins.

    Returns:
        The entity index of the nearest such person's mention before the description, or None
        (no nationality, no such person, or two heads of that country in the window).
    """
    if token.lower_ != "leader":
        return None
    countries = {index.entities[n].country_code for t in token.subtree
                 if t.i != token.i and t.ent_type_ in _COUNTRY_TYPES
                 and (n := index.entity_of(t)) is not None}
    if not countries or None in countries:
        return None
    found: int | None = None
    for number in range(index.before(token.left_edge.idx) - 1, -1, -1):
        entity = index.entities[number]
        if entity.start >= token.left_edge.idx or entity.kind != "PERSON":
            continue
        if entity.start < floor:
            break
        if index.quoted(index.doc[index.token_at(entity.start)]):
            continue
        if not countries <= _countries(index, number) or not (
                title_words(index, number) & HEAD_TITLES):
            continue
        if found is not None and index.entities[found].entity_name != entity.entity_name:
            return None  # two heads of that country: the description is ambiguous
        found = number if found is None else found
    return found


def _countries(index: DocIndex, number: int) -> set[str | None]:
    """Return a person's country codes: the mentions' own and the nationalities before them.

    Words inside quotation marks do not count ("in Jerusalem," X said: X is no Israeli).
    """
    name = index.entities[number].entity_name
    found: set[str | None] = set()
    for entity in index.entities:
        if entity.entity_name != name or entity.kind != "PERSON":
            continue
        if entity.country_code:
            found.add(entity.country_code)
        first = max(0, index.token_at(entity.start) - 4)
        for t in index.doc[first : index.token_at(entity.end - 1) + 1]:
            other = index.entity_of(t) if t.ent_type_ in _COUNTRY_TYPES else None
            if other is not None and index.entities[other].country_code and not index.quoted(t):
                found.add(index.entities[other].country_code)
    return found
