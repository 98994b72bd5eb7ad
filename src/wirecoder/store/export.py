"""Export stored events as PLOVER JSONL, CSV, Parquet or a GDELT 2.0-style table.

All formats stream: events are read in keyset-paginated chunks (``article_id, idx``
order), never all at once. See ``docs/store.md`` for the column mappings.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, and_, select

from .. import codebook
from . import schema
from .config import EXPORT_CHUNK, store_error
from .record_export import RECORD_TABLES, export_records, keyset_pages, open_text

__all__ = ["CSV_COLUMNS", "FORMATS", "GDELT_COLUMNS", "export", "iter_events", "parquet_schema"]

_A = schema.articles
_E = schema.events
_EA = schema.event_actors
_GEO = ("Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID")
_ACTOR = ("Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code",
          "Religion2Code", "Type1Code", "Type2Code", "Type3Code")
#: GDELT 2.0 event table columns, in GDELT's order (61).
GDELT_COLUMNS: tuple[str, ...] = (
    "GlobalEventID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    *(f"Actor1{c}" for c in _ACTOR), *(f"Actor2{c}" for c in _ACTOR),
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass",
    "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone",
    *(f"Actor1Geo_{c}" for c in _GEO), *(f"Actor2Geo_{c}" for c in _GEO),
    *(f"ActionGeo_{c}" for c in _GEO), "DATEADDED", "SOURCEURL",
)  # fmt: skip
#: Known-group codes of the PLOVER actor model (not countries).
_GROUPS = {"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM"}
#: GlobalEventID = article_id * this + the event's index in its article.
EVENT_ID_FACTOR = 100_000

CSV_COLUMNS: tuple[str, ...] = (
    "article_id", "event_idx", "event_id", "story_id", "event_date", "event_type", "mode",
    "context", "quad_code", "score", "plover_score", "actor_codes", "actor_names",
    "recipient_codes", "recipient_names", "event_text", "start", "end", "sentence",
    "negated", "future", "hypothetical", "historical", "confidence", "reported_by",
    "location", "url",
    "title", "published", "sentence_text", "model", "wirecoder_version",
)  # fmt: skip


def iter_events(
    engine: Engine, *, since: Any = None, until: Any = None, chunk: int = EXPORT_CHUNK,
    include_negated: bool = False, include_hypothetical: bool = False,
) -> Iterator[dict[str, Any]]:
    """Yield stored events (with article fields, actors and recipients) in order.

    Negated and hypothetical events are left out unless ``include_negated`` /
    ``include_hypothetical``.
    """
    from .queries import _between, flag_conditions

    where = _between(_E.c.event_date, since, until)
    where += flag_conditions(_E, include_negated, include_hypothetical)
    columns = [*_E.c, _A.c.story_id.label("article_story_id"), _A.c.url, _A.c.title,
               _A.c.published, _A.c.source, _A.c.model, _A.c.wirecoder_version,
               _A.c.ingested_at]
    for rows in keyset_pages(engine, _E, columns, where, chunk, enrich=_parties):
        yield from rows


def _parties(conn: Any, rows: list[dict[str, Any]]) -> None:
    first, last = rows[0]["article_id"], rows[-1]["article_id"]
    query = (select(_EA).where(and_(_EA.c.article_id >= first, _EA.c.article_id <= last))
             .order_by(_EA.c.article_id, _EA.c.event_idx, _EA.c.role, _EA.c.position))
    found: dict[tuple[int, int, str], list[dict]] = {}
    for party in conn.execute(query).mappings():
        key = (party["article_id"], party["event_idx"], party["role"])
        found.setdefault(key, []).append(dict(party))
    for row in rows:
        for role in ("actor", "recipient"):
            row[role] = found.get((row["article_id"], row["idx"], role), [])


# -- PLOVER ------------------------------------------------------------------------------


def plover_record(row: dict[str, Any]) -> dict[str, Any]:
    """Return the PLOVER JSON record of an exported event row (PLOVER field names)."""
    record: dict[str, Any] = {
        "id": f"wirecoder-{row['article_id']}-{row['idx']}",
        "date": _iso(row["event_date"]),
        "actor": [_plover_entity(p) for p in row["actor"]],
        "recipient": [_plover_entity(p) for p in row["recipient"]],
        "event": [row["event_type"]],
        "event_text": [row["event_text"]],
        "quad_code": row["quad_code"],
        "event_scale": row["plover_score"],
        "mode": [row["mode"]] if row["mode"] else [],
        "context": list(row["context"] or []),
        "text": row["text"],
        "text_info": {"article_id": row["article_id"], "event_index": row["idx"],
                      "start": row["start"], "end": row["end"], "sentence": row["sentence"],
                      "event_id": row["event_id"]},
        "cite_info": {"url": row["url"], "title": row["title"],
                      "published": _iso(row["published"]), "source": row["source"],
                      "story_id": row["article_story_id"]},
        "coder": f"wirecoder {row['wirecoder_version'] or '?'} ({row['model'] or '?'})",
        "coded_date": _iso(row["ingested_at"].date() if row["ingested_at"] else None),
    }
    if row["location"]:
        record["event_loc"] = {"name": row["location"]}
    for flag in ("negated", "future", "hypothetical", "historical"):
        record[flag] = bool(row[flag])
    record["confidence"] = row["confidence"]
    return record


def _plover_entity(party: dict[str, Any]) -> dict[str, Any]:
    return {"code": party["country_code"], "sector": party["sector_code"],
            "entity_text": party["raw_text"], "identifier_text": party["entity_name"],
            "office": party["entity_role"], "start": party["start"], "end": party["end"]}


def _write_plover(rows: Iterator[dict], handle: IO[str]) -> int:
    count = 0
    for row in rows:
        handle.write(json.dumps(plover_record(row), ensure_ascii=False) + "\n")
        count += 1
    return count


# -- CSV ---------------------------------------------------------------------------------


def flat_record(row: dict[str, Any]) -> dict[str, Any]:
    """Return the flat (CSV/Parquet) record of an exported event row."""
    flat = {name: row.get(name) for name in CSV_COLUMNS}
    flat.update(
        event_idx=row["idx"], story_id=row["article_story_id"], sentence_text=row["text"],
        actor_codes=[p["code"] for p in row["actor"]],
        actor_names=[p["entity_name"] for p in row["actor"]],
        recipient_codes=[p["code"] for p in row["recipient"]],
        recipient_names=[p["entity_name"] for p in row["recipient"]],
        context=list(row["context"] or []),
        reported_by=(row.get("reported_by") or {}).get("entity_name"),
    )
    return flat


def _write_json_rows(rows: Iterator[dict], handle: IO[str]) -> int:
    """Write the flat records of events as JSON lines (lists kept as lists)."""
    count = 0
    for row in rows:
        handle.write(json.dumps(flat_record(row), ensure_ascii=False, default=_iso) + "\n")
        count += 1
    return count


def _write_csv(rows: Iterator[dict], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    count = 0
    for row in rows:
        flat = flat_record(row)
        for key, value in flat.items():
            if isinstance(value, list):
                flat[key] = ";".join(str(v) for v in value)
            elif isinstance(value, dt.date):
                flat[key] = value.isoformat()
        writer.writerow(flat)
        count += 1
    return count


# -- Parquet -----------------------------------------------------------------------------


def parquet_schema() -> Any:
    """Return the pyarrow schema of the Parquet export (documented in docs/store.md)."""
    import pyarrow as pa

    strings = pa.list_(pa.string())
    types = {
        "article_id": pa.int64(), "event_idx": pa.int32(), "event_date": pa.date32(),
        "context": strings, "quad_code": pa.int8(), "score": pa.float64(),
        "plover_score": pa.float64(), "actor_codes": strings, "actor_names": strings,
        "recipient_codes": strings, "recipient_names": strings, "start": pa.int32(),
        "end": pa.int32(), "sentence": pa.int32(), "negated": pa.bool_(),
        "future": pa.bool_(), "hypothetical": pa.bool_(), "historical": pa.bool_(),
        "confidence": pa.float64(), "published": pa.date32(),
    }  # fmt: skip
    return pa.schema([pa.field(name, types.get(name, pa.string())) for name in CSV_COLUMNS])


def _write_parquet(rows: Iterator[dict], path: Path, chunk: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    arrow_schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(str(path), arrow_schema, compression="zstd") as writer:
        batch: list[dict[str, Any]] = []
        for row in rows:
            batch.append(flat_record(row))
            if len(batch) >= chunk:
                writer.write_table(pa.Table.from_pylist(batch, schema=arrow_schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=arrow_schema))
            count += len(batch)
    return count


# -- GDELT -------------------------------------------------------------------------------


def _gdelt_actor(prefix: str, party: dict[str, Any] | None) -> dict[str, Any]:
    if party is None:
        return {}
    code = (party["country_code"] or "").upper()
    sectors = [party["sector_code"], *(party["other_sector_codes"] or [])]
    sectors = [s for s in sectors if s][:3]
    return {
        f"{prefix}Code": code + (sectors[0] if sectors else "") if code else "",
        f"{prefix}Name": (party["entity_name"] or "").upper(),
        f"{prefix}CountryCode": code if code and code not in _GROUPS else "",
        f"{prefix}KnownGroupCode": code if code in _GROUPS else "",
        **{f"{prefix}Type{i + 1}Code": s for i, s in enumerate(sectors)},
    }


def gdelt_rows(rows: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Yield GDELT rows: one per (article, day, Actor1Code, Actor2Code, EventRootCode).

    Events of one article that share those keys are one GDELT event whose NumMentions
    is how many times the article states it; negated events are always left out
    (hypothetical ones unless asked for, see :func:`iter_events`).
    """
    groups: dict[tuple, dict[str, Any]] = {}
    current = None
    for row in rows:
        if row["article_id"] != current:
            yield from groups.values()
            groups, current = {}, row["article_id"]
        if row["negated"]:
            continue
        record = gdelt_record(row)
        key = (record["SQLDATE"], record["Actor1Code"], record["Actor1Name"],
               record["Actor2Code"], record["Actor2Name"], record["EventRootCode"])
        if key in groups:
            groups[key]["NumMentions"] += 1
        else:
            groups[key] = record
    yield from groups.values()


