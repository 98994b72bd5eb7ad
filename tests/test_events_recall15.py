"""Recall round 15: warnings that are threats by their form, and disapproving namings.

Two classes the analysts of the development sets code and the coder missed on many sets
(docs/events.md, "Recall round 15: the analyst's misses"):

- a warning addressed to a party and telling it what to do, or a warning of what will follow,
  is THREATEN although its content names no hostile act (``events/warnings.py``);
- naming a party or its act with a word of disapproval ("described the raid as piracy",
  "branded the blockade a violation") is ACCUSE (``events/epithets.py``).

Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.events.stage import code_events, load_lexicon


def _events(nlp, text: str) -> list[tuple[str, set, set, str]]:
    events = code_events(nlp(text), load_lexicon(), name_entities(text, FICTIONAL_STATES),
                         story_id="t", published=TEST_DAY)
    return [(e.event_type, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient}, e.event_text) for e in events]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("The Ruritanian navy cautioned the Freedonian trawlers to leave the disputed shoals "
     "by Friday.", "RUR", "FRE"),
    ("Over the weekend Freedonia warned Ruritanian shipping firms that their permits would "
     "lapse at the end of the month.", "FRE", "RUR"),
])
def test_a_warning_addressed_to_a_party_is_a_threat(nlp, text, actor, recipient):
    found = _events(nlp, text)
    assert any(t == "THREATEN" and actor in a and recipient in r for t, a, r, _ in found), found


def test_a_warning_of_consequences_is_a_threat_and_a_warning_of_danger_stays_a_judgement(nlp):
    found = _events(nlp, "Freedonia is warning that its airfields will be closed to "
                         "Ruritanian planes if the dispute continues.")
    assert any(t == "THREATEN" and "FRE" in a for t, a, _, _ in found), found
    judged = _events(nlp, "Ruritania warned on Monday that the Freedonian dam project is "
                          "reckless and illegal.")
    assert not [e for e in judged if e[0] == "THREATEN"], judged


@pytest.mark.parametrize("text", [
    "Ruritania described the Freedonian raid on its fishing fleet as an act of piracy.",
    "Ruritanian officials have branded the Freedonian blockade a violation of maritime law.",
    "The Ruritanian cabinet labeled Freedonia's ruling party a terrorist organization.",
])
def test_a_disapproving_naming_is_an_accusation(nlp, text):
    found = _events(nlp, text)
    assert any(t == "ACCUSE" and "RUR" in a and "FRE" in r for t, a, r, _ in found), found


def test_a_neutral_or_approving_naming_is_no_accusation(nlp):
    praised = _events(nlp, "Ruritania described the visit of the Freedonian premier as "
                           "a milestone in relations.")
    assert not [e for e in praised if e[0] == "ACCUSE"], praised
    blamed = _events(nlp, "Freedonian ministers portrayed the Ruritanian embargo as "
                          "economic blackmail.")
    assert any(t == "ACCUSE" and "FRE" in a for t, a, _, _ in blamed), blamed
