"""Weather-report forms: readings without a degree word, inch and foot marks.

Temperatures written without a number of degrees: reports give a reading as a part of a
decade ("the low 40s" = 40-43, "the mid-90s" = 94-96, "the upper 80s" = 87-89, "the 70s" =
70-79, all approximate) or a number "below zero" with no degree word. Both count only after a
temperature word of their sentence (highs, lows, temperatures, readings, heat index, wind
chill), so "the 90s" of a decade or "the mid-1990s" are never temperatures. The scale is the
article's own ("Celsius"/"°C" written elsewhere), else Fahrenheit for decades (the reports that
write them are American); a reading "below zero" follows the rule of bare degrees (the
article's scale, else ``degree``).

Storm reports write inches and feet as marks: hail up to 1.75 followed by an inch mark,
"storm total snowfall: 14.5" with one, drifts 6 feet deep written with a foot mark. A mark
counts only after a word of what such reports measure (hail, snow, rain, ice, drifts, waves,
depth, ...) in its sentence, so a quotation mark after a number is never an inch.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .. import lowered_scan
from ..word_alternation import alternation
from .detect import Hit
from .lexicon import APPROX_WORDS
from .unit_senses import degree_scale, written_scales

__all__ = ["find_weather"]

_HEDGE = alternation(APPROX_WORDS, re.I)
_PART = r"(?:low|lower|mid|middle|upper|high)"
#: "in the upper 80s", "into the mid-90s", "the 100s"; not "the 1990s" nor "'90s". A range of
#: decades or of parts of one: "the upper 70s to low 80s", "50s to 60s", "60-70s" (the first
#: decade's "s" shared), "low to mid 80s" (two parts of one decade).
DECADE = re.compile(rf"(?<![\w'’$£€.,-])(?:(?P<part>{_PART})(?:[\s-]+|\s+(?:to|-|–)\s+"
                    rf"(?P<part_b>{_PART})[\s-]+))?"
                    r"(?P<dec>1[01]0|[1-9]0)(?:(?P<s>s)\b)?"
                    rf"(?:\s*(?:to|-|–)\s*(?:(?P<part2>{_PART})[\s-]+)?(?P<dec2>1[01]0|[1-9]0)s\b)?"
                    r"(?![\w'’-])", re.I)
#: A decade without "the" is a reading only right after a forecast word ("highs - low 80s",
#: "average lows 30-40s", "lows mostly 50s"): at most two words between.
_TIGHT_CUE = re.compile(r"\b(?:highs?|lows?|temperatures?|readings?)\b[\s:,\-–—]*"
                        r"(?:[a-z]+\s+){0,2}$", re.I)
#: A scale written right after a decade: "the upper 50s °C", "low 50s Celsius", "low 50s C,".
_SCALE_AFTER = re.compile(r"[ \t]*(?:[°º][ \t]?|degrees?[ \t]+)?(?:(?P<letter>(?-i:[CF]))"
                          r"(?![\w'’-])|(?P<word>celsius|centigrade|fahrenheit)\b)", re.I)
#: "35 below zero", "as low as 20 below" (after a temperature word; no "degrees"). The hedge
#: before a reading or a mark is read backwards from the number (:data:`_HEDGE_BEFORE`), so
#: these patterns start at a digit and stay cheap on long texts.
BELOW_ZERO = re.compile(r"(?<![\d.])(?P<amt>\d{1,2})\s+below(?:\s+zero)?\b"
                        r"(?!\s+(?:normal|average|freezing|the|its))", re.I)
_HEDGE_BEFORE = re.compile(rf"\b(?P<hedge>{_HEDGE})\s+$", re.I)
#: An inch mark (straight double quote or double prime) and a foot mark after a number or a
#: range of numbers.
_MARKED = (r"(?<![\w.])(?P<amt>\d{1,3}(?:\.\d+)?)"
           r"(?:\s*(?:-|–|to)\s*(?P<amt2>\d{1,3}(?:\.\d+)?))?")
INCH_MARK = re.compile(rf"{_MARKED}(?:\"|″)(?=\s|[,.;:)]|$)")
FOOT_MARK = re.compile(rf"{_MARKED}(?:'|′)(?=\s|[,.;:)]|$)")
_MEASURED_WORDS = (r"(?:hail(?:stones?)?|snow(?:fall|falls|pack)?|rain(?:fall|falls)?|"
                   r"precipitation|accumulations?|totals?|ice|sleet|drifts?|depths?|deep|"
                   r"diameter|waves?|seas|surge|swells?|water|flood(?:ing|waters?)?|"
                   r"thickness|height|crest|stage|size)")
_MEASURED = re.compile(rf"\b{_MEASURED_WORDS}\b[^.;!?\n]{{0,60}}$", re.I)
#: The measured word after the mark, within four words of its sentence: '8.3" is average
#: summer rainfall', '2" of new snow', '7.3" average rain/snowfall'.
_MEASURED_AFTER = re.compile(rf"\s*(?:[a-z]+\s+){{0,4}}?{_MEASURED_WORDS}\b", re.I)
_CUE = re.compile(r"\b(?:highs?|lows?|temperatures?|readings?|heat\s+ind(?:ex|ices)|"
                  r"wind\s+chills?|chills?|thermometers?|mercury|dew\s+points?)\b[^.;!?]{0,50}$",
                  re.I)
#: A bare reading right after a forecast word: "Highs 85 to 90.", "Heat index values up to
#: 110.", "Lows around 45," (no unit word: the report's scale).
BARE_READING = re.compile(
    r"\b(?:(?P<plural>highs|lows)|highs?|lows?|heat\s+ind(?:ex|ices)(?:\s+values?)?"
    r"|wind\s+chills?(?:\s+values?)?)(?:\s+(?P<of>of))?"
    rf"\s+(?:(?P<hedge>{_HEDGE}|as\s+(?:high|low)\s+as)\s+)?(?P<amt>-?\d{{1,3}})(?![.,]?\d)"
    r"(?:\s*(?:-|–|to)\s*(?P<amt2>-?\d{1,3})(?![.,]?\d))?(?=\s*(?:[.,;]|$|\s+(?:and|with|on|"
    r"at|in|today|tonight|tomorrow|this|by|north|south|east|west|across|are|is|were|was|"
    r"will|expected|possible|likely|overnight|through|during)\b))", re.I)
#: A forecast text: a singular "a high of 88" is a reading only in one ("a record high of
#: 118" of a share index is not).
_WEATHER_TEXT = re.compile(r"\b(?:temperatures?|degrees|forecasts?|weather|sunny|cloudy|"
                           r"showers|humid\w*)\b|°", re.I)
#: A reading with a degree sign set apart from its scale or with none: "47.8° Fahrenheit",
#: "more than 1° F", "highs near 45°", "between 30° and 35° C". Not a position ("32.6° N",
#: "32°15'"): a compass letter or word, or minutes, after the sign are no reading.
DEGREE_SIGN = re.compile(
    r"(?:\b(?P<between>between)\s+)?"
    r"(?<![\w.,])(?P<amt>[-−]?\d{1,3}(?:,\d{3})*(?:\.\d+)?)\s?[°º]"
    r"(?:\s*(?(between)and|(?:-|–|to))\s*(?P<amt2>[-−]?\d{1,3}(?:\.\d+)?)\s?[°º]?)?"
    r"(?:\s?(?P<scale>(?-i:[FC])|fahrenheit|celsius|centigrade)\b)?"
    r"(?!\s?(?-i:[NSEW])\b|\s?\d|['′]|\s*(?:north|south|east|west|latitude|longitude)\b)",
    re.I)
#: A negative reading with no unit word after a temperature word of its sentence: "wind
#: chills from -12 to -20", "lows fell to minus 10 in Embrun". It ends the phrase: a unit,
#: percent sign or another number after it belongs to another pattern.
_NEGATIVE = r"(?:(?<![\w.,\-−])[-−]|\bminus\s+)"
MINUS_READING = re.compile(
    rf"{_NEGATIVE}(?P<amt>\d{{1,2}}(?:\.\d)?)"
    rf"(?:\s*(?:to|–|-)\s*{_NEGATIVE}?(?P<amt2>\d{{1,2}}(?:\.\d)?))?"
    r"(?=\s*(?:[.,;:)]|$)|\s+(?:and|in|at|on|or|by|overnight|tonight|today|tomorrow|this|"
    r"with|across|are|is|were|was|will|expected|possible|likely|early|late|during)\b)", re.I)

#: Part of a decade -> (first, last) reading above the decade's base.
_PARTS = {"low": (0, 3), "lower": (0, 3), "mid": (4, 6), "middle": (4, 6), "upper": (7, 9),
          "high": (7, 9), None: (0, 9)}


def _scale(text: str, default: str) -> str:
    """Return the article's own temperature scale, else ``default``."""
    fahrenheit, celsius = written_scales(text)
    if fahrenheit != celsius:
        return "fahrenheit" if fahrenheit else "celsius"
    return default


