"""Reading time expressions: text -> TIMEX3 type, value and granularity.

:func:`read` normalizes the span (leading prepositions, hedges such as "about", modifiers
such as "early") and tries each rule of :data:`RULES` in order: a regex matched against the
whole normalized span with a handler (see :mod:`.reading`). Relative expressions stay
unresolved (value None, or a ``*_REF``) when there is no publication date.
"""

from __future__ import annotations

import datetime as dt
import re

from . import date_rules as dates
from . import offset_rules as offsets
from .compose import clock_on_day
from .reading import Reading, Rule, alt, duration, number

__all__ = ["RULES", "Reading", "normalize_text", "read"]

#: Every reading rule, in the order tried: the first whose regex matches the whole text and
#: whose handler returns a reading wins. The idioms come after the common forms so they only
#: read what those leave unread.
RULES: tuple[Rule, ...] = (
    *dates.CALENDAR_DATES,
    *offsets.OFFSETS,
    *offsets.DURATIONS,
    *offsets.SETS,
    *offsets.REFERENCES,
    *dates.CLOCK_TIMES,
    *dates.PERIODS,
    *offsets.OFFSET_IDIOMS,
    *offsets.SET_IDIOMS,
    *dates.SEASONS_AND_WEEKS,
    *dates.HOLIDAYS,
)

_MODS = {"early": "START", "the beginning of": "START", "beginning of": "START",
         "the start of": "START", "start of": "START", "mid": "MID", "the middle of": "MID",
         "middle of": "MID", "late": "END", "the end of": "END", "end of": "END"}
_HEDGES = {"more than": "MORE_THAN", "over": "MORE_THAN", "almost": "LESS_THAN",
           "nearly": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
           "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
           "approximately": "APPROX", "at least": "EQUAL_OR_MORE", "up to": "EQUAL_OR_LESS",
           "at most": "EQUAL_OR_LESS", "just over": "MORE_THAN", "just under": "LESS_THAN",
           "no more than": "EQUAL_OR_LESS", "no less than": "EQUAL_OR_MORE",
           "barely": "APPROX", "just": "APPROX", "only": "APPROX", "well over": "MORE_THAN",
           "fewer than": "LESS_THAN"}
_MOD = re.compile(rf"^(?P<mod>{alt(_MODS)})(?:[- ]|$)")
_HEDGE = re.compile(rf"^(?P<mod>{alt(_HEDGES)}) ")
_RANGE = re.compile(r"^(?P<a>\S+) (?:to|or|-) \S+ (?P<rest>.+)$")
_LEAD = re.compile(r"^(?:the|on|at(?! (?:least|most)\b)|by|since|until|from|during|as of|of"
                   r"|through|within"
                   r"|in(?! \S+ (?:days?|weeks?|months?|years?)$))\s+")


_DEFINITE = re.compile(r"the (?:last|past) (?P<unit>day|week|month|year|decade)")
_TYPE_GRANULARITY = {"DURATION": "duration", "SET": "set", "TIME": "time"}


def _finish(reading: Reading, mod: str | None) -> Reading:
    """Apply the hedge or part ``mod`` and the granularity convention of each type."""
    granularity = _TYPE_GRANULARITY.get(reading.type, reading.granularity)
    if reading.value in {"PAST_REF", "PRESENT_REF", "FUTURE_REF"} and granularity is None:
        granularity = "ref"
    return Reading(reading.type, reading.value, granularity, reading.anchored,
                   mod or reading.mod)


def _clock_on_day(low: str, pub: dt.date | None, direction: str | None) -> Reading | None:
    """Read "6 p.m. saturday" / "march 31 at 10 a.m." as one TIME on that day."""
    parts = clock_on_day(low)
    if parts is None:
        return None
    clock_text, day_text = parts
    clock = read(clock_text, pub, direction)
    day = read(day_text, pub, direction)
    if clock is None or day is None or clock.type != "TIME" or day.granularity != "day":
        return None
    if day.value is None or clock.value is None:
        return Reading("TIME", None, "time", mod=clock.mod)
    date = dt.date.fromisoformat(day.value[:10])
    hour = clock.value.split("T")[1]
    if hour == "00:00" and "midnight" in clock_text:
        date += dt.timedelta(days=1)  # "midnight tonight": the start of the next day
    return Reading("TIME", f"{date.isoformat()}T{hour}", "time", day.anchored, clock.mod)


def normalize_text(text: str) -> str:
    """Return the lowercase, single-spaced span text without leading prepositions."""
    low = " ".join(text.lower().replace("’", "'").split()).rstrip(".,;:")
    low = re.sub(r"'s$", "", low)
    low = re.sub(r"-(century|quarter)\b", r" \1", low)
    while True:
        stripped = _LEAD.sub("", low)
        if stripped == low:
            return low
        low = stripped


def read(text: str, pub: dt.date | None, direction: str | None) -> Reading | None:
    """Return the reading of a time expression, or None when no rule knows it.

    Args:
        text: The expression as written.
        pub: Publication date, or None.
        direction: "past", "present", "future" or None, from the clause's tense.
    """
    low = normalize_text(text)
    definite = _DEFINITE.fullmatch(" ".join(text.lower().split()))
    if definite:  # "the last year", "the past decade": a length of time
        return _finish(Reading("DURATION", duration(1, definite["unit"]), "duration"), None)
    mod = None
    found = _MOD.match(low) or _HEDGE.match(low)
    if found and len(low) > found.end():
        key = found["mod"]
        mod, low = _MODS.get(key) or _HEDGES[key], normalize_text(low[found.end():])
        if low in {"year", "month", "week", "decade"}:
            low = f"this {low}"
    composed = _clock_on_day(low, pub, direction)
    if composed is not None:
        return _finish(composed, mod)
    ranged = _RANGE.match(low)
    if ranged and number(ranged["a"]) is not None:
        low = f"{ranged['a']} {ranged['rest']}"
    for pattern, handler in RULES:
        match = pattern.fullmatch(low)
        if match:
            reading = handler(match, pub, direction)
            if reading is not None:
                return _finish(reading, mod)
    return None
