"""Round 17 (issue 11): one sentence that states two sides' views beyond its opening words.

A coordinated subject of sides behind a head noun or an opening phrase ("The foreign
ministers of X and Y said…", "On Monday, X, Y and Z announced…") and a second clause that
answers the first with another side as its subject ("X accused Y of…, and Y responded
that…", "X threatened… - to which Y countered that…") make the sentence evidence for each
side. Hand-built analyses of sentences written for these tests (invented states and
people).
"""

from __future__ import annotations

from functools import partial

from compare_helpers import entity as _ent
from compare_helpers import quote
from wirecoder.compare.api import within_claims
from wirecoder.models import Analysis, Entity, Quote

_quote = partial(quote, kind="indirect")


def _sides_of(text: str, entities: list[Entity], quotes: list[Quote]) -> dict[str, set[str]]:
    """Sides of the claims of each sentence, keyed by the sentence's first 20 characters."""
    analysis = Analysis(id="t", text=text, entities=tuple(entities), quotes=tuple(quotes))
    found: dict[str, set[str]] = {}
    for claim in within_claims(analysis):
        found.setdefault(text[claim.start:claim.start + 20], set()).add(claim.side)
    return found


def test_a_coordinated_subject_behind_a_head_noun_is_each_sides() -> None:
    text = ("The fisheries ministers of Ruritania and Freedonia announced on Friday "
            "that the northern shoals would close to trawlers until spring.")
    entities = [_ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE"),
                _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")]
    quotes = [_quote(text, "the northern shoals would close to trawlers until spring",
                     entities[0])]
    assert _sides_of(text, entities, quotes)["The fisheries minist"] == {"RUR", "FRE"}
    _a_coordination_with_no_verb_after_it_stays_one_sides()


def test_three_sides_after_an_opening_phrase_each_state_the_sentence() -> None:
    text = ("Late on Sunday, Veridia, Ruritania and Freedonia said they would "
            "recall their envoys from the lake commission.")
    entities = [_ent(text, "Veridia", "Veridia", "VER", kind="GPE"),
                _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE"),
                _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")]
    quotes = [_quote(text, "they would recall their envoys from the lake commission",
                     entities[0])]
    assert _sides_of(text, entities, quotes)["Late on Sunday, Veri"] == {"VER", "RUR", "FRE"}


def _a_coordination_with_no_verb_after_it_stays_one_sides() -> None:
    # "Ruritania and Freedonia" names the talks' parties, not a subject that speaks.
    text = ("The trade envoy of Veridia said talks between Ruritania and Freedonia "
            "on the rail tariff would resume in May.")
    entities = [_ent(text, "The trade envoy of Veridia", "Veridia envoy", "VER",
                     sector_code="GOV", role="envoy"),
                _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE"),
                _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")]
    quotes = [_quote(text, "talks between Ruritania and Freedonia on the rail tariff would "
                     "resume in May", entities[0])]
    assert _sides_of(text, entities, quotes)["The trade envoy of V"] == {"VER"}


def test_a_clause_that_answers_with_another_subject_is_that_sides() -> None:
    text = ('Last month Ruritania charged Freedonia with "reckless dredging" of the delta, '
            "and Freedonia replied that its barges had never left their own waters.")
    entities = [_ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE"),
                _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE"),
                _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE", nth=1)]
    quotes = [_quote(text, '"reckless dredging" of the delta', entities[0])]
    sides = _sides_of(text, entities, quotes)
    assert set().union(*sides.values()) == {"RUR", "FRE"}


def test_a_to_which_clause_is_the_countering_sides() -> None:
    text = ("Veridian Premier Ola Brandt has warned he would close the border crossings "
            "if the levy stays - to which Ruritanian Chancellor Ivo Marek has countered "
            "that the levy would be doubled.")
    brandt = _ent(text, "Veridian Premier Ola Brandt", "Ola Brandt", "VER",
                  sector_code="GOV", role="premier")
    marek = _ent(text, "Ruritanian Chancellor Ivo Marek", "Ivo Marek", "RUR",
                 sector_code="GOV", role="chancellor")
    quotes = [_quote(text, "he would close the border crossings if the levy stays", brandt)]
    sides = _sides_of(text, [brandt, marek], quotes)
    assert set().union(*sides.values()) == {"VER", "RUR"}
