"""The shared span scoring of the scorers (evaluation/common.py): one-to-one overlap matching."""

from __future__ import annotations

from dataclasses import dataclass

from wirecoder.evaluation.common import Score, scored_pairs, span_row


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    label: str


def test_scored_pairs_tallies_every_passage_and_pairs_largest_overlap_first() -> None:
    # Passage 1: "Tuesday" gold at 10-17; the system finds 8-17 and a spurious 30-34.
    # Passage 2: two gold spans, the system one span overlapping both, more the second.
    golds = [[{"start": 10, "end": 17, "label": "DATE"}],
             [{"start": 0, "end": 5, "label": "A"}, {"start": 6, "end": 20, "label": "B"}]]
    predicted = [[_Span(8, 17, "DATE"), _Span(30, 34, "DATE")], [_Span(3, 15, "B")]]
    score = Score()
    pairs = [(gold["label"], pred.label) for gold, pred in scored_pairs(score, golds, predicted)]
    assert pairs == [("DATE", "DATE"), ("B", "B")]
    assert (score.tp, score.fp, score.fn) == (2, 1, 1)
    row = span_row("sys", score)
    assert row["system"] == "sys"
    assert row["span_precision"] == round(2 / 3, 3) and row["span_recall"] == round(2 / 3, 3)
