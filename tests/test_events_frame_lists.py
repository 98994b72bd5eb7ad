"""A demand's list of acts is one demand, however the parser hangs the list (issue 9, round 9).

"pleaded with X to open the crossings, pay the fishermen, and pull its troops out" may be
parsed with "pay" (and "pull" after it) conjoined to "pleaded": the frame's content continues there
(rules._stray_conjuncts), so the pull-out is demanded, not reported. Sentences are
written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize("text", [
    "For weeks the Freedonian cabinet has pleaded with Ruritania to open the crossings, pay "
    "the fishermen, and pull its troops out of Oster.",
    "Ruritania urged Freedonia's commanders to halt the offensive, return their units to "
    "barracks, and release the prisoners.",
])
def test_the_acts_listed_in_a_demand_are_its_content(nlp, text):
    found = _types(nlp, text)
    assert found.count("REQUEST") == 1 and "RETREAT" not in found, (text, found)


def test_a_reporting_participle_after_a_refusal_is_not_its_content(nlp):
    text = ("Freedonia rejected the extradition request, adding in a radio address that it "
            "would ask Ruritania to mediate.")
    found = _types(nlp, text)
    assert "REJECT" in found and "REQUEST" in found, found
