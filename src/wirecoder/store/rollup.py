"""The dyad roll-ups: per (actor, recipient, day) and per month, counts, score sums, top events.

``dyad_days`` holds one row per (actor, recipient, day), ``dyad_months`` one per (actor,
recipient, month), with the month's first day as key; a month row is the sum of its day
rows. The roll-ups count the events the store reports by default: factual ones, neither
negated nor hypothetical (``dyad --include-negated/--include-hypothetical`` reads
``event_dyads`` instead). The writer keeps both exact inside each batch's transaction: the
counts of new events are added to the stored rows of their keys; the rows of keys that
lost events (re-analysis) are recomputed from ``event_dyads``, the source of truth.
:func:`rebuild` recomputes both (after a bulk load, or to repair).
"""

from __future__ import annotations

import datetime as dt
import heapq
import itertools
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, Connection, Table, and_, delete, or_, select

from . import schema
from .db import bulk_insert, match_keys

__all__ = ["DAYS", "DYAD_TOP_KEPT", "MONTHS", "Level", "aggregate", "dyad_source",
           "keys_of_articles", "merge", "rebuild", "refresh"]

#: Events of largest ``|score|`` kept per roll-up row (the most ``dyad --top`` can show).
DYAD_TOP_KEPT = 5
_D = schema.event_dyads
_E = schema.events


def month_of(day: Any) -> Any:
    """Return the first day of ``day``'s month (None stays None)."""
    return None if day is None else day.replace(day=1)


def _next_month(first: dt.date) -> dt.date:
    return (first + dt.timedelta(days=32)).replace(day=1)


@dataclass(frozen=True)
class Level:
    """One roll-up table: its key column and how an event day maps to its key."""

    table: Table
    column: str

    def key_of(self, day: Any) -> Any:
        """Return the key (day or month's first day) of an event ``day``."""
        return day if self.column == "day" else month_of(day)

    def keys(self) -> list[Any]:
        """Return the table's key columns: actor code, recipient code, day or month."""
        return [self.table.c.actor_code, self.table.c.recipient_code, self.table.c[self.column]]

    def source_match(self, keys: list[Key]) -> ColumnElement:
        """Return the ``event_dyads`` rows that count in ``keys`` (of this level)."""
        if self.column == "day":
            return match_keys([_D.c.actor_code, _D.c.recipient_code, _D.c.event_date], keys)
        return or_(*(and_(_D.c.actor_code == a, _D.c.recipient_code == r,
                          _D.c.event_date >= m, _D.c.event_date < _next_month(m))
                     for a, r, m in keys))


#: The daily roll-up (``dyad_days``) and the monthly one (``dyad_months``).
DAYS = Level(schema.dyad_days, "day")
MONTHS = Level(schema.dyad_months, "month")
LEVELS = (DAYS, MONTHS)
_SOURCE = (_D.c.actor_code, _D.c.recipient_code, _D.c.event_date, _D.c.event_type,
           _D.c.quad_code, _D.c.plover_score, _D.c.article_id, _D.c.event_idx)
Key = tuple[str, str, Any]


def dyad_source(*, include_negated: bool = False,
                include_hypothetical: bool = False) -> tuple[Any, list[ColumnElement]]:
    """Return ``event_dyads`` joined to ``events`` and the conditions on the events' flags.

    By default (the roll-up's view) negated and hypothetical events are left out.
    """
    joined = _D.join(_E, and_(_E.c.article_id == _D.c.article_id, _E.c.idx == _D.c.event_idx))
    conditions: list[ColumnElement] = []
    if not include_negated:
        conditions.append(_E.c.negated.is_(False))
    if not include_hypothetical:
        conditions.append(_E.c.hypothetical.is_(False))
    return joined, conditions


def _factual(row: Mapping[str, Any]) -> bool:
    return not row.get("negated") and not row.get("hypothetical")


def aggregate(key: Key, events: Iterable[Mapping[str, Any]], column: str = "day"
              ) -> dict[str, Any]:
    """Return the roll-up row of ``key`` (``column``: day or month) from its event rows."""
    row: dict[str, Any] = {"actor_code": key[0], "recipient_code": key[1], column: key[2],
                           "events": 0, "quad_1": 0, "quad_2": 0, "quad_3": 0, "quad_4": 0,
                           "score_sum": 0.0, "score_n": 0}
    categories: dict[str, int] = {}
    scored = []
    for event in events:
        row["events"] += 1
        if event["quad_code"] in (1, 2, 3, 4):
            row[f"quad_{event['quad_code']}"] += 1
        categories[event["event_type"]] = categories.get(event["event_type"], 0) + 1
        score = event["plover_score"]
        if score is not None:
            row["score_sum"] += score
            row["score_n"] += 1
            scored.append([abs(score), score, event["article_id"], event["event_idx"]])
    row["categories"] = categories
    row["top"] = _best(scored)
    return row


def _best(scored: list[list[Any]]) -> list[list[Any]]:
    return heapq.nsmallest(DYAD_TOP_KEPT, scored, key=lambda t: (-t[0], t[2], t[3]))