def find_weather(text: str) -> Iterator[Hit]:
    """Yield the weather-report readings of ``text``: decades, "below zero", inch/foot marks.

    Args:
        text: The article text.
    """
    yield from _temperatures(text)
    yield from _marks(text)


def _marks(text: str) -> Iterator[Hit]:
    for pattern, unit in ((INCH_MARK, "inch"), (FOOT_MARK, "foot")):
        if pattern is INCH_MARK and '"' not in text and "″" not in text:
            continue
        if pattern is FOOT_MARK and "'" not in text and "′" not in text:
            continue
        for m in pattern.finditer(text):
            if pattern is FOOT_MARK and _closes_quote(text, m):
                continue  # a quoted label, "'Article 5'", is no length
            if _MEASURED.search(text, max(0, m.start() - 70), m.start()) or (
                    _MEASURED_AFTER.match(text, m.end()) and not _closes_quote(text, m)):
                start, hedge = _hedged(text, m.start())
                high = float(m["amt2"]) if m["amt2"] else None
                yield Hit(start, m.end(), float(m["amt"]), high, unit, "length", hedge,
                          m.start("amt"), m.end("amt"))


#: A single quotation opened before a foot mark and not closed before it: "chanting 'Article
#: 5'", "the 'Plan 2' rink" (an apostrophe inside a word, "Britain's", opens nothing).
_OPEN_SINGLE = re.compile(r"(?<![\w'’])['‘](?=\w)[^'‘’\n]*$")


