"""Token pass: counts of people and things read from the dependency parse.

A bare number becomes a quantity only when the parse says what it counts: a noun
it modifies ("3,000 troops", "dozens of civilians"), a casualty verb it is the
object or subject of ("killed 12", "35 wounded") or a toll it raises ("the death
toll rose to 50"). Years, dates, times, ordinals and numbers inside names are not
quantities.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from .context import doc_text
from .detect import SEED, parse_amount
from .lexicon import (
    APPROX_WORDS,
    CASUALTY_VERBS,
    PERSON_NOUNS,
    SCALES,
    UNITS,
    VAGUE_NUMBERS,
    words,
)

__all__ = ["CountHit", "find_counts"]

_SKIP_ENTS = words("DATE TIME ORDINAL MONEY PERCENT PRODUCT LAW ORG FAC WORK_OF_ART EVENT "
                       "PERSON GPE LOC NORP LANGUAGE")
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d(?:s)?")
_ODD = re.compile(r".*[:/]|\d{3}-\d|.*\d-\d")
_HEDGE_BEFORE = re.compile(
    r"\b(?P<hedge>" + "|".join(sorted(APPROX_WORDS, key=len, reverse=True)) + r")\s+$", re.I)
_NUM_WORDS = frozenset({*SCALES, "hundred", "dozen"})
_ID_WORDS = words("type no no. number phase level category article resolution chapter "
                      "section page grade stage flight route highway room unit class item "
                      "paragraph tier group covid-19 top")
_NOT_COUNTED = frozenset({"time", "times", "percent", "point", "fold", "other"})
_TIME_LEMMAS = frozenset(form for form, (_, kind) in UNITS.items() if kind == "duration")


@dataclass(frozen=True)
class CountHit:
    """A count found in the parse, with the tokens that say what it counts."""

    start: int
    end: int
    value: float
    unit: str
    qualifier: str | None
    noun: Token | None
    verb: Token | None
    approximate: bool


def _is_num(tok: Token) -> bool:
    return (tok.like_num or tok.lower_ in _NUM_WORDS) and tok.pos_ in {"NUM", "NOUN", "X"}


def _seed_tokens(doc: Doc) -> list[int]:
    """Return the indices of tokens where a number seed starts (no loop over all tokens)."""
    starts = doc.to_array("IDX")
    found: list[int] = []
    for m in SEED.finditer(doc_text(doc)):
        i = int(bisect.bisect_right(starts, m.start())) - 1
        if i >= 0 and (not found or found[-1] != i):
            found.append(i)
    return found


def _runs(doc: Doc, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    last = -1
    for i in _seed_tokens(doc):
        if i <= last or not (_is_num(doc[i]) or doc[i].lower_ in VAGUE_NUMBERS):
            continue
        if i > 0 and _is_num(doc[i - 1]) and i - 1 > last:
            i -= 1  # "half a million" style runs start before the seed
        j = i
        while j + 1 < len(doc) and _is_num(doc[j + 1]):
            j += 1
        last = j
        if not any(s < doc[j].idx + len(doc[j]) and doc[i].idx < e for s, e in covered):
            runs.append((i, j))
    return runs


def _bad_number(doc: Doc, i: int, j: int) -> bool:
    span = doc[i : j + 1]
    if any(t.ent_type_ in _SKIP_ENTS for t in span) or _YEAR.fullmatch(span.text):
        return True
    if span.text.lower() == "one" or (i > 0 and doc[i - 1].lower_ in _ID_WORDS):
        return True
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return bool(_ODD.match(span.text)) or (nxt is not None and nxt.text in {"%", ":", "-"})


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _counted_noun(last: Token) -> Token | None:
    head = last.head
    if (last.dep_ in {"nummod", "compound", "quantmod", "amod"} and head.i > last.i
            and head.pos_ in {"NOUN", "PROPN"} and last.lower_ not in VAGUE_NUMBERS):
        return head
    return _of_object(last)


def _casualty_verb(tok: Token) -> Token | None:
    """Return the casualty verb whose argument ``tok`` is, or that modifies it."""
    if tok.dep_ in {"dobj", "nsubjpass", "nsubj", "conj"} and tok.head.lemma_ in CASUALTY_VERBS:
        return tok.head
    return next((c for c in tok.children if c.dep_ == "acl" and c.lemma_ in CASUALTY_VERBS),
                None)


def _toll_noun(last: Token) -> Token | None:
    prep = last.head
    if last.dep_ != "pobj" or prep.lower_ != "to" or prep.head.pos_ != "VERB":
        return None
    return next((c for c in prep.head.children
                 if c.dep_ in {"dobj", "nsubj"} and c.lemma_ in {"toll", "tally"}), None)


def _person(noun: Token) -> bool:
    return noun.lemma_.lower() in PERSON_NOUNS or (
        noun.ent_type_ == "NORP" and noun.tag_ in {"NNS", "NNPS"})


def _classify(doc: Doc, i: int, j: int) -> tuple[str, Token | None, Token | None] | None:
    last = doc[j]
    noun = _counted_noun(last)
    if noun is not None:
        if (noun.lemma_.lower() in _TIME_LEMMAS or noun.lower_ in UNITS
                or noun.pos_ == "PRON" or noun.lower_ in _NOT_COUNTED):
            verb = _casualty_verb(noun) or _casualty_verb(last)
            return ("person", None, verb) if verb is not None and noun.pos_ == "PRON" else None
        verb = _casualty_verb(noun) or _casualty_verb(last)
        person = _person(noun) or verb is not None
        before = doc[i - 1] if i > 0 else None
        if before is not None and not doc[i].text[0].isdigit() and (
                before.lower_ in {"the", "these", "those", "both", "its", "their"}
                or before.tag_ in {"POS", "PRP$"}):
            return None  # "the two leaders": a reference, not a count
        return ("person" if person else "count", noun, verb)
    verb = _casualty_verb(last)
    if verb is not None:
        return ("person", None, verb)
    toll = _toll_noun(last)
    return ("person", toll, None) if toll is not None else None


def find_counts(doc: Doc, covered: list[tuple[int, int]]) -> list[CountHit]:
    """Return the counts in ``doc`` outside the ``covered`` character ranges.

    Args:
        doc: The parsed article.
        covered: Character ranges already taken by pattern quantities.

    Returns:
        Counts in text order.
    """
    out: list[CountHit] = []
    for i, j in _runs(doc, covered):
        if _bad_number(doc, i, j):
            continue
        found = _classify(doc, i, j)
        span = doc[i : j + 1]
        value = VAGUE_NUMBERS.get(span.text.lower()) or parse_amount(span.text)
        if found is None or value is None or value < 0:
            continue
        unit, noun, verb = found
        start, end = span.start_char, span.end_char
        if noun is not None and noun.i == j + 1:
            end = noun.idx + len(noun)
        hedge = _HEDGE_BEFORE.search(doc_text(doc)[max(0, start - 24) : start])
        if hedge:
            start -= len(hedge.group(0))
        vague = span.text.lower() in VAGUE_NUMBERS
        out.append(CountHit(start, end, float(value), unit,
                            hedge.group("hedge").lower() if hedge else None, noun, verb,
                            bool(hedge) or vague))
    return out
