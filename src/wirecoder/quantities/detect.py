"""Pattern pass: numbers with a currency or a unit, found by regexes compiled once.

The patterns read money ("as much as $11.15 billion", "5 million euros",
"USD 3bn", "$5-6 billion"), measures ("25 million tons", "30-day"), percentages
and rates ("400,000 barrels a day" is one quantity: 400,000 barrel/day). Bare
numbers are left to :mod:`wirecoder.quantities.counts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .lexicon import (
    APPROX_WORDS,
    CURRENCY_CODES,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    RATE_PERIODS,
    SCALES,
    UNITS,
)

__all__ = ["SEED", "Hit", "find", "parse_amount", "windows"]


@dataclass(frozen=True)
class Hit:
    """One quantity found by a pattern, before context is added."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    kind: str
    qualifier: str | None
    unit_start: int
    unit_end: int


def _alt(words: object) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[arg-type]


_WORDNUM = _alt(w for w in NUMBER_WORDS if w not in {"a", "an", "half", "dozen", "hundred"})
_NUM = (rf"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+"
        rf"|\b(?:{_WORDNUM})(?:[- ](?:{_WORDNUM}))?(?:\s+hundred)?\b)")
_WORD_SCALE = r"(?:\s*(?:thousand|million|billion|trillion)\b|\s?(?:bn|mn|mln|bln|tn)\b)"
_LETTER_SCALE = r"(?:[mbk]\b)"
_A_SCALE = r"\b(?:a|an|half\s+a)\s+(?:thousand|million|billion|trillion|dozen)\b"
_AMOUNT = rf"(?:{_A_SCALE}|{_NUM}{_WORD_SCALE}?)"
_AMOUNT_MONEY = rf"(?:{_A_SCALE}|{_NUM}(?:{_WORD_SCALE}|{_LETTER_SCALE})?)"
_HEDGE = rf"(?:\b(?P<hedge>{_alt(APPROX_WORDS)})\s+)?(?:\b(?P<between>between)\s+)?"
_TO = r"\s*(?(between)(?:-|–|to|and)|(?:-|–|to))\s*"
_SYM = _alt(CURRENCY_SYMBOLS)
_CODES = "|".join(sorted(CURRENCY_CODES))
_RATE = (r"(?P<rate>\s+(?:a|an|per|each|every)\s+(?:day|week|month|year|annum|hour)\b"
         r"|\s*/\s*(?:day|year)\b|\s+(?:daily|annually|yearly|monthly|weekly)\b)?")
_UNIT_ALT = _alt(UNITS)

MONEY_PRE = re.compile(
    rf"{_HEDGE}(?P<cur>{_SYM}|(?-i:{_CODES})\s?)(?P<amt>{_AMOUNT_MONEY})"
    rf"(?:{_TO}(?:{_SYM})?(?P<amt2>{_AMOUNT_MONEY}))?{_RATE}", re.I)
MONEY_POST = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT})(?:{_TO}(?P<amt2>{_AMOUNT}))?\s+"
    rf"(?P<cur>{_alt(CURRENCY_WORDS)}|(?-i:{_CODES}))\b{_RATE}", re.I)
MEASURE = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT})(?:{_TO}(?P<amt2>{_AMOUNT}))?(?:\s*|-)"
    rf"(?P<unit>{_UNIT_ALT})(?![\w])(?!-old){_RATE}", re.I)
_NOT_AFTER = re.compile(r"\s*(?:-?old\b|ago\b|earlier\b|later\b|before\b|after\b|younger\b|"
                        r"older\b|"
                        r"-long\b(?=\s+(?:war|conflict)))", re.I)
AGE = re.compile(r"\b(?P<amt>\d{1,3})(?P<unit>-year-old|-month-old|\s+years?\s+old)\b", re.I)
_SPACE = re.compile(r"\s+")
#: Where a quantity may start: a digit, a currency sign or a number word. Patterns run
#: only in windows around these seeds, which keeps the pass cheap on long articles.
SEED = re.compile(rf"[\d{''.join(k for k in CURRENCY_SYMBOLS if len(k) == 1 and k != '$')}$]"
                  rf"|\b(?:{_WORDNUM}|thousand|million|billion|trillion|dozens?|hundreds|"
                  r"thousands|millions|scores|tens)\b", re.I)
_UNIT_SCALE = {"bcm": 1e9, "tcm": 1e12}


