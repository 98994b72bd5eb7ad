"""Recall round 15: disapproving namings as ACCUSE, an opt-in lexicon.

Naming a party or its act with a word of disapproval ("described the raid as piracy",
"branded the blockade a violation") is ACCUSE (``events/epithets.py``, the entries of
``data/events/epithets.yaml``). The class won on the development sets and lost one dyad on
round 15's CHECK part, so the entries are not loaded by default (docs/events.md, "Recall
round 15: the analyst's misses"); these tests load them. Sentences are written for these
tests with fictional states.
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
