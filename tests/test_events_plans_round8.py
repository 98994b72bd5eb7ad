"""Precision round 8 (issue 9 items 3 and 4): acts ahead, called off, hoped for, or states.

Sentences written for these tests (real country names so that the actors stage resolves
them; none follows a gold-set sentence):

* a meeting noun whose verb lies ahead ("will pay a visit", "proposed talks", "are to meet")
  is a planned meeting, AGREE with ``future=true``; a meeting that took place stays CONSULT;
* the content of a plan called off is no act;
* the whole in "as part of a tour" frames the act of its clause and is not a second event;
* an act only hoped for or feared has not happened;
* a contact with the news media is how a statement is made, not a meeting;
* a present passive in a relative clause describes a state;
* declared unwillingness is a refusal (REJECT); "remains committed to supporting" is SUPPORT.
"""

from __future__ import annotations

import pytest

from wirecoder import analyze


def _events(text: str) -> list[tuple[str, str, bool]]:
    return [(e.event_type, e.event_text, e.future)
            for e in analyze(text, published="2025-05-05").events]


@pytest.mark.parametrize("text", [
    "Argentina's president will pay a state visit to Japan in the autumn.",
    "Norway's defence minister is going to make a trip to Estonia next month.",
    "Kenya proposed talks with Uganda on the disputed island.",
])
def test_a_meeting_ahead_is_a_planned_meeting(text):
    events = _events(text)
    assert events and all(t == "AGREE" and future for t, _, future in events)


@pytest.mark.parametrize("text", [
    "Argentina's president paid a state visit to Japan in the autumn.",
    "Kenya held talks with Uganda on the disputed island.",
])
def test_a_meeting_that_took_place_stays_consult(text):
    assert [(t, f) for t, _, f in _events(text)] == [("CONSULT", False)]


def test_talks_condemned_are_not_planned():
    events = _events("Kenya will condemn the talks between Uganda and Sudan.")
    assert not [e for e in events if e[0] == "AGREE"]


@pytest.mark.parametrize("text", [
    "The foreign ministers of Ecuador and Peru are to meet in Quito to review the border "
    "accord.",
    "The Peruvian president is to visit Ecuador.",
])
def test_a_meeting_a_party_is_to_hold_is_planned(text):
    assert [(t, f) for t, _, f in _events(text)] == [("AGREE", True)]


def test_a_goal_that_is_to_be_reached_is_no_schedule():
    assert not _events("The goal is to negotiate a new fishing accord.")


@pytest.mark.parametrize("text", [
    "Sweden has dropped its plans to ship wheat to Yemen.",
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
    events = _events("As part of a tour of South America, Japan's foreign minister will pay a "
                     "visit to Brazil.")
    assert [t for t, _, _ in events] == ["AGREE"]


def test_a_tour_on_its_own_stays_coded():
    events = _events("The Danish prime minister began a regional tour of West Africa in Ghana.")
    assert [t for t, _, _ in events if t in {"CONSULT", "AGREE"}]


@pytest.mark.parametrize("text", [
    "Diplomats in Accra voiced hope that an armed conflict with Togo could still be prevented.",
    "Ghanaian officials still hold out hope for a summit with the Togolese president.",
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


@pytest.mark.parametrize("text", [
    "The Kenyan army spokesman, talking to reporters in Nairobi, said the offensive had ended.",
    "Ugandan ministers met with reporters after the vote.",
    "The Kenyan president held talks with reporters in Nairobi.",
    "Ugandan ministers met with the BBC after the vote.",  # an outlet of the knowledge base
])
def test_a_contact_with_the_press_is_no_meeting(text):
    assert not [t for t, _, _ in _events(text) if t in {"CONSULT", "AGREE"}]


@pytest.mark.parametrize(("text", "expected"), [
    # the jailing the participle tells is an act of its own (round 10, participles)
    ("The Kenyan minister met with Ugandan journalists jailed in Kampala.",
     ["CONSULT", "COERCE"]),
    ("The Kenyan president spoke to Ugandan President Museveni by phone.", ["CONSULT"]),
])
def test_a_contact_with_a_party_stays_consult(text, expected):
    assert [t for t, _, _ in _events(text)] == expected


@pytest.mark.parametrize("text", [
    "The hills where Ugandan troops are stationed overlook the coastal road.",
    "Kenya shelled a ridge on which Ugandan artillery is positioned.",
    "A base where Ugandan peacekeepers are deployed came under fire.",
])
def test_a_state_described_in_a_relative_clause_is_no_act(text):
    assert not [t for t, _, _ in _events(text) if t in {"MOBILIZE", "COERCE", "AID"}]


@pytest.mark.parametrize("text", [
    "A base where Ugandan peacekeepers were deployed in March came under fire.",
    "Togolese forces occupied the peninsula on Monday.",
])
def test_an_act_in_the_past_stays_coded(text):
    assert [t for t, _, _ in _events(text) if t in {"MOBILIZE", "COERCE", "AID"}]


@pytest.mark.parametrize("text", [
    "Kenya is not prepared to negotiate over the island, its foreign minister said.",
    "Kenya is not willing to sign the accord with Uganda.",
])
def test_declared_unwillingness_is_a_refusal(text):
    assert [(t, f) for t, _, f in _events(text)] == [("REJECT", False)]


def test_declared_readiness_stays_agree():
    assert [t for t, _, _ in _events("Kenya is ready to negotiate with Uganda.")] == ["AGREE"]


def test_being_committed_to_supporting_a_party_is_support():
    events = analyze("Norway is committed to supporting Somalia's farmers.",
                     published="2025-05-05").events
    assert [(e.event_type, "commitment-to-support->SUPPORT" in (e.why or "")) for e in events] \
        == [("SUPPORT", True)]


def test_remaining_committed_to_supporting_is_agree():
    # round 25, events guideline 19(b): a commitment kept over time is AGREE
    assert [t for t, _, _ in _events("Norway remains committed to supporting Somalia's "
                                     "farmers.")] == ["AGREE"]


@pytest.mark.parametrize("text", [
    "Portugal stays fully committed to helping Bolivian flood victims.",
    "Norway is willing to support Somalia's farmers.",
])
def test_a_commitment_to_assist_and_a_willingness_stay_agree(text):
    assert [t for t, _, _ in _events(text)] == ["AGREE"]


def test_support_stated_in_a_relative_clause_stays_coded():
    events = _events("Chile tabled a truce plan that is supported by Peru.")
    assert "SUPPORT" in [t for t, _, _ in events]
