"""One mention naming a party of several states: "the navies of A and B" (issue 9, round 9).

The actors stage makes one mention for such a phrase and gives it the first state's
country; the event coder adds a copy for each further state the mention's own words
coordinate (:mod:`wirecoder.events.coordinated`). Sentences written for these tests.
"""

from __future__ import annotations

import wirecoder
from wirecoder.events.coordinated import coordinated_codes
from wirecoder.models import Entity

PUBLISHED = "2025-03-01"


def _one(text: str, category: str):
    found = [e for e in wirecoder.analyze(text, published=PUBLISHED).events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return found[0]


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities if e.country_code}


def test_forces_of_two_states_as_patient_give_both_recipients():
    event = _one("On Tuesday smugglers opened fire on the customs officers of Laos and "
                 "Vietnam.", "ASSAULT")
    assert _codes(event.recipient) == {"LAO", "VNM"}


def test_governments_of_two_states_as_subject_give_both_actors():
    event = _one("The governments of Norway and Sweden condemned the arrests on Monday.",
                 "ACCUSE")
    assert _codes(event.actor) == {"NOR", "SWE"}


def test_a_list_of_three_states_after_the_mention_counts_each():
    event = _one("The foreign ministers of Kenya, Uganda and Tanzania met in Arusha on "
                 "Friday.", "CONSULT")
    assert _codes(event.actor) == {"KEN", "UGA", "TZA"}


def test_a_state_the_tagger_calls_a_person_still_counts():
    event = _one("Soldiers from Chad and Mali attacked a militant base overnight.", "ASSAULT")
    assert {"TCD", "MLI"} <= _codes(event.actor)  # the tagger calls "Mali" a person


def test_one_thing_of_two_states_is_no_party_of_each(nlp):
    text = "The border of Laos and Vietnam was closed."
    doc = nlp(text)
    mention = Entity(raw_text="The border of Laos and Vietnam", entity_name="border",
                     country_code="LAO", kind="NOMINAL", start=0, end=30, sentence=0)
    assert coordinated_codes(mention, doc) == []


def test_states_not_in_one_coordination_stay_apart(nlp):
    text = "Police detained the Peru office staff of a Chilean firm."
    doc = nlp(text)
    start = text.index("the Peru")
    mention = Entity(raw_text=text[start:-1], entity_name="staff", country_code="PER",
                     kind="NOMINAL", start=start, end=len(text) - 1, sentence=0)
    assert coordinated_codes(mention, doc) == []


def test_a_possessor_after_the_coordination_is_not_added(nlp):
    text = "The envoys of Ghana and Togo's president arrived on Monday."
    doc = nlp(text)
    mention = Entity(raw_text="The envoys of Ghana", entity_name="envoys",
                     country_code="GHA", kind="NOMINAL", start=0, end=19, sentence=0)
    assert coordinated_codes(mention, doc) == []
