"""Small helpers shared by the stages: sentence lookup and span trimming."""

from __future__ import annotations

import bisect

from spacy.tokens import Doc

__all__ = ["doc_text", "parsed_text", "sentence_index", "sentence_starts", "set_doc_text"]

_KEY = "wirecoder.sentence_starts"
_TEXT_KEY = "wirecoder.text"
_PARSED_KEY = "wirecoder.parsed_text"


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


def doc_text(doc: Doc) -> str:
    """Return ``doc.text``, computed once per document (spaCy rebuilds it on each access).

    Cached in ``doc.user_data``; the same string as the story text the doc was made from.
    """
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def parsed_text(doc: Doc) -> str:
    """Return ``doc.text`` (the text spaCy parsed), computed once per document.

    The same as :func:`doc_text` except for a story parsed from a same-length copy with
    tokenizer-hostile runs blanked (see :func:`wirecoder.parsing.tokenizer_text`).
    """
    text = doc.user_data.get(_PARSED_KEY)
    if text is None:
        text = doc.user_data[_PARSED_KEY] = doc.text
    return text


def set_doc_text(doc: Doc, text: str, parsed: str | None = None) -> None:
    """Make :func:`doc_text` return ``text``, the story as written.

    For a ``doc`` parsed from a same-length copy (see :func:`wirecoder.parsing.tokenizer_text`).
    ``parsed`` is the text spaCy parsed (``doc.text``) when the caller has it: it is kept
    for :func:`parsed_text` and saves rebuilding ``doc.text`` from the tokens.
    """
    parsed = doc.text if parsed is None else parsed
    if len(text) != len(parsed):
        raise ValueError("the story text and the parsed text differ in length")
    doc.user_data[_TEXT_KEY] = text
    doc.user_data[_PARSED_KEY] = parsed
