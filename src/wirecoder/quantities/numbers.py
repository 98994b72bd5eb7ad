"""Number grammar of the quantities patterns: how amounts are written and read.

The regex pieces every pattern family composes (digits with thousands separators, spaced
thousands, scientific notation, mixed and vulgar fractions, number words, scale words and
letters, accounting negatives), :func:`parse_amount`, which reads the value of such an
amount, and the number seeds (:func:`seeds`, :func:`windows`) around which the patterns run.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal

from .. import lowered_scan
from ..word_alternation import alternation
from .lexicon import APPROX_WORDS, CURRENCY_SYMBOLS, CURRENCY_WORDS, NUMBER_WORDS, SCALES, UNITS

__all__ = ["SCALED_AMOUNT", "SEED", "counted_words", "figure_before", "parse_amount", "seeds",
           "windows"]

_SPACE = re.compile(r"\s+")
#: A thousands group written after a stray space ("about 30, 000 migrants").
_STRAY_SPACE = re.compile(r"(?<=\d), (?=000\b)")
#: Worded fractions of one unit or scale ("a quarter mile", "half a million").
_WORDED_FRACTIONS = {"half a": 0.5, "a half": 0.5, "half an": 0.5, "half": 0.5, "one half": 0.5,
                     "one-half": 0.5, "a quarter": 0.25, "one quarter": 0.25,
                     "one-quarter": 0.25, "a-quarter": 0.25, "three quarters": 0.75,
                     "three-quarters": 0.75, "three quarter": 0.75, "three-quarter": 0.75}


def _alt(words: Iterable[str], flags: int = re.I, space: str | None = None) -> str:
    """The words as one alternation, longest first (a trie: see :mod:`..word_alternation`)."""
    return alternation(words, flags, space)


_WORDNUM = _alt(w for w in NUMBER_WORDS if w not in {"a", "an", "half", "dozen", "hundred"})
_VULGAR = "¼½¾⅓⅔⅛⅜⅝⅞"
_SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁻"
#: Digits: thousands with commas or spaces ("10 000"), scientific notation
#: ("2.5 × 10^10", "1.5e-3"), mixed and vulgar fractions ("3 1/2", "¾"), decimals.
_DIGITS = (r"\d{1,3}(?:,(?:\d{3}| 000(?![\d.])))+(?:\.\d+)?"  # "30, 000": a stray space
           r"|(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d,.]|\s\d)"
           rf"|\d+(?:\.\d+)?\s?[×x]\s?10(?:\^[-−]?\d+|[{_SUPERSCRIPT}]+)"
           r"|\d+(?:\.\d+)?[eE][-+]?\d+(?![\w])"
           r"|(?<![\d/])\d+\s\d/(?:[2-9]|1[0-6])(?![\d/])"
           r"|(?<![\d/])[1-9]/(?:[2-9]|1[0-6])(?![\d/])"  # "1/4 mile"
           rf"|(?:\d+\s?)?[{_VULGAR}]"
           r"|\d+(?:\.\d+)?|(?<!\.)\.\d+")  # "...165 KM/H": an ellipsis is no decimal point
_SIGN = r"(?:(?<![\w.,\-−])[−-](?=\d)|(?<!\bplus\sor\s)\bminus\s+(?=\d))"  # not "plus or minus 2"
#: A worded group below a thousand: "seventy-two", "three-hundred-fifty", "five hundred and
#: twenty" (a hundred and what follows it).
_GROUP = (rf"(?:{_WORDNUM})(?:[- ](?:{_WORDNUM}))?"
          rf"(?:(?:\s+|-)hundred(?:(?:\s+and\s+|\s+|-)(?:{_WORDNUM})(?:-(?:{_WORDNUM}))?)?)?")
#: Spoken decimals before a scale word, percent, a unit word or a currency word, as radio
#: scripts and plain-English news write them: "eighty-three point five million", "Seven-point-
#: one million", "two point five inches", "three point five dollars". The unit words are the
#: first words of the lexicon's worded units (pint's names among them), less the time words
#: ("at one point three hours into the talks" is the idiom: spoken decimals of durations are
#: rare in news); never after "at one" ("at one point five soldiers", "at one point four
#: kilometers of the road").
_DIGIT_WORD = r"(?:zero|one|two|three|four|five|six|seven|eight|nine)"
_UNIT_FIRST_WORDS = _alt({form.split()[0] for form, (_, kind) in UNITS.items()
                          if kind != "duration" and re.fullmatch(r"[a-z]{4,}(?: [a-z]+)*", form)}
                         | {form.split()[0] for form in CURRENCY_WORDS if form != "won"})


def _spoken_decimal(after: str) -> str:
    """Return the pattern of a spoken decimal that one of the words ``after`` must follow."""
    return (r"(?<!\bat\sone)"
            rf"(?:\s+|-)point(?:\s+|-){_DIGIT_WORD}(?:[\s-]{_DIGIT_WORD})*"
            rf"(?=(?:\s+|-)(?:{after})\b)")


def _number(decimal: str) -> str:
    """Return the pattern of one number, figures or words, with ``decimal`` as its spoken part."""
    return (rf"(?:{_SIGN}?(?:{_DIGITS})(?:\s+and\s+a\s+half\b)?"
            # "a hundred and fifty", "a hundred twenty" ("a hundred" alone: ``_A_SCALE``)
            rf"|\ba[\s-]hundred(?:\s+and\s+|\s+|-)(?:{_WORDNUM})(?:-(?:{_WORDNUM}))?\b"
            # "one-thousand-five-hundred", "ten thousand five hundred (million)": a thousand
            # only with a group after it (a bare "five thousand" ends in its scale word);
            # "two-thousand-two" with no hundred is a year of a radio script, left alone
            rf"|\b{_GROUP}(?:(?:\s+|-)thousand(?:\s+and\s+|\s+|-)"
            r"(?:(?<!two[\s-]thousand[\s-])|(?=[a-z]+(?:[- ][a-z]+)?(?:\s+|-)hundred))"
            rf"{_GROUP})?"
            rf"(?:{decimal})?"
            # "one-and-a-half", "one-and-one-half", "two and a quarter"
            r"(?:(?:\s+and\s+|-and-)(?:a|one)[\s-](?:half|quarter)|\s+and\s+three[\s-]quarters"
            r"|-and-three-quarters)?\b)")


_SCALE_AFTER = r"thousand|million|billion|trillion|percent|per\s+cent"
_NUM = _number(_spoken_decimal(rf"{_SCALE_AFTER}|{_UNIT_FIRST_WORDS}"))
#: The same number where a scale word must follow it (:data:`SCALED_AMOUNT`): a spoken
#: decimal there can only come before a scale word, so the unit words — a long alternation
#: that every pattern embedding it would compile again — are left out (the same matches).
_NUM_BEFORE_SCALE = _number(_spoken_decimal(_SCALE_AFTER))
#: Accounting negatives: "$(45.2) million".
_PAREN = rf"\((?:{_DIGITS})\)"
_WORD_SCALE = (r"(?:(?:\s*|-)(?:thousand\s+million|thousand|million|billion|trillion|quadrillion"
               r"|lakh\s+crore"
               r"|crore|lakh)\b"
               r"|\s?(?:bn|mn|mln|bln|tn)\b"
               # "3.2m barrels", "40k tonnes": a scale letter before a unit noun
               r"|(?<=\d)[mk](?=\s+(?:barrels?|tonnes?|tons|litres?|liters?|gallons?|cubic"
               r"|acres|hectares|bpd|euros?|dollars?|pounds|yen|yuan|rupees|francs|rand|"
               r"rubles|roubles|pesos)\b))")
#: A number with a scale word ("33.0 million", "1,000 million"): a level written bare.
SCALED_AMOUNT = rf"{_NUM_BEFORE_SCALE}{_WORD_SCALE}"
_LETTER_SCALE = r"(?:[mbkt]\b)"
_A_SCALE = (r"\b(?:(?:a|an)\s+hundred"  # "a hundred miles" (not "half a hundred")
            r"|(?:a|an|half\s+a)\s+(?:thousand|million|billion|trillion|dozen)"
            r"|a\s+(?:half|quarter)[\s-](?:thousand|million|billion|trillion))\b")
#: Worded amounts of a unit: "a couple of days" (2), "a half mile", "half an hour" (0.5).
#: Worded fractions of one unit: "a quarter mile", "one-quarter inch", "three-quarters mile",
#: "a half-mile stretch", "half-hour".
_A_FEW = (r"\b(?:(?:a\s+)?couple\s+of|a\s+half|half\s+an?"
          r"|(?:a|one)[\s-](?:quarter|half)|three[\s-]quarters?|half(?=-))(?=[\s-])")
_AMOUNT = rf"(?:{_A_SCALE}|{_A_FEW}|{_NUM}{_WORD_SCALE}?)"
_AMOUNT_MONEY = rf"(?:{_A_SCALE}|(?:{_PAREN}|{_NUM})(?:{_WORD_SCALE}|{_LETTER_SCALE})?)"


#: Where a quantity may start: a digit, a currency sign or a number word. Patterns run
#: only in windows around these seeds, which keeps the pass cheap on long articles.
_SIGNS = "".join(k for k in CURRENCY_SYMBOLS if len(k) == 1 and k != "$")
SEED = re.compile(rf"[\d{_VULGAR}{_SIGNS}$]"
                  rf"|\b(?:{_WORDNUM}|thousand|million|billion|trillion|dozens?|hundreds?|"
                  r"thousands|millions|billions|scores|tens|half|twice|thrice|couple)\b"
                  r"|\ban?\s+(?:gallon|liter|litre|barrel|tonne|ton|kilo|kilogram|pound|mile"
                  r"|kilometer|kilometre|acre|hectare|bushel|ounce|pint|cubic|square|inch"
                  r"|meter|metre|foot(?=\s+(?:of|deep|high|tall|long|wide|thick|per|an?\s+"
                  r"(?:hour|day|week|month|year))\b))\b"
                  r"|\ban?\s+(?:hour|day|week|month|year|decade|century|third|quarter|fifth"
                  r"|percentage|bit|little)\b", re.I)


def parse_amount(text: str) -> float | None:
    """Return the value of an amount such as ``1.5 million``, ``$5bn``, ``twenty-five``.

    Args:
        text: The amount, without currency or unit.

    Returns:
        The value, or None when the text holds no number.
    """
    words = _SPACE.sub(" ", _STRAY_SPACE.sub(",", text.lower()).replace(",", "")).strip()
    sign = 1.0
    if (words.startswith("(") and words.endswith(")")) or words.startswith(("-", "−", "minus ")):
        sign, words = -1.0, words.strip("()").removeprefix("minus ").lstrip("-−").strip()
    elif words.startswith("(") and ")" in words:
        sign, words = -1.0, words[1:].replace(")", "", 1).strip()
    value = _parse_unsigned(words)
    return None if value is None else sign * value


def _parse_unsigned(words: str) -> float | None:
    special = _special_number(words)
    if special is not None:
        return special
    scale = 1.0
    for key in sorted(SCALES, key=len, reverse=True):
        if words.endswith(key) and (len(words) == len(key) or not words[-len(key) - 1].isalpha()):
            scale, words = SCALES[key], words[: -len(key)].strip(" -")
            break
    if words in {"", "a", "an"}:
        return scale if words else None
    if scale != 1.0 and (special := _special_number(words)) is not None:
        # "two-and-a-half million"; "eight point two million" is 8.2e6, not 8199999.999...
        return float(Decimal(repr(special)) * Decimal(repr(scale)))
    if words in _WORDED_FRACTIONS:
        return _WORDED_FRACTIONS[words] * scale
    if words in {"couple of", "a couple of"}:
        return 2.0 * scale
    try:
        value = float(words) * scale
    except ValueError:
        return _words_value(words, scale)
    if scale != 1.0 and "." in words:  # "8.7 trillion" is 8.7e12, not 8699999999999.999
        return float(Decimal(words) * Decimal(repr(scale)))
    return value


_VULGAR_VALUES = {"¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125,
                  "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_SUPER_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SCIENTIFIC = re.compile(r"(\d+(?:\.\d+)?)\s?[×x]\s?10\^?([-−]?\d+)")
_MIXED = re.compile(r"(\d*)\s?(?:(\d+)/(\d+)|([¼½¾⅓⅔⅛⅜⅝⅞]))")
_SPACED_THOUSANDS = re.compile(r"\d{1,3}(?:[ \u00a0\u202f]\d{3})+")


def _special_number(words: str) -> float | None:
    """Return the value of a fraction, mixed number, spaced or scientific number."""
    if _SPACED_THOUSANDS.fullmatch(words):
        return float(re.sub(r"\s", "", words))
    sci = _SCIENTIFIC.fullmatch(words.translate(_SUPER_DIGITS).replace("−", "-"))
    if sci:
        return float(sci.group(1)) * float(10 ** int(sci.group(2)))
    mixed = _MIXED.fullmatch(words)
    if mixed:
        whole = float(mixed.group(1) or 0)
        if mixed.group(4):
            return whole + _VULGAR_VALUES[mixed.group(4)]
        denominator = float(mixed.group(3))
        return whole + float(mixed.group(2)) / denominator if denominator else None
    words = _AND_PART.sub(lambda m: f" and {m['part'].replace('-', ' ')}", words)
    for part, add in _PARTS.items():  # "one-and-a-half", "two and one quarter"
        if words.endswith(part):
            base = _parse_unsigned(words.removesuffix(part))
            return base + add if base is not None else None
    if " point " in (spaced := words.replace("-", " ")):  # "eighty three point five"
        integer, _, decimals = spaced.partition(" point ")
        digits = [NUMBER_WORDS.get(d) for d in decimals.split()]
        base = _words_value(integer, 1.0)
        if base is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return float(Decimal(int(base)) + Decimal("0." + "".join(str(int(d)) for d in digits
                                                                   if d is not None)))
    return None


#: Parts of one after "and": "-and-a-half", " and one quarter", "-and-three-quarters".
_AND_PART = re.compile(r"(?:-and-|\s+and\s+)(?P<part>(?:a|one)[\s-](?:half|quarter)"
                       r"|three[\s-]quarters)$")
_PARTS = {" and a half": 0.5, " and one half": 0.5, " and a quarter": 0.25,
          " and one quarter": 0.25, " and three quarters": 0.75}


#: A year of a radio script: "two-thousand-two", "two thousand and nine", "two-thousand-
#: eighteen" (no hundred after the thousand).
_WORDED_YEAR = re.compile(r"two[- ]thousand[- ](?:and )?(?!.*hundred)[a-z]+(?:[- ][a-z]+)?")


def counted_words(words: str) -> float | None:
    """Return the value of a worded number that counts a noun, a year's form included.

    "two thousand and twelve deaths" is 2,012 deaths: before a counted noun the form of a
    worded year (which :func:`parse_amount` leaves unread) is a number.

    Args:
        words: The worded number, e.g. ``two thousand and twelve``.
    """
    return _words_value(_SPACE.sub(" ", words.lower()), 1.0, years=False)


def _words_value(words: str, scale: float, years: bool = True) -> float | None:
    total, group = 0.0, 0.0
    if years and _WORDED_YEAR.fullmatch(words.strip()):
        return None  # "two-thousand-two": a year of a radio script
    for part in re.split(r"[- ]+", words.strip()):
        if part == "and" and (total or group):
            continue  # "five hundred and twenty"
        if part == "thousand" and (total or group) and not total:
            total, group = (group or 1) * 1000, 0.0  # "one-thousand-five-hundred"
        elif part in {"hundred", "dozen"}:
            group = (group or 1) * NUMBER_WORDS[part]
        elif part in NUMBER_WORDS:
            group += NUMBER_WORDS[part]
        else:
            return None
    return (total + group) * scale


@functools.lru_cache(maxsize=2)
def seeds(text: str) -> tuple[tuple[int, int], ...]:
    """Return the (start, end) of every :data:`SEED` match in ``text``.

    Kept for the last texts: the windows and the count pass of one story both need them.
    """
    return tuple(lowered_scan.spans(SEED, text))  # the spans of SEED.finditer(text)


def windows(text: str, before: int = 45, after: int = 120) -> list[tuple[int, int]]:
    """Return merged character windows around the number seeds of ``text``."""
    out: list[tuple[int, int]] = []
    for seed_start, seed_end in seeds(text):
        start, end = max(0, seed_start - before), min(len(text), seed_end + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


#: Up to five words ending at a "(": a figure and the hedge before it.
_WORDS_BEFORE = re.compile(r"(?:[\w.,'-]+\s+){0,4}[\w.,'-]+\s*$")
_HEDGE_WORDS = frozenset(w.lower() for w in APPROX_WORDS)


def figure_before(text: str, end: int) -> tuple[int, float, str | None] | None:
    """Return the longest figure of up to five words ending at ``end``, with its hedge.

    Args:
        text: The document text.
        end: Where the figure ends (the "(" of a restatement).

    Returns:
        (start, value, hedge): the start includes a hedge of one to three words right
        before the figure ("almost", "more than", "as much as"); None when no figure ends
        there.
    """
    words = _WORDS_BEFORE.search(text, max(0, end - 60), end)
    if words is None:
        return None
    tokens = list(re.finditer(r"[\w.,'-]+", text[words.start():end]))
    for i, token in enumerate(tokens):
        start = words.start() + token.start()
        figure = text[start:end].strip()
        if not figure[:1].isdigit() and figure.split()[0].lower() not in NUMBER_WORDS:
            continue
        value = parse_amount(figure)
        if value is None:
            continue
        for n in (3, 2, 1):
            hedge = " ".join(t.group().lower() for t in tokens[max(0, i - n):i])
            if i >= n and hedge in _HEDGE_WORDS:
                return words.start() + tokens[i - n].start(), value, hedge
        return start, value, None
    return None


@functools.lru_cache(maxsize=2)  # the three patterns scanned from ``starts`` share one scan
def _seeds(starts: re.Pattern[str], text: str,
           spans: tuple[tuple[int, int], ...]) -> tuple[tuple[int, ...], ...]:
    """Return the start of every ``starts`` match in each window (kept for the last texts)."""
    return tuple(tuple(m.start() for m in starts.finditer(text, start, end))
                 for start, end in spans)
