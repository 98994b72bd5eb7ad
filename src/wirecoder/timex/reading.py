"""What reading rules share: the :class:`Reading` record, the vocabulary and the helpers.

A reading rule is a regex matched against the whole normalized span with a handler that
takes the match, the publication date (or None) and the clause's direction ("past",
"present", "future" or None). Rules are collected in named :class:`RuleTable` s by topic
(:mod:`.date_rules`, :mod:`.offset_rules`); :mod:`.grammar` lists the tables in the order
they are tried.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..models import TimexType
from . import calendar as cal

__all__ = [
    "MON", "MONTHS", "NUM", "SEASON_WORDS", "UNIT", "WD", "WEEKDAYS", "Handler", "Reading",
    "Rule", "RuleTable", "alt", "duration", "future_offset", "make_date", "number", "relative",
]

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
            "saturday": 5, "sunday": 6}
SEASON_WORDS = {"spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3}
_UNIT_CODE = {"day": "D", "week": "W", "month": "M", "year": "Y", "decade": "DE",
              "hour": "H", "minute": "M", "century": "CE"}
_NUMS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
         "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
         "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
         "ninety": 90, "hundred": 100, "half a": 0.5, "thirteen": 13, "fourteen": 14,
         "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "seventy": 70,
         "eighty": 80, "a couple of": 2, "a dozen": 12, "dozen": 12}


@dataclass(frozen=True)
class Reading:
    """The TIMEX3 reading of one expression."""

    type: TimexType
    value: str | None
    granularity: str | None
    anchored: bool = False
    mod: str | None = None


def alt(words: Iterable[str]) -> str:
    """Return a regex alternation of ``words``, longest first."""
    return "|".join(sorted(words, key=len, reverse=True))


MON = rf"(?P<mon>{alt(MONTHS)})\.?"
WD = rf"(?P<wd>{alt(WEEKDAYS)})"
NUM = rf"(?P<n>\d+(?:\.\d+)?|{alt(_NUMS)})"
UNIT = r"(?P<unit>day|week|month|year|decade|century|hour|minute)s?"
Handler = Callable[[re.Match[str], dt.date | None, str | None], Reading | None]
Rule = tuple[re.Pattern[str], Handler]


class RuleTable(list[Rule]):
    """An ordered table of reading rules on one topic; :meth:`add` appends one."""

    def add(self, pattern: str) -> Callable[[Handler], Handler]:
        """Return a decorator that adds its handler for texts matching ``pattern`` in full."""

        def decorate(handler: Handler) -> Handler:
            self.append((re.compile(pattern), handler))
            return handler

        return decorate


def number(text: str) -> float | None:
    """Return the value of a number written in digits or words ("two", "a dozen")."""
    text = text.strip()
    if text in _NUMS:
        return _NUMS[text]
    try:
        return float(text)
    except ValueError:
        return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def duration(n: float | None, unit: str) -> str:
    """Return the TIMEX3 duration value of ``n`` ``unit`` s (``PX...`` when ``n`` is None)."""
    if n is None:
        prefix = "PTX" if unit in {"hour", "minute"} else "PX"
        return f"{prefix}{_UNIT_CODE[unit]}"
    if unit in {"decade", "century"}:
        n, unit = n * (10 if unit == "decade" else 100), "year"
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return f"{prefix}{_fmt(n)}{_UNIT_CODE[unit]}"


def make_date(year: int, month: int, day: int) -> dt.date | None:
    """Return the date, or None when it does not exist."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def relative(typ: TimexType, pub: dt.date | None, make: Callable[[dt.date], tuple[str, str]],
             granularity: str) -> Reading:
    """Return the reading ``make`` gives from ``pub``, unresolved without ``pub``."""
    if pub is None:
        return Reading(typ, None, granularity)
    value, gran = make(pub)
    return Reading(typ, value, gran, anchored=True)


def future_offset(n: float | None, unit: str, pub: dt.date | None) -> Reading:
    """Return the date ``n`` ``unit``s after ``pub`` ("in two weeks", "three years from now")."""
    if n is None or n != int(n) or unit in {"hour", "minute", "decade"}:
        return Reading("DATE", "FUTURE_REF", "ref")
    if pub is None:
        return Reading("DATE", None, unit)
    if unit == "day":
        return Reading("DATE", (pub + dt.timedelta(days=int(n))).isoformat(), "day", True)
    if unit == "week":
        return Reading("DATE", cal.week_value(pub + dt.timedelta(weeks=int(n))), "week", True)
    value, gran = cal.shift(pub, unit, int(n))
    return Reading("DATE", value, gran, anchored=True)
