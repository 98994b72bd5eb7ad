"""The first preparation loads with automatic garbage collections paused (round 22, qy22)."""

from __future__ import annotations

import gc
import weakref

import pytest

from wirecoder import loading_gc
from wirecoder.loading_gc import collection_paused, own_process


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
