"""Load the long-lived data of a process with the cyclic garbage collector paused.

The first :func:`wirecoder.pipeline.prepare` of a process loads the spaCy pipeline, compiles
the stages' patterns (the quantities patterns alone parse some 80,000 characters of regular
expression), reads the learned weights and the knowledge base: a few hundred thousand
objects, nearly all kept for the life of the process. CPython's collector, run by allocation
counts, traverses the whole heap in each full collection while that heap grows; measured on
one story with an empty cache (round 22), five full collections and sixty middle ones took
about 1.0 s of the 2.9 s CPU of ``wirecoder analyze``, and the collection at interpreter exit
another 0.2 s. None of them found much: the loaded data is not garbage.

:func:`collection_paused` runs that loading with automatic collections off, then collects the
youngest generation once (every object made while it was off is still there, so the
loading's own cyclic garbage is freed) and moves the survivors to the permanent generation
(``gc.freeze``), which later collections, the one at exit included, no longer traverse.
Objects are freed by reference counting as before; only a reference cycle among frozen
objects that is dropped later is never collected. The analyses are the same: the collector
decides when memory is freed, never what the code computes.

``gc.freeze`` moves *every* object of the process, not only the loaded ones, so it is done
only in a process wirecoder owns: the ``wirecoder`` command and the web server call
:func:`own_process` first (the server freezes its app with :func:`freeze_long_lived`). A
program that imports wirecoder as a library gets the pause and the one young collection, but
its own objects are never frozen (call :func:`own_process` to opt in).

The same pause serves the analysis: :func:`batch_collection` runs one batch (parse and stages
of up to ``batch_size`` stories, :func:`wirecoder.pipeline._run_batch`) with automatic
collections off and collects the youngest generation once at its end, without freezing. A
batch allocates millions of short-lived objects (Tokens, Spans, records), nearly all freed by
reference counting; run by allocation counts, the collector otherwise made some 270 young,
25 middle and 2–3 full collections per pass over the 89 VOA stories, and each full one
traverses the whole heap (the loaded model, patterns and knowledge base: about a million
references, 0.1–0.2 s each in a process that has not frozen them). Measured in round 24
(speed24, CPU seconds, a library process holding the stock pipeline too, as
``benchmarks/throughput.py``): 0.26–0.55 s of collection per pass before, 0.06–0.08 s with
the batch pause (six young collections), same analyses. The batch's own cyclic garbage lives
until the batch ends (its Docs live that long anyway, in the batch's memory zone).

Not thread-aware: a block entered while another thread's block runs sees automatic
collections already off and leaves the work to the first; a ``gc.set_threshold`` made by
other code during a block is undone when it ends.
"""

from __future__ import annotations

import contextlib
import gc
from collections.abc import Iterator

__all__ = ["batch_collection", "collection_paused", "freeze_long_lived", "own_process"]

_OWNED = False


def own_process() -> None:
    """Declare the process wirecoder's own: :func:`collection_paused` then freezes too."""
    global _OWNED
    _OWNED = True


def freeze_long_lived() -> None:
    """Move every object alive now to the permanent generation, if the process is owned.

    Later collections, the one at exit included, no longer traverse them.
    """
    if _OWNED:
        gc.freeze()


@contextlib.contextmanager
def collection_paused() -> Iterator[None]:
    """Run the block with automatic collections off, then collect its young garbage.

    In a process declared by :func:`own_process`, the survivors are then frozen
    (:func:`freeze_long_lived`); elsewhere they are left to the collector as usual.

    Automatic collections are switched off by a first threshold of 0 rather than by
    ``gc.disable()``: a library in the block may disable and re-enable the collector around
    its own work (srsly does, reading spaCy's msgpack files), which would switch it back on
    for the rest of the block. Does nothing when the collector is off or already paused (a
    caller that switched it off keeps control of it; a nested use leaves the work to the
    outer one).
    """
    with _paused(freeze=True):
        yield


@contextlib.contextmanager
def batch_collection() -> Iterator[None]:
    """Run one batch of analyses with automatic collections off, then collect its young garbage.

    As :func:`collection_paused` (same pause, same nesting rule) but never freezes: the
    batch's survivors are the analyses handed to the caller, not long-lived data.
    """
    with _paused(freeze=False):
        yield


@contextlib.contextmanager
def _paused(*, freeze: bool) -> Iterator[None]:
    thresholds = gc.get_threshold()
    if not gc.isenabled() or thresholds[0] == 0:
        yield
        return
    gc.set_threshold(0, *thresholds[1:])
    try:
        yield
    finally:
        try:
            gc.collect(0)  # the block's own cyclic garbage: all its objects are still young
            if freeze:
                freeze_long_lived()
        finally:
            gc.set_threshold(*thresholds)
