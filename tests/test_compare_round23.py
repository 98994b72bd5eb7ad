"""Round 23 (ro23): the matter joins chosen leave-one-set-out (compare/matters.py).

Sentences are written for these tests (invented states and people). Held out one
development set at a time, the joins of a side's adjacent sentences on little evidence (the
same speaker and one shared anchor; different speakers and a little rare wording; a direct
quote after its speaker's indirect statement) lost relation accuracy on the held-out sets,
so a side's next sentence on the same subject with other words is a point of its own.
"""

from __future__ import annotations

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


def test_a_direct_quote_after_its_speakers_statement_with_other_words_stands_alone():
    found = _points([
        ("RUR", "Minister Tavrin", "Minister Tavrin rejected the plan for the canal."),
        ("RUR", "Minister Tavrin", '"We will never accept foreign tolls on our canal," he said.'),
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
