"""Round 16 review of :mod:`wirecoder.events.role_paths`: when the walk up must not give an agent.

A verb trigger with a subject of its own does not climb; an infinitive under a verb with a
direct object takes the object (its controller) as agent, not the governing subject; a
judging verb's clause stops the climb (the judge is not the agent of the act it judges).
Sentences are invented for these tests, with fictional states and people.
"""

from __future__ import annotations

from name_table import FICTIONAL_STATES, name_entities


def _paths(nlp, text: str, word: str) -> list[tuple[str, str, list[str]]]:
    from wirecoder.events.entity_index import EntityIndex
    from wirecoder.events.role_paths import path_roles

    doc = nlp(text)
    index = EntityIndex(doc, name_entities(text, FICTIONAL_STATES))
    trigger = next(t for t in doc if t.text == word)
    return [(cls, role, [e.raw_text for e in found])
            for cls, role, found in path_roles(trigger, index)]


def _actors(paths: list[tuple[str, str, list[str]]]) -> list[str]:
    return [name for _, role, names in paths if role == "actor" for name in names]


def test_a_verb_with_its_own_subject_does_not_take_the_governing_clause_s_subject(nlp):
    text = "Ruritania sealed its northern border after gunmen ambushed a supply convoy."
    assert "Ruritania" not in _actors(_paths(nlp, text, "ambushed"))


def test_the_object_of_the_governing_verb_controls_an_infinitive(nlp):
    text = "Ruritania urged Freedonia to arrest the smuggler Anton Kell."
    paths = _paths(nlp, text, "arrest")
    assert "Ruritania" not in _actors(paths)
    assert ("object-control", "actor", ["Freedonia"]) in paths


def test_a_judging_verb_stops_the_climb(nlp):
    text = "Freedonia protested to expel the trade envoys of its neighbour."
    assert "Freedonia" not in _actors(_paths(nlp, text, "expel"))

