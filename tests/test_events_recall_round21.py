"""Recall round 21 (issue 9): breaches written as nouns, armed units advancing or surrounding.

The round-20 judgement and the open golds miss charges written as a noun of breach ("the
launch was a violation of U.N. resolutions", "built a post in violation of the border
accord"), armed units' moves written as "advanced on", "surrounded", and armed raids coded
as seizures (docs/events.md, "Recall round 21"). The speaker of a breach is the accuser, the
author of the act judged the recipient; armed units that advance or surround are MOBILIZE
(codebook: "all military or police moves that fall short of the actual use of force"); a
raid on a military target or a ship, or by armed men, is ASSAULT.

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED
from events_helpers import event_roles as _roles
from wirecoder.settings import Settings

CHOOSERS = ("rules", "learned")


def _types(text: str) -> list[str]:
    return [e.event_type for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize(("text", "category", "actor", "recipient"), [
    # a noun of breach after a copula: the subject's author is charged by the speaker
    ("Uruguay's foreign minister said Paraguay's rocket launch was a violation of the "
     "river treaty.", "ACCUSE", {"URY"}, {"PRY"}),
    ('"The shelling of our farms by Paraguayan gunners is a flagrant breach of the truce," '
     "the Uruguayan defense minister said.", "ACCUSE", {"URY"}, {"PRY"}),
    # "in violation of" on a clause: its subject is charged
    ("Uruguay said Paraguayan troops built a watchtower in violation of the 1998 border "
     "accord.", "ACCUSE", {"URY"}, {"PRY"}),
    # armed units advancing on or surrounding a place
    ("Paraguayan troops advanced on the last stronghold of the Uruguayan rebels.",
     "MOBILIZE", {"PRY"}, {"URY"}),
    ("Paraguayan soldiers have surrounded the state broadcast center.", "MOBILIZE", {"PRY"},
     set()),
])
def test_breaches_and_moves(text: str, category: str, actor: set[str],
                            recipient: set[str], chooser: str) -> None:
    assert _roles(text, category, chooser) == (actor, recipient)


@pytest.mark.parametrize("text", [
    # nobody charges: a reporter's own words
    "Paraguayan troops built a watchtower in violation of the 1998 border accord.",
    # denied breach
    "Uruguay's foreign ministry said the Paraguayan patrol was not a violation of the truce.",
    # a breach of what binds no party (a domestic rule, a sports rule)
    "Uruguay's coach said the Paraguayan tackle was a violation of the rules.",
    # the breach inside a condemnation: one judgement, the condemnation
    '"We condemn the fact that Paraguay moved the posts in violation of the truce," the '
    "Uruguayan spokeswoman said.",
    # the judge's own act
    "Uruguay's president said Uruguay's rocket launch was a violation of the river treaty.",
])
def test_breaches_that_charge_nobody(text: str) -> None:
    events = wirecoder.analyze(text, published=PUBLISHED).events
    assert not [e for e in events if e.event_type == "ACCUSE" and "accuse.breach" in e.why]


@pytest.mark.parametrize("text", [
    "The talks advanced slowly in Montevideo.",
    "Paraguay's national team advanced to the final.",
    "Paraguayan police surrounded the home of the opposition leader.",
    "Thousands of protesters surrounded the parliament in Asuncion.",
])
def test_moves_that_are_no_military_move(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize(("text", "category"), [
    ("Uruguay said Paraguayan troops raided a Uruguayan military outpost on Sunday.", "ASSAULT"),
    ("Paraguayan commandos raided the cargo ship off the coast of Uruguay.", "ASSAULT"),
    # police raids of homes and offices stay seizures (COERCE)
    ("Paraguayan police raided the homes of Uruguayan journalists.", "COERCE"),
    # retaking a place: "retook" is not lemmatized by the parser, "reclaim" territory
    ("Uruguayan rebels retook the Paysandu district on Thursday.", "ASSAULT"),
    ("Paraguayan troops reclaimed territory lost to the Uruguayan rebels.", "ASSAULT"),
])
def test_raids(text: str, category: str) -> None:
    types = _types(text)
    assert category in types
    assert ({"ASSAULT", "COERCE"} - {category}).isdisjoint(types)


# Review fixes (revrecall21): the judge of a breach is the speaker, never the other party of
# the broken agreement; abstract "advance"; police raids; generic binding words.

def _accusations(text: str, chooser: str) -> list[tuple[set[str], set[str]]]:
    found = wirecoder.analyze(text, published=PUBLISHED,
                              settings=Settings(argument_chooser=chooser)).events
    return [({a.country_code for a in e.actor}, {r.country_code for r in e.recipient})
            for e in found if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("chooser", CHOOSERS)
@pytest.mark.parametrize("text", [
    # the speaker's own troops, the agreement made with a third party: no charge
    "Paraguay's army said Paraguayan gunners fired across the river in breach of the 2011 "
    "truce with Bolivia.",
    # a defense ministry about its own soldiers is the same side
    "Uruguay's defense minister said Uruguayan soldiers acted in breach of the ceasefire "
    "agreement with Paraguay.",
    "Uruguay's defense minister said Uruguayan soldiers acted in breach of the ceasefire "
    "agreement.",
])
def test_breach_by_own_side_with_third_party(text: str, chooser: str) -> None:
    assert _accusations(text, chooser) == []


@pytest.mark.parametrize("chooser", CHOOSERS)
def test_breach_judge_is_speaker_not_party_of_agreement(chooser: str) -> None:
    text = ("Uruguay's foreign minister said Paraguayan gunners fired across the river in "
            "breach of the ceasefire with Bolivia.")
    assert _accusations(text, chooser) == [({"URY"}, {"PRY"})]


@pytest.mark.parametrize("text", [
    "Paraguayan rebels advanced the idea of talks with the Uruguayan government.",
    "Paraguayan troops advanced the timetable of their withdrawal, Asuncion said.",
    "The Uruguayan army surrounded itself with loyal officers, the opposition said.",
])
def test_abstract_advance_and_reflexive_surround_are_no_move(text: str) -> None:
    assert "MOBILIZE" not in _types(text)


@pytest.mark.parametrize("text", [
    "Paraguayan troops advanced 12 kilometers toward the Uruguayan border town.",
    "Paraguayan troops advanced within 40 kilometers of Montevideo.",
])
def test_advance_toward_place_is_move(text: str) -> None:
    assert "MOBILIZE" in _types(text)


@pytest.mark.parametrize("text", [
    "Paraguayan police raided a village used by smugglers.",
    "A village near the Uruguayan border was raided by Paraguayan police.",
])
def test_police_raids_on_villages_stay_seizures(text: str) -> None:
    types = _types(text)
    assert "COERCE" in types
    assert "ASSAULT" not in types


@pytest.mark.parametrize("text", [
    "The Uruguayan labour ministry said the dismissals were a violation of the provisions "
    "of the labour code.",
    "A Paraguayan court said the senator's trip abroad was a violation of the terms of his "
    "bail.",
    "The Uruguayan senator said the mayor's remarks were a breach of his promise to voters.",
    "Paraguayan officials said the delay was a violation of the spirit of cooperation with "
    "Uruguay.",
])
def test_domestic_binding_words_charge_nobody(text: str) -> None:
    events = wirecoder.analyze(text, published=PUBLISHED).events
    assert not [e for e in events if "accuse.breach" in e.why]


def test_terms_of_an_accord_still_charge() -> None:
    text = ("Uruguay said Paraguay's troop build-up was a violation of the terms of the river "
            "accord.")
    assert _roles(text, "ACCUSE", "rules") == ({"URY"}, {"PRY"})


def test_party_reclaiming_a_council_is_no_assault() -> None:
    assert "ASSAULT" not in _types(
        "The Uruguayan Labour Party reclaimed control of the city council from the Greens.")


def test_talks_on_terms_of_a_truce_stay_talks() -> None:
    types = _types("Uruguayan mediators held talks with a Paraguayan delegation on the terms of "
                   "a lasting truce.")
    assert "CONSULT" in types
    assert "RETREAT" not in types
