"""Hits composed from neighbours: "two-thirds of a meter", "15 degrees below zero", levels.

The patterns find "two-thirds" (a fraction) and "a meter" (one meter) apart, and "15
degrees" without the "below zero" that makes it negative. These run after the hits are
merged and give the one quantity the text states.
"""

from __future__ import annotations

import re

from .detect import CHANGE_BEFORE, SCALED_AMOUNT, Hit, parse_amount
from .lexicon import RATE_PERIODS, UNITS
from .lists import shared_units
from .rate_forms import rate_forms

__all__ = ["compose"]

#: Units a fraction of one can be measured in ("half a mile", "a quarter of an inch").
_PHYSICAL = frozenset({"length", "area", "volume", "mass", "duration"})
_OF_ONE = re.compile(r"\s+of\s+(?:an?|one)\s+$", re.I)
_TEMPERATURES = frozenset({"celsius", "fahrenheit", "degree"})
_BELOW_ZERO = re.compile(
    r"\s+below\s+zero\b(?:\s+(?:degrees?\s+)?(?P<scale>celsius|centigrade|fahrenheit)\b)?", re.I)

_AND_BEFORE = re.compile(r"\band\s+$", re.I)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")
#: "... to 33.0 million" after an amount with a unit: the level, in that unit.
_ELIDED_LEVEL = re.compile(
    rf"\s+to\s+(?P<amt>{SCALED_AMOUNT})(?=\s+(?:due|on|in|for|this|last|as|after|and|"
    r"while|with|from|by|at|per|a|an)\b|\s*[.,;:)]|\s*$)", re.I)


#: "(124 miles) per hour" after "200 kilometers": the period closes both amounts.
_PAREN_PERIOD = re.compile(
    r"\s*\)\s*(?:per|an?|each)\s+(?P<period>hour|day|week|month|year|second|minute)\b", re.I)
_OPEN = re.compile(r"\s*\(\s*")
_PER_PERIOD_KINDS = frozenset({"length", "volume", "mass"})


def compose(text: str, hits: list[Hit]) -> list[Hit]:
    """Return ``hits`` (merged, in text order) with neighbours composed into one quantity.

    Args:
        text: The document text the hits index.
        hits: Non-overlapping hits in text order.

    Returns:
        Hits in text order: a fraction followed by "of a <unit>" becomes that part of the
        unit; a temperature followed by "below zero" becomes negative, its span running
        over "below zero" and a scale word after it (which also decides the unit); the
        bare level of a change ("raised 500,000 tons to 33.0 million") takes the unit of
        the increment before it.
    """
    out: list[Hit] = []
    chain: tuple[str, float] | None = None  # out[-1] a compound: its smallest unit, how many
    hits = shared_units(text, _compared_levels(text, _parallel_places(
        text, _of_which(text, _elided_levels(text, rate_forms(text, hits))))))
    for hit in _paren_rates(text, _shared_periods(text, hits)):
        if out and _fraction_of_unit(text, out[-1], hit):
            part = out.pop()
            hit = Hit(part.start, hit.end, part.value * hit.value, None, hit.unit, hit.kind,
                      part.qualifier, hit.unit_start, hit.unit_end)
        if out and out[-1].unit in _TEMPERATURES and hit.start < out[-1].end:
            continue  # "zero Celsius" inside "15 degrees below zero Celsius"
        if out and hit.start < out[-1].end:
            continue  # "a half" inside "a kilometer and a half"
        ranged = _or_range(text, hit)
        if ranged is not hit and out and out[-1].start >= ranged.start:
            out.pop()  # "3 or 4 dollars a gallon": the list's first amount is the low end
        hit = _and_a_half(text, _suspended_range(text, _below_zero(text, _minus_worded(
            text, ranged))))
        joined = _compound_duration(text, out[-1], hit, chain) if out else None
        if joined is not None:
            # "2 hours 4 minutes and 12 seconds": joined part by part
            smallest, per = chain if chain is not None else (out[-1].unit, 1.0)
            chain = (hit.unit, per * _SMALLER[(smallest, hit.unit)])
            out[-1] = joined
            continue
        out.append(hit)
        chain = None
    return out


