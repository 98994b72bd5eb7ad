"""Pattern pass for quantities without a unit word: fractions, multipliers, tallies, rates.

"half", "one-third", "more than a third", "One in five" are fractions (unit
``fraction``); "tenfold", "18 times", "more than twice" are multipliers; "voted
368-7" is two counts of votes; "88 per dollar" / "1,500 to the dollar" are exchange
rates (``RUB/USD``); "magnitude 6.8" and "Mach 10" are measures whose unit comes
first; "billions of dollars" is a vague amount of money; "a 53-article document" and
"the 27-nation bloc" are counts of the noun after the hyphen; "Injuries: 0" is a count of
people. Ages are read in
:mod:`.ages`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from ..lowered_scan import lowered, twin
from .currencies import local_currency
from .detect import Hit, parse_amount, windows
from .lexicon import (
    APPROX_WORDS,
    CURRENCY_WORDS,
    FEW_NUMBERS,
    NUMBER_WORDS,
    UNITS,
    VAGUE_NUMBERS,
    words,
)

__all__ = ["NUMBER_WORD_ALT", "find_unitless"]


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


#: Alternation of the number words a count may be written with ("twenty", "three").
NUMBER_WORD_ALT = _alt(w for w in NUMBER_WORDS
                       if w not in {"a", "an", "half", "dozen", "hundred"})
_NUM = rf"(?:\d[\d,]*(?:\.\d+)?|{NUMBER_WORD_ALT})"
_HEDGES = _alt(APPROX_WORDS)


def _hedge(n: int) -> str:
    return rf"(?:(?P<hedge{n}>{_HEDGES})\s*,?\s+)?"



_DENOMS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
           "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10,
           "tenths": 10}
FRACTION = re.compile(
    rf"\b{_hedge(1)}(?P<num>a|one|two|three|four|five|six|seven|eight|nine)[- ]"
    rf"(?P<den>{_alt(_DENOMS)})\b"
    r"(?!\s+(?:century|mile|hour|point|inch|final)|\s+of\s+(?:a|the)\s+(?:century|point|final))"
    rf"|\b{_hedge(2)}(?P<half>half)\b(?=\s+(?:of|the|its|their|his|her|all)\b)"
    rf"|\b{_hedge(3)}(?P<one>one|1)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<of>{_NUM})\b", re.I)
_FRACTION_AFTER = re.compile(r"\s+(?:of|more|less|fewer|from|in|since)\b|\s*[,.;:)]|\s*$")
_FOLD_WORDS = {"twofold": 2, "threefold": 3, "fourfold": 4, "fivefold": 5, "tenfold": 10,
               "hundredfold": 100, "sixfold": 6, "sevenfold": 7, "eightfold": 8, "ninefold": 9}
MULTIPLIER = re.compile(
    rf"\b{_hedge(4)}(?:(?P<fold>{_alt(_FOLD_WORDS)})|(?P<n>{_NUM})[- ]?fold)\b"
    rf"|\b{_hedge(5)}(?P<times>{_NUM})\s+times\b(?=\s+(?:more|less|higher|lower|larger|bigger|"
    r"greater|smaller|faster|as|the|that|what|its|their|his|her|world|global|[\d$]))"
    rf"|\b{_hedge(6)}(?P<twice>twice|thrice)\b(?=\s+(?:as|the|that|what|its|their|his|her)\b)"
    # "about double the total", "is triple the rate" (checked in _multipliers: a hedge or a
    # copula before it makes it an amount, not the verb of "plans to double the output")
    r"|\b(?P<double>double|triple|quadruple)\b(?=\s+(?:the|that|what|its|their|his|her|those|"
    r"these|last|this|previous|(?:19|20)\d\d)\b)",
    re.I)
#: A frequency with a number: "four times a day", "3-4 times per week" is a count per period
#: (``count/day``, as the guideline's rates: the period right after the amount). "once a
#: year", "twice a day" are time sets the annotators leave out (dev10's notes), not read.
#: A possessive period is a multiplier's object, no frequency: "five times a month's rain".
FREQUENCY = re.compile(
    rf"\b{_hedge(9)}(?P<n>{_NUM})(?:\s*(?:-|–|to)\s*(?P<n2>{_NUM}))?\s+times"
    r"\s+(?:a|an|per)\s+(?P<period>day|week|month|year|hour|minute)\b"
    r"(?!['’]s?\b|\s+(?:ago|earlier|later|before|after)\b)", re.I)
_DOUBLE_BEFORE = re.compile(rf"(?:\b(?P<hedge>{_HEDGES})|\b(?:is|are|was|were|be)|,)\s+$", re.I)
_DOUBLE_WORDS = {"double": 2, "triple": 3, "quadruple": 4}
_TALLY_CUE = re.compile(r"\b(?:vot(?:e|es|ed|ing)|ballots?|margin|tally)\b", re.I)
TALLY = re.compile(r"(?<![\d-])(?P<a>\d{1,3})-(?P<b>\d{1,3})(?![\d-])")
_CUR_OF = {w.rstrip("s"): c for w, c in CURRENCY_WORDS.items() if " " not in w}
EXCHANGE = re.compile(
    rf"\b{_hedge(7)}(?P<amt>\d[\d,]*(?:\.\d+)?)\s+(?:(?P<cur>[a-z]+)\s+)?"
    r"(?:per|to\s+the|to\s+one|against\s+the)\s+(?:U\.S\.\s+|US\s+)?dollar\b", re.I)
PREFIXED = re.compile(rf"\b{_hedge(8)}(?:(?P<unit>magnitude|mach)[- ](?P<amt>\d+(?:\.\d+)?)\b"
                      r"|(?P<amt_b>\d+(?:\.\d+)?)[- ](?P<unit_b>magnitude)\b)", re.I)
#: A magnitude named before its value: "put the magnitude at 6.2", "a magnitude of 7.1".
MAGNITUDE_OF = re.compile(
    r"\bmagnitude\s+(?:of|at|was|is|as)\s+(?:a\s+|about\s+|around\s+)?"
    r"(?P<amt>\d+(?:\.\d+)?)\b(?!\s*(?:%|percent|per\s*cent))"
    r"|(?P<amt_r>\d+(?:\.\d+)?)\s+on\s+the\s+Richter\s+scale\b"
    r"|\b(?-i:M)(?P<amt_m>\d(?:\.\d)?)(?=\s+(?:quake|earthquake|tremor|aftershock)s?\b)",
    re.I)
VAGUE_MONEY = re.compile(
    rf"\b(?P<vague>{_alt(VAGUE_NUMBERS)})\s+of\s+(?P<cur>{_alt(CURRENCY_WORDS)})\b"
    # money per period: "billions of dollars a year" is ``USD/year``
    r"(?:\s+(?:a|an|per)\s+(?P<period>day|week|month|year)\b"
    r"(?!\s+(?:earlier|later|ago|before)\b))?", re.I)
#: Units whose vague plural is a measure: "hundreds of miles", "thousands of acres",
#: "thousands of years" (not "hundreds of years old", "dozens of years ago"); also "a few"
#: and "several" before such a unit ("a few hundred meters", "several kilometers": 300, 3).
_VAGUE_KINDS = frozenset({"length", "area", "volume", "mass", "duration"})
_VAGUE_VALUES = VAGUE_NUMBERS | FEW_NUMBERS
VAGUE_MEASURE = re.compile(
    rf"\b(?P<vague>{_alt(_VAGUE_VALUES)})\s+(?:of\s+)?(?P<unit>"
    rf"{_alt(u for u, (_, k) in UNITS.items() if k in _VAGUE_KINDS)})\b"
    r"(?!\s+(?:old|ago|earlier|later|before|after)\b)",
    re.I)
#: A bare plural of decades or centuries after "for", "in", "over", "within" (or "in recent"):
#: a vague duration of at least two of them ("the worst flooding in decades", "known for
#: decades"): 20 or 200 years, approximate, the span the plural alone (guideline rule 11:
#: durations that measure a length). "for years" is no amount (the gold leaves it).
BARE_DECADES = re.compile(
    r"\b(?:for|in|over|within)\s+(?:recent\s+)?(?P<unit>decades|centuries)(?![\w-])"
    r"(?!\s+(?:ago|old|earlier|later|before|after)\b)", re.I)
_BARE_YEARS = {"decades": 20.0, "centuries": 200.0}
_DECADE_CUES = ("ecades", "ECADES", "enturies", "ENTURIES")
_NOT_COUNTS = words(
    "way state party sided time year month week day hour minute old fold point percent level "
    "degree inch foot mile meter kilometer ton times thirds third half quarter run")
#: Labelled casualty figures of reports and tables: "Injuries: 0", "Fatalities: 2".
LABELLED = re.compile(r"\b(?:injuries|injured|fatalities|deaths|dead|killed|casualties)"
                      r"[ \t]*:[ \t]*(?P<amt>\d[\d,]*)(?![\d.,:/])", re.I)
COMPOUND = re.compile(
    rf"(?<![-\w])(?P<amt>\d[\d,]*|{NUMBER_WORD_ALT})-(?P<noun>[a-z]+)\b(?!-)")


def _hit(m: re.Match[str], value: float, unit: str, kind: str, start: int | None = None,
         end: int | None = None) -> Hit:
    hedge = next((v for k, v in m.groupdict().items() if k.startswith("hedge") and v), None)
    s = m.start() if start is None else start
    e = m.end() if end is None else end
    return Hit(s, e, value, None, unit, kind, hedge.lower() if hedge else None, s, e)


#: Words before "half" that make it a part of a period or a place, not an amount.
_HALF_AS_PART = re.compile(
    r"\b(?:first|second|latter|other|the|a|(?:north|south|east|west)(?:ern)?|"
    r"(?:north|south)(?:east|west)ern|upper|lower|top|bottom|back|front|inner|outer)\s+$", re.I)


def _fractions(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(FRACTION, text, spans):
        if m["half"]:
            if _HALF_AS_PART.search(text[:m.start()][-16:]):
                continue  # "the first half of 2025": a period; "the southern half of X": a region
            yield _hit(m, 0.5, "fraction", "percent")
        elif m["one"]:
            whole = parse_amount(m["of"])
            if whole:
                yield _hit(m, 1 / whole, "fraction", "percent")
        else:
            if m["num"].lower() == "a" and not _FRACTION_AFTER.match(text, m.end()):
                continue  # "a third commission": an ordinal
            top = parse_amount("1" if m["num"].lower() == "a" else m["num"]) or 1.0
            if top < _DENOMS[m["den"].lower()]:
                yield _hit(m, top / _DENOMS[m["den"].lower()], "fraction", "percent")


def _multipliers(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(MULTIPLIER, text, spans):
        value: float
        if m["fold"]:
            value = _FOLD_WORDS[m["fold"].lower()]
        elif m["twice"]:
            value = 2 if m["twice"].lower() == "twice" else 3
        elif m["double"]:
            before = _DOUBLE_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before is None:
                continue  # "plans to double the output": a verb
            value = _DOUBLE_WORDS[m["double"].lower()]
            if before["hedge"]:
                hedge = before["hedge"].lower()
                yield Hit(before.start(), m.end(), value, None, "multiplier", "other", hedge,
                          before.start(), m.end())
                continue
        else:
            value = parse_amount(m["n"] or m["times"]) or 0
        if value > 1:
            yield _hit(m, value, "multiplier", "other")


def _frequencies(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(FREQUENCY, text, spans):
        value = parse_amount(m["n"])
        high = parse_amount(m["n2"]) if m["n2"] else None
        if value is None or (high is not None and high <= value):
            continue
        hit = _hit(m, value, f"count/{m['period'].lower()}", "rate")
        yield Hit(hit.start, hit.end, value, high, hit.unit, hit.kind, hit.qualifier,
                  hit.unit_start, hit.unit_end)


def _tallies(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(TALLY, text, spans):
        window = text[max(0, m.start() - 60) : m.end() + 30]
        if not _TALLY_CUE.search(window) or text[m.end() : m.end() + 1] == "%":
            continue
        yield _hit(m, float(m["a"]), "count", "count", m.start("a"), m.end("a"))
        yield _hit(m, float(m["b"]), "count", "count", m.start("b"), m.end("b"))


def _currency_before(text: str, start: int) -> str | None:
    words = re.findall(r"[a-z]+", text[max(0, start - 120) : start].lower())
    return next((_CUR_OF[w.rstrip("s")] for w in reversed(words) if w.rstrip("s") in _CUR_OF
                 and _CUR_OF[w.rstrip("s")] != "USD"), None)


def _exchange(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(EXCHANGE, text, spans):
        cur = m["cur"] and _CUR_OF.get(m["cur"].lower().rstrip("s"))
        cur = cur or _currency_before(text, m.start())
        value = parse_amount(m["amt"])
        if cur and value is not None:
            cur = local_currency(cur, text, m.start())  # "the peso" in a story on Argentina
            yield _hit(m, value, f"{cur}/USD", "rate")


def _prefixed(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(PREFIXED, text, spans):
        yield _hit(m, float(m["amt"] or m["amt_b"]), (m["unit"] or m["unit_b"]).lower(), "other")
    for m in _scan(MAGNITUDE_OF, text, spans):
        if m["amt"]:  # "put the magnitude at 6.2": the span is the value
            yield _hit(m, float(m["amt"]), "magnitude", "other", m.start("amt"), m.end("amt"))
        else:  # "7.8 on the Richter scale", "an M7.0 quake"
            yield _hit(m, float(m["amt_r"] or m["amt_m"]), "magnitude", "other")
    for m in _scan(VAGUE_MONEY, text, spans):
        cur = CURRENCY_WORDS[m["cur"].lower()]
        if m["period"]:
            yield _hit(m, VAGUE_NUMBERS[m["vague"].lower()], f"{cur}/{m['period'].lower()}",
                       "rate")
        else:
            yield _hit(m, VAGUE_NUMBERS[m["vague"].lower()], cur, "money")


#: "a few" / "several": no number seed, so each opens a short window of its own.
_FEW = re.compile(r"\b(?:a\s+few|several)\b", re.I)


def _vague_measures(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    """Yield vague amounts of a measure unit: "hundreds of miles", "a few kilometers"."""
    few = [(m.start(), min(len(text), m.end() + 60)) for m in _FEW.finditer(text)]
    seen: set[int] = set()
    for m in _scan(VAGUE_MEASURE, text, spans + few):
        if m.start() in seen:  # the windows of a seed and of "a few" may overlap
            continue
        seen.add(m.start())
        unit, kind = UNITS[m["unit"].lower()]
        vague = " ".join(m["vague"].lower().split())
        yield Hit(m.start(), m.end(), _VAGUE_VALUES[vague], None, unit, kind,
                  vague, m.start("unit"), m.end())  # vague: approximate


def _bare_decades(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    """Yield "decades" / "centuries" after a preposition as 20 / 200 years, approximate.

    Not an adjective's first part ("decades-old", "decades-long"). There is no number seed:
    ``spans`` is not used.
    """
    for m in BARE_DECADES.finditer(text):
        word = m["unit"].lower()
        # qualifier "": approximate, with no hedge written (the stage writes None)
        yield Hit(m.start("unit"), m.end(), _BARE_YEARS[word], None, "year", "duration", "",
                  m.start("unit"), m.end())


def _labelled(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(LABELLED, text, spans):
        value = parse_amount(m["amt"])
        if value is not None:
            yield _hit(m, value, "person", "count", m.start("amt"), m.end("amt"))


#: Texts made of points: "a 12-point plan", "the six-point peace proposal" (not "a 3-point shot").
_POINT_PLAN = re.compile(r"\s+(?:[a-z]+\s+)?(?:plan|program|programme|agenda|proposal|strategy|"
                         r"roadmap|road\s+map|framework|list|charter|declaration|memorandum|"
                         r"document|deal|accord|initiative|formula)s?\b")


def _compounds(text: str, spans: list[tuple[int, int]]) -> Iterator[Hit]:
    for m in _scan(COMPOUND, text, spans):
        noun = m["noun"].lower()
        value = parse_amount(m["amt"])
        if noun == "point" and _POINT_PLAN.match(text, m.end()):
            yield _hit(m, value or 0, "count", "count")  # "a 12-point plan": points of a text
            continue
        if (noun in _NOT_COUNTS or noun in UNITS or noun.rstrip("s") in UNITS or not value
                or noun in NUMBER_WORDS or noun == "and"  # "thirty-five", "two-and-a-half"
                or value == 1 or not re.match(r"\s+[a-z]", text[m.end() : m.end() + 2])):
            continue  # the compound must modify a following noun: "27-nation bloc"
        yield _hit(m, value, "count", "count")


#: For the long patterns: a short pattern that every one of their matches contains (the
#: fraction word, the multiplier word, the magnitude word), with the same flags. A window
#: without it holds no match, so the long pattern is not run over it (same matches, less
#: work: the hedge and number alternations are tried at every word of a window otherwise).
_CORES: dict[re.Pattern[str], re.Pattern[str]] = {
    FRACTION: re.compile(r"hal(?:f|ves)|third|quarter|fourth|fifth|sixth|tenth"
                         r"|(?:one|1)\s+(?:in|out)", re.I),
    MULTIPLIER: re.compile(r"fold|times|twice|thrice|double|triple|quadruple", re.I),
    FREQUENCY: re.compile(r"times", re.I),
    PREFIXED: re.compile(r"magnitude|mach", re.I),
    MAGNITUDE_OF: re.compile(r"magnitude|richter|(?-i:M)\d", re.I),
}


def _scan(pattern: re.Pattern[str], text: str,
          spans: list[tuple[int, int]]) -> Iterator[re.Match[str]]:
    """Yield ``pattern.finditer`` over each window (skipping windows without its core)."""
    core = _CORES.get(pattern)
    for start, end in spans:
        if core is None or core.search(text, start, end):
            yield from pattern.finditer(text, start, end)


#: Cheap tests run once per article: a family's patterns run only when its cue occurs.
_Family = Callable[[str, list[tuple[int, int]]], Iterator[Hit]]
_CUES: tuple[tuple[re.Pattern[str], _Family], ...] = (
    (re.compile(r"half|third|quarter|fourth|fifth|sixth|tenth|\b(?:one|1)\s+(?:in|out)\s",
                re.I), _fractions),
    (re.compile(r"fold\b|\btimes\b|\btwice\b|\bthrice\b|\bdouble\b|\btriple\b|quadruple",
                re.I), _multipliers),
    (re.compile(r"\btimes\s+(?:an?|per)\s", re.I), _frequencies),
    (re.compile(r"\d-\d"), _tallies),
    (re.compile(r"dollar", re.I), _exchange),
    (re.compile(r"magnitude|mach\b|s\s+of\s|richter|\bm\d", re.I), _prefixed),
    (re.compile(r"s\s+of\s|several|few|scores|dozens|hundreds|thousands|millions|billions",
                re.I), _vague_measures),
    (re.compile(r"\w-[a-z]"), _compounds),
    (re.compile(r":[ \t]*\d"), _labelled),
)


def _words(cue: re.Pattern[str]) -> tuple[str, ...]:
    r"""Return the words of a cue that is only an alternation of words (``\b`` or not).

    Every match holds one of them: a substring test of the lower-cased text rules the cue
    out before the pattern, led by ``\b``, is tried at every character. Empty otherwise.
    """
    bare = cue.pattern.replace(r"\b", "")
    return tuple(bare.split("|")) if re.fullmatch(r"[a-z]+(?:\|[a-z]+)*", bare) else ()


_WORDS = {cue: _words(cue) for cue, _ in _CUES}


def _cued(cue: re.Pattern[str], text: str) -> bool:
    """Return whether ``cue`` occurs in ``text`` (see :mod:`wirecoder.lowered_scan`)."""
    same = twin(cue)
    low = lowered(text) if same is not None else None
    if same is None or low is None:
        return cue.search(text) is not None
    words = _WORDS[cue]
    return (not words or any(w in low for w in words)) and same.search(low) is not None


def find_unitless(text: str, spans: list[tuple[int, int]] | None = None) -> list[Hit]:
    """Return fractions, multipliers, tallies, exchange rates and other unit-first hits.

    Args:
        text: The article text.
        spans: The number-seed windows of ``text`` (computed when not given).
    """
    spans = windows(text) if spans is None else spans
    found: list[Hit] = []
    for cue, family in _CUES:
        if _cued(cue, text):
            found += family(text, spans)
    if any(word in text for word in _DECADE_CUES):  # a substring test: cheaper than a regex
        found += _bare_decades(text, spans)
    return found
