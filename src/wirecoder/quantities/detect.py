"""Pattern pass: numbers with a currency or a unit, found by regexes compiled once.

The patterns read money ("as much as $8.35 billion", "5 million euros",
"USD 3bn", "$5-6 billion"), measures ("40 million tonnes", "30-day"), percentages
and rates ("250,000 barrels a day" is one quantity: 250,000 barrel/day). Bare
numbers are left to :mod:`wirecoder.quantities.counts`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from ..textutil import longest_spans
from .currencies import local_currency
from .lexicon import (
    APPROX_WORDS,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    SCALES,
    UNIT_SCALES,
    UNITS,
    unit_scale,
)
from .numbers import (
    _AMOUNT,
    _AMOUNT_MONEY,
    _PAREN,
    _VULGAR,
    _WORD_SCALE,
    SCALED_AMOUNT,
    SEED,
    _alt,
    _seeds,
    figure_before,
    parse_amount,
    seeds,
    windows,
)
from .registry import symbol_unit, unit_table
from .unit_senses import (
    CURRENCY_CODE_ALT,
    CURRENCY_SYMBOL_ALT,
    acronym,
    currency,
    degree_scale,
    mercury,
    not_a_span,
    price_base,
    rate_unit,
    sterling,
)

__all__ = ["CHANGE_BEFORE", "SCALED_AMOUNT", "SEED", "Hit", "find", "merge", "parse_amount",
           "seeds", "windows"]

_SYM = CURRENCY_SYMBOL_ALT
_CODES = CURRENCY_CODE_ALT


@dataclass(frozen=True)
class Hit:
    """One quantity found by a pattern, before context is added."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str
    kind: str
    #: The hedge as written ("about"); "" for an amount approximate with no hedge written
    #: (a bare "decades"); None for an exact amount.
    qualifier: str | None
    unit_start: int
    unit_end: int


_HEDGE = rf"(?:\b(?P<hedge>{_alt(APPROX_WORDS)})\s+)?(?:\b(?P<between>between)\s+)?"
#: Ranges "4-to-6-inch", "3 -4 inches"; " -" + a decimal percent ending a line signs it: "1 -0.3%".
_TO = r"\s*(?(between)(?:-|–|to|and)|(?:-to-|(?<!\s)-|-(?!\d[\d,]*\.\d+%[ \t\r]*(?!.))|–|to))\s*"
#: A refinery's "barrels per calendar day" / "per stream day" are barrels a day.
#: A decade and a century are periods of climate trends ("0.2 inch per decade", "1.5F/century");
#: after "a"/"an" they are no period before "after", "into", "since" ("40 tons a decade after it
#: opened": a time, as "a decade ago"); "per decade since 1950" stays a rate.
_PERIODS = (r"(?:(?:calendar|stream)\s+)?(?:day|week|month|year|annum|hour|second|minute|"
            r"(?:decade|century)(?:(?<=per\sdecade)|(?<=per-decade)|(?<=per\scentury)"
            r"|(?<=per-century)|(?!\s+(?:after|into|since)\b)))\b"
            r"(?!\s+(?:earlier|later|ago|before)\b)")
#: Per-units of compound units: "kWh per capita", "tonnes per hectare", "L/ha".
PER_UNITS = {"capita": "person", "person": "person", "head": "person", "hectare": "hectare",
             "ha": "hectare", "acre": "acre", "km": "kilometer", "kilometer": "kilometer",
             "kilometre": "kilometer", "mile": "mile", "square kilometer": "square_kilometer",
             "km2": "square_kilometer", "km²": "square_kilometer", "barrel": "barrel",
             "ton": "metric_ton", "tonne": "metric_ton", "liter": "liter", "litre": "liter",
             "kg": "kilogram", "kilogram": "kilogram", "mwh": "megawatt_hour",
             "kwh": "kilowatt_hour", "household": "household", "student": "person",
             "resident": "person", "inhabitant": "person", "cubic meter": "cubic_meter",
             "cubic metre": "cubic_meter", "m3": "cubic_meter", "square meter": "square_meter",
             "square metre": "square_meter", "gallon": "gallon",
             # output per hour of work: "6.7 tons/miner-hour", "per man-hour"
             "miner-hour": "miner_hour", "man-hour": "man_hour", "worker-hour": "worker_hour",
             "employee-hour": "employee_hour", "person-hour": "person_hour"}
