"""Flat rows of an analysis' records, for CSV, JSON rows and Parquet.

One row per record of a kind (events, quotes, quantities, entities, time expressions),
each with the ``story_id`` and the record's character offsets. A nested entity becomes
``<field>_name`` and ``<field>_code`` columns; a list of entities becomes ``<field>_names``
and ``<field>_codes``; other lists are kept as lists (joined with ``;`` in CSV).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from .models import Analysis

__all__ = ["KINDS", "columns", "record_rows", "write_csv", "write_parquet"]

#: Record kinds and the Analysis field holding them.
KINDS = {"events": "events", "quotes": "quotes", "quantities": "quantities",
         "entities": "entities", "time": "time_expressions"}
_ENTITY_KEYS = {"entity_name", "country_code"}


def _code(entity: dict[str, Any]) -> str | None:
    return entity.get("country_code") or entity.get("entity_name")


def _is_entity(value: Any) -> bool:
    return isinstance(value, dict) and value.keys() >= _ENTITY_KEYS


def flat_record(record: dict[str, Any]) -> dict[str, Any]:
    """Return ``record`` (a record's JSON dump) with nested entities as name/code columns."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if _is_entity(value):
            flat[f"{key}_name"], flat[f"{key}_code"] = value["entity_name"], _code(value)
        elif isinstance(value, list) and value and all(_is_entity(v) for v in value):
            flat[f"{key}_names"] = [v["entity_name"] for v in value]
            flat[f"{key}_codes"] = [_code(v) for v in value]
        elif isinstance(value, list) and not value and key in ("actor", "recipient"):
            flat[f"{key}_names"], flat[f"{key}_codes"] = [], []
        elif isinstance(value, dict):
            flat[key] = json.dumps(value, ensure_ascii=False)
        else:
            flat[key] = value
    return flat


def record_rows(analysis: Analysis, kind: str) -> list[dict[str, Any]]:
    """Return one flat row per record of ``kind`` in ``analysis``, story id first.

    Args:
        analysis: The analysis.
        kind: One of :data:`KINDS`.

    Returns:
        The rows, in the records' order.
    """
    records = getattr(analysis, KINDS[kind])
    return [{"story_id": analysis.id, **flat_record(r.model_dump(mode="json"))}
            for r in records]


def columns(rows: Iterable[dict[str, Any]]) -> list[str]:
    """Return the union of the rows' keys, in first-seen order."""
    seen: dict[str, None] = {}
    for row in rows:
        seen.update(dict.fromkeys(row))
    return list(seen)


def _csv_cell(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return ";".join("" if v is None else str(v) for v in value)
    return "" if value is None else value


def write_csv(rows: Iterator[dict[str, Any]], handle: IO[str], names: list[str]) -> int:
    """Write ``rows`` as CSV with header ``names`` (lists joined with ``;``); return the count."""
    writer = csv.DictWriter(handle, fieldnames=names, extrasaction="ignore",
                            lineterminator="\n")
    writer.writeheader()
    count = 0
    for row in rows:
        writer.writerow({k: _csv_cell(row.get(k)) for k in names})
        count += 1
    return count


def write_parquet(rows: list[dict[str, Any]], path: Path) -> int:
    """Write ``rows`` to a Parquet file (types inferred, lists as list columns)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    names = columns(rows)
    table = pa.Table.from_pylist([{k: row.get(k) for k in names} for row in rows])
    pq.write_table(table, str(path), compression="zstd")
    return len(rows)
