"""Recall classes found by the round-5 diagnosis (docs/events.md, "Where recall is lost").

PROTEST modes of the PLOVER codebook that had no vocabulary (vandalize; riot by thrown
missiles), heavy-bombardment verbs, and an act named by the modifier of a counting noun
("a bombing campaign"). Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _coded(nlp, text: str) -> list[tuple[str, str | None, set, set]]:
    return [(e.event_type, e.mode, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "mode"), [
    ("Ruritanian protesters vandalized the Freedonian consulate on Sunday.", "vandalize"),
    ("Angry Ruritanian crowds defaced a Freedonian monument overnight.", "vandalize"),
    ("Freedonian youths threw stones at Ruritanian police outside the embassy.", "riot"),
    ("Ruritanian demonstrators hurled petrol bombs at the Freedonian embassy.", "riot"),
])
def test_codebook_protest_modes_vandalize_and_riot(nlp, text, mode):
    coded = [c for c in _coded(nlp, text) if c[0] == "PROTEST"]
    assert len(coded) == 1, (text, coded)
    assert coded[0][1] == mode


@pytest.mark.parametrize("text", [
    "Freedonia threw its support behind the Ruritanian plan.",
    "The Ruritanian striker threw the ball to a Freedonian teammate.",
    "Ruritania threw a lavish reception for the Freedonian delegation.",
])
def test_throwing_something_that_is_no_missile_is_no_riot(nlp, text):
    assert not [c for c in _coded(nlp, text) if c[0] == "PROTEST"], text


def test_pummel_is_an_assault_but_not_by_weather(nlp):
    coded = _coded(nlp, "Ruritanian artillery pummeled Freedonian positions overnight.")
    assert [(c[0], c[2], c[3]) for c in coded] == [("ASSAULT", {"RUR"}, {"FRE"})]
    assert not _coded(nlp, "The storm pummeled the Ruritanian coast on Monday.")


def test_the_modifier_of_a_counting_noun_is_the_act(nlp):
    coded = _coded(nlp, "Ruritania launched an aerial bombing campaign against Freedonia.")
    assert [(c[0], c[2]) for c in coded] == [("ASSAULT", {"RUR"})]


@pytest.mark.parametrize("text", [
    "A Ruritanian war veteran visited a museum in the capital.",
    "The Ruritanian election campaign ended on Sunday.",
])
def test_a_modifier_of_an_ordinary_noun_stays_no_event(nlp, text):
    assert not [c for c in _coded(nlp, text) if c[0] in {"ASSAULT", "PROTEST"}], text


@pytest.mark.parametrize(("text", "category", "actor", "recipient"), [
    ("Ruritanian troops crossed the border into Freedonia on Tuesday.", "MOBILIZE", {"RUR"},
     {"FRE"}),
    ("Ruritanian tanks rolled into a Freedonian border town.", "MOBILIZE", {"RUR"}, {"FRE"}),
    ("Ruritania doubled its troops at the Freedonian border.", "MOBILIZE", {"RUR"}, {"FRE"}),
    ("Ruritania announced the activation of a standby force on Monday.", "MOBILIZE", {"RUR"},
     set()),
    ("Ruritanian police blocked Freedonian marchers from reaching the embassy.", "COERCE",
     {"RUR"}, {"FRE"}),
    ("Ruritanian police blocked access to the Freedonian embassy.", "COERCE", {"RUR"}, {"FRE"}),
    ("Ruritanian soldiers transported relief supplies to Freedonian villages.", "AID", {"RUR"},
     {"FRE"}),
])
def test_codebook_class_vocabulary_found_missing_on_fresh_text(nlp, text, category, actor,
                                                             recipient):
    coded = [(c[2], c[3]) for c in _coded(nlp, text) if c[0] == category]
    assert coded == [(actor, recipient)], (text, _coded(nlp, text))


@pytest.mark.parametrize("text", [
    "Freedonian refugees crossed the border into Ruritania.",
    "The Ruritanian delegation entered the Freedonian parliament.",
    "Freedonia increased its exports to Ruritania.",
    "Ruritania activated its new embassy website.",
    "Heavy snow stopped Ruritanian farmers from reaching Freedonian markets.",
    "Freedonia transported its athletes to Ruritania.",
])
def test_the_same_verbs_with_other_subjects_or_objects_are_no_event(nlp, text):
    assert not [c for c in _coded(nlp, text) if c[0] in {"MOBILIZE", "COERCE", "AID"}], text
