"""Who states a sentence within one story (compare/sides.py): subjects of reporting verbs
and commentators described in the text, on hand-built analyses of sentences written for
these tests (invented people and countries)."""

from __future__ import annotations

from compare_helpers import analysis_of, sides_of
from compare_helpers import entity as _ent
from wirecoder.models import Entity, Quote


def _sides(text: str, entities: list[Entity], quotes: tuple[Quote, ...] = ()) -> dict[int, str]:
    return sides_of(analysis_of(text, entities, quotes))


def test_the_subject_after_an_opening_phrase_states_the_sentence():
    text = ("Speaking to officers of the northern command gathered in the old fortress of "
            "Valdor on Tuesday, Ruritanian Defense Minister Ana Vell stressed the urgency "
            "of new air defenses. The weather in Valdor was cold.")
    minister = _ent(text, "Ruritanian Defense Minister Ana Vell", "Ana Vell", "RUR",
                    sector_code="GOV")
    assert _sides(text, [minister]) == {0: "RUR"}


def test_a_subject_with_an_adverb_in_ly_before_the_reporting_verb_states_the_sentence():
    text = "Ana Vell swiftly rejected the report. Rain fell on the capital."
    assert _sides(text, [_ent(text, "Ana Vell", "Ana Vell", "RUR", sector_code="GOV")]) == {
        0: "RUR"}


def test_a_person_the_story_describes_as_a_commentator_speaks_for_no_side():
    text = ("Tomas Kerr, a Freedonian sinologist at the city college, said the tariffs "
            "will hurt both sides. Kerr said exports will fall.")
    first = _ent(text, "Tomas Kerr", "Tomas Kerr", "FRE")
    second = _ent(text, "Kerr", "Tomas Kerr", "FRE", nth=1)
    assert _sides(text, [first, second]) == {}
    official = ("Tomas Kerr, a Freedonian trade minister, said the tariffs will hurt both "
                "sides.")
    assert _sides(official, [_ent(official, "Tomas Kerr", "Tomas Kerr", "FRE")]) == {0: "FRE"}
