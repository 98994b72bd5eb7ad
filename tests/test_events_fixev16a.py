"""Fixes after round 16's review (fixev16a): carried-out capacities, a story's war.

1. A capacity or plan noun that a verb of carrying out governs ("exercised its authority to
   expel", "went ahead with its plan to deploy") names an act that was done: the event
   stays (:func:`wirecoder.events.unrealized.carried_out`).
2. An unnamed target gets no home country when the story names another state as a party
   in conflict with the actor's state, or calls the target an enemy
   (:mod:`wirecoder.events.unnamed_targets`).

Sentences are written for these tests with fictional parties; each first case of a pair
fails on main before the fix, the guards pass on both.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "kept"), [
    ("On Monday Ruritania exercised its legal authority to expel four Freedonian "
     "diplomats.", "SANCTION"),
    ("Veridia went ahead with its plan to deploy 3,000 soldiers along the Freedonian "
     "frontier.", "MOBILIZE"),
    ("The Freedonian navy invoked its right to detain the Ruritanian trawler's crew.",
     "COERCE"),
    ("Ruritania carried out its plan to expel the Veridian ambassador on Friday.",
     "SANCTION"),
])
def test_a_capacity_that_was_carried_out_keeps_its_act(nlp, text, kept):
    assert kept in _types(nlp, text), _types(nlp, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The Ruritanian cabinet now holds the authority to expel Freedonian diplomats.",
     "SANCTION"),
    ("Veridia unveiled a plan to deploy troops along the Freedonian frontier.", "MOBILIZE"),
])
def test_a_capacity_not_carried_out_is_still_no_event(nlp, text, absent):
    assert absent not in _types(nlp, text), _types(nlp, text)


NAMES = {
    **FICTIONAL_STATES,
    "Veridia": ("VER", "GPE"),
    "Veridian": ("VER", "NORP"),
    "Ruritanian gunships": ("RUR", "ORG"),
    "Freedonian gendarmes": ("FRE", "ORG"),
}


def _roles(nlp, text: str, category: str) -> tuple[set, set]:
    found = [e for e in code_with_names(nlp, text, NAMES) if e.event_type == category]
    assert found, text
    event = found[-1]
    return ({a.country_code for a in event.actor},
            {r.country_code for r in event.recipient if r.country_code})


@pytest.mark.parametrize("text", [
    "Ruritania and Veridia have been at war over the river valley since March. Late on "
    "Sunday Ruritanian gunships struck a rebel base.",
    "Veridian forces shelled Ruritanian villages for a week. Late on Sunday Ruritanian "
    "gunships struck a rebel base.",
])
def test_a_story_s_war_with_another_state_gives_no_home_country(nlp, text):
    actor, recipient = _roles(nlp, text, "ASSAULT")
    assert actor == {"RUR"} and "RUR" not in recipient, (actor, recipient)


def test_an_enemy_target_takes_no_home_country(nlp):
    actor, recipient = _roles(nlp, "Late on Sunday Ruritanian gunships struck enemy "
                                   "fighters in the hills.", "ASSAULT")
    assert actor == {"RUR"} and "RUR" not in recipient, (actor, recipient)


def test_a_story_without_another_state_still_fills_the_home_country(nlp):
    actor, recipient = _roles(nlp, "Freedonian gendarmes detained nine dissidents on "
                                   "Friday. The arrests came after weeks of protests.",
                              "COERCE")
    assert actor == {"FRE"} and recipient == {"FRE"}, (actor, recipient)
