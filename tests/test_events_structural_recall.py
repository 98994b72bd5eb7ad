"""Events whose trigger the lexicon knows but whose clause shape hid it (issue 9, round 10).

Passive participles that take their patient from the noun they modify or the passive
clause they join, and complements of object-control verbs ("ordered the army to
withdraw"). Sentences are written for these tests; entities come from the fictional name
table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str, category: str):
    return [e for e in code_with_names(nlp, text, FICTIONAL_STATES) if e.event_type == category]


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


@pytest.mark.parametrize(("text", "category"), [
    ("Three Freedonian soldiers killed in the border clash were buried on Sunday.", "ASSAULT"),
    ("The two Freedonian trawler captains arrested off the Ruritanian coast appeared in "
     "court on Wednesday.", "COERCE"),
    ("Ruritania has freed the two Freedonian sailors detained by its navy in March.", "COERCE"),
])
def test_participle_modifying_a_noun_makes_it_the_recipient(nlp, text, category):
    events = _events(nlp, text, category)
    assert len(events) == 1, text
    assert _codes(events[0].recipient) == {"FRE"}, text
    assert "FRE" not in _codes(events[0].actor), text


def test_participle_coordinated_with_a_passive_shares_its_patient(nlp):
    text = "Two Freedonian reporters were detained on Monday and later beaten by Ruritanian police."
    beaten = _events(nlp, text, "ASSAULT")
    assert len(beaten) == 1
    assert _codes(beaten[0].actor) == {"RUR"}
    assert _codes(beaten[0].recipient) == {"FRE"}


def test_participial_adjunct_of_a_passive_clause_is_said_of_its_subject(nlp):
    text = "Three Freedonian reporters were expelled on Monday, accused of spying for Ruritania."
    accused = _events(nlp, text, "ACCUSE")
    assert len(accused) == 1
    assert _codes(accused[0].recipient) == {"FRE"}


def test_ordered_pullback_of_own_troops_is_a_concession(nlp):
    text = "The Ruritanian government ordered its troops to withdraw from the Freedonian border."
    events = _events(nlp, text, "CONCEDE")
    assert len(events) == 1
    assert _codes(events[0].recipient) == {"FRE"}


def test_fighters_forced_to_retreat_retreat(nlp):
    text = "Freedonia bombed the bridges and forced Ruritanian units to retreat."
    events = _events(nlp, text, "RETREAT")
    assert len(events) == 1
    assert _codes(events[0].actor) == {"RUR"}


@pytest.mark.parametrize(("text", "trigger"), [
    ("Freedonia planned the raid for weeks and captured two Ruritanian officers.", "captured"),
    ("Freedonia ordered a review of its visa rules and expelled two Ruritanian diplomats.",
     "expelled"),
])
def test_act_coordinated_with_an_intent_verb_is_done_not_intended(nlp, text, trigger):
    found = [e for e in code_with_names(nlp, text, FICTIONAL_STATES)
             if text[e.start:e.end] == trigger]
    assert len(found) == 1
    assert not found[0].future