_PER = _alt(PER_UNITS, space=r"\s")
#: "per hectare", "on every hectare", "for each resident", "/ha".
#: After "a person" / "a resident": the noun heads a clause of its own, no per-unit ("40 kg a
#: person had hidden", "3 tonnes a resident of the hills buried"): a verb (an auxiliary, a
#: past tense), "of" or a relative pronoun.
_CLAUSE_AFTER = (r"\s+(?:of|who|whom|whose|that|which|had|has|have|was|were|is|are|would|will|"
                 r"could|can|may|might|must|should|shall|did|does|do|said|says|told|tells|"
                 r"kept|keeps|hid|hides|found|finds|brought|took|sold|bought|gave|left|got|"
                 r"held|stole|carried|[a-z]+ed)\b")
_PER_LINK = (r"(?:\s+per\s+|\s+(?:on|for|in)\s+(?:every|each)\s+|\s*/\s*"
             # "8 tonnes a hectare", "5 litres a head": "a" before an area or a person
             r"|\s+an?\s+(?=(?:hectare|acre|square\s+(?:mile|kilometer|kilometre|meter|metre))\b"
             rf"|(?:head|person|capita|household|resident|inhabitant)\b(?!{_CLAUSE_AFTER})))")
#: An inserted commodity is words, never a preposition ("0.75 inches of rain in an hour").
_WORD = r"(?!(?:in|on|at|for|over|within|during|by|from|to|after)\b)[a-z][a-z0-9]*"
#: A frequency written apart from the measure is no rate (guideline rule 7: "400 licenses
#: annually", "13,700 dogs ... every month"): an adverb ("daily", "annually") or "each" /
#: "every" + period after the unit leaves the amount alone; "a", "an", "per" and "/" make
#: the rate ("250,000 barrels a day", "5 tons per year").
_RATE = (rf"(?:\s+of\s+{_WORD}(?:\s+{_WORD}){{0,3}}?(?=\s+(?:a|an|per)\s+{_PERIODS}"
         rf"|{_PER_LINK}{_PER}))?"
         rf"(?:(?P<rate>(?:\s+|-)(?:a|an|per)(?:\s+|-){_PERIODS}"
         r"|\s*/\s*(?:day|year|d|cd|sd|hour|hr|h|month|week|yr|y|sec|min|decade|century)\b)"
         rf"|{_PER_LINK}(?P<per>{_PER})(?:s|es)?\b)?")
#: A second period after a rate: "12 liters per household a week" is ``liter/household/week``,
#: "600 cubic meters per second each hour" ``cubic_meter/second/hour``.
_SECOND_PERIOD = re.compile(rf"(?:\s+|-)(?:a|an|per|each|every)(?:\s+|-){_PERIODS}", re.I)
#: Per-unit prices: "$4.02 a gallon" is USD/gallon.
_PRICE_BASES = {"gallon": "gallon", "barrel": "barrel", "liter": "liter", "litre": "liter",
                "mwh": "megawatt_hour", "kwh": "kilowatt_hour", "megawatt-hour": "megawatt_hour",
                "kilowatthour": "kilowatt_hour", "million btu": "MMBtu",
                "million british thermal units": "MMBtu", "mcf": "Mcf",
                "thousand cubic feet": "Mcf", "hundredweight": "hundredweight",
                "cwt": "hundredweight", "b": "barrel", "megawatt hour": "megawatt_hour",
                "kilowatt-hour": "kilowatt_hour", "kilowatt hour": "kilowatt_hour",
                "hectare": "hectare", "acre": "acre", "capita": "person", "bushel": "bushel",
                "cubic meter": "cubic_meter", "mmbtu": "MMBtu", "short ton": "short_ton",
                "ton": "metric_ton", "tonne": "metric_ton", "kilogram": "kilogram",
                "kilo": "kilogram", "pound": "pound", "ounce": "ounce", "share": "share",
                "head": "person", "person": "person", "dollar": "USD", "gal": "gallon",
                "dozen": "dozen", "bbl": "barrel", "troy ounce": "troy_ounce",
                "metric ton": "metric_ton", "metric tonne": "metric_ton",
                "cubic metre": "cubic_meter", "square meter": "square_meter",
                "square metre": "square_meter", "square foot": "square_foot"}
