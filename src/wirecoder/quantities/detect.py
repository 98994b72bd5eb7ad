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
_WORD_SCALE = (r"(?:\s*(?:thousand|million|billion|trillion|lakh\s+crore|crore|lakh)\b"
               r"|\s?(?:bn|mn|mln|bln|tn)\b)")
_LETTER_SCALE = r"(?:[mbk]\b)"
_A_SCALE = r"\b(?:a|an|half\s+a)\s+(?:thousand|million|billion|trillion|dozen)\b"
_AMOUNT = rf"(?:{_A_SCALE}|{_NUM}{_WORD_SCALE}?)"
_AMOUNT_MONEY = rf"(?:{_A_SCALE}|{_NUM}(?:{_WORD_SCALE}|{_LETTER_SCALE})?)"
_HEDGE = rf"(?:\b(?P<hedge>{_alt(APPROX_WORDS)})\s+)?(?:\b(?P<between>between)\s+)?"
_TO = r"\s*(?(between)(?:-|–|to|and)|(?:-|–|to))\s*"
_SYM = _alt(k for k in CURRENCY_SYMBOLS if not k.rstrip('.').isalpha())
_CODES = "|".join(sorted(CURRENCY_CODES))
_PERIODS = r"(?:day|week|month|year|annum|hour)\b(?!\s+(?:earlier|later|ago|before)\b)"
_RATE = (rf"(?:\s+of\s+[a-z]+(?=\s+(?:a|an|per)\s+{_PERIODS}))?"
         rf"(?P<rate>\s+(?:a|an|per|each|every)\s+{_PERIODS}"
         r"|\s*/\s*(?:day|year)\b|\s+(?:daily|annually|yearly|monthly|weekly)\b)?")
#: Per-unit prices: "$4.02 a gallon" is USD/gallon.
_PRICE_BASES = {"gallon": "gallon", "barrel": "barrel", "liter": "liter", "litre": "liter",
                "ton": "metric_ton", "tonne": "metric_ton", "kilogram": "kilogram",
                "kilo": "kilogram", "pound": "pound", "ounce": "troy_ounce", "share": "share",
                "head": "person", "person": "person", "dollar": "USD"}
_MONEY_RATE = (rf"(?:(?P<rate>\s+(?:a|an|per|each|every)\s+{_PERIODS}"
               r"|\s*/\s*(?:day|year)\b|\s+(?:daily|annually|yearly|monthly|weekly)\b)"
               rf"|\s+(?:a|an|per)\s+(?P<base>{'|'.join(_PRICE_BASES)})\b)?")
_CUR2 = "|".join(sorted((w for w in CURRENCY_WORDS if " " in w), key=len, reverse=True))
_UNIT_ALT = _alt(UNITS).replace("\\ ", r"[\s-]")

MONEY_PRE = re.compile(
    rf"{_HEDGE}(?P<cur>{_SYM}|(?-i:{_CODES}|Rs\.?)\s?)(?P<amt>{_AMOUNT_MONEY})"
    rf"(?:{_TO}(?P<cur_b>{_SYM})?(?P<amt2>{_AMOUNT_MONEY}))?(?:\s+(?P<cur2>{_CUR2})\b)?"
    rf"{_MONEY_RATE}", re.I)
MONEY_POST = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT})(?:{_TO}(?P<amt2>{_AMOUNT}))?\s+"
    rf"(?P<cur>{_alt(CURRENCY_WORDS)}|cents|(?-i:{_CODES}))\b{_MONEY_RATE}", re.I)
MEASURE = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT}|\ban?\b|\bone\b)(?:{_TO}(?P<amt2>{_AMOUNT}))?(?:\s*|-)"
    rf"(?P<unit>{_UNIT_ALT})(?![\w])(?!-old){_RATE}", re.I)
_NOT_AFTER = re.compile(r"\s*(?:-?old\b|ago\b|earlier\b|later\b|younger\b|from\s+now\b|"
                        r"older\b|"
                        r"-long\b(?=\s+(?:war|conflict)))", re.I)
AGE = re.compile(r"\b(?P<amt>\d{1,3})(?P<unit>-year-old|-month-old|\s+years?\s+old)\b", re.I)
_SPACE = re.compile(r"\s+")
#: Where a quantity may start: a digit, a currency sign or a number word. Patterns run
#: only in windows around these seeds, which keeps the pass cheap on long articles.
SEED = re.compile(rf"[\d{''.join(k for k in CURRENCY_SYMBOLS if len(k) == 1 and k != '$')}$]"
                  rf"|\b(?:{_WORDNUM}|thousand|million|billion|trillion|dozens?|hundreds?|"
                  r"thousands|millions|billions|scores|tens|half|twice|thrice)\b"
                  r"|\ban?\s+(?:hour|day|week|month|year|decade|century|third|quarter|fifth"
                  r"|percentage|bit|little)\b", re.I)
