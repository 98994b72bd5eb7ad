"""Readout comparer, round 9 of the comparer (issue 11): office holders the knowledge base
marks as elites, and sentences whose subject stands for two sides ("Both X and Y have denied",
"Both later told reporters", "officials in X and Y said", "X says…, while Y has argued…"), and a
statement whose issuer "said in a statement".

Hand-built analyses of sentences written for these tests (fictional people and events), so
the rules are tested without the upstream stages.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from compare_helpers import entity as _ent
from compare_helpers import quote
from wirecoder.compare.api import within_claims
from wirecoder.models import Analysis, Entity, Quote

_quote = partial(quote, kind="indirect")


def _sides_of(text: str, entities: list[Entity], quotes: list[Quote] = (),
              published: dt.date | None = None) -> dict[str, set[str]]:
    """Sides of the claims of each sentence, keyed by the sentence's first 20 characters."""
    analysis = Analysis(id="t", text=text, entities=tuple(entities), quotes=tuple(quotes),
                        published=published)
    found: dict[str, set[str]] = {}
    for claim in within_claims(analysis):
        found.setdefault(text[claim.start:claim.start + 20], set()).add(claim.side)
    return found


LEADERS = ("President Arno Velk said the pipeline tolls would be cut by half. "
           "Mr. Dorsan said his government would study the offer.")


def _leaders(role: str | None = "President") -> list[Entity]:
    velk = _ent(LEADERS, "President Arno Velk", "Arno Velk", "PER", sector_code="ELI",
                role=role)
    dorsan = _ent(LEADERS, "Mr. Dorsan", "Ilse Dorsan", "ECU", sector_code="ELI")
    return [velk, dorsan]


def test_an_undated_storys_office_holders_speak_for_their_countries():
    # The KB marks both as elites (their offices have ended by now); the story has no date.
    velk, dorsan = _leaders()
    quotes = [_quote(LEADERS, "the pipeline tolls would be cut", velk),
              _quote(LEADERS, "his government would study", dorsan)]
    sides = _sides_of(LEADERS, [velk, dorsan], quotes)
    assert sides["President Arno Velk "] == {"PER"}
    assert sides["Mr. Dorsan said his "] == {"ECU"}


def test_a_dated_storys_elite_speaks_only_when_the_story_gives_him_an_office():
    velk, dorsan = _leaders()
    quotes = [_quote(LEADERS, "the pipeline tolls would be cut", velk),
              _quote(LEADERS, "his government would study", dorsan)]
    sides = _sides_of(LEADERS, [velk, dorsan], quotes, published=dt.date(2031, 5, 2))
    assert sides["President Arno Velk "] == {"PER"}  # "President": the text outranks the KB
    assert "Mr. Dorsan said his " not in sides  # no office in the text: still an elite


def test_a_former_office_holder_stays_a_commentator_under_every_mention():
    text = ("Former envoy Arno Velk said the canal tolls were too high. "
            "Velk added that the talks could fail.")
    first = _ent(text, "Former envoy Arno Velk", "Arno Velk", "PER", sector_code="ELI",
                 role="envoy")
    second = _ent(text, "Velk", "Arno Velk", "PER", nth=1, sector_code="ELI", role="envoy")
    quotes = [_quote(text, "the canal tolls were too high", first),
              _quote(text, "the talks could fail", second)]
    assert _sides_of(text, [first, second], quotes) == {}


def test_both_and_a_coordinated_subject_give_the_sentence_to_both_sides():
    text = "Both Peru and Ecuador have denied that the border post was moved."
    entities = [_ent(text, "Peru", "Peru", "PER", kind="GPE"),
                _ent(text, "Ecuador", "Ecuador", "ECU", kind="GPE")]
    quotes = [_quote(text, "the border post was moved", entities[0])]
    assert _sides_of(text, entities, quotes)["Both Peru and Ecuado"] == {"PER", "ECU"}


STORY = ("Peruvian negotiator Ana Ruiz said the tolls must fall. "
         "Ecuador's envoy Luis Mora said the tolls were fair. "
         "Both later told reporters that the next round opens in June. "
         "Both governments praised Chile for the rescue of the fishing crews.")


def _story_entities() -> tuple[list[Entity], list[Quote]]:
    ruiz = _ent(STORY, "Peruvian negotiator Ana Ruiz", "Ana Ruiz", "PER", sector_code="GOV",
                role="negotiator")
    mora = _ent(STORY, "Ecuador's envoy Luis Mora", "Luis Mora", "ECU", sector_code="GOV",
                role="envoy")
    chile = _ent(STORY, "Chile", "Chile", "CHL", kind="GPE")
    return [ruiz, mora, chile], [_quote(STORY, "the tolls must fall", ruiz),
                                 _quote(STORY, "the tolls were fair", mora)]


def test_a_bare_plural_subject_stands_for_the_storys_two_sides():
    entities, quotes = _story_entities()
    sides = _sides_of(STORY, entities, quotes)
    assert sides["Both later told repo"] == {"PER", "ECU"}


def test_the_party_a_plural_subject_thanks_is_not_one_of_its_members():
    entities, quotes = _story_entities()
    sides = _sides_of(STORY, entities, quotes)
    assert sides["Both governments pra"] == {"PER", "ECU"}


def test_officials_in_two_capitals_speak_for_both_countries():
    text = "Officials in Lima and Quito said the joint survey of the river starts in March."
    officials = _ent(text, "Officials in Lima and Quito", "Officials in Lima and Quito", "PER",
                     kind="NOMINAL", sector_code="GOV", role="officials")
    quotes = [_quote(text, "the joint survey of the river", officials)]
    assert _sides_of(text, [officials], quotes)["Officials in Lima an"] == {"PER", "ECU"}


def test_diplomats_posted_in_another_capital_speak_for_their_own_country_only():
    text = "Peruvian diplomats in Quito said the canal talks had stalled."
    diplomats = _ent(text, "Peruvian diplomats in Quito", "Peruvian diplomats in Quito", "PER",
                     kind="NOMINAL", sector_code="GOV", role="diplomats")
    quotes = [_quote(text, "the canal talks had stalled", diplomats)]
    assert _sides_of(text, [diplomats], quotes)["Peruvian diplomats i"] == {"PER"}


def test_the_clause_before_a_contrast_is_the_opening_subjects_view():
    text = ("Peru says the flooding was caused by a dam upstream, while Ecuador has argued "
            "that the rains alone explain it.")
    peru = _ent(text, "Peru", "Peru", "PER", kind="GPE")
    ecuador = _ent(text, "Ecuador", "Ecuador", "ECU", kind="GPE")
    # The quote stage gave the whole sentence to the clause's subject.
    quotes = [_quote(text, "the rains alone explain it", ecuador)]
    analysis = Analysis(id="t", text=text, entities=(peru, ecuador), quotes=tuple(quotes))
    claims = {c.side: c.text for c in within_claims(analysis)}
    assert set(claims) == {"PER", "ECU"}
    assert claims["PER"].startswith("Peru says") and "rains" not in claims["PER"]


def test_a_statement_introduced_by_said_in_a_statement_speaks_for_its_issuer():
    text = ("Peruvian spokeswoman Ana Ruiz said in a written statement that the ferry "
            "contract was signed. The statement said the first boats sail in May.")
    ruiz = _ent(text, "Peruvian spokeswoman Ana Ruiz", "Ana Ruiz", "PER", sector_code="GOV",
                role="spokeswoman")
    quotes = [_quote(text, "contract was signed", ruiz)]
    assert _sides_of(text, [ruiz], quotes)["The statement said t"] == {"PER"}
