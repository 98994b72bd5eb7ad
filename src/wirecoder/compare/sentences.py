"""Sentence spans of an account's text, independent of the parser's segmentation.

The comparer quotes whole sentences as evidence; a light splitter that knows the
abbreviations of news copy ("U.S.", "Gen.", "Jan.") keeps it fast and predictable.
"""

from __future__ import annotations

import re

__all__ = ["sentence_of", "sentence_spans"]

_END = re.compile(r"""[.!?]+["”’')\]]*(?=\s+["“‘(\[]?[A-Z0-9])|\n+""")
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Adm|Gov|Sen|Rep|Rev|St|"
    r"Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos|Inc|Corp|Ltd|Co|Jr|Sr|vs|approx|Amb|Pres|"
    r"Dept|Prof)\.)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Return the (start, end) character span of each sentence of ``text``."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        if match.group(0)[0] != "\n" and _ABBREV.search(text[max(start, end - 12):end]):
            continue
        _add(text, spans, start, end)
        start = end
    _add(text, spans, start, len(text))
    return spans


def _add(text: str, spans: list[tuple[int, int]], start: int, end: int) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


def sentence_of(spans: list[tuple[int, int]], char: int) -> int:
    """Return the index of the sentence holding character ``char`` (the last one before it)."""
    low, high = 0, len(spans) - 1
    while low < high:
        mid = (low + high + 1) // 2
        if spans[mid][0] <= char:
            low = mid
        else:
            high = mid - 1
    return low
