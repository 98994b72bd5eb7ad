"""Readout comparison (wirecoder.compare) on sentences written for the tests and the seed."""

from __future__ import annotations

import pydantic
import pytest

from wirecoder.compare import Account, compare, compare_within
from wirecoder.compare.sentences import sentence_spans
from wirecoder.errors import InputError

# Two invented readouts of one call, written for these tests.
WHITE_HOUSE = {
    "id": "wh", "source": "The White House", "published": "2024-04-02", "text": (
        "President Joe Biden spoke by phone with President Xi Jinping of the People's Republic "
        "of China on Tuesday. The two leaders held a candid and constructive discussion on trade "
        "and the bilateral relationship. President Biden emphasized the importance of maintaining "
        "peace and stability across the Taiwan Strait. He said China committed to buying 18 "
        "million tons of U.S. soybeans by June. The leaders agreed to keep open lines of "
        "communication.")}
BEIJING = {
    "id": "mfa", "published": "2024-04-02", "text": (
        "Chinese President Xi Jinping spoke by phone with U.S. President Joe Biden on Tuesday at "
        "the request of the U.S. side. The call focused almost entirely on trade, Xi said. Xi "
        "said China would buy 10 million tons of U.S. soybeans by June. The two "
        "presidents agreed to keep open lines of communication.")}


@pytest.fixture(scope="module")
def pair(nlp):
    return compare([WHITE_HOUSE, BEIJING], group="call")


def _point(comparison, topic):
    """The first point whose label opens with ``topic`` as the text writes it ("Taiwan: …")."""
    found = [p for p in comparison.points if p.topic.lower().startswith(topic)]
    assert found, [p.topic for p in comparison.points]
    return found[0]


def test_sides_are_inferred_from_source_and_opening_speaker(pair):
    sides = {a.id: (a.side, a.side_from) for a in pair.accounts}
    assert sides == {"wh": ("USA", "source"), "mfa": ("CHN", "speaker")}


def test_exclusive_scope_contradicts_the_other_sides_topic(pair):
    taiwan = _point(pair, "taiwan")
    assert taiwan.relation == "contradiction"
    assert taiwan.why.startswith("exclusive scope")
    assert set(taiwan.in_) == {"wh", "mfa"}


def test_different_numbers_for_one_quantity_contradict(pair):
    soy = [p for p in pair.points if "soybeans" in p.why]
    assert soy and soy[0].relation == "contradiction"
    assert "18" in WHITE_HOUSE["text"][slice(*soy[0].evidence["wh"][0])]


def test_compatible_statements_are_shared(pair):
    shared = [p for p in pair.points if p.relation == "shared"]
    evidence = [[pair.texts[a][s:e] for a, spans in p.evidence.items() for s, e in spans]
                for p in shared]
    # Both accounts keep lines of communication open (and both report the call itself).
    assert any(all("communication" in t for t in texts) and len(texts) == 2
               for texts in evidence)
    assert all(set(p.in_) == {"wh", "mfa"} for p in shared)


def test_every_point_has_evidence_sentences_and_a_rule(pair):
    for point in pair.points:
        assert point.why
        assert point.relation != "only_in_one" or len(point.sides) == 1
        for account, spans in point.evidence.items():
            text = pair.texts[account]
            starts = {s for s, _ in sentence_spans(text)}
            for start, end in spans:
                assert start in starts and 0 < end <= len(text)


def test_initiator_tone_and_topics(pair):
    assert pair.initiator == "U.S."
    assert "candid" in pair.tone["USA"]
    assert "taiwan" in pair.topics["USA"] and "taiwan" not in pair.topics["CHN"]


def test_records_are_frozen(pair):
    with pytest.raises(pydantic.ValidationError):
        pair.points[0].relation = "shared"


def test_comparison_json_uses_in_and_omits_texts(pair):
    data = pair.to_dict()
    assert "texts" not in data and "in" in data["points"][0]
    assert pair.to_dict(texts=True)["texts"]["wh"] == WHITE_HOUSE["text"]


def test_one_account_or_empty_text_is_an_input_error(nlp):
    with pytest.raises(InputError):
        compare([WHITE_HOUSE])
    with pytest.raises(InputError):
        compare([WHITE_HOUSE, {"id": "x", "text": ""}])


def test_given_side_wins_over_inference(nlp):
    result = compare([Account(id="a", text=BEIJING["text"], side="XYZ"), WHITE_HOUSE])
    assert result.accounts[0].side == "XYZ" and result.accounts[0].side_from == "given"


def test_within_splits_a_story_by_attribution_and_finds_a_denial(nlp):
    story = ("Pakistan's army spokesman said the attack on the train was directed from "
             "Afghanistan. Afghanistan's foreign ministry rejected Pakistan's allegation that "
             "the attack was directed from Afghan soil as baseless. Analysts said the dispute "
             "would strain relations.")
    result = compare_within(story, published="2025-03-13")
    assert {a.side for a in result.accounts} == {"PAK", "AFG"}
    divergent = [p for p in result.points if set(p.sides) == {"PAK", "AFG"}]
    assert divergent and divergent[0].relation == "contradiction"
    assert not any("Analysts" in story[s:e] for p in result.points
                   for spans in p.evidence.values() for s, e in spans)


def test_seed_story_within(seed_analysis):
    result = compare_within(seed_analysis)
    sides = {a.side for a in result.accounts}
    assert {"USA", "CHN"} <= sides
    taiwan = _point(result, "taiwan")
    assert set(taiwan.sides) >= {"USA", "CHN"}
    assert taiwan.relation in {"different_framing", "contradiction"}
    assert "excellent" in result.tone["USA"]
    assert any(p.relation == "only_in_one" and p.sides == ("CHN",) for p in result.points)
    quoted = [seed_analysis.text[s:e] for s, e in taiwan.evidence["CHN"]]
    assert any("utmost caution" in q for q in quoted)


def test_package_level_twin_is_callable(pair):
    import wirecoder

    again = wirecoder.compare([WHITE_HOUSE, BEIJING], group="call")
    assert again.to_dict() == pair.to_dict()