#: The unit table's physical units are price bases too ("$1.20 per therm", "$700 per
#: acre-foot", "$30 per cubic yard"), unless their spelling carries a scale ("bcm").
_TABLE_BASES = {form: unit for form, (unit, kind) in UNITS.items()
                if kind in {"mass", "volume", "area", "length", "other"}
                and form not in UNIT_SCALES and unit not in {"degree", "celsius", "fahrenheit"}}
_BASE_ALT = _alt({**_TABLE_BASES, **_PRICE_BASES}, space=r"[\s-]")
_MONEY_RATE = (rf"(?:(?P<rate>\s+(?:a|an|per)\s+{_PERIODS}|\s*/\s*(?:day|year)\b)"
               rf"|(?:\s+(?:a|an|per)\s+|\s*/\s*)(?P<base>{_BASE_ALT})\b)?")
_CUR2 = "|".join(sorted((w for w in CURRENCY_WORDS if " " in w), key=len, reverse=True))
#: A space of a unit name: also a hyphen, or a hyphen and a space ("five kilowatt- hours").
_UNIT_ALT = _alt(UNITS, space=r"(?:-[^\S\n]|[\s-])")
#: A measure per a counted thing: "3,400 liters per crossing" is ``liter/crossing``,
#: "1,850 feet per shift" ``foot/shift``. The noun is one singular lower-case word (no
#: unit, period, "cent", function word, or source of a figure: "per data", "per police",
#: "per official count")
#: ending the phrase: punctuation, a capital, a number or a function word follows it, never
#: another noun ("13.5 kilometers per radar readings": "per" is "according to") or "of".
_PER_NOUN = re.compile(
    r"\s+per\s+"
    # one adjective of a relational suffix may stand before the noun: "per residential
    # customer", "per typical household", "per commercial flight"
    r"(?:(?-i:[a-z]{3,}(?:al|ic|ive|ous|ary))\s+)?"
    r"(?P<noun>(?!(?:cent|percent|capita|se|the|a|an|each|every|one|unit|year|month|week|day|"
    r"hour|minute|second|decade|annum|century|data|media|police|report|estimate|survey|census|"
    r"study|statement|source|record|agreement|contract|law|treaty|rule|regulation|policy|plan|"
    r"schedule|design|standard|request|order|guidance|count|tally|figure|account|calculation|"
    r"reckoning|tabulation|assessment|projection|forecast|analysis|poll|tracker|database|"
    r"website|registry|ministry|government|authority|agency|official)\b)"
    r"(?-i:[a-z]{2,}(?:ss|us|is|[a-rt-z])))\b(?![-/])"
    r"(?=\s*(?:$|[^\w\s]|\s+(?-i:[A-Z0-9]|(?:in|at|on|for|during|over|across|from|to|with|by|"
    r"since|after|before|under|within|than|and|or|but|last|this|next|per|each|every|a|an|is|was|"
    r"are|were|will|would|has|had|have|annually|daily|yearly|monthly|weekly|while|when|as|"
    r"that|which|according)\b)))", re.I)
#: A unit of the table after "per": the base of a compound unit ("Btu per kilowatthour").
_PER_TABLE_UNIT = re.compile(rf"\s+per\s+(?P<base>{_UNIT_ALT})(?![\w-])", re.I)
#: Kinds of units that take a per-noun (not money, percentages, durations or counts).
_PER_NOUN_KINDS = frozenset({"length", "area", "volume", "mass", "other"})
#: Words between a number and its unit saying which length ("2,300 lane miles"), land ("planted
#: acres") or span of time ("12 consecutive weeks", "480 flight hours"; before a unit of time,
#: never after "a"/"an": "a long day" is no amount, nor a singular after a number other than one
#: or a year in digits: "its 2024 full year results", ``_measure_hit``).
_UNIT_MODIFIER = (
    r"(?:(?:lane|river|road|route|track|trail|statute|linear|shoreline)\s+"
    r"|(?:farmland|cropland|crop|planted|harvested|irrigated|arable|forest|pasture|grazing)\s+"
    r"(?=(?:acres?|hectares?)\b)"  # land by its use: "10 million farmland acres"
    r"|(?P<mod>consecutive|straight|successive|short|long|full|whole|flight|flying)\s+"
    r"(?=(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b))?")

