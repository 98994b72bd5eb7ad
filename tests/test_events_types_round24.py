"""The right act with the wrong type (issue 9 §4–§5, round 24).

evtype24 (docs/events.md, "Types round 24"): a "call" noun whose appeal the parse hung on
its verb ("renewed its call to X to end Y", a quoted "for X to ..." clause) is a REQUEST
from the caller to the addressee, not a telephone call; denying people necessities
("denied them medical care", "access to water") is COERCE restrict, not REJECT; a bare
conjoined verb shares the first verb's "will" / "would" ("will build on it and resume
talks": a planned meeting, AGREE). Sentences are written for these tests with fictional
states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str):
    return code_with_names(nlp, text, FICTIONAL_STATES)


def _codes(entities) -> list[str]:
    return sorted(e.country_code for e in entities if e.country_code)


def _by_text(nlp, text: str, word: str):
    return [e for e in _events(nlp, text) if e.event_text == word]


@pytest.mark.parametrize("text", [
    "The Ruritanian president renewed his call to Freedonia to end the blockade of the port.",
    "Ruritania's envoy repeated his call \"for Freedonia to withdraw its troops.\"",
    "The Ruritanian president made a call to the Freedonian government to halt the executions.",
])
def test_appeal_call_is_request(nlp, text):
    calls = _by_text(nlp, text, "call")
    assert [e.event_type for e in calls] == ["REQUEST"], [(e.event_type, e.why) for e in calls]
    assert _codes(calls[0].actor) == ["RUR"]
    if "to end" in text or "to halt" in text:
        assert _codes(calls[0].recipient) == ["FRE"]


@pytest.mark.parametrize("text", [
    "The Ruritanian president had a call with Freedonia's leader on Monday.",
    "The Ruritanian president made a phone call to Freedonia's leader on Monday.",
    "The Ruritanian president returned the call to Freedonia's leader to talk about trade.",
    "The Ruritanian president made a call to Freedonia's leader to mark the anniversary of the "
    "treaty.",
    "The Ruritanian premier placed a call to his Freedonian counterpart to ask about the "
    "missing sailors.",
])
def test_telephone_call_stays_consult(nlp, text):
    calls = [e for e in _events(nlp, text) if e.event_text in {"call", "phone call"}]
    assert [e.event_type for e in calls] == ["CONSULT"], [(e.event_type, e.why) for e in calls]


@pytest.mark.parametrize("text", [
    "Freedonian police beat the marchers and then denied them medical care.",
    "The Freedonian regime surrounded the hospital and denied them access to water.",
])
def test_denied_necessities_are_coerce(nlp, text):
    denied = _by_text(nlp, text, "denied")
    assert [(e.event_type, e.mode) for e in denied] == [("COERCE", "restrict")], [
        (e.event_type, e.why) for e in denied]


@pytest.mark.parametrize("text", [
    "Ruritania denied Freedonian inspectors access to the site.",
    "Freedonia denied the charges.",
    "Freedonia denied him a visa.",
    "The Freedonian assembly denied him the power to dismiss the cabinet.",
])
def test_other_denials_stay_reject(nlp, text):
    denied = _by_text(nlp, text, "denied")
    assert denied and all(e.event_type == "REJECT" for e in denied), [
        (e.event_type, e.why) for e in denied]


@pytest.mark.parametrize("text", [
    "\"We will study the proposal carefully and resume talks with Freedonia,\" the Ruritanian "
    "minister said.",
    "The Ruritanian ministry said the president would attend the summit in Brussels and "
    "hold bilateral talks with the Freedonian premier.",
])
def test_conjoined_planned_talks_are_agree(nlp, text):
    talks = _by_text(nlp, text, "talks")
    assert [(e.event_type, e.future) for e in talks] == [("AGREE", True)], [
        (e.event_type, e.why) for e in talks]


@pytest.mark.parametrize("text", [
    "Ruritanian and Freedonian envoys met on Monday and held talks on the border.",
    "Ruritania does not accept, nor will it ever accept, the Freedonian claim to the islands "
    "and calls on Freedonia to leave them.",
])
def test_conjoined_past_or_present_keeps_its_tense(nlp, text):
    events = _events(nlp, text)
    talks = [e for e in events if e.event_text == "talks"]
    assert all(e.event_type == "CONSULT" for e in talks), [(e.event_type, e.why) for e in talks]
    calls = [e for e in events if e.event_text == "call on"]
    assert all(not e.future for e in calls), [(e.event_type, e.future) for e in calls]


@pytest.mark.parametrize("text", [
    "We are delighted to welcome Freedonia's defence minister to our capital this week.",
    "The Ruritanian king welcomed the Freedonian delegation to the royal palace on Friday.",
    "The Ruritanian president welcomed Freedonia's prime minister to the capital on Tuesday.",
])
def test_hosted_welcome_is_a_visit(nlp, text):
    welcomes = [e for e in _events(nlp, text) if e.event_text.startswith("welcome")]
    assert [(e.event_type, e.mode) for e in welcomes] == [("CONSULT", "visit")], [
        (e.event_type, e.why) for e in welcomes]
    assert _codes(welcomes[0].actor) == ["FRE"]  # the visitor -> the host
    if "Ruritanian" in text:
        assert _codes(welcomes[0].recipient) == ["RUR"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Local leaders said they welcome the Freedonian troops for bringing security.", "SUPPORT"),
    ("Ruritania welcomed Freedonia's decision to free the prisoners.", "SUPPORT"),
    ("The Ruritanian president welcomed the Freedonian foreign minister back to the "
     "negotiating table.", "SUPPORT"),
    ("The Ruritanian premier said he looked forward to welcoming the president of Freedonia "
     "to Ruritania next year.", "AGREE"),
])
def test_approval_and_planned_welcome_stay(nlp, text, expected):
    welcomes = [e for e in _events(nlp, text) if e.event_text.startswith("welcom")]
    assert [e.event_type for e in welcomes] == [expected], [(e.event_type, e.why) for e in welcomes]
