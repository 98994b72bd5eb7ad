"""Which sense a unit word has, decided from the words around it.

The pattern pass (:mod:`wirecoder.quantities.detect`) finds "pounds", "inches", "degrees"
and "a gallon"; these functions read the text around the match to say whether the pounds
are sterling or a mass, the inches mercury (a pressure) or a length, the gallon a price base
("$4 a gallon") or an amount, and which scale bare degrees are on.
"""

from __future__ import annotations

import functools
import re

from .lexicon import CURRENCY_CODES, CURRENCY_SYMBOLS, CURRENCY_WORDS, PERSON_NOUNS, RATE_PERIODS
from .numbers import _alt, parse_amount

__all__ = ["CURRENCY_CODE_ALT", "CURRENCY_SYMBOL_ALT", "acronym", "degree_scale", "mercury",
           "price_base", "sterling", "written_scales"]

#: Regex alternations of the currency symbols that are not words ("$", "€", "US$") and of
#: the ISO codes, shared with the pattern pass.
CURRENCY_SYMBOL_ALT = _alt(k for k in CURRENCY_SYMBOLS if not k.rstrip('.').isalpha())
CURRENCY_CODE_ALT = "|".join(sorted(CURRENCY_CODES))
_SYM = CURRENCY_SYMBOL_ALT
_CODES = CURRENCY_CODE_ALT

_MONEY_AHEAD = re.compile(
    rf"[^.;]{{0,80}}?(?:(?:{_SYM})\s?\d|\d[\d.,]*\s*(?:{_alt(CURRENCY_WORDS)}|cents?)\b"
    rf"|(?-i:{_CODES})\s?\d)", re.I)
_TEMPERATURE_WORDS = re.compile(
    r"\b(?:temperature|heat|high|low|hot|cold|warm|cool|weather|forecast|thermometer|"
    r"fever|freez|boil|degrees?\s+(?:above|below))", re.I)


#: Unit spellings that are also the acronyms of bodies: "Mha" is million hectares only so
#: written (FAO, IPCC; "MHA" is India's Ministry of Home Affairs), "bgd" (billion gallons a
#: day) only in lower case ("BGD" is Bangladesh's ISO code), "MMB" (million barrels) only in
#: upper case; an upper-case "MVA" or
#: "KVA" before a noun of people ("300 MVA employees") names an organisation.
_CASED_ONLY = {"mha": frozenset({"Mha", "mha"}), "bgd": frozenset({"bgd"}),
               "mmb": frozenset({"MMB"})}
_POWER_ACRONYMS = frozenset({"mva", "kva"})
_PERSON_AFTER = re.compile(rf"\s+(?:{_alt(PERSON_NOUNS)})(?:s|es)?\b", re.I)


def acronym(text: str, end: int, form: str, written: str) -> bool:
    """Return True when a unit spelling after a number is an organisation's acronym.

    Args:
        text: The document text.
        end: Where the unit spelling ends in ``text``.
        form: The lower-cased unit form (a key of ``UNITS``).
        written: The spelling as written.
    """
    if form in _CASED_ONLY:
        return written not in _CASED_ONLY[form]
    return (form in _POWER_ACRONYMS and written.isupper()
            and _PERSON_AFTER.match(text, end) is not None)


_AFTER_MILLIBARS = re.compile(r"(?:\bmb|\bmillibars?|\bhpa)\W{0,6}$", re.I)
_PRESSURE_BEFORE = re.compile(r"\b(?:pressure|barometric|barometer)\b[^.;]{0,40}$", re.I)
_OF_MERCURY = re.compile(r"\s+of\s+mercury\b", re.I)


def mercury(text: str, m: re.Match[str]) -> bool:
    """Return True for inches of mercury: "988 mb (29.18 inches)", "pressure of 29.9 inches"."""
    start = m.start()
    return bool(_AFTER_MILLIBARS.search(text, max(0, start - 12), start)
                or _PRESSURE_BEFORE.search(text, max(0, start - 60), start)
                or _OF_MERCURY.match(text, m.end()))


