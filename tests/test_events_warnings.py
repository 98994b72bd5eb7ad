"""Warnings as THREATEN: warning nouns, warning shots, "will not tolerate" (issue 9, evtype8).

PLOVER THREATEN covers "all threats, coercive or forceful warnings". A warning a named party
issues is one; shots fired as a warning are a show of force, not an attack (CAMEO 138); a
stated refusal to tolerate something warns of repercussions rather than refusing a request.
Hazard, health and travel warnings are no political act (guideline 13). Sentences are
written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str, set, set]]:
    return [(e.event_type, e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize("text", [
    "Ruritania issued a series of warnings to Freedonia over the new dam.",
    "The Ruritanian navy resumed its drills despite repeated warnings from Freedonia.",
    "Ruritania sent a stern warning to Freedonia after the border incident.",
])
def test_a_warning_a_party_issues_is_a_threat(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "THREATEN" and "warning" in trigger for kind, trigger, _, _ in found), (
        text, found)


@pytest.mark.parametrize("text", [
    "Ruritanian authorities issued a flood warning for the northern provinces.",
    "Freedonia renewed its travel warning for Ruritania on Tuesday.",
    "Ruritanian doctors issued a health warning about the heat.",
    "The Freedonian army tested an early warning radar near the coast.",
])
def test_hazard_travel_and_health_warnings_are_no_threat(nlp, text):
    found = _events(nlp, text)
    assert not any(kind == "THREATEN" for kind, *_ in found), (text, found)


@pytest.mark.parametrize("text", [
    "A Ruritanian patrol boat fired warning shots at two Freedonian fishing vessels.",
    "Freedonian border guards fired several warning shots toward Ruritanian soldiers.",
])
def test_warning_shots_are_a_threat_of_force_not_an_attack(nlp, text):
    found = _events(nlp, text)
    kinds = [kind for kind, *_ in found]
    assert "THREATEN" in kinds and "ASSAULT" not in kinds, (text, found)


def test_shots_fired_at_a_boat_stay_an_attack(nlp):
    found = _events(nlp, "The Freedonian coast guard fired shots at a Ruritanian boat.")
    assert [kind for kind, *_ in found] == ["ASSAULT"], found


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Ruritania said it will not tolerate Freedonian interference in its elections.",
     {"RUR"}, {"FRE"}),
    ("The Freedonian government said it would never tolerate Ruritanian provocations.",
     {"FRE"}, {"RUR"}),
])
def test_refusing_to_tolerate_is_a_warning(nlp, text, actor, recipient):
    found = _events(nlp, text)
    assert ("THREATEN", "tolerate", actor, recipient) in found, (text, found)
    assert not any(kind == "REJECT" for kind, *_ in found), (text, found)


def test_a_negated_permission_stays_a_refusal(nlp):
    found = _events(nlp, "Freedonia will never allow Ruritanian troops on its soil.")
    assert [kind for kind, *_ in found] == ["REJECT"], found


# Ceasefires (guideline 7): signing one is an agreement, offering or declaring one concedes.

@pytest.mark.parametrize("text", [
    "Ruritania and Freedonia signed a cease-fire in the capital on Friday.",
    "Ruritania signed a truce with the Freedonian rebels after a week of talks.",
])
def test_signing_a_ceasefire_is_an_agreement(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "AGREE" and "sign" in trigger and {"RUR", "FRE"} <= actor | recipient
               for kind, trigger, actor, recipient in found), (text, found)


def test_signing_a_trade_agreement_stays_support(nlp):
    found = _events(nlp, "Ruritania and Freedonia signed a trade agreement in the capital.")
    assert [kind for kind, *_ in found] == ["SUPPORT"], found


@pytest.mark.parametrize("text", [
    "Ruritanian planes bombed the port, ignoring Freedonia's offer of a cease-fire.",
    "Ruritania welcomed the Freedonian declaration of a truce.",
])
def test_an_offered_or_declared_ceasefire_is_a_concession(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "CONCEDE" and actor == {"FRE"} for kind, _, actor, _ in found), (
        text, found)
