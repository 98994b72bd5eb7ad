"""Round 11 of the comparer (ro10): sides of sentences a party opens with a stance verb, a
document that carries on a statement over a sentence of narration, and each side's verdict
on the contact as one matter.

Sentences written for these tests (fictional officials and events; countries chosen freely).
After review, the three stance-verb openings and the story of the bare-head speaker were
rewritten because they followed development-gold shapes; each fails on the code before
this round.
"""

from __future__ import annotations

import pytest

from compare_helpers import carried as _carried
from compare_helpers import story_sides
from wirecoder.compare.lexicon import load_lexicon


def _story_sides(story: str) -> dict[int, str]:
    return story_sides(story, "2026-04-14")


@pytest.mark.parametrize(("opening", "side"), [
    ("Across the gulf, Estonia suspects a leak in the customs office.", "EST"),
    ("After the storm, Finland offered two icebreakers to clear the shipping lane.", "FIN"),
    ("Estonia puts its own losses from the closed crossing at 3 million euros a month.", "EST"),
])
def test_a_party_subject_with_a_stance_verb_states_its_sides_view(opening: str, side: str):
    story = ("Finnish Transport Minister Aino Salme met her Estonian counterpart Jaak Tamm in "
             "Tallinn on Monday. " + opening + " Snow closed two highways near the coast.")
    sides = _story_sides(story)
    assert sides.get(1) == side
    assert 2 not in sides  # narration keeps no side


def test_a_document_carries_on_a_statement_across_one_sentence_of_narration():
    found = _carried([
        "The Estonian foreign ministry said on Sunday that the ferry talks had stalled.",
        "Negotiators from both countries had met four times since March.",
        "The statement said the fares proposed by Helsinki were out of reach for islanders.",
    ], {0: ("EST", "Estonian foreign ministry", "subject")})
    assert found[2][0] == "EST"
    assert 1 not in found  # the narration between stays without a side


def test_a_document_after_a_commentator_or_two_narration_sentences_carries_nothing():
    found = _carried([
        "The Estonian foreign ministry said on Sunday that the ferry talks had stalled.",
        "An economist in Tartu doubted that fares would fall.",
        "The statement said the fares proposed by Helsinki were out of reach for islanders.",
    ], {0: ("EST", "Estonian foreign ministry", "subject")}, commentary={1: 0})
    assert 2 not in found
    found = _carried([
        "The Estonian foreign ministry said on Sunday that the ferry talks had stalled.",
        "Negotiators from both countries had met four times since March.",
        "Ice closed the port for a week.",
        "The statement said the fares proposed by Helsinki were out of reach for islanders.",
    ], {0: ("EST", "Estonian foreign ministry", "subject")})
    assert 3 not in found
    # a pronoun still carries on only the sentence right before
    found = _carried([
        "The Estonian foreign ministry said on Sunday that the ferry talks had stalled.",
        "Negotiators from both countries had met four times since March.",
        "It also proposed a new round in May.",
    ], {0: ("EST", "Estonian foreign ministry", "subject")})
    assert 2 not in found


def test_a_verdict_on_the_contact_is_a_topic_anchor():
    verdict = load_lexicon().anchors["contact_assessment"]
    assert verdict.search("He called the negotiations in Riga useful but slow.")
    assert verdict.search("It was a disappointing meeting, the envoy told reporters.")
    assert verdict.search("Both delegations described their discussions as frank.")
    assert not verdict.search("The meeting was held in a hotel outside Riga.")
    assert not verdict.search("Good weather let the convoy reach the border town.")


def test_two_sides_opposite_verdicts_on_the_talks_are_one_divergent_point():
    import wirecoder
    from wirecoder.compare import compare_within

    story = ("Latvian and Lithuanian officials held a second round of talks on the shared power "
             "grid in Vilnius on Friday. Lithuanian Energy Minister Darius Kalnas said the "
             "negotiations had been productive and that a deal could come by autumn. Latvia's "
             "foreign ministry said on Saturday that the talks were disappointing. The ministry "
             "also demanded an audit of the grid operator's accounts.")
    result = compare_within(wirecoder.analyze(story, published="2026-04-14"))
    first = story.index("Lithuanian Energy")
    second = story.index("Latvia's foreign")
    both = [p for p in result.points
            if {s[0] for spans in p.evidence.values() for s in spans} >= {first, second}]
    assert len(both) == 1
    assert set(both[0].sides) == {"LTU", "LVA"}
    assert both[0].relation == "different_framing"


def test_a_quote_speaker_kept_as_a_bare_head_is_the_fuller_description_around_it():
    # The quote stage keeps "prime minister" and resolves it to the prime minister quoted
    # before; the entity stage reads "The Latvian prime minister", whose nationality names
    # the speaker.
    story = ("Latvian Prime Minister Ilze Berzina welcomed Lithuanian Prime Minister Tomas "
             "Rimkus to Riga on Thursday for a summit on rail links. Mr. Rimkus told reporters "
             "the long row over freight tariffs \"is settled for good.\" The Latvian prime "
             "minister said the summit had been \"a fair bargain\" for both capitals.")
    sides = _story_sides(story)
    assert sides.get(1) == "LTU"
    assert sides.get(2) == "LVA"