def parse_amount(text: str) -> float | None:
    """Return the value of an amount such as ``1.5 million``, ``$5bn``, ``twenty-five``.

    Args:
        text: The amount, without currency or unit.

    Returns:
        The value, or None when the text holds no number.
    """
    words = _SPACE.sub(" ", text.lower().replace(",", "")).strip()
    scale = 1.0
    for key in sorted(SCALES, key=len, reverse=True):
        if words.endswith(key) and (len(words) == len(key) or not words[-len(key) - 1].isalpha()):
            scale, words = SCALES[key], words[: -len(key)].strip()
            break
    if words in {"", "a", "an"}:
        return scale if words else None
    if words == "half a":
        return 0.5 * scale
    try:
        return float(words) * scale
    except ValueError:
        return _words_value(words, scale)


def _words_value(words: str, scale: float) -> float | None:
    total = 0.0
    for part in re.split(r"[- ]", words):
        if part in {"hundred", "dozen"}:
            total = (total or 1) * NUMBER_WORDS[part]
        elif part in NUMBER_WORDS:
            total += NUMBER_WORDS[part]
        else:
            return None
    return total * scale


def _rate_unit(base: str, rate: str | None) -> str:
    if not rate:
        return base
    word = rate.strip().lower().split()[-1].lstrip("/")
    return f"{base}/{RATE_PERIODS.get(word, word)}"


def _currency(cur: str) -> str:
    key = cur.strip().lower()
    return CURRENCY_SYMBOLS.get(key) or CURRENCY_WORDS.get(key) or cur.strip().upper()


def _hit(m: re.Match[str], unit: str, kind: str, scale: float = 1.0) -> Hit | None:
    value = parse_amount(m.group("amt"))
    if value is None:
        return None
    high = parse_amount(m.group("amt2")) if m.group("amt2") else None
    if high is not None and high > value and _implied_scale(m.group("amt")) == 1.0:
        shared = _implied_scale(m.group("amt2"))  # "$5-6 billion": the scale is shared
        value = value * shared if value * shared <= high else value
    rate = m.group("rate")
    if rate:
        unit, kind = _rate_unit(unit, rate), "rate"
    if scale != 1.0:
        value, high = value * scale, high * scale if high is not None else None
    hedge = m.group("hedge")
    ustart = m.start("unit") if "unit" in m.groupdict() else m.start("cur")
    return Hit(m.start(), m.end(), value, high, unit, kind, hedge.lower() if hedge else None,
               ustart, m.end())


def _implied_scale(amount: str) -> float:
    low = amount.lower()
    return next((v for k, v in SCALES.items() if len(k) > 2 and low.endswith(k)), 1.0)


def windows(text: str, before: int = 45, after: int = 120) -> list[tuple[int, int]]:
    """Return merged character windows around the number seeds of ``text``."""
    out: list[tuple[int, int]] = []
    for m in SEED.finditer(text):
        start, end = max(0, m.start() - before), min(len(text), m.end() + after)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _scan(pattern: re.Pattern[str], text: str,
          spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


def _money(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for pattern in (MONEY_PRE, MONEY_POST):
        for m in _scan(pattern, text, spans):
            hit = _hit(m, _currency(m.group("cur")), "money")
            if hit is not None:
                yield hit


def _measures(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(MEASURE, text, spans):
        form = _SPACE.sub(" ", m.group("unit").lower())
        unit, kind = UNITS[form]
        if kind == "duration" and _NOT_AFTER.match(text, m.end()):
            continue  # "two years ago", "a 5-year-old": a date or an age
        hit = _hit(m, unit, kind, _UNIT_SCALE.get(form, 1.0))
        if hit is not None:
            yield hit


def _ages(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(AGE, text, spans):
        unit = "month" if "month" in m.group("unit") else "year"
        yield Hit(m.start(), m.end(), float(m.group("amt")), None, unit, "other", None,
                  m.start("unit"), m.end())


def find(text: str) -> list[Hit]:
    """Return the pattern quantities of ``text``, longest first where they overlap.

    Args:
        text: The article text.

    Returns:
        Non-overlapping hits in text order.
    """
    spans = windows(text)
    found = [*_money(text, spans), *_measures(text, spans), *_ages(text, spans)]
    hits = sorted(found, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        kept.append(hit)
    return kept
