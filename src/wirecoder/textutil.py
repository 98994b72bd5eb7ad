"""Small helpers shared by the stages: sentence lookup and span trimming."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc, Span

__all__ = ["sentence_index", "sentence_of", "sentence_starts"]

_KEY = "wirecoder.sentence_starts"


def sentence_starts(doc: Doc) -> list[int]:
    """Return the start character offset of every sentence of ``doc`` (computed once).

    The list is cached in ``doc.user_data``; it is derived data, not a stage's output.
    """
    starts = doc.user_data.get(_KEY)
    if starts is None:
        starts = [sent.start_char for sent in doc.sents] if len(doc) else [0]
        doc.user_data[_KEY] = starts
    return starts


def sentence_index(doc: Doc, char: int) -> int:
    """Return the index of the sentence that holds character offset ``char``."""
    return max(0, bisect.bisect_right(sentence_starts(doc), char) - 1)


def sentence_of(doc: Doc, char: int) -> Span:
    """Return the sentence span that holds character offset ``char``."""
    return list(doc.sents)[sentence_index(doc, char)]