MONEY_PRE = re.compile(
    rf"{_HEDGE}(?P<cur>{_SYM}|(?-i:{_CODES}|Rs\.?)\s?)(?P<amt>{_AMOUNT_MONEY})"
    rf"(?:{_TO}(?P<cur_b>{_SYM})?(?P<amt2>{_AMOUNT_MONEY}))?(?:\s+(?P<cur2>{_CUR2})\b)?"
    rf"{_MONEY_RATE}", re.I)
MONEY_POST = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT}|{_PAREN}{_WORD_SCALE}?)(?:{_TO}(?P<amt2>{_AMOUNT}))?\s+"
    rf"(?P<cur>{_alt(CURRENCY_WORDS)}|cents|(?-i:{_CODES}))\b{_MONEY_RATE}", re.I)
MEASURE = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT}|\ban?\b|\bone\b)(?P<plus>\+|-plus\b)?(?:{_TO}(?P<amt2>{_AMOUNT}))?"
    # "an 8- percent drop": a stray space after the hyphen; never a line break (a list
    # item "- tents, 85" over the line "Gallons of diesel: ...": a count and the next label)
    r"(?:[^\S\n]*|-[^\S\n]?)"
    rf"{_UNIT_MODIFIER}(?P<unit>{_UNIT_ALT})(?![\w])(?!-old)"
    # "500 megawatts hours before the storm": megawatts, and hours before the storm
    r"(?!(?:(?<=watts[\s-]hours)|(?<=\b[kmgt]w[\s-]hours))\s+(?:before|after|later|earlier|ago)\b)"
    rf"{_RATE}", re.I)
#: "of" right before a worded amount, and a fraction word before that "of" (a definite
#: number of parts, as ``unitless.FRACTION`` reads them).
_OF_BEFORE = re.compile(r"\bof\s+$", re.I)
_FRACTION_OF = re.compile(
    r"(?:\b(?:a|one|two|three|four|five|six|seven|eight|nine)[- ](?:halves|half|thirds?|"
    r"quarters?|fourths?|fifths?|sixths?|tenths?)|\bhalf)\s+of\s+$", re.I)
_FOOT_MEASURE = re.compile(r"\s+(?:of|deep|high|tall|long|wide|thick)\b|\s*[,.;)]", re.I)
_NOT_AFTER = re.compile(r"\s*(?:-?old\b|ago\b|earlier\b|later\b|younger\b|from\s+now\b|"
                        r"older\b|(?:after|before|past|to)\s+(?:midnight|noon|the\s+hour)\b|"
                        r"-long\b(?=\s+(?:war|conflict)))", re.I)
_SYMBOLS = unit_table().symbols
SYMBOL_MEASURE = re.compile(
    rf"{_HEDGE}(?P<amt>{_AMOUNT})(?P<plus>\+|-plus\b)?(?:{_TO}(?P<amt2>{_AMOUNT}))?(?:[^\S\n]?|-)"
    rf"(?P<unit>(?-i:{_alt(_SYMBOLS, flags=0)}))(?![\w²³]){_RATE}", re.I)
#: Where MONEY_POST, MEASURE and SYMBOL_MEASURE can start: a hedge ("about 5 tons", the
#: first word of an APPROX_WORDS phrase), "between", or an amount: a digit, sign, decimal
#: point or fraction, "a"/"an"/"half" ("a thousand", "half a million"), "minus", "one",
#: a number word. Each is a whole word there, hence ``\b...\b``. (A test checks that the
#: matches are those of scanning every position.)
_START_WORDS = {re.match(r"\w+", w).group() for w in APPROX_WORDS} | {  # type: ignore[union-attr]
    "between", "a", "an", "half", "minus", "one", "couple",
    *(w for w in NUMBER_WORDS if w not in {"a", "an", "half", "dozen", "hundred"})}
