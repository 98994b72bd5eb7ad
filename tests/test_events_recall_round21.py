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