def _closes_quote(text: str, m: re.Match[str]) -> bool:
    """Return True when the mark after a number closes a quotation of its line.

    A straight double quote closes one when the line holds an odd number of them before it;
    a straight single quote when a single quotation opens before it on its line ("'Plan 2'").
    """
    mark = text[m.end() - 1]
    line_start = text.rfind("\n", 0, m.start()) + 1
    if mark == "'":
        return _OPEN_SINGLE.search(text, max(line_start, m.start() - 80), m.end() - 1) is not None
    if mark != '"':
        return False
    return text.count('"', line_start, m.end() - 1) % 2 == 1


def _hedged(text: str, start: int) -> tuple[int, str | None]:
    """Return the start of the hedge right before ``start`` ("up to 2 ...") and the hedge."""
    h = _HEDGE_BEFORE.search(text, max(0, start - 30), start)
    return (h.start(), h["hedge"].lower()) if h else (start, None)


def _temperatures(text: str) -> Iterator[Hit]:
    lowered = text.lower()
    if "0s" in lowered:
        for m in DECADE.finditer(text):
            if not m["s"] and not m["dec2"]:
                continue
            the = text[max(0, m.start() - 4) : m.start()].lower() == "the "
            cue = _CUE if the else _TIGHT_CUE
            if not cue.search(text, max(0, m.start() - 60), m.start()):
                continue
            yield _decade_hit(text, m, m.start() - 4 if the else m.start())
    if any(w in lowered for w in ("high", "low", "heat", "chill")):
        yield from _bare_readings(text)
    if "°" in text or "º" in text:
        yield from _degree_signs(text)
    if "-" in text or "−" in text or "minus" in lowered:
        yield from _negative_readings(text)
    if "below" in lowered:
        for m in BELOW_ZERO.finditer(text):
            if not _CUE.search(text, max(0, m.start() - 60), m.start()):
                continue
            start, hedge = _hedged(text, m.start())
            yield Hit(start, m.end(), -float(m["amt"]), None, _scale(text, "degree"),
                      "other", hedge, m.start("amt"), m.end())


