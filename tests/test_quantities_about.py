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
    # duration in a prepositional phrase: the act with its object (round 8,
    # action.span_activity), else the subject that undergoes it
    ("The government delayed the new tariffs for six weeks.", "six weeks",
     "delayed the new tariffs"),
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


def _about_of(text: str, span: str) -> str | None:
    found = {q.text: q for q in wirecoder.analyze(text, published=PUB).quantities}
    assert span in found, list(found)
    return found[span].about


@pytest.mark.parametrize(("text", "span", "about"), [
    # a measure in apposition to a noun describes that noun
    ("The quake struck at dawn with an epicenter about 12 kilometers south-southwest of the "
     "city of Orlev.", "about 12 kilometers", "epicenter"),
    # "NOUN as high as AMOUNT": the noun the comparative modifies
    ("The new balloon can fly at an altitude as high as 20,000 meters.", "as high as 20,000 meters",
     "altitude"),
    # "A and B of AMOUNT": the post-modifier belongs to the conjunct right before it
    ("The front brought hail and gusts of up to 90 kilometers per hour.",
     "up to 90 kilometers per hour", "gusts"),
    # a duration in a phrase on a noun measures that noun
    ("Osei, who has been a fisherman for more than three decades, sold his boat.",
     "more than three decades", "fisherman"),
    ("It was the worst drought in the valley in nearly four decades.", "nearly four decades",
     "worst drought"),
    # a verb with no argument of its own borrows its governing verb's subject
    ("The border crossing has been kept closed for three weeks, traders said.", "three weeks",
     "border crossing"),
    # a duration does not measure an object that is itself an amount
    ("The grain will feed about 80,000 refugees for two months.", "two months", "grain"),
])
def test_about_from_the_measured_noun(text, span, about):
    assert _about(text, span) == about


def test_about_distance_of_a_place_from_a_reference():
    text = ("Residents of Dorna, a mountain town about 120 kilometers from Kestrel City, were "
            "told to leave.")
    assert _about_of(text, "about 120 kilometers") == "distance of mountain town from Kestrel City"


def test_about_shared_by_a_series_of_percentages():
    text = ("The forest area of the province shrank from 61% in 1990 to 52% in 2005, and now "
            "44%, about half of the original 88%.")
    abouts = {span: _about_of(text, span) for span in ("61%", "44%", "about half", "88%")}
    assert abouts["61%"] == "forest area"
    assert set(abouts.values()) == {"forest area"}  # "half" is an amount, not what 88% measures


@pytest.mark.parametrize(("text", "span", "about"), [
    # a change "from X to Y": the verb's subject, for the starting amount too
    ("Annual output would increase from $40 billion to $52 billion, the planners said.",
     "$40 billion", "Annual output"),
    # a measure of a participle predicate: the copula's subject
    ("The Larkspur Fire was 35% contained on Tuesday.", "35%", "Larkspur Fire"),
    # between a determiner and a noun, the amount modifies the noun
    ("A magnitude 5.9 earthquake shook the coast of Velmara.", "magnitude 5.9", "earthquake"),
    # a unit word the parser made an argument is never what is measured
    ("Temperatures in Orlev soared to 44 degrees Celsius on Sunday.", "44 degrees Celsius",
     "Temperatures"),
])
def test_about_of_changes_predicates_and_modifiers(text, span, about):
    assert _about_of(text, span) == about


def test_only_a_length_in_apposition_is_a_distance():
    text = ("Cases have fallen for weeks, with infections 30% of the peak reported in "
            "January, the ministry said.")
    assert _about_of(text, "30%") == "infections"  # not "distance of infections from peak"
