"""The ``dyad_days`` roll-up: per (actor, recipient, day) counts, score sums and top events.

The roll-up counts the events the store reports by default: factual ones, neither negated
nor hypothetical (``dyad --include-negated/--include-hypothetical`` reads ``event_dyads``
instead). The writer keeps the roll-up exact inside each batch's transaction: the counts of new
events are added to the stored rows of their (actor, recipient, day); the rows of keys
that lost events (re-analysis) are recomputed from ``event_dyads``, the source of truth.
:func:`rebuild` recomputes it all (after a bulk load, or to repair).
"""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

from sqlalchemy import ColumnElement, Connection, and_, delete, select

from . import schema
from .db import bulk_insert, match_keys

__all__ = ["DYAD_TOP_KEPT", "aggregate", "dyad_source", "keys_of_articles", "merge", "rebuild",
           "refresh"]

#: Events of largest ``|score|`` kept per roll-up row (the most ``dyad --top`` can show).
DYAD_TOP_KEPT = 5
_D = schema.event_dyads
_E = schema.events
_R = schema.dyad_days
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


def aggregate(key: Key, events: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Return the roll-up row of ``key`` from its ``event_dyads`` rows."""
    row: dict[str, Any] = {"actor_code": key[0], "recipient_code": key[1], "day": key[2],
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


def _grouped(rows: Iterable[Mapping[Any, Any]]) -> Iterator[dict[str, Any]]:
    def key(row: Mapping[str, Any]) -> Key:
        return (row["actor_code"], row["recipient_code"], row["event_date"])

    for group, events in itertools.groupby(rows, key=key):
        yield aggregate(group, events)


def refresh(conn: Connection, added: list[dict[str, Any]], changed: set[Key]) -> None:
    """Bring ``dyad_days`` up to date after a write batch.

    Args:
        conn: The batch's connection (inside its transaction).
        added: The ``event_dyads`` rows the batch inserted: their counts are added to
            the stored roll-up rows.
        changed: Keys whose events were deleted (re-analysis): recomputed in full.
    """
    changed = {k for k in changed if k[2] is not None}
    fresh = sorted((r for r in added if r["event_date"] is not None and _factual(r)
                    and (r["actor_code"], r["recipient_code"], r["event_date"]) not in changed),
                   key=lambda r: (r["actor_code"], r["recipient_code"], str(r["event_date"])))
    _add(conn, list(_grouped(fresh)))
    _recompute(conn, sorted(changed, key=lambda k: (k[0], k[1], str(k[2]))))


def _add(conn: Connection, rows: list[dict[str, Any]], chunk: int = 300) -> None:
    for start in range(0, len(rows), chunk):
        part = rows[start:start + chunk]
        keys = [(r["actor_code"], r["recipient_code"], r["day"]) for r in part]
        where = match_keys([_R.c.actor_code, _R.c.recipient_code, _R.c.day], keys)
        stored = {(r["actor_code"], r["recipient_code"], r["day"]): r
                  for r in conn.execute(select(_R).where(where)).mappings()}
        if stored:
            conn.execute(delete(_R).where(where))
        bulk_insert(conn, _R, [merge(stored[k], r) if k in stored else r
                               for k, r in zip(keys, part, strict=True)])


def _recompute(conn: Connection, keys: list[Key], chunk: int = 300) -> None:
    for start in range(0, len(keys), chunk):
        part = keys[start:start + chunk]
        conn.execute(delete(_R).where(
            match_keys([_R.c.actor_code, _R.c.recipient_code, _R.c.day], part)))
        joined, factual = dyad_source()
        rows = conn.execute(select(*_SOURCE).select_from(joined).where(
            match_keys([_D.c.actor_code, _D.c.recipient_code, _D.c.event_date], part),
            *factual).order_by(_D.c.actor_code, _D.c.recipient_code, _D.c.event_date)).mappings()
        bulk_insert(conn, _R, list(_grouped(rows)))


def keys_of_articles(conn: Connection, article_ids: list[int]) -> set[Key]:
    """Return the roll-up keys that the events of ``article_ids`` count in."""
    if not article_ids:
        return set()
    rows = conn.execute(select(_D.c.actor_code, _D.c.recipient_code, _D.c.event_date)
                        .where(_D.c.article_id.in_(article_ids)).distinct())
    return {tuple(row) for row in rows}


def rebuild(conn: Connection, batch: int = 5_000) -> int:
    """Recompute the whole roll-up from ``event_dyads``; return the rows written."""
    conn.execute(delete(_R))
    joined, factual = dyad_source()
    rows = conn.execute(select(*_SOURCE).select_from(joined)
                        .where(_D.c.event_date.is_not(None), *factual)
                        .order_by(_D.c.actor_code, _D.c.recipient_code, _D.c.event_date)
                        ).mappings()
    written = 0
    pending: list[dict[str, Any]] = []
    for row in _grouped(rows):
        pending.append(row)
        if len(pending) >= batch:
            written += bulk_insert(conn, _R, pending)
            pending = []
    return written + bulk_insert(conn, _R, pending)
