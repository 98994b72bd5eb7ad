"""Reading rules for dates on the calendar: days, months, years, seasons, weeks, holidays.

Also clock times, quarters and centuries. Each table holds the rules of one topic;
:data:`wirecoder.timex.grammar.RULES` lists the tables in the order they are tried.
"""

from __future__ import annotations

import datetime as dt
import re

from ..models import TimexType
from . import calendar as cal
from .reading import (
    MON,
    MONTHS,
    SEASON_WORDS,
    WD,
    WEEKDAYS,
    Reading,
    RuleTable,
    alt,
    duration,
    make_date,
    relative,
)

__all__ = ["CALENDAR_DATES", "CLOCK_TIMES", "HOLIDAYS", "PERIODS", "SEASONS_AND_WEEKS",
           "holiday_date"]

#: Dates named on the calendar: "2025-03-14", "March 14", "May 2024", "Tuesday", "today",
#: "next week", "last spring".
CALENDAR_DATES = RuleTable()
#: Clock times: "6 p.m.", "noon".
CLOCK_TIMES = RuleTable()
#: Quarters and centuries: "the first quarter of 2024", "the 19th century", "the 1800s".
PERIODS = RuleTable()
#: Seasons of a year, months of a relative year, weeks: "summer 2024", "July this year",
#: "the week of March 3", "midweek", "the weekend".
SEASONS_AND_WEEKS = RuleTable()
#: Holidays: "Christmas", "Thanksgiving 2024".
HOLIDAYS = RuleTable()