#: Units of time that a compound duration joins to the next larger one, with how many of
#: them make one of it: "29 hours and 11 minutes" is 29.18 hours.
_SMALLER = {("hour", "minute"): 60.0, ("minute", "second"): 60.0, ("day", "hour"): 24.0,
            ("week", "day"): 7.0, ("year", "month"): 12.0}
_COMPOUND_JOIN = re.compile(r"\s+(?:and\s+)?")

def _compound_duration(text: str, first: Hit, second: Hit,
                       chain: tuple[str, float] | None = None) -> Hit | None:
    """Return "29 hours and 11 minutes" as one duration in hours, or None.

    "an hour and forty-three minutes" too; None when the hits are no such pair. The first
    amount is whole, the second below one of the larger unit; neither is a range, and only
    "and" or a space stands between them. When ``first`` is itself a compound, ``chain`` is
    its smallest unit and how many of it make one of ``first``'s unit, and ``second`` must be
    the next smaller unit ("2 hours 4 minutes" and "12 seconds" are 2.07 hours).
    """
    smallest, per = chain if chain is not None else (first.unit, 1.0)
    factor = _SMALLER.get((smallest, second.unit))
    if (factor is None or first.value_high is not None or second.value_high is not None
            or second.qualifier or (chain is None and first.value != int(first.value))
            or not 0 < second.value < factor or first.end != first.unit_end
            or not _COMPOUND_JOIN.fullmatch(text, first.end, second.start)):
        return None
    return Hit(first.start, second.end, first.value + second.value / (factor * per), None,
               first.unit, first.kind, first.qualifier, first.unit_start, second.end)


#: The low end of a range with a suspended hyphen: "one- to two-week", "3- or 4-day".
_SUSPENDED_LOW = re.compile(
    r"(?<![\w-])(?P<amt>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred)-\s+(?:to|or)\s+$", re.I)


def _suspended_range(text: str, hit: Hit) -> Hit:
    """Return "one- to two-week" as one range: the low amount shares the compound's unit."""
    if hit.value_high is not None or "-" not in text[hit.start : hit.unit_start + 1]:
        return hit
    m = _SUSPENDED_LOW.search(text, max(0, hit.start - 16), hit.start)
    low = parse_amount(m.group("amt")) if m is not None else None
    written = parse_amount(text[hit.start : hit.unit_start].strip(" -"))
    if low is not None and written:  # a unit that carries a scale: "5- to 10-megaton"
        low *= hit.value / written
    if m is None or low is None or low >= hit.value:
        return hit
    return Hit(m.start(), hit.end, low, hit.value, hit.unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)


_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b", re.I)
_NEXT_WORD = re.compile(r"\s+([A-Za-z]+)")


def _and_a_half(text: str, hit: Hit) -> Hit:
    """Return "a kilometer and a half" as one and a half kilometers."""
    if hit.kind not in _PHYSICAL or hit.value_high is not None or hit.end != hit.unit_end:
        return hit
    m = _AND_A_HALF.match(text, hit.end)
    after = _NEXT_WORD.match(text, m.end()) if m is not None else None
    if m is None or (after is not None and after.group(1).lower() in UNITS):
        return hit  # "3 feet and a half inch": the half is of another unit
    return Hit(hit.start, m.end(), hit.value + 0.5, None, hit.unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)


def _fraction_of_unit(text: str, part: Hit, whole: Hit) -> bool:
    """Return True for "two-thirds" then " of a meter" (a unit counted once).

    Degrees and percentages too: "three-fifths of a degree Fahrenheit" is 0.6 of the degree's
    scale, "a quarter of one percent" 0.25 percent.
    """
    return (part.unit == "fraction" and whole.value == 1
            and (whole.kind in _PHYSICAL or whole.unit in _TEMPERATURES
                 or whole.unit in {"percent", "percentage_point"})
            and whole.value_high is None
            and bool(_OF_ONE.fullmatch(text, part.end, whole.unit_start)))


#: "one or two" before a measure: the lower end of a range ("one or two inches of rain",
#: "four or five barrels", as the open gold writes it). A single number word or figure.
_OR_BEFORE = re.compile(r"(?<![\w.,-])(?P<low>\d+(?:\.\d+)?|[a-z]+)\s+or\s+$", re.I)
_LIST_BEFORE = re.compile(r",\s*$")
_OR_KINDS = frozenset({"length", "area", "volume", "mass", "rate", "other"})
#: The scale word that ends a measure's number ("3 million", "two hundred").
_SCALE_END = re.compile(r"[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\s*$", re.I)


