"""Spurious events that recur across the development sets (issue 9 §3–4, round 13, evprec13).

An attack and its toll told in one sentence are one act: "an attack that killed four
guards" or "struck a market, killing eleven" is a single ASSAULT, not an attack plus a
killing plus a wounding (docs/events.md, "Precision round 13"). A toll told on its own, or
in another sentence than the attack, stays an event. A restrictive present clause that
names a party by what it habitually does ("companies that supply fuel to the junta",
"fighters backing the general") describes the party; it reports no act. A meeting noun
that only dates, explains or aims at another act ("doubled since the state visit",
"through talks") is not a CONSULT; a meeting told as held ("held talks", "at a meeting")
or with a date of its own is. After review (fixprec13): a killing by another party beside
an attack stays its own ASSAULT, a clause with its own date and a meeting participle are
no description, and two sentences that echoed development text were rewritten. Sentences
are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _assaults(nlp, text: str) -> list[str]:
    return [e.event_text for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "ASSAULT"]


@pytest.mark.parametrize("text", [
    "Ruritania denounced the weekend bombing of a bus station, which killed nine Freedonian "
    "pilgrims.",
    "Ruritanian commandos carried out three strikes on Freedonian supply depots overnight, "
    "killing twelve people.",
    "A Freedonian suicide bomber struck a market in the Ruritanian capital, killing eleven "
    "shoppers.",
    "Ruritania condemned the Freedonian air raid on the refugee camp, which wounded dozens of "
    "children.",
])
def test_an_attack_and_its_toll_in_one_sentence_are_one_assault(nlp, text):
    assert len(_assaults(nlp, text)) == 1, _assaults(nlp, text)


@pytest.mark.parametrize("text", [
    "Four Ruritanian guards were killed on Sunday near the border with Freedonia.",
    "Freedonian troops shot dead two Ruritanian fishermen last week.",
])
def test_a_toll_told_alone_stays_an_assault(nlp, text):
    assert len(_assaults(nlp, text)) == 1, _assaults(nlp, text)


def test_the_kept_event_is_the_one_that_names_its_parties(nlp):
    text = "The ambush happened on Friday, when Freedonian snipers killed four Ruritanian guards."
    events = [e for e in code_with_names(nlp, text, FICTIONAL_STATES)
              if e.event_type == "ASSAULT"]
    assert len(events) == 1, events
    assert [a.country_code for a in events[0].actor] == ["FRE"]
    assert [r.country_code for r in events[0].recipient] == ["RUR"]


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "absent"), [
    ("Ruritania will freeze the assets of companies that supply fuel to the Freedonian junta.",
     "AID"),
    ("Groups that oppose the Freedonian treaty marched through the Ruritanian capital.",
     "ACCUSE"),
    ("Ruritania listed the Freedonian banks that finance the militia as targets of its "
     "embargo.", "AID"),
])
def test_a_clause_naming_a_party_by_its_trait_is_no_act(nlp, text, absent):
    assert absent not in _types(nlp, text), _types(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    ("Freedonia, which backs the Ruritanian opposition, denied the report.", "SUPPORT"),
    ("Freedonian troops battling the Ruritanian rebels advanced on Monday.", "ASSAULT"),
    ("In a communique denouncing the Ruritanian tariff, Freedonia recalled its trade attache.",
     "ACCUSE"),
])
def test_a_clause_that_adds_news_or_a_physical_act_stays(nlp, text, kept):
    assert kept in _types(nlp, text), _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritanian grain sales to Freedonia have doubled since the king's state visit.",
    "Freedonia hopes to end its dispute with Ruritania through talks rather than arms.",
])
def test_a_meeting_that_dates_or_explains_another_act_is_no_consult(nlp, text):
    assert "CONSULT" not in _types(nlp, text), _types(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritanian and Freedonian envoys held talks in Lisbon on Thursday.",
    "The Ruritanian minister spoke at a meeting with Freedonian officials.",
    "After a meeting with Freedonian envoys, the Ruritanian minister said the deal was close.",
])
def test_a_meeting_told_as_held_stays_consult(nlp, text):
    assert "CONSULT" in _types(nlp, text), _types(nlp, text)


#: The fictional states of these tests and a third one, for a killing by another party.
_THREE_STATES = {**FICTIONAL_STATES, "Fenwickian": ("GFW", "NORP")}


@pytest.mark.parametrize(("text", "dyads"), [
    ("While Ruritanian artillery shelled a Freedonian radar station, three Ruritanian sailors "
     "were killed by Fenwickian gunmen off the coast.", {("RUR", "FRE"), ("GFW", "RUR")}),
    ("Fenwickian rebels killed two Freedonian monks in the hills on Sunday as Ruritanian jets "
     "bombed rebel camps farther south.", {("GFW", "FRE"), ("RUR", "")}),
])
def test_a_killing_by_another_party_beside_an_attack_stays_its_own_assault(nlp, text, dyads):
    events = [e for e in code_with_names(nlp, text, _THREE_STATES) if e.event_type == "ASSAULT"]
    got = {("".join(a.country_code or "" for a in e.actor),
            "".join(r.country_code or "" for r in e.recipient)) for e in events}
    assert got == dyads, got


def test_a_toll_in_a_clause_on_the_attack_still_folds(nlp):
    text = ("The Freedonian shelling of a Ruritanian ferry, which killed six deckhands and "
            "hurt a dozen passengers, drew a protest from the harbour master.")
    assert len(_assaults(nlp, text)) == 1, _assaults(nlp, text)


@pytest.mark.parametrize("text", [
    "Freedonia gave a medal to the Ruritanian general visiting its capital on Friday.",
    "Rain delayed the Freedonian mediators negotiating with Ruritania over the dam.",
    "Ruritania has opened four consulates in Freedonia after the state visit of the "
    "Freedonian king in September.",
])
def test_a_dated_or_ongoing_meeting_in_a_clause_or_phrase_stays_consult(nlp, text):
    assert "CONSULT" in _types(nlp, text), _types(nlp, text)
