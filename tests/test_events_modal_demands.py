"""A demand stated with "must" / "should" is a REQUEST whatever its subject (issue 9, round 17).

Round 8's stated demands needed a named foreign state as the subject ("Ruritania must pay")
and are off by default; a speaker's "the shelling must stop" or "the truce must be respected"
was proposed by no rule. :func:`wirecoder.events.demands.modal_demands` codes the speaker's
REQUEST with no recipient when the subject is no party, and the named addressee when it is
one. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.events.stage import code_events, load_lexicon


def _requests(nlp, text: str) -> list[tuple[str, set, set]]:
    events = code_events(nlp(text), load_lexicon(), name_entities(text, FICTIONAL_STATES),
                         story_id="t", published=TEST_DAY)
    return [(e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "A Freedonian minister said on Friday that the shelling of the river villages must stop.",
    "The Freedonian envoy told the assembly the ceasefire must be respected by every armed group.",
    "Freedonia said every armed faction should hand its heavy guns to the monitors.",
    "\"The blockade of the northern ports must end now,\" the Freedonian ambassador said.",
])
def test_a_demand_of_no_named_party_is_the_speakers_request(nlp, text):
    found = _requests(nlp, text)
    assert any(actor == {"FRE"} and not recipient for _, actor, recipient in found), (
        text, found)


def test_a_named_addressee_is_the_recipient(nlp):
    found = _requests(nlp, "The Freedonian president said on Monday that the Ruritanian "
                           "government must compensate the owners of the sunken ferry.")
    assert any(actor == {"FRE"} and recipient == {"RUR"} for _, actor, recipient in found), found


@pytest.mark.parametrize("text", [
    "Freedonia said we must do more to help the refugees.",
    "Freedonia said Freedonian farmers must adapt to the drought.",
    "Freedonia said the negotiators must have known about the plan.",
    "Freedonia said it must be noted that the harvest was poor.",
    "Freedonia said the grain convoy should arrive in the capital on Monday.",
    "Freedonia said the dispute should not affect the trade talks.",
    "Freedonia said the gunmen who bombed the market must be brought to justice.",
    "Freedonia said no government should ignore the voice of its citizens.",
    "The Ruritanian harbour must be dredged before the rainy season begins.",
])
def test_no_demand_on_oneself_guesses_expectations_charges_or_without_a_speaker(nlp, text):
    found = [f for f in _requests(nlp, text) if f[0].split()[0] in {"must", "should"}]
    assert not found, (text, found)