def _or_range(text: str, hit: Hit) -> Hit:
    """Return a measure preceded by "<smaller number> or" as a range from that number."""
    if hit.value_high is not None or hit.qualifier or hit.kind not in _OR_KINDS \
            or hit.value <= 0 or not text[hit.start:hit.start + 1].isalnum():
        return hit
    m = _OR_BEFORE.search(text, max(0, hit.start - 16), hit.start)
    low = parse_amount(m["low"]) if m is not None else None
    if m is None or low is None or not 0 < low < hit.value or m["low"].lower() in {"a", "an"}:
        return hit
    if _LIST_BEFORE.search(text, max(0, m.start() - 4), m.start()):
        return hit  # "4, 6 or 9 m deep": the end of a list, each amount its own
    scaled = _SCALE_END.search(text, hit.start, hit.unit_start)
    bare = parse_amount(text[hit.start:scaled.start()]) if scaled is not None else None
    if bare and low < bare:  # "2 or 3 million tonnes": the low end shares the scale word
        low *= hit.value / bare
    return Hit(m.start(), hit.end, low, hit.value, hit.unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)


#: "minus" right before a worded temperature ("minus ten degrees Celsius"); the number
#: grammar reads a sign only before digits ("minus 10 degrees").
_MINUS_BEFORE = re.compile(r"(?<!\bplus\sor\s)\bminus\s+$", re.I)  # not "plus or minus two"


def _minus_worded(text: str, hit: Hit) -> Hit:
    """Return a temperature hit made negative by a "minus" before its worded number."""
    if hit.unit not in _TEMPERATURES or hit.value <= 0 or not text[hit.start:hit.start + 1] \
            .isalpha():
        return hit
    m = _MINUS_BEFORE.search(text, max(0, hit.start - 12), hit.start)
    if m is None:
        return hit
    high = -hit.value_high if hit.value_high is not None else None
    return Hit(m.start(), hit.end, -hit.value, high, hit.unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)


def _below_zero(text: str, hit: Hit) -> Hit:
    """Return a temperature hit made negative by a following "below zero"."""
    if hit.unit not in _TEMPERATURES or hit.value <= 0:
        return hit
    m = _BELOW_ZERO.match(text, hit.end)
    if m is None:
        return hit
    scale = (m.group("scale") or "").lower()
    unit = {"celsius": "celsius", "centigrade": "celsius", "fahrenheit": "fahrenheit"}.get(
        scale, hit.unit)
    high = -hit.value_high if hit.value_high is not None else None
    return Hit(hit.start, m.end(), -hit.value, high, unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)


#: ", of which 86.6 million is ..." after a measure: a part of it, in its unit.
_OF_WHICH = re.compile(
    rf",?\s+of\s+(?:which|them|these|this)\s+(?:(?P<hedge>about|some|nearly|almost|roughly|"
    rf"around|an\s+estimated|more\s+than|less\s+than|over)\s+)?(?P<amt>{SCALED_AMOUNT})"
    r"(?=\s+(?:is|are|was|were|will|would|could|may|has|have|had|went|goes|came|comes|"
    r"remain|remains|remained)\b|\s*[.,;:)]|\s*$)", re.I)
_PART_KINDS = frozenset({"length", "area", "volume", "mass", "other", "rate"})


def _of_which(text: str, hits: list[Hit]) -> list[Hit]:
    """Add the bare part of a measure: "94.1 million acres, of which 86.6 million is harvested".

    Only after a measure (not money, counts, percentages, durations) that is no range, right
    after its unit ("12 million acres of farmland, of which ..." is not read), and for an
    amount with a scale word (million, billion, ...: "of which 3 were hidden" is not read, a
    bare small number there is as often a count) left bare (a verb or punctuation follows it,
    never a noun or a unit).
    """
    out: list[Hit] = []
    for i, hit in enumerate(hits):
        out.append(hit)
        if hit.kind not in _PART_KINDS or hit.value_high is not None or "/" in hit.unit:
            continue
        m = _OF_WHICH.match(text, hit.end)
        if m is None or (i + 1 < len(hits) and hits[i + 1].start < m.end()):
            continue
        value = parse_amount(m.group("amt"))
        if value is not None and value < hit.value:
            hedge = m.group("hedge")
            out.append(Hit(m.start("hedge") if hedge else m.start("amt"), m.end("amt"), value,
                           None, hit.unit, hit.kind, hedge.lower() if hedge else None,
                           m.start("amt"), m.end("amt")))
    return out


