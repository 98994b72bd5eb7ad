"""Recall round 18: disapproving namings coded by default, and the party they name.

Round 15's opt-in lexicon of namings (``data/events/epithets.yaml``: "described the raid as
piracy", "called the arrests terrorism") is loaded by default since round 18
(``Settings.epithet_namings``, ``--no-epithet-namings``), and the ACCUSE it codes takes as
recipient the party the naming names (:func:`wirecoder.events.epithets.named_party`): a
nationality or possessor on the thing named, a by-agent in the predicate, the noun a
relative clause of naming modifies. Sentences are written for these tests, with fictional
states (docs/events.md, "Recall round 18").
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.events.epithets import EPITHET_ENTRIES
from wirecoder.events.lexicon import epithets_path, extra_paths
from wirecoder.events.stage import code_events, load_lexicon
from wirecoder.settings import Settings

NAMES = {**FICTIONAL_STATES, "Veldria": ("VEL", "GPE"), "Veldrian": ("VEL", "NORP")}


def _accusations(nlp, text: str) -> list[tuple[set, set]]:
    events = code_events(nlp(text), load_lexicon(extra_paths(Settings())),
                         name_entities(text, NAMES), story_id="t", published=TEST_DAY)
    return [({a.country_code for a in e.actor}, {r.country_code for r in e.recipient})
            for e in events if e.event_type == "ACCUSE"]


def test_namings_are_loaded_by_default_and_can_be_switched_off():
    ids = {e.id for e in load_lexicon(extra_paths(Settings())).entries}
    assert ids >= EPITHET_ENTRIES
    off = {e.id for e in load_lexicon(extra_paths(Settings(epithet_namings=False))).entries}
    assert not EPITHET_ENTRIES & off


def test_naming_the_namings_file_again_loads_it_once():
    paths = extra_paths(Settings(event_lexicons=(epithets_path(),)))
    assert paths == (epithets_path().resolve(),)
    assert load_lexicon(paths).entries  # no duplicate-entry error


def test_a_naming_is_coded_with_the_default_settings(nlp):
    found = _accusations(nlp, "Veldria described the Freedonian naval drills as a "
                              "provocation.")
    assert ({"VEL"}, {"FRE"}) in found, found


@pytest.mark.parametrize("text", [
    # the nationality on the thing named, not the other state the object mentions
    "Veldria's cabinet characterized the Freedonian seizure of a Ruritanian fishing boat "
    "as piracy.",
    # the by-agent of the predicate: who orchestrated what is named
    "A Veldrian envoy termed the election result a farce orchestrated by the Freedonian "
    "intelligence service.",
    # the noun the relative clause of naming modifies ("that" as its object)
    "Lawmakers in Veldria voted down a Freedonian energy treaty that the Veldrian president "
    "had branded a tool of extortion.",
])
def test_the_named_party_is_the_recipient(nlp, text):
    found = _accusations(nlp, text)
    assert ({"VEL"}, {"FRE"}) in found, found


def test_the_namer_s_own_side_is_passed_over_for_the_named_party(nlp):
    found = _accusations(nlp, "Veldrian officials described the Veldrian students' march "
                              "as a provocation staged by Freedonian agents.")
    assert ({"VEL"}, {"FRE"}) in found, found
    assert not any("VEL" in r for _, r in found), found
