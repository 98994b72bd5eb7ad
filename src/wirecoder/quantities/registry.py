"""The unit table built from pint's registry (``data/quantities/units.json``).

:mod:`.build_units` writes the table; this module reads it once per process (a few
milliseconds, against over a second for building pint's registry) and decides whether
an ambiguous short symbol is a unit in its context: "4 to 6 in of rain" is inches,
"52 in favor" is not; "8 m high" is meters, "$40m" is money; "t", "L" and "gal" count
after a scale word or before "of", a rate, punctuation or the end of the sentence.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

from .lexicon import CURRENCY_WORDS, UNITS

__all__ = ["UnitTable", "symbol_fits", "symbol_unit", "unit_table"]

#: Symbols that are also common words or letters: used only in a fitting context.
AMBIGUOUS = frozenset({"in", "m", "t", "L", "l", "gal", "g", "J", "W", "kn", "ha", "kt", "C",
                       "F", "nm", "fps", "AU", "MT", "ML", "GL"})
#: Symbols never used, whatever the context (times of day, one-letter words).
NEVER = frozenset({"am", "pm", "AM", "PM", "a", "A", "s", "h"})

_AFTER_OK = re.compile(
    r"\.?(?:\s*(?:$|[,;:)\]—–]|\.(?:\s|$))|\s+(?:of|per|a\s+(?:day|year|month|week|second)"
    r"|an\s+hour|each|every)\b|/)")
_LENGTH_ADJ = re.compile(r"\s+(?:high|long|wide|deep|tall|thick|away|below|above|across|"
                         r"underground|underwater|in\s+(?:length|height|diameter|depth))\b")
#: A length measured just before an "m": "snow depth reached 1.5 m", "waves of 4 m", "the
#: lake level dropped 0.4 m", "the river crest reached 9 m".
_LENGTH_NOUN = re.compile(
    r"\b(?:depths?|heights?|lengths?|widths?|distances?|altitudes?|elevations?|waves?|surges?|"
    r"levels?|"
    r"snow|(?:water|lake|river|sea|reservoir|flood|tide|tidal|groundwater)\s+levels?|"
    r"thickness|diameters?|radius|span|rain|rainfall|precipitation|crests?|stages?)\b"
    r"[^.;,$€£]{0,40}$", re.I)
_SCALED = re.compile(r"(?:million|billion|thousand|mn|bn)\s+$", re.I)
#: Upper-case symbols of weather bulletins and all-capitals scripts ("930 MI", "55 KT"):
#: units only in capitals text, or (KT, MB) in a wind or pressure context.
CAPITALS = frozenset({"MI", "KM", "FT", "NM", "KT", "KTS", "MB", "MPH", "KPH", "KM/H"})
_WIND = re.compile(r"\b(?:winds?|gusts?|gusting|intensity|sustained|knots?|mph|storm|"
                   r"hurricane|typhoon|cyclone|depression|wind\s+speed|blowing|speed|moving|"
                   r"sailing|steaming|cruising|drifting|heading|travell?ing)\b", re.I)
#: Words of voyages and ranges: a lower-case "nm" near them is a nautical mile.
_VOYAGE = re.compile(r"\b(?:fl(?:y|ew|own|ight|ights|ying)|aircraft|planes?|jets?|bombers?|"
                     r"ships?|vessels?|boats?|sail(?:ed|ing|s)?|steam(?:ed|ing)|offshore|coast|"
                     r"ranges?|radius|nautical|maritime|sea|miles?|knots?|kts?|navy|naval|"
                     r"submarines?|transit(?:ed|s)?|drones?|missiles?)\b", re.I)
#: Words of flowing water and motion: "fps" there is feet per second, not frames.
_FLOW = re.compile(r"\b(?:velocity|velocities|current|currents|flow|flows|flowing|stream|"
                   r"river|water|speed|speeds|wind|winds)\b", re.I)
_PRESSURE = re.compile(r"\b(?:pressure|barometric|barometer|millibars?|hpa|mb)\b", re.I)
_LOWER = re.compile(r"[a-z]")
_PER_PERIOD = re.compile(r"\s*(?:/|\s(?:a|an|per|each|every)\s)\s*(?:day|week|month|year|annum)\b"
                         r"|\s+of\b", re.I)
_AFTER_SCALE_LETTER = re.compile(
    # "1.0F/century": a trend's period after a slash
    r"\.?(?:\s*(?:$|[,;:)\]—–])|\.(?:\s|$)|\s*\(|\s*/\s*(?:decade|century|year)\b|"
    r"\s+(?:in|on|at|and|or|by|with|during|for|"
    r"this|today|tonight|overnight|yesterday|across|while|as|to|from|after|before|above|"
    r"below|of|than|warmer|cooler|hotter|colder|higher|lower|is|are|was|were|will)\b)")
_TEMPERATURE = re.compile(r"\b(?:temperatures?|temps?|highs?|lows?|heat|heatwaves?|degrees|"
                          r"swelter\w*|scorch\w*|sizzl\w*|"
                          r"readings?|wind\s+chills?|dew\s+points?|"
                          r"thermometers?|mercury|hottest|coldest|warmest|warming|warmer|"
                          r"hotter|colder|cooler|freezing|celsius|fahrenheit)\b", re.I)
_AU_AFTER = re.compile(r"\s+(?:from|away|beyond|out)\b")
#: Words of astronomy: "AU" is an astronomical unit only near one of them, else it is
#: the African Union ("1,200 AU, most of them Freedonian").
_ASTRONOMY = re.compile(r"\b(?:sun|solar|orbit\w*|comets?|planet\w*|asteroids?|stars?|"
                        r"spacecraft|probes?|perihelion|aphelion|telescopes?|astronom\w*|"
                        r"heliopause|earth|jupiter|saturn|neptune|uranus|pluto|mars)\b", re.I)
_IN_PHRASE = re.compile(r"\s+(?:a|an|each|every|per)\b", re.I)
#: A conversion in parentheses after the symbol: "90–115 m (295–377 ft)", "6 in (15 cm)".
_CONVERSION = re.compile(r"(?:\s*\(|,?\s+or)\s*(?:about\s+|some\s+|~)?[\d.,]+(?:\s*[-–]\s*[\d.,]+)?"
                         r"[\s-]?(?P<unit>[^\W\d_][\w²³/]*(?:\s[a-z]+)?)")


@dataclass(frozen=True)
class UnitTable:
    """The unit table read from the package data.

    ``names`` (lower-case) and ``symbols`` (exact) map a spelling to (unit id, kind,
    scale); ``factors`` maps a physical unit id to (factor to its kind's normalized
    unit, kind).
    """

    names: dict[str, tuple[str, str, float]]
    symbols: dict[str, tuple[str, str, float]]
    factors: dict[str, tuple[float, str]]


@functools.cache
def unit_table() -> UnitTable:
    """Return the unit table, read from the package data once per process."""
    path = resources.files("wirecoder") / "data" / "quantities" / "units.json"
    data = json.loads(path.read_text(encoding="utf-8"))

    def rows(table: dict[str, list[Any]]) -> dict[str, tuple[str, str, float]]:
        return {k: (str(v[0]), str(v[1]), float(v[2]))
                for k, v in table.items() if v[1] is not None}

    symbols = {k: v for k, v in rows(data["symbols"]).items() if k not in NEVER}
    factors = {k: (float(v[0]), str(v[1])) for k, v in data["factors"].items()
               if isinstance(v, list)}  # a table from an older build has no kinds: rebuild
    return UnitTable(rows(data["names"]), symbols, factors)


def symbol_unit(text: str, start: int, end: int,
                symbol: str) -> tuple[str, str, float] | None:
    """Return (unit id, kind, scale) of the symbol at ``text[start:end]``, or None.

    Like :func:`symbol_fits`, with the symbols whose unit depends on the text: "kt" is a
    knot in a wind context ("winds of 40 kt", "held at 40 kt") and a kilotonne after a
    scale word; "mb" is a millibar only in a pressure context (never megabytes or a
    count); the upper-case :data:`CAPITALS` count only in capitals text.
    """
    table = unit_table().symbols
    if symbol not in table or not symbol_fits(text, start, end, symbol):
        return None
    before = text[max(0, start - 200) : start]
    if symbol in ("kt", "kts", "KT", "KTS"):
        per_period = _PER_PERIOD.match(text, end)  # "300 kt a year": kilotonnes
        if not per_period and (_WIND.search(before) or _WIND.search(text, end, end + 30)):
            return "knot", "rate", 1.0
        if symbol == "kts" and not per_period:
            return "knot", "rate", 1.0  # lower-case "kts" is knots ("sailed at 14 kts")
        if symbol != "kt":
            return table[symbol] if _capitals(text, start, end) else None
    if symbol in ("mb", "MB"):
        return table[symbol] if _PRESSURE.search(before) else None
    if symbol in ("nm", "fps"):  # "flew 1,500 nm", "a current of 3 fps"; not nanometers
        cue = _VOYAGE if symbol == "nm" else _FLOW
        found = cue.search(text, max(0, start - 120), min(len(text), end + 60))
        return table[symbol] if found else None
    if symbol in CAPITALS and not _capitals(text, start, end):
        return None
    return table[symbol]


def _capitals(text: str, start: int, end: int) -> bool:
    """Return True when the symbol stands in capitals text (no lower-case letter near).

    Only its own line counts: a bulletin's capitals lines follow prose paragraphs.
    """
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    stop = min(len(text) if line_end < 0 else line_end, end + 20)
    return not _LOWER.search(text, max(line_start, start - 40), stop)


def symbol_fits(text: str, start: int, end: int, symbol: str) -> bool:
    """Return True when the symbol at ``text[start:end]`` reads as a unit there.

    Args:
        text: The article text.
        start: Offset of the number before the symbol (for scale words before it).
        end: Offset just after the symbol.
        symbol: The symbol as written.

    Returns:
        Always True for unambiguous symbols; for the :data:`AMBIGUOUS` ones, True only
        in a unit context.
    """
    if symbol in NEVER:
        return False
    if symbol not in AMBIGUOUS or symbol in ("nm", "fps"):
        return True  # "nm" and "fps" are decided by the words around them (symbol_unit)
    rest = text[end : end + 40]
    if text[max(0, start - 2) : start].strip(" ").endswith(tuple("$€£¥₹")):
        return False  # "$8m", "$12 in a year": money, not a unit
    if symbol == "m" and (_LENGTH_ADJ.match(rest) or _LENGTH_NOUN.search(
            text, max(0, start - 60), start)):
        return True  # "8 m high", "snow depth reached 1.5 m"
    if symbol == "AU":  # "1.7 AU from the sun"; never "1,200 AU, most of them Freedonian"
        return bool(_ASTRONOMY.search(text, max(0, start - 150), min(len(text), end + 60))
                    and (_AU_AFTER.match(rest) or _AFTER_OK.match(rest)))
    if symbol in ("C", "F"):  # "temperatures hovered around 35 C", never "35 F-16s"
        return bool((_TEMPERATURE.search(text, max(0, start - 80), start)
                     or _TEMPERATURE.search(text, end, end + 40))
                    and _AFTER_SCALE_LETTER.match(rest))  # "118F, its hottest day"
    if _converted(rest, symbol):
        return True  # "some 20–24 m (66–79 ft) above the quay", "52 m or 171 ft"
    if _same_symbol_before(text, start, end, symbol):
        return True  # "from 18 m to nearly 27 m": the second end of a span
    if symbol == "in" and _IN_PHRASE.match(rest):
        return False  # "12 in a year", "3 in every 10": the preposition
    if symbol in ("t", "kt", "MT") and _SCALED.search(text, start, end - len(symbol)):
        return True
    if symbol == "kt" and not _PER_PERIOD.match(text, end) and (
            _WIND.search(text, max(0, start - 200), start) or _WIND.search(text, end, end + 30)):
        return True  # knots: "the intensity is held at 40 kt"
    return bool(_AFTER_OK.match(rest))


_CURRENCY_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(CURRENCY_WORDS, key=len, reverse=True))})\b",
                             re.I)
_HEDGE_WORDS = r"(?:about|around|some|nearly|almost|roughly|more\s+than|less\s+than|over|under)"


def _same_symbol_before(text: str, start: int, end: int, symbol: str) -> bool:
    """Return True when the amount ends a span opened by the same symbol: "70 m to 150 m"."""
    pattern = (rf"(?<![$€£¥₹\d.,])\d[\d.,]*\s?{re.escape(symbol)}\s+(?:to|and|or|-|–)\s+"
               rf"(?:{_HEDGE_WORDS}\s+)?$")
    return bool(re.search(pattern, text[max(0, start - 30) : start])) and not \
        _CURRENCY_AFTER.match(text, end)


def _converted(rest: str, symbol: str) -> bool:
    """Return True when ``rest`` opens with a conversion in parentheses.

    The conversion is an amount of the symbol's dimension in another, unambiguous unit:
    "(295–377 ft)" after "m", "(15 cm)" after "in".
    """
    m = _CONVERSION.match(rest)
    own = unit_table().symbols.get(symbol)
    if m is None or own is None:
        return False
    for form in {m.group("unit"), m.group("unit").split()[0]} - AMBIGUOUS - {symbol}:
        found = (unit_table().symbols.get(form) or unit_table().names.get(form.lower())
                 or UNITS.get(form.lower()))
        if found is not None and found[1] == own[1]:
            return True
    return False
