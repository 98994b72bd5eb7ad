"""Round-18 speed-ups (helper speed18b): set probes instead of ``np.isin``, forms read once.

Each test compares the faster reading with the plain token-by-token one on sentences
written for the test. These are output-identical refactors: the tests guard the equality
(they pass on main too, where the same answers came from ``np.isin``).
"""

from __future__ import annotations

import numpy as np
import spacy
from spacy.tokens import Doc

from wirecoder.actors.kb import compile_kb
from wirecoder.actors.match import _hyphen_hits, _matcher
from wirecoder.learned import LinearModel
from wirecoder.quotes.indirect import _cue_words
from wirecoder.quotes.lexicon import QUESTION_VERBS, REPORT_VERBS


def test_kb_matches_start_only_at_first_words() -> None:
    doc = spacy.blank("en")("South Sudan and South Korea talked; the south wind blew over Chad.")
    matcher = _matcher(compile_kb(()), doc.vocab)
    starts = {start for start, _, _ in matcher._matches(doc)}
    assert starts  # "South Sudan", "South Korea", "Chad"
    assert all(doc[s].text in matcher.by_first for s in starts)
    assert {doc[s].text for s in starts} >= {"South", "Chad"}


def test_hyphen_hits_read_each_form_once() -> None:
    words = ["Ruritanian", "-", "led", "talks", ",", "U.S.-China", "trade", "and", "well-known",
             "U.S.-China", "ties", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    kb = compile_kb(())
    hits = _hyphen_hits(doc, kb)
    plain = [i for i, t in enumerate(doc) if "-" in t.lower_ and len(t.text) >= 4
             and not kb.lookup(t.text) and (a := kb.lookup(t.text.split("-")[0]))
             and a[0].kind in {"GPE", "NORP"}]
    assert [h.start for h in hits] == plain == [5, 9]


def test_hyphen_hits_without_hyphens_are_empty() -> None:
    doc = Doc(spacy.blank("en").vocab, words=["Envoys", "met", "in", "Geneva", "."])
    assert _hyphen_hits(doc, compile_kb(())) == []


def test_cue_words_are_the_lemma_and_form_readings() -> None:
    words = ["Officials", "said", "that", "according", "to", "Ruritania", ",", "envoys",
             "asked", "whether", "talks", "would", "resume", "."]
    lemmas = ["official", "say", "that", "accord", "to", "Ruritania", ",", "envoy", "ask",
              "whether", "talk", "would", "resume", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=lemmas)
    verbs = REPORT_VERBS | QUESTION_VERBS
    plain = [t.i for t in doc if t.lemma_ in verbs or t.lower_ == "according"]
    assert _cue_words(doc) == plain
    assert 1 in plain and 3 in plain


def test_linear_scores_ignore_unknown_features_bit_for_bit() -> None:
    model = LinearModel(["a", "b", "c"], {"x": [0.1, 0.2, 0.3], "y": [1e-17, -0.7, 2.5],
                                          "z": [0.3, 0.3, -0.1]}, [0.5, -0.5, 0.0])
    features = ["z", "unknown", "x", "y", "x"]
    rows = [model._index[n] for n in features if n in model._index]
    expected = np.asarray(model._bias).copy() + np.asarray(model._weights)[rows].sum(axis=0)
    assert model.scores(features).tolist() == expected.tolist()
    assert model.scores(["unknown"]).tolist() == [0.5, -0.5, 0.0]


def test_span_tokens_with_reads_the_lower_column_within_the_span() -> None:
    from wirecoder.textutil import span_tokens_with

    words = ["According", "to", "envoys", ",", "talks", "ended", ".", "according", "to",
             "Veridia", ",", "they", "resumed", ",", "according", "to", "aides", "."]
    doc = Doc(spacy.blank("en").vocab, words=words)
    second = doc[7:18]
    plain = [t for t in second if t.lower_ in {"according"}]
    assert span_tokens_with(second, {"according"}) == plain
    assert [t.i for t in span_tokens_with(second, {"according"})] == [7, 14]
    assert [t.i for t in span_tokens_with(doc[0:7], {"according"})] == [0]
    assert span_tokens_with(doc[1:7], {"according"}) == []
