"""Aid as government releases word it, and verbal acts stated as the purpose of a contact.

"USAID provided $300,000", "deployed a team of disaster experts", "airlifted 40 tonnes of
supplies" are AID (codebook AID), not MOBILIZE. In a readout, "spoke with X to reaffirm
support" reports the support: a verbal act stated as the purpose of a call or meeting is
performed in it, while a material aim ("held talks to reach a deal") stays a goal.
Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "President Vasko": ("RUR", "PERSON"),
    "Secretary Moran": ("FRE", "PERSON")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _code(nlp, text)]


@pytest.mark.parametrize("text", [
    "Freedonia provided $300,000 to Ruritania after the floods.",
    "Freedonia has deployed a team of disaster experts to Ruritania.",
    "Freedonia airlifted 40 tonnes of medical supplies to Ruritania on Tuesday.",
    "Freedonia has delivered a second air-defence system to Ruritania.",
])
def test_aid_deliveries(nlp, text):
    events = [e for e in _code(nlp, text) if e.event_type == "AID"]
    assert events
    assert {e.country_code for e in events[0].actor} == {"FRE"}
    assert "MOBILIZE" not in _types(nlp, text)


def test_deploying_troops_stays_a_mobilization(nlp):
    assert "MOBILIZE" in _types(nlp, "Freedonia deployed two battalions to Ruritania.")


@pytest.mark.parametrize(("text", "category"), [
    ("Secretary Moran spoke with President Vasko to reaffirm Freedonian support for "
     "Ruritania.", "SUPPORT"),
    ("Secretary Moran called President Vasko today to congratulate him on his election.",
     "SUPPORT"),
    ("Freedonian officials are in touch with Ruritanian counterparts to offer assistance.",
     "AGREE"),
])
def test_verbal_act_in_the_purpose_of_a_contact_is_kept(nlp, text, category):
    types = _types(nlp, text)
    assert category in types and "CONSULT" in types


def test_material_aim_of_a_meeting_stays_a_goal(nlp):
    events = _code(nlp, "Secretary Moran met President Vasko to sign the trade treaty.")
    assert "SUPPORT" not in {e.event_type for e in events}


def test_acting_in_consultation_is_no_meeting(nlp):
    text = ("The order authorizes Secretary Moran, in consultation with Ruritania, to impose "
            "sanctions on Freedonia.")
    assert "CONSULT" not in _types(nlp, text)


def test_holding_consultations_is_a_meeting(nlp):
    assert "CONSULT" in _types(nlp, "Freedonia held consultations with Ruritania on Monday.")


def test_a_call_to_act_is_a_request_not_a_phone_call(nlp):
    types = _types(nlp, "President Vasko thanked Freedonia for answering Ruritania's call to "
                        "serve as the lead nation of the mission.")
    assert "REQUEST" in types and "CONSULT" not in types


def test_a_stressed_need_for_another_party_to_act_is_a_request(nlp):
    events = _code(nlp, "Secretary Moran stressed the need for Ruritania to reduce tensions "
                        "along the border.")
    request = next(e for e in events if e.event_type == "REQUEST")
    assert {e.country_code for e in request.actor} == {"FRE"}


def test_humanitarian_needs_are_no_request(nlp):
    assert "REQUEST" not in _types(nlp, "Secretary Moran stressed the humanitarian needs of "
                                        "displaced Ruritanian families.")


def test_an_announced_assistance_package_is_aid(nlp):
    events = _code(nlp, "Freedonia announced a new security assistance package for Ruritania "
                        "worth $300 million.")
    assert "AID" in {e.event_type for e in events}
