"""Alleged backing and diplomatic expulsions (issue 9 §3–4, round 22).

evprec22 (docs/events.md, "Alleged backing and expulsions of envoys, round 22"): a party's
claim that another backs, arms or funds an armed group is that party's accusation (ACCUSE),
not the backer's SUPPORT or AID (guideline 2, codebook ACCUSE allege); expelling a high
commissioner, or a person named under a diplomatic title ("expel Ambassador X"), is SANCTION
expel, not a deportation. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str, list, list]]:
    return [(e.event_type, e.event_text, sorted(a.country_code or "-" for a in e.actor),
             sorted(r.country_code or "-" for r in e.recipient))
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [t for t, *_ in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Officials in Ruritania have claimed that Freedonia is backing the rebels in the north.",
    "Ruritania says it is ready to fight rebels it says are backed by Freedonia.",
    "The Ruritanian army cannot disarm militias allegedly funded by Freedonia.",
])
def test_an_alleged_backing_is_no_support(nlp, text):
    types = _types(nlp, text)
    assert "SUPPORT" not in types and "AID" not in types, _events(nlp, text)


def test_the_reporter_accuses_the_backer(nlp):
    text = "Ruritania says it is ready to fight rebels it says are backed by Freedonia."
    assert ("ACCUSE", "says", ["RUR"], ["FRE"]) in _events(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    # a backing stated as fact, not as somebody's claim
    ("The Ruritanian party, which backs the rebels, left the talks with Freedonia on Monday.",
     "SUPPORT"),
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
    "The move followed a decision by the Ruritanian military to expel Freedonia's high "
    "commissioner.",
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
    text = ('"We call upon Freedonia to immediately end any support to the rebels," the '
            "Ruritanian foreign minister said.")
    events = _events(nlp, text)
    assert "ACCUSE" not in [t for t, *_ in events], events
