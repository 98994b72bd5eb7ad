"""The registered quantities stage: its entry point :func:`extract` and what it builds on.

See the package docstring (:mod:`wirecoder.quantities`) for what the stage does.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypedDict

from spacy.tokens import Doc, Token

from .. import lowered_scan
from ..models import Entity, Quantity, TimeExpression
from ..stages import StageContext, register_stage
from ..textutil import doc_text, parsed_text, sentence_index
from .ages import find_ages
from .clause import subject_noun
from .compose import compose
from .context import (
    About,
    find_about,
    find_committer,
    find_period,
    noun_after,
    people_about,
    phrase_of,
)
from .counts import CountHit, find_counts
from .detect import Hit, find, merge, parse_amount, windows
from .header_units import find_header_units, find_unit_lines
from .lexicon import RATE_PERIODS, UNITS, unit_scale
from .normalize import normalize
from .partitives import find_partitives
from .registry import unit_table
from .rows import row_counts, row_labels
from .unitless import find_unitless
from .weather import find_weather

__all__ = ["extract", "parse_amount"]

_BOILERPLATE = re.compile(
    r"©|\bcopyright\b|\ball rights reserved\b|\bphotographer:|\bcontributed to this report\b"
    r"|\bcall\s+\+?\d", re.I)


#: The literal words of :data:`_BOILERPLATE`, lower-cased, and its one pattern with a digit.
_BOILERPLATE_WORDS = ("©", "copyright", "all rights reserved", "photographer:",
                      "contributed to this report")
_BOILERPLATE_CALL = re.compile(r"call\s+\+?\d")


def _may_hold_boilerplate(text: str) -> bool:
    """False only when :data:`_BOILERPLATE` cannot match ``text`` (round 21, speed21).

    Its case-insensitive scan runs over the lowered text (:mod:`~wirecoder.lowered_scan`),
    where a match holds one of the words or "call" + spaces + a digit: two substring tests
    and a search with a literal prefix rule out most stories without the scan that tries
    the whole pattern at every character.
    """
    low = lowered_scan.lowered(text)
    if low is None:  # scanned as written: no shortcut
        return True
    return any(word in low for word in _BOILERPLATE_WORDS) or bool(_BOILERPLATE_CALL.search(low))


_LENGTH_PREPS = frozenset({"for", "to", "than", "within"})


@register_stage("quantities", requires=("entities",))
def extract(doc: Doc, ctx: StageContext) -> tuple[Quantity, ...]:
    """Return the quantities of ``doc``.

    Args:
        doc: The parsed article.
        ctx: Stage context; reads the ``entities`` and (when run) ``time_expressions``.

    Returns:
        Quantities in text order.
    """
    text = doc_text(doc)
    skip = _lines(text, _BOILERPLATE) if _may_hold_boilerplate(text) else []
    spans = windows(text)
    found = compose(text, merge([*find(text, spans), *find_unitless(text, spans),
                                 *find_ages(doc, text), *find_weather(text),
                                 *find_header_units(text), *find_unit_lines(text),
                                 *find_partitives(text)]))
    hits = [h for h in found if not _inside(h.start, skip) and _keep(text, h)]
    taken = [(h.start, h.end) for h in hits] + skip
    counts = find_counts(doc, taken)
    counts += row_counts(doc, text, taken + [(c.start, c.end) for c in counts])
    entities: Sequence[Entity] = ctx.get("entities")
    timexes: Sequence[TimeExpression] = ctx.get("time_expressions")
    out = [_from_hit(doc, h, entities, timexes) for h in hits]
    out += [_from_count(doc, c, entities) for c in counts]
    ordered = _conversions(text, sorted(out, key=lambda q: q.start))
    labelled = row_labels(text, _series(ordered, text))
    # a conversion after an amount labelled only now takes its label too: "45C (113F)"
    return _conversions(text, [_subject_fallback(doc, q, hits) for q in labelled])


def _subject_fallback(doc: Doc, q: Quantity, hits: Sequence[Hit]) -> Quantity:
    """Return the quantity with the clause subject as ``about`` when nothing else gave one.

    The last step: series, conversions and table rows label first.
    """
    if q.about is not None:
        return q
    hit = next((h for h in hits if h.start == q.start and h.end == q.end), None)
    anchor = _anchor(doc, hit.unit_start, hit.unit_end) if hit is not None else None
    noun = subject_noun(anchor) if anchor is not None else None
    if noun is None:
        return q
    about = phrase_of(noun)
    return q.model_copy(update=_about_fields(about))


#: Between an amount and its conversion: "4 km (2 mi)", "45,000 acres, or about 70 sq mi".
_CONVERSION_GAP = re.compile(r"\s*\(\s*|(?:\s+[a-z]+){0,2},?\s+or\s+")
_CONVERTIBLE = frozenset({"length", "area", "volume", "mass", "rate", "other"})


def _conversions(text: str, quantities: list[Quantity]) -> tuple[Quantity, ...]:
    """Return the quantities with each unit conversion measuring what its amount measures.

    "located 4 km (2 mi) southeast of the crater", "grew to 45,000 acres, or about 70
    square miles": the second amount restates the first in another unit, so it takes the
    first one's ``about``.
    """
    out: list[Quantity] = []
    for q in quantities:
        prev = out[-1] if out else None
        if (prev is not None and prev.about and q.kind == prev.kind
                and q.kind in _CONVERTIBLE and q.unit != prev.unit
                and _CONVERSION_GAP.fullmatch(text, prev.end, q.start)):
            q = q.model_copy(update={"about": prev.about, "about_start": prev.about_start,
                                     "about_end": prev.about_end})
        out.append(q)
    return tuple(out)


def _series(quantities: tuple[Quantity, ...], text: str) -> tuple[Quantity, ...]:
    """Return the quantities with each unlabelled member of a series labelled.

    "forest cover shrank from 53% in 1985 to 47% in 1992, and now 35%": an amount the
    parse ties to nothing measures what the nearest amount of the same kind and unit in
    the sentence measures (the one before it, else the one after it: "from $5 to $12").
    """
    out = _label_from_neighbour(list(quantities), text)
    return tuple(reversed(_label_from_neighbour(out[::-1])))


#: After a percentage: a comparison with the figure before it ("3.2 million tons, 15
#: percent below last year"), so the percentage measures what that figure measures.
_COMPARISON_AFTER = re.compile(r"\s+(?:below|above|higher|lower|more|less|up|down|over|under)\b",
                               re.I)


def _label_from_neighbour(quantities: list[Quantity], text: str = "") -> list[Quantity]:
    """Label each unlabelled quantity from the nearest earlier one of its kind and unit.

    A percentage compared with the figure before it takes that figure's label whatever
    its kind.
    """
    out: list[Quantity] = []
    for q in quantities:
        compared = q.kind == "percent" and bool(text) and bool(
            _COMPARISON_AFTER.match(text, q.end))
        prev = next((p for p in reversed(out) if p.sentence == q.sentence
                     and ((p.kind == q.kind and p.normalized_unit == q.normalized_unit)
                          or (compared and p.end < q.start))), None)
        if q.about is None and prev is not None and prev.about:
            q = q.model_copy(update={"about": prev.about, "about_start": prev.about_start,
                                     "about_end": prev.about_end})
        out.append(q)
    return out


#: A line longer than this is running text (a story body without line breaks), so a
#: boilerplate marker in it skips only its own sentence.
_SHORT_LINE = 300
_SENTENCE_END = re.compile(r"[.!?][\"”’')]*(?:\s|$)")
#: The credit of a photo caption: "Photographer: Wenna Marrow/Freedonia Wire" (no full stop).
_PHOTO_CREDIT = re.compile(r"(?i:photographer:)[^/\n]{1,60}/\s?\S+")


def _lines(text: str, marker: re.Pattern[str]) -> list[tuple[int, int]]:
    """Return the (start, end) of each line holding ``marker``.

    A credit line ("X contributed to this report.") at the end of a story written as one
    unbroken paragraph would otherwise hide every quantity of the story: in a line longer
    than :data:`_SHORT_LINE` only the sentence holding the marker is skipped. A photo credit
    there skips its caption (the sentence before it) and the credit itself, whose end has
    no full stop, so the story sentence after it is kept.
    """
    out = []
    for m in lowered_scan.finditer(marker, text):  # marker.finditer(text)
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.end())
        end = len(text) if end < 0 else end
        if end - start > _SHORT_LINE:
            ends = [e.end() for e in _SENTENCE_END.finditer(text, start, m.start())]
            credit = _PHOTO_CREDIT.match(text, m.start())
            if credit is not None:  # the caption, then "Photographer: Name/Agency"
                start = ends[-2] if len(ends) > 1 else start
                out.append((start, credit.end()))
                continue
            start = ends[-1] if ends else start
            after = _SENTENCE_END.search(text, m.end(), end)
            end = after.end() if after else end
        out.append((start, end))
    return out


def _inside(start: int, ranges: list[tuple[int, int]]) -> bool:
    return any(s <= start < e for s, e in ranges)


def _keep(text: str, hit: Hit) -> bool:
    """Drop "one day"-style phrases: a worded single duration is not a measurement.

    It is one when hedged ("less than a day") or the length of something ("for a
    month", "sentenced to one year").
    """
    if hit.kind != "duration" or hit.value != 1 or hit.qualifier:
        return True
    before = text[max(0, hit.start - 8) : hit.start].lower().split()
    spanned = text[hit.start : hit.end].lower()
    return "-" in spanned or spanned.endswith("long") or hit.value_high is not None or bool(
        before and before[-1] in _LENGTH_PREPS)


def _anchor(doc: Doc, start: int, end: int) -> Token | None:
    text = parsed_text(doc)  # doc.text, read once per document (spaCy rebuilds it)
    while start < end and text[start].isspace():
        start += 1  # a unit span that starts or ends in whitespace ("   MPH")
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    for tok in span:  # the first unit-like token of the span: "barrels" in "... barrels a day"
        if tok.pos_ in {"NOUN", "PROPN"} and not tok.like_num and tok.head.i not in range(
                span.start, span.end):
            return tok
    return span.root


def _from_hit(doc: Doc, hit: Hit, entities: Sequence[Entity],
              timexes: Sequence[TimeExpression]) -> Quantity:
    anchor = _anchor(doc, hit.unit_start, hit.unit_end)
    about = find_about(anchor, hit.kind) if anchor is not None else None
    modified = noun_after(doc, hit.start, hit.end)
    if about is None or (modified is not None and anchor is not None
                         and modified.noun.dep_ == anchor.dep_
                         and modified.noun.head.i == anchor.head.i):
        about = modified or about  # "A magnitude 5.9 earthquake": parsed as two subjects
    if hit.kind == "other" and hit.unit in {"year", "month"}:
        about = _age_about(doc, hit, about)
    about = _composed_about(doc, hit, about)
    about = _label(doc, hit) or _rate_object(doc, hit, about) or about
    if about is not None and _unit_words(about.text):
        about = None  # "55 KT  65 MPH": the next cell's unit is not what is measured
    if about is not None and hit.start <= about.start and (
            about.end <= hit.unit_start or ("_of_" in hit.unit and about.end <= hit.end)):
        about = None  # "two-thirds of a meter", "barrels of oil equivalent": the amount's
        # own words measure nothing
    committer = find_committer(anchor, about, entities) if anchor is not None else None
    period = find_period(anchor, timexes, (hit.start, hit.end)) if anchor is not None else None
    value, unit = normalize(hit.value, hit.unit, hit.kind)
    return Quantity(
        text=doc_text(doc)[hit.start : hit.end], start=hit.start, end=hit.end,
        sentence=sentence_index(doc, hit.start), value=hit.value, value_high=hit.value_high,
        unit=hit.unit, normalized_value=value, normalized_unit=unit, kind=hit.kind,
        approximate=hit.qualifier is not None, qualifier=hit.qualifier or None,
        committer=committer, **_about_fields(about), **_period_fields(period))


#: A report's label right before the amount: "Flood Stage: 16.0 ft", "Path width /maximum/:
#: 200 yards", "Storm total snowfall: 14.5 in" (the label starts a line, a sentence or a cell).
_LABEL = re.compile(r"(?:^|[\n.;]\s*|\s{2,}|\.{3})(?P<label>[A-Z][A-Za-z][\w ()-]{0,38}?)"
                    r"\s*(?:/[^/\n]{1,20}/)?\s*:\s*$"
                    # a forecast word right before a bare reading: "Highs 85 to 90."
                    r"|\b(?P<word>(?:highs?|lows?|heat\s+ind(?:ex|ices)(?:\s+values?)?|"
                    r"wind\s+chills?(?:\s+values?)?))\s+$", re.I)


_SAYING = frozenset({"said", "says", "told", "added", "noted", "wrote", "stated", "asked",
                     "explained", "announced", "tweeted", "say", "note"})


def _label(doc: Doc, hit: Hit) -> About | None:
    """Return the label a bulletin writes before the amount, if any."""
    text = parsed_text(doc)
    m = _LABEL.search(text, max(0, hit.start - 60), hit.start)
    if m is None:
        return None
    group = "label" if m["label"] else "word"
    label = m[group].strip()
    if group == "label" and (_unit_words(label) or not label[0].isupper()
                             or label.split()[-1].lower() in _SAYING):
        return None  # "He said: 5 km is too far" is no label
    span = doc.char_span(m.start(group), m.end(group), alignment_mode="contract")
    if span is None or not len(span):
        return None
    return About(label, m.start(group), m.start(group) + len(label), span.root)


def _unit_words(words: str) -> bool:
    """Return True when ``words`` are only a unit symbol ("MPH", "km"), not a unit noun.

    "A gallon of gasoline averaged $3.15": the gallon is what the price is about.
    """
    if len(words.strip()) < 2 or not any(c.isalnum() for c in words):
        return True  # "%", "d" (of "b/d"): a symbol the parse took for a noun
    return words in unit_table().symbols or (not words.islower() and words.lower() in UNITS)


_OF_AFTER = re.compile(r"\s+of\s+(?=[a-z])")


def _rate_object(doc: Doc, hit: Hit, about: About | None) -> About | None:
    """Return the "of" noun written after a whole rate: "120,000 barrels per day of output".

    The rate's own words ("barrels per day") name the unit; the noun after them names what
    flows. None when no such noun follows or ``about`` already lies inside the span.
    """
    if hit.kind != "rate" or (about is not None and hit.start <= about.start < hit.end):
        return None
    m = _OF_AFTER.match(parsed_text(doc), hit.end)
    span = doc.char_span(m.start() + 1, m.end() - 1, alignment_mode="expand") if m else None
    obj = next((c for c in span[0].children if c.dep_ == "pobj"), None) if span else None
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.lower_ in UNITS:
        return None
    return phrase_of(obj)


def _composed_about(doc: Doc, hit: Hit, about: About | None) -> About | None:
    """Return the whole composed phrase of a rate with an inserted commodity.

    "3.3 million barrels of crude a day" measures "barrels of crude a day", not "crude"
    alone: the unit, its "of" noun and the period make one phrase.
    """
    if hit.kind != "rate" or about is None or "_of_" in hit.unit:
        return about  # "barrels of oil equivalent per day": the "of" is the unit's own
    phrase = doc_text(doc)[hit.unit_start : hit.end]
    if " of " not in phrase or about.start < hit.unit_start or about.end > hit.end:
        return about
    unit_word = doc_text(doc).rfind(" ", hit.start, hit.unit_start + 1) + 1
    start = max(hit.start, unit_word)
    return About(doc_text(doc)[start : hit.end], start, hit.end, about.noun)


def _age_about(doc: Doc, hit: Hit, about: About | None) -> About:
    """Return "age of <whom>" for an age: the noun it modifies or the name before it."""
    whom = about
    if whom is None or whom.start < hit.start:
        name = doc.char_span(hit.start, hit.end, alignment_mode="expand")
        head = name.root.head if name is not None and len(name) else None
        if (head is not None and name is not None and head.pos_ in {"PROPN", "NOUN"}
                and head.i != name.root.i):
            whom = About(head.text, head.idx, head.idx + len(head), head)
    if whom is None:
        return About("age", hit.start, hit.end, doc[0])
    return About(f"age of {whom.text}", whom.start, whom.end, whom.noun)


#: A period right after a counted noun (and a noun joined to it): "12 floods and landslides a
#: year", "300 people a day"; not "each"/"every" (a frequency apart from the count).
_COUNT_RATE = re.compile(r"(?:\s+(?:and|or)\s+[a-z]+)?\s+(?:a|an|per)\s+"
                         r"(?P<period>day|week|month|year)\b(?!\s+(?:ago|earlier|later|after|before))",
                         re.I)


#: A count per unit of area is a density: "93 people per square mile", "40 wells per km²".
_COUNT_DENSITY = re.compile(r"\s+(?:per|an?|every)\s+(?P<base>[^\W\d_][\w.²]*(?:\s+[a-z]+\.?)?)")


def _density_base(text: str, end: int) -> tuple[str, int] | None:
    """Return (area unit id, end) of a "per <area unit>" right after a count, or None."""
    m = _COUNT_DENSITY.match(text, end)
    if m is None:
        return None
    table = unit_table()
    base = m["base"]
    for cut in (len(base), len(base.split()[0])):
        for words in (base[:cut], base[:cut].rstrip(".")):  # "sq. mi.", "square mile."
            found = table.symbols.get(words) or table.names.get(words.lower())
            if found is not None and found[1] == "area" and found[2] == 1.0:
                return found[0], m.start("base") + len(words)
    return None


def _from_count(doc: Doc, hit: CountHit, entities: Sequence[Entity]) -> Quantity:
    about: About | None
    if hit.unit == "person":
        about = people_about(hit.noun, hit.verb)
    else:
        about = people_about(hit.noun, None)
    anchor = hit.noun or hit.verb
    committer = find_committer(anchor, None, entities) if anchor is not None else None
    text = doc_text(doc)
    unit, end, kind = hit.unit, hit.end, "percent" if hit.unit == "percentage_point" else "count"
    value = hit.value
    normalized: tuple[float | None, str | None] = (value, unit)
    rate = _COUNT_RATE.match(text, hit.end) if hit.noun is not None and (
        hit.noun.idx + len(hit.noun) == hit.end) else None
    density = _density_base(text, hit.end) if hit.noun is not None and (
        hit.noun.idx + len(hit.noun) == hit.end) else None
    if rate is not None:  # "roughly 15 floods and landslides a year": one rate
        unit, end, kind = f"{unit}/{RATE_PERIODS[rate['period'].lower()]}", rate.end(), "rate"
        normalized = (value, unit)
    elif density is not None:  # "93 people per square mile": one rate
        unit, end, kind = f"{unit}/{density[0]}", density[1], "rate"
        normalized = (value, unit)
    elif hit.noun is not None and UNITS.get(hit.noun.lower_, ("",))[0] == unit:
        kind = UNITS[hit.noun.lower_][1]  # a level of a unit named as the subject
        value *= unit_scale(hit.noun.lower_, hit.noun.text)
        normalized = normalize(value, unit, kind)
    normalized_value, normalized_unit = normalized
    return Quantity(
        text=text[hit.start : end], start=hit.start, end=end,
        sentence=sentence_index(doc, hit.start), value=value, value_high=hit.value_high,
        unit=unit, normalized_value=normalized_value, normalized_unit=normalized_unit,
        kind=kind,
        approximate=hit.approximate, qualifier=hit.qualifier, committer=committer,
        counted=_counted(hit) if kind in {"count", "rate", "percent"} else None,
        **_about_fields(about))


def _counted(hit: CountHit) -> str | None:
    if hit.noun is not None and hit.noun.lemma_.lower() not in {"toll", "tally"}:
        return hit.noun.lemma_.lower()
    return "people" if hit.unit == "person" else None


class _AboutFields(TypedDict, total=False):
    about: str
    about_start: int
    about_end: int


class _PeriodFields(TypedDict, total=False):
    period: str
    period_value: str | None


def _about_fields(about: About | None) -> _AboutFields:
    if about is None:
        return {}
    return {"about": about.text, "about_start": about.start, "about_end": about.end}


def _period_fields(period: TimeExpression | None) -> _PeriodFields:
    if period is None:
        return {}
    return {"period": period.text, "period_value": period.value}
