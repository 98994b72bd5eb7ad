"""An agreement or alliance in force is no act (issue 9, round 9, evprec9).

AGREE codes the agreeing ("signed a deal", "the accords signed on Monday", "a deal was
reached"); an agreement noun that no verb makes or announces names an accord in force, a
document or a hope. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _agreements(nlp, text: str) -> list[str]:
    return [e.event_text for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "AGREE"]


@pytest.mark.parametrize("text", [
    "Under the Harbour accords between Ruritania and Freedonia, fishing boats may cross.",
    "Freedonia shelled two villages despite a truce between Ruritania and Freedonia.",
    "Ruritania said Freedonia keeps breaking its commitments on fishing quotas.",
    "Diplomats say a lasting pact between Ruritania and Freedonia is still far off.",
])
def test_an_agreement_in_force_is_no_event(nlp, text):
    found = _agreements(nlp, text)
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia reached an agreement on fishing rights.",
    "Ruritania welcomed the agreements signed today by Freedonia and its neighbours.",
    "A deal between Ruritania and Freedonia was reached late on Tuesday.",
])
def test_agreeing_stays(nlp, text):
    assert _agreements(nlp, text), text


def _supports(nlp, text: str) -> list[str]:
    return [e.event_text for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "SUPPORT"]


def test_a_group_backed_by_a_state_is_an_attribute(nlp):
    text = "Militias backed by Ruritania still hold three river ports in northern Freedonia."
    found = _supports(nlp, text)
    assert not found, found


def test_backing_itself_stays(nlp):
    assert _supports(nlp, "Ruritania backed the rebels fighting the Freedonian army.")
