"""Alleged backing and diplomatic expulsions (issue 9 §3–4, round 22).

evprec22 (docs/events.md, "Alleged backing and expulsions of envoys, round 22"): a party's
claim that another backs, arms or funds an armed group is that party's accusation (ACCUSE),
not the backer's SUPPORT or AID (guideline 2, codebook ACCUSE allege); expelling a high
commissioner, or a person named under a diplomatic title ("expel Ambassador X"), is SANCTION
expel, not a deportation. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, TEST_DAY, code_with_names, name_entities
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity


def _events(nlp, text: str) -> list[tuple[str, str, list, list]]:
    return [(e.event_type, e.event_text, sorted(a.country_code or "-" for a in e.actor),
             sorted(r.country_code or "-" for r in e.recipient))
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [t for t, *_ in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Officials in Ruritania have claimed that Freedonia is backing the rebels in the north.",
    "The militants, who Ruritania says are funded by Freedonia, attacked a convoy.",
    "Border towns were raided by guerrillas allegedly financed by Freedonia.",
])
def test_an_alleged_backing_is_no_support(nlp, text):
    types = _types(nlp, text)
    assert "SUPPORT" not in types and "AID" not in types, _events(nlp, text)


def test_the_reporter_accuses_the_backer(nlp):
    text = "The militants, who Ruritania says are funded by Freedonia, attacked a convoy."
    assert ("ACCUSE", "says", ["RUR"], ["FRE"]) in _events(nlp, text)


def test_a_charge_told_to_an_audience_is_an_accusation(nlp):
    # rfprec22: "told" was taken for a demand (a spaCy token compared with ``is``)
    text = "Ruritania's president told lawmakers that Freedonia is funding the militants."
    events = _events(nlp, text)
    assert ("ACCUSE", "told", ["RUR"], ["FRE"]) in events, events
    assert "AID" not in [t for t, *_ in events], events


def test_a_denied_belief_is_no_accusation(nlp):
    # rfprec22: a negation between the backing and the reporting verb
    text = "Ruritania said it did not believe that Freedonia backs the militants."
    assert "ACCUSE" not in _types(nlp, text), _events(nlp, text)


def test_each_accuser_keeps_its_charge(nlp):
    # rfprec22: an ACCUSE by one party in the sentence does not swallow the other's
    text = ("Ruritania says Freedonia backs the militants, but Freedonia says Ruritania "
            "supports the guerrillas.")
    events = _events(nlp, text)
    accusations = {(a[0], r[0]) for t, _, a, r in events if t == "ACCUSE" and a and r}
    assert accusations == {("RUR", "FRE"), ("FRE", "RUR")}, events


def test_support_for_a_fight_against_an_armed_group_stays(nlp):
    # rfprec22: an armed group the backing is directed against is no party backed
    text = "Ruritania said Freedonia backs the campaign against the militants in the hills."
    names = name_entities(text, FICTIONAL_STATES)
    start = text.index("the militants")
    group = Entity(raw_text="the militants", entity_name="militants", sector_code="REB",
                   kind="NORP", start=start, end=start + len("the militants"), sentence=0)
    events = code_events(nlp(text), load_lexicon(), [*names, group], story_id="t",
                         published=TEST_DAY)
    types = [e.event_type for e in events]
    assert "SUPPORT" in types and "ACCUSE" not in types, events


@pytest.mark.parametrize(("text", "kept"), [
    # a backing stated as fact, not as somebody's claim
    ("The Freedonian faction, which funds the militants, walked out of the meeting with "
     "Ruritania.", "AID"),
    # a party stating its own backing makes no charge
    ("Ruritania said it supports the Freedonian rebels in their struggle.", "SUPPORT"),
    # the backing of a government is no charge
    ("Ruritania said Freedonia is supporting the new government in the capital.", "SUPPORT"),
])
def test_other_backings_stay(nlp, text, kept):
    events = _events(nlp, text)
    assert kept in [t for t, *_ in events] and "ACCUSE" not in [t for t, *_ in events], events


@pytest.mark.parametrize("text", [
    "Ruritania expelled the Freedonian high commissioner on Tuesday.",
    "Freedonia's high commissioner was expelled by Ruritania after the vote.",
    "Ruritania decided to expel Ambassador John Miller of Freedonia for meddling.",
])
def test_an_envoy_expelled_is_a_sanction(nlp, text):
    types = _types(nlp, text)
    assert "SANCTION" in types and "COERCE" not in types, _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritania expelled hundreds of Freedonian migrants.",
    "Ruritania deported John Miller, a Freedonian labourer, last week.",
])
def test_people_expelled_stay_a_deportation(nlp, text):
    types = _types(nlp, text)
    assert "COERCE" in types and "SANCTION" not in types, _events(nlp, text)


def test_a_demand_to_end_a_backing_is_no_charge(nlp):
    text = ("Freedonia has to halt its backing of the rebels at once, a Ruritanian envoy "
            "told the council.")
    events = _events(nlp, text)
    assert "ACCUSE" not in [t for t, *_ in events], events