def gdelt_record(row: dict[str, Any]) -> dict[str, Any]:
    """Return the GDELT 2.0 columns of one event row (empty where wirecoder has no value)."""
    day: dt.date | None = row["event_date"]
    root = codebook.record_cameo_root(row["event_type"], row["cameo_root"]) or ""
    record: dict[str, Any] = dict.fromkeys(GDELT_COLUMNS, "")
    record.update(
        GlobalEventID=row["article_id"] * EVENT_ID_FACTOR + row["idx"],
        SQLDATE=day.strftime("%Y%m%d") if day else "",
        MonthYear=day.strftime("%Y%m") if day else "",
        Year=day.year if day else "",
        FractionDate=round(day.year + day.timetuple().tm_yday / 365, 4) if day else "",
        IsRootEvent=1 if row["sentence"] <= 1 else 0,
        EventCode=root + "0" if root else "", EventBaseCode=root + "0" if root else "",
        EventRootCode=root, QuadClass=row["quad_code"] or "",
        GoldsteinScale=_blank(codebook.goldstein(row["plover_score"])),
        NumMentions=1, NumSources=1, NumArticles=1,
        ActionGeo_FullName=row["location"] or "",
        DATEADDED=row["ingested_at"].strftime("%Y%m%d%H%M%S") if row["ingested_at"] else "",
        SOURCEURL=row["url"] or "",
    )
    record.update(_gdelt_actor("Actor1", row["actor"][0] if row["actor"] else None))
    record.update(_gdelt_actor("Actor2", row["recipient"][0] if row["recipient"] else None))
    return record


