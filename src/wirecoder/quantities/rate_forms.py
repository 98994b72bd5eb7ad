"""Rates written in shapes the unit patterns read only in part.

Agency prose states a rate once and then compares figures with it in the numerator's
unit alone ("the crews raked 140 kilograms per shift, 12 kilograms below the quota"); it
puts a qualifying participle between "per" and the base unit ("15 litres per displaced
resident"); and it restates the unit as a symbol in parentheses before the period ("about
75 megawatt hours (MWh) a month"). An abbreviation's period stands before the period of
the rate ("250 lbs. a day", "40 cu. ft./day", "3 mi. per hour"). These run on the merged
hits, before the neighbours are composed.
"""

from __future__ import annotations

import re

from .detect import PER_UNITS, Hit
from .lexicon import LEVEL_NOUNS, RATE_PERIODS

__all__ = ["rate_forms"]

_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: A comparison word right before a figure: "down 2 litres", "a record of 16 kilograms".
_COMPARED_BEFORE = re.compile(
    r"\b(?:up|down|higher|lower|increased?|decreased?|rose|fell|dropped|"
    r"(?:compared|against|versus)(?:\s+(?:with|to))?|(?:(?:an?|the|\w+['’]s)\s+(?:[\w-]+\s+)?)?(?:"
    + "|".join(sorted(LEVEL_NOUNS | {"average"})) + r")\s+of)"
    r"\s+(?:(?:about|nearly|almost|roughly|some|just|only)\s+)?$", re.I)
#: A comparison word right after a figure: "12 kilograms below the quota".
_COMPARED_AFTER = re.compile(
    r"\s+(?:from|below|above|higher|lower|more|less|over|under|short\s+of)\b", re.I)
#: A verb that takes a total as its object right before a figure: "the pans sold 260 kilograms".
_TOTAL_VERB_BEFORE = re.compile(
    r"\b(?:lost|loses?|losing|gained|gains?|gaining|harvest(?:ed|s)?|ship(?:ped|s)?|"
    r"sold|sells?|produc(?:ed|es?)|export(?:ed|s)?|import(?:ed|s)?|deliver(?:ed|s)?|"
    r"bought|buys?|picked|stored|collected|destroyed|spilled|dumped)"
    r"\s+(?:(?:about|nearly|almost|roughly|some|just|only|another|a\s+further)\s+)?$", re.I)
#: Figures this many times larger than the rate are a total, not a change of the rate.
_MAX_RATIO = 2.0
#: "per harvested acre", "per planted hectare": one participle, then a per-unit; or an
#: abbreviation's period before the slash: "bu./acre".
_PER_PARTICIPLE = re.compile(
    r"(?:\s+per\s+[a-z]+ed\s+|\.\s*/\s*)(?P<per>" + "|".join(
        re.escape(p) for p in sorted(PER_UNITS, key=len, reverse=True) if " " not in p
    ) + r")(?:s|es)?\b"
    r"(?:\s+per\s+(?P<period>day|week|month|year|hour|second|minute)\b)?",
    re.I)
#: A unit restated as a symbol in parentheses, then a period: "(TWh) per year".
_SYMBOL_PERIOD = re.compile(
    r"\s*\(\s*[A-Za-z][A-Za-z/]{0,7}\s*\)\s*(?:per|a|an)\s+"
    r"(?P<period>day|week|month|year|hour|second|minute)\b", re.I)
_MEASURES = frozenset({"length", "area", "volume", "mass", "other"})
#: An abbreviation's period, then the period of a rate: "250 lbs. a day", "9 bbl./d",
#: "3 mi. per hour" (lower-case only: "lbs. A day later" is a new sentence; not "a day
#: earlier / later / before / after / ago").
_ABBREVIATION_PERIOD = re.compile(
    r"(?-i:\.(?:\s*/\s*(?P<slash>day|d|yr|year|hr|h|hour|month|week)\b"
    r"|\s+(?:per|a|an)\s+(?P<period>day|week|month|year|hour|annum)\b"
    r"(?!\s+(?:earlier|later|before|after|ago)\b)"
    r"|\s+(?:per|a|an)\s+(?P<base>hectare|acre|head|person|capita|household)\b))")
#: The slash's abbreviated periods ("bbl./d"); the adverbs make no rate (guideline rule 7).
_ADVERB_PERIODS = {"d": "day", "yr": "year", "hr": "hour", "h": "hour"}
#: An abbreviated unit: letters only, at most five, the last one lower-case ("lbs", "ft",
#: "bbl", "cu. ft", "mi"); a full word ("tons. A day ...") ends a sentence instead.
_ABBREVIATION = re.compile(r"(?:[A-Za-z]{1,4}\.\s?)?[A-Za-z]{0,4}[a-z]")
_FULL_WORDS = frozenset({"ton", "tons", "feet", "foot", "mile", "acre", "acres", "pound",
                         "gram", "grams", "liter", "litre", "meter", "metre", "yard", "yards",
                         "inch", "kilo", "kilos", "tonne", "barrel", "quad", "quads", "therm",
                         "bushel", "quart", "miles", "litres", "liters", "pounds", "tonnes"})


