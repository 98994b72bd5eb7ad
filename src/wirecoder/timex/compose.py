"""Expressions built from parts: coordinated dates, clock times with a day, anaphora.

* "between 2014 and 2021", "2010-2011", "November and January", "March 10-12" are two
  DATEs; a bare day after a month ("12" in "March 10-12") takes that month.
* "6 p.m. Saturday", "10 a.m. on March 31", "midnight tonight" are one TIME whose date
  comes from the day part.
* "the year before", "the previous day", "the day after" are dates relative to the
  last date the text narrated, not to the publication date.
"""

from __future__ import annotations

import datetime as dt
import re

__all__ = ["Part", "anaphor", "clock_on_day", "split"]

_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|"
           r"november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?")
_JOIN = re.compile(
    r"^(?:(?:between|from)\s+)?(?P<a>.+?)\s*(?:\band\b|\bor\b|\bto\b|\bthrough\b|\buntil\b|-|–)\s*"
    r"(?P<b>.+?)$", re.I)
_DAY_ONLY = re.compile(r"^\d{1,2}(?:st|nd|rd|th)?$")
_MONTH_DAY = re.compile(rf"^(?P<mon>{_MONTHS})\s+\d{{1,2}}", re.I)
_TRAIL = re.compile(r"\s+(?:and|or|to|through)$", re.I)
_CLOCK = (r"(?:(?:about|around|at|shortly after|shortly before|just after|just before)\s+)?"
          r"(?:\d{1,2}(?::\d{2})?\s?[ap]\.?m\.?|noon|midnight)")
_CLOCK_DAY = re.compile(rf"^(?P<clock>{_CLOCK})\s+(?:(?:on|of)\s+)?(?P<day>.+)$", re.I)
_DAY_CLOCK = re.compile(rf"^(?P<day>.+?),?\s+(?:at\s+)?(?P<clock>{_CLOCK})$", re.I)
_UNIT_SHIFT = {"day": 1, "year": 1, "month": 1, "week": 1}
_ANAPHOR = re.compile(
    r"^the\s+(?:(?P<dir1>previous|preceding|prior|following)\s+(?P<u1>day|week|month|year)"
    r"|(?P<u2>day|week|month|year)\s+(?P<dir2>before|after|earlier|later))$", re.I)
Part = tuple[int, int, str]


def split(text: str, start: int, end: int) -> list[Part]:
    """Return the parts of a coordinated span as (start, end, text to read).

    Args:
        text: The article text.
        start: Span start.
        end: Span end.

    Returns:
        One part for a plain span; two for "2014 and 2021" or "March 10-12".
    """
    span = text[start:end]
    trail = _TRAIL.search(span)
    if trail:
        end -= len(trail.group(0))
        span = text[start:end]
    m = _JOIN.match(span)
    if m is None or not (_readable(m["a"]) and (_readable(m["b"]) or _DAY_ONLY.match(m["b"]))):
        return [(start, end, span)]
    a_start, b_start = start + m.start("a"), start + m.start("b")
    second = m["b"]
    if _DAY_ONLY.match(second):
        month = _MONTH_DAY.match(m["a"])
        if month is None:
            return [(start, end, span)]
        second = f"{month['mon']} {second}"
    return [(a_start, a_start + len(m["a"]), m["a"]), (b_start, end, second)]


_SIMPLE = re.compile(
    rf"^(?:(?:early|late|mid-?)\s*)?(?:{_MONTHS}(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?(?:,?\s+\d{{4}})?"
    r"|\d{4}|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))"
    r"(?:\s+(?:this|last|next)\s+year)?$", re.I)


def _readable(part: str) -> bool:
    return bool(_SIMPLE.match(part.strip()))


def clock_on_day(low: str) -> tuple[str, str] | None:
    """Return (clock text, day text) of "6 p.m. saturday" / "march 31 at 10 a.m."."""
    m = _CLOCK_DAY.match(low) or _DAY_CLOCK.match(low)
    if m is None:
        return None
    return m["clock"], m["day"]


def anaphor(low: str, last: str | None, pub: dt.date | None) -> tuple[str, str] | None:
    """Return (value, granularity) of "the year before" relative to the last narrated date.

    Args:
        low: Normalized expression text.
        last: The value of the last DATE of the text before it (``2024-07``), or None.
        pub: The publication date, used when the text narrated no date.
    """
    m = _ANAPHOR.match(low)
    if m is None:
        return None
    unit = m["u1"] or m["u2"]
    step = -1 if (m["dir1"] or m["dir2"]).lower() in {"previous", "preceding", "prior",
                                                      "before", "earlier"} else 1
    base = _base(last, unit) or pub
    if base is None:
        return None
    if unit == "year":
        return str(base.year + step), "year"
    if unit == "month":
        total = base.year * 12 + base.month - 1 + step
        return f"{total // 12}-{total % 12 + 1:02d}", "month"
    if unit == "week":
        year, week, _ = (base + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}", "week"
    return (base + dt.timedelta(days=step)).isoformat(), "day"


def _base(last: str | None, unit: str) -> dt.date | None:
    """Return the date of ``last`` when it is at least as fine as ``unit``."""
    if last is None:
        return None
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", last)
    if m is None:
        return None
    if (unit == "day" and not m[3]) or (unit in {"month", "week"} and not m[2]):
        return None
    return dt.date(int(m[1]), int(m[2] or 1), int(m[3] or 1))
