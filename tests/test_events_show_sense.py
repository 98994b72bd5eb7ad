""""Demonstrate" with an object means *show*, not a street protest (issue 9, round 9).

Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _protests(nlp, text: str) -> list[str]:
    return [e.event_text for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "PROTEST"]


@pytest.mark.parametrize("text", [
    "The Ruritanian navy has demonstrated remarkable restraint in the strait.",
    "The new satellite demonstrates Freedonia's growing skill in rocketry.",
    "Ruritania demonstrated that its new missile can reach Freedonia.",
])
def test_demonstrating_something_is_no_protest(nlp, text):
    found = _protests(nlp, text)
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "Thousands of Ruritanian students demonstrated outside the Freedonian embassy.",
    "Farmers demonstrated against Freedonia's new tariffs on Sunday.",
])
def test_street_demonstrations_stay(nlp, text):
    assert _protests(nlp, text), text