def rate_forms(text: str, hits: list[Hit]) -> list[Hit]:
    """Return ``hits`` with the rate shapes of the module docstring read as rates.

    Args:
        text: The document text the hits index.
        hits: Merged hits in text order.

    Returns:
        The hits in text order, each a rate where one of the shapes applies.
    """
    return _compared_with_rate(
        text, [_per_participle(text, _symbol_period(text, _abbreviation_period(text, h)))
               for h in hits])


def _abbreviation_period(text: str, hit: Hit) -> Hit:
    """Return "250 lbs. a day" (or "9 bbl./d", "8 lbs. per acre") as a rate: ``pound/day``."""
    if hit.kind not in _MEASURES or "/" in hit.unit or hit.end != hit.unit_end:
        return hit
    written = text[hit.unit_start : hit.unit_end]
    if not _ABBREVIATION.fullmatch(written) or written.lower() in _FULL_WORDS:
        return hit
    m = _ABBREVIATION_PERIOD.match(text, hit.end)
    if m is None:
        return hit
    word = m["slash"] or m["period"]
    period = PER_UNITS[m["base"]] if m["base"] else (_ADVERB_PERIODS.get(word)
                                                     or RATE_PERIODS[word])
    return Hit(hit.start, m.end(), hit.value, hit.value_high, f"{hit.unit}/{period}", "rate",
               hit.qualifier, hit.unit_start, m.end())


def _per_participle(text: str, hit: Hit) -> Hit:
    """Return "15 litres per displaced resident" (or "88 bu./acre") as ``liter/person``.

    A period after the base is kept: "15 litres per displaced resident per day" is
    ``liter/person/day``.
    """
    if hit.kind not in _MEASURES or "/" in hit.unit or hit.end != hit.unit_end:
        return hit
    m = _PER_PARTICIPLE.match(text, hit.end)
    if m is None:
        return hit
    unit = f"{hit.unit}/{PER_UNITS[m['per'].lower()]}"
    if m["period"]:
        unit += "/" + RATE_PERIODS[m["period"].lower()]
    return Hit(hit.start, m.end(), hit.value, hit.value_high, unit, "rate",
               hit.qualifier, hit.unit_start, m.end())


def _symbol_period(text: str, hit: Hit) -> Hit:
    """Return "about 75 megawatt hours (MWh) a month" as ``megawatt_hour/month``."""
    if hit.kind not in _MEASURES or "/" in hit.unit or hit.end != hit.unit_end:
        return hit
    m = _SYMBOL_PERIOD.match(text, hit.end)
    if m is None:
        return hit
    period = RATE_PERIODS[m["period"].lower()]
    return Hit(hit.start, m.end(), hit.value, hit.value_high, f"{hit.unit}/{period}", "rate",
               hit.qualifier, hit.unit_start, m.end())


def _compared_with_rate(text: str, hits: list[Hit]) -> list[Hit]:
    """Give a figure compared with a rate of its sentence that rate's unit.

    "The crews raked 140 kilograms per shift, 12 kilograms below the quota": the change is
    ``kilogram/shift``. Only a figure in the rate's numerator unit, after
    the rate in the same sentence, with a comparison word right before or after it, not the
    object of a verb that takes totals ("the pans sold 260 kilograms more than ..."), and no
    larger than twice the rate (a total in the same unit, "52,000 tonnes" after "7.5 tonnes
    per hectare", stays a total).
    """
    out = list(hits)
    for i, rate in enumerate(hits):
        if rate.kind != "rate" or rate.unit.count("/") != 1:
            continue
        numerator = rate.unit.split("/")[0]
        end = _SENTENCE_END.search(text, rate.end)
        stop = end.start() if end is not None else len(text)
        for j in range(i + 1, len(hits)):
            hit = hits[j]
            if hit.start >= stop:
                break
            if hit.unit != numerator or hit.kind == "rate":
                continue
            near = (_COMPARED_BEFORE.search(text, max(0, hit.start - 40), hit.start)
                    or _COMPARED_AFTER.match(text, hit.end))
            if (not near or hit.value > _MAX_RATIO * abs(rate.value)
                    or _TOTAL_VERB_BEFORE.search(text, max(0, hit.start - 40), hit.start)):
                continue
            out[j] = Hit(hit.start, hit.end, hit.value, hit.value_high, rate.unit, "rate",
                         hit.qualifier, hit.unit_start, hit.unit_end)
    return out
