"""When and where an event happened: its date and place, read from the parse.

The date is the time expression attached to the trigger's clause (closest first), else the
publication date; the place is an "in/at X" phrase on the trigger or its clause verb. Split out
of :mod:`wirecoder.events.modifiers` (round 18) without a change of behaviour.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..models import TimeExpression
from .modifiers import clause_head

__all__ = ["date_is_after", "event_date", "event_date_source", "event_location"]


def _te_head(doc, te: TimeExpression) -> Token | None:
    span = doc.char_span(te.start, te.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def event_date(anchor: Token, noun: Token | None, times: Sequence[TimeExpression],
               blockers: frozenset[int] = frozenset()) -> TimeExpression | None:
    """Return the time expression attached to the trigger's clause (closest first).

    ``blockers`` are the token indices of other triggers: a date attached to another
    event's nominal ("reviewed her trip in June") is not this event's date. When the
    clause has no date, a coordinated or relative clause inherits its head clause's date.
    """
    clause = clause_head(anchor)
    heads = [(te, _te_head(anchor.doc, te)) for te in times if te.type in {"DATE", "TIME"}]
    if noun is not None and anchor == noun:
        return _noun_date(noun, heads, blockers)
    for _ in range(3):
        best: tuple[int, TimeExpression] | None = None
        for te, head in heads:
            rank = None if head is None else _attachment_rank(head, noun, clause, blockers)
            if rank is not None and (best is None or rank < best[0]):
                best = (rank, te)
        if best is not None:
            return best[1]
        if clause.dep_ not in {"conj", "relcl", "xcomp", "advcl"} or clause.head == clause:
            return None
        clause, noun = clause_head(clause.head), None
    return None


def _noun_date(noun: Token, heads: list, blockers: frozenset[int]) -> TimeExpression | None:
    """Date of a bare nominal: only a time expression attached to the noun itself."""
    best: tuple[int, TimeExpression] | None = None
    for te, head in heads:
        rank = None if head is None else _attachment_rank(head, noun, noun, blockers)
        if rank is not None and rank < 20 and (best is None or rank < best[0]):
            best = (rank, te)
    return best[1] if best else None


def _attachment_rank(head: Token, noun: Token | None, clause: Token,
                     blockers: frozenset[int]) -> int | None:
    cur = head
    for steps in range(12):
        if noun is not None and cur == noun:
            return steps
        if cur.i in blockers and (noun is None or cur != noun):
            return None
        if cur.pos_ in {"VERB", "AUX"} and cur != head:
            if noun is not None and cur.dep_ in {"acl", "relcl"} and cur.head == noun:
                return steps + 1
            return 20 + steps if cur == clause else None
        if cur == clause:
            return 20 + steps
        if cur.head == cur:
            return None
        cur = cur.head
    return None


def date_is_after(value: str | None, published: dt.date | None) -> bool:
    """Return True when an ISO date ``value`` lies after the publication date.

    Days, months and years compare by prefix; an ISO week (``2025-W11``) is after the
    publication date only when it starts after it ("this week" is not in the future).
    """
    if not value or not published or not value[:4].isdigit():
        return False
    week = _WEEK.match(value)
    if week:
        try:
            return dt.date.fromisocalendar(int(week[1]), int(week[2]), 1) > published
        except ValueError:
            return False
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value[:10]):
        return int(value[:4]) > published.year  # seasons, quarters: only a later year
    return value[:10] > published.isoformat()[: len(value[:10])]


_WEEK = re.compile(r"^(\d{4})-W(\d{2})")


_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
_PLACE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "throughout"})


def event_location(anchor: Token, noun: Token | None) -> str | None:
    """Return the place named in an "in/at X" phrase on the trigger or its clause verb."""
    for tok in (noun, anchor):
        if tok is None:
            continue
        place = _place_under(tok, depth=3)  # "met on the sidelines of the summit in X"
        if place:
            return place
    return None


def _place_under(tok: Token, depth: int) -> str | None:
    for prep in tok.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            if prep.lower_ in _PLACE_PREPS and obj.ent_type_ in _PLACE_LABELS:
                return _ent_text(obj)
            if depth > 1:
                found = _place_under(obj, depth - 1)
                if found:
                    return found
    return None


def _ent_text(token: Token) -> str:
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            text = ent.text
            return text[4:] if text.lower().startswith("the ") else text
    return token.text


def event_date_source(token: Token, anchor: Token, kind: str, blockers: frozenset[int],
                      times: Sequence[TimeExpression],
                      published: dt.date | None) -> tuple[str | None, str | None]:
    """Return an event's date and where it came from (``text`` or ``published``).

    Args:
        token: The trigger word.
        anchor: The word the trigger's clause hangs on (its governor, or itself).
        kind: The trigger's kind (``verb``, ``noun``…).
        blockers: Indices of other nominal triggers whose dates are their own.
        times: The document's time expressions.
        published: The publication date, used when the sentence dates nothing.
    """
    sent = token.sent
    local = [t for t in times if sent.start_char <= t.start < sent.end_char]
    te = event_date(anchor, token if kind == "noun" else None, local, blockers)
    if (te is not None and kind == "verb" and token.tag_ == "VBD"
            and date_is_after(te.value, published)):
        te = None  # a past act cannot follow publication: the date is another event's
    if te is not None and te.value and te.value[:4].isdigit():
        return te.value, "text"
    if published is not None:
        return published.isoformat(), "published"
    return None, None
