"""Round 23 (ro23): the matter joins chosen leave-one-set-out (compare/matters.py).

Sentences are written for these tests (invented states and people). Held out one
development set at a time, the joins of a side's adjacent sentences on little evidence (the
same speaker and one shared anchor; different speakers and a little rare wording; a direct
quote after its speaker's indirect statement) lost relation accuracy on the held-out sets,
so a side's next sentence on the same subject with other words is a point of its own.
"""

from __future__ import annotations

from collections import Counter

import pytest

from readouts_harness import load_harness
from wirecoder.compare.align import align
from wirecoder.compare.claims import build_claims
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.linker import default_linker
from wirecoder.compare.sentences import sentence_spans
from wirecoder.models import Analysis


def _points(rows: list[tuple[str, str, str]]) -> list[list[int]]:
    """Sentence indexes of each point of ``[(side, speaker, sentence), ...]``."""
    text = " ".join(s for _, _, s in rows)
    spans = sentence_spans(text)
    assert len(spans) == len(rows)
    analysis = Analysis(id="t", text=text)
    claims = []
    for side in dict.fromkeys(r[0] for r in rows):
        mine = {i: (side, "given", who) for i, (s, who, _) in enumerate(rows) if s == side}
        claims.extend(build_claims(analysis, side, spans, mine, load_lexicon()))
    return sorted(sorted(spans.index(tuple(s)) for v in p.evidence.values() for s in v)
                  for p in align(claims))


def test_one_speakers_next_sentence_sharing_only_an_anchor_is_its_own_matter():
    found = _points([
        ("RUR", "Minister Tavrin", "Minister Tavrin said tariffs on Freedonian grain would "
                                   "double."),
        ("RUR", "Minister Tavrin", "He said the tariffs would pay for coastal hospitals."),
    ])
    assert found == [[0], [1]]


def test_different_speakers_of_one_side_sharing_a_rare_word_stay_apart():
    found = _points([
        ("RUR", "Minister Tavrin", "Minister Tavrin said the harbour at Velmo would close."),
        ("RUR", "General Oradi", "General Oradi said his patrols near Velmo found smugglers."),
    ])
    assert found == [[0], [1]]


def test_a_direct_quote_after_its_speakers_statement_with_other_words_joins_it():
    # SUPPORTING_QUOTE was switched back on by the lead after the review (the gold keeps
    # most of its pairs together): the quote supports the statement just before it.
    found = _points([
        ("RUR", "Minister Tavrin", "Minister Tavrin rejected the plan for the canal."),
        ("RUR", "Minister Tavrin", '"We will never accept foreign tolls on our canal," he said.'),
    ])
    assert found == [[0, 1]]


def test_a_direct_quote_of_another_speaker_does_not_join_the_statement_before_it():
    found = _points([
        ("RUR", "Minister Tavrin", "Minister Tavrin rejected the plan for the canal."),
        ("RUR", "Mayor Estrel", '"Our fishermen need the harbour open," Mayor Estrel said.'),
    ])
    assert found == [[0], [1]]


def test_one_sides_sentences_restating_one_matter_still_join():
    found = _points([
        ("RUR", "Minister Tavrin", "Minister Tavrin said the harbour at Velmo would close."),
        ("RUR", "Minister Tavrin", "Tavrin said the harbour at Velmo would close in May."),
    ])
    assert found == [[0, 1]]


def test_the_linker_links_at_the_threshold_chosen_out_of_set():
    assert default_linker().threshold == 0.6


# Review fixes (rfro23): each switch is still code the harness re-chooses every round, so
# each is run both ways, on sentences where only that switch decides.
_SWITCHED = {
    "MERGE_SAME_VOICE": [
        ("RUR", "Envoy Malden", "Envoy Malden said sanctions on Ostrian banks would stay."),
        ("RUR", "Envoy Malden", "He said the sanctions had cut smuggling on the lake."),
    ],
    "LOOSE_JOIN": [
        ("RUR", "Envoy Malden", "Envoy Malden said the ferry to Korvik would stop in June."),
        ("RUR", "Mayor Estrel", "Mayor Estrel said fishermen from Korvik had lost their nets."),
    ],
    "SUPPORTING_QUOTE": [
        ("RUR", "Envoy Malden", "Envoy Malden turned down the offer on the pipeline."),
        ("RUR", "Envoy Malden", '"No government of ours will sign away that pipeline," he said.'),
    ],
}


@pytest.mark.parametrize("switch", sorted(_SWITCHED))
def test_each_join_merges_its_own_case_only_when_switched_on(switch, monkeypatch):
    for other in _SWITCHED:
        monkeypatch.setattr(f"wirecoder.compare.matters.{other}", other != switch)
    assert _points(_SWITCHED[switch]) == [[0], [1]]
    monkeypatch.setattr(f"wirecoder.compare.matters.{switch}", True)
    assert _points(_SWITCHED[switch]) == [[0, 1]]




def test_the_harness_guard_keeps_a_setting_whose_point_f1_is_too_low_from_being_chosen(
        monkeypatch):
    loso = load_harness(monkeypatch)
    # "split": more relations right but many unmatched points (F1 .5); "kept": F1 .8
    split = {"a": loso.Counts(5, 10, 0, Counter({("shared", "shared"): 5}), 1)}
    kept = {"a": loso.Counts(4, 1, 1, Counter({("shared", "shared"): 4,
                                                ("shared", "(missed)"): 1}), 1)}
    table = {"split": split, "kept": kept}
    assert loso.choose(table, ["a"], "kept") == "split"
    assert loso.choose(table, ["a"], "kept", min_f1=0.7) == "kept"
    # the shipped default stays a candidate even below the guard
    assert loso.choose({"split": split}, ["a"], "split", min_f1=0.7) == "split"
