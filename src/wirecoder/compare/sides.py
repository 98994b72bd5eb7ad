"""Whose account is it? Sides of speakers, of sentences (within one story) and of accounts."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from ..models import Analysis, Entity
from .lexicon import Lexicon
from .sentences import sentence_of

__all__ = ["account_side", "entity_side", "sentence_sides"]

# Event types whose actor states a position (the actor is a side speaking, not acting).
NONSTATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM"})
ENVOY = re.compile(r"(?i)\b(?:ambassador|envoy|representative|mission|delegat\w*)\b")
NOT_A_PARTY = frozenset({"EDU", "MED", "NGO", "BUS", "CVL", "JRN", "SOC", "ELI", "HLH", "MNC"})
VERBAL_TYPES = frozenset({"REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST"})


def entity_side(entity: Entity | None, lexicon: Lexicon) -> str | None:
    """Return the side (country or organization code) an entity speaks for, or None.

    Commentators (analysts, professors, former officials, witnesses) speak for no side.
    """
    if entity is None:
        return None
    described = " ".join(filter(None, (entity.role, entity.raw_text, entity.entity_name)))
    if lexicon.commentators.search(described):
        return None
    if entity.sector_code in NOT_A_PARTY and entity.kind != "GPE":
        return None
    envoy = bool(entity.role and ENVOY.search(entity.role)) or bool(ENVOY.search(described))
    for text in (entity.organization, entity.entity_name):
        if envoy and entity.country_code and entity.country_code not in NONSTATE:
            break  # a state's envoy to an organization speaks for the state
        for side, pattern in lexicon.organizations.items():
            if (text and pattern.fullmatch(text.strip())) or (
                    text and text is entity.organization and pattern.search(text)):
                return side
    if entity.country_code in {"NGO", "MNC", "JRN"}:
        return None
    return entity.country_code


def sentence_sides(analysis: Analysis, spans: list[tuple[int, int]],
                   lexicon: Lexicon) -> dict[int, tuple[str, str, str | None]]:
    """Attribute sentences of one story to sides: {sentence: (side, how, speaker name)}.

    A sentence belongs to the side of the speaker of the quote(s) covering it (weighted by
    quoted characters), else to the side that ``reported_by`` names on its events, else to
    the actor of a verbal event (rejects, urges, accuses, warns...). Sentences of
    commentators and plain narration belong to no side.
    """
    votes: dict[int, Counter[tuple[str, str | None]]] = {}
    commentary: set[int] = set()
    for quote in analysis.quotes:
        side = entity_side(quote.speaker, lexicon)
        first, last = sentence_of(spans, quote.start), sentence_of(spans, max(quote.end - 1, 0))
        if side is None:
            commentary.update(range(first, last + 1))
            continue
        name = quote.speaker.entity_name if quote.speaker else None
        for index in range(first, last + 1):
            votes.setdefault(index, Counter())[(side, name)] += max(quote.end - quote.start, 1)
    found = {i: (*_top(c), "quote") for i, c in votes.items()}
    for event in analysis.events:
        index = sentence_of(spans, event.start)
        if index in found or index in commentary or event.historical:
            continue
        side = entity_side(event.reported_by, lexicon)
        how = "reported_by"
        speaker = event.reported_by
        if side is None and event.event_type in VERBAL_TYPES and event.actor:
            speaker = event.actor[0]
            side, how = entity_side(speaker, lexicon), "actor"
            if speaker.kind not in {"PERSON", "ORG", "GPE", "NOMINAL"}:
                side = None
        if side is not None:
            found[index] = (side, speaker.entity_name if speaker else None, how)
    return {i: (side, how, name) for i, (side, name, how) in found.items()}


def _top(counter: Counter[tuple[str, str | None]]) -> tuple[str, str | None]:
    return counter.most_common(1)[0][0]


def account_side(analysis: Analysis, given: str | None, source: Iterable[str | None],
                 lexicon: Lexicon, spans: list[tuple[int, int]]) -> tuple[str, str]:
    """Return (side, how) of a whole account: given, from its source/title, or its speaker.

    A readout speaks for its author: "the White House" → USA, "China's Foreign Ministry" →
    CHN; without such a name, the side is that of the first actor of the opening sentences
    ("President X spoke today with President Y" → X's country), else of the most quoted side.
    """
    if given:
        return given, "given"
    for text in source:
        if not text:
            continue
        for side, pattern in lexicon.sources.items():
            if pattern.search(text):
                return side, "source"
    opening = spans[1][1] if len(spans) > 1 else (spans[0][1] if spans else 0)
    for event in sorted(analysis.events, key=lambda e: e.start):
        if event.start >= opening:
            break
        for actor in event.actor:
            found = entity_side(actor, lexicon)
            if found:
                return found, "speaker"
    quoted = Counter(code for q in analysis.quotes
                     if (code := entity_side(q.speaker, lexicon)) is not None)
    if quoted:
        return quoted.most_common(1)[0][0], "speaker"
    for entity in analysis.entities:
        found = entity_side(entity, lexicon)
        if found and entity.start < opening:
            return found, "speaker"
    return "UNKNOWN", "none"
