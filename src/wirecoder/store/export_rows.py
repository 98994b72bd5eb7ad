"""Export rows of one analysis, without a database: the path Spark and the store share.

The store's Parquet export turns the event rows it reads from the database into flat
records with :func:`wirecoder.store.export.flat_record`. :func:`event_rows` builds the same
event rows straight from an :class:`~wirecoder.models.Analysis` (through the same
:func:`~wirecoder.store.rows.article_rows` flattening the store writes), so
``[flat_record(r) for r in event_rows(a, id)]`` is exactly what ``wirecoder export
--format parquet`` writes for that article once stored, in the schema
:func:`~wirecoder.store.export.parquet_schema`.

Article ids here are :func:`stable_article_id`: a hash of the story, not a database row,
small enough that ``article_id * EVENT_ID_FACTOR + event_idx`` (the GDELT-style
GlobalEventID of the export) fits a signed 64-bit integer.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Any

from ..models import Analysis
from .export import EVENT_ID_FACTOR, flat_record
from .rows import ArticleRows, article_rows, text_hash

__all__ = [
    "ARTICLE_ID_BITS",
    "article_record",
    "articles_schema",
    "event_records",
    "event_rows",
    "quantities_schema",
    "quantity_records",
    "quote_records",
    "quotes_schema",
    "stable_article_id",
]

#: Bits of a stable article id: the largest width for which every GlobalEventID
#: (``article_id * EVENT_ID_FACTOR + idx``, idx < EVENT_ID_FACTOR) fits in int64.
ARTICLE_ID_BITS = (2**63 // EVENT_ID_FACTOR).bit_length() - 1

_QUOTE_COLUMNS = ("text", "kind", "cue", "cue_start", "cue_end", "start", "end", "sentence",
                  "speaker_name", "speaker_code")
_QUANTITY_COLUMNS = ("text", "value", "value_high", "unit", "normalized_value",
                     "normalized_unit", "kind", "approximate", "about", "about_start",
                     "about_end", "committer_name", "period", "start", "end", "sentence")


def stable_article_id(story_id: str, text: str) -> int:
    """Return the article id of a story: the same story always gets the same id.

    The id hashes the story id and the normalized text (the store's de-duplication
    hash), keeping :data:`ARTICLE_ID_BITS` (46) bits: two different stories share an id
    with probability about ``n**2 / 2**47`` (1e-2 for a million stories).
    """
    digest = hashlib.sha256(f"{story_id}\x1f{text_hash(text)}".encode()).digest()
    return int.from_bytes(digest[:8], "big") >> (64 - ARTICLE_ID_BITS)


def event_rows(
    analysis: Analysis,
    article_id: int,
    *,
    rows: ArticleRows | None = None,
    ingested_at: dt.datetime | None = None,
) -> list[dict[str, Any]]:
    """Return the events of ``analysis`` as the rows :func:`export.iter_events` yields.

    Args:
        analysis: One analysis.
        article_id: Its article id (e.g. :func:`stable_article_id`).
        rows: Its :func:`article_rows`, when already computed.
        ingested_at: The ``ingested_at`` time of the rows (default now).

    """
    rows = rows or article_rows(analysis, now=ingested_at)
    art = rows.article
    parties: dict[tuple[int, str], list[dict[str, Any]]] = {}
    for party in rows.tables["event_actors"]:
        parties.setdefault((party["event_idx"], party["role"]), []).append(
            {**party, "article_id": article_id})
    out = []
    for event in rows.tables["events"]:
        out.append({
            **event, "article_id": article_id, "article_story_id": art["story_id"],
            "url": art["url"], "title": art["title"], "published": art["published"],
            "source": art["source"], "model": art["model"],
            "wirecoder_version": art["wirecoder_version"], "ingested_at": art["ingested_at"],
            "actor": parties.get((event["idx"], "actor"), []),
            "recipient": parties.get((event["idx"], "recipient"), []),
        })  # fmt: skip
    return out


def event_records(analysis: Analysis, article_id: int,
                  rows: ArticleRows | None = None) -> list[dict[str, Any]]:
    """Return the Parquet/CSV export records of the events of ``analysis``."""
    return [flat_record(row) for row in event_rows(analysis, article_id, rows=rows)]


def _flat(rows: ArticleRows, table: str, index: str, columns: tuple[str, ...],
          article_id: int) -> list[dict[str, Any]]:
    art = rows.article
    return [{"article_id": article_id, index: row["idx"], "story_id": art["story_id"],
             "published": art["published"], **{name: row.get(name) for name in columns}}
            for row in rows.tables[table]]


def quote_records(analysis: Analysis, article_id: int,
                  rows: ArticleRows | None = None) -> list[dict[str, Any]]:
    """Return the flat records of the quotes of ``analysis`` (schema :func:`quotes_schema`)."""
    return _flat(rows or article_rows(analysis), "quotes", "quote_idx", _QUOTE_COLUMNS,
                 article_id)


def quantity_records(analysis: Analysis, article_id: int,
                     rows: ArticleRows | None = None) -> list[dict[str, Any]]:
    """Return the flat records of the quantities of ``analysis`` (:func:`quantities_schema`)."""
    return _flat(rows or article_rows(analysis), "quantities", "quantity_idx",
                 _QUANTITY_COLUMNS, article_id)


def article_record(analysis: Analysis, article_id: int,
                   rows: ArticleRows | None = None) -> dict[str, Any]:
    """Return the article record of ``analysis``: its fields, counts and the full JSON."""
    art = (rows or article_rows(analysis)).article
    return {
        "article_id": article_id, "story_id": analysis.id, "title": analysis.title,
        "url": analysis.url, "published": analysis.published, "source": analysis.source,
        "text_hash": art["text_hash"], "url_key": art["url_key"], "model": art["model"],
        "wirecoder_version": art["wirecoder_version"], "events": len(analysis.events),
        "quotes": len(analysis.quotes), "quantities": len(analysis.quantities),
        "entities": len(analysis.entities), "analysis": analysis.to_json(),
    }  # fmt: skip


def _schema(ids: tuple[str, ...], columns: tuple[str, ...], types: dict[str, Any]) -> Any:
    import pyarrow as pa

    base = {"article_id": pa.int64(), "published": pa.date32()}
    base.update(dict.fromkeys(ids[1:], pa.int32()))
    names = (*ids, "story_id", "published", *columns)
    return pa.schema([pa.field(n, types.get(n, base.get(n, pa.string()))) for n in names])


def articles_schema() -> Any:
    """Return the pyarrow schema of :func:`article_record` (``analysis`` is the JSON)."""
    import pyarrow as pa

    counts = dict.fromkeys(("events", "quotes", "quantities", "entities"), pa.int32())
    return _schema(("article_id",), ("title", "url", "source", "text_hash", "url_key", "model",
                                     "wirecoder_version", *counts, "analysis"), counts)


def quotes_schema() -> Any:
    """Return the pyarrow schema of :func:`quote_records`."""
    import pyarrow as pa

    ints = dict.fromkeys(("cue_start", "cue_end", "start", "end", "sentence"), pa.int32())
    return _schema(("article_id", "quote_idx"), _QUOTE_COLUMNS, ints)


def quantities_schema() -> Any:
    """Return the pyarrow schema of :func:`quantity_records`."""
    import pyarrow as pa

    types = dict.fromkeys(("about_start", "about_end", "start", "end", "sentence"), pa.int32())
    types.update(dict.fromkeys(("value", "value_high", "normalized_value"), pa.float64()))
    types["approximate"] = pa.bool_()
    return _schema(("article_id", "quantity_idx"), _QUANTITY_COLUMNS, types)
