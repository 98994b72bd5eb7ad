"""The ``wirecoder`` command line: a thin skin over the public Python API.

Each module below registers its commands on :data:`app` when imported: one line per
module, so that new commands are added by adding a line.
"""

from __future__ import annotations

from ..loading_gc import collection_paused

with collection_paused():  # the commands' modules (spaCy among them) are kept for the process
    from . import commitments as _commitments  # noqa: F401 - commitments, commitment
    from . import compare as _compare  # noqa: F401 - compare, readouts
    from . import serve as _serve  # noqa: F401 - serve
    from . import show as _show  # noqa: F401 - show ARTICLE_ID
    from . import spark as _spark  # noqa: F401 - spark (imports no pyspark)
    from . import store as _store  # noqa: F401 - ingest, events, dyad, quotes, ..., export
    from .app import app, main

__all__ = ["app", "main"]
