"""One event per occurrence, and no event for a policy about whoever acts.

A relative clause that tells the toll of a nominal attack ("a drone strike that killed 85
villagers") is the same act: one ASSAULT, with the victims as recipients when the noun
names none; an act in a relative clause of another noun ("killed the attackers who laid
siege to a hotel") stays its own event. An act whose agent is generic ("those who threaten
our forces") states a policy, not an event, while a warning to anyone who acts is still a
threat. Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, code_with_names

NAMES = FICTIONAL_STATES


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _assaults(nlp, text: str):
    return [e for e in _code(nlp, text) if e.event_type == "ASSAULT"]


def test_a_strike_and_its_toll_are_one_event(nlp):
    events = _assaults(nlp, "The Ruritanian army regretted a drone strike that killed 85 "
                            "Freedonian villagers.")
    assert len(events) == 1
    assert {e.country_code for e in events[0].recipient} == {"FRE"}


def test_an_act_in_a_relative_clause_of_a_participant_is_its_own(nlp):
    events = _assaults(nlp, "Ruritanian forces killed six gunmen who laid siege to a "
                            "Freedonian hotel.")
    assert len(events) == 2


def test_acts_of_a_generic_agent_are_no_events(nlp):
    events = _code(nlp, "Freedonia will punish those who attack Ruritanian ships.")
    assert "ASSAULT" not in {e.event_type for e in events}


def test_a_warning_to_anyone_stays_a_threat(nlp):
    events = _code(nlp, "Anyone who attacks Freedonian ships will face consequences, "
                        "Freedonia said.")
    assert "THREATEN" in {e.event_type for e in events}


def test_reported_continued_aid_is_a_commitment(nlp):
    events = _code(nlp, "Freedonia said it would continue to provide Ruritania with "
                        "air defense systems.")
    types = {e.event_type for e in events}
    assert "AGREE" in types and "AID" not in types


def test_a_delivered_missile_system_is_aid(nlp):
    events = _code(nlp, "Freedonia delivered another Patriot system to Ruritania.")
    assert "AID" in {e.event_type for e in events}
