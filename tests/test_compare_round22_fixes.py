"""Review fixes of round 22 (rfro22): a contrast's next step, a plural subject's relative clause.

- a side's "But…" sentence does not take the other side's sentence before it when that
  sentence answers an earlier sentence of the contrast's side ("A said X. B said Y. But A
  said Z": Y answers X, and Z is A's next step);
- a side named in a relative clause after a plural subject's object ("The two governments
  praised the plan that Z drafted") is a third party, as before round 22; only a clause the
  subject states ("Both agreed that X…", tested in ``test_compare_round22.py``) names one of
  the two sides.

Sentences written for these tests (invented states, people and places).
"""

from __future__ import annotations

from compare_helpers import entity as _ent
from compare_helpers import given_claims, quote
from wirecoder.compare.align import align
from wirecoder.compare.api import within_claims
from wirecoder.compare.linker import RULES
from wirecoder.models import Analysis

CLAIM = "Freedonia's trade office said salt shipments to Ruritania would double this year."
ANSWER = "Ruritania's customs service said salt shipments from Freedonia had fallen this year."
NEXT = "But Freedonian president Olek Varn said customs officers would be trained this year."


def _points(sentences: list[tuple[str, str]]) -> list[tuple[set[str], list[str]]]:
    """(sides, evidence texts) of each point of two or more sides (rules linker, one story)."""
    text, claims = given_claims(sentences, whole=True)
    return [(set(p.sides), sorted(text[s:e] for spans in p.evidence.values() for s, e in spans))
            for p in align(claims, within=True, linker=RULES) if len(p.sides) > 1]


def test_a_contrast_after_an_answer_to_its_own_side_is_the_sides_next_step():
    found = _points([("FRE", CLAIM), ("RUR", ANSWER), ("FRE", NEXT)])
    # ro22: the consulate sentence took the customs answer from the shipments claim
    assert found == [({"FRE", "RUR"}, sorted([CLAIM, ANSWER]))]


def test_a_contrast_right_after_the_other_sides_first_claim_still_links():
    # Guard: with no earlier sentence of its side, the "But" sentence answers the one before.
    found = _points([("RUR", ANSWER), ("FRE", "But " + CLAIM)])
    assert found == [({"FRE", "RUR"}, sorted([ANSWER, "But " + CLAIM]))]


STORY = ("Freedonia said the gunboats had left the lake. "
         "Ruritania's envoy Luis Mora said the gunboats were still on the lake. "
         "Veridia's envoy Ana Belt said Veridia would send monitors to the lake. "
         "Veridia's envoy Ana Belt also said the monitors would arrive on Monday. ")


def _sides(last: str) -> set[str]:
    """Sides of the claims of ``last`` told after STORY (Veridia quoted most)."""
    story = STORY + last
    freedonia = _ent(story, "Freedonia", "Freedonia", "FRE", kind="GPE")
    mora = _ent(story, "Ruritania's envoy Luis Mora", "Luis Mora", "RUR", sector_code="GOV",
                role="envoy")
    belts = [_ent(story, "Veridia's envoy Ana Belt", "Ana Belt", "VER", sector_code="GOV",
                  role="envoy", nth=n) for n in (0, 1)]
    named = [_ent(story, "Veridia", "Veridia", "VER", kind="GPE", nth=story.count("Veridia") - 1)]
    quotes = [quote(story, "the gunboats had left the lake", freedonia, kind="indirect"),
              quote(story, "the gunboats were still on the lake", mora, kind="indirect"),
              quote(story, "Veridia would send monitors to the lake", belts[0], kind="indirect"),
              quote(story, "the monitors would arrive on Monday", belts[1], kind="indirect")]
    analysis = Analysis(id="t", text=story, entities=tuple([freedonia, mora, *belts, *named]),
                        quotes=tuple(quotes))
    return {c.side for c in within_claims(analysis) if c.start >= story.index(last)}


def test_a_party_named_in_a_relative_clause_after_the_object_is_a_third_party():
    # ro22: the bare "that" kept Veridia (the most quoted side) among the two sides
    assert _sides("The two governments praised the plan that Veridia drafted.") == {"FRE", "RUR"}
