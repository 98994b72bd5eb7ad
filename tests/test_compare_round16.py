"""Round 16 of the comparer (ro16): a shared name alone does not make two sides' matters one.

Stories written for these tests (real states, fictional officials and places of our
choosing). Each side states its own matter; the two sentences share nothing but the name of
a place. The rules gave such a pair a "phrase only these two matters use" and, the two being
each other's best counterpart, linked them below the link model's threshold: two one-sided
points became one divergent point. The name tests fail on the code before this round.
"""

from __future__ import annotations

from typing import Any, cast

import pytest

PUBLISHED = "2026-04-14"

# Two matters that meet only in the name of a border post.
CROSSING = ("Zambia's transport minister, Mwila Chanda, said on Tuesday that trucks would "
            "be barred from the Kasaba Crossing at night from March. "
            "Botswana's agriculture ministry said in a statement on Wednesday that a cattle "
            "disease had been found on farms west of Kasaba Crossing.")

# Another shape: a warning first, then an announcement with the speaker after the clause.
HARBOUR = ("Ghana's finance ministry warned on Monday that cocoa shipments leaving Port "
           "Selvane had fallen by a third since the dry season began. "
           "A new customs post will open next year beside Port Selvane, Togo's trade "
           "minister, Kossi Amegah, told reporters in Lome.")

# The same two sides sharing wording about one matter ("transit rules"), not a name.
WORDING = ("Zambia's transport minister, Mwila Chanda, said on Tuesday that trucks would "
           "be barred at night from the border crossing under new transit rules. "
           "Botswana's agriculture ministry said in a statement on Wednesday that the new "
           "transit rules were drafted without its farmers in mind.")


class _Fixed:
    """A link model stand-in that gives every pair one probability."""

    def __init__(self, p: float) -> None:
        self.p = p

    def probabilities(self, features: dict[str, float]) -> dict[str, float]:
        return {"link": self.p, "apart": 1 - self.p}


def _two_sided(story: str, p: float) -> int:
    import wirecoder
    from wirecoder.compare.align import align
    from wirecoder.compare.api import within_claims
    from wirecoder.compare.linker import Linker

    claims = within_claims(wirecoder.analyze(story, published=PUBLISHED))
    assert len({c.side for c in claims}) == 2, claims
    linker = Linker(model=cast(Any, _Fixed(p)), threshold=0.5, mutual_rules=True)
    return sum(len(point.sides) > 1 for point in align(claims, within=True, linker=linker))


@pytest.mark.parametrize("story", [CROSSING, HARBOUR])
def test_a_shared_place_name_alone_leaves_both_matters_one_sided(story: str) -> None:
    from wirecoder.compare.linker import MUTUAL_FLOOR

    between = (MUTUAL_FLOOR + 0.5) / 2  # above the floor, below the model's threshold
    assert _two_sided(story, between) == 0  # the rules' link on the name is not kept
    assert _two_sided(story, 0.9) == 1  # the model's own link still stands
    assert _two_sided(WORDING, between) == 1  # shared wording, not a name, still links


def test_name_phrases_are_two_capitalized_content_words() -> None:
    from wirecoder.compare.claims import name_phrases, phrases

    text = "Trucks leaving Port Selvane pay new transit fees to the Harbour Board."
    names = name_phrases(text)
    assert len(names) == 2 and names < phrases(text)  # "Port Selvane", "Harbour Board"
    assert not name_phrases("the new transit fees were raised in March")


def _claim(n: int, side: str, text: str, **fields: Any) -> Any:
    from wirecoder.compare.models import Claim

    return Claim(id=f"story:s{n}", account="story", side=side, start=100 * n,
                 end=100 * n + len(text), text=text, **fields)


def test_link_ground_names_what_a_linked_one_sided_point_shares() -> None:
    from wirecoder.compare.diagnose import link_ground

    own = [_claim(0, "Ruritania", "Ruritania will widen the canal at Osterby next spring.",
                  anchors=("trade",), participants=("Ruritania", "Veridia"))]
    anchor = [_claim(3, "Freedonia", "Freedonia fears that tolls on grain barges will rise.",
                     anchors=("trade",), participants=("Freedonia",))]
    person = [_claim(4, "Freedonia", "Freedonia thanked Veridia for hosting the meeting.",
                     participants=("Freedonia", "Veridia"), event_types=("CONSULT",))]
    words = [_claim(5, "Freedonia", "Its own canal dredging ended years ago.")]
    nothing = [_claim(6, "Freedonia", "Elections are due before winter.")]
    assert link_ground(own, anchor) == "anchor"
    assert link_ground(own, person) == "participant"  # Ruritania itself does not count
    assert link_ground(own, [*anchor, *person]) == "anchor+participant"
    assert link_ground(own, words) == "wording"
    assert link_ground(own, nothing) == "none"