_AMOUNT_STARTS = re.compile(rf"\((?=\d)|[\d.\-−{_VULGAR}]|\b{_alt(_START_WORDS)}\b", re.I)
#: The patterns scanned from ``_AMOUNT_STARTS`` only.
_SCANNED = (MONEY_POST, MEASURE, SYMBOL_MEASURE)
#: What every match of a pattern scanned without ``starts`` holds (MONEY_PRE: its currency
#: symbol or code; absent from 95 % of the VOA corpus's windows). A unit symbol is no core:
#: some symbol ("m", "t") is in every window.
_CORES = {MONEY_PRE: re.compile(rf"{_SYM}|(?-i:{_CODES}|Rs)", re.I)}
AGE = re.compile(r"\b(?P<amt>\d{1,3})(?P<unit>-year-old|-month-old|\s+years?\s+old)\b", re.I)
_SPACE = re.compile(r"\s+")
_UNIT_SCALE = UNIT_SCALES
_FROM = re.compile(r"\bfrom\s+$", re.I)
#: "ranging from 2 to 6 inches", "sizes vary from 3 to 5 m": a range, not a change.
_RANGE_FROM = re.compile(r"\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying))\s+from\s+$", re.I)
_RANGE_GAP = re.compile(r"\s*(?:to|-|–)\s*")
_AND = re.compile(r"\s+and\s+")
_BETWEEN = re.compile(r"\bbetween\s+$", re.I)
#: Before "X to Y": an increment and the level it leads to, two quantities ("exports are
#: raised 500,000 tons to 33.0 million tons", "grew by 270,000 b/d to 13.2 million b/d").
CHANGE_BEFORE = re.compile(
    r"\b(?:by|(?:rais|lift|increas|reduc|boost|revis|trimm|lower|cut|add|push|drive|driv)"
    r"(?:e|es|ed|ing|s|ting|ped|ping)?|rose|fell|grew|dropped|declined|climbed|jumped|slipped)"
    r"\s+$", re.I)


def _hit(m: re.Match[str], unit: str, kind: str, scale: float = 1.0) -> Hit | None:
    value = parse_amount(m.group("amt"))
    if value is None:
        return None
    high = parse_amount(m.group("amt2")) if m.group("amt2") else None
    start = m.start()
    if high is not None and value > high >= 0 and not _FROM.search(
            m.string, max(0, start - 6), start) and _implied_scale(m.group("amt2")) == 1.0 \
            and not m.groupdict().get("cur_b"):
        # "from a high of 81% in 2024 to 69%": a falling "range" is no range; the number
        # before "to" (a year, a date) is not part of the amount, the hedge neither
        value, high, start = high, None, m.start("amt2")
    if high is not None and high > value and _implied_scale(m.group("amt")) == 1.0:
        shared = _implied_scale(m.group("amt2"))  # "$5-6 billion": the scale is shared
        # a falling change shares it too ("decreased from 27.3 to 26.8 million hectares"),
        # when the scaled figure is within ten times the second
        falling = (bool(_FROM.search(m.string, max(0, start - 6), start))
                   and value * shared <= 10 * high)
        value = value * shared if value * shared <= high or falling else value
    groups = m.groupdict()
    if groups.get("rate"):
        unit, kind = rate_unit(unit, groups["rate"]), "rate"
    elif groups.get("per"):
        per = _SPACE.sub(" ", groups["per"].lower())
        unit, kind = f"{unit}/{PER_UNITS.get(per, per)}", "rate"
    elif groups.get("base"):
        base = _SPACE.sub(" ", groups["base"].lower().replace("-", " "))
        found = _PRICE_BASES.get(base) or _TABLE_BASES.get(base, base)
        unit, kind = f"{unit}/{found}", "rate"
    end = m.end()
    per_noun = None if unit.count("/") or kind not in _PER_NOUN_KINDS else \
        _PER_NOUN.match(m.string, end)
    if per_noun is not None and per_noun["noun"] not in UNITS:
        unit, kind, end = f"{unit}/{per_noun['noun']}", "rate", per_noun.end()
    per_unit = None if unit.count("/") or kind not in _PER_NOUN_KINDS else \
        _PER_TABLE_UNIT.match(m.string, end)
    if per_unit is not None:  # "7,500 Btu per kilowatthour", "95 grams per kilometer"
        base_form = _SPACE.sub(" ", per_unit["base"].lower().replace("-", " "))
        base_unit, base_kind = UNITS[base_form]
        if base_kind not in {"duration", "money", "percent", "count"} and base_unit != unit:
            unit, kind, end = f"{unit}/{base_unit}", "rate", per_unit.end()
            # a base carrying a scale: "127 kWh per Mcf" is 0.127 kWh per cubic foot
            base_scale = unit_scale(base_form, per_unit["base"])
            if base_scale != 1.0:
                value, high = value / base_scale, high / base_scale if high is not None else None
    second = _SECOND_PERIOD.match(m.string, end) if kind == "rate" else None
    if second is not None and rate_unit("", second.group()) != unit[unit.rfind("/"):]:
        unit, end = rate_unit(unit, second.group()), second.end()
    if scale != 1.0:
        value, high = value * scale, high * scale if high is not None else None
    hedge = m.group("hedge") if start == m.start() else None
    qualifier = hedge.lower() if hedge else None
    if qualifier is None and groups.get("plus"):
        qualifier = "or more"  # "200+ mph"
    elif qualifier is None and "couple" in m.group("amt").lower():
        qualifier = "a couple of"
    ustart = m.start("unit") if "unit" in groups else m.start("cur")
    return Hit(start, end, value, high, unit, kind, qualifier, ustart, end)


