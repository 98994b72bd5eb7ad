"""A line break is a sentence boundary, whatever the parser would have joined."""

from __future__ import annotations

import wirecoder
from wirecoder.nlp import load_nlp


def test_line_break_starts_a_sentence_even_without_final_punctuation() -> None:
    nlp = load_nlp()
    doc = nlp("Ministers meet in Geneva amid tension\nThe talks began on Monday with a call.")
    starts = [s.text.strip() for s in doc.sents]
    assert starts[0] == "Ministers meet in Geneva amid tension"
    assert starts[1].startswith("The talks began")


def test_quote_across_paragraphs_keeps_its_own_sentence() -> None:
    text = (
        '"We will not give up," the minister said\n'
        "Farmers in the region protested against the new tariffs on Tuesday."
    )
    analysis = wirecoder.analyze(text, published="2026-02-04")
    second = text.index("Farmers")
    assert all(q.end <= second for q in analysis.quotes)
    sentence_of_second = {e.sentence for e in analysis.events if e.start >= second}
    assert sentence_of_second <= {1}