@CALENDAR_DATES.add(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
def _iso(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    day = make_date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Reading("DATE", day.isoformat(), "day") if day else None


@CALENDAR_DATES.add(rf"(?:{WD},? )?{MON} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?")
@CALENDAR_DATES.add(
    rf"(?:{WD},? )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{MON}(?:,? (?P<y>\d{{4}}))?")
def _month_day(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    month, day = MONTHS[m["mon"]], int(m["d"])
    if m["y"]:
        found = make_date(int(m["y"]), month, day)
        return Reading("DATE", found.isoformat(), "day") if found else None
    if pub is None:
        return Reading("DATE", None, "day")
    placed = cal.place_day(pub, month, day, direction)
    return Reading("DATE", placed.isoformat(), "day", anchored=True) if placed else None


@CALENDAR_DATES.add(rf"{MON},? (?:of )?(?P<y>\d{{4}})")
def _month_year(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", f"{m['y']}-{MONTHS[m['mon']]:02d}", "month")


@CALENDAR_DATES.add(rf"(?:(?P<rel>last|next|this|coming|past) )?{MON}")
def _month(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    rel = m["rel"]
    if rel in {"last", "past"}:
        direction = "past"
    elif rel in {"next", "coming"}:
        direction = "future"
    if pub is None:
        return Reading("DATE", None, "month")
    month = MONTHS[m["mon"]]
    year = cal.place_month(pub, month, direction)
    if rel == "last" and year == pub.year and month == pub.month:
        year -= 1
    return Reading("DATE", f"{year}-{month:02d}", "month", anchored=True)


@CALENDAR_DATES.add(r"(?:(?:fiscal|calendar|the year) )?(?P<y>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})")
def _year(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", m["y"], "year")


@CALENDAR_DATES.add(r"(?P<dec>1[0-9]{2}|20[0-9])0s|'(?P<short>[0-9])0s")
def _decade(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if m["dec"] and m["dec"].endswith("0") and not m["dec"].startswith("20"):
        return Reading("DATE", m["dec"][:2], "century")  # "the 1800s"
    return Reading("DATE", (m["dec"] or f"19{m['short']}") + "X", "decade")


@CALENDAR_DATES.add(rf"(?:(?P<rel>earlier|later|early|late|last|next|this|on) )?{WD}"
      r"(?:'s)?(?: (?P<part>morning|afternoon|evening|night))?")
def _weekday(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    rel = m["rel"]
    typ: TimexType = "DATE"
    direction = {"earlier": "past", "last": "past", "later": "future", "next": "future"}.get(
        rel or "", direction)
    if pub is None:
        return Reading(typ, None, "day")
    day = cal.place_weekday(pub, WEEKDAYS[m["wd"]], direction)
    if rel == "last":  # that weekday in the previous calendar week
        day = pub - dt.timedelta(days=pub.weekday() + 7 - WEEKDAYS[m["wd"]])
    elif rel == "next" and day == pub:
        day += dt.timedelta(days=7)
    mod = {"early": "START", "late": "END"}.get(rel or "")
    return Reading(typ, day.isoformat(), "day", anchored=True, mod=mod)


@CALENDAR_DATES.add(
    r"(?P<w>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night"
    r"|overnight|dawn|this dawn)")
def _deictic(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    word = m["w"]
    offset = {"yesterday": -1, "tomorrow": 1, "last night": -1, "overnight": -1}.get(word, 0)
    if pub is None:
        return Reading("DATE", None, "day")
    return Reading("DATE", (pub + dt.timedelta(days=offset)).isoformat(), "day", anchored=True)


_STEP = {"last": -1, "previous": -1, "past": -1, "this": 0, "current": 0, "earlier this": 0,
         "later this": 0, "so far this": 0, "rest of this": 0, "next": 1, "coming": 1,
         "following": 1, "upcoming": 1}


@CALENDAR_DATES.add(
    rf"(?P<rel>{alt(_STEP)}) (?P<unit>week|weekend|month|quarter|season|year|decade)")
def _unit_shift(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    rel, unit = m["rel"], m["unit"]
    if rel == "past":
        return Reading("DURATION", duration(1, "week" if unit == "weekend" else unit)
                       if unit not in {"quarter", "season"} else None, unit)
    return relative("DATE", pub, lambda p: cal.shift(p, unit, _STEP[rel]), unit)


@CALENDAR_DATES.add(
    rf"(?:(?P<rel>{alt(_STEP)}) )?(?P<season>{alt(SEASON_WORDS)})(?: (?P<y>\d{{4}}))?")
def _season(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    index = SEASON_WORDS[m["season"]]
    if m["y"]:
        return Reading("DATE", cal.season_value(int(m["y"]), index), "season")
    step = _STEP.get(m["rel"] or "")
    if step is None:
        step = -1 if direction == "past" else 1 if direction == "future" else 0
    return relative("DATE", pub, lambda p: (cal.place_season(p, index, step), "season"),
                     "season")


@CLOCK_TIMES.add(
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))? ?(?P<ap>[ap])\.?m\.?(?: (?:local time|gmt|utc|et|est))?"
    r"|(?P<word>noon|midnight)")
def _clock(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    if m["word"]:
        hour, minute = (12 if m["word"] == "noon" else 0), 0
    else:
        hour, minute = int(m["h"]) % 12 + (12 if m["ap"] == "p" else 0), int(m["mi"] or 0)
    if hour > 23:
        return None
    if pub is None:
        return Reading("TIME", f"T{hour:02d}:{minute:02d}", "time")
    return Reading("TIME", f"{pub.isoformat()}T{hour:02d}:{minute:02d}", "time", anchored=True)


_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "final": 4, "last": 4}


@PERIODS.add(r"(?P<q>first|second|third|fourth|final) quarter(?: of (?P<y>\d{4}))?")
def _quarter(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    q = _ORDINALS[m["q"]]
    if m["y"]:
        return Reading("DATE", f"{m['y']}-Q{q}", "quarter")
    if pub is None:
        return Reading("DATE", None, "quarter")
    current = (pub.month - 1) // 3 + 1
    year = pub.year
    if direction == "past" and q > current:
        year -= 1
    elif direction == "future" and q < current:
        year += 1
    return Reading("DATE", f"{year}-Q{q}", "quarter", anchored=True)


@PERIODS.add(r"(?P<c>\d{2})(?:st|nd|rd|th) century")
def _century(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", f"{int(m['c']) - 1:02d}", "century")


@PERIODS.add(r"(?P<c>1[0-9]|20)00s")
def _hundreds(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", m["c"], "century")


@SEASONS_AND_WEEKS.add(rf"(?P<season>{alt(SEASON_WORDS)}) (?:of )?(?P<y>\d{{4}})")
def _season_of(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", cal.season_value(int(m["y"]), SEASON_WORDS[m["season"]]), "season")


@SEASONS_AND_WEEKS.add(rf"{MON} (?P<rel>this|last|next) year")
def _month_rel_year(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if pub is None:
        return Reading("DATE", None, "month")
    year = pub.year + {"this": 0, "last": -1, "next": 1}[m["rel"]]
    return Reading("DATE", f"{year}-{MONTHS[m['mon']]:02d}", "month", anchored=True)


@SEASONS_AND_WEEKS.add(rf"(?:the )?week of {MON} (?P<d>\d{{1,2}})(?:,? (?P<y>\d{{4}}))?"
      rf"|(?:the )?first week of {MON.replace('mon', 'mon2')}(?: (?P<y2>\d{{4}}))?")
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


@SEASONS_AND_WEEKS.add(r"midweek|mid-week")
def _midweek(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if pub is None:
        return Reading("DATE", None, "week")
    step = 1 if direction == "future" and pub.weekday() >= 2 else 0
    return Reading("DATE", cal.week_value(pub + dt.timedelta(weeks=step)), "week", True)


@SEASONS_AND_WEEKS.add(r"weekend")
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


@HOLIDAYS.add(
    r"(?P<h>new year's day|new year's eve|christmas(?: day| eve)?|valentine's day|halloween"
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
