"""Round 15 of the comparer (ro15): one-sided points kept apart from the other side's matter.

Stories written for these tests (real states, fictional officials and places of our
choosing). Each test fails on the code before this round: a speaker's next sentence on
another matter, sharing only the names of the parties with the sentence before, joined it
as one matter and so went into the other side's point; and a rules' link between mutual best
counterparts was kept whatever the link model's probability.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

PUBLISHED = "2026-04-14"

# One speaker, two matters in adjacent sentences; the other side answers only the first.
DRIVERS = ("Lesotho's foreign minister, Thabo Ramoeli, said on Monday that his talks in "
           "Lilongwe with Malawi's government had gone well. "
           "Ramoeli also said Lesotho wanted Malawi to release two Basotho truck drivers held "
           "in Mzuzu since January. "
           "Malawi's foreign ministry called the Lilongwe talks friendly and useful in a "
           "statement on Tuesday.")

MARKET = ("Gambia's interior minister, Awa Jobe, told reporters on Friday that a border patrol "
          "accord with Senegal would be signed next month. "
          "Jobe added that Gambia expected Senegal to reopen the Karang market to Gambian "
          "sellers before the rains. "
          "In Dakar, Senegal's government spokesman said the patrol accord was ready for "
          "signature.")


def _analysis(story: str) -> Any:
    import wirecoder

    return wirecoder.analyze(story, published=PUBLISHED)


@pytest.mark.parametrize(("story", "side", "opening"), [
    (DRIVERS, "LSO", "Ramoeli also said"),
    (MARKET, "GMB", "Jobe added that"),
])
def test_a_speakers_next_sentence_on_another_matter_stays_one_sided(
        story: str, side: str, opening: str) -> None:
    from wirecoder.compare import compare_within

    points = compare_within(_analysis(story)).points
    texts = [(p.relation, p.sides, [story[a:b] for spans in p.evidence.values()
                                    for a, b in spans]) for p in points]
    alone = [t for t in texts if any(s.startswith(opening) for s in t[2])]
    assert len(alone) == 1, texts
    relation, sides, sentences = alone[0]
    assert relation == "only_in_one" and sides == (side,) and len(sentences) == 1, texts
    assert any(t[0] != "only_in_one" for t in texts), texts  # the first matter is still linked


class _Fixed:
    """A link model stand-in that gives every pair one probability."""

    def __init__(self, p: float) -> None:
        self.p = p

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        return {"link": self.p, "apart": 1 - self.p}


def test_a_mutual_rules_link_needs_the_floor_probability() -> None:
    from wirecoder.compare.align import align
    from wirecoder.compare.api import within_claims
    from wirecoder.compare.linker import MUTUAL_FLOOR, Linker

    claims = within_claims(_analysis(DRIVERS))

    def two_sided(p: float) -> int:
        linker = Linker(model=cast(Any, _Fixed(p)), threshold=0.5, mutual_rules=True)
        return sum(len(point.sides) > 1 for point in align(claims, within=True, linker=linker))

    assert 0 < MUTUAL_FLOOR < 0.5
    assert two_sided(MUTUAL_FLOOR / 2) == 0  # below the floor: every matter one-sided
    assert two_sided((MUTUAL_FLOOR + 0.5) / 2) == 1  # the rules' link between the talks
    assert two_sided(0.9) == 1
