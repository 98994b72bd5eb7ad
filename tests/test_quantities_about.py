"""Quantities stage: ``about`` read from the clause that governs a quantity."""

from __future__ import annotations

import pytest

import wirecoder

PUB = "2025-06-02"


def _about(text: str, span: str) -> str | None:
    found = {q.text: q for q in wirecoder.analyze(text, published=PUB).quantities}
    assert span in found, list(found)
    q = found[span]
    if q.about is not None:
        assert text[q.about_start : q.about_end] == q.about
    return q.about


@pytest.mark.parametrize(("text", "span", "about"), [
    # object amount: the "in"/"for" complement that follows it
    ("The committee pledged $300 million in aid to the flood victims.", "$300 million", "aid"),
    ("The ministry allocated $2 billion for reconstruction, officials said.", "$2 billion",
     "reconstruction"),
    # object measure with no complement: the verb's subject
    ("The probe flew 2,000 kilometers before it lost contact.", "2,000 kilometers", "probe"),
    # duration in a prepositional phrase: the verb's object, else its subject
    ("The government delayed the new tariffs for six weeks.", "six weeks", "new tariffs"),
    ("The siege that lasted nine months left the city in ruins.", "nine months", "siege"),
    # reduced relative clause: the noun it modifies
    ("The lender approved a credit line valued at $4 billion.", "$4 billion", "credit line"),
    # distance from a reference point
    ("The town lies about 80 kilometers south of Nairobi.", "about 80 kilometers", "Nairobi"),
    # comparison with an earlier amount: what the clause's measured object is of
    ("The state sold 2 million barrels of crude in March, down from 3 million barrels a "
     "year earlier.", "3 million barrels", "crude"),
    # verbless predicate: the noun the adverb modifies
    ("Farmers said that, with rice output down 15%, prices would rise.", "15%", "rice output"),
    # a converted amount in parentheses shares the first amount's about
    ("The bank expects revenue of 40 billion rupees ($480 million) this year.", "$480 million",
     "revenue"),
])
def test_about_from_clause(text, span, about):
    assert _about(text, span) == about


def test_about_offsets_slice_text():
    text = ("Tokyo pledged $4.5 billion in aid to Kyiv, while exports surged 12% in the past "
            "three years and a war that lasted six years ended.")
    for q in wirecoder.analyze(text, published=PUB).quantities:
        if q.about is not None and q.about_start is not None:
            assert text[q.about_start : q.about_end] == q.about
