"""Light verbs, relative clauses and weapon frames of the recall round 7 (issue 9, evrec7).

The noun carries the category and the light verb's subject is the actor, whether the verb
governs the noun ("undertook a military operation", "staged rallies") or the noun is the
object gap of a relative clause or participle ("the offensive that X launched", "the
truce signed by X and Y"); a weapon used, dropped or lobbed is an attack. Sentences are
written for these tests with fictional states, with contrast cases.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _coded(nlp, text: str) -> list[tuple[str, set, set]]:
    return [(e.event_type, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [c[0] for c in _coded(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruritania undertook a military operation in Freedonia.", ("ASSAULT", {"RUR"})),
    ("Ruritanian exiles staged rallies in the Freedonian capital.", ("PROTEST", {"RUR"})),
    ("Ruritania repeated calls for a ceasefire in Freedonia.", ("REQUEST", {"RUR"})),
    ("The Ruritanian envoy declared allegiance to Freedonia.", ("SUPPORT", {"RUR"})),
])
def test_the_noun_of_a_light_verb_is_the_event_and_the_subject_acts(nlp, text, expected):
    coded = _coded(nlp, text)
    assert any((c[0], c[1]) == expected for c in coded), (text, coded)


def test_undertaking_to_act_is_still_a_commitment(nlp):
    kinds = _types(nlp, "Ruritania undertook to release the Freedonian fishermen.")
    assert "ASSAULT" not in kinds
    assert {"AGREE", "CONCEDE", "RETREAT"} & set(kinds), kinds


@pytest.mark.parametrize("text", [
    "Freedonian villagers fled an offensive that Ruritania launched in the spring.",
    "Freedonian villagers fled a new offensive against the rebels that Ruritania launched.",
    "Freedonian villagers fled the offensive launched by Ruritania in the spring.",
])
def test_the_subject_of_a_relative_light_verb_acts(nlp, text):
    coded = _coded(nlp, text)
    assert [c for c in coded if c[0] == "ASSAULT" and c[1] == {"RUR"}], coded


def test_the_subject_of_a_relative_clause_on_the_actor_is_not_moved(nlp):
    # "troops that launched the attack": the clause's subject gap is the troops themselves
    coded = _coded(nlp, "Ruritanian troops that launched the raid were later withdrawn.")
    assert not [c for c in coded if c[0] == "ASSAULT" and c[2] == {"RUR"}], coded


def test_a_participle_names_what_it_modifies_as_its_object(nlp):
    coded = _coded(nlp, "Observers praised the treaty signed by Ruritania and Freedonia.")
    assert [c for c in coded if c[0] == "SUPPORT" and c[1] >= {"RUR"}], coded
    assert "SUPPORT" not in _types(nlp, "Observers praised the letter signed by Ruritanian "
                                        "students.")


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritanian troops exchanged gunfire with Freedonian border guards.", "ASSAULT"),
    ("Ruritanian soldiers returned fire.", "ASSAULT"),
    ("The Ruritanian navy used tear-gas grenades against Freedonian fishermen.", "ASSAULT"),
    ("Ruritanian helicopters dropped barrel bombs on Freedonian villages.", "ASSAULT"),
    ("Grenades were lobbed at a Freedonian checkpoint by Ruritanian militiamen.", "ASSAULT"),
    ("Sniper fire by Ruritanian marksmen hit the Freedonian post.", "ASSAULT"),
    # vocabulary round 11: retaking a place is combat (ASSAULT, as the gold sets code it);
    # round 25 (events guideline 18): a capture by force is too; a seizure stays COERCE
    ("Ruritanian forces have retaken the town from Freedonia.", "ASSAULT"),
    ("Ruritanian forces have captured the town from Freedonia.", "ASSAULT"),
    ("Ruritanian forces have seized the town from Freedonia.", "COERCE"),
])
def test_weapons_and_fire_name_an_attack(nlp, text, kind):
    assert kind in _types(nlp, text), (text, _coded(nlp, text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritanian soldiers returned to their barracks.", "ASSAULT"),
    ("Ruritanian planes dropped leaflets over Freedonian towns.", "ASSAULT"),
    ("The Ruritanian minister used the meeting to praise Freedonia.", "ASSAULT"),
    ("Ruritanian troops returned fire.", "RETREAT"),
    ("Ruritania used artillery salutes to celebrate the holiday.", "ASSAULT"),
    ("Ruritania fired two ballistic missiles into the sea.", "ASSAULT"),
])
def test_the_same_verbs_without_a_weapon_are_no_attack(nlp, text, kind):
    assert kind not in _types(nlp, text), (text, _coded(nlp, text))


@pytest.mark.parametrize(("text", "kind", "actor"), [
    ("Ruritanian brigades began withdrawing their tanks from the Freedonian lakeshore.",
     "RETREAT", {"RUR"}),
    ("Ruritanian units continued pulling out of Freedonian highlands.", "RETREAT", {"RUR"}),
    ("Ruritanian forces chased the rebels out of the Freedonian valley.", "ASSAULT",
     {"RUR"}),
    ("Ruritanian forces defeated the militants in the north.", "ASSAULT", {"RUR"}),
    ("Ruritanian protesters set up barricades outside the Freedonian embassy.", "PROTEST",
     {"RUR"}),
])
def test_subject_control_and_codebook_vocabulary(nlp, text, kind, actor):
    coded = _coded(nlp, text)
    assert [c for c in coded if c[0] == kind and c[1] == actor], coded


@pytest.mark.parametrize(("text", "kind"), [
    ("The Ruritanian parliament defeated the motion.", "ASSAULT"),
    ("Ruritanian voters defeated the ruling party.", "ASSAULT"),
    ("Ruritania urged Freedonian troops to pull out of the capital.", "RETREAT"),
])
def test_no_armed_object_or_an_object_controller_gives_no_act(nlp, text, kind):
    coded = _coded(nlp, text)
    assert not [c for c in coded if c[0] == kind and c[1] == {"RUR"}], coded


def test_a_participle_does_not_lend_the_main_clause_subject(nlp):
    coded = _coded(nlp, "Ruritania welcomed the treaty signed in Geneva last week.")
    assert [c for c in coded if c[0] == "SUPPORT" and c[1] == {"RUR"}], coded
    assert not [c for c in coded if c[0] != "SUPPORT" and c[1] == {"RUR"}], coded


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    ("The Freedonian city has been under siege by Ruritanian forces since April.", "ASSAULT",
     {"RUR"}, {"FRE"}),
    ("The shelling was carried out by Ruritanian gunners.", "ASSAULT", {"RUR"},
     set()),
])
def test_the_by_agent_of_a_state_or_a_conducted_act_acts(nlp, text, kind, actor, recipient):
    coded = _coded(nlp, text)
    assert (kind, actor, recipient) in coded, coded


def test_an_official_fired_from_a_post_is_no_attack(nlp):
    coded = _coded(nlp, "The firing of the Ruritanian minister was conducted quietly.")
    assert not [c for c in coded if c[0] == "ASSAULT"], coded


@pytest.mark.parametrize("text", [
    "The Freedonian minister said Ruritania's dangerous decision will cost lives.",
    "The Freedonian minister said the unacceptable actions by Ruritanian police must end.",
])
def test_a_judgement_of_a_partys_conduct_accuses_it(nlp, text):
    assert ("ACCUSE", {"FRE"}, {"RUR"}) in _coded(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritania's dangerous decision worried analysts.",  # the reporter's own adjective
    "The Freedonian minister said the road to Ruritania is dangerous.",  # a situation
])
def test_a_judgement_without_a_judge_or_conduct_is_no_accusation(nlp, text):
    assert "ACCUSE" not in _types(nlp, text), _coded(nlp, text)


def test_the_governing_condemnation_is_the_one_accusation(nlp):
    coded = _coded(nlp, "The Freedonian minister condemned the dangerous actions by "
                        "Ruritanian ships.")
    assert [c[0] for c in coded].count("ACCUSE") == 1, coded


def test_the_issuing_government_judges_in_its_own_statement():
    from wirecoder import analyze

    text = "We condemn the violence. Such actions by Russia are unacceptable."
    coded = {(e.event_type, tuple(a.country_code for a in e.actor),
              tuple(r.country_code for r in e.recipient))
             for e in analyze(text, source="U.S. Department of State").events}
    assert ("ACCUSE", ("USA",), ("RUS",)) in coded, coded
    news = {(e.event_type, tuple(a.country_code for a in e.actor))
            for e in analyze(text, source="Voice of America").events}
    assert ("ACCUSE", ("USA",)) not in news, news


@pytest.mark.parametrize(("text", "kind", "actor", "recipient"), [
    ("Ruritania wants Freedonia to withdraw its troops from the border.", "REQUEST", {"RUR"},
     {"FRE"}),
    ("Ruritanian rebels tried to cut the Freedonian army's supply lines.", "ASSAULT", {"RUR"},
     None),
])
def test_wanting_another_party_to_act_and_cutting_supply_lines(nlp, text, kind, actor,
                                                              recipient):
    coded = _coded(nlp, text)
    assert [c for c in coded if c[0] == kind and c[1] == actor
            and (recipient is None or c[2] == recipient)], coded


@pytest.mark.parametrize("text", [
    "Ruritania wants to join the Freedonian customs union.",
    "Ruritania wants peace with Freedonia.",
])
def test_wanting_for_oneself_is_no_request(nlp, text):
    assert "REQUEST" not in _types(nlp, text), _coded(nlp, text)


def test_crowd_control_weapons_give_one_assault(nlp):
    coded = _coded(nlp, "Ruritanian police used tear gas and water cannon to disperse "
                        "Freedonian protesters.")
    assert [c[0] for c in coded].count("ASSAULT") == 1, coded


def test_retaking_needs_a_place_not_a_person(nlp):
    # vocabulary round 11: a retaken place is combat (ASSAULT), no longer a seizure
    assert "ASSAULT" in _types(nlp, "Ruritanian forces recaptured the Freedonian airfield.")
    took_back = _types(nlp, "Ruritania took back Ivo Marek, its former envoy.")
    assert "COERCE" not in took_back and "ASSAULT" not in took_back
