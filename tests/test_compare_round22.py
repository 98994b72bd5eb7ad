"""Round 22 (issue 11, ro22): contrasts before the linker, a side's own waters, plural subjects.

- a side's sentence that opens by contrast ("But…") is linked to the other side's sentence
  right before it before the learned or rule linker runs, so a later sentence of its side
  cannot take that sentence first;
- "into its airspace" / "in our waters" name the waters or airspace of the side whose
  statement it is, and "in what X calls international waters" is a place too;
- a side named in what a plural subject states ("Both agreed that X…") is one of the two
  sides the subject stands for, not a third party it addresses.

Sentences written for these tests (invented states, people and places; real state adjectives
only for the place rule, which reads them from the actor knowledge base).
"""

from __future__ import annotations

from functools import partial

from compare_helpers import entity as _ent
from compare_helpers import given_claims, quote
from wirecoder.compare.align import align
from wirecoder.compare.api import within_claims
from wirecoder.compare.claims import content_words
from wirecoder.compare.linker import RULES
from wirecoder.compare.matters import Matter
from wirecoder.compare.relations import relation
from wirecoder.models import Analysis

_quote = partial(quote, kind="indirect")

FERRY = "Freedonia's harbour office said the grain ferry from Osk had been cleared to sail " \
        "to Port Amsel on Monday."
ANSWER = "Ruritania's coast guard said the grain ferry from Osk would be stopped at the " \
         "river mouth."
LATER = "Ruritanian port minister Ada Korr said the grain ferry from Osk had not been " \
        "cleared to sail to Port Amsel on Monday."
WEATHER = "Veridia's weather service expects storms along the coast this week."


def _points(sentences: list[tuple[str, str]]) -> list[tuple[set[str], list[str]]]:
    """(sides, evidence texts) of each point of two or more sides (rules linker, one story)."""
    text, claims = given_claims(sentences, whole=True)
    return [(set(p.sides), sorted(text[s:e] for spans in p.evidence.values() for s, e in spans))
            for p in align(claims, within=True, linker=RULES) if len(p.sides) > 1]


def test_a_contrast_is_linked_before_a_later_sentence_of_its_side_can_take_the_claim():
    found = _points([("FRE", FERRY), ("RUR", "But " + ANSWER), ("VER", WEATHER),
                     ("RUR", LATER)])
    # main: the rules linked FERRY with LATER first, and the contrast was left alone
    assert found == [({"FRE", "RUR"}, sorted([FERRY, "But " + ANSWER]))]


def test_without_a_contrast_opening_the_linker_still_decides():
    # Guard: the same sentence without "But" answers nothing; the linker's pair stands.
    found = _points([("FRE", FERRY), ("RUR", ANSWER), ("VER", WEATHER), ("RUR", LATER)])
    assert found == [({"FRE", "RUR"}, sorted([FERRY, LATER]))]


def _matters(first: tuple[str, str], second: tuple[str, str]) -> list[Matter]:
    claims = given_claims([first, second], whole=True)[1]
    return [Matter(account=c.account, side=c.side, claims=[c], words=content_words(c.text))
            for c in claims]


def test_international_airspace_against_the_sides_own_airspace_is_a_contradiction():
    found = relation(_matters(
        ("PER", "Peru says Chilean fighters intercepted its patrol plane over the gulf in what "
                "Peru calls international airspace."),
        ("CHL", "Chile says the Peruvian patrol plane flew into its airspace over the gulf.")),
        within=True)
    assert found[0] == "contradiction"  # main: framing (the possessive named no state)
    assert "different places" in found[1]


def test_our_waters_are_the_speaking_sides_waters():
    found = relation(_matters(
        ("PER", 'Lima says the freighter was boarded "well inside our waters."'),
        ("CHL", "Santiago insists the freighter was boarded within Peruvian waters.")),
        within=True)
    assert "different places" not in found[1]  # both place it in Peru's waters


def test_each_side_placing_the_others_jets_in_its_own_airspace_stays_two_acts():
    # Guard: mirrored complaints with possessives are no contradiction of place.
    found = relation(_matters(
        ("PER", "Peru said Chilean jets flew into its airspace near the coast."),
        ("CHL", "Chile said Peruvian jets flew into its airspace near the coast.")),
        within=True)
    assert "different places" not in found[1]


OPENING = ("Freedonia said the gunboats had left the lake. "
           "Ruritania's envoy Luis Mora said the gunboats were still on the lake. ")


def _story_sides(last: str) -> dict[str, set[str]]:
    """Sides of each sentence's claims (first 20 characters) of OPENING + ``last``."""
    story = OPENING + last
    freedonia = _ent(story, "Freedonia", "Freedonia", "FRE", kind="GPE")
    mora = _ent(story, "Ruritania's envoy Luis Mora", "Luis Mora", "RUR", sector_code="GOV",
                role="envoy")
    entities = [freedonia, mora] + [_ent(story, name, name, code, kind="GPE", nth=nth)
                                    for name, code, nth in (("Freedonia", "FRE", 1),
                                                            ("Veridia", "VER", 0))
                                    if name in last]
    quotes = [_quote(story, "the gunboats had left the lake", freedonia),
              _quote(story, "the gunboats were still on the lake", mora)]
    analysis = Analysis(id="t", text=story, entities=tuple(entities), quotes=tuple(quotes))
    found: dict[str, set[str]] = {}
    for claim in within_claims(analysis):
        found.setdefault(story[claim.start:claim.start + 20], set()).add(claim.side)
    return found


def test_a_side_named_in_what_both_agreed_is_one_of_the_two():
    found = _story_sides("Both agreed that Freedonia moved the gunboats on Monday.")
    assert found["Both agreed that Fre"] == {"FRE", "RUR"}  # main: no side


def test_a_party_both_sides_praise_is_still_not_one_of_them():
    # Guard: a name outside a "that" clause is a third party, as before.
    found = _story_sides("Both praised Veridia for hosting the talks.")
    assert found["Both praised Veridia"] == {"FRE", "RUR"}
