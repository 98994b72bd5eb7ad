"""Finding time expression spans: spaCy DATE/TIME entities plus patterns of our own.

The patterns add what the statistical model misses or splits: weekdays and months
on their own, "recently", rate periods ("250,000 barrels a day" -> "a day" is a
SET), "daily"/"annually", and vague references ("in recent months"). Overlapping
candidates merge into one span; ages ("a 34-year-old") and boilerplate lines
(copyright notices) are dropped.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .. import lowered_scan
from ..textutil import doc_text
from ..word_alternation import alternation

__all__ = ["RATE_BEFORE", "find_spans"]

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.|Feb\.|Aug\.|Sept\.|Sep\.|Oct\.|Nov\.|Dec\.)")
_SAFE_MONTH = (r"(?:January|February|April|June|July|August|September|October|November|"
               r"December|Jan\.|Feb\.|Aug\.|Sept\.|Oct\.|Nov\.|Dec\.)")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
#: First words of the ``_PATTERNS`` alternatives, each a whole word where it opens one.
_OPENING_WORDS = (
    "earlier", "later", "this", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "jan", "feb", "aug", "sept",
    "sep", "oct", "nov", "dec", "mid", "recently", "lately", "nowadays", "currently", "now",
    "overnight", "recent", "coming", "past", "daily", "annually", "yearly", "every", "each",
    "no", "at", "more", "less", "barely", "nearly", "almost", "up", "about", "around",
    "twice", "three", "once", "the", "a", "within", "for", "after", "over", "hours", "days",
    "weeks", "months", "years", "decades", "dawn", "new", "christmas", "thanksgiving",
    "valentine", "halloween", "boxing")
_PATTERNS = re.compile(
    "|".join([
        rf"\b(?:(?:earlier|later|early|late|last|next|this)\s+)?{_WEEKDAY}"
        r"(?:\s+(?:morning|afternoon|evening|night))?\b",
        rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?\b",
        rf"\b\d{{1,2}}\s+{_MONTH}(?:,?\s+\d{{4}})?\b",
        rf"\b{_SAFE_MONTH}(?:,?\s+\d{{4}})?(?![\w.])",
        rf"\b(?:in|since|until|by|last|next|early|late|from|through|mid-)\s*{_MONTH}"
        r"(?:,?\s+\d{4})?\b",
        r"(?i:\b(?:recently|lately|nowadays|currently|now|overnight)\b)(?!-)",
        r"(?i:\b(?:in\s+)?(?:recent|coming|past\s+few|last\s+few)\s+(?:days|weeks|months|years)\b)",
        r"(?i:\b(?:daily|annually|yearly)\b)",
        r"(?i:\b(?:every|each)\s+(?:day|week|month|year)\b)",
        r"(?i:\b(?:no more than|no less than|at least|at most|more than|less than|barely|nearly"
        r"|almost|up to|about|around)\s+\d[\d.,]*\s+(?:hours|days|weeks|months|years|minutes)\b)",
        r"(?i:\b(?:twice|three times|once)\s+(?:a|per)\s+(?:day|week|month|year)\b)",
        r"(?i:\b(?:early|late|mid-)\s*(?:19|20)\d\d\b)",
        r"(?i:\bthe\s+(?:day|week|month|year)\s+(?:before|after)\b"
        r"|\bthe\s+(?:previous|following|preceding)\s+(?:day|week|month|year)\b)",
        r"(?i:\ba\s+(?:day|week|month|year)(?=\s+(?:after|before|later|earlier)\b))",
        r"(?i:\b(?:within|for|after|over|in)\s+(?:hours|days|weeks|months|years|decades)\b)",
        r"(?i:\b(?:hours|days|weeks|months|years|decades)(?=\s+(?:after|later|before|earlier)\b))",
        r"(?i:\b(?:at\s+)?dawn\b)",
        r"(?i:\b(?:new\s+year's\s+(?:day|eve)|christmas(?:\s+(?:day|eve))?|thanksgiving"
        r"|valentine's\s+day|halloween|boxing\s+day)\b)",
        r"(?i:(?<=[a-z])\s(?:a|per)\s+(?:day|week|month|year)\b)",
    ])
)
#: Where a ``_PATTERNS`` match can start (a superset): a word that opens one of its
#: alternatives (whole words; a prefix for those that may run into a month, "inJanuary"),
#: a digit at a word start, or the space of " a day" after a word. Only these positions are
#: tried, not every character (a test checks the matches are the same).
_STARTS = re.compile(
    r"(?=(?<=[a-z])\s(?:a|per)\s)|\b(?=\d)"
    rf"|\b(?:in|by|since|until|from|through|last|next|early|late)"
    rf"|\b{alternation(_OPENING_WORDS, re.I)}\b", re.I)
RATE_BEFORE = re.compile(r"\d[\d,.]*(?:\s+[a-z]+){1,3}$", re.I)
_AGE = re.compile(r"\d+[- ]years?[- ]old|\byears? old\b", re.I)
_BOILERPLATE = re.compile(r"©|\bcopyright\b|\ball rights reserved\b", re.I)
_BARE = frozenset({"", "day", "week", "month", "year", "night", "the day", "time"})
_TRIM = re.compile(r"(?:in|on|at|by|of|since|until|from|through|within|for|after|over)\s+",
                   re.I)


def _matches(text: str, starts: re.Pattern[str] | None = _STARTS) -> Iterator[re.Match[str]]:
    """Yield ``_PATTERNS.finditer(text)``, trying the pattern only at ``starts``."""
    if starts is None:
        yield from _PATTERNS.finditer(text)
        return
    pos = 0
    for seed in lowered_scan.starts(starts, text):  # the starts of starts.finditer(text)
        if seed >= pos and (m := _PATTERNS.match(text, seed)):
            yield m
            pos = m.end()


def _pattern_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    for m in _matches(text):
        start, end = m.start(), m.end()
        if text[start].isspace():  # a rate period: " a day" after "barrels"
            if not RATE_BEFORE.search(text[max(0, start - 60) : start]):
                continue
            start += 1
        trimmed = _TRIM.match(text, start, end)
        spans.append((trimmed.end() if trimmed else start, end))
    return spans


def _ent_spans(doc: Doc) -> list[tuple[int, int]]:
    out = []
    for ent in doc.ents:
        if ent.label_ in {"DATE", "TIME"} and not _AGE.search(ent.text):
            out.append((ent.start_char, ent.end_char))
    return out


_LEAD_NUMBER = re.compile(r"(?:\d[\d,.]*|[a-z]+ly)\s+(?=(?:last|next|this)\s)", re.I)
_OF_YEAR = re.compile(r"\s+of\s+")
_CLOCK_END = re.compile(r"(?:[ap]\.?m\.?|noon|midnight)$", re.I)
_ON = re.compile(r"\s+(?:on\s+)?")


def _merge(spans: list[tuple[int, int]], text: str = "") -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lead = _LEAD_NUMBER.match(text, start, end) if text else None
        if lead:
            start = lead.end()  # "300 last year": the count is not part of the date
        if merged and text and _CLOCK_END.search(text[merged[-1][0] : merged[-1][1]]) and \
                _ON.fullmatch(text, merged[-1][1], start):
            merged[-1] = (merged[-1][0], end)  # "10 a.m. on March 31"
            continue
        if merged and text and text[start:end].isdigit() and (
                _OF_YEAR.fullmatch(text, merged[-1][1], start)
                or (text[merged[-1][0] : merged[-1][1]].endswith(" of")
                    and not text[merged[-1][1] : start].strip())):
            merged[-1] = (merged[-1][0], end)  # "the spring of 2022"
            continue
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def find_spans(doc: Doc) -> list[tuple[int, int]]:
    """Return the character spans of the time expressions of ``doc``, in text order.

    Args:
        doc: The parsed article.

    Returns:
        Non-overlapping (start, end) pairs.
    """
    text = doc_text(doc)
    skip = []
    for m in _BOILERPLATE.finditer(text):
        end = text.find("\n", m.end())
        skip.append((text.rfind("\n", 0, m.start()) + 1, len(text) if end < 0 else end))
    spans = _merge(_ent_spans(doc) + _pattern_spans(text), text)
    return [(s, e) for s, e in spans
            if text[s:e].strip().lower() not in _BARE and not any(a <= s < b for a, b in skip)]
