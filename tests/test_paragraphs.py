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


def _starts(doc) -> list[int]:
    return [t.i for t in doc if t.sent_start == 1]


def test_boundaries_from_line_breaks_equal_the_token_by_token_rule(voa_stories) -> None:
    """The fast path (only line-break tokens looked at) sets the loop's boundaries."""
    from wirecoder.nlp import MAX_SENTENCE_TOKENS, _cut_token_by_token, paragraph_boundaries

    nlp = load_nlp()
    words = ["the", "envoy", "met", "farmers", "near", "the", "river"]
    texts = [s["text"] for s in voa_stories[::9]] + [
        "Headline without a stop\nDATELINE \u2014 text.\n\n  \n Next paragraph\r\nlast",
        "\n\nStarts with breaks. Ends with one.\n",
        " ".join(words * 30),  # one run-on "sentence": cut every MAX_SENTENCE_TOKENS tokens
    ]
    for size in range(MAX_SENTENCE_TOKENS - 6, MAX_SENTENCE_TOKENS + 4):  # runs near the cut
        run = " ".join(words[i % len(words)] for i in range(size))
        texts.append(f"Short one.\n{run}\nAnd a last line")
    for text in texts:
        fast = paragraph_boundaries(nlp.make_doc(text))
        slow = _cut_token_by_token(nlp.make_doc(text))
        assert _starts(fast) == _starts(slow), text[:60]
    cut = paragraph_boundaries(nlp.make_doc(texts[-1]))
    assert len(_starts(cut)) >= 3