def merge(old: Mapping[Any, Any], new: dict[str, Any]) -> dict[str, Any]:
    """Return roll-up row ``new`` with the counts of the stored row ``old`` added."""
    for name in ("events", "quad_1", "quad_2", "quad_3", "quad_4", "score_sum", "score_n"):
        new[name] += old[name]
    for category, n in old["categories"].items():
        new["categories"][category] = new["categories"].get(category, 0) + n
    new["top"] = _best([list(t) for t in old["top"]] + new["top"])
    return new


def _grouped(rows: Iterable[Mapping[Any, Any]], level: Level = DAYS
             ) -> Iterator[dict[str, Any]]:
    """Aggregate ``event_dyads`` rows sorted by (actor, recipient, day) per key of ``level``."""
    def key(row: Mapping[str, Any]) -> Key:
        return (row["actor_code"], row["recipient_code"], level.key_of(row["event_date"]))

    for group, events in itertools.groupby(rows, key=key):
        yield aggregate(group, events, level.column)


def refresh(conn: Connection, added: list[dict[str, Any]], changed: set[Key]) -> None:
    """Bring ``dyad_days`` and ``dyad_months`` up to date after a write batch.

    Args:
        conn: The batch's connection (inside its transaction).
        added: The ``event_dyads`` rows the batch inserted: their counts are added to
            the stored roll-up rows.
        changed: Day keys whose events were deleted (re-analysis): recomputed in full,
            and so are their months.
    """
    changed = {k for k in changed if k[2] is not None}
    for level in LEVELS:
        redo = {(a, r, level.key_of(day)) for a, r, day in changed}
        fresh = sorted((r for r in added if r["event_date"] is not None and _factual(r)
                        and (r["actor_code"], r["recipient_code"],
                             level.key_of(r["event_date"])) not in redo),
                       key=lambda r: (r["actor_code"], r["recipient_code"], str(r["event_date"])))
        _add(conn, level, list(_grouped(fresh, level)))
        _recompute(conn, level, sorted(redo, key=lambda k: (k[0], k[1], str(k[2]))))


def _add(conn: Connection, level: Level, rows: list[dict[str, Any]], chunk: int = 300) -> None:
    table = level.table
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        keys = [(r["actor_code"], r["recipient_code"], r[level.column]) for r in part]
        where = match_keys(level.keys(), keys)
        stored = {(r["actor_code"], r["recipient_code"], r[level.column]): r
                  for r in conn.execute(select(table).where(where)).mappings()}
        if stored:
            conn.execute(delete(table).where(where))
        bulk_insert(conn, table, [merge(stored[k], r) if k in stored else r
                                  for k, r in zip(keys, part, strict=True)])


def _recompute(conn: Connection, level: Level, keys: list[Key], chunk: int = 300) -> None:
    for start in range(0, len(keys), chunk):
        part = keys[start:start + chunk]
        conn.execute(delete(level.table).where(match_keys(level.keys(), part)))
        joined, factual = dyad_source()
        rows = conn.execute(select(*_SOURCE).select_from(joined).where(
            level.source_match(part), *factual)
            .order_by(_D.c.actor_code, _D.c.recipient_code, _D.c.event_date)).mappings()
        bulk_insert(conn, level.table, list(_grouped(rows, level)))


def keys_of_articles(conn: Connection, article_ids: list[int]) -> set[Key]:
    """Return the roll-up keys that the events of ``article_ids`` count in."""
    if not article_ids:
        return set()
    rows = conn.execute(select(_D.c.actor_code, _D.c.recipient_code, _D.c.event_date)
                        .where(_D.c.article_id.in_(article_ids)).distinct())
    return {tuple(row) for row in rows}


def rebuild(conn: Connection, batch: int = 5_000, levels: tuple[Level, ...] = LEVELS) -> int:
    """Recompute the roll-ups (both by default) from ``event_dyads``; return the rows written.

    One pass over the factual events: each day row is written, and added to its month's row.
    """
    for level in levels:
        conn.execute(delete(level.table))
    joined, factual = dyad_source()
    rows = conn.execute(select(*_SOURCE).select_from(joined)
                        .where(_D.c.event_date.is_not(None), *factual)
                        .order_by(_D.c.actor_code, _D.c.recipient_code, _D.c.event_date)
                        ).mappings()
    pending: dict[Level, list[dict[str, Any]]] = {level: [] for level in levels}
    month: dict[str, Any] | None = None
    written = 0
    for day in _grouped(rows):
        if DAYS in pending:
            pending[DAYS].append(day)
        if MONTHS in pending:
            key = (day["actor_code"], day["recipient_code"], month_of(day["day"]))
            if month is None or (month["actor_code"], month["recipient_code"],
                                 month["month"]) != key:
                if month is not None:
                    pending[MONTHS].append(month)
                month = _empty_month(key)
            merge(day, month)
        for level, rows_ in pending.items():
            if len(rows_) >= batch:
                written += bulk_insert(conn, level.table, rows_)
                pending[level] = []
    if month is not None:
        pending[MONTHS].append(month)
    return written + sum(bulk_insert(conn, level.table, rows_)
                         for level, rows_ in pending.items())


def _empty_month(key: Key) -> dict[str, Any]:
    return aggregate(key, (), "month")
