"""Garbage collections paused while loading (round 22, qy22) and per batch (round 24, speed24)."""

from __future__ import annotations

import gc
import weakref

import pytest

from wirecoder import loading_gc, pipeline
from wirecoder.loading_gc import batch_collection, collection_paused, own_process
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


def test_collections_off_inside_and_restored_after():
    before = gc.get_threshold()
    with collection_paused():
        assert gc.get_threshold()[0] == 0
        gc.disable()  # a library that switches the collector off and on around its work
        gc.enable()
        assert gc.get_threshold()[0] == 0  # still paused
    assert gc.get_threshold() == before
    assert gc.isenabled()


def test_what_the_block_keeps_is_frozen_and_its_cycles_are_freed():
    own_process()  # the wirecoder command or the web server
    kept = []
    with collection_paused():
        first, second = _Node(), _Node()
        first.other, second.other = second, first  # a cycle dropped inside the block
        watch = weakref.ref(first)
        del first, second
        kept.append(_Node())
        assert watch() is not None  # no collection ran inside
    assert watch() is None  # the block's cyclic garbage was collected on the way out
    assert gc.get_freeze_count() > 0
    assert kept[0] is not None


def test_left_alone_when_the_collector_is_off_or_already_paused():
    gc.disable()
    with collection_paused():
        assert gc.get_threshold()[0] != 0
    assert not gc.isenabled()
    gc.enable()
    with collection_paused():
        with collection_paused():
            pass
        assert gc.get_threshold()[0] == 0  # the inner block did not restore the thresholds
    assert gc.get_threshold()[0] != 0


def test_a_library_callers_objects_are_never_frozen():
    callers = [_Node() for _ in range(10)]  # a program that imports wirecoder as a library
    with collection_paused():
        loaded = [_Node() for _ in range(10)]
    assert gc.get_freeze_count() == 0
    assert gc.is_tracked(callers[0]) and gc.is_tracked(loaded[0])


def test_restored_when_the_block_raises():
    before = gc.get_threshold()
    with pytest.raises(KeyError), collection_paused():
        raise KeyError("a resource file is missing")
    assert gc.get_threshold() == before


def test_restored_when_the_collection_itself_raises(monkeypatch):
    before = gc.get_threshold()

    def interrupted(generation: int = 2) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(loading_gc.gc, "collect", interrupted)
    with pytest.raises(KeyboardInterrupt), collection_paused():
        pass
    monkeypatch.undo()
    assert gc.get_threshold() == before


# Round 24 (speed24): a batch of analyses runs with automatic collections paused, never frozen.


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
