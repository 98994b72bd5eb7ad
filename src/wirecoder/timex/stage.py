"""The registered timex stage: its entry point :func:`extract` and what it builds on.

See the package docstring (:mod:`wirecoder.timex`) for what the stage does.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from ..models import Direction, TimeExpression
from ..stages import StageContext, register_stage
from ..textutil import doc_text, sentence_index
from . import calendar as cal
from .compose import anaphor, split
from .grammar import normalize_text, read
from .reading import Reading
from .spans import RATE_BEFORE as _RATE_BEFORE
from .spans import find_spans
from .tense import direction

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
    full = doc_text(doc)
    out: list[TimeExpression] = []
    last: tuple[str, int] | None = None  # the last date narrated and its sentence
    for span_start, span_end in find_spans(doc):
        for start, end, text in split(full, span_start, span_end):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or not len(span):
                continue
            near = last[0] if last and sentence_index(doc, start) - last[1] <= 1 else None
            record = _record(doc, span, (start, end, text), pub, near)
            if record is not None:
                out.append(record)
                if record.type == "DATE" and record.value and record.value[:1].isdigit():
                    last = (record.value, record.sentence)
    return tuple(out)


def _record(doc: Doc, span: Span, part: tuple[int, int, str], pub: dt.date | None,
            last: str | None) -> TimeExpression | None:
    full = doc_text(doc)
    start, end, text = part
    tense = direction(span)
    found = anaphor(" ".join(text.lower().split()), last, pub)
    if found is not None:
        reading: Reading | None = Reading("DATE", found[0], found[1], anchored=True)
    else:
        reading = read(_as_set(full, start, text), pub, tense)
    if reading is None:
        if not any(t.ent_type_ in {"DATE", "TIME"} for t in span):
            return None
        reading = Reading("DATE", None, None)
    if (reading.type == "DURATION" and tense == "future" and full[max(0, start - 3) : start]
            == "in " and reading.value and reading.value[1:2].isdigit()):
        start -= 3  # "agreed to try again in two weeks": a date two weeks ahead
        reading = read(full[start:end], pub, tense) or reading
    if pub is not None and pub.weekday() == 6 and normalize_text(text) == "last week":
        reading = Reading("DATE", cal.week_value(pub), "week", anchored=True)  # Mon-Fri just ended
    resolved = reading.value is not None and reading.value not in _VAGUE
    return TimeExpression(
        text=full[start:end], start=start, end=end, sentence=sentence_index(doc, start),
        type=reading.type,
        value=reading.value, granularity=reading.granularity, resolved=resolved,
        anchor="published" if reading.anchored else None, direction=tense, mod=reading.mod)


def _as_set(full: str, start: int, text: str) -> str:
    """Return "per day" for the period of a rate ("250,000 barrels a day"), else ``text``."""
    words = text.lower().split()
    if len(words) == 2 and words[0] in {"a", "an"} and _RATE_BEFORE.search(
            full[max(0, start - 60) : start].rstrip()):
        return f"per {words[1]}"
    return text


def resolve_text(text: str, published: dt.date | None,
                 tense: Direction | None = None) -> TimeExpression | None:
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
