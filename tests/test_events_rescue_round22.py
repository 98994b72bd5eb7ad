"""Round 22 (branch evrescue22): the rescue never revives a naming its content test dropped.

The disapproving namings of ``events/epithets.py`` ("called the blockade piracy") are
dropped by a content test when the naming disapproves of nothing ("is called the Union
Party", "calls the strait the Eastern Passage"); the learned rescue left such a
draft a candidate and revived it as an ACCUSE. Sentences are written for these tests; the
rescue model is written by hand (it rescues every candidate), so the tests do not depend
on the shipped weights.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, name_entities
from wirecoder.events import code_events, kept_by_default, load_lexicon
from wirecoder.events import rescue as rescue_module
from wirecoder.events.dropped_drafts import DroppedDrafts
from wirecoder.events.epithets import EPITHET_ENTRIES
from wirecoder.events.lexicon import extra_paths
from wirecoder.events.rescue import Rescuer, candidates, rescue
from wirecoder.learned import LinearModel

NAMINGS = [
    "Their party is called the Ruritanian Union Party.",
    "The Ruritanian government calls the strait the Eastern Passage.",
]


def _everything() -> Rescuer:
    """A rescuer that rescues every candidate (p = 0.95), under no participant constraint."""
    return Rescuer(LinearModel(["keep-dropped", "rescue"], {}, [0.0, 3.0],
                               {"threshold": 0.5, "roles": "any"}), 0.5, "any")


def _rescued(nlp, text: str) -> list:
    doc = nlp(text)
    entities = name_entities(text, FICTIONAL_STATES)
    lexicon = load_lexicon(extra_paths())  # the stage's lexicon, namings included
    dropped = DroppedDrafts()
    events = code_events(doc, lexicon, entities, story_id="t", dropped=dropped)
    kept = [e for e in events if kept_by_default(e)]
    cands = candidates(doc, lexicon, dropped, events, kept=kept, story_id="t")
    added = rescue(cands, kept, _everything(), "t")
    return [e for e in added if "model:rescued" in e.why]


def test_the_namings_are_the_entries_never_rescued():
    assert rescue_module.NOT_RESCUED_ENTRIES == EPITHET_ENTRIES


@pytest.mark.parametrize("text", NAMINGS)
def test_a_naming_that_disapproves_of_nothing_is_not_rescued(nlp, text: str):
    assert not any(e.event_type == "ACCUSE" for e in _rescued(nlp, text))


@pytest.mark.parametrize("text", NAMINGS)
def test_the_same_naming_was_rescued_without_the_filter(nlp, text: str, monkeypatch):
    monkeypatch.setattr(rescue_module, "NOT_RESCUED_ENTRIES", frozenset())
    assert any(e.event_type == "ACCUSE" for e in _rescued(nlp, text))


def test_a_disapproving_naming_is_still_coded_by_the_rules(nlp):
    text = "Ruritania called the Freedonian blockade an act of piracy."
    doc = nlp(text)
    events = code_events(doc, load_lexicon(extra_paths()), name_entities(text, FICTIONAL_STATES),
                         story_id="t")
    assert "ACCUSE" in [e.event_type for e in events if kept_by_default(e)]


def test_other_dropped_drafts_are_still_rescued(nlp):
    text = "Ruritania has not yet decided whether to expel the Freedonian ambassador."
    assert _rescued(nlp, text)
