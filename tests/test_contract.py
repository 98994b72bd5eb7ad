"""The output contract holds on every VOA story and on the seed: offsets, sentences, fields."""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.models import Analysis

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def voa_analyses(voa_stories):
    return list(wirecoder.analyze_many(voa_stories))


def _sentence_count(analysis: Analysis, nlp) -> int:
    return len(list(nlp(analysis.text).sents))


def _check(analysis: Analysis, n_sentences: int) -> None:
    text = analysis.text
    records = [*analysis.entities, *analysis.events, *analysis.quotes, *analysis.quantities,
               *analysis.time_expressions]
    for record in records:
        assert 0 <= record.start < record.end <= len(text), record
        assert 0 <= record.sentence < n_sentences, record
    for entity in analysis.entities:
        assert text[entity.start:entity.end] == entity.raw_text
    for quote in analysis.quotes:
        assert text[quote.start:quote.end] == quote.text
    for quantity in analysis.quantities:
        assert text[quantity.start:quantity.end] == quantity.text
    for timex in analysis.time_expressions:
        assert text[timex.start:timex.end] == timex.text
    for event in analysis.events:
        assert event.story_id == analysis.id and event.id.startswith(analysis.id)
        assert event.event_text and event.event_text in event.text
        assert event.text in text
        assert event.quad and event.score is not None and event.why
        for party in (*event.actor, *event.recipient):
            assert party.country_code is None or len(party.country_code) == 3
    assert Analysis.model_validate(analysis.to_dict()) == analysis


def test_voa_corpus_honours_the_contract(voa_analyses, voa_stories, nlp):
    assert [a.id for a in voa_analyses] == [s["id"] for s in voa_stories]
    for analysis in voa_analyses:
        _check(analysis, _sentence_count(analysis, nlp))
    assert sum(len(a.events) for a in voa_analyses) > 500
    assert sum(len(a.quotes) for a in voa_analyses) > 300


def test_seed_honours_the_contract(seed_analysis, nlp):
    _check(seed_analysis, _sentence_count(seed_analysis, nlp))
