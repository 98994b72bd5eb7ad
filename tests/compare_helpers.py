"""Shared helpers of the comparer tests: sides carried over sentences."""

from __future__ import annotations

from wirecoder.compare.carried_sides import carried_sides
from wirecoder.compare.sentences import sentence_spans

Found = dict[int, tuple[str, str | None, str]]


def carried(sentences: list[str], found: Found,
            commentary: dict[int, int] | None = None) -> Found:
    """Return ``found`` after :func:`carried_sides` over the sentences joined by spaces.

    Args:
        sentences: One string per sentence (the test fails if the splitter disagrees).
        found: Sentence index -> (side, speaker, how found) before carrying.
        commentary: Sentence index -> commentator, as ``carried_sides`` takes it.

    Returns:
        A copy of ``found`` with the carried sides added.
    """
    text = " ".join(sentences)
    spans = sentence_spans(text)
    assert len(spans) == len(sentences)
    out = dict(found)
    carried_sides(text, spans, out, commentary or {})
    return out
