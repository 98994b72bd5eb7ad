"""Vocabulary round 9 (issue 9, item 5): lemma/frame entries mined from every dev set.

Each entry was chosen because its lemma and frame were missed in several development sets,
and kept because it wins more gold events than it adds spurious ones on the older union
(``scripts/lexicon_yield.py``; docs/events.md, "Vocabulary round 9"). The category follows
the codebook or the CAMEO-to-PLOVER table. Sentences are written for these tests with
fictional states; each positive case fails on the code before the round.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str, set, set]]:
    return [(e.event_type, e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize("text", [
    "The ceasefire brokered by Ruritania held for a third day along the river.",
    "Last year's prisoner swap was brokered by Ruritania after months of contacts.",
])
def test_brokering_is_mediation_by_the_broker(nlp, text):
    """CAMEO 045 "engage in mediation" is CONSULT; the broker is the actor."""
    found = _events(nlp, text)
    assert any(kind == "CONSULT" and trigger == "brokered" and actor == {"RUR"}
               for kind, trigger, actor, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Ruritania offered its condolences to Freedonia after the mine collapse.",
    "The Ruritanian president sent his deepest condolences to the Freedonian people.",
])
def test_condolences_offered_or_sent_are_support(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "SUPPORT" and "condolence" in trigger and actor == {"RUR"}
               for kind, trigger, actor, _ in found), (text, found)


def test_condolences_still_promise_nothing(nlp):
    found = _events(nlp, "Ruritania offered its condolences to Freedonia after the storm.")
    assert not any(kind == "AGREE" for kind, *_ in found), found


@pytest.mark.parametrize("text", [
    "Ruritania reaffirmed its strategic partnership with Freedonia on Monday.",
    "The Ruritanian foreign minister reiterated the alliance with Freedonia.",
])
def test_reaffirming_an_alliance_is_support(nlp, text):
    """CAMEO 051 "praise or endorse": a restated alliance endorses the partner."""
    found = _events(nlp, text)
    assert any(kind == "SUPPORT" and actor == {"RUR"} and rec == {"FRE"}
               for kind, _, actor, rec in found), (text, found)


def test_reaffirming_a_claim_is_no_support(nlp):
    found = _events(nlp, "Ruritania reaffirmed its claim to the islands near Freedonia.")
    assert not any(kind == "SUPPORT" for kind, *_ in found), found


@pytest.mark.parametrize("text", [
    "Ruritania expressed strong dissatisfaction on Friday after the Freedonian vote.",
    "Ruritania voiced its displeasure with Freedonia over the fishing quotas.",
])
def test_expressed_dissatisfaction_is_disapproval(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "ACCUSE" and actor == {"RUR"} for kind, _, actor, _ in found), (
        text, found)


def test_telling_a_party_to_act_is_a_request(nlp):
    found = _events(nlp, "Ruritanian police told the Freedonian fishermen to leave the bay.")
    assert any(kind == "REQUEST" and trigger == "told" and actor == {"RUR"}
               and rec == {"FRE"} for kind, trigger, actor, rec in found), found


def test_telling_reporters_something_is_no_request(nlp):
    found = _events(nlp, "A Ruritanian official told reporters that Freedonia was calm.")
    assert not any(kind == "REQUEST" for kind, *_ in found), found


def test_sending_an_envoy_is_a_visit(nlp):
    """CAMEO 042 "make a visit": a party visits another through its envoy."""
    found = _events(nlp, "Ruritania sent a special envoy to Freedonia on Tuesday.")
    assert ("CONSULT", "sent", {"RUR"}, {"FRE"}) in found, found


def test_an_announced_delegation_is_a_commitment(nlp):
    found = _events(nlp, "Ruritania will send a delegation to Freedonia next week.")
    assert any(kind == "AGREE" and actor == {"RUR"} for kind, _, actor, _ in found), found


@pytest.mark.parametrize("text", [
    "Three Ruritanian vessels entered Freedonian territorial waters on Sunday.",
    "Ruritanian military trucks crossed into Freedonia before dawn.",
])
def test_vessels_and_military_vehicles_entering_are_a_show_of_force(nlp, text):
    """PLOVER MOBILIZE: military moves that fall short of the use of force."""
    found = _events(nlp, text)
    assert any(kind == "MOBILIZE" and actor == {"RUR"} for kind, _, actor, _ in found), (
        text, found)


@pytest.mark.parametrize("text", [
    "A Ruritanian cargo ship entered the Freedonian port of Ostra on Sunday.",
    "Ruritanian fishing vessels entered Freedonian waters during the storm.",
])
def test_civilian_ships_or_a_port_call_are_no_show_of_force(nlp, text):
    found = _events(nlp, text)
    assert not any(kind == "MOBILIZE" for kind, *_ in found), (text, found)


def test_a_launch_of_a_missile_is_a_weapons_test(nlp):
    found = _events(nlp, "After Ruritania's failed launch of a ballistic missile on Monday, "
                         "Freedonia closed its airspace.")
    assert any(kind == "MOBILIZE" and "launch" in trigger and actor == {"RUR"}
               for kind, trigger, actor, _ in found), found


def test_announcing_aid_is_an_intent_to_give_it(nlp):
    """CAMEO 033 "express intent to provide material aid" is AGREE."""
    found = _events(nlp, "On Monday Ruritania unveiled compensation for Freedonian fishermen "
                         "whose boats sank.")
    assert any(kind == "AGREE" and trigger == "unveiled" and actor == {"RUR"}
               for kind, trigger, actor, _ in found), found


# Word senses narrowed on the spurious side (more spurious than right across the dev sets).
# "Demonstrate" meaning *show* is read by word_senses.shows_something (object, clause or
# passive subject), the one mechanism for it (tests/test_events_show_sense.py).

@pytest.mark.parametrize("text", [
    "Ruritania's disregard for the truce was plainly demonstrated by the shelling of Oster.",
    "The Freedonian report demonstrated that Ruritania had broken the accord.",
])
def test_demonstrate_meaning_show_is_no_protest(nlp, text):
    found = _events(nlp, text)
    assert not any(kind == "PROTEST" for kind, *_ in found), (text, found)


def test_demonstrating_outside_an_embassy_stays_a_protest(nlp):
    found = _events(nlp, "Hundreds of Freedonians demonstrated outside the Ruritanian embassy.")
    assert any(kind == "PROTEST" for kind, *_ in found), found


def test_a_parliament_approving_a_law_is_no_support(nlp):
    found = _events(nlp, "The Ruritanian parliament approved a law on fishing quotas.")
    assert not any(kind == "SUPPORT" for kind, *_ in found), found


def test_forcing_a_retreat_is_not_coded_as_coercion(nlp):
    found = _events(nlp, "Ruritanian troops forced the Freedonian fighters to retreat.")
    assert not any(kind == "COERCE" for kind, *_ in found), found


def test_armed_groups_fighting_for_a_cause_use_force(nlp):
    """CAMEO 190: an armed group's campaign "for" a cause is ASSAULT."""
    found = _events(nlp, "In the north, militias loyal to the old king fought for a separate "
                         "Freedonian state.")
    assert any(kind == "ASSAULT" and trigger == "fought" for kind, trigger, *_ in found), found


def test_activists_fighting_for_a_right_use_no_force(nlp):
    found = _events(nlp, "Ruritanian activists are fighting for the right to vote.")
    assert not any(kind == "ASSAULT" for kind, *_ in found), found


def test_providing_drinking_water_is_aid(nlp):
    found = _events(nlp, "Ruritania is providing safe drinking water to Freedonian villages.")
    assert any(kind == "AID" and actor == {"RUR"} for kind, _, actor, _ in found), found
