"""Recall round 15: disapproving namings as ACCUSE, an opt-in lexicon.

Naming a party or its act with a word of disapproval ("described the raid as piracy",
"branded the blockade a violation") is ACCUSE (``events/epithets.py``, the entries of
``data/events/epithets.yaml``). The class won on the development sets and lost one dyad on
round 15's CHECK part, so the entries are not loaded by default (docs/events.md, "Recall
round 15: the analyst's misses"); these tests load them. Sentences are written for these
tests with fictional states. After the round's review the sentences were rewritten (one followed
the shape of a development-gold sentence) and the predicate tests were added with the fix of
the predicate reading (words under a preposition are not read).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import wirecoder.events
from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.events.stage import code_events, load_lexicon

EPITHETS = (Path(wirecoder.events.__file__).resolve().parents[1] / "data" / "events"
            / "epithets.yaml")


def _events(nlp, text: str) -> list[tuple[str, set, set, str]]:
    events = code_events(nlp(text), load_lexicon(extra=[EPITHETS]),
                         name_entities(text, FICTIONAL_STATES), story_id="t",
                         published=TEST_DAY)
    return [(e.event_type, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient}, e.event_text) for e in events]


@pytest.mark.parametrize("text", [
    "Ruritania described the Freedonian raid on its fishing fleet as an act of piracy.",
    "Ruritanian officials have branded the Freedonian blockade a violation of maritime law.",
    "In a statement on state radio, Ruritanian lawmakers dubbed the Freedonian border "
    "commanders cowardly butchers.",
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


@pytest.mark.parametrize("text", [
    # a neutral head noun, its modifier disapproves
    "Ruritania's trade minister described the Freedonian grain embargo as a cynical "
    "manoeuvre.",
    # "an act of": the light head's complement is the naming
    "Late on Sunday, Ruritania's coastguard chief portrayed Freedonia's seizure of two "
    "ferries as a brazen act of piracy.",
])
def test_the_head_or_its_modifiers_carry_the_disapproval(nlp, text):
    found = _events(nlp, text)
    assert any(t == "ACCUSE" and "RUR" in a and "FRE" in r for t, a, r, _ in found), found


@pytest.mark.parametrize("text", [
    "Ruritania's navy chief described the joint patrol agreement with Freedonia as a "
    "safeguard against piracy.",
    "Welcoming the truce, Freedonian diplomats called the accord with Ruritania a triumph "
    "over hostility and a remedy for years of repression.",
])
def test_a_word_of_disapproval_under_a_preposition_is_no_accusation(nlp, text):
    # what an approved thing guards against or overcomes is not what the speaker calls it
    found = _events(nlp, text)
    assert not [e for e in found if e[0] == "ACCUSE"], found
