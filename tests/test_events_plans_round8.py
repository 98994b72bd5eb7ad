"""Precision round 8 (issue 9 item 4): meetings ahead, plans called off, parts of a whole.

Sentences written for these tests (real country names so that the actors stage resolves
them):

* a meeting noun whose verb lies ahead ("will pay a visit", "proposed talks") is a planned
  meeting, AGREE with ``future=true``; a meeting that took place stays CONSULT;
* the content of a plan called off ("scrapped its plans to send troops") is no act;
* the whole in "as part of a tour / an offensive" frames the act of its clause and is not a
  second event.
"""

from __future__ import annotations

import pytest

from wirecoder import analyze


def _events(text: str) -> list[tuple[str, str, bool]]:
    return [(e.event_type, e.event_text, e.future)
            for e in analyze(text, published="2025-05-05").events]


@pytest.mark.parametrize("text", [
    "The Danish prime minister will pay an official visit to Ghana in March.",
    "Norway's defence minister is going to make a trip to Estonia next month.",
    "Kenya proposed talks with Uganda on the disputed island.",
])
def test_a_meeting_ahead_is_a_planned_meeting(text):
    events = _events(text)
    assert events and all(t == "AGREE" and future for t, _, future in events)


@pytest.mark.parametrize("text", [
    "The Danish prime minister paid an official visit to Ghana in March.",
    "Kenya held talks with Uganda on the disputed island.",
])
def test_a_meeting_that_took_place_stays_consult(text):
    assert [(t, f) for t, _, f in _events(text)] == [("CONSULT", False)]


def test_talks_condemned_are_not_planned():
    events = _events("Kenya will condemn the talks between Uganda and Sudan.")
    assert not [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize("text", [
    "Canada has canceled plans to send more food aid to Haiti.",
    "Chile scrapped its plan to deploy troops to the border with Peru.",
    "Ghana called off its plan to expel the Togolese ambassador.",
    "Kenya abandoned plans for a summit with Uganda.",
])
def test_the_content_of_a_plan_called_off_is_no_act(text):
    assert not [t for t, _, _ in _events(text) if t in {"AID", "MOBILIZE", "SANCTION",
                                                         "CONSULT", "AGREE"}]


def test_an_act_done_as_planned_stays_coded():
    events = _events("Kenya sent food aid to Somalia on Monday, in line with its plan to help.")
    assert ("AID", "sent", False) in events


def test_the_whole_an_act_is_part_of_is_no_second_event():
    events = _events("The Danish prime minister will pay an official visit to Ghana as part "
                     "of a regional tour which also covers Togo.")
    assert [t for t, _, _ in events] == ["AGREE"]


def test_a_tour_on_its_own_stays_coded():
    events = _events("The Danish prime minister began a regional tour of West Africa in Ghana.")
    assert [t for t, _, _ in events if t in {"CONSULT", "AGREE"}]


@pytest.mark.parametrize("text", [
    "Hopes that a war between Ghana and Togo could be avoided faded on Tuesday.",
    "The clash dashed hopes for a summit between the Ghanaian and Togolese presidents.",
    "There are growing fears of a Togolese attack on the border town.",
    "Ghanaian officials fear that Togo will attack the border town.",
])
def test_an_act_only_hoped_for_or_feared_is_not_coded(text):
    assert not [t for t, _, _ in _events(text) if t in {"ASSAULT", "CONSULT", "AGREE",
                                                         "THREATEN"}]


def test_an_act_that_came_as_feared_stays_coded():
    events = _events("Togo attacked the border town, confirming the fears of Ghanaian officials.")
    assert ("ASSAULT", "attacked", False) in events
    assert ("ACCUSE", "concern", False) in _events(
        "Ghana expressed concern about the Togolese attack on the border town.")


def test_being_committed_to_supporting_a_party_is_support():
    events = analyze("Norway remains committed to supporting Somalia's farmers.",
                     published="2025-05-05").events
    assert [(e.event_type, "commitment-to-support->SUPPORT" in (e.why or "")) for e in events] \
        == [("SUPPORT", True)]


@pytest.mark.parametrize("text", [
    "Norway remains firmly committed to assisting the government of Somalia.",
    "Norway is willing to support Somalia's farmers.",
])
def test_a_commitment_to_assist_and_a_willingness_stay_agree(text):
    assert [t for t, _, _ in _events(text)] == ["AGREE"]


@pytest.mark.parametrize("text", [
    '"We are not ready to negotiate with Uganda," the Kenyan minister said.',
    "Kenya is not willing to sign the accord with Uganda.",
])
def test_declared_unwillingness_is_a_refusal(text):
    assert [(t, f) for t, _, f in _events(text)] == [("REJECT", False)]


def test_declared_readiness_stays_agree():
    assert [t for t, _, _ in _events("Kenya is ready to negotiate with Uganda.")] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "The foreign ministers of Peru and Ecuador are to discuss how their countries can share "
    "the river.",
    "The Peruvian president is to visit Ecuador.",
])
def test_a_meeting_a_party_is_to_hold_is_planned(text):
    assert [(t, f) for t, _, f in _events(text)] == [("AGREE", True)]


def test_a_goal_that_is_to_be_reached_is_no_schedule():
    assert not _events("The aim is to discuss how the two countries can share the river.")


@pytest.mark.parametrize("text", [
    "Speaking to VOA on Monday, the Kenyan army spokesman said the offensive had ended.",
    "Ugandan officials failed to meet with reporters after the launch.",
    "The Kenyan president held talks with reporters in Nairobi.",
])
def test_a_contact_with_the_press_is_no_meeting(text):
    assert not [t for t, _, _ in _events(text) if t in {"CONSULT", "AGREE"}]


@pytest.mark.parametrize("text", [
    "The Kenyan minister met with Ugandan journalists jailed in Kampala.",
    "The Kenyan president spoke to Ugandan President Museveni by phone.",
])
def test_a_contact_with_a_party_stays_consult(text):
    assert [t for t, _, _ in _events(text)] == ["CONSULT"]


@pytest.mark.parametrize("text", [
    "Ghanaian forces shelled the village, where Togolese troops are stationed.",
    "The peninsula, which is occupied by Togolese forces, was discussed at the meeting.",
])
def test_a_state_described_in_a_relative_clause_is_no_act(text):
    assert not [t for t, _, _ in _events(text) if t in {"MOBILIZE", "COERCE"}]


@pytest.mark.parametrize("text", [
    "The village, where Togolese troops were deployed on Monday, was shelled.",
    "Togolese forces occupied the peninsula on Monday.",
])
def test_an_act_in_the_past_stays_coded(text):
    assert [t for t, _, _ in _events(text) if t in {"MOBILIZE", "COERCE"}]