def _elided_levels(text: str, hits: list[Hit]) -> list[Hit]:
    """Add the level of a change written without its unit.

    "raised 500,000 tons to 33.0 million" holds 33.0 million tons. Only after an increment
    (a change verb or "by") and for a scaled amount ("million", "billion") left bare.
    """
    out: list[Hit] = []
    changing = -1  # end of the last increment: "by 5 tons to 26 million tons and 25 ..."
    for i, hit in enumerate(hits):
        out.append(hit)
        if CHANGE_BEFORE.search(text, max(0, hit.start - 12), hit.start) or (
                _AND_BEFORE.search(text, max(0, hit.start - 6), hit.start)
                and changing >= 0 and not _SENTENCE_END.search(text, changing, hit.start)):
            changing = hit.end
        else:
            continue
        if hit.kind in ("money", "percent", "duration") or hit.value_high is not None:
            continue
        m = _ELIDED_LEVEL.match(text, hit.end)
        if m is None:
            continue
        if i + 1 < len(hits) and hits[i + 1].start < m.end():
            continue
        value = parse_amount(m.group("amt"))
        if value is not None:
            out.append(Hit(m.start("amt"), m.end("amt"), value, None, hit.unit, hit.kind,
                           None, m.start("amt"), m.end("amt")))
    return out


#: "37 degrees in Italy, and 38 in Britain": a bare figure in a clause parallel to a measure
#: before it (the same preposition and a capitalised place after each) has its unit. The
#: elided clause ends at its place: punctuation or a linking word follows it, never a verb
#: ("and 3 in Bree voted for the rival": the figure is the subject of a new clause).
_PLACE = r"(?:the\s+)?(?-i:[A-Z][\w'.-]*)(?:\s+(?-i:[A-Z][\w'.-]*)){0,2}"
_ELIDED_END = (r"(?=\s*(?:[.,;:!?)\u2014\u2013]|$)|\s+(?:and|or|but|while|whereas|with|"
               r"respectively|according|last|this|next|on|in|at|for|from|to|by|during|since|"
               r"after|before|over|compared|against|versus|a|an|per)\b)")
_PARALLEL = re.compile(
    rf"\s+(?P<prep>in|at|on|for)\s+{_PLACE},?\s+(?:and|but|while)\s+"
    r"(?P<amt>\d+(?:\.\d+)?)(?=\s+(?P<prep2>in|at|on|for)\s+" + _PLACE + _ELIDED_END + ")",
    re.I)
_PARALLEL_KINDS = frozenset({"length", "area", "volume", "mass", "other", "percent", "rate"})


def _parallel_places(text: str, hits: list[Hit]) -> list[Hit]:
    """Add the bare figure of a clause parallel to a measure ("38 in Britain")."""
    out: list[Hit] = []
    for i, hit in enumerate(hits):
        out.append(hit)
        if hit.kind not in _PARALLEL_KINDS or hit.value_high is not None:
            continue
        m = _PARALLEL.match(text, hit.end)
        if m is None or m["prep"].lower() != m["prep2"].lower():
            continue
        if i + 1 < len(hits) and hits[i + 1].start < m.end():
            continue
        out.append(Hit(m.start("amt"), m.end("amt"), float(m["amt"]), None, hit.unit, hit.kind,
                       None, m.start("amt"), m.end("amt")))
    return out


#: A bare scaled figure compared with a figure before it: "31.5 million metric tons, up
#: 2.2 million from last season", "4.80 million hectares against 4.95 million a year ago".
_COMPARED = re.compile(
    rf"\b(?:down|up|against|versus|vs\.?|compared\s+(?:with|to)|from)\s+"
    rf"(?P<amt>{SCALED_AMOUNT})(?=\s+(?:from|last|in|a|the|this|previous|earlier|before|"
    r"during|for)\b|\s*[.,;:)]|\s*$)", re.I)
