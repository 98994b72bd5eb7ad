"""Two-sided fighting follows guideline decision 17 (issue 9, round 17, evjoint17).

Fighting between two states is joint (every side an actor, no recipient), also when one
side is the verb's object ("X battled Y"); a one-sided attack stays directed (fighting inside
one country: tests/test_events_arguments_round11.py). Sentences are written
for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _dyad(nlp, text: str) -> tuple[set[str | None], set[str | None]]:
    found = [e for e in code_with_names(nlp, text, FICTIONAL_STATES)
             if e.event_type == "ASSAULT"]
    assert found, text
    return ({a.country_code for a in found[0].actor},
            {r.country_code for r in found[0].recipient})


@pytest.mark.parametrize("text", [
    "Ruritanian marines battled Freedonian coastguards off the northern cape overnight.",
    "Freedonian infantry fought Ruritanian militia in the hills for two days.",
])
def test_fighting_a_named_side_is_two_sided(nlp, text):
    assert _dyad(nlp, text) == ({"RUR", "FRE"}, set())
    # a one-sided attack stays directed
    strike = "Ruritanian drones struck a Freedonian fuel depot before dawn on Wednesday."
    assert _dyad(nlp, strike) == ({"RUR"}, {"FRE"})
