"""Threats and related rules: announced violence and responses, weapons tests, expulsions from
organizations, and "placed under arrest".

Sentences are written for these tests. Entities come from a small name table so that the
tests do not depend on the actors stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from name_table import name_entities
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

PUBLISHED = dt.date(2026, 2, 4)
NAMES = {
    "Iran": ("IRN", "GPE"), "Israel": ("ISR", "GPE"), "China": ("CHN", "GPE"),
    "Taiwan": ("TWN", "GPE"), "Russia": ("RUS", "GPE"), "North Korea": ("PRK", "GPE"),
    "Council of Europe": ("IGO", "ORG"), "African Union": ("IGO", "ORG"),
    "Thailand": ("THA", "GPE"), "Beijing": ("CHN", "GPE"), "Washington": ("USA", "GPE"),
    "Mali": ("MLI", "GPE"),
}


def _entities(text: str) -> list[Entity]:
    return name_entities(text, NAMES)


def _code(nlp, text: str):
    return code_events(nlp(text), load_lexicon(), _entities(text), story_id="t",
                       published=PUBLISHED)


def _pairs(events) -> set[tuple[str, str]]:
    return {(e.event_type, e.event_text) for e in events}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Beijing said it would attack Taiwan.", "attack"),
    ("Iran will strike Israel if it is attacked again.", "strike"),
    ("North Korea is going to bomb the bases, the general said.", "bomb"),
])
def test_announced_violence_is_threaten(nlp, text, trigger):
    events = _code(nlp, text)
    assert ("THREATEN", trigger) in _pairs(events)
    threat = next(e for e in events if e.event_text == trigger)
    assert threat.mode == "violence" and not threat.future


@pytest.mark.parametrize("text", [
    "Israel attacked Iran on Sunday.",
    "Russia plans to attack the city, analysts said.",  # intention, not an announcement
    "Beijing said it would not attack Taiwan.",
])
def test_reported_or_negated_violence_is_not_threaten(nlp, text):
    assert "THREATEN" not in {e.event_type for e in _code(nlp, text)}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Iran vowed to retaliate against Israel.", "vowed"),
    ("Russia will retaliate, the Kremlin said.", "retaliate"),
    ("China warned it would hit back.", "warned"),
    ("Iran threatened retaliation against Israel.", "threatened"),
])
def test_announced_response_is_threaten(nlp, text, trigger):
    events = _code(nlp, text)
    assert ("THREATEN", trigger) in _pairs(events)
    assert "AGREE" not in {e.event_type for e in events}


@pytest.mark.parametrize("text", [
    "China retaliated against Washington.",
    "The publisher spoke on condition of anonymity for fear of reprisal.",
    "Iran did not retaliate.",
])
def test_reported_or_feared_response_is_not_coded(nlp, text):
    assert _code(nlp, text) == []


def test_retaliation_with_named_act_codes_the_act(nlp):
    pairs = _pairs(_code(nlp, "China retaliated with tariffs on goods from Washington."))
    assert pairs == {("SANCTION", "tariffs")}


def test_put_on_notice_is_threaten(nlp):
    events = _code(nlp, "Washington put Iran on notice.")
    assert _pairs(events) == {("THREATEN", "put")}
    assert [r.country_code for r in events[0].recipient] == ["IRN"]


def test_put_on_table_is_not_threaten(nlp):
    events = _code(nlp, "Washington put a new offer on the table.")
    assert "THREATEN" not in {e.event_type for e in events}


@pytest.mark.parametrize("text", [
    "North Korea test-fired two ballistic missiles on Sunday.",
    "North Korea test fired a cruise missile.",
])
def test_test_firing_is_mobilize(nlp, text):
    events = _code(nlp, text)
    assert [(e.event_type, e.mode) for e in events] == [("MOBILIZE", "weapons")]


def test_firing_at_a_target_stays_assault(nlp):
    events = _code(nlp, "North Korea fired rockets at the base.")
    assert [e.event_type for e in events] == ["ASSAULT"]


@pytest.mark.parametrize(("text", "trigger"), [
    ("Russia was expelled from the Council of Europe.", "expelled"),
    ("The party expelled the mayor.", "expelled"),
    ("The African Union suspended Mali after the coup.", "suspended"),
])
def test_expulsion_from_a_body_is_sanction_expel(nlp, text, trigger):
    events = [e for e in _code(nlp, text) if e.event_text == trigger]
    assert [(e.event_type, e.mode) for e in events] == [("SANCTION", "expel")]


@pytest.mark.parametrize("text", [
    "Thailand expelled three activists from the country.",
    "The union suspended the strike.",
])
def test_deportation_and_suspended_strike_are_not_sanction_expel(nlp, text):
    assert all(e.mode != "expel" for e in _code(nlp, text))


def test_placed_under_arrest_keeps_actor(nlp):
    events = _code(nlp, "Thailand placed the activist under house arrest.")
    assert [(e.event_type, e.mode) for e in events] == [("COERCE", "arrest")]
    assert [a.country_code for a in events[0].actor] == ["THA"]