def _write_gdelt(rows: Iterator[dict], handle: IO[str]) -> int:
    writer = csv.DictWriter(handle, fieldnames=GDELT_COLUMNS, delimiter="\t",
                            lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
    writer.writeheader()
    count = 0
    for record in gdelt_rows(rows):
        writer.writerow({k: _tsv(v) for k, v in record.items()})
        count += 1
    return count


def _tsv(value: Any) -> Any:
    return value.replace("\t", " ").replace("\n", " ") if isinstance(value, str) else value


def _blank(value: Any) -> Any:
    return "" if value is None else value


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


# -- entry point -------------------------------------------------------------------------

_TEXT_WRITERS: dict[str, Callable[[Iterator[dict], IO[str]], int]] = {
    "plover": _write_plover, "csv": _write_csv, "gdelt": _write_gdelt, "json": _write_json_rows,
}
FORMATS = ("plover", "csv", "json", "parquet", "gdelt")
#: Formats of the other record kinds (quotes, quantities, entities, time expressions).
RECORD_FORMATS = ("csv", "json", "parquet")


def export(engine: Engine, fmt: str, out: str | Path, *, records: str = "events",
           excel: bool = False, **filters: Any) -> int:
    """Write stored records to ``out`` (``-`` = stdout) in ``fmt``; return the count.

    Args:
        engine: The store's engine.
        fmt: Events: ``plover`` (JSONL), ``csv``, ``json`` (JSON lines of the CSV
            columns), ``parquet`` or ``gdelt`` (tab-separated). Other records: ``csv``,
            ``json`` or ``parquet``.
        out: Output file path, or ``-`` for standard output (not for parquet).
        records: ``events``, ``quotes``, ``quantities``, ``entities`` or ``time``.
        excel: CSV with a UTF-8 byte-order mark first (for spreadsheet programs).
        **filters: ``since`` / ``until`` days; for events also ``include_negated`` and
            ``include_hypothetical`` (both left out by default).

    Raises:
        StoreError: for an unknown format or record kind.

    """
    allowed = FORMATS if records == "events" else RECORD_FORMATS
    if records != "events" and records not in RECORD_TABLES:
        raise store_error("S005", value=records, option="--records",
                          fix="use events, quotes, quantities, entities or time.")
    if fmt not in allowed or (fmt == "parquet" and str(out) == "-"):
        raise store_error("S008", value=fmt, choices=", ".join(allowed) +
                          " (parquet needs a file)")
    if records != "events":
        return export_records(engine, records, fmt, out, excel=excel,
                              since=filters.get("since"), until=filters.get("until"))
    rows = iter_events(engine, **filters)
    if fmt == "parquet":
        return _write_parquet(rows, Path(out))
    with open_text(out) as handle:
        if excel and fmt == "csv":
            handle.write("\ufeff")
        return _TEXT_WRITERS[fmt](rows, handle)
