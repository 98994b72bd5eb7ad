"""Opposition parties and movements speak for themselves, never for the state they oppose.

The entity stages resolve "a spokesman for the <nationality> opposition" or "the leader of
the opposition <name> Party" to the country, so the comparer put their statements on the
government's side and lost every point the two disagree on (project round 12). A mention
that the story describes as the opposition — the word "opposition" in the mention, its role
or organization, or the sector code ``OPP`` — speaks for its party (the organization it
names) or, when it names none, for the country's opposition; later mentions of the same
party without the word ("<name> Party President X") speak for it too. A party the story
calls "ruling" or "governing" is not the opposition.

A speaker described as the opposition with no mention of its own ("an opposition senator",
a quote's speaker) speaks for the story's one named opposition (:func:`unnamed_opposition`,
round 18), unless its clause names another state ("In neighboring Colombia, an opposition
senator said…" in a story on Venezuela's opposition).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

from ..models import Entity
from .countries import NONSTATE, countries_named
from .sentences import sentence_of, sentence_spans

__all__ = ["OPPOSITION_SECTOR", "opposition_mention", "opposition_sides", "opposition_states",
           "unnamed_opposition"]

OPPOSITION_SECTOR = "OPP"  # the CAMEO sector code of opposition groups
PARTY_SECTORS = frozenset({"PTY", OPPOSITION_SECTOR})  # an organization that is a party
OPPOSITION = re.compile(r"(?i)\bopposition\b")
OPPOSITION_BEFORE = re.compile(r"(?i)\bopposition\s+$")  # "the opposition <name>"
OPPOSITION_AFTER = re.compile(  # "officials from the opposition…", "a leader of the opposition"
    r"(?i)\s+(?:of|from|for)\s+(?:the\s+|an?\s+)?(?:main\s+|\w+\s+)?opposition\b")
IN_POWER = re.compile(r"(?i)(?<!anti-)\b(?:ruling|governing|government)\b")
#: A place phrase right after a speaker ("an opposition senator from Colombia").
PLACE_AFTER = re.compile(r"\s+(?:in|from|of)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")
PARTY_WORDS = re.compile(r"(?i)\b(?:party|movement|front|alliance|coalition|council|union|"
                         r"congress|league)\b")


def _described(entity: Entity) -> str:
    return " ".join(filter(None, (entity.role, entity.raw_text)))


def opposition_mention(entity: Entity, text: str = "") -> bool:
    """Whether a mention is described as the opposition (and not as a party in power).

    Args:
        entity: A mention of the story.
        text: The story's text, to read the word right before the mention ("the opposition
            <name> Party", where the mention is the name alone) and right after it
            ("officials from the opposition").

    Returns:
        True for "the opposition", "an opposition lawmaker", "the opposition X Party" or a
        mention with the sector code ``OPP``; False for "the ruling party".
    """
    described = _described(entity)
    if IN_POWER.search(described):
        return False
    if text and (OPPOSITION_BEFORE.search(text[max(0, entity.start - 20):entity.start])
                 or OPPOSITION_AFTER.match(text, entity.end)):
        return True
    return entity.sector_code == OPPOSITION_SECTOR or bool(
        OPPOSITION.search(described) or (entity.organization
                                         and OPPOSITION.search(entity.organization)))


def _party(entity: Entity) -> str | None:
    """The party a mention names: its organization, or its own name when it is one."""
    if entity.organization and PARTY_WORDS.search(entity.organization):
        return entity.organization.strip()
    if entity.kind == "ORG" and entity.entity_name and (
            PARTY_WORDS.search(entity.entity_name) or entity.sector_code in PARTY_SECTORS):
        return entity.entity_name.strip()
    return None


def _same_party(short: str, full: str) -> bool:
    """Whether a short name is the trailing part of a full one ("Renewal Party")."""
    short_words, full_words = short.lower().split(), full.lower().split()
    return len(short_words) >= 2 and full_words[-len(short_words):] == short_words


def _apposition(entity: Entity, entities: list[Entity], text: str) -> str | None:
    """The person named in apposition right after a mention ("…, Jon Doe"), if any."""
    if not text:
        return None
    return next((e.entity_name for e in entities if e.kind == "PERSON" and e.entity_name
                 and e.start > entity.end and text[entity.end:e.start] == ", "), None)


def opposition_sides(entities: Iterable[Entity], text: str = "") -> dict[str, str]:
    """Map the names of a story's opposition speakers to the opposition side they speak for.

    Each opposition party the story names is one side (its longest name); mentions of the
    opposition that name no party speak for the one party the story calls the opposition,
    else for "<country> opposition". A later mention that names the party without the word
    "opposition" takes the party's side, and so does a person named in apposition to an
    opposition mention ("a leader of the opposition, Jon Doe").

    Args:
        entities: The story's mentions.
        text: The story's text.

    Returns:
        Entity names mapped to their opposition side.
    """
    entities = list(entities)
    parties: list[str] = []
    for entity in entities:
        party = _party(entity)
        if party and opposition_mention(entity, text) and party not in parties:
            parties.append(party)
    parties.sort(key=len, reverse=True)
    canonical: dict[str, str] = {}
    for party in parties:
        full = next((p for p in parties if p != party and _same_party(party, p)), party)
        canonical[party] = canonical.get(full, full)
    named = set(canonical.values())
    places = {e.entity_name for e in entities if e.kind == "GPE"}
    found: dict[str, str] = {}
    generic: set[str] = set()
    for entity in entities:
        if (not entity.entity_name or entity.kind == "GPE" or entity.entity_name in places
                or IN_POWER.search(_described(entity))):
            continue
        party = _party(entity)
        side = None
        if party:
            side = canonical.get(party) or next(
                (p for p in named if _same_party(party, p) or _same_party(p, party)), None)
        if side is None and opposition_mention(entity, text):
            side = (next(iter(named)) if len(named) == 1
                    else f"{entity.country_code or ''} opposition".strip())
        if side:
            found.setdefault(entity.entity_name, side)
            named_after = _apposition(entity, entities, text)
            if named_after:  # "a leader of the opposition, Jon Doe"
                found[named_after] = side
        elif entity.kind == "NOMINAL":
            generic.add(entity.entity_name)  # "officials" also said of another party
    return {name: side for name, side in found.items() if name not in generic}


def opposition_states(entities: Iterable[Entity], opposing: Mapping[str, str]
                      ) -> dict[str, frozenset[str]]:
    """Map each opposition side of a story to the states it is the opposition of.

    Args:
        entities: The story's mentions.
        opposing: Entity names -> their opposition side (:func:`opposition_sides`).

    Returns:
        Side -> the country codes of its mentions, and the code that names it ("VEN" of
        "VEN opposition").
    """
    found: dict[str, set[str]] = {side: set() for side in opposing.values()}
    for side in found:
        if side.endswith(" opposition"):
            found[side].add(side.split()[0])
    for entity in entities:
        held = opposing.get(entity.entity_name or "")
        if held and entity.country_code:
            found[held].add(entity.country_code)
    return {side: frozenset(states) for side, states in found.items()}


def unnamed_opposition(entity: Entity, opposition: Mapping[str, frozenset[str]],
                       text: str = "", places: Iterable[Entity] = ()) -> str | None:
    """The story's one named opposition side, for "an opposition spokesman" of no country.

    A quote's speaker that is no entity mention of the story is not in
    :func:`opposition_sides`; described as the opposition, it speaks for the opposition the
    story names when there is exactly one ("SYR opposition", "<name> Party") — unless its
    clause (its sentence up to the speaker, and a place phrase right after it) names a state
    that opposition is not of: "In neighboring Colombia, an opposition senator said…".

    Args:
        entity: The speaker.
        opposition: The story's opposition sides and their states (:func:`opposition_states`).
        text: The story's text.
        places: The story's mentions of places (their country codes count with the states
            the clause names by the knowledge base).

    Returns:
        The opposition side, or None.
    """
    named = {side: states for side, states in opposition.items() if side != "opposition"}
    if len(named) != 1 or not opposition_mention(entity):
        return None
    side, states = next(iter(named.items()))
    if text:
        spans = sentence_spans(text)
        start = spans[sentence_of(spans, entity.start)][0] if spans else 0
        after = PLACE_AFTER.match(text, entity.end)
        end = after.end() if after else entity.end
        named_here = set(countries_named(text[start:end])) | {
            p.country_code for p in places if p.country_code and start <= p.start < end}
        if named_here - NONSTATE - states:
            return None
    return side
