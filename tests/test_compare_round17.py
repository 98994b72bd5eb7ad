"""Round 17 (issue 11): one sentence that states two sides' views beyond its opening words.

A coordinated subject of sides behind a head noun or an opening phrase ("The foreign
ministers of X and Y said…", "On Monday, X, Y and Z announced…") and a second clause that
answers the first with another side as its subject ("X accused Y of…, and Y responded
that…") make the sentence evidence for each side. After review: no "- to which" marker, a
head noun must name representatives, and an accusation and its reply in one sentence are
not one shared statement. Hand-built analyses of sentences written for these tests
(invented states and people).
"""

from __future__ import annotations

from functools import partial

from compare_helpers import entity as _ent
from compare_helpers import quote
from wirecoder.compare.api import compare_within, within_claims
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


def test_an_answer_after_a_closing_quote_is_the_answering_sides() -> None:
    text = ('Freedonian Interior Minister Tomas Reyl calls the Ruritanian toll posts '
            '"a tax on every family that crosses," and Ruritania insists the tolls pay for '
            'the bridge repairs.')
    reyl = _ent(text, "Freedonian Interior Minister Tomas Reyl", "Tomas Reyl", "FRE",
                sector_code="GOV", role="minister")
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE", nth=1)
    quotes = [_quote(text, '"a tax on every family that crosses,"', reyl)]
    sides = _sides_of(text, [reyl, ruritania], quotes)
    assert set().union(*sides.values()) == {"FRE", "RUR"}


def test_a_dash_and_a_relative_clause_is_no_answering_marker() -> None:
    # After review: the " - to which Y countered" marker rested on one sentence; a dash
    # before "to which" no longer hands the rest of the sentence to another side.
    text = ("Ruritania reopened the ferry line on Thursday - to which Freedonia's port "
            "board said it would send two inspectors.")
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    board = _ent(text, "Freedonia's port board", "Freedonia port board", "FRE", kind="ORG")
    quotes = [_quote(text, "it would send two inspectors", ruritania)]
    assert set().union(*_sides_of(text, [ruritania, board], quotes).values()) == {"RUR"}


def test_a_head_noun_of_no_representatives_is_no_coordinated_subject() -> None:
    # After review: "Critics of X and Y" are neither X nor Y (the head must name a
    # side's representatives: ministers, envoys, officials, governments, spokesmen).
    text = ("Longtime critics of Veridia and Freedonia warned on Wednesday that the canal "
            "treaty would flood three villages upriver.")
    veridia = _ent(text, "Veridia", "Veridia", "VER", kind="GPE")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    quotes = [_quote(text, "the canal treaty would flood three villages upriver", veridia)]
    assert "FRE" not in set().union(*_sides_of(text, [veridia, freedonia], quotes).values())


def test_spokesmen_from_two_sides_are_each_sides() -> None:
    text = ("Spokesmen from Veridia and Ruritania confirmed late on Saturday that the "
            "customs talks had broken down over grain quotas.")
    veridia = _ent(text, "Veridia", "Veridia", "VER", kind="GPE")
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    quotes = [_quote(text, "the customs talks had broken down over grain quotas", veridia)]
    assert set().union(*_sides_of(text, [veridia, ruritania], quotes).values()) == {
        "VER", "RUR"}


def test_an_accusation_and_its_answer_in_one_sentence_are_not_one_statement() -> None:
    # After review: each side's claim reads only its own clause, and two sides joined by an
    # answering ", and" in one sentence are never a shared point for sharing the sentence.
    text = ("Freedonia's environment agency said a hot summer had caused the fish die-off. "
            "On Tuesday Ruritania blamed the fish die-off on dye that Freedonian tanneries "
            "pour into the Orva, and Freedonia responded that its inspectors had found "
            "the river clean in every sample.")
    agency = _ent(text, "Freedonia's environment agency", "Freedonia environment agency",
                  "FRE", kind="ORG")
    ruritania = _ent(text, "Ruritania", "Ruritania", "RUR", kind="GPE")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE", nth=2)
    quotes = [_quote(text, "a hot summer had caused the fish die-off", agency),
              _quote(text, "the fish die-off on dye that Freedonian tanneries pour into the "
                     "Orva", ruritania),
              _quote(text, "its inspectors had found the river clean in every sample",
                     freedonia)]
    analysis = Analysis(id="t", text=text, entities=(agency, ruritania, freedonia),
                        quotes=tuple(quotes))
    second = text.index("On Tuesday")
    claims = {c.side: c.text for c in within_claims(analysis) if c.start == second}
    assert "responded" not in claims["RUR"] and "tanneries" not in claims["FRE"]
    points = compare_within(analysis).points
    both = [p for p in points if set(p.sides) == {"FRE", "RUR"}]
    assert both and all(p.relation != "shared" for p in both)
