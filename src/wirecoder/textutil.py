"""Small helpers shared by the stages: sentence lookup, span trimming, overlapping spans."""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable
from typing import Protocol, TypeVar

import numpy as np
from spacy.strings import get_string_id
from spacy.tokens import Doc, Span, Token

__all__ = ["doc_text", "install_sentence_hooks", "lemma_lower_columns", "longest_spans",
           "parsed_text", "sentence_bounds", "sentence_index", "sentence_starts", "set_doc_text",
           "span_words", "string_ids", "tokens_with"]


class _Spanned(Protocol):
    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


S = TypeVar("S", bound=_Spanned)


def longest_spans(items: Iterable[S]) -> list[S]:
    """Return non-overlapping items in text order, the longer one kept where two overlap.

    Used by the stages that match names or amounts ("United States" over "States").
    """
    kept: list[S] = []
    for item in sorted(items, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and item.start < kept[-1].end:
            if item.end - item.start > kept[-1].end - kept[-1].start:
                kept[-1] = item
            continue
        kept.append(item)
    return kept

_KEY = "wirecoder.sentence_starts"
_TEXT_KEY = "wirecoder.text"
_PARSED_KEY = "wirecoder.parsed_text"


_COLUMNS_KEY = "wirecoder.lemma_lower"
_LOWER_KEY = "wirecoder.lower_array"


def lemma_lower_columns(doc: Doc) -> tuple[list[int], list[int]]:
    """Return the LEMMA and LOWER string ids of every token (read once per document)."""
    columns: tuple[list[int], list[int]] | None = doc.user_data.get(_COLUMNS_KEY)
    if columns is None:
        columns = doc.user_data[_COLUMNS_KEY] = (doc.to_array("LEMMA").tolist(),
                                                 doc.to_array("LOWER").tolist())
    return columns


def span_words(doc: Doc, start: int, end: int) -> tuple[set[str], str]:
    """Return the forms and lower-case lemmas of tokens ``start:end``, and their forms joined.

    The same words as reading ``tok.lower_`` and ``tok.lemma_.lower()`` of each token, without
    building the tokens.
    """
    lemmas, lowers = lemma_lower_columns(doc)
    strings = doc.vocab.strings
    forms = [strings[h] for h in lowers[start:end]]
    words = set(forms)
    words.update(strings[h].lower() for h in lemmas[start:end])
    return words, " ".join(forms)


def tokens_with(doc: Doc, words: Iterable[str]) -> list[int]:
    """Return the indices of the tokens whose lower-case form is one of ``words``.

    Reads the document's LOWER column at once instead of building a Token object per word
    (a stage that looks for a few words should not pay for every token). The column is
    read once per document and the ids of a word set once per process (see
    :func:`_word_ids`).
    """
    column = doc.user_data.get(_LOWER_KEY)
    if column is None:
        column = doc.user_data[_LOWER_KEY] = doc.to_array("LOWER")
    positions = _positions(doc, column)
    wanted = _word_id_set(words if isinstance(words, frozenset) else frozenset(words))
    if len(wanted) <= len(positions):
        found = [positions[w] for w in wanted if w in positions]
    else:
        found = [where for w, where in positions.items() if w in wanted]
    return sorted(i for where in found for i in where)


def span_tokens_with(span: Span, words: Iterable[str]) -> list[Token]:
    """Return the tokens of ``span`` whose lower-case form is one of ``words``, in order.

    The same tokens as ``[t for t in span if t.lower_ in words]``, read from the document's
    LOWER column (:func:`tokens_with`): a Token is built only for the words found.

    Args:
        span: A sentence or any other span of a document.
        words: Lower-case word forms.
    """
    doc = span.doc
    start, end = span.start, span.end
    return [doc[i] for i in tokens_with(doc, words) if start <= i < end]


_POSITIONS_KEY = "wirecoder.lower_positions"


def _positions(doc: Doc, column: np.ndarray) -> dict[int, list[int]]:
    """Each LOWER id of ``column`` -> the indices of its tokens (once per column).

    Kept in ``doc.user_data`` with the column it was read from: a lookup of a few words
    then costs no pass over the document's tokens.
    """
    held: tuple[np.ndarray, dict[int, list[int]]] | None = doc.user_data.get(_POSITIONS_KEY)
    if held is None or held[0] is not column:
        positions: dict[int, list[int]] = {}
        for i, word in enumerate(column.tolist()):
            positions.setdefault(word, []).append(i)
        held = doc.user_data[_POSITIONS_KEY] = (column, positions)
    return held[1]


def string_ids(words: frozenset[str]) -> frozenset[int]:
    """Return the string ids of ``words``, as the LEMMA, LOWER and ORTH columns hold them.

    Cached per word set (the ids are the same in every vocabulary): compare a column's
    values with them instead of reading ``token.lemma_`` or ``token.lower_`` of each token.
    """
    return _word_id_set(words)


@functools.lru_cache(maxsize=64)
def _word_id_set(words: frozenset[str]) -> frozenset[int]:
    """The ids of :func:`_word_ids` as a set of ints."""
    return frozenset(_word_ids(words).tolist())


@functools.lru_cache(maxsize=64)
def _word_ids(words: frozenset[str]) -> np.ndarray:
    """Return the string ids of ``words``, the ids the LOWER column holds.

    A string's id (its hash, or spaCy's fixed number for a reserved symbol such as "root")
    is the same in every vocabulary: the cached array holds no vocabulary's state.
    """
    return np.array(sorted(get_string_id(w) for w in words), dtype=np.uint64)


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


_BOUNDS_KEY = "wirecoder.sentence_bounds"


def sentence_bounds(doc: Doc) -> tuple[list[int], list[int]]:
    """Return the start and end token index of every sentence of ``doc`` (computed once).

    The sentences of ``doc.sents``; cached in ``doc.user_data`` (derived data).

    Raises:
        ValueError: when ``doc`` has no sentence boundaries (spaCy's E030, as ``doc.sents``).
    """
    bounds: tuple[list[int], list[int]] | None = doc.user_data.get(_BOUNDS_KEY)
    if bounds is None:
        sents = list(doc.sents)
        bounds = doc.user_data[_BOUNDS_KEY] = ([s.start for s in sents], [s.end for s in sents])
    return bounds


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence span holding token ``i``: the one ``Token.sent`` / ``Span.sent`` give."""
    starts, ends = sentence_bounds(doc)
    k = bisect.bisect_right(starts, i) - 1
    return Span(doc, starts[k], ends[k])


def _token_sent(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)


def _span_sent(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)


def install_sentence_hooks(doc: Doc) -> None:
    """Make ``token.sent`` and ``span.sent`` of ``doc`` a lookup in its cached sentences.

    spaCy's own ``Token.sent`` walks the sentence-start flags back and forth from the token
    and slices the document twice on every call (≈ 23,000 calls per pass over the VOA
    corpus, from ~40 places in the stages). The hooks (spaCy's ``user_token_hooks`` /
    ``user_span_hooks``) return the same span: the sentence of ``doc.sents`` that holds the
    token, or the span's first token (a new ``Span`` each call, as spaCy's). A document with
    its own ``sent`` or ``sents`` hooks keeps them.
    """
    if "sents" in doc.user_hooks or "sent" in doc.user_token_hooks or (
            "sent" in doc.user_span_hooks):
        return
    doc.user_token_hooks["sent"] = _token_sent
    doc.user_span_hooks["sent"] = _span_sent


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
