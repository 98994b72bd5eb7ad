"""Ages: "aged 33", "the age of 18", "in his 40s", "15-year-olds", "Tarvel, 41,".

Read with the parse: appositive ages ("Tarvel, 41,") must follow a person's name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from .. import lowered_scan
from .detect import Hit, parse_amount
from .lexicon import UNITS
from .unitless import NUMBER_WORD_ALT

__all__ = ["find_ages"]

_AGE_CUE = re.compile(
    r"\b(?:(?P<ages>ages?|aged)\s+(?P<a>\d{1,3})(?P<older>\s+(?:and|or)\s+(?:older|over|up|above|"
    r"younger|under))?(?P<more>(?:\s*,\s*\d{1,3})*,?\s+(?:and|or)\s+\d{1,3}(?![\d,.]*\d))?"
    rf"|the\s+age\s+of\s+(?P<b>\d{{1,3}}|{NUMBER_WORD_ALT})"
    r"|in\s+(?:his|her|their)\s+(?:early\s+|mid-?\s*|late\s+)?(?P<dec>[1-9]0)s"
    rf"|(?P<c>\d{{1,3}}|(?:{NUMBER_WORD_ALT})(?:-(?:{NUMBER_WORD_ALT}))?)-year-olds?)\b", re.I)


#: Age thresholds after a people noun: "children under 5", "residents over 65", "people aged
#: over 60", "adults who are older than 50". Span: the comparison and the number.
_PEOPLE = (r"children|kids|people|persons|adults|residents|women|men|girls|boys|infants|babies|"
           r"toddlers|citizens|patients|workers|voters|those|anyone|everyone|pensioners|seniors")
_THRESHOLD = re.compile(
    rf"\b(?:{_PEOPLE})\s+(?:(?:who\s+)?(?:is|are|were|was)\s+|aged\s+)?"
    rf"(?P<span>(?P<q>under|over|below|above|older\s+than|younger\s+than)\s+"
    rf"(?P<n>\d{{1,3}}|{NUMBER_WORD_ALT}))\b(?![.,]\d)", re.I)


def _thresholds(doc: Doc, text: str) -> Iterator[Hit]:
    """Yield age thresholds: "children under 5", "residents over 65" (approximate).

    The number must end its phrase: no noun, number or unit follows it ("children under 5
    kilograms", "over 6 feet" are measures, not ages).
    """
    for m in lowered_scan.finditer(_THRESHOLD, text):  # _THRESHOLD.finditer(text)
        value = parse_amount(m["n"])
        span = doc.char_span(m.start("n"), m.end("n"), alignment_mode="expand")
        if not value or not 0 < value <= 115 or span is None:
            continue
        nxt = doc[span.end] if span.end < len(doc) else None
        if nxt is not None and (nxt.pos_ in {"NOUN", "PROPN", "NUM"} or nxt.lower_ in UNITS
                                or nxt.text == "%"):
            continue
        q = " ".join(m["q"].lower().split())
        yield Hit(m.start("span"), m.end("span"), value, None, "year", "other", q,
                  m.start("span"), m.end("span"))


def find_ages(doc: Doc, text: str) -> list[Hit]:
    """Return ages: "aged 33", "the age of 18", "in his 40s", "15-year-olds", "Tarvel, 41,".

    In "the age of 18" the span is the number; appositive ages follow a person's name.

    Args:
        doc: The parsed article (its PERSON entities place appositive ages).
        text: The article text.
    """
    out = []
    for m in lowered_scan.finditer(_AGE_CUE, text):  # _AGE_CUE.finditer(text)
        if m["a"]:
            end = m.end() if m["older"] else m.end("a")
            start = m.start() if m["older"] else m.start("a")
            out.append(Hit(start, end, float(m["a"]), None, "year", "other", None, start, end))
            out += _more_ages(m)
        elif m["b"]:
            value = parse_amount(m["b"])
            if value:
                out.append(Hit(m.start("b"), m.end("b"), value, None, "year", "other", None,
                               m.start("b"), m.end("b")))
        elif m["dec"]:
            low = float(m["dec"])
            out.append(Hit(m.start(), m.end(), low, low + 9, "year", "other", "in", m.start(),
                           m.end()))
        else:
            value = parse_amount(m["c"])
            if value:
                out.append(Hit(m.start(), m.end(), value, None, "year", "other", None,
                               m.start(), m.end()))
    return out + list(_appositive_ages(doc, text)) + list(_thresholds(doc, text))


#: One number of a coordinated age list: "6" and "9" of "aged 6 and 9".
_NUMBER = re.compile(r"\d{1,3}")


def _more_ages(m: re.Match[str]) -> list[Hit]:
    """Return the coordinated ages after the first: "aged 6 and 9", "ages 4, 7 and 12"."""
    if not m["more"]:
        return []
    base = m.start("more")
    return [Hit(base + n.start(), base + n.end(), float(n.group()), None, "year", "other", None,
                base + n.start(), base + n.end()) for n in _NUMBER.finditer(m["more"])]


_APPOSITIVE = re.compile(r"(?<=[A-Za-z]), (?P<n>\d{1,3})(?=[,.;])")


def _appositive_ages(doc: Doc, text: str) -> Iterator[Hit]:
    """Yield "Tarvel, 41,": a number set off by commas after a person's name."""
    for m in _APPOSITIVE.finditer(text):
        span = doc.char_span(m.start("n"), m.end("n"))
        if span is None or len(span) != 1 or not 1 <= int(m["n"]) <= 115 or span.start < 2:
            continue
        tok = span[0]
        name = doc[tok.i - 2]
        if name.ent_type_ == "PERSON" or (tok.dep_ == "appos" and name.pos_ == "PROPN"
                                          and tok.head.i == name.i):
            yield Hit(tok.idx, tok.idx + len(tok), float(tok.text), None, "year", "other",
                      None, tok.idx, tok.idx + len(tok))
