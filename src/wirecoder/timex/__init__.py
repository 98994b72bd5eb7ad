"""Time expressions stage: dates, times, durations and sets, resolved to TIMEX3 values.

Spans come from spaCy's DATE/TIME entities and our own patterns (:mod:`.spans`);
each is read by a rule grammar (:mod:`.grammar`) and, when relative, resolved
against the publication date with the direction of its clause (:mod:`.tense`):
"the last call in November" is the past November, "a planned visit in April" the
coming April. Without a publication date relative values stay unresolved.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..models import TimeExpression
from ..stages import StageContext, register_stage
from ..textutil import sentence_index
from .grammar import Reading, read
from .spans import RATE_BEFORE as _RATE_BEFORE
from .spans import find_spans
from .tense import direction, doc_text

__all__ = ["extract", "resolve_text"]

_VAGUE = frozenset({"PAST_REF", "PRESENT_REF", "FUTURE_REF"})


@register_stage("time_expressions")
def extract(doc: Doc, ctx: StageContext) -> tuple[TimeExpression, ...]:
    """Return the time expressions of ``doc``, resolved against the publication date.

    Args:
        doc: The parsed article.
        ctx: Stage context; ``ctx.story.published`` anchors relative expressions.

    Returns:
        Time expressions in text order.
    """
    pub = ctx.story.published
    out = []
    for start, end in find_spans(doc):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        record = _record(doc, span, start, end, pub)
        if record is not None:
            out.append(record)
    return tuple(out)


def _record(doc: Doc, span: Span, start: int, end: int,
            pub: dt.date | None) -> TimeExpression | None:
    full = doc_text(doc)
    text = full[start:end]
    tense = direction(span)
    reading = read(_as_set(full, start, text), pub, tense)
    if reading is None:
        if not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            return None
        reading = Reading("DATE", None, None)
    resolved = reading.value is not None and reading.value not in _VAGUE
    return TimeExpression(
        text=text, start=start, end=end, sentence=sentence_index(doc, start), type=reading.type,
        value=reading.value, granularity=reading.granularity, resolved=resolved,
        anchor="published" if reading.anchored else None, direction=tense, mod=reading.mod)


def _as_set(full: str, start: int, text: str) -> str:
    """Return "per day" for the period of a rate ("400,000 barrels a day"), else ``text``."""
    words = text.lower().split()
    if len(words) == 2 and words[0] in {"a", "an"} and _RATE_BEFORE.search(
            full[max(0, start - 60) : start].rstrip()):
        return f"per {words[1]}"
    return text


def resolve_text(text: str, published: dt.date | None,
                 tense: str | None = None) -> TimeExpression | None:
    """Read one time expression on its own (no parse), e.g. for tools and tests.

    Args:
        text: The expression, e.g. "last year".
        published: The publication date, or None.
        tense: "past", "present", "future" or None.

    Returns:
        A record spanning the whole text, or None when no rule reads it.
    """
    reading = read(text, published, tense)
    if reading is None:
        return None
    resolved = reading.value is not None and reading.value not in _VAGUE
    return TimeExpression(text=text, start=0, end=len(text), sentence=0, type=reading.type,
                          value=reading.value, granularity=reading.granularity,
                          resolved=resolved, anchor="published" if reading.anchored else None,
                          direction=tense, mod=reading.mod)
