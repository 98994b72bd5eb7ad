"""Corpus store: ingest analyses into SQLite or PostgreSQL, query and export them.

    from wirecoder.store import Store

    with Store("corpus.db") as store:            # or "postgresql://user:pw@host/db"
        store.ingest(paths=["voa_stories.jsonl"], workers=2)
        store.events(actor="USA", event_type="REQUEST", since="2025-01-01")
        store.dyad("USA", "CHN", by="month")
        store.export("gdelt", "events.tsv")

The store is never imported by the analysis pipeline; it only consumes its records.
"""

from __future__ import annotations

from .core import Store, open_store
from .ingest import IngestReport

__all__ = ["IngestReport", "Store", "open_store"]
