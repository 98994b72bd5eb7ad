"""The engine-neutral core of the Spark job: lines in, one output row per line out.

:func:`analyze_lines` reads JSON lines (the JSONL story records of ``wirecoder
analyze``), analyzes them with :func:`wirecoder.analyze_many` in this process and yields,
for every line, one row of :func:`row_schema`: the article record, its events, quotes and
quantities as the export's flat records, or the item's error. Nothing here imports
Spark: any engine that can map a function over batches of lines (Spark, Ray, Dask, a
plain loop) can run it, and :func:`arrow_batches` packs the rows as Arrow record
batches for ``mapInArrow``.
"""

from __future__ import annotations

import collections
import hashlib
import json
from collections.abc import Iterable, Iterator
from typing import Any

from ..errors import InputError, message
from ..io import make_story
from ..models import Analysis, ItemError, Story
from ..settings import Settings

__all__ = ["ERROR_FIELDS", "analysis_row", "analyze_lines", "arrow_batches", "input_key",
           "row_schema"]

#: Fields of the ``error`` struct (and of the ``errors/`` output).
ERROR_FIELDS = ("id", "code", "message", "source", "published")
#: Characters of a bad line quoted in its error message.
_QUOTED = 60

Line = str | tuple[str, str | None]


def row_schema() -> Any:
    """Return the pyarrow schema of the rows of :func:`analyze_lines`.

    ``article`` (null for a failed item), ``events``, ``quotes`` and ``quantities``
    (lists of the export records), ``error`` (null for an analyzed item) and ``input``
    (:func:`input_key` of the line's file: with the day, the partition a row is written to).
    """
    import pyarrow as pa

    from ..store.export import parquet_schema
    from ..store.export_rows import articles_schema, quantities_schema, quotes_schema

    error = pa.struct([pa.field(n, pa.date32() if n == "published" else pa.string())
                       for n in ERROR_FIELDS])
    return pa.schema([
        pa.field("article", pa.struct(list(articles_schema()))),
        pa.field("events", pa.list_(pa.struct(list(parquet_schema())))),
        pa.field("quotes", pa.list_(pa.struct(list(quotes_schema())))),
        pa.field("quantities", pa.list_(pa.struct(list(quantities_schema())))),
        pa.field("error", error),
        pa.field("input", pa.string()),
    ])  # fmt: skip


def analyze_lines(lines: Iterable[Line], *, settings: Settings | None = None) -> Iterator[dict]:
    """Analyze JSON story lines; yield one row of :func:`row_schema` per line, in order.

    Args:
        lines: JSON records (``{"id", "text", "title", "url", "published", "source"}``),
            or ``(line, origin)`` pairs where ``origin`` names the file for errors.
        settings: Run options (default :class:`Settings`); analysis runs in this process.

    Yields:
        Row dicts; a bad line or a failed analysis gives a row whose ``error`` is set, and
        the run goes on.
    """
    from ..pipeline import analyze_many

    settings = settings or Settings()
    fed: collections.deque[tuple[Story | ItemError, str | None]] = collections.deque()

    def stories() -> Iterator[Story | ItemError]:
        for line in lines:
            text, origin = line if isinstance(line, tuple) else (line, None)
            item = _story(text, origin)
            fed.append((item, origin))
            yield item

    # analyze_many gives exactly one result (an analysis or an error) per item, in order.
    failed: collections.deque[ItemError] = collections.deque()
    for analysis in analyze_many(stories(), workers=1, settings=settings,
                                 on_error=failed.append):
        while failed:
            yield _error_row(failed.popleft(), *fed.popleft())
        yield {**analysis_row(analysis), "input": input_key(fed.popleft()[1])}
    while failed:
        yield _error_row(failed.popleft(), *fed.popleft())


def input_key(origin: str | None) -> str:
    """Return the ``input`` partition value of an input file: a digest of its path."""
    if not origin:
        return "unknown"
    return hashlib.sha1(origin.encode("utf-8")).hexdigest()[:12]


def _story(text: str, origin: str | None) -> Story | ItemError:
    try:
        record = json.loads(text.removeprefix("\ufeff"))  # a BOM starting the file
    except (json.JSONDecodeError, TypeError) as exc:
        detail = f"{getattr(exc, 'msg', exc)}; it starts {str(text)[:_QUOTED]!r}"
        return ItemError(id=None, code="W005", message=message("W005", line="?", detail=detail),
                         source=origin)
    if not isinstance(record, dict):
        return ItemError(id=None, code="W005", source=origin,
                         message=message("W005", line="?", detail="not an object"))
    try:
        return make_story(record)
    except InputError as exc:
        rid = record.get("id")
        return ItemError(id=None if rid in (None, "") else str(rid), code=exc.code,
                         message=str(exc), source=origin)


def analysis_row(analysis: Analysis) -> dict[str, Any]:
    """Return the output row of one analysis (article, events, quotes, quantities)."""
    from ..store.export_rows import (
        article_record,
        event_records,
        quantity_records,
        quote_records,
        stable_article_id,
    )
    from ..store.rows import article_rows

    article_id = stable_article_id(analysis.id, analysis.text)
    rows = article_rows(analysis)
    return {"article": article_record(analysis, article_id, rows),
            "events": event_records(analysis, article_id, rows),
            "quotes": quote_records(analysis, article_id, rows),
            "quantities": quantity_records(analysis, article_id, rows), "error": None}


def _error_row(error: ItemError, item: Story | ItemError, origin: str | None) -> dict:
    published = item.published if isinstance(item, Story) else None
    return {"article": None, "events": [], "quotes": [], "quantities": [],
            "error": {**error.model_dump(), "published": published}, "input": input_key(origin)}


def arrow_batches(rows: Iterable[dict], size: int = 64) -> Iterator[Any]:
    """Pack ``rows`` as pyarrow record batches of :func:`row_schema`, ``size`` rows each."""
    import pyarrow as pa

    schema = row_schema()
    batch: list[dict] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= size:
            yield pa.RecordBatch.from_pylist(batch, schema=schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=schema)
