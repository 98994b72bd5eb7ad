"""Military moves round 12 (issue 9): moves, pull-backs and the settlement of fighting.

Classes counted from the missed MOBILIZE, RETREAT and ceasefire events of the round-12 READ
part and the development sets (docs/events.md, "Military moves round 12"); the categories
come from the PLOVER codebook (MOBILIZE, RETREAT, CONCEDE) and the events guideline (7, 12).
Sentences are written for these tests with fictional states; each positive case fails on
main before the round. The guards at the end keep the new entries from firing on
metaphors, aid convoys and demands (they pass on main too: they watch the new words).
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str, set, set, bool]]:
    return [(e.event_type, e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient}, e.future)
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


# ---------------------------------------------------------------- moves (MOBILIZE)
@pytest.mark.parametrize("text", [
    "A Ruritanian brigade has moved closer to the Freedonian capital since Sunday.",
    "Freedonian rebels are regrouping in the hills after losing the valley.",
])
def test_armed_units_on_the_move_are_mobilization(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "MOBILIZE" for kind, *_ in found), (text, found)


@pytest.mark.parametrize(("text", "trigger"), [
    ("Every week the Ruritanian navy sends patrol vessels past Freedonia's outer islands.",
     "sends"),
    ("Ruritania is sending 12 more warheads to its missile base on Kastel island, its defence "
     "minister confirmed on Friday.", "sending"),
    ("The Ruritanian navy has ordered two destroyers and a submarine into the strait off "
     "Freedonia.", "ordered"),
])
def test_sending_vessels_warheads_or_warships_is_mobilization(nlp, text, trigger):
    found = _events(nlp, text)
    assert any(kind == "MOBILIZE" and actor == {"RUR"} and t == trigger
               for kind, t, actor, _, _ in found), (text, found)


def test_a_state_submarine_sighted_off_a_coast_is_a_show_of_force(nlp):
    found = _events(nlp, "Freedonia's navy says a Ruritanian submarine was detected off its "
                         "southern coast last month.")
    assert any(kind == "MOBILIZE" and actor == {"RUR"} for kind, _, actor, _, _ in found), found


def test_the_stationing_of_batteries_is_mobilization(nlp):
    found = _events(nlp, "The stationing of Ruritanian air-defence batteries on the Freedonian "
                         "frontier alarmed its neighbours.")
    assert any(kind == "MOBILIZE" and trigger == "stationing"
               for kind, trigger, *_ in found), found


def test_units_deployed_in_the_passive_belong_to_the_actor(nlp):
    found = _events(nlp, "Ruritanian troops were deployed to the Freedonian frontier on Sunday.")
    assert any(kind == "MOBILIZE" and actor == {"RUR"} and "RUR" not in rec
               for kind, _, actor, rec, _ in found), found


# ---------------------------------------------------------------- preparing an offensive
@pytest.mark.parametrize("text", [
    "Intelligence reports say Ruritanian generals are preparing a large offensive to retake "
    "the passes.",
    "Freedonia's army is planning a ground invasion of the Ruritanian delta, a leaked memo "
    "shows.",
])
def test_preparing_an_offensive_is_the_move_not_a_future_attack(nlp, text):
    """Codebook MOBILIZE: the preparation is a military move short of force, done now."""
    found = _events(nlp, text)
    assert any(kind == "MOBILIZE" and not future for kind, *_, future in found), (text, found)
    assert not any(kind == "ASSAULT" for kind, *_ in found), (text, found)


def test_plotting_an_attack_stays_a_future_assault(nlp):
    found = _events(nlp, "Freedonian militants were plotting attacks on Ruritanian pipelines, "
                         "police said.")
    assert any(kind == "ASSAULT" and future for kind, *_, future in found), found
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found


def test_soldiers_sent_for_disaster_relief_are_aid(nlp):
    """Codebook MOBILIZE ambiguities: forces mobilized for disaster relief are AID."""
    found = _events(nlp, "After the cyclone, Ruritania deployed 3,000 soldiers to clear debris "
                         "and rebuild storm-damaged bridges.")
    assert any(kind == "AID" and actor == {"RUR"} for kind, _, actor, _, _ in found), found
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found


@pytest.mark.parametrize("text", [
    "Ruritania dispatched a marine unit to evacuate its embassy staff from the Freedonian "
    "capital on Wednesday.",
])
def test_forces_sent_to_evacuate_people_stay_a_move(nlp, text):
    """Evacuating is no disaster relief by itself: the purpose's object must name it."""
    found = _events(nlp, text)
    assert any(kind == "MOBILIZE" for kind, *_ in found), (text, found)
    assert not any(kind == "AID" for kind, *_ in found), (text, found)