_UNIT_SCALE = {"bcm": 1e9, "tcm": 1e12, "decade": 10, "decades": 10, "century": 100,
               "centuries": 100}
_FROM = re.compile(r"\bfrom\s+$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:to|-|–)\s*")
_AND = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)


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
    groups = m.groupdict()
    if groups.get("rate"):
        unit, kind = _rate_unit(unit, groups["rate"]), "rate"
    elif groups.get("base"):
        unit, kind = f"{unit}/{_PRICE_BASES[groups['base'].lower()]}", "rate"
    if scale != 1.0:
        value, high = value * scale, high * scale if high is not None else None
    hedge = m.group("hedge")
    ustart = m.start("unit") if "unit" in groups else m.start("cur")
    return Hit(m.start(), m.end(), value, high, unit, kind, hedge.lower() if hedge else None,
               ustart, m.end())


def _change(text: str, m: re.Match[str], hit: Hit) -> list[Hit]:
    """Split "from $5 to $12" (a change, two quantities) into its two amounts."""
    if hit.value_high is None or not _FROM.search(text, max(0, m.start() - 6), m.start()):
        return [hit]
    if not re.match(r"\s*to\s*", text[m.end("amt"):m.start("amt2")]):
        return [hit]
    cut = m.end("amt")
    if "unit" in m.groupdict() and m.group("unit") and m.start("unit") < m.start("amt2"):
        cut = m.end("unit")
    second = m.start("cur_b") if m.groupdict().get("cur_b") else m.start("amt2")
    high = hit.value_high
    return [Hit(hit.start, cut, hit.value, None, hit.unit, hit.kind, hit.qualifier,
                hit.unit_start, cut),
            Hit(second, hit.end, high, None, hit.unit, hit.kind, None, hit.unit_start, hit.end)]


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
            cur = (m.groupdict().get("cur2") or m.group("cur")).lower()
            scale = 0.01 if cur == "cents" else 1.0
            hit = _hit(m, "USD" if scale != 1.0 else _currency(cur), "money", scale)
            if hit is not None:
                yield from _change(text, m, hit)


def _measures(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(MEASURE, text, spans):
        form = _SPACE.sub(" ", m.group("unit").lower().replace("-", " "))
        unit, kind = UNITS[form]
        if kind == "duration" and _NOT_AFTER.match(text, m.end()):
            continue
        if kind != "duration" and not m.group("hedge") and m.group("amt").lower() in {"a", "an"}:
            continue  # "a liter of gasoline costs": a price base, not an amount
        hit = _hit(m, unit, kind, _UNIT_SCALE.get(form, 1.0))
        if hit is not None:
            yield from _change(text, m, hit)


def _ages(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(AGE, text, spans):
        unit = "month" if "month" in m.group("unit") else "year"
        yield Hit(m.start(), m.end(), float(m.group("amt")), None, unit, "other", None,
                  m.start("unit"), m.end())


def find(text: str, spans: list[tuple[int, int]] | None = None) -> list[Hit]:
    """Return the pattern quantities of ``text``, longest first where they overlap.

    Args:
        text: The article text.
        spans: Its number-seed windows (computed when not given).

    Returns:
        Non-overlapping hits in text order.
    """
    spans = windows(text) if spans is None else spans
    found = [*_money(text, spans), *_measures(text, spans), *_ages(text, spans)]
    hits = sorted(found, key=lambda h: (h.start, -(h.end - h.start)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.start < kept[-1].end:
            if hit.end - hit.start > kept[-1].end - kept[-1].start:
                kept[-1] = hit
            continue
        if kept and _ranged(text, kept[-1], hit):
            low = kept[-1]
            hit = Hit(low.start, hit.end, low.value, hit.value, low.unit, low.kind,
                      low.qualifier, low.unit_start, hit.end)
            kept[-1] = hit
            continue
        kept.append(hit)
    return kept


def _ranged(text: str, low: Hit, high: Hit) -> bool:
    """Return True for "250% to 390%": two amounts of one unit joined as a range."""
    if low.unit != high.unit or low.value_high is not None or high.qualifier:
        return False
    gap = text[low.end : high.start]
    if _FROM.search(text, max(0, low.start - 6), low.start):
        return False  # "from 5% to 7%": a change, two quantities
    if _BETWEEN.search(text, max(0, low.start - 9), low.start):
        return bool(_AND.fullmatch(gap))
    return bool(_RANGE_GAP.fullmatch(gap)) and high.value > low.value
