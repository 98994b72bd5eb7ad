"""Event classes the coder missed on unseen text, and their participants (issue 9, §1, §2).

Military moves by ships and aircraft, foreign targets of shows of force, allegations made
with "charged that", threats framed by a vow, and the owner of an attacked "its" object
reported in a that-clause. Sentences are written for these tests; entities come from the
fictional name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES,
         "Sylvania": ("SYL", "GPE"), "Sylvanian": ("SYL", "NORP"),
         "Grand Fenwick": ("GFW", "GPE")}


def _events(nlp, text: str, category: str):
    return [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("A Ruritanian warship sailed within ten miles of a Freedonian-held island on Monday.",
     {"RUR"}, {"FRE"}),
    ("Two Sylvanian destroyers passed through the strait that Freedonia claims.",
     {"SYL"}, {"FRE"}),
    ("Sylvanian warships sailed through the strait on their way home.", {"SYL"}, set()),
    ("Ruritanian coast guard vessels entered waters near Freedonia last week.",
     {"RUR"}, {"FRE"}),
    ("Freedonian bombers flew over the disputed islets of Ruritania.", {"FRE"}, {"RUR"}),
])
def test_ships_and_aircraft_moving_into_contested_areas_mobilize(nlp, text, actor, recipient):
    events = _events(nlp, text, "MOBILIZE")
    assert len(events) == 1, text
    assert events[0].mode == "weapons"
    assert _codes(events[0].actor) == actor
    assert _codes(events[0].recipient) == recipient


@pytest.mark.parametrize("text", [
    "A Ruritanian ferry sailed into the harbour of Freedonia.",
    "Sylvanian tourists sailed along the coast of Ruritania.",
    "The Freedonian tanker passed through the canal on Friday.",
])
def test_civilian_ships_and_travellers_moving_are_no_event(nlp, text):
    assert not _events(nlp, text, "MOBILIZE")


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("A Ruritanian frigate shadowed a Freedonian destroyer for two days.", {"RUR"}, {"FRE"}),
    ("Sylvanian jets buzzed a Ruritanian patrol plane over the gulf.", {"SYL"}, {"RUR"}),
])
def test_shadowing_another_states_ship_has_that_state_as_recipient(nlp, text, actor,
                                                                   recipient):
    events = _events(nlp, text, "MOBILIZE")
    assert len(events) == 1
    assert _codes(events[0].actor) == actor
    assert _codes(events[0].recipient) == recipient


@pytest.mark.parametrize("text", [
    "Ruritania put its own troops on alert.",
    "Freedonia deployed Freedonian troops along the river.",
])
def test_what_a_state_mobilizes_of_its_own_is_no_recipient(nlp, text):
    events = _events(nlp, text, "MOBILIZE")
    assert events
    assert all(not _codes(e.recipient) - {None} for e in events)


def test_charged_that_is_an_allegation_against_the_clause_subject(nlp):
    text = "The Ruritanian army charged that Freedonian troops shelled its positions."
    accuse = _events(nlp, text, "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].mode == "allege"
    assert _codes(accuse[0].actor) == {"RUR"}
    assert _codes(accuse[0].recipient) == {"FRE"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Ruritanian military charged that Freedonian troops shelled its positions.",
     {"FRE"}, {"RUR"}),
    ("Sylvania said Ruritanian drones struck its fuel depot overnight.", {"RUR"}, {"SYL"}),
    ("Grand Fenwick alleged that Sylvanian gunboats rammed their patrol boat.",
     {"SYL"}, {"GFW"}),
])
def test_its_object_of_a_reported_attack_belongs_to_the_reporter(nlp, text, actor,
                                                                  recipient):
    events = _events(nlp, text, "ASSAULT")
    assert len(events) == 1
    assert _codes(events[0].actor) == actor
    assert _codes(events[0].recipient) == recipient


def test_its_object_never_gives_the_attackers_own_country(nlp):
    text = "Ruritania said Ruritanian gunners shelled their own positions by mistake."
    events = _events(nlp, text, "ASSAULT")
    assert all("RUR" not in _codes(e.recipient) for e in events)


def test_an_allegation_names_its_target_from_a_nationality_adjective(nlp):
    events = _events(nlp, "Freedonia alleged that Sylvanian soldiers attacked a border post.",
                     "ACCUSE")
    assert len(events) == 1
    assert _codes(events[0].recipient) == {"SYL"}


@pytest.mark.parametrize(("text", "category"), [
    ("Ruritania is vowing to crush the Freedonian rebels.", "THREATEN"),
    ("Sylvania vowed to wipe out the militia in Freedonia.", "THREATEN"),
    ("The Ruritanian army crushed the uprising in Freedonia in 1999.", "ASSAULT"),
])
def test_crushing_is_force_and_a_vow_to_crush_a_threat(nlp, text, category):
    events = code_with_names(nlp, text, NAMES)
    assert [e.event_type for e in events] == [category]


@pytest.mark.parametrize("text", [
    "Ruritania crushed Freedonia's hopes of a final in the football cup.",
    "The Sylvanian champion crushed the record at the games.",
])
def test_crushing_hopes_or_ramming_a_bill_is_no_event(nlp, text):
    assert not _events(nlp, text, "ASSAULT")


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Sylvania accepted Ruritanian funding for the new port.", {"RUR"}, {"SYL"}),
    ("Freedonia received a loan from Sylvania last month.", {"SYL"}, {"FRE"}),
])
def test_accepting_funding_is_aid_from_the_giver(nlp, text, actor, recipient):
    events = _events(nlp, text, "AID")
    assert len(events) == 1
    assert _codes(events[0].actor) == actor
    assert _codes(events[0].recipient) == recipient


def test_helping_a_state_militarily_is_aid(nlp):
    events = _events(nlp, "Sylvania helps Freedonia militarily.", "AID")
    assert len(events) == 1
    assert (_codes(events[0].actor), _codes(events[0].recipient)) == ({"SYL"}, {"FRE"})


def test_submitting_an_application_to_a_body_is_a_request(nlp):
    text = "Ruritania submitted an application to the Freedonian commission on Tuesday."
    events = _events(nlp, text, "REQUEST")
    assert len(events) == 1
    assert _codes(events[0].actor) == {"RUR"}
    assert _codes(events[0].recipient) == {"FRE"}


def test_losing_a_case_to_a_state_is_a_ruling_for_that_state(nlp):
    events = _events(nlp, "Sylvania lost the arbitration to Ruritania in 2019.", "SANCTION")
    assert len(events) == 1
    assert events[0].mode == "convict"
    assert _codes(events[0].actor) == {"RUR"}
    assert _codes(events[0].recipient) == {"SYL"}


@pytest.mark.parametrize("text", [
    "Sylvania lost the election to a coalition of small parties.",
    "Ruritania lost the match to Freedonia on penalties.",
])
def test_losing_an_election_or_a_match_is_no_ruling(nlp, text):
    assert not _events(nlp, text, "SANCTION")


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Ruritania's plan met with opposition from Freedonia.", {"FRE"}, {"RUR"}),
    ("Sylvania's proposal met harsh criticism from Ruritania.", {"RUR"}, {"SYL"}),
])
def test_opposition_met_by_a_plan_is_disapproval_of_its_owner(nlp, text, actor, recipient):
    events = _events(nlp, text, "ACCUSE")
    assert len(events) == 1
    assert _codes(events[0].actor) == actor
    assert _codes(events[0].recipient) == recipient


def test_meeting_with_the_opposition_is_no_disapproval(nlp):
    assert not _events(nlp, "The Ruritanian president met with the opposition on Monday.",
                       "ACCUSE")


@pytest.mark.parametrize(("text", "category", "recipient"), [
    ("Sylvania gives military support to Ruritanian rivals in the region.", "AID", set()),
    ("Freedonia criticized Sylvania's allies on Monday.", "ACCUSE", set()),
    ("Freedonia criticized Sylvania on Monday.", "ACCUSE", {"SYL"}),
    ("Ruritania sent aid to Freedonian villagers.", "AID", {"FRE"}),
])
def test_a_nationality_on_a_relational_noun_is_the_other_side(nlp, text, category,
                                                              recipient):
    events = _events(nlp, text, category)
    assert len(events) == 1
    assert _codes(events[0].recipient) == recipient


def test_an_organisation_naming_its_members_is_not_the_organisation(nlp):
    names = {**NAMES, "NATO": ("IGO", "ORG")}
    events = [e for e in code_with_names(
        nlp, "Sylvania condemned NATO countries for the blockade.", names)
        if e.event_type == "ACCUSE"]
    assert len(events) == 1
    assert "IGO" not in _codes(events[0].recipient)
    events = [e for e in code_with_names(nlp, "Sylvania condemned NATO for the blockade.",
                                         names) if e.event_type == "ACCUSE"]
    assert _codes(events[0].recipient) == {"IGO"}


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Ruritania militarized three islets in the disputed lagoon.", {"RUR"}, set()),
    ("Sylvania built military outposts on reefs claimed by Freedonia.", {"SYL"}, {"FRE"}),
])
def test_militarizing_islets_and_building_outposts_mobilize(nlp, text, actor, recipient):
    events = _events(nlp, text, "MOBILIZE")
    assert len(events) == 1
    assert (_codes(events[0].actor), _codes(events[0].recipient)) == (actor, recipient)


def test_building_a_civilian_airstrip_is_no_show_of_force(nlp):
    text = "Freedonia helped Sylvania build an airstrip on the island."
    assert not _events(nlp, text, "MOBILIZE")


@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia established a joint border commission in 2021.",
    "The new body would resemble the consultative group that Ruritania and Freedonia "
    "established last year.",
])
def test_establishing_a_joint_body_is_cooperation_of_both(nlp, text):
    events = _events(nlp, text, "COOPERATE")
    assert len(events) == 1
    assert _codes(events[0].actor) | _codes(events[0].recipient) == {"RUR", "FRE"}


def test_establishing_a_commission_of_inquiry_is_no_cooperation(nlp):
    assert not _events(nlp, "Ruritania established a commission of inquiry.", "COOPERATE")


def test_advocating_for_a_political_change_is_a_request(nlp):
    events = _events(nlp, "Sylvania has long advocated for a Freedonian withdrawal.",
                     "REQUEST")
    assert len(events) == 1
    assert _codes(events[0].actor) == {"SYL"}


def test_a_show_of_force_never_targets_the_actors_own_country(nlp):
    text = "Ruritanian warships sailed near the coast of Ruritania."
    events = _events(nlp, text, "MOBILIZE")
    assert events
    assert all("RUR" not in _codes(e.recipient) for e in events)


def test_an_exchange_of_fire_is_two_sided_fighting(nlp):
    text = "Ruritanian and Freedonian troops had an exchange of fire along the river."
    events = _events(nlp, text, "ASSAULT")
    assert len(events) == 1
    assert _codes(events[0].actor) == {"RUR", "FRE"}
    assert not _events(nlp, "The exchange of views between Ruritania and Freedonia was frank.",
                       "ASSAULT")