def _decade_hit(text: str, m: re.Match[str], start: int) -> Hit:
    """Return the reading of a decade match: "the low 80s" is 80-83, "50s to 60s" 50-69.

    A scale written right after the decade ("the low 50s Celsius", "upper 50s °C") is the
    reading's scale. Otherwise the scale is Fahrenheit for a reading of 50 or more (little
    air is that hot in Celsius; a Celsius article quoting American forecasts gives
    Fahrenheit), else the article's own.
    """
    part = m["part"].lower() if m["part"] else None
    base = float(m["dec"])
    low = base + _PARTS[part][0]
    if m["dec2"]:
        part2 = m["part2"].lower() if m["part2"] else None
        high = float(m["dec2"]) + _PARTS[part2][1]
    else:
        part_b = m["part_b"].lower() if m["part_b"] else part
        high = base + _PARTS[part_b][1]
    end = m.end()
    written = _SCALE_AFTER.match(text, end)
    if written is not None:  # an explicit scale after the decade wins
        end = written.end()
        unit = "fahrenheit" if (written["letter"] or written["word"])[0] in "Ff" else "celsius"
    else:
        unit = "fahrenheit" if low >= 50 else _scale(text, "fahrenheit")
    return Hit(start, end, low, high, unit, "other", part or "the", m.start("dec"), end)


def _bare_readings(text: str) -> Iterator[Hit]:
    weather: bool | None = None
    for m in BARE_READING.finditer(text):
        if m["of"] and not m["plural"]:
            weather = bool(_WEATHER_TEXT.search(text)) if weather is None else weather
            if not weather:
                continue
        reading = float(m["amt"])
        high = float(m["amt2"]) if m["amt2"] else None
        if high is not None and high < reading:
            continue
        hedge = m["hedge"].lower() if m["hedge"] else None
        start = m.start("hedge") if m["hedge"] else m.start("amt")
        yield Hit(start, m.end(), reading, high, _scale(text, "fahrenheit"), "other", hedge,
                  m.start("amt"), m.end())


def _reading(text: str) -> float:
    return float(text.replace(",", "").replace("−", "-"))


def _degree_signs(text: str) -> Iterator[Hit]:
    """Yield readings written with a degree sign, the scale after a space or not at all."""
    for m in DEGREE_SIGN.finditer(text):
        value = _reading(m["amt"])
        high = _reading(m["amt2"]) if m["amt2"] else None
        if high is not None and high <= value:
            continue
        scale = (m["scale"] or "").lower()
        if scale:
            unit = "fahrenheit" if scale.startswith("f") else "celsius"
        else:
            unit = degree_scale(text, m.start(), m.end(), value)
        start, hedge = _hedged(text, m.start())
        if m["between"] and high is None:
            continue
        yield Hit(start, m.end(), value, high, unit, "other", hedge, m.start(), m.end())


def _negative_readings(text: str) -> Iterator[Hit]:
    """Yield negative readings with no unit after a temperature word ("lows of -5")."""
    for m in lowered_scan.finditer(MINUS_READING, text):  # MINUS_READING.finditer(text)
        if not _CUE.search(text, max(0, m.start() - 60), m.start()):
            continue
        first = -float(m["amt"])
        second = text[m.end("amt"):m.start("amt2")] if m["amt2"] else ""
        if m["amt2"]:  # "-30 to -40": both negative; "-5 to 10" crosses zero
            other = float(m["amt2"]) * (-1 if re.search(r"[-−]\s*$|minus\s+$", second)
                                        and re.search(r"\S\s*(?:to|–|-)", second) else 1)
            value, high = min(first, other), max(first, other)
        else:
            value, high = first, None
        start, hedge = _hedged(text, m.start())
        yield Hit(start, m.end(), value, high, _scale(text, "degree"), "other", hedge,
                  m.start(), m.end())
