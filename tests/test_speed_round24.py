"""Round 24 (speed24): a batch of analyses runs with automatic garbage collections paused."""

from __future__ import annotations

import gc
import weakref

import pytest

from wirecoder import loading_gc, pipeline
from wirecoder.loading_gc import batch_collection, own_process
from wirecoder.models import Story


class _Node:
    """An object that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture(autouse=True)
def _restore_gc(monkeypatch):
    thresholds = gc.get_threshold()
    enabled = gc.isenabled()
    gc.unfreeze()
    monkeypatch.setattr(loading_gc, "_OWNED", False)
    yield
    gc.unfreeze()
    gc.set_threshold(*thresholds)
    if enabled:
        gc.enable()


def test_batch_pauses_collections_and_frees_its_cycles_on_the_way_out():
    before = gc.get_threshold()
    with batch_collection():
        assert gc.get_threshold()[0] == 0
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle dropped inside the batch
        watch = weakref.ref(first)
        del first, second
        assert watch() is not None  # no collection ran inside
    assert watch() is None
    assert gc.get_threshold() == before


def test_batch_never_freezes_even_in_an_owned_process():
    own_process()  # the wirecoder command: loading freezes, a batch must not
    with batch_collection():
        results = [_Node() for _ in range(10)]
    assert gc.get_freeze_count() == 0
    assert gc.is_tracked(results[0])


def test_batch_restored_when_it_raises_and_nested_in_a_paused_block():
    before = gc.get_threshold()
    with pytest.raises(ValueError), batch_collection():
        raise ValueError("a story failed")
    assert gc.get_threshold() == before
    with loading_gc.collection_paused():
        with batch_collection():
            pass
        assert gc.get_threshold()[0] == 0  # the inner block left the work to the outer one
    assert gc.get_threshold() == before


class _Nlp:
    """A stand-in pipeline (no memory zone): the batch logic only, no model."""


def test_analyze_many_runs_parse_and_stages_with_collections_paused(monkeypatch):
    seen: list[tuple[str, int]] = []

    def parse_batch(nlp, stories, settings):
        seen.append(("parse", gc.get_threshold()[0]))
        return [object() for _ in stories]

    def analyze(doc, story, settings, stages=None, budget=None):
        seen.append(("stages", gc.get_threshold()[0]))
        return story

    monkeypatch.setattr(pipeline, "prepare", lambda settings: ())
    monkeypatch.setattr(pipeline, "nlp_for", lambda settings: _Nlp())
    monkeypatch.setattr(pipeline, "_parse_batch", parse_batch)
    monkeypatch.setattr(pipeline, "analyze_doc", analyze)
    monkeypatch.setattr(pipeline, "_emit", lambda results, on_error: (
        item for batch in results for item in batch))
    before = gc.get_threshold()
    stories = [Story(id=f"s{i}", text="Talks resumed on Monday.") for i in range(3)]
    assert [s.id for s in pipeline.analyze_many(stories, workers=1)] == ["s0", "s1", "s2"]
    assert seen == [("parse", 0)] + [("stages", 0)] * 3
    assert gc.get_threshold() == before
