"""Who counts as people: labelled casualty figures, occupations, crews as teams.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantity as _get


@pytest.mark.parametrize(("text", "span", "value"), [
    ("EF-2 Tornado\nInjuries: 0\nFatalities: 2", "0", 0),
    ("EF-2 Tornado\nInjuries: 0\nFatalities: 2", "2", 2),
])
def test_labelled_casualty_figures_count_people(text, span, value):
    q = _get(text, span)
    assert (q.value, q.unit) == (value, "person")


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("The agency sent 37 hydrographers to the coast.", "37 hydrographers", "person"),
    ("Officials flew in 5 geologists after the quake.", "5 geologists", "person"),
    ("Seven crews are measuring streamflow on the river.", "Seven crews", "count"),
    ("The coast guard rescued 12 crew from the ship.", "12 crew", "person"),
])
def test_occupations_are_people_and_crews_are_teams(text, span, unit):
    assert _get(text, span).unit == unit


@pytest.mark.parametrize(("text", "span", "unit"), [
    ("THE BRIGADE WILL DEPLOY APPROXIMATELY 200 SOLDIERS FROM ITS BASE.",
     "APPROXIMATELY 200 SOLDIERS", "person"),
    ("THE NAVY SENT NEARLY 40 SHIPS TO THE GULF.", "NEARLY 40 SHIPS", "count"),
])
def test_hedges_in_capitals_text_are_not_parts_of_a_name(text, span, unit):
    q = _get(text, span)
    assert q.unit == unit and q.approximate