def _change(text: str, m: re.Match[str], hit: Hit) -> list[Hit]:
    """Split "from $5 to $12" (a change, two quantities) into its two amounts."""
    if hit.value_high is None or not _FROM.search(text, max(0, m.start() - 6), m.start()):
        return [hit]
    if _RANGE_FROM.search(text, max(0, m.start() - 14), m.start()):
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


def _scan(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]],
          starts: re.Pattern[str] | None = None) -> Iterator[re.Match[str]]:
    """Yield ``pattern.finditer`` over each window, trying only ``starts`` when given.

    ``starts`` must match (without overlap) at every position where ``pattern`` can
    start: the matches are then those of ``finditer``, found without running the long
    pattern at every character. A window without the pattern's core (``_CORES``) is skipped.
    """
    if starts is None:
        core = _CORES.get(pattern)
        for start, end in spans:
            if core is None or core.search(text, start, end):
                yield from pattern.finditer(text, start, end)
        return
    for (start, end), opens in zip(spans, _seeds(starts, text, tuple(spans)), strict=True):
        pos = start
        for seed in opens:
            if seed >= pos and (m := pattern.match(text, seed, end)):
                yield m
                pos = m.end()


def _starts(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return _AMOUNT_STARTS if pattern in _SCANNED else None


_SHARED_NAME = re.compile(r"(?:rupee|peso|shilling|dinar|franc|rial|riyal)s?|rs\.?", re.I)


def _money(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for pattern in (MONEY_PRE, MONEY_POST):
        for m in _scan(pattern, text, spans, _starts(pattern)):
            cur = (m.groupdict().get("cur2") or m.group("cur")).lower()
            scale = 0.01 if cur == "cents" else 1.0
            code = "USD" if scale != 1.0 else currency(cur)
            if _SHARED_NAME.fullmatch(cur.strip()):  # a bare "rupees", not "Indian rupees"
                code = local_currency(code, text, m.start())
            hit = _hit(m, code, "money", scale)
            if hit is not None:
                yield from _change(text, m, _negated(text, hit))


_MINUS_BEFORE = re.compile(r"(?:\bminus\s+|(?<![\w.,])[−-])$", re.I)


def _negated(text: str, hit: Hit) -> Hit:
    """Return the hit negated when "minus" or a minus sign stands before its currency."""
    sign = _MINUS_BEFORE.search(text, max(0, hit.start - 7), hit.start)
    if sign is None or hit.qualifier or hit.value < 0:
        return hit
    high = -hit.value_high if hit.value_high is not None else None
    return Hit(sign.start(), hit.end, -hit.value, high, hit.unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)


def _measures(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(MEASURE, text, spans, _starts(MEASURE)):
        form = _SPACE.sub(" ", m.group("unit").lower().replace("-", " "))
        unit, kind = UNITS[form]
        hit = _measure_hit(text, m, form, unit, kind)
        if hit is not None:
            yield from _change(text, m, hit)
    for m in _scan(SYMBOL_MEASURE, text, spans, _starts(SYMBOL_MEASURE)):
        symbol = m.group("unit")
        found = symbol_unit(text, m.start("amt"), m.end("unit"), symbol)
        if found is None:
            continue
        unit, kind, scale = found
        hit = _measure_hit(text, m, symbol, unit, kind, scale)
        if hit is not None:
            yield from _change(text, m, hit)


def _measure_hit(text: str, m: re.Match[str], form: str, unit: str, kind: str,
                 scale: float | None = None) -> Hit | None:
    """Return the hit of a number with a unit, or None when it is no measurement."""
    if kind == "duration" and _NOT_AFTER.match(text, m.end()):
        return None
    worded = not m.group("hedge") and m.group("amt").lower() in {"a", "an"}
    if m.groupdict().get("mod") and (worded or not_a_span(m.group("amt"), m.group("unit"))):
        return None  # "a long day", "a full week": a description, no amount
    written = m.group("unit")
    if worded and not written.split()[0].islower() and (not written.isupper()
                                                         or len(written) <= 3):
        # "a Mw 7.1 quake", "a MB file": an abbreviation takes a written number ("a degree
        # Celsius" is a name: its first word is lower-case)
        return None
    if (worded and not written.islower()
            and _OF_BEFORE.search(text, max(0, m.start() - 4), m.start())
            and not _FRACTION_OF.search(text, max(0, m.start() - 40), m.start())):
        # "a degree Fahrenheit" after "of" is one degree only as the whole of a fraction
        # ("two-fifths of a degree Fahrenheit" is 0.4); after a vague part ("some hundredths
        # of") it is none
        return None
    if acronym(text, m.end("unit"), form, written):
        return None  # "50 MHA teams", "300 MVA employees": a body's acronym
    if kind != "duration" and worded and price_base(text, m):
        return None  # "a gallon of milk costs $5": a price base, not an amount
    if worded and form == "foot" and not m.group("rate") and not _FOOT_MEASURE.match(
            text, m.end()):
        return None  # "a foot patrol", "a foot soldier"
    if unit == "degree":
        unit = degree_scale(text, m.start(), m.end(), parse_amount(m.group("amt")))
    if unit == "inch" and mercury(text, m):
        unit, kind = "inch_Hg", "other"
    if unit == "pound" and sterling(text, m):
        unit, kind = "GBP", "money"
    return _hit(m, unit, kind, unit_scale(form, written) if scale is None else scale)


#: Worded durations of one unit: "a yearlong deployment", "YEAR LONG", "the next day or two".
WORDED_DURATION = re.compile(
    r"\b(?P<unit>hour|day|week|month|year)(?:[- ]?(?P<long>long)\b(?![- ](?:war|conflict))"
    r"|\s+or\s+(?P<two>two)\b)", re.I)
#: A hedge after the amount, inside the span: "a half mile or less", "40 mph or higher".
_POSTFIX = re.compile(r"\s+or\s+(?:less|more|higher|greater|fewer|lower|so|longer)\b", re.I)


#: Cheap anchors of :data:`WORDED_DURATION` (a literal-led scan, faster than the pattern's).
_DURATION_ANCHOR = re.compile(r"long\b|LONG\b|Long\b|or two\b|OR TWO\b")
_DURATION_UNIT_BEFORE = re.compile(r"\b(?:hour|day|week|month|year)[- ]?$|"
                                   r"\b(?:hour|day|week|month|year)\s+$", re.I)


def _worded_durations(text: str) -> Iterator[Hit]:
    """Yield "yearlong"-style durations (no number seed): anchored on "long" / "or two"."""
    for anchor in _DURATION_ANCHOR.finditer(text):
        before = _DURATION_UNIT_BEFORE.search(text, max(0, anchor.start() - 7), anchor.start())
        m = WORDED_DURATION.match(text, before.start()) if before else None
        if m is None:
            continue
        unit = m.group("unit").lower()
        high = 2.0 if m.group("two") else None
        yield Hit(m.start(), m.end(), 1.0, high, unit, "duration", None, m.start(), m.end())


def _postfixed(text: str, hit: Hit) -> Hit:
    """Return the hit with a hedge written after it ("or less") inside its span."""
    m = _POSTFIX.match(text, hit.end)
    if m is None:
        return hit
    qualifier = hit.qualifier or m.group().strip().lower()
    return Hit(hit.start, m.end(), hit.value, hit.value_high, hit.unit, hit.kind, qualifier,
               hit.unit_start, hit.unit_end)


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
    found = [*_money(text, spans), *_measures(text, spans), *_ages(text, spans),
             *_worded_durations(text), *_restated(text)]
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
    return [_postfixed(text, hit) for hit in kept]


#: A figure restated in parentheses before the unit both share: "4,615,200,000 (4.62
#: billion) short tons", "12,400 (12.4 thousand) barrels", "almost one million (954,000)
#: liters" (a rounded figure, then the exact one). Found from each "(" (cheap): the first
#: figure is read backwards from it, the second inside it.
_OPEN_PAREN = re.compile(r"\(\s*(?=\d)")
#: The figure inside the "(" of a restatement, read by :func:`parse_amount` (as the first
#: one, by :func:`figure_before`): no second copy of the number grammar to compile.
_INSIDE = re.compile(r"(?P<b>[\w.,' -]{1,30}?)\s*\)")
#: How far a restatement may differ from the figure it restates: exact figures agree within
#: 1 %; a hedged one ("almost one million") is a rounding, within 10 %.
_RESTATED_EXACT, _RESTATED_HEDGED = 0.01, 0.10


def _restated(text: str) -> Iterator[Hit]:
    """Yield both figures of a restatement in parentheses, each with the unit after them.

    They are one restatement only when their values agree (:data:`_RESTATED_EXACT`, or
    :data:`_RESTATED_HEDGED` after a hedge) and one of them carries a scale word or the
    other is hedged, so that "3 (4) tons" of a list is no restatement.
    """
    for paren in _OPEN_PAREN.finditer(text):
        first = figure_before(text, paren.start())
        second = _INSIDE.match(text, paren.end())
        if first is None or second is None:
            continue
        first_start, a, hedge = first
        b = parse_amount(second["b"])
        tolerance = _RESTATED_HEDGED if hedge else _RESTATED_EXACT
        scaled = any(re.search(r"[a-z]", x, re.I)
                     for x in (text[first_start:paren.start()], second["b"]))
        if b is None or not b or abs(a - b) > tolerance * abs(b) or not scaled:
            continue
        end = second.end()
        masked = text[: end - 1] + " " + text[end:]  # the ")" made a space
        unit = MEASURE.match(masked, second.start("b"))
        if unit is None or unit.group("amt2") or unit.group("hedge"):
            continue
        form = _SPACE.sub(" ", unit.group("unit").lower().replace("-", " "))
        name, kind = UNITS[form]
        hit = _measure_hit(masked, unit, form, name, kind)
        if hit is None or hit.kind == "duration":
            continue
        scale = hit.value / b
        ustart = unit.start("unit")
        first_end = len(text[:paren.start()].rstrip())
        yield Hit(first_start, first_end, a * scale, None, hit.unit, hit.kind, hedge, ustart,
                  hit.unit_end)
        yield Hit(second.start("b"), second.end("b"), hit.value, None, hit.unit, hit.kind, None,
                  ustart, hit.unit_end)


#: An abbreviated unit as written ("ft", "lbs", "sq. ft"): a period after it is no full stop.
_ABBREVIATED = re.compile(r"(?:[A-Za-z]{1,3}\.\s?)?[A-Za-z]{1,3}")


def _ranged(text: str, low: Hit, high: Hit) -> bool:
    """Return True for "250% to 390%": two amounts of one unit joined as a range."""
    if low.unit != high.unit or low.value_high is not None or high.qualifier:
        return False
    gap = text[low.end : high.start]
    if gap.startswith(".") and _ABBREVIATED.fullmatch(text[low.unit_start : low.end]):
        gap = gap[1:]  # "30 ft. to 40 ft.": the abbreviation's period
    if _FROM.search(text, max(0, low.start - 6), low.start) and not _RANGE_FROM.search(
            text, max(0, low.start - 14), low.start):
        return False  # "from 5% to 7%": a change, two quantities
    if _BETWEEN.search(text, max(0, low.start - 9), low.start):
        return bool(_AND.fullmatch(gap))
    if CHANGE_BEFORE.search(text, max(0, low.start - 12), low.start):
        return False  # "raised 500,000 tons to 26.5 million tons": increment, then level
    return bool(_RANGE_GAP.fullmatch(gap)) and high.value > low.value


def merge(hits: list[Hit]) -> list[Hit]:
    """Return non-overlapping hits in text order, the longer one kept on overlap."""
    return longest_spans(hits)
