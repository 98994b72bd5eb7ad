"""Documents that speak ("The report noted…", "It said…"): the side of their issuer.

Helpers of ``sides.story_sides``: a quote or a sentence whose speaker is a document (a report,
statement, assessment, article…) takes the side of whoever issued it, named with the
document ("a new United Nations assessment", "a statement from X", "X released an article")
or in a sentence where a document already spoke.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..models import Analysis, Entity
from .countries import NONSTATE, countries_named
from .lexicon import Lexicon

if TYPE_CHECKING:
    from .sides import Speakers

__all__ = ["according_to", "author_side", "document_noun", "documents_speaking"]

DOCUMENT = re.compile(
    r"(?i)(?:the|this|that|its|their|his|her|a|an)?\s*(?:[\w-]+\s+){0,2}?"
    r"(report|assessment|statement|study|communiqu[eé]|declaration|resolution|readout|"
    r"document|letter|memo|review|findings|dossier|article)s?")
AUTHOR_LOOKBACK = 8  # sentences searched back for the issuer of a document that "says"


def document_noun(speaker: Entity | None) -> str | None:
    """The document noun a speaker mention is ("The assessment said", "the report noted")."""
    if speaker is None:
        return None
    found = DOCUMENT.fullmatch(speaker.raw_text.strip())
    if found is None and speaker.kind == "PRONOUN" and speaker.entity_name:
        found = DOCUMENT.fullmatch(speaker.entity_name.strip())  # "It said…" (the statement)
    return found.group(1).lower() if found else None


def author_side(analysis: Analysis, spans: list[tuple[int, int]], index: int,
                 speakers: Speakers, known: dict[int, str]) -> str | None:
    """The side of whoever issued the document that sentence ``index`` quotes.

    The nearest mention of a document before it (or earlier in the sentence) that names its
    issuer decides: "a new United Nations assessment", "the report that the U.N. monitoring
    team released", "a statement from the Joint Chiefs", "Britain's report"; a sentence
    where a document already spoke ("The assessment said…", in ``known``) passes its side on.
    """
    text = analysis.text
    for back in range(index, max(index - AUTHOR_LOOKBACK, -1), -1):
        if back != index and back in known:
            return known[back]
        start, end = spans[back]
        limit = spans[index][0] if back == index else end
        found = [_issuer(analysis.entities, m.start(1), m.end(1), text, speakers)
                 for m in DOCUMENT_WORD.finditer(text, start, limit)]
        found = [side for side in found if side]
        if found:
            return found[-1]
    return None


DOCUMENT_WORD = re.compile(
    r"(?i)\b(reports?|assessments?|statements?|stud(?:y|ies)|communiqu[eé]s?|declarations?|"
    r"resolutions?|readouts?|documents?|letters?|memos?|reviews?|findings|dossiers?|"
    r"articles?)\b")
BEFORE_DOCUMENT = re.compile(  # "the U.N.'s new ▯", "a Freedonian ▯", "X released an ▯",
    # "X said in a written ▯"
    r"(?:['’]s)?(?:\s+(?:has|have|had))?(?:\s+(?:released|issued|published|sent|posted|put "
    r"out|(?:said|says|stated|wrote)\s+in))?(?:\s+(?:a|an|its|their))?"
    r"(?:\s+(?:new|latest|recent|annual|draft|final|joint|official|own|brief|written|"
    r"\d{4}))*\s+")
AFTER_DOCUMENT = re.compile(r"\s+(?:(?:that|which)\s+|(?:by|from|of)\s+)(?:the\s+)?")


def _issuer(entities: tuple[Entity, ...], start: int, end: int, text: str,
            speakers: Speakers) -> str | None:
    """The side of the issuer named with a document mention at [start, end), if any."""
    for entity in entities:
        if entity.kind not in {"ORG", "GPE", "NOMINAL", "PERSON", "NORP"}:
            continue
        if entity.end <= start and start - entity.end <= 30:
            tied = entity.end == start or bool(BEFORE_DOCUMENT.fullmatch(text, entity.end, start))
        elif entity.start >= end and entity.start - end <= 20:
            tied = bool(AFTER_DOCUMENT.fullmatch(text, end, entity.start))
        else:
            continue
        side, commentator = speakers.side(entity)
        if tied and side and not commentator:
            return side
    return None


def documents_speaking(analysis: Analysis, spans: list[tuple[int, int]], speakers: Speakers,
                        found: dict[int, tuple[str, str | None, str]],
                        commentary: dict[int, int], known: dict[int, str]) -> None:
    """Sentences whose subject is a document ("The brief statement said…"): its issuer's side.

    Only sentences no speaker was found for; the issuer is found as by ``author_side``.
    """
    text = analysis.text
    for index, (start, end) in enumerate(spans):
        if index in found or index in commentary:
            continue
        subject = DOCUMENT_SUBJECT.match(text, start, end)
        if not subject or not speakers.lexicon.reporting.match(text, subject.end(), end):
            continue
        noun = DOCUMENT_WORD.search(text, subject.start(), subject.end())
        side = (_issuer(analysis.entities, noun.start(), noun.end(), text, speakers)
                if noun else None) or author_side(analysis, spans, index, speakers, known)
        if side:
            found[index] = (side, subject.group(0).strip(), "document")
            known[index] = side


DOCUMENT_SUBJECT = re.compile(  # "The brief statement", "A statement from the Joint Chiefs"
    r"(?i)(?:the|this|that|its|their|a|an)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:report|assessment|statement|communiqu[eé]|declaration|readout|letter|article)"
    r"(?:\s+(?:from|by|of)\s+(?:the\s+)?(?-i:[A-Z])[^,.;\"“]{0,60}?(?=\s+[a-z]))?")


ACCORDING_TO = re.compile(r"(?i)\s*according\s+to\s+([^,]{3,90}),")


def according_to(text: str, spans: list[tuple[int, int]], lexicon: Lexicon,
                 found: dict[int, tuple[str, str | None, str]],
                 pending: dict[int, Entity]) -> None:
    """Sentences that open by naming their source: "According to X's summary, Y said…".

    The source outranks a speaker whose own side is unknown (who would otherwise continue
    the side of the sentence before): "According to Freedonia's own record of the talks,
    Pemberly said…" is Freedonia's account. Only a source naming exactly one side (a country or
    nationality, a national institution, an organization) and no commentator; "according to
    media reports" or "to the index" names none and changes nothing.

    Args:
        text: The story.
        spans: The story's sentence spans.
        lexicon: The compare lexicon (institutions, organizations, commentator words).
        found: Sentence index -> (side, speaker name, how); updated in place.
        pending: Sentence index -> a speaker of unknown side; the sentences given a side
            here leave it.
    """
    for index, (start, end) in enumerate(spans):
        if index in found:
            continue
        opening = ACCORDING_TO.match(text, start, end)
        if opening is None:
            continue
        source = opening.group(1)
        if lexicon.commentators.search(source):
            continue
        named = set(countries_named(source)) | {
            side for side, pattern in lexicon.institutions.items() if pattern.search(source)} | {
            side for side, pattern in lexicon.organizations.items() if pattern.search(source)}
        if len(named) == 1 and not (named & NONSTATE and countries_named(source)):
            found[index] = (next(iter(named)), source.strip(), "according")
            pending.pop(index, None)
