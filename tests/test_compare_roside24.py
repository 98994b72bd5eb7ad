"""Round 24 (issue 11, roside24): a side's narrated stance is the side's sentence.

A state or official in subject position whose verb follows a bare weekday or month phrase
("Ruritania Wednesday repeated…", "Mr. Vell this month promised…"), a stance in the
progressive ("Ruritania is pointing to…") and a side's acceptance or endorsement of a
proposal ("President Vell has accepted the plan") are the side's sentences
(``lexicon.NARRATED_REPORTING``). Hand-built analyses of sentences written for these tests
(invented states Ruritania and Freedonia, invented people).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from compare_helpers import analysis_of
from compare_helpers import entity as _ent
from wirecoder.compare import lexicon as lexicon_module
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.sentences import sentence_spans
from wirecoder.compare.sides import sentence_sides
from wirecoder.models import Entity


def _sides(text: str, entities: list[Entity]) -> dict[int, str]:
    analysis = analysis_of(text, entities, [])
    found = sentence_sides(analysis, sentence_spans(text), load_lexicon())
    return {index: side for index, (side, _, _) in found.items()}


@pytest.fixture
def narrated_off() -> Iterator[None]:
    lexicon_module.NARRATED_REPORTING = False
    load_lexicon.cache_clear()
    yield
    lexicon_module.NARRATED_REPORTING = True
    load_lexicon.cache_clear()


def _state(text: str, raw: str, code: str, nth: int = 0) -> Entity:
    return _ent(text, raw, raw, code, kind="GPE", nth=nth)


def test_a_bare_weekday_before_the_verb() -> None:
    text = ("Ruritania Wednesday repeated its assurance that the new dam poses no risk "
            "downstream. Freedonia wants an inspection.")
    entities = [_state(text, "Ruritania", "RUR"), _state(text, "Freedonia", "FRE")]
    assert _sides(text, entities)[0] == "RUR"


def test_a_month_phrase_before_the_verb() -> None:
    text = "Mr. Vell this month promised to honor the old border accords."
    vell = _ent(text, "Mr. Vell", "Oskar Vell", "RUR", sector_code="GOV", role="President")
    assert _sides(text, [vell]) == {0: "RUR"}


def test_a_stance_in_the_progressive() -> None:
    text = ("Ruritania is pointing to the treaty it signed in 1965. Freedonia is repeating "
            "its call for talks.")
    entities = [_state(text, "Ruritania", "RUR"), _state(text, "Freedonia", "FRE")]
    assert _sides(text, entities) == {0: "RUR", 1: "FRE"}


def test_an_acceptance_and_an_endorsement() -> None:
    text = ("Ruritanian President Oskar Vell has accepted a peace plan drafted by the "
            "mediators. Freedonian Premier Ilse Dorn endorsed the plan on Tuesday.")
    vell = _ent(text, "Ruritanian President Oskar Vell", "Oskar Vell", "RUR",
                sector_code="GOV", role="President")
    dorn = _ent(text, "Freedonian Premier Ilse Dorn", "Ilse Dorn", "FRE", sector_code="GOV",
                role="Premier")
    assert _sides(text, [vell, dorn]) == {0: "RUR", 1: "FRE"}


def test_the_switch_off_leaves_them_without_a_side(narrated_off: None) -> None:
    text = ("Ruritania Wednesday repeated its assurance that the new dam poses no risk "
            "downstream. Freedonia is pointing to the treaty it signed in 1965.")
    entities = [_state(text, "Ruritania", "RUR"), _state(text, "Freedonia", "FRE")]
    assert _sides(text, entities) == {}


def test_plain_acts_and_a_weekday_with_another_verb_stay_narration() -> None:
    # Guards: a weekday before a verb that states nothing, a progressive act, an arrival.
    text = ("Ruritania Wednesday closed the border crossing. Freedonia is building a "
            "second dam. Mr. Vell this month arrived in the capital.")
    vell = _ent(text, "Mr. Vell", "Oskar Vell", "RUR", sector_code="GOV", role="President")
    entities = [_state(text, "Ruritania", "RUR"), _state(text, "Freedonia", "FRE"), vell]
    assert _sides(text, entities) == {}


def test_a_weekday_after_a_subordinate_conjunction_is_no_subject() -> None:
    text = ("After Ruritania Wednesday accepted the plan, the mediators left the capital.")
    assert _sides(text, [_state(text, "Ruritania", "RUR")]) == {}
