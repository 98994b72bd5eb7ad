"""Reading time expressions: text -> TIMEX3 type, value and granularity.

Each rule is a regex (compiled once, matched against the whole normalized span)
with a handler. Handlers take the match, the publication date (or None) and the
clause's direction ("past", "present", "future" or None). Relative expressions stay
unresolved (value None, or a ``*_REF``) when there is no publication date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from . import calendar as cal
from .compose import clock_on_day

__all__ = ["Reading", "normalize_text", "read"]

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
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


@dataclass(frozen=True)
class Reading:
    """The TIMEX3 reading of one expression."""

    type: str
    value: str | None
    granularity: str | None
    anchored: bool = False
    mod: str | None = None


def _alt(words: Iterable[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


_MON = rf"(?P<mon>{_alt(MONTHS)})\.?"
_WD = rf"(?P<wd>{_alt(WEEKDAYS)})"
_NUM = rf"(?P<n>\d+(?:\.\d+)?|{_alt(_NUMS)})"
_UNIT = r"(?P<unit>day|week|month|year|decade|century|hour|minute)s?"
_MOD = re.compile(rf"^(?P<mod>{_alt(_MODS)})(?:[- ]|$)")
_HEDGE = re.compile(rf"^(?P<mod>{_alt(_HEDGES)}) ")
_RANGE = re.compile(r"^(?P<a>\S+) (?:to|or|-) \S+ (?P<rest>.+)$")
_LEAD = re.compile(r"^(?:the|on|at(?! (?:least|most)\b)|by|since|until|from|during|as of|of"
                   r"|through|within"
                   r"|in(?! \S+ (?:days?|weeks?|months?|years?)$))\s+")
Handler = Callable[[re.Match[str], dt.date | None, str | None], Reading | None]
RULES: list[tuple[re.Pattern[str], Handler]] = []


def rule(pattern: str) -> Callable[[Handler], Handler]:
    """Register ``handler`` for texts matching ``pattern`` in full."""

    def decorate(handler: Handler) -> Handler:
        RULES.append((re.compile(pattern), handler))
        return handler

    return decorate


def _num(text: str) -> float | None:
    text = text.strip()
    if text in _NUMS:
        return _NUMS[text]
    try:
        return float(text)
    except ValueError:
        return None


def _fmt(n: float) -> str:
    return str(int(n)) if n == int(n) else str(n)


def _duration(n: float | None, unit: str) -> str:
    if n is None:
        prefix = "PTX" if unit in {"hour", "minute"} else "PX"
        return f"{prefix}{_UNIT_CODE[unit]}"
    if unit in {"decade", "century"}:
        n, unit = n * (10 if unit == "decade" else 100), "year"
    prefix = "PT" if unit in {"hour", "minute"} else "P"
    return f"{prefix}{_fmt(n)}{_UNIT_CODE[unit]}"


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _relative(typ: str, pub: dt.date | None, make: Callable[[dt.date], tuple[str, str]],
              granularity: str) -> Reading:
    if pub is None:
        return Reading(typ, None, granularity)
    value, gran = make(pub)
    return Reading(typ, value, gran, anchored=True)


@rule(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})")
def _iso(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    day = _date(int(m["y"]), int(m["m"]), int(m["d"]))
    return Reading("DATE", day.isoformat(), "day") if day else None


@rule(rf"(?:{_WD},? )?{_MON} (?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:,? (?P<y>\d{{4}}))?")
@rule(rf"(?:{_WD},? )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_MON}(?:,? (?P<y>\d{{4}}))?")
def _month_day(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading | None:
    month, day = MONTHS[m["mon"]], int(m["d"])
    if m["y"]:
        found = _date(int(m["y"]), month, day)
        return Reading("DATE", found.isoformat(), "day") if found else None
    if pub is None:
        return Reading("DATE", None, "day")
    placed = cal.place_day(pub, month, day, direction)
    return Reading("DATE", placed.isoformat(), "day", anchored=True) if placed else None


@rule(rf"{_MON},? (?:of )?(?P<y>\d{{4}})")
def _month_year(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", f"{m['y']}-{MONTHS[m['mon']]:02d}", "month")


@rule(rf"(?:(?P<rel>last|next|this|coming|past) )?{_MON}")
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


@rule(r"(?:(?:fiscal|calendar|the year) )?(?P<y>1[0-9]{3}|20[0-9]{2}|21[0-9]{2})")
def _year(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", m["y"], "year")


@rule(r"(?P<dec>1[0-9]{2}|20[0-9])0s|'(?P<short>[0-9])0s")
def _decade(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if m["dec"] and m["dec"].endswith("0") and not m["dec"].startswith("20"):
        return Reading("DATE", m["dec"][:2], "century")  # "the 1800s"
    return Reading("DATE", (m["dec"] or f"19{m['short']}") + "X", "decade")


@rule(rf"(?:(?P<rel>earlier|later|early|late|last|next|this|on) )?{_WD}"
      r"(?:'s)?(?: (?P<part>morning|afternoon|evening|night))?")
def _weekday(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    rel = m["rel"]
    typ = "DATE"
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


@rule(r"(?P<w>today|tonight|yesterday|tomorrow|this (?:morning|afternoon|evening)|last night"
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


@rule(rf"(?P<rel>{_alt(_STEP)}) (?P<unit>week|weekend|month|quarter|season|year|decade)")
def _unit_shift(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    rel, unit = m["rel"], m["unit"]
    if rel == "past":
        return Reading("DURATION", _duration(1, "week" if unit == "weekend" else unit)
                       if unit not in {"quarter", "season"} else None, unit)
    return _relative("DATE", pub, lambda p: cal.shift(p, unit, _STEP[rel]), unit)


@rule(rf"(?:(?P<rel>{_alt(_STEP)}) )?(?P<season>{_alt(SEASON_WORDS)})(?: (?P<y>\d{{4}}))?")
def _season(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    index = SEASON_WORDS[m["season"]]
    if m["y"]:
        return Reading("DATE", cal.season_value(int(m["y"]), index), "season")
    step = _STEP.get(m["rel"] or "")
    if step is None:
        step = -1 if direction == "past" else 1 if direction == "future" else 0
    return _relative("DATE", pub, lambda p: (cal.place_season(p, index, step), "season"),
                     "season")


@rule(rf"{_NUM} {_UNIT} ago")
def _ago(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    n, unit = _num(m["n"]), m["unit"]
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


@rule(rf"{_NUM} {_UNIT} (?:later|earlier|after|before)")
def _offset(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", _duration(_num(m["n"]), m["unit"]), "duration")


@rule(r"in {_NUM} {_UNIT}".replace("{_NUM}", _NUM).replace("{_UNIT}", _UNIT))
def _from_now(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return future_offset(_num(m["n"]), m["unit"], pub)


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


@rule(r"(?:(?:a few|several|many|some|few|the) )?(?P<unit>day|week|month|year|decade)s ago")
def _vague_ago(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", "PAST_REF", m["unit"])


@rule(r"(?:recent|recent few) (?P<unit>day|week|month|year|decade)s")
def _recent(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", "PAST_REF", m["unit"])


@rule(r"(?:coming|upcoming) (?P<unit>day|week|month|year|decade)s"
      r"|(?P<unit2>day|week|month|year)s ahead")
def _coming(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", "FUTURE_REF", m["unit"] or m["unit2"])


@rule(rf"(?:(?:past|last|previous|next|coming|first|final|over|another|additional) )?"
      rf"{_NUM}[- ]{_UNIT}(?:[- ]long)?")
def _duration_rule(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", _duration(_num(m["n"]), m["unit"]), m["unit"])


@rule(r"(?:(?:past|last|next|previous) )?(?:(?:several|many|few|a few|some|a couple of|"
      r"a number of) )?"
      r"(?P<unit>day|week|month|year|decade|hour|minute)s")
def _vague_duration(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DURATION", _duration(None, m["unit"]), m["unit"])


@rule(r"(?P<adv>daily|weekly|monthly|annually|yearly|nightly|hourly|annual)"
      r"|(?:every|each|a|an|per) (?P<unit>day|week|month|year|hour)")
def _set(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    unit = m["unit"] or {"daily": "day", "nightly": "day", "annually": "year", "yearly": "year",
                         "hourly": "hour", "annual": "year"}.get(m["adv"], (m["adv"] or "")[:-2])
    return Reading("SET", _duration(1, unit), unit)


@rule(r"(?:every|each) (?P<n>\d+) (?P<unit>day|week|month|year)s|(?P<q>quarterly|every quarter"
      r"|every season)|(?:twice|three times) a (?P<unit2>day|week|month|year)")
def _set_more(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    if m["q"]:
        return Reading("SET", "P3M", "set")
    if m["unit2"]:
        return Reading("SET", _duration(1, m["unit2"]), "set")
    return Reading("SET", _duration(float(m["n"]), m["unit"]), "set")


@rule(r"(?:every|each) (?P<w>weekend|spring|summer|fall|autumn|winter)")
def _set_named(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    word = m["w"]
    if word == "weekend":
        return Reading("SET", "XXXX-WXX-WE", "set")
    return Reading("SET", f"XXXX-{cal.SEASONS[SEASON_WORDS[word]]}", "set")


@rule(rf"every {_WD}")
def _set_weekday(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("SET", f"XXXX-WXX-{WEEKDAYS[m['wd']] + 1}", "day")


_REFS = {"now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
         "at present": "PRESENT_REF", "these days": "PRESENT_REF", "present": "PRESENT_REF",
         "recently": "PAST_REF", "lately": "PAST_REF", "past": "PAST_REF",
         "previously": "PAST_REF", "formerly": "PAST_REF", "soon": "FUTURE_REF",
         "future": "FUTURE_REF", "near future": "FUTURE_REF", "recent times": "PAST_REF"}


@rule(rf"(?P<w>{_alt(_REFS)})")
def _ref(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", _REFS[m["w"]], None)


@rule(r"(?P<h>\d{1,2})(?::(?P<mi>\d{2}))? ?(?P<ap>[ap])\.?m\.?(?: (?:local time|gmt|utc|et|est))?"
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


@rule(r"(?P<q>first|second|third|fourth|final) quarter(?: of (?P<y>\d{4}))?")
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


@rule(r"(?P<c>\d{2})(?:st|nd|rd|th) century")
def _century(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", f"{int(m['c']) - 1:02d}", "century")


@rule(r"(?P<c>1[0-9]|20)00s")
def _hundreds(m: re.Match[str], pub: dt.date | None, direction: str | None) -> Reading:
    return Reading("DATE", m["c"], "century")


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
        return _finish(Reading("DURATION", _duration(1, definite["unit"]), "duration"), None)
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
    if ranged and _num(ranged["a"]) is not None:
        low = f"{ranged['a']} {ranged['rest']}"
    for pattern, handler in RULES:
        match = pattern.fullmatch(low)
        if match:
            reading = handler(match, pub, direction)
            if reading is not None:
                return _finish(reading, mod)
    return None
