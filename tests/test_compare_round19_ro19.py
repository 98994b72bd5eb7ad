"""Round 19 (ro19, issue 11): sentences that are no side's point; statements set by contrast.

A whole-sentence no-comment ("The envoy offered no timeline for the toll.") and a
correspondent's lead-in ("<Name> reports from <city> …") state no side's matter; a side's
sentence that opens by contrast ("But…", "However…") answers the other side's sentence right
before it when the two share some ground (round 19 review). Sentences written for these tests
(invented states, places and people); claims are built with the sides given, so only the
comparer's own rules decide.
"""

from __future__ import annotations

from compare_helpers import given_claims
from wirecoder.compare.align import align
from wirecoder.compare.linker import RULES


def _claimed(sentences: list[tuple[str, str]]) -> list[str]:
    """The texts of the claims built for ``[(side, sentence), ...]``."""
    return [claim.text for claim in given_claims(sentences)[1]]


def test_a_whole_sentence_that_says_nothing_is_no_claim() -> None:
    claimed = _claimed([
        ("RUR", "Ruritania's port minister Ola Brenn said the harbour dues would double."),
        ("RUR", "Brenn offered no other specifics about the new tolls."),
        ("RUR", "She did not say when the new dues would take effect."),
        ("RUR", "The ministry provided no timeline."),
    ])
    assert claimed == ["Ruritania's port minister Ola Brenn said the harbour dues would double."]
    # Guard: a no-comment followed by a statement is kept.
    sentence = ("Ola Brenn did not say when the dues would rise, but said the fleet owners "
                "had been warned.")
    assert _claimed([("RUR", sentence)]) == [sentence]


def test_a_correspondents_lead_in_is_no_sides_point() -> None:
    from wirecoder.compare.background import not_a_point, reporter_lead

    for sentence in ("Tomas Verek reports from Port Vela the lake talks broke up without a date.",
                     "In Arlen, VOA's Ines Mardo reports the convoy reached the border town.",
                     "Correspondent Pia Lund reports the two delegations left the hall early."):
        assert reporter_lead(sentence) and not_a_point(sentence), sentence
        assert _claimed([("FRE", sentence)]) == []


def test_a_lead_in_that_hands_over_to_a_side_is_kept() -> None:
    from wirecoder.compare.background import reporter_lead

    sentence = "Tomas Verek reports from Port Vela the rebels say the road to Osk is closed."
    assert not reporter_lead(sentence)
    assert _claimed([("REB", sentence)]) == [sentence]
    # "reports" of a side's own body is no correspondent's lead-in
    assert not reporter_lead("The Freedonian Interior Ministry reports heavy rain in the north.")


def _linked(sentences: list[tuple[str, str]]) -> list[set[str]]:
    """The sides of each point of two or more sides (rules linker, within one story)."""
    points = align(given_claims(sentences, whole=True)[1], within=True, linker=RULES)
    return [set(p.sides) for p in points if len(p.sides) > 1]


def test_a_sentence_opening_by_contrast_answers_the_other_sides_sentence_before_it() -> None:
    # (round 19 review: the two sentences share ground, "ferry"; "Yet" with its comma)
    for opening in ("But", "However,", "Yet,", "For its part,"):
        found = _linked([
            ("RUR", "Ruritania's envoy Ada Korr said the ferry crossing would reopen on Monday."),
            ("FRE", f"{opening} Freedonia's harbour office said the ferry crossing would "
                    "stay shut."),
        ])
        assert found == [{"RUR", "FRE"}], opening


def test_a_contrast_opening_does_not_reach_past_the_sentence_before() -> None:
    # Guards: the same side's "But"; the other side's sentence two sentences back.
    assert _linked([
        ("RUR", "Ruritania's envoy Ada Korr said the ferry crossing would reopen on Monday."),
        ("RUR", "But Ada Korr said grain tolls were still under review."),
    ]) == []
    # The sentence right before shares nothing with the contrast: no link at all (round 19
    # review; this test once expected the weather forecast linked to the harbour office).
    assert _linked([
        ("RUR", "Ruritania's envoy Ada Korr said the ferry crossing would reopen on Monday."),
        ("VER", "Veridia's weather service expects storms along the coast this week."),
        ("FRE", "But Freedonia's harbour office said no ferry had been cleared to sail."),
    ]) == []



def test_unmatched_system_points_are_classed_by_why() -> None:
    from wirecoder.compare.spurious import spurious_causes

    # Seven sentences of 10 characters each; the gold has a one-sided point (s0, s1, s4) and
    # a two-sided point (s2 and s6 RUR, s3 FRE); s5 is in no gold point.
    spans = [(10 * i, 10 * i + 9) for i in range(7)]

    def ev(**found: list[int]) -> dict[str, list[list[int]]]:
        return {side: [[10 * i, 10 * i + 9] for i in held] for side, held in found.items()}

    gold = {"points": [
        {"in": ["RUR"], "relation": "only_in_one", "evidence": ev(RUR=[0, 1, 4])},
        {"in": ["RUR", "FRE"], "relation": "different_framing",
         "evidence": ev(RUR=[2, 6], FRE=[3])},
    ]}
    system = [
        {"sides": ["RUR"], "topic": "a", "evidence": ev(RUR=[0, 1])},  # matches the one-sided
        {"sides": ["RUR"], "topic": "b", "evidence": ev(RUR=[4])},  # its fragment
        {"sides": ["RUR"], "topic": "c", "evidence": ev(RUR=[2, 6])},  # matches the two-sided
        {"sides": ["FRE"], "topic": "d", "evidence": ev(FRE=[3])},  # the side never linked
        {"sides": ["FRE"], "topic": "e", "evidence": ev(FRE=[5])},  # no gold sentence
    ]
    assert spurious_causes(gold, system, spans) == [
        (1, "fragment of one-sided"), (3, "unlinked side"), (4, "background")]
