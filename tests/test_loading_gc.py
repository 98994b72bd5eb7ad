"""The first preparation loads with automatic garbage collections paused (round 22, qy22)."""

from __future__ import annotations

import gc
import weakref

import pytest

from wirecoder.loading_gc import collection_paused


class _Node:
    """An object that can sit in a reference cycle and be watched by a weak reference."""

    def __init__(self) -> None:
        self.other: _Node | None = None


@pytest.fixture(autouse=True)
def _restore_gc():
    thresholds = gc.get_threshold()
    enabled = gc.isenabled()
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
