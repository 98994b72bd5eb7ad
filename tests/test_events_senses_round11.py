"""Word senses and modality of precision round 11 (issue 9; ``events/state_senses.py``).

Every sentence is written for these tests, with fictional states; each class has its
spurious reading and its genuine one, so a rule that is too broad fails here. After review,
six sentences (a planned offensive, the two "keep X in a state", a call on a state, the two
standing occupations) were rewritten because they followed development-gold shapes; each
rewritten sentence fails on the code before this round.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Veridia": ("VER", "GPE"), "Veridian": ("VER", "NORP")}


def _events(nlp, text: str, category: str) -> list:
    return [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]


# ---------------------------------------------------------------- planned acts


@pytest.mark.parametrize("text", [
    "Freedonia was quietly planning an attack on the border town, officials said.",
    "Veridian officers say Freedonian rebels were plotting attacks on the capital's dams.",
])
def test_a_prepared_or_planned_attack_is_not_done(nlp, text):
    found = _events(nlp, text, "ASSAULT")
    assert found and all(e.future or e.hypothetical for e in found), (text, found)


def test_a_prepared_offensive_is_no_done_attack_but_a_move(nlp):
    """Round 12 (military moves): the preparation of an offensive is MOBILIZE (codebook)."""
    text = ("Satellite images suggest Ruritanian generals are preparing a spring offensive near "
            "the salt lakes.")
    assert not [e for e in _events(nlp, text, "ASSAULT") if not (e.future or e.hypothetical)]
    assert _events(nlp, text, "MOBILIZE"), text


@pytest.mark.parametrize("text", [
    "Ruritanian troops launched a large military offensive against the rebels on Monday.",
    "Freedonia carried out an attack on the border town overnight.",
])
def test_a_launched_attack_stays_done(nlp, text):
    found = _events(nlp, text, "ASSAULT")
    assert found and not any(e.future or e.hypothetical for e in found), (text, found)


# ---------------------------------------------------------------- keep / hold + a state


@pytest.mark.parametrize("text", [
    "Since the strike began, Veridia has kept the refugees stranded at the old airport.",
    "Officials admit the backlog keeps asylum seekers stranded on the islands for months.",
])
def test_keeping_people_in_a_condition_is_no_detention(nlp, text):
    found = [e.event_text for e in _events(nlp, text, "COERCE")]
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "Ruritanian guards kept the journalists locked up for a week.",
    "Freedonia held dozens of migrants at a desert base without charge.",
    "The Veridian navy is holding asylum seekers rescued off its coast on a prison ship.",
])
def test_custody_stays_a_detention(nlp, text):
    assert _events(nlp, text, "COERCE"), text


# ---------------------------------------------------------------- calls for / phone calls


@pytest.mark.parametrize("text", [
    "Ruritania renewed its calls for Freedonia to free the detained sailors.",
    "Freedonian lawmakers backed a call on Veridia to withdraw its ambassador.",
])
def test_calls_for_an_act_are_no_phone_call(nlp, text):
    found = [e.event_text for e in _events(nlp, text, "CONSULT")]
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "The Ruritanian president held a phone call with the Freedonian premier on Friday.",
    "In a call with Freedonia's leader, the Veridian minister discussed the dam.",
])
def test_telephone_calls_stay_consult(nlp, text):
    assert _events(nlp, text, "CONSULT"), text


# ---------------------------------------------------------------- diplomatic protest


@pytest.mark.parametrize("text", [
    "Ruritania protested to Freedonia over the seizure of its fishing boat.",
    "The decision drew a sharp protest from the Freedonian embassy.",
])
def test_a_state_protest_is_a_complaint(nlp, text):
    assert not _events(nlp, text, "PROTEST"), text
    assert _events(nlp, text, "ACCUSE"), text


@pytest.mark.parametrize("text", [
    "Thousands of Ruritanian farmers protested outside the Freedonian embassy on Sunday.",
    "Students in Veridia protested against the new tariffs for a third day.",
])
def test_crowds_still_protest(nlp, text):
    assert _events(nlp, text, "PROTEST"), text


# ---------------------------------------------------------------- "fired back"


def test_gunners_firing_back_is_an_assault(nlp):
    text = "Freedonian gunners fired back at Ruritanian positions across the river."
    assert _events(nlp, text, "ASSAULT") and not _events(nlp, text, "ACCUSE"), text


def test_a_minister_firing_back_is_verbal(nlp):
    text = "The Freedonian premier fired back at Ruritanian critics of his budget."
    assert _events(nlp, text, "ACCUSE") and not _events(nlp, text, "ASSAULT"), text


# ---------------------------------------------------------------- occupied (a state)


@pytest.mark.parametrize("text", [
    "Veridia says Freedonia surrenders no occupied acreage lightly.",
    "Two oil rigs in the gulf are occupied by Veridian sailors, a Freedonian admiral "
    "complained.",
])
def test_a_standing_occupation_is_no_seizure(nlp, text):
    found = [e.event_text for e in _events(nlp, text, "COERCE")]
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "Ruritanian troops occupied three hospitals in the Freedonian capital on Monday.",
    "The border town was occupied by Freedonian militias last week.",
])
def test_occupying_a_place_stays_a_seizure(nlp, text):
    assert _events(nlp, text, "COERCE"), text


# ---------------------------------------------------------------- natural causes


@pytest.mark.parametrize("text", [
    "Dozens of fishing villages were wrecked and 200 residents injured during the typhoon, "
    "the Veridian ministry said.",
    "Hundreds of homes were destroyed by the earthquake in northern Veridia.",
])
def test_damage_by_a_natural_disaster_is_no_assault(nlp, text):
    found = [e.event_text for e in _events(nlp, text, "ASSAULT")]
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "Freedonian shelling destroyed much of the province last week.",
    "Three soldiers were killed in the air strike on the Freedonian base.",
    "Two Ruritanian villagers were wounded during the shelling of the border town.",
])
def test_damage_by_a_party_stays_an_assault(nlp, text):
    assert _events(nlp, text, "ASSAULT"), text
