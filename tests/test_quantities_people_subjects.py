"""Counts of people read from the clause, and `about` kept off places and times (round 7).

A vague amount that is the subject of a verb whose subject is people ("Millions have been
forced to leave their homes"), a bare amount in a casualty state ("31 remain missing"), a "who"
clause the parser hung on a phrase after the amount, a number whose noun follows a modifier
("6.2 million drought affected people"); an "in" phrase that places a length or a speed is not
what it measures, and a span of time after a superlative noun measures that noun. Every sentence
is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "value"), [
    ("Millions have been forced to leave their homes across the Selva basin.", "Millions",
     2_000_000),
    ("Hundreds marched through central Doriva on Sunday.", "Hundreds", 200),
    ("Thousands have fled the fighting around Kessel since March.", "Thousands", 2000),
])
def test_vague_amounts_that_are_the_subject_of_people(text, span, value):
    q = _get(text, span)
    assert (q.value, q.unit, q.approximate) == (value, "person", True)


@pytest.mark.parametrize(("text", "span"), [
    ("Rescuers found nine bodies; at least 14 still remain missing.", "at least 14"),
    ("After the blast in Tarrow, 6 were hospitalized.", "6"),
])
def test_bare_amounts_in_a_casualty_state_are_people(text, span):
    assert _get(text, span).unit == "person"


def test_who_clause_after_a_phrase_describes_the_amount():
    text = ("The drought deepens the hardship of millions across the Velm plateau who "
            "depend on rain-fed crops.")
    q = _get(text, "millions")
    assert q.unit == "person" and "depend" in (q.about or "")


@pytest.mark.parametrize(("text", "span", "unit", "noun"), [
    ("Aid will reach more than 2.4 million flood affected people in Marra.",
     "more than 2.4 million", "person", "people"),
    ("The agency counted 800 conflict damaged houses near Osk.", "800", "count", "houses"),
])
def test_a_number_before_a_modifier_counts_the_phrase_head(text, span, unit, noun):
    q = _get(text, span)
    assert q.unit == unit and noun in (q.about or "")


@pytest.mark.parametrize(("text", "span", "about"), [
    ("Rainfall totals reached 280 mm in parts of Norland overnight.", "280 mm", "Rainfall"),
    ("The Tamsa river crested at 8.1 meters in the town of Eddo.", "8.1 meters", "river"),
    ("Forecasters warned of waves as high as five meters in dozens of coastal villages.",
     "as high as five meters", "waves"),
])
def test_an_in_phrase_that_places_a_measure_is_not_what_it_measures(text, span, about):
    assert about in (_get(text, span).about or "")


def test_a_bare_dimension_in_phrase_is_still_read():
    assert _get("The stones were up to 3 inches in diameter.", "up to 3 inches").about == \
        "diameter"


@pytest.mark.parametrize(("text", "span", "about"), [
    ("Farmers are coping with the lowest river levels in three decades.", "three decades",
     "levels"),
    ("The region is bracing for the worst harvest in 40 years.", "40 years", "harvest"),
])
def test_a_span_after_a_superlative_measures_its_noun(text, span, about):
    assert about in (_get(text, span).about or "")


@pytest.mark.parametrize(("text", "span", "words"), [
    ("Temperatures climbed to 109°F in Tucson on Friday.", "109°F", ("Temperatures", "Tucson")),
    ("Totals reached 190 mm in parts of Texas overnight.", "190 mm", ("Totals", "Texas")),
])
def test_a_named_place_joins_what_is_measured(text, span, words):
    about = _get(text, span).about or ""
    assert all(w in about for w in words), about
