"""Events as State Department, White House and USAID statements word them (issue 9, ev2gov).

Offering condolences commits to nothing; a commitment to a party's security is support of
that party; an investigation a government undertakes to open is an ACCUSE announced for
later; bringing relief and helping a population is aid; support for a party's missile
defence systems is military aid; a bare kind of act that a policy is meant to deter is no
act. Each class has a contrast case. Sentences are written for these tests; entities come
from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Sylvania": ("SYL", "GPE")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _code(nlp, text)]


def _recipients(event) -> list[str]:
    return [r.country_code for r in event.recipient]


def test_offering_condolences_is_no_agreement(nlp):
    assert "AGREE" not in _types(nlp, "We offer our condolences to the families of the "
                                      "victims in Ruritania.")


def test_offering_to_mediate_stays_an_agreement(nlp):
    assert "AGREE" in _types(nlp, "Freedonia offered to mediate between Ruritania and "
                                  "Sylvania.")


def test_commitment_to_a_partys_security_is_support(nlp):
    events = _code(nlp, "The Freedonian government reaffirms its ironclad commitment to "
                        "Ruritania's security.")
    assert [e.event_type for e in events] == ["SUPPORT"]
    assert _recipients(events[0]) == ["RUR"]


def test_commitment_to_an_outcome_stays_an_agreement(nlp):
    assert _types(nlp, "Freedonia reaffirmed its commitment to a free and open Sylvanian "
                       "Sea.") == ["AGREE"]


@pytest.mark.parametrize("text", [
    "The government of Sylvania has undertaken to promptly investigate the killing of the "
    "Freedonian journalist.",
    "Ruritania vowed to investigate the attack on the Freedonian embassy.",
])
def test_an_undertaken_investigation_is_a_future_accuse(nlp, text):
    events = [e for e in _code(nlp, text) if e.event_type == "ACCUSE"]
    assert events and events[0].mode == "investigate" and events[0].future
    assert "AGREE" not in _types(nlp, text)


def test_an_opened_investigation_is_not_future(nlp):
    events = [e for e in _code(nlp, "Ruritania launched an investigation into the attack on "
                                    "the Freedonian embassy.") if e.event_type == "ACCUSE"]
    assert events and events[0].mode == "investigate" and not events[0].future


def test_bringing_assistance_is_aid(nlp):
    events = [e for e in _code(nlp, "The relief team is bringing urgently needed assistance "
                                    "to families in Ruritania.") if e.event_type == "AID"]
    assert events and _recipients(events[0]) == ["RUR"]


def test_bringing_charges_is_no_aid(nlp):
    types = _types(nlp, "Ruritania brought charges against two Freedonian diplomats.")
    assert "AID" not in types and "ACCUSE" in types


def test_continuing_to_help_a_population_is_an_agreement(nlp):
    events = _code(nlp, "Freedonia will continue to help the people of Ruritania.")
    assert [e.event_type for e in events] == ["AGREE"]
    assert _recipients(events[0]) == ["RUR"]


def test_support_for_missile_defence_systems_is_aid(nlp):
    events = _code(nlp, "Freedonia reaffirmed its ongoing support for Iron Dome and other "
                        "Ruritanian missile defense systems.")
    assert [e.event_type for e in events] == ["AID"]


def test_support_for_a_party_stays_support(nlp):
    assert _types(nlp, "Freedonia reaffirmed its support for Ruritania.") == ["SUPPORT"]


@pytest.mark.parametrize("text", [
    "The law gives the Freedonian government expanded tools to deter and disrupt "
    "hostage-taking and wrongful detentions of Freedonian nationals.",
    "Freedonia is working with Ruritania to deter and disrupt hostage-taking and wrongful "
    "detentions of Freedonian nationals.",
])
def test_a_kind_of_act_to_deter_is_no_act(nlp, text):
    assert "COERCE" not in _types(nlp, text)


def test_a_particular_detention_stays_coded(nlp):
    types = _types(nlp, "Ruritania condemned the detention of two Freedonian nationals.")
    assert "COERCE" in types and "ACCUSE" in types


def test_visa_restrictions_bar_entry(nlp):
    events = _code(nlp, "Freedonia is imposing visa restrictions on 14 Ruritanian officials.")
    assert [e.event_type for e in events] == ["REJECT"]
    assert _recipients(events[0]) == ["RUR"]


def test_restrictions_on_journalists_stay_coercion(nlp):
    assert _types(nlp, "Ruritania imposed new restrictions on Freedonian journalists.") == [
        "COERCE"]


def test_a_bilateral_exercise_is_cooperation(nlp):
    assert _types(nlp, "The Freedonian destroyer conducted a bilateral exercise with the "
                       "Ruritanian navy in the Sylvanian Sea.") == ["COOPERATE"]


def test_a_national_exercise_stays_mobilisation(nlp):
    assert _types(nlp, "The Freedonian navy conducted a naval exercise near Ruritania.") == [
        "MOBILIZE"]


def test_transferring_custody_of_detainees_is_cooperation(nlp):
    events = _code(nlp, "Freedonian forces transferred custody of the detainees to the "
                        "Ruritanian government.")
    assert [e.event_type for e in events] == ["COOPERATE"]
    assert _recipients(events[0]) == ["RUR"]


def test_transferring_money_stays_aid(nlp):
    assert _types(nlp, "Freedonia transferred $5 million to Ruritania.") == ["AID"]


def test_the_inviter_of_an_invitation_is_its_actor(nlp):
    events = [e for e in _code(nlp, "The talks were held in Sylvania at the invitation of "
                                    "Freedonia.") if e.event_type == "AGREE"]
    assert [a.country_code for a in events[0].actor] == ["FRE"]


def test_a_present_passive_relative_clause_on_a_class_is_no_act(nlp):
    types = _types(nlp, "Freedonia will never stop working to secure the release of "
                        "Freedonian nationals who are wrongfully detained or held hostage "
                        "in Ruritania.")
    assert "COERCE" not in types and "ASSAULT" not in types


def test_a_detention_by_a_named_agent_stays_coded(nlp):
    assert "COERCE" in _types(nlp, "Freedonia demanded the release of Freedonian nationals "
                                   "who are detained by Ruritania.")


def test_handing_over_prisoners_of_war_stays_a_release(nlp):
    types = _types(nlp, "Ruritania handed over four Freedonian prisoners of war at the border "
                        "crossing on Wednesday.")
    assert "COOPERATE" not in types


def test_no_higher_commitment_than_ranks_a_priority(nlp):
    assert _types(nlp, "Freedonia has no higher commitment than bringing home its detained "
                       "citizens from Ruritania.") == []


def test_no_commitment_stays_a_negated_agreement(nlp):
    events = _code(nlp, "Ruritania made no commitment to withdraw its troops from Sylvania.")
    assert [e.event_type for e in events] == ["AGREE"] and events[0].negated


def test_restricting_visas_bars_entry(nlp):
    assert _types(nlp, "Freedonia is restricting visas for Ruritanian officials who undermine "
                       "democracy.") == ["REJECT"]


def test_restricting_movement_stays_coercion(nlp):
    assert _types(nlp, "Ruritania restricted the movement of Freedonian diplomats.") == [
        "COERCE"]
