"""More reading rules: offsets, weeks of a date, seasons of a year, holidays, midweek.

Also "N years ago this month", "the weekend", "July this year".

Registered on :data:`wirecoder.timex.grammar.RULES` after the core rules, so they only
read what those leave unread.
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .grammar import MONTHS, SEASON_WORDS, Reading, _alt, _duration, _num, future_offset, rule

__all__ = ["holiday_date"]

_MON = rf"(?P<mon>{_alt(MONTHS)})\.?"
_NUMW = (r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"fifteen|twenty|thirty|forty|fifty|hundred)")
_UNITS = r"(?P<unit>day|week|month|year|decade|hour|minute)s?"


@rule(r"(?:(?:a few|several|many|some|a couple of) )?(?P<unit>day|week|month|year|decade|hour)s"
      r" (?:later|earlier|after|before)")
def _vague_offset(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", _duration(None, m["unit"]), "duration")


@rule(rf"{_NUMW} {_UNITS} ago this (?P<this>month|week|year)")
def _ago_this(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    n = _num(m["n"])
    if pub is None or n is None or m["unit"] != "year":
        return None
    day = dt.date(pub.year - int(n), pub.month, min(pub.day, 28))
    if m["this"] == "month":
        return Reading("DATE", day.strftime("%Y-%m"), "month", anchored=True)
    if m["this"] == "week":
        return Reading("DATE", cal.week_value(day), "week", anchored=True)
    return Reading("DATE", str(day.year), "year", anchored=True)


@rule(rf"{_NUMW} {_UNITS} from now")
def _from_now(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    return future_offset(_num(m["n"]), m["unit"], pub)


@rule(rf"(?:every|each) {_NUMW} {_UNITS}")
def _every_n(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    n = _num(m["n"])
    return Reading("SET", _duration(n, m["unit"]), "set") if n else None


@rule(r"(?:twice|three times|once|several times) (?:a|an|per|each) (?P<unit>day|week|month|year)")
def _times_per(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("SET", _duration(1, m["unit"]), "set")


@rule(rf"(?P<season>{_alt(SEASON_WORDS)}) (?:of )?(?P<y>\d{{4}})")
def _season_of(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", cal.season_value(int(m["y"]), SEASON_WORDS[m["season"]]), "season")


@rule(rf"{_MON} (?P<rel>this|last|next) year")
def _month_rel_year(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if pub is None:
        return Reading("DATE", None, "month")
    year = pub.year + {"this": 0, "last": -1, "next": 1}[m["rel"]]
    return Reading("DATE", f"{year}-{MONTHS[m['mon']]:02d}", "month", anchored=True)


@rule(rf"(?:the )?week of {_MON} (?P<d>\d{{1,2}})(?:,? (?P<y>\d{{4}}))?"
      rf"|(?:the )?first week of {_MON.replace('mon', 'mon2')}(?: (?P<y2>\d{{4}}))?")
def _week_of(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    month = MONTHS[m["mon"] or m["mon2"]]
    day = int(m["d"]) if m["d"] else 4  # ISO: the first week holds the 4th
    year = m["y"] or m["y2"]
    found: dt.date | None
    if year:
        found = dt.date(int(year), month, day)
    elif pub is None:
        return Reading("DATE", None, "week")
    else:
        found = cal.place_day(pub, month, day, direction)
        if found is None:
            return None
    return Reading("DATE", cal.week_value(found), "week", anchored=not year)


@rule(r"midweek|mid-week")
def _midweek(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if pub is None:
        return Reading("DATE", None, "week")
    step = 1 if direction == "future" and pub.weekday() >= 2 else 0
    return Reading("DATE", cal.week_value(pub + dt.timedelta(weeks=step)), "week", True)


@rule(r"weekend")
def _the_weekend(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if pub is None:
        return Reading("DATE", None, "week")
    saturday = cal.place_weekday(pub, 5, direction)
    return Reading("DATE", cal.week_value(saturday) + "-WE", "week", anchored=True)


_FIXED = {"new year's day": (1, 1), "new year's eve": (12, 31), "christmas": (12, 25),
          "christmas day": (12, 25), "christmas eve": (12, 24), "valentine's day": (2, 14),
          "halloween": (10, 31), "independence day": (7, 4), "boxing day": (12, 26)}


def holiday_date(name: str, year: int) -> dt.date | None:
    """Return the date of holiday ``name`` in ``year`` (fixed dates and Thanksgiving)."""
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in {"thanksgiving", "thanksgiving day"}:
        first = dt.date(year, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
    return None


@rule(r"(?P<h>new year's day|new year's eve|christmas(?: day| eve)?|valentine's day|halloween"
      r"|independence day|boxing day|thanksgiving(?: day)?)(?: (?P<y>\d{4}))?")
def _holiday(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    if m["y"]:
        day = holiday_date(m["h"], int(m["y"]))
        return Reading("DATE", day.isoformat(), "day") if day else None
    if pub is None:
        return Reading("DATE", None, "day")
    options = [d for y in (pub.year - 1, pub.year, pub.year + 1)
               if (d := holiday_date(m["h"], y)) is not None]
    if direction == "past":
        options = [d for d in options if d <= pub] or options
        return Reading("DATE", max(options).isoformat(), "day", anchored=True)
    if direction == "future":
        options = [d for d in options if d >= pub] or options
        return Reading("DATE", min(options).isoformat(), "day", anchored=True)
    best = min(options, key=lambda d: abs((d - pub).days))
    return Reading("DATE", best.isoformat(), "day", anchored=True)
