"""Numbers that are positions, identifiers or dates are not counts.

Every sentence is written for the test.
"""

from __future__ import annotations

import pytest

from quantity_helpers import quantities_by_text as _qs


@pytest.mark.parametrize("text", [
    "The storm was located near latitude 18.4 North, longitude 61.2 West.",
    "THE CENTER WAS NEAR LATITUDE 27.5 NORTH...LONGITUDE 80.1 WEST.",
    "The tornado touched down 3 SW Oakdale and lifted 1.5 NE Oakdale.",
    "The funnel crossed Route 31 and reached 704 east of the lake.",
    "Readings at gauge 07010000 and gauge 0345 were recorded overnight.",
    "Posted: Tue, 14 Mar 2023 09:30:00 EST",
])
def test_positions_identifiers_and_dates_are_not_counts(text):
    assert _qs(text) == {}


def test_a_count_before_a_direction_word_inside_a_phrase_is_kept():
    found = _qs("Rescuers pulled 14 people from the north bank.")
    assert found["14 people"].unit == "person"
