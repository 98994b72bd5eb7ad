"""Readings that pick another PLOVER type than the trigger's entry (issue 9, round 12, evtype12).

Round 12 counted wrong-type events on the development sets (docs/events.md, "Types round
12"). These tests cover the classes fixed by the codebook: regretting another party's act is
ACCUSE, not CONCEDE; non-material support is SUPPORT, not AID; forces blocking roads
COERCE, they do not PROTEST; a casualty count over a period is a statistic (no ASSAULT); a
crowd that gathers before a building of authority protests, it does not CONSULT; "will not
allow X to undermine" warns X off (THREATEN), it refuses nothing; an exercise held with a
partner is COOPERATE (events guideline 12).
Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _types(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text) for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "own"), [
    ("We deeply regret that the Freedonian parliament refused to ratify the treaty, the "
     "Ruritanian minister said.", "Ruritania regrets that it fired on the Freedonian boat."),
    ("Ruritania regrets the Freedonian army's raid on the village.",
     "Ruritania regretted its error and apologized to Freedonia."),
])
def test_regretting_another_partys_act_is_disapproval(nlp, text, own):
    types = [t for t, _ in _types(nlp, text)]
    assert "ACCUSE" in types and "CONCEDE" not in types, types
    assert next(t for t, _ in _types(nlp, own)) == "CONCEDE"  # one's own act: a concession


@pytest.mark.parametrize(("text", "material"), [
    ("Ruritania provided political support to Freedonia on Monday.",
     "Ruritania provided military support to Freedonia on Monday."),
    ("Ruritania extended its full support to the Freedonian government.",
     "Ruritania provides support and weapons to Freedonia."),
])
def test_non_material_support_given_is_support(nlp, text, material):
    events = code_with_names(nlp, text, FICTIONAL_STATES)
    assert [e.event_type for e in events] == ["SUPPORT"], events
    assert {a.country_code for a in events[0].actor} == {"RUR"}
    assert [t for t, _ in _types(nlp, material)] == ["AID"]  # material help stays AID


@pytest.mark.parametrize("text", [
    "Freedonian soldiers blocked the road to the Ruritanian border.",
    "Freedonian rebels continue to block roads into the town, preventing Ruritanian aid "
    "from arriving.",
])
def test_forces_blocking_roads_coerce(nlp, text):
    types = [t for t, _ in _types(nlp, text)]
    assert "COERCE" in types and "PROTEST" not in types, types
    crowd = "Thousands of Freedonian farmers blocked roads to protest against Ruritania."
    assert "PROTEST" in [t for t, _ in _types(nlp, crowd)]  # civilians still protest


@pytest.mark.parametrize("text", [
    "Some 900 Freedonian civilians have been killed in the four-year conflict with Ruritania.",
    "Twelve Ruritanian monitors have been killed in Freedonia since the observer force arrived.",
    "At least 60 Freedonian soldiers have been wounded so far.",
    "More than 200 Freedonians have been killed over the past three weeks, Ruritania said.",
])
def test_a_casualty_count_over_a_period_is_no_attack(nlp, text):
    assert "ASSAULT" not in [t for t, _ in _types(nlp, text)]
    for one_attack in ("Three Ruritanian soldiers have been killed by Freedonian shelling.",
                       "Two Ruritanian guards have been killed in a Freedonian ambush near "
                       "the border.", "Ruritanian commanders say no Freedonian villagers have "
                       "been killed in their offensive during the last several weeks."):
        assert "ASSAULT" in [t for t, _ in _types(nlp, one_attack)]


@pytest.mark.parametrize("text", [
    "Dozens of Freedonian students gathered outside the Ruritanian embassy on Monday.",
    "Supporters of the Freedonian opposition gathered to demand the release of two activists "
    "held by Ruritania.",
])
def test_a_crowd_gathering_before_authority_protests(nlp, text):
    types = [t for t, _ in _types(nlp, text)]
    assert "PROTEST" in types and "CONSULT" not in types, types
    talks = "Ruritanian and Freedonian foreign ministers gathered in Geneva for talks."
    assert "CONSULT" in [t for t, _ in _types(nlp, talks)]  # officials still meet


def test_a_crowd_that_only_gathers_holds_no_consultation(nlp):
    text = ("Thousands of Freedonian villagers had gathered near the border after Ruritanian "
            "shelling.")
    types = [t for t, _ in _types(nlp, text)]
    assert "CONSULT" not in types, types


@pytest.mark.parametrize("text", [
    "Ruritania will not allow Freedonia to undermine its security, the minister said.",
    "Freedonia would never let Ruritanian militias threaten its border towns.",
])
def test_warning_another_party_off_a_hostile_act_threatens(nlp, text):
    types = [t for t, _ in _types(nlp, text)]
    assert "THREATEN" in types and "REJECT" not in types, types
    refusal = "Ruritania will not allow the Freedonian detainees to leave."
    assert [t for t, _ in _types(nlp, refusal)] == ["REJECT"]  # a refused release


def test_an_exercise_held_with_a_partner_is_cooperation(nlp):
    types = [t for t, _ in _types(nlp, "Ruritania held a naval exercise with Freedonia in the "
                                       "gulf.")]
    assert types == ["COOPERATE"], types
    alone = "Ruritania conducted a military exercise near the Freedonian border."
    assert [t for t, _ in _types(nlp, alone)] == ["MOBILIZE"]  # one state's drill
