"""Threats stated as repercussions, not with a threat verb (codebook THREATEN).

Government statements announce consequences ("will bear the consequences", "there will be
consequences"), commit to unnamed force ("will not hesitate to take action"), or vow acts
that remove a government. Reported consequences and offers of help are not threats.
Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = FICTIONAL_STATES


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _code(nlp, text)]


@pytest.mark.parametrize("text", [
    "The Ruritanian militias will bear the consequences if they do not stop their raids.",
    "Freedonia said Ruritania would face severe consequences for the shelling of the port.",
    "There will be consequences for Ruritania if the convoy is stopped again.",
    "Freedonia warned that Ruritania would face a crushing response if it moved its troops.",
])
def test_announced_consequences_are_threats(nlp, text):
    assert "THREATEN" in _types(nlp, text)


def test_the_threatened_party_is_the_recipient(nlp):
    events = _code(nlp, "Freedonia said Ruritania would face severe consequences.")
    threat = next(e for e in events if e.event_type == "THREATEN")
    assert {e.country_code for e in threat.recipient} == {"RUR"}


@pytest.mark.parametrize("text", [
    "The war had devastating consequences for Ruritania.",
    "Freedonian economists studied the consequences of the drought in Ruritania.",
])
def test_reported_consequences_are_not_threats(nlp, text):
    assert "THREATEN" not in _types(nlp, text)


def test_not_hesitating_to_take_action_is_a_threat(nlp):
    events = _code(nlp, "Freedonia will not hesitate to take action against Ruritania.")
    threat = next(e for e in events if e.event_type == "THREATEN")
    assert not threat.negated and {e.country_code for e in threat.actor} == {"FRE"}


def test_not_hesitating_to_help_is_no_threat(nlp):
    assert "THREATEN" not in _types(nlp, "Freedonia will not hesitate to help Ruritania.")


def test_vowing_to_bring_down_a_government_is_a_threat(nlp):
    events = _code(nlp, "The rebel leader vowed to bring down the government of Ruritania.")
    assert "THREATEN" in {e.event_type for e in events}
    assert "AGREE" not in {e.event_type for e in events}


def test_pressing_on_with_an_offensive_is_no_request(nlp):
    events = _code(nlp, "Freedonia vowed to press on with the offensive against Ruritania.")
    types = {e.event_type for e in events}
    assert "REQUEST" not in types and "THREATEN" in types


def test_pressing_a_party_to_act_stays_a_request(nlp):
    events = _code(nlp, "Freedonia pressed Ruritania to release the detained sailors.")
    assert "REQUEST" in {e.event_type for e in events}


def test_authorizing_sanctions_is_a_threat(nlp):
    events = _code(nlp, "The order authorizes the Freedonian Treasury to impose sanctions on "
                        "Ruritanian officials.")
    types = [e.event_type for e in events]
    assert "THREATEN" in types and "SANCTION" not in types


def test_authorizing_aid_is_no_threat_and_keeps_the_aid(nlp):
    types = _types(nlp, "Parliament authorized the Freedonian government to send aid to "
                        "Ruritania.")
    assert "THREATEN" not in types and "AID" in types
