"""Modality by type (issue 9, codebook auxiliary modes): conditions and purposes name no act,
hostile acts announced under a condition are threats, refused cooperation is a REJECT,
and "not only ... but also" negates nothing.

Sentences are written for these tests; entities come from a small name table so that the
tests check the event rules, not the actors stage.
"""

from __future__ import annotations

import datetime as dt

from name_table import name_entities
from wirecoder.events import code_events, load_lexicon

PUBLISHED = dt.date(2025, 3, 1)
NAMES = {
    "Ghana": ("GHA", "GPE"), "Togo": ("TGO", "GPE"), "Ecuador": ("ECU", "GPE"),
    "Colombia": ("COL", "GPE"), "Serbia": ("SRB", "GPE"), "Kosovo": ("XKX", "GPE"),
    "Norway": ("NOR", "GPE"), "Sweden": ("SWE", "GPE"), "Brazil": ("BRA", "GPE"),
    "Israel": ("ISR", "GPE"), "Venezuela": ("VEN", "GPE"), "Guyana": ("GUY", "GPE"),
    "Latvia": ("LVA", "GPE"), "Belarus": ("BLR", "GPE"), "Chad": ("TCD", "GPE"),
    "Sudan": ("SDN", "GPE"),
}


def _code(nlp, text: str):
    return code_events(nlp(text), load_lexicon(), name_entities(text, NAMES), story_id="t",
                       published=PUBLISHED)


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


def test_act_inside_an_if_clause_is_no_event(nlp):
    events = _code(nlp, "If Ecuador expels the Colombian envoy, Colombia will respond.")
    assert "SANCTION" not in _types(events) and "COERCE" not in _types(events)


def test_act_inside_an_unless_clause_is_no_event(nlp):
    events = _code(nlp, "Sweden will cut aid to Chad unless Chad releases the activists.")
    assert "RETREAT" not in _types(events)


def test_hostile_act_under_a_condition_is_a_threat_against_the_condition_subject(nlp):
    events = _code(nlp, "Ghana will boycott the summit unless Togo frees the detainees.")
    assert _types(events) == ["THREATEN"]
    threat = events[0]
    assert threat.mode == "restrict" and not threat.future and not threat.hypothetical
    assert _codes(threat.actor) == {"GHA"} and _codes(threat.recipient) == {"TGO"}


def test_refusal_to_renew_an_agreement_is_a_reject(nlp):
    events = _code(nlp, "Norway will not renew the fishing agreement with Sweden.")
    assert _types(events) == ["REJECT"]
    reject = events[0]
    assert not reject.negated and not reject.future
    assert _codes(reject.actor) == {"NOR"} and _codes(reject.recipient) == {"SWE"}


def test_never_recognising_a_state_is_a_reject(nlp):
    events = _code(nlp, "Serbia will never recognise Kosovo.")
    assert [(e.event_type, e.negated) for e in events] == [("REJECT", False)]
    assert _codes(events[0].recipient) == {"XKX"}


def test_not_only_but_also_negates_nothing(nlp):
    events = _code(nlp, "Brazil not only condemned the raid but also recalled its "
                        "ambassador from Israel.")
    assert {e.event_type for e in events} >= {"ACCUSE", "SANCTION"}
    assert not any(e.negated for e in events)


def test_plain_negation_still_negates(nlp):
    events = _code(nlp, "Brazil did not condemn the raid.")
    assert [(e.event_type, e.negated) for e in events] == [("ACCUSE", True)]


def test_purpose_clause_produces_no_event(nlp):
    events = _code(nlp, "Venezuela published maps to back up its claim against Guyana.")
    assert "SUPPORT" not in _types(events)


def test_attempted_attack_is_still_an_attack(nlp):
    events = _code(nlp, "Sudan tried to storm the border post held by Chad.")
    assert "ASSAULT" in _types(events)


def test_planned_meeting_is_an_agreement_flagged_future(nlp):
    events = _code(nlp, "The president of Latvia will meet the leader of Belarus in May.")
    agree = next(e for e in events if e.event_type == "AGREE")
    assert agree.future and _codes(agree.actor) == {"LVA", "BLR"}


# --- demands: "X must / should do Y" (sentences written for the test) --------------------

def test_an_act_a_state_must_do_is_a_demand_not_the_act():
    import wirecoder

    text = "We condemn the raid. Iran should release the detained sailors immediately."
    a = wirecoder.analyze(text, published="2023-06-01", url="https://www.state.gov/x")
    [demand] = [e for e in a.events if "demanded-" in (e.why or "")]
    assert demand.event_type == "REQUEST"
    assert {e.country_code for e in demand.recipient} == {"IRN"}
    assert {e.country_code for e in demand.actor} == {"USA"}
    assert not [e for e in a.events if e.event_type == "RETREAT"]


def test_a_demand_on_oneself_is_no_event_and_a_passive_is_left_alone():
    import wirecoder

    own = wirecoder.analyze("We condemn the raid. We must do more to help Sudan.",
                            published="2023-06-01", url="https://www.state.gov/x")
    assert not [e for e in own.events if "demanded-" in (e.why or "")]
    passive = wirecoder.analyze("Russia should be held accountable for its crimes.",
                                published="2023-06-01")
    assert not [e for e in passive.events if "demanded-" in (e.why or "")]


def test_a_demand_keeps_the_context_of_the_demanded_act():
    import wirecoder

    a = wirecoder.analyze("We condemn the raid. Russia must withdraw its troops from Ukraine.",
                          published="2023-06-01", url="https://www.state.gov/x")
    [demand] = [e for e in a.events if "demanded-" in (e.why or "")]
    assert (demand.event_type, demand.mode) == ("REQUEST", "yield")
    assert "military" in demand.context