#: Words that place an amount in Britain: "pounds" there may be sterling. A fixed list on
#: purpose, not the actors gazetteer (``actors.match.place_country``) nor the knowledge
#: base's GBR entry (``data/actors/countries.yaml``): this module reads raw text without
#: the parse's entities, so the gazetteer would have to try every word run of the paragraph
#: against its ~69,000 place names, and British towns named like common words ("Deal",
#: "March", "Bath", "Rugby" are GBR there) would make paragraphs British; the GBR entry
#: is close to this list but adds "United Kingdom", "Briton" and the seats (Downing
#: Street, Whitehall), and would let a user's ``--actors`` file change how units are read.
#: Deriving the list from the GBR entry is a behaviour change to measure on the quantities
#: dev sets, not a refactoring.
_BRITISH = re.compile(r"£|\b(?:British|Britain|U\.?K\.?|England|English|Scotland|Scottish|"
                      r"Wales|Welsh|London|Northern\s+Ireland)\b")
#: Money words around an amount: "invest 30 million pounds", "a fine of 5 million pounds".
_MONEY_WORDS = re.compile(
    r"\b(?:invest|spend|spent|cost|pay|paid|fine|fined|worth|raise|raised|earn|owe|borrow|"
    r"lend|lent|donat|pledg|budget|tax|revenue|profit|loss|salar|wage|price|fund|grant|"
    r"compensat|bonus|deal|contract|bid|offer|sold|bought|valued)\w*", re.I)
_SCALE_BEFORE_UNIT = re.compile(r"(?:million|billion|thousand|mln|bn|m)\b", re.I)


def sterling(text: str, m: re.Match[str]) -> bool:
    """Return True when "pounds" are sterling: a British text, money words, no "of" + goods.

    "spend 40 million pounds on new ferries" in a story about a British firm is money;
    "350 pounds of cocaine" and "the fish weighed 40 pounds" stay masses.
    """
    if re.match(r"\s+(?:of|per|an?|each)\b", text[m.end():]) or "weigh" in text[
            max(0, m.start() - 60):m.start()].lower():
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    paragraph = text[line_start:line_end if line_end >= 0 else len(text)]
    if not _BRITISH.search(paragraph):
        return False
    scaled = bool(_SCALE_BEFORE_UNIT.search(m.group(0)))
    window = (max(line_start, m.start() - 60), min(line_start + len(paragraph), m.end() + 40))
    return scaled or bool(_MONEY_WORDS.search(text, *window))


def price_base(text: str, m: re.Match[str]) -> bool:
    """Return True for "a gallon of X costs $5": a money amount follows in the clause."""
    return bool(_MONEY_AHEAD.match(text, m.end())) or text[max(0, m.start() - 4):
                                                              m.start()].lower().strip() == "per"


#: An explicit temperature scale: "°F", "41 °C", "Celsius", "centigrade".
_SCALE_WORD = re.compile(r"[°º]\s?[CF]\b|\b(?:celsius|centigrade|fahrenheit)\b", re.I)


_WRITTEN_F = re.compile(r"fahrenheit|[°º]\s?f\b|\bdeg(?:rees?|s)?\.?\s+f\b", re.I)
_WRITTEN_C = re.compile(r"celsius|centigrade|[°º]\s?c\b|\bdeg(?:rees?|s)?\.?\s+c\b", re.I)


def written_scales(text: str) -> tuple[bool, bool]:
    """Return whether the text writes a Fahrenheit and a Celsius scale anywhere.

    "Fahrenheit", "°F", "° F", "degrees F" (and the same for Celsius, "centigrade").
    """
    return bool(_WRITTEN_F.search(text)), bool(_WRITTEN_C.search(text))


def degree_scale(text: str, start: int, end: int, value: float | None) -> str:
    """Decide the scale of a reading in bare degrees: never silently Celsius.

    The article's own explicit scale wins (it writes "Fahrenheit"/"°F" or "Celsius"/"°C"
    elsewhere); else, in a temperature context, readings above 60 are Fahrenheit (no
    weather reading reaches 60 °C); else the unit stays "degree" (scale unknown, or an
    angle).

    Args:
        text: The article text.
        start: Offset of the reading.
        end: Offset just after it.
        value: Its value, when read.

    Returns:
        ``fahrenheit``, ``celsius`` or ``degree``.
    """
    fahrenheit, celsius = written_scales(text)
    if fahrenheit != celsius:
        return "fahrenheit" if fahrenheit else "celsius"
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    if fahrenheit:  # both scales in the article: the last one written before, in the sentence
        scales = _SCALE_WORD.findall(text, sentence_start, start)
        if scales:
            last = scales[-1].lower()
            return "fahrenheit" if last.startswith("fahr") or last.endswith("f") else "celsius"
    context = text[sentence_start : end + 60]
    if _TEMPERATURE_WORDS.search(context) and value is not None and value > 60:
        return "fahrenheit"
    if (not fahrenheit and _TEMPERATURE_WORDS.search(context)
            and (_DIFFERENCE_BEFORE.search(text, max(0, start - 30), start)
                 or _DIFFERENCE_AFTER.match(text, end))
            and _fahrenheit_article(text)):
        return "fahrenheit"  # "within one degree of the record" where it hit 106 degrees
    return "degree"


