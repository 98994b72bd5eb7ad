"""Speakers described rather than named: an aide of X, a name in apposition, a listed party.

Helpers of ``sides.story_sides`` (round 6): "An aide to X said…" speaks for X; "The group
Human Rights Watch said…" is the named group, not what the description was resolved to;
"Company executives, the U.S. FBI and X say…" is the listed party; "Government spokesman X
said…" with no country speaks for the government just named.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..models import Analysis, Entity
from .countries import NONSTATE, countries_named
from .sentences import sentence_of

if TYPE_CHECKING:
    from .sides import Speakers

__all__ = ["bare_description", "fuller_mention", "governments", "listed_side", "named_after",
           "principal", "unnamed_continuations"]

PRINCIPAL = re.compile(r"\s+(?:to|of|for)\s+(?:the\s+)?")  # "an aide to X", "adviser of X"
APPOSITION = re.compile(r"\s+")  # "The group Human Rights Watch", "the spokesman Mr. X"


LIST_GAP = re.compile(r"\s*(?:,|,?\s+and|,?\s+&)\s+(?:the\s+)?|\s+")


def listed_side(entity: Entity | None, entities: Iterable[Entity], text: str,
                 speakers: Speakers) -> str | None:
    """The one side among the mentions listed with a commentator in a coordinated subject.

    "Company executives, the U.S. Federal Bureau of Investigation and Homeland Security …
    say…": the company is no side, the listed agencies are.
    """
    if entity is None:
        return None
    found: set[str] = set()
    end = entity.end
    for other in sorted(entities, key=lambda e: e.start):
        if other.start < end:
            continue
        if not LIST_GAP.fullmatch(text, end, other.start):
            break
        side, commentator = speakers.side(other)
        if side and not commentator:
            found.add(side)
        end = other.end
    return found.pop() if len(found) == 1 else None


FULLER_KINDS = frozenset({"PERSON", "NOMINAL"})


def fuller_mention(entity: Entity | None, entities: Iterable[Entity]) -> Entity | None:
    """The longer mention of the entity stage that holds a quote's shorter speaker mention.

    The quote stage may keep only the head of a description ("president" of "The <nationality>
    president said") and resolve it by coreference to another person named before; the
    entity stage read the whole description, whose nationality names the speaker (round 11).
    The longest person or description mention covering the speaker's span is the speaker.
    """
    if entity is None:
        return None
    covering = [other for other in entities
                if other.kind in FULLER_KINDS and other.start <= entity.start
                and other.end >= entity.end and other.end - other.start > entity.end - entity.start
                and other.entity_name and other.country_code]
    if not covering:
        return entity
    return max(covering, key=lambda e: e.end - e.start)


def named_after(entity: Entity | None, entities: Iterable[Entity], text: str) -> Entity | None:
    """The name a description is in apposition with: "The group Human Rights Watch" → HRW.

    A nominal mention directly followed by a named person or organization describes that
    name; the name, not what the description was resolved to, is the speaker.
    """
    if entity is None or entity.kind != "NOMINAL":
        return entity
    for other in entities:
        if other.start > entity.end and other.kind in {"PERSON", "ORG"} and (
                APPOSITION.fullmatch(text, entity.end, other.start)):
            return other
    return entity


def principal(entity: Entity | None, entities: Iterable[Entity], text: str,
               speakers: Speakers) -> str | None:
    """The side of the principal a speaker works for: "An aide to X", "an adviser of X".

    An aide, adviser or spokesman without a side of his own speaks for the person or body
    named right after "to", "of" or "for".
    """
    if entity is None or entity.kind not in {"NOMINAL", "PERSON"}:
        return None
    if not re.search(r"(?i)\b(?:aides?|advis[eo]rs?|spokes(?:man|woman|person)|assistants?|"
                     r"deputy|envoy|representative)\s*$", entity.raw_text):
        return None
    for other in entities:
        if other.start >= entity.end and PRINCIPAL.fullmatch(text, entity.end, other.start):
            side, commentator = speakers.side(other)
            return None if commentator else side
    return None


GOVERNMENT_LOOKBACK = 3  # sentences searched back for the government an official speaks for
GOVERNMENT_SECTORS = frozenset({"GOV", "MIL"})


def governments(analysis: Analysis, spans: list[tuple[int, int]], pending: dict[int, Entity],
                 speakers: Speakers, found: dict[int, tuple[str, str | None, str]],
                 commentary: dict[int, int]) -> None:
    """An official with no country speaks for the government the story was just naming.

    "Government spokesman X said…" after "the Cambodian government…", "Information Ministry
    spokesman Y described…" in a story placed in Ethiopia: a government or military speaker
    whose mentions name no country takes the country of the nearest government body named
    in the sentences before (up to ``GOVERNMENT_LOOKBACK``), else the story's home country.
    Speakers already placed by name, by continuation or by description keep their side.
    """
    bodies = [(sentence_of(spans, e.start), e.start, e.country_code) for e in analysis.entities
              if e.sector_code in GOVERNMENT_SECTORS and e.kind in {"NOMINAL", "ORG"}
              and e.country_code and e.country_code not in NONSTATE]
    for index in sorted(pending):
        speaker = pending[index]
        if index in found or index in commentary or speaker.sector_code not in (
                GOVERNMENT_SECTORS) or speaker.country_code or speakers.by_name(speaker):
            continue
        if countries_named(speaker.raw_text) or speaker.kind == "PRONOUN":
            continue
        near = [(at, code) for sentence, at, code in bodies
                if index - GOVERNMENT_LOOKBACK <= sentence and at < speaker.start]
        side = max(near)[1] if near else speakers.home
        if side:
            found[index] = (side, speaker.entity_name, "government")
            speakers.learn(speaker.entity_name, side)


BARE_DESCRIPTION = re.compile(  # "The spokesperson also accused…", unrecognized as a mention
    r"\s*[\"“]?(?:The|the)\s+(?:[a-z][\w-]*\s+){0,2}?(spokes(?:man|woman|person)|official|"
    r"minister|ambassador|envoy|ministry|secretary|president|premier|chancellor|general|"
    r"commander|diplomat|statement|embassy|mission|delegation|government)\b")


def bare_description(text: str, start: int, end: int, reporting: re.Pattern[str]) -> str | None:
    """The head noun of a definite description opening a sentence before a reporting verb.

    "The spokesperson also accused Iran of…" where the recognizer found no mention: the
    head ("spokesperson") lets the sentence continue the side of the earlier speaker so
    described.
    """
    found = BARE_DESCRIPTION.match(text, start, end)
    if found and reporting.match(text, found.end(), end):
        return found.group(1).lower()
    return None


CONTINUE_LOOKBACK = 8  # sentences searched back for the speaker a bare description means


def unnamed_continuations(analysis: Analysis, spans: list[tuple[int, int]], speakers: Speakers,
                           found: dict[int, tuple[str, str | None, str]],
                           commentary: dict[int, int], orphans: list[tuple[int, int]]) -> None:
    """Sentences whose speaker has no mention: a bare description, a quote with no speaker.

    "The spokesperson also accused Iran…" (no mention recognized) continues the side of the
    earlier speaker its head noun describes; a quote naming no speaker right after a side's
    sentence (a paragraph that goes on quoting) continues that side.
    """
    described: dict[int, str] = {}  # sentence -> the raw texts of its mentions
    for entity in analysis.entities:
        at = sentence_of(spans, entity.start)
        described[at] = f"{described.get(at, '')} {entity.raw_text.lower()}"
    for index, (start, end) in enumerate(spans):
        head = None if index in found or index in commentary else bare_description(
            analysis.text, start, end, speakers.lexicon.reporting)
        side = next((found[back][0] for back in range(index - 1, max(
            index - CONTINUE_LOOKBACK, -1), -1) if back in found and head and head in (
                f"{found[back][1] or ''} {described.get(back, '')}".lower().split())), None)
        if side:
            found[index] = (side, head, "description")
    for first, last in sorted(orphans):
        if first in found or first in commentary or first - 1 not in found:
            continue
        side, name, _ = found[first - 1]
        for index in range(first, last + 1):
            if index not in found and index not in commentary:
                found[index] = (side, name, "quote continued")
