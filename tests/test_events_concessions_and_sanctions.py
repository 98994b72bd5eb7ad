"""Retreats, concessions and sanctions in the wording of statements and wire copy.

Lifting a suspension, restoring a service and scaling back military activity are
concessions or retreats (codebook CONCEDE / RETREAT); blocking property, pausing aid,
closing ports, ending an accord and leaving a bloc are sanctions (codebook SANCTION).
Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "the Northern League": ("IGO", "ORG")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _first(nlp, text: str, category: str):
    events = [e for e in _code(nlp, text) if e.event_type == category]
    assert events, f"no {category} in {text!r}: {[e.event_type for e in _code(nlp, text)]}"
    return events[0]


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


@pytest.mark.parametrize(("text", "category", "mode"), [
    ("Freedonia lifted its suspension of fish imports from Ruritania.", "CONCEDE", None),
    ("Ruritania lifted the suspension of two Freedonian radio stations.", "CONCEDE", None),
    ("Ruritania said internet access would be restored in the capital by Friday.", "CONCEDE",
     None),
    ("Ruritania agreed to pull its troops out of the Freedonian border district.", "CONCEDE",
     None),
    ("Ruritania said it would scale back military activity near the Freedonian border.",
     "CONCEDE", None),
    ("The Ruritanian military trucks returned to Ruritania on Sunday.", "RETREAT", "withdraw"),
])
def test_concessions_and_retreats(nlp, text, category, mode):
    event = _first(nlp, text, category)
    assert event.mode == mode
    assert not event.negated


def test_agreeing_to_withdraw_is_not_a_plain_agreement(nlp):
    events = _code(nlp, "Ruritania agreed to pull its troops out of Freedonia.")
    assert "AGREE" not in {e.event_type for e in events}


def test_moving_forces_to_a_place_is_no_retreat(nlp):
    events = _code(nlp, "Ruritania repositioned its forces to the Freedonian border.")
    assert not {"RETREAT", "CONCEDE"} & {e.event_type for e in events}


@pytest.mark.parametrize(("text", "mode", "actor", "recipient"), [
    ("Freedonia has paused all military aid to Ruritania.", "discontinue", {"FRE"}, {"RUR"}),
    ("Freedonia closed its ports to Ruritanian ships.", "discontinue", {"FRE"}, {"RUR"}),
    ("Ruritania ended its defence cooperation accord with Freedonia.", "withdraw", {"RUR"},
     {"FRE"}),
    ("Ruritania announced its withdrawal from the Northern League.", "withdraw", {"RUR"},
     {"IGO"}),
])
def test_sanctions(nlp, text, mode, actor, recipient):
    event = _first(nlp, text, "SANCTION")
    assert event.mode == mode
    assert _codes(event.actor) == actor and _codes(event.recipient) == recipient


def test_blocking_property_is_a_sanction(nlp):
    event = _first(nlp, "The order blocks all property and interests in property of the "
                        "Government of Ruritania.", "SANCTION")
    assert event.mode == "discontinue"


def test_blocking_a_road_is_no_sanction(nlp):
    events = _code(nlp, "Ruritanian farmers blocked the main highway to Freedonia.")
    assert "SANCTION" not in {e.event_type for e in events}


def test_paused_aid_is_not_aid(nlp):
    events = _code(nlp, "Freedonia has paused all military aid to Ruritania.")
    assert "AID" not in {e.event_type for e in events}


def test_ending_a_war_is_not_leaving_an_agreement(nlp):
    events = _code(nlp, "Ruritania and Freedonia ended the war with a peace deal.")
    assert "SANCTION" not in {e.event_type for e in events}
