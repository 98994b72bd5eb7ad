"""Reported speech: content clauses of reporting verbs and of "according to"."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from .cues import Cue, cue_at, reporting_participle_owner
from .index import DocIndex
from .lexicon import QUOTE_ONLY_VERBS, REPORT_VERBS, URGE_VERBS

__all__ = ["Reported", "reported_speech"]

#: Fewest tokens a reported clause must have.
MIN_TOKENS = 3

_TRIM_LEAD = frozenset({"mark", "punct", "cc", "aux"})
_QUOTE_CHARS = frozenset('"“”„')
#: Punctuation a clause keeps at its end: closing quotation marks and the percent sign.
_KEPT_PUNCT = _QUOTE_CHARS | {"%"}


@dataclass(frozen=True)
class Reported:
    """A reported clause: its token range and the cue that introduces it."""

    first: int
    last: int
    cue: Cue


#: Day words the parser puts at the head of a reported clause ("said Monday X").
_DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                        "sunday", "yesterday", "today", "tonight"})
#: Words opening an embedded question: its verb tells a topic, not what was said.
_WH_WORDS = frozenset({"why", "how", "what", "whether", "when", "where", "who", "which"})


def reported_speech(index: DocIndex) -> Iterator[Reported]:
    """Yield the reported-speech clauses of the document, in text order."""
    doc = index.doc
    taken: list[tuple[int, int]] = []
    for i in _cue_words(doc):
        if index.in_quote[i] >= 0:
            continue
        cue = cue_at(doc[i])
        if cue is None:
            continue
        found = _clause(index, cue)
        if found is None or _mostly_quoted(index, found) or _inside(found, taken):
            continue
        taken.append(found)
        yield Reported(found[0], found[1], cue)


_CUE_LEMMAS = np.array(sorted({get_string_id(w) for w in REPORT_VERBS | URGE_VERBS}),
                       dtype=np.uint64)
_ACCORDING = get_string_id("according")


def _cue_words(doc: Doc) -> list[int]:
    """Return the tokens whose lemma is a reporting or urging verb or whose form is "according".

    Read from the LEMMA and LOWER columns (no Token built per word).
    """
    columns = doc.to_array([LEMMA, LOWER]).reshape(len(doc), 2)
    found = np.isin(columns[:, 0], _CUE_LEMMAS) | (columns[:, 1] == _ACCORDING)
    return np.flatnonzero(found).tolist()


def _clause(index: DocIndex, cue: Cue) -> tuple[int, int] | None:
    """Return the token range of the clause ``cue`` reports, if it has one."""
    token = cue.token
    if cue.kind == "according":
        return _according(index, token)
    span = None
    if token.lemma_ in REPORT_VERBS and token.lemma_ not in QUOTE_ONLY_VERBS:
        span = _child_span(token, "ccomp", clause=True)
    if span is None and (cue.kind == "urge" or token.lemma_ in URGE_VERBS):
        span = _child_span(token, "xcomp")
    if span is None and token.lemma_ in REPORT_VERBS and token.lemma_ not in QUOTE_ONLY_VERBS:
        span = _parenthetical(token)
    return _trimmed(index, span) if span else None


def _parenthetical(token: Token) -> tuple[int, int] | None:
    """Return the rest of the clause a parenthetical attribution interrupts.

    "Despite that, he said, the economy is growing": the cue, with its own subject and
    between commas, hangs on the main verb (``parataxis``); what follows it is reported.
    """
    doc, head = token.doc, token.head
    if token.dep_ != "parataxis" or head.i <= token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    after = token.right_edge.i + (doc[token.right_edge.i].text != ",")
    if after >= len(doc) or doc[after].text != "," or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return after + 1, head.right_edge.i + 1


def _child_span(token: Token, dep: str, clause: bool = False) -> tuple[int, int] | None:
    """Return the span of ``token``'s ``dep`` child; with ``clause``, only a verb's clause.

    "declared the exercise a success": the small clause without a verb reports no speech.
    """
    child = next((c for c in token.children if c.dep_ == dep), None)
    if child is None or (clause and child.pos_ not in ("VERB", "AUX") and not any(
            t.pos_ in ("VERB", "AUX") for t in child.subtree)):
        return None
    first, last = child.left_edge.i, child.right_edge.i + 1
    if first <= token.i < last:
        return None
    for inner in child.subtree:  # "says X will cut aid, saying Y": the participle reports Y
        owner = reporting_participle_owner(inner) if inner.i > first else None
        if owner is not None and owner.i == token.i:
            return first, inner.i - 1
    return first, last


def _according(index: DocIndex, token: Token) -> tuple[int, int] | None:
    """Return the clause an 'according to X' phrase attributes (minus the phrase)."""
    head = token.head
    if head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    first, last = head.left_edge.i, head.right_edge.i + 1
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    if lo <= first:
        first = hi
    elif hi >= last or lo - first >= last - hi:
        last = lo
    else:
        first = hi
    return _trimmed(index, (first, last))


def _trimmed(index: DocIndex, span: tuple[int, int]) -> tuple[int, int] | None:
    """Drop leading 'that'/'to'/punctuation and trailing punctuation of a clause."""
    doc = index.doc
    first, last = _without_according(index, span)
    while first < last and (doc[first].dep_ in _TRIM_LEAD and doc[first].text not in _QUOTE_CHARS):
        if doc[first].lower_ in _WH_WORDS:
            return None  # "asked whether troops would stay": a question, not what was said
        first += 1
    while first + 1 < last and doc[first].lower_ in _DAY_WORDS and doc[first + 1].dep_ != "case":
        first += 1  # "said Monday the outbreak was contained": the day dates the saying
    if first + 1 < last and doc[first].lower_ == "that" and doc[first].dep_ == "det":
        first += 1  # "said that output fell": a complementizer the parser took for a determiner
    while last > first and doc[last - 1].is_punct and doc[last - 1].text not in _KEPT_PUNCT:
        last -= 1
    if last - first < MIN_TOKENS or doc[first].lower_ in _WH_WORDS:
        return None  # "explains why the training is necessary" reports no content
    return first, last


def _without_according(index: DocIndex, span: tuple[int, int]) -> tuple[int, int]:
    """Cut an 'according to X' phrase off either edge of a clause."""
    first, last = span
    for token in index.doc[first:last]:
        if token.lower_ != "according":
            continue
        lo, hi = token.left_edge.i, token.right_edge.i + 1
        if hi >= last:
            return first, lo
        if lo <= first:
            return hi, last
    return first, last


def _mostly_quoted(index: DocIndex, span: tuple[int, int]) -> bool:
    """Return True when the clause starts inside a quotation (it is the quotation itself)."""
    return index.in_quote[span[0]] >= 0


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in taken)
