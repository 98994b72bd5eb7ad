"""Shared helpers of the quantities tests: analyze a sentence, find a quantity by its text."""

from __future__ import annotations

import wirecoder

PUB = "2025-06-02"


def quantities_by_text(text: str) -> dict[str, object]:
    """Return the sentence's quantities keyed by their text."""
    return {q.text: q for q in wirecoder.analyze(text, published=PUB).quantities}


def quantity(text: str, span: str):
    """Return the quantity whose text is ``span``; fail with the texts found otherwise."""
    found = quantities_by_text(text)
    assert span in found, list(found)
    return found[span]