def test_forces_sent_to_rescue_hostages_are_aid(nlp):
    """Events guideline 12: rescues of hostages are AID (round 21 changed round 12's reading)."""
    found = _events(nlp, "Overnight Freedonia deployed an elite police squad to rescue two "
                         "Ruritanian engineers kidnapped by a gang.")
    assert any(kind == "AID" for kind, *_ in found), found
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found


# ---------------------------------------------------------------- pull-backs (RETREAT)
def test_a_withdrawal_from_a_place_is_a_retreat(nlp):
    found = _events(nlp, "Ruritania's withdrawal from the Freedonian highlands began under the "
                         "eyes of monitors on Monday.")
    assert any(kind == "RETREAT" and actor == {"RUR"} for kind, _, actor, _, _ in found), found


def test_a_tokenized_pull_out_is_a_retreat(nlp):
    found = _events(nlp, "Ruritania completed the pull-out of its forces from the Freedonian "
                         "enclave on Tuesday.")
    assert any(kind == "RETREAT" and actor == {"RUR"} for kind, _, actor, _, _ in found), found


def test_lifting_a_siege_is_a_retreat_not_a_concession(nlp):
    found = _events(nlp, "The Ruritanian army lifted its siege of the Freedonian port city "
                         "after six weeks.")
    assert any(kind == "RETREAT" and actor == {"RUR"} for kind, _, actor, _, _ in found), found
    assert not any(kind == "CONCEDE" for kind, *_ in found), found


def test_handing_a_town_back_is_a_retreat(nlp):
    found = _events(nlp, "Ruritania handed the border town back to Freedonia on Monday.")
    assert any(kind == "RETREAT" and actor == {"RUR"} for kind, _, actor, _, _ in found), found


def test_a_prisoner_swap_is_a_retreat(nlp):
    found = _events(nlp, "Ruritania and Freedonia swapped 40 prisoners of war on the bridge.")
    assert any(kind == "RETREAT" for kind, *_ in found), found


@pytest.mark.parametrize(("text", "own"), [
    ("Ruritanian government forces withdrew from two towns in southern Ruritania overnight.",
     "RUR"),
    ("Freedonian units began withdrawing heavy guns from positions inside Freedonia on "
     "Thursday.", "FRE"),
])
def test_pulling_back_inside_ones_own_country_has_no_recipient(nlp, text, own):
    found = _events(nlp, text)
    retreats = [(actor, rec) for kind, _, actor, rec, _ in found if kind == "RETREAT"]
    assert retreats and all(own not in rec for _, rec in retreats), (text, found)


# ---------------------------------------------------------------- ceasefires
@pytest.mark.parametrize(("text", "trigger"), [
    ("Despite sporadic gunfire, the Freedonian-Ruritanian armistice has held for a fortnight.",
     "held"),
    ("Sirens fell silent when the ceasefire brokered by Ruritania came into force at dawn in "
     "Freedonia.", "came into"),
])
def test_a_ceasefire_that_holds_or_starts_is_a_retreat(nlp, text, trigger):
    """Guideline 7: a ceasefire that holds or takes effect is RETREAT ceasefire."""
    found = _events(nlp, text)
    assert any(kind == "RETREAT" and t == trigger for kind, t, *_ in found), (text, found)


def test_calling_a_truce_declares_it(nlp):
    """Codebook CONCEDE: declarations (not implementations) of ceasefires."""
    found = _events(nlp, "Citing the harvest, Ruritania's president called a three-day truce "
                         "with the Freedonian militias.")
    assert any(kind == "CONCEDE" and actor == {"RUR"} for kind, _, actor, _, _ in found), found


# ---------------------------------------------------------------- guards
@pytest.mark.parametrize("text", [
    "Freedonia called for a ceasefire in the southern provinces on Friday.",
    "Freedonia called on Ruritania to declare a ceasefire.",
])
def test_calling_for_a_ceasefire_stays_a_request(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "REQUEST" for kind, *_ in found), (text, found)
    assert not any(kind == "CONCEDE" for kind, *_ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Ruritania's ruling party mobilised voters ahead of the election.",
    "The Freedonian senator pulled out of the presidential race on Tuesday.",
    "Ruritanian aid convoys rolled through the Freedonian capital with food and medicine.",
    "Ruritania's tourism board saw record visitor numbers from Freedonia.",
    "Britain's withdrawal from the treaty angered Freedonia.",
])
def test_metaphors_aid_and_leaving_a_treaty_are_no_military_move(nlp, text):
    found = _events(nlp, text)
    assert not any(kind in {"MOBILIZE", "RETREAT"} for kind, *_ in found), (text, found)


def test_joint_exercises_stay_cooperation(nlp):
    """Codebook MOBILIZE ambiguities and guideline 12: joint exercises are COOPERATE."""
    found = _events(nlp, "Ruritania held joint naval exercises with Freedonia off the coast.")
    assert any(kind == "COOPERATE" for kind, *_ in found), found
    assert not any(kind == "MOBILIZE" for kind, *_ in found), found
