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
    ("It is with sorrow that Ruritania regrets that Freedonian negotiators walked out.",
     "Ruritania regretted its error and apologized to Freedonia."),
])
def test_regretting_another_partys_act_is_disapproval(nlp, text, own):
    types = [t for t, _ in _types(nlp, text)]
    assert "ACCUSE" in types and "CONCEDE" not in types, types
    assert next(t for t, _ in _types(nlp, own)) == "CONCEDE"  # one's own act: a concession


def test_the_party_whose_act_is_regretted_is_the_recipient(nlp):
    text = ("Ruritania said it regretted that the Freedonian navy had once again ignored its "
            "warnings.")
    accusations = [e for e in code_with_names(nlp, text, FICTIONAL_STATES)
                   if e.event_type == "ACCUSE"]
    assert len(accusations) == 1, accusations
    assert [a.country_code for a in accusations[0].actor] == ["RUR"]
    assert [r.country_code for r in accusations[0].recipient] == ["FRE"]  # the clause's subject


@pytest.mark.parametrize(("text", "material"), [
    ("In a statement, Freedonia said Ruritania had given it diplomatic support throughout "
     "the dispute.", "Ruritania gave logistical support to Freedonia throughout the dispute."),
    ("Moral support was given to Freedonia by Ruritania.",
     "Ruritania provides support and weapons to Freedonia."),
])
def test_non_material_support_given_is_support(nlp, text, material):
    events = code_with_names(nlp, text, FICTIONAL_STATES)
    assert [e.event_type for e in events] == ["SUPPORT"], events
    assert {a.country_code for a in events[0].actor} == {"RUR"}
    assert [t for t, _ in _types(nlp, material)] == ["AID"]  # material help stays AID


@pytest.mark.parametrize("text", [
    "Freedonian soldiers blocked the road to the Ruritanian border.",
    "Freedonian troops seized the bridge and blocked the coastal highway.",
    "Ruritanian police kept blocking the motorway to the port for a third day.",
])
def test_forces_blocking_roads_coerce(nlp, text):
    types = [t for t, _ in _types(nlp, text)]
    assert "COERCE" in types and "PROTEST" not in types, types
    crowd = "Thousands of Freedonian farmers blocked roads to protest against Ruritania."
    assert "PROTEST" in [t for t, _ in _types(nlp, crowd)]  # civilians still protest


@pytest.mark.parametrize("text", [
    "More than 4,300 Ruritanian troops have been wounded in the decade-long insurgency in "
    "Freedonia.",
    "Five Ruritanian engineers have been wounded since work on the Freedonian dam began.",
    "At least 60 Freedonian soldiers have been wounded so far.",
    "More than 200 Freedonians have been killed over the past 19 days, Ruritania said.",
])
def test_a_casualty_count_over_a_period_is_no_attack(nlp, text):
    assert "ASSAULT" not in [t for t, _ in _types(nlp, text)]
    for one_attack in ("Three Ruritanian soldiers have been killed by Freedonian shelling.",
                       "Two Ruritanian guards have been killed in a Freedonian ambush near "
                       "the border.", "Over the past month, 17 Freedonian sailors have been "
                       "injured in a Ruritanian blockade operation."):
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


#: People who only gather, with no protest and no body they belong to.
_FLOOD_CROWD = ("Fleeing the floods, families from three Freedonian valleys gathered in a "
                "Ruritanian school.")
#: An invented body for the meeting test, beside the fictional states.
_WITH_BODY = {**FICTIONAL_STATES, "Coastal Cooperation Council": ("IGO", "ORG")}


def test_a_crowd_that_only_gathers_holds_no_consultation(nlp):
    types = [t for t, _ in _types(nlp, _FLOOD_CROWD)]
    assert "CONSULT" not in types, types


@pytest.mark.parametrize(("text", "actor"), [
    ("Members of the Ruritanian parliament gathered in a committee room late on Friday to weigh a "
     "reply to Freedonia.", "RUR"),
    ("Dozens of members of the Coastal Cooperation Council gathered at a hotel in Port Vale.",
     "IGO"),
])
def test_members_of_a_body_who_gather_meet(nlp, text, actor):
    events = code_with_names(nlp, text, _WITH_BODY)
    assert [e.event_type for e in events] == ["CONSULT"], events  # a body's members: no crowd
    assert [a.country_code for a in events[0].actor] == [actor]
    assert "CONSULT" not in [t for t, _ in _types(nlp, _FLOOD_CROWD)]  # only gathering: no talks


@pytest.mark.parametrize("text", [
    "Freedonian leaders were told on Sunday that Ruritania would never permit their militias "
    "to destabilize its northern provinces.",
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
