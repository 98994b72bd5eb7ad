"""Speakers introduced in apposition to their office: "X, director of the Y council".

The entity stages often give a named official no country and a sector that makes the
comparer read him as a commentator ("Kevin Hassett", sector SOC; "Alcide Djedje", sector
JRN because he "spoke to reporters"), although the story introduces him by his office:

- the office before the name, closed by a comma: "The head of Ruritania's border
  committee, Ivo Marek, told reporters…", "Freedonia's foreign minister, Ada Korr, …";
- the office after the name, between commas (or a comma and the sentence's end):
  "Ivo Marek, director of the Ruritanian Trade Council, said…";
- a title mention right before the name, a space between: "European Union foreign
  affairs chief Jo Brandt", "Ruritanian government spokesperson Ivo Marek" (the
  recognizer cut the title off the name, or kept only its role word).

The office phrase holds a role noun of one person (``vocabulary.PERSON_ROLE_NOUNS``:
minister, director, head, spokesman…) and a mention of a side (a state, its government or a
named official of it); no commentator word ("former", "analyst"). The role noun must head
the phrase (:func:`heads_phrase`, fix round 18): an office named near a person is not his
when it sits in a prepositional phrase ("After meeting X's prime minister, Y said", "Y,
the son of X's prime minister,"), is the object of a verb ("Y, standing beside…"), is a
possessor ("X's prime minister's aide") or is past ("no longer", "ex-"). The person then
speaks for that side: ``Speakers`` counts him an official of it, so that every later mention of the
name, and the pronouns resolved to it, speak for the side.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Entity
from ..vocabulary import PERSON_ROLE_NOUNS, words
from .lexicon import Lexicon
from .names import name_like

__all__ = ["OFFICE_REACH", "heads_phrase", "office_appositions"]

#: The longest office phrase (characters) read before or after a name.
OFFICE_REACH = 90
#: Nouns of a person who serves another's office ("an aide to X's prime minister"), like the
#: listed "adviser": the phrase is headed by them, not by the office after "to".
STAFF_NOUNS = words("aide assistant")
ROLE = re.compile(r"(?i)\b(?:" + "|".join(sorted(
    (re.escape(w) for w in PERSON_ROLE_NOUNS | STAFF_NOUNS), key=len, reverse=True))
    + r")(?:s|men)?\b")
PHRASE = r"([^.;:!?,\"“”()]{3," + str(OFFICE_REACH) + "})"  # no clause punctuation
BEFORE = re.compile(r"(?:^|[.;:!?,\"“”(]\s*)" + PHRASE + r",\s+$")
AFTER = re.compile(r",\s+" + PHRASE + r"(?=,|\.\s|\.$|$)")
#: Codes that name a kind of body, not one side (an organization's own code, UNO, EUR, is one).
GENERIC = frozenset({"IGO", "NGO", "MNC", "IMG", "ISM"})
LEADS_CLAUSE = re.compile(r"(?i)^(?:who|which|that|whose|when|where|while|and|but|said|says)\b")
#: An office held no longer ("no longer X's minister", "X's ex-prime minister", "once …").
#: A word, not the start of a compound: "once-powerful" is no past office.
PAST = re.compile(r"(?i)\b(?:(?:former|formerly|no longer|once|onetime|one-time|erstwhile)"
                  r"(?![\w-])|ex-|then-)")
#: Prepositions and subordinators: a role noun after one is inside a phrase that is not the
#: office of the name ("After meeting X's minister", "a rival of X's minister").
PREPOSITIONS = words(
    "about above across after against along alongside amid amidst among around as at before "
    "behind below beneath beside besides between beyond by despite during except for from in "
    "inside into like near of off on onto opposite outside over past regarding since than "
    "through throughout to toward towards under unlike until upon via with within without "
    "while when although though because if unless whereas")
#: Nouns of a person related to another (kin, rival, critic): "the son of X's minister".
RELATIONS = words(
    "son daughter wife husband widow widower brother sister father mother nephew niece cousin "
    "uncle aunt grandson granddaughter child children relative spouse rival critic opponent "
    "ally friend")
#: Words that open a noun phrase ("the", "his") or follow a transitive verb as its object.
DETERMINERS = words("the a an this that these those his her its their our my")
WORD = re.compile(r"[\w'’.-]+")


def office_appositions(entities: Sequence[Entity], text: str, lexicon: Lexicon,
                       side_of: Callable[[Entity], str | None]) -> dict[str, str]:
    """Return the names the story introduces in apposition to an office of a side.

    Args:
        entities: The story's mentions.
        text: The story's text.
        lexicon: The comparison lexicon (its ``commentators`` pattern).
        side_of: The side a mention speaks for, or None.

    Returns:
        Person names mapped to the side of the office phrase beside them. A name set beside
        offices of two sides is left out.
    """
    found: dict[str, str | None] = {}
    ordered = sorted(entities, key=lambda e: e.start)
    for index, person in enumerate(ordered):
        if not person.entity_name or person.kind not in {"PERSON", "ORG"} or not (
                name_like(person) or ROLE.match(person.raw_text)):
            continue
        title = ordered[index - 1] if index else None
        for phrase_start, phrase_end in _phrases(text, person, title):
            phrase = text[phrase_start:phrase_end]
            if title is not None and phrase_start == title.start:
                phrase = text[phrase_start:person.end]  # "… government spokesperson X"
            if not heads_phrase(phrase) or lexicon.commentators.search(phrase):
                continue
            sides = {side for e in ordered if phrase_start <= e.start and e.end <= phrase_end
                     and e is not person and (side := side_of(e)) and side not in GENERIC}
            if len(sides) == 1:
                side = sides.pop()
                found[person.entity_name] = side if found.get(
                    person.entity_name, side) == side else None
                break
    return {name: side for name, side in found.items() if side}


def heads_phrase(phrase: str) -> bool:
    """Whether a role noun of one person heads an office phrase set beside a name.

    Args:
        phrase: The office phrase ("Freedonia's foreign minister", "director of the Y
            council", "Ruritanian government spokesperson").

    Returns:
        False when the phrase holds no role noun, names a past office ("former", "ex-",
        "no longer", "once"), or when its first role noun is not its head: a preposition or
        subordinator stands before it ("After meeting…", "Like…", "a rival of…"; "of" and
        "for" inside a capitalized name, "Ministry of Defense spokesman", do not count), a
        noun of kin or relation does ("the son…"), a verb form in -ing/-ed takes an object
        before it ("meeting the…", "Asked…"; not one after a determiner or possessor,
        "the governing coalition's chief whip"), or the role is itself a possessor ("X's
        prime minister's wife").
    """
    role = ROLE.search(phrase)
    if role is None or PAST.search(phrase):
        return False
    if phrase[role.end():role.end() + 2] in {"'s", "’s"}:
        return False
    tokens = [(m.group(0), m.start()) for m in WORD.finditer(phrase)]
    lead = [word for word, at in tokens if at < role.start()]
    for k, word in enumerate(lead):
        lower = word.lower()
        after = tokens[k + 1][0] if k + 1 < len(tokens) else ""
        if lower in RELATIONS:
            return False
        if lower in PREPOSITIONS:
            if not (lower in {"of", "for"} and k > 0 and lead[k - 1][:1].isupper()
                    and after[:1].isupper()):
                return False
        elif lower.endswith(("ing", "ed")) and len(lower) > 4 and not _modifier(lead, k) and (
                after.lower() in DETERMINERS or after.endswith(("'s", "’s", "s'"))
                or after.lower() in PREPOSITIONS):
            return False
    return True


def _modifier(lead: list[str], k: int) -> bool:
    """Whether the -ing/-ed word ``lead[k]`` modifies a noun rather than takes an object.

    After a determiner or a possessor it stands inside a noun phrase ("the governing
    coalition's chief whip", "Ruritania's ruling party's chairman"); a verb taking an
    object opens the phrase or follows a preposition ("meeting the…", "after meeting X's…").
    """
    if k == 0:
        return False
    before = lead[k - 1]
    return before.lower() in DETERMINERS or before.endswith(("'s", "’s", "s'"))


def _phrases(text: str, person: Entity, title: Entity | None = None
             ) -> list[tuple[int, int]]:
    """Spans of the office phrases beside ``person``.

    The mention right before the name with only a space between ("European Union foreign
    affairs chief Jo Brandt", "Ruritanian government spokesperson Ivo Marek": ``title``),
    the phrase closed by a comma right before the name and the one after it.
    """
    spans = []
    if title is not None and title.end < person.start and not text[
            title.end:person.start].strip():
        spans.append((title.start, person.start))
    window = max(person.start - OFFICE_REACH - 4, 0)
    before = BEFORE.search(text[window:person.start])
    if before:
        spans.append((window + before.start(1), window + before.end(1)))
    after = AFTER.match(text, person.end, person.end + OFFICE_REACH + 4)
    if after and not LEADS_CLAUSE.match(after.group(1)):
        spans.append((after.start(1), after.end(1)))
    return spans