#: A difference of degrees, not a reading: "within two degrees", "by 4 degrees", "3 degrees
#: above normal" (only these take the scale of the article's other readings).
_DIFFERENCE_BEFORE = re.compile(
    r"\b(?:within|by)\s+(?:about\s+|some\s+|nearly\s+|almost\s+|roughly\s+)?$", re.I)
_DIFFERENCE_AFTER = re.compile(
    r"\s+(?:above|below|warmer|cooler|hotter|colder|higher|lower)\b", re.I)
#: Words that make a sentence one of temperature readings, whole words only ("high" alone
#: is not one: "high seas"; nor "heat" or "boiling": an oven, a geyser).
_READING_WORDS = re.compile(
    r"\b(?:temperatures?|temps?|thermometers?|highs|lows|(?:a|the)\s+(?:high|low)\s+of|"
    r"heat\s?waves?|heat\s+index|forecast(?:s|ers?)?|weather)\b", re.I)


#: A bare reading above 60 degrees (read as Fahrenheit by :func:`degree_scale`).
#: (Not a hyphened adjective, "a 90-degree turn", nor a reading below zero, "minus 75 degrees".)
_HIGH_READING = re.compile(
    r"(?<![\w.,\-−])(?<!minus\s)(?:6[1-9]|[7-9]\d|1[0-3]\d)(?:\.\d+)?\s?degrees\b", re.I)


@functools.lru_cache(maxsize=8)
def _fahrenheit_article(text: str) -> bool:
    """Return True when the text gives a bare reading above 60 degrees in a reading sentence.

    A reading sentence names temperatures, highs or lows, a heat wave, a forecast or the
    weather as whole words (:data:`_READING_WORDS`); the sentence is cut at "." or a line
    break, as in :func:`degree_scale`. The text's differences of degrees in temperature
    sentences ("within one degree of the record") are then Fahrenheit as well (the text
    writes no scale).
    """
    for m in _HIGH_READING.finditer(text):
        sentence_start = max(text.rfind(".", 0, m.start()),
                             text.rfind("\n", 0, m.start())) + 1
        ends = [i for i in (text.find(".", m.end()), text.find("\n", m.end())) if i >= 0]
        if _READING_WORDS.search(text, sentence_start, min(ends, default=len(text))):
            return True
    return False


_PERIOD_SYMBOLS = {"d": "day", "cd": "day", "sd": "day", "h": "hour", "hr": "hour",
                   "yr": "year", "y": "year", "sec": "second", "min": "minute"}


def rate_unit(base: str, rate: str | None) -> str:
    """Return the unit id of ``base`` per the period written in ``rate`` ("a day", "/yr")."""
    if not rate:
        return base
    word = rate.strip().lower().replace("-", " ").replace("/", " ").split()[-1]
    word = _PERIOD_SYMBOLS.get(word, word)  # "tons/d", "t/h"
    return f"{base}/{RATE_PERIODS.get(word, word)}"


def currency(cur: str) -> str:
    """Return the ISO code of a currency symbol, word or code as written."""
    key = cur.strip().lower()
    return CURRENCY_SYMBOLS.get(key) or CURRENCY_WORDS.get(key) or cur.strip().upper()


#: A year written in digits: "its 2024 full year results" is no span of 2,024 years.
_YEAR_AMOUNT = re.compile(r"(?:19|20)\d\d|2100")


def not_a_span(amount: str, written: str) -> bool:
    """Return True when a number, a modifier and a unit of time are no span of time.

    A number other than one takes the plural ("six short years", "one full day"; not "2024
    full year results"), and a year written in digits is none ("2023 full years").

    Args:
        amount: The number as written.
        written: The unit of time as written.
    """
    if _YEAR_AMOUNT.fullmatch(amount):
        return True
    return parse_amount(amount) != 1 and not written.lower().endswith("s")
