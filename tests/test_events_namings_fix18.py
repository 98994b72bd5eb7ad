"""Review fixes of recall round 18's namings: one act, one event; acts the object describes.

A naming and the judgement word of its predicate are one accusation ("described the drills
as a provocation"); a naming that only words what a judgement condemns ("denounced what it
called piracy") is that judgement; an act the naming's object describes keeps its own event
("described the troop deployment as a threat" also codes the MOBILIZE). The namings'
default is read from ``Settings`` alone, and the events stage, the pipeline's check of the
user lexicons and the diagnostic scripts load the same lexicon. Sentences are written for
these tests, with fictional states (docs/events.md, "Recall round 18: review fixes").
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.errors import ConfigError
from wirecoder.events import lexicon as lexicon_module
from wirecoder.events.lexicon import extra_paths
from wirecoder.events.stage import code_events, load_lexicon
from wirecoder.pipeline import _load_user_files
from wirecoder.settings import Settings

NAMES = {**FICTIONAL_STATES, "Veldria": ("VEL", "GPE"), "Veldrian": ("VEL", "NORP")}


def _events(nlp, text: str) -> list[tuple[str, set, set]]:
    events = code_events(nlp(text), load_lexicon(extra_paths(Settings())),
                         name_entities(text, NAMES), story_id="t", published=TEST_DAY)
    return [(e.event_type, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient}) for e in events]


@pytest.mark.parametrize("text", [
    "Veldria portrayed the Freedonian customs checks as blackmail.",
    "Veldria did not describe the Freedonian naval drills as a provocation.",
])
def test_the_judgement_word_of_the_predicate_is_the_naming_itself(nlp, text):
    accusations = [e for e in _events(nlp, text) if e[0] == "ACCUSE"]
    assert accusations == [("ACCUSE", {"VEL"}, {"FRE"})], accusations


def test_a_naming_that_words_what_a_judgement_condemns_is_that_judgement(nlp):
    found = [e for e in _events(nlp, "Veldria denounced what it called Freedonian piracy.")
             if e[0] == "ACCUSE"]
    assert len(found) == 1 and found[0][1] == {"VEL"}, found


def test_another_party_s_naming_inside_a_judgement_stays_its_own_act(nlp):
    found = [e for e in _events(nlp, "Veldria denounced what Ruritania called Freedonian "
                                     "piracy.") if e[0] == "ACCUSE"]
    assert ("ACCUSE", {"RUR"}, {"FRE"}) in found and len(found) == 2, found


@pytest.mark.parametrize(("text", "act"), [
    ("The Veldrian navy chief characterized the Freedonian deployment of warships off the "
     "Ruritanian coast as a threat.", "MOBILIZE"),
    ("Veldria branded the Freedonian airstrikes on Ruritanian villages an atrocity.",
     "ASSAULT"),
])
def test_an_act_the_object_describes_keeps_its_own_event(nlp, text, act):
    found = _events(nlp, text)
    assert ("ACCUSE", {"VEL"}, {"FRE"}) in found, found
    assert any(t == act and "FRE" in a for t, a, _ in found), found


def test_the_default_is_read_from_settings(monkeypatch):
    class NamingsOff(Settings):
        epithet_namings: bool = False

    monkeypatch.setattr(lexicon_module, "Settings", NamingsOff)
    assert extra_paths() == ()
    assert extra_paths(Settings()) == (lexicon_module.epithets_path().resolve(),)


def test_the_user_lexicon_check_loads_what_the_stage_loads(tmp_path):
    clash = tmp_path / "mine.yaml"  # an id the package's namings file already uses
    clash.write_text("entries:\n  - id: accuse.epithet_as\n    category: ACCUSE\n"
                     "    verbs: [caricature]\n", encoding="utf-8")
    load_lexicon((clash,))  # alone it is a valid file
    with pytest.raises(ConfigError):
        _load_user_files(Settings(event_lexicons=(clash,)))
    _load_user_files(Settings(event_lexicons=(clash,), epithet_namings=False))
