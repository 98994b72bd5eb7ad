"""Bounded-cost parsing: the text handed to spaCy, long stories in slices, exact offsets.

spaCy's tokenizer strips prefixes and suffixes one at a time from a whitespace-free chunk,
copying the rest each time: a run of 10,000 quotation marks or ``$`` signs takes tens of
seconds (quadratic). The parser's memory grows with the length of the document it parses
at once. This module bounds both while keeping every character offset exact:

- :func:`tokenizer_text` returns a text of the *same length* in which every run of more
  than :data:`MAX_MARK_RUN` punctuation or symbol characters keeps its first marks and the
  rest become spaces, and every whitespace-free chunk longer than :data:`MAX_CHUNK` is
  broken by a space every :data:`MAX_CHUNK` characters. The analysis keeps the original
  text (``doc_text`` returns it), so records quote the story as written.
- :func:`parse` parses stories longer than :data:`SLICE_CHARS` in slices cut on paragraph,
  sentence or word boundaries, and joins the slices into one ``Doc`` whose text is the
  story's (``Doc.from_docs``), so offsets stay exact.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Doc

from .textutil import install_sentence_hooks, set_doc_text

__all__ = ["MAX_CHUNK", "MAX_MARK_RUN", "SLICE_CHARS", "parse", "slices", "tokenizer_text"]

#: Longest run of punctuation or symbol characters handed to the tokenizer as written.
MAX_MARK_RUN = 16
#: Longest whitespace-free chunk handed to the tokenizer.
MAX_CHUNK = 400
#: Stories longer than this are parsed in slices, one at a time (bounded parser memory:
#: the network's activations grow with the text parsed at once).
SLICE_CHARS = 10_000
#: Short stories are parsed together (``nlp.pipe``) in groups of at most this many characters.
PIPE_CHARS = 20_000

_MARK_CATEGORIES = frozenset(("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So"))
_NON_SPACE = re.compile(rf"\S{{{MAX_MARK_RUN + 1},}}")
_CHUNK = re.compile(rf"\S{{{MAX_CHUNK + 1},}}")


def _is_mark(ch: str) -> bool:
    return unicodedata.category(ch) in _MARK_CATEGORIES


def _blank_mark_runs(chunk: str) -> str:
    """Keep the first marks of every long run of marks in ``chunk``; blank the rest."""
    out: list[str] = []
    run = 0
    for ch in chunk:
        run = run + 1 if _is_mark(ch) else 0
        out.append(" " if run > MAX_MARK_RUN else ch)
    return "".join(out)


def _break_chunk(chunk: str) -> str:
    """Replace one character every ``MAX_CHUNK`` characters of ``chunk`` by a space."""
    chars = list(chunk)
    for i in range(MAX_CHUNK, len(chars), MAX_CHUNK + 1):
        chars[i] = " "
    return "".join(chars)


def tokenizer_text(text: str) -> str:
    """Return ``text`` with tokenizer-hostile runs blanked, same length (offsets unchanged).

    Ordinary text is returned unchanged (the same object); only chunks of more than
    :data:`MAX_MARK_RUN` non-space characters are examined.
    """
    if not _NON_SPACE.search(text):
        return text
    out = _NON_SPACE.sub(lambda m: _blank_mark_runs(m.group()), text)
    out = _CHUNK.sub(lambda m: _break_chunk(m.group()), out)
    assert len(out) == len(text)
    return out if out != text else text


_PARAGRAPH = re.compile(r"\n\s*")
_SENTENCE = re.compile(r"[.!?][\"'\u201d\u2019)\]]*\s+")
_SPACE = re.compile(r"\s+")


def slices(text: str, size: int = SLICE_CHARS) -> list[tuple[int, int]]:
    """Cut ``text`` into ``(start, end)`` slices of at most about ``size`` characters.

    Each cut falls after the last paragraph break of the window, else after its last
    sentence end, else after its last whitespace, else at ``size`` characters; every
    slice but the last therefore ends in whitespace when there is any.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    while len(text) - start > size:
        window = text[start : start + size]
        cut = _last_end(_PARAGRAPH, window) or _last_end(_SENTENCE, window)
        cut = cut or _last_end(_SPACE, window) or size
        spans.append((start, start + cut))
        start += cut
    spans.append((start, len(text)))
    return spans


def _last_end(pattern: re.Pattern[str], window: str) -> int:
    """Return the end of the last match of ``pattern`` in the second half of ``window``."""
    last = 0
    for match in pattern.finditer(window, len(window) // 2):
        last = match.end()
    return last


def parse(nlp: Any, texts: Iterable[str], *, slice_chars: int | None = None) -> Iterator[Doc]:
    """Parse ``texts`` with ``nlp``, yielding one ``Doc`` per text, in order.

    Short texts go through one ``nlp.pipe`` call; long ones are parsed in slices (see
    :func:`slices`) and joined. Every ``Doc`` caches its story text for ``doc_text`` and
    reads ``token.sent`` from its cached sentences (:func:`install_sentence_hooks`).
    """
    slice_chars = slice_chars or SLICE_CHARS
    texts = list(texts)
    safe = [tokenizer_text(text) for text in texts]
    docs: dict[int, Doc] = {}
    for group in _groups([i for i, t in enumerate(texts) if len(t) <= slice_chars], texts):
        docs.update(zip(group, nlp.pipe(safe[i] for i in group), strict=True))
    for i, text in enumerate(texts):
        doc = docs.pop(i, None)
        if doc is None:
            doc = _parse_long(nlp, safe[i], slice_chars)
        set_doc_text(doc, text, parsed=safe[i])  # spaCy keeps the text: doc.text == safe[i]
        install_sentence_hooks(doc)  # token.sent from the cached sentences (same spans)
        yield doc


def _groups(indexes: list[int], texts: list[str]) -> Iterator[list[int]]:
    """Split ``indexes`` into runs whose texts hold at most :data:`PIPE_CHARS` together."""
    group: list[int] = []
    size = 0
    for i in indexes:
        if group and size + len(texts[i]) > PIPE_CHARS:
            yield group
            group, size = [], 0
        group.append(i)
        size += len(texts[i])
    if group:
        yield group


def parse_one(nlp: Any, text: str, *, slice_chars: int | None = None) -> Doc:
    """Parse one text (see :func:`parse`)."""
    return next(parse(nlp, [text], slice_chars=slice_chars))


def _parse_long(nlp: Any, safe: str, slice_chars: int) -> Doc:
    """Parse ``safe`` (a :func:`tokenizer_text`) in slices and join them into one ``Doc``."""
    parts = [nlp(safe[a:b]) for a, b in slices(safe, slice_chars)]
    doc = Doc.from_docs(parts, ensure_whitespace=False)
    if doc.text != safe:  # pragma: no cover - slices always rejoin exactly
        raise ValueError("sliced parse changed the text")
    return doc
