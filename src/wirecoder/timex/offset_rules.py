"""Reading rules for times relative to now: offsets, lengths of time, repetitions, references.

"two years ago", "in two weeks", "three days later", "a five-year plan", "every week",
"twice a month", "recently". Each table holds the rules of one topic;
:data:`wirecoder.timex.grammar.RULES` lists the tables in the order they are tried.
"""

from __future__ import annotations

import datetime as dt
import re

from . import calendar as cal
from .reading import (
    NUM,
    SEASON_WORDS,
    UNIT,
    WD,
    WEEKDAYS,
    Reading,
    RuleTable,
    alt,
    duration,
    future_offset,
    number,
)

__all__ = ["DURATIONS", "OFFSETS", "OFFSET_IDIOMS", "REFERENCES", "SETS", "SET_IDIOMS"]

#: Offsets from the publication date: "two years ago", "in two weeks", "days ago",
#: "recent weeks", "the coming months".
OFFSETS = RuleTable()
#: Lengths of time: "a five-year plan", "the past three months", "several weeks".
DURATIONS = RuleTable()
#: Repetitions: "daily", "every week", "every 3 months", "every Monday".
SETS = RuleTable()
#: Vague references: "now", "recently", "soon".
REFERENCES = RuleTable()
#: Offset idioms: "several days later", "ten years ago this month", "two years from now".
OFFSET_IDIOMS = RuleTable()
#: Counted repetitions: "every two weeks", "twice a year".
SET_IDIOMS = RuleTable()

_NUMW = (r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
         r"fifteen|twenty|thirty|forty|fifty|hundred)")
_UNITS = r"(?P<unit>day|week|month|year|decade|hour|minute)s?"


@OFFSETS.add(rf"{NUM} {UNIT} ago")
def _ago(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    n, unit = number(m["n"]), m["unit"]
    if n is None or n != int(n) or unit in {"hour", "minute"}:
        return Reading("DATE", "PAST_REF", unit)
    if pub is None:
        return Reading("DATE", None, unit)
    steps = int(n) * (10 if unit == "decade" else 1)
    if unit == "decade":
        unit = "year"
    if unit == "day":
        return Reading("DATE", (pub - dt.timedelta(days=steps)).isoformat(), "day", True)
    if unit == "week":
        return Reading("DATE", cal.week_value(pub - dt.timedelta(weeks=steps)), "week", True)
    value, gran = cal.shift(pub, unit, -steps)
    return Reading("DATE", value, gran, anchored=True)


@OFFSETS.add(rf"{NUM} {UNIT} (?:later|earlier|after|before)")
def _offset(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", duration(number(m["n"]), m["unit"]), "duration")


@OFFSETS.add(r"in {NUM} {UNIT}".replace("{NUM}", NUM).replace("{UNIT}", UNIT))
def _in_n(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return future_offset(number(m["n"]), m["unit"], pub)


@OFFSETS.add(r"(?:(?:a few|several|many|some|few|the) )?(?P<unit>day|week|month|year|decade)s ago")
def _vague_ago(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", "PAST_REF", m["unit"])


@OFFSETS.add(r"(?:recent|recent few) (?P<unit>day|week|month|year|decade)s")
def _recent(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", "PAST_REF", m["unit"])


@OFFSETS.add(r"(?:coming|upcoming) (?P<unit>day|week|month|year|decade)s"
      r"|(?P<unit2>day|week|month|year)s ahead")
def _coming(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", "FUTURE_REF", m["unit"] or m["unit2"])


@DURATIONS.add(rf"(?:(?:past|last|previous|next|coming|first|final|over|another|additional) )?"
      rf"{NUM}[- ]{UNIT}(?:[- ]long)?")
def _duration_rule(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", duration(number(m["n"]), m["unit"]), m["unit"])


@DURATIONS.add(r"(?:(?:past|last|next|previous) )?(?:(?:several|many|few|a few|some|a couple of|"
      r"a number of) )?"
      r"(?P<unit>day|week|month|year|decade|hour|minute)s")
def _vague_duration(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", duration(None, m["unit"]), m["unit"])


@SETS.add(r"(?P<adv>daily|weekly|monthly|annually|yearly|nightly|hourly|annual)"
      r"|(?:every|each|a|an|per) (?P<unit>day|week|month|year|hour)")
def _set(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    unit = m["unit"] or {"daily": "day", "nightly": "day", "annually": "year", "yearly": "year",
                         "hourly": "hour", "annual": "year"}.get(m["adv"], (m["adv"] or "")[:-2])
    return Reading("SET", duration(1, unit), unit)


@SETS.add(r"(?:every|each) (?P<n>\d+) (?P<unit>day|week|month|year)s|(?P<q>quarterly|every quarter"
      r"|every season)|(?:twice|three times) a (?P<unit2>day|week|month|year)")
def _set_more(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if m["q"]:
        return Reading("SET", "P3M", "set")
    if m["unit2"]:
        return Reading("SET", duration(1, m["unit2"]), "set")
    return Reading("SET", duration(float(m["n"]), m["unit"]), "set")


@SETS.add(r"(?:every|each) (?P<w>weekend|spring|summer|fall|autumn|winter)")
def _set_named(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    word = m["w"]
    if word == "weekend":
        return Reading("SET", "XXXX-WXX-WE", "set")
    return Reading("SET", f"XXXX-{cal.SEASONS[SEASON_WORDS[word]]}", "set")


@SETS.add(rf"every {WD}")
def _set_weekday(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}", "day")


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "at present": "PRESENT_REF", "these days": "PRESENT_REF", "present": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "past": "PAST_REF",
         "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF",
         "future": "FUTURE_REF", "near future": "FUTURE_REF", "recent times": "PAST_REF"}


@REFERENCES.add(rf"(?P<w>{alt(_REFS)})")
def _ref(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", _REFS[m["w"]], None)


@OFFSET_IDIOMS.add(
    r"(?:(?:a few|several|many|some|a couple of) )?(?P<unit>day|week|month|year|decade|hour)s"
    r" (?:later|earlier|after|before)")
def _vague_offset(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", duration(None, m["unit"]), "duration")


@OFFSET_IDIOMS.add(rf"{_NUMW} {_UNITS} ago this (?P<this>month|week|year)")
def _ago_this(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    n = number(m["n"])
    if pub is None or n is None or m["unit"] != "year":
        return None
    day = dt.date(pub.year - int(n), pub.month, min(pub.day, 28))
    if m["this"] == "month":
        return Reading("DATE", day.strftime("%Y-%m"), "month", anchored=True)
    if m["this"] == "week":
        return Reading("DATE", cal.week_value(day), "week", anchored=True)
    return Reading("DATE", str(day.year), "year", anchored=True)


@OFFSET_IDIOMS.add(rf"{_NUMW} {_UNITS} from now")
def _from_now(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    return future_offset(number(m["n"]), m["unit"], pub)


@SET_IDIOMS.add(rf"(?:every|each) {_NUMW} {_UNITS}")
def _every_n(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    n = number(m["n"])
    return Reading("SET", duration(n, m["unit"]), "set") if n else None


@SET_IDIOMS.add(
    r"(?:twice|three times|once|several times) (?:a|an|per|each) (?P<unit>day|week|month|year)")
def _times_per(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("SET", duration(1, m["unit"]), "set")