_COMPARABLE = frozenset({"mass", "volume", "area", "length", "rate"})


def _compared_levels(text: str, hits: list[Hit]) -> list[Hit]:
    """Add each bare scaled figure that a comparison word ties to a measured figure.

    The figure takes the unit of the nearest measured figure before it in its sentence
    ("up 2.2 million from last season" after "31.5 million metric tons").
    """
    out = list(hits)
    for i, hit in enumerate(hits):
        if hit.kind not in _COMPARABLE or hit.value_high is not None:
            continue
        stop = hits[i + 1].start if i + 1 < len(hits) else len(text)
        end = _SENTENCE_END.search(text, hit.end, stop)
        stop = end.start() if end is not None else stop
        for m in _COMPARED.finditer(text, hit.end, stop):
            value = parse_amount(m["amt"])
            if value is not None:
                out.append(Hit(m.start("amt"), m.end("amt"), value, None, hit.unit, hit.kind,
                               None, m.start("amt"), m.end("amt")))
    return sorted(out, key=lambda h: h.start)


#: Between a rate and a coordinated amount of the same unit that shares its period: "2
#: million tonnes a month this year and half a million tonnes more in 2031".
_COORDINATED = re.compile(
    r"(?:\s+(?:this|last|next)\s+(?:year|month|week)|\s+in\s+\d{4})?\s*,?\s*(?:and|or|but)\s+"
    r"(?:another\s+|an?\s+additional\s+|an?\s+further\s+)?", re.I)


#: A frequency of the amount's own after it ("200,000 tons every month", "5 tons of rice
#: monthly"): the amount says its own period and shares none (guideline rule 7).
_OWN_FREQUENCY = re.compile(
    r"(?:\s+of\s+(?:[a-z-]+\s+){0,2}?[a-z-]+)?,?\s+(?:(?:each|every|per|a|an)\s+"
    r"(?:(?:other|single|calendar|fiscal|financial)\s+)?(?:day|week|month|quarter|year|season|"
    r"decade|hour|annum)|daily|weekly|monthly|quarterly|yearly|annually)\b", re.I)


def _shared_periods(text: str, hits: list[Hit]) -> list[Hit]:
    """Return the hits with an amount coordinated right after a rate given that rate's period.

    "an extra 2 million tonnes a month this year and 3 million tonnes more in 2031":
    the second amount is a rate too. Only an amount of the rate's own unit, joined by a
    bare "and"/"or" (a verb between them would start a new clause), and with no frequency
    of its own after it ("and 200,000 tons every month" is no rate, guideline rule 7).
    """
    out = list(hits)
    for i in range(1, len(out)):
        prev, hit = out[i - 1], out[i]
        if (prev.kind != "rate" or hit.kind == "rate" or "/" not in prev.unit
                or prev.unit.split("/")[0] != hit.unit or hit.value_high is not None
                or not _COORDINATED.fullmatch(text, prev.end, hit.start)
                or _OWN_FREQUENCY.match(text, hit.end)):
            continue
        out[i] = Hit(hit.start, hit.end, hit.value, None, prev.unit, "rate", hit.qualifier,
                     hit.unit_start, hit.unit_end)
    return out


def _paren_rates(text: str, hits: list[Hit]) -> list[Hit]:
    """Make "200 kilometers (124 miles) per hour" two speeds.

    The period after the parenthesised conversion belongs to both amounts.
    """
    out = list(hits)
    for i in range(len(out) - 1):
        first, second = out[i], out[i + 1]
        if first.kind not in _PER_PERIOD_KINDS or second.kind not in _PER_PERIOD_KINDS:
            continue
        m = _PAREN_PERIOD.match(text, second.end)
        if m is None or not _OPEN.fullmatch(text, first.end, second.start):
            continue
        period = RATE_PERIODS[m.group("period").lower()]
        out[i], out[i + 1] = (
            Hit(h.start, h.end, h.value, h.value_high, f"{h.unit}/{period}", "rate",
                h.qualifier, h.unit_start, h.unit_end) for h in (first, second))
    return out
