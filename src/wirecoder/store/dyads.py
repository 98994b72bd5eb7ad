"""Dyad summaries: events between two parties, both directions, per period.

Reads the ``dyad_days`` roll-up of factual events by default; with negated or hypothetical
events asked for, aggregates ``event_dyads`` (see :mod:`.rollup`).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import Engine, and_, or_, select

from ..codebook import QUAD_NAMES
from . import filters, rollup, schema
from .config import DYAD_TOP
from .db import read
from .queries import _between

__all__ = ["PERIODS", "dyad", "period_key"]

PERIODS = ("day", "week", "month", "year")
_A = schema.articles
_E = schema.events


def period_key(day: str, by: str) -> str:
    """Return the label of the period holding ISO ``day``: day, week's Monday, month, year."""
    if by == "week":
        date = dt.date.fromisoformat(day[:10])
        return (date - dt.timedelta(days=date.weekday())).isoformat()
    return day[:{"day": 10, "month": 7, "year": 4}[by]]


def dyad(
    engine: Engine,
    a: str,
    b: str,
    *,
    by: str = "month",
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    top: int = DYAD_TOP,
    include_negated: bool = False,
    include_hypothetical: bool = False,
) -> list[dict[str, Any]]:
    """Summarize the events between ``a`` and ``b``, both directions, per period.

    Each row is one (period, direction): event count, counts per quad class and per
    PLOVER category, mean PLOVER score (the event's score, else its category's), and
    the ``top`` events with the largest ``|score|``. By default reads the ``dyad_days``
    roll-up of factual events (one row per pair and day), so its cost grows with days,
    not events; with ``include_negated`` or ``include_hypothetical`` it aggregates
    ``event_dyads`` instead. An event with joint actors and no recipient (both USA and
    CHN as actors of a CONSULT) counts once in each direction. Events with no day (no
    date of their own and an undated article) are left out.

    Args:
        engine: The store's engine.
        a: Code in any case (``usa``), a country name the knowledge base knows
            (``china``), or an entity name (as in ``event_actors.code``).
        b: The other party.
        by: ``day``, ``week`` (ISO, keyed by its Monday), ``month`` or ``year``.
        since: First event day, inclusive.
        until: Last event day, inclusive.
        top: Most significant events listed per period and direction (at most
            ``rollup.DYAD_TOP_KEPT``).
        include_negated: Also count negated events (left out by default).
        include_hypothetical: Also count hypothetical events (left out by default).

    Raises:
        StoreError: S005 for an unknown period or a malformed day.
    """
    filters.choice(by, "--by", PERIODS)
    a, b = (filters.party(x).code or x for x in (a, b))
    if include_negated or include_hypothetical:
        days = _dyad_days_from_events(engine, a, b, since, until, include_negated,
                                      include_hypothetical)
    else:  # factual events: the roll-up, aggregated per period in SQL
        from .dyad_sql import rollup_dyad

        return rollup_dyad(engine, a, b, by=by, since=since, until=until, top=top)
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    for day in days:
        key = (period_key(day["day"], by), f"{day['actor_code']}->{day['recipient_code']}")
        _add_day(summary.setdefault(key, _empty(*key)), day)
    rows = [_finish(summary[key], top) for key in sorted(summary)]
    if top > 0:
        from .dyad_sql import _attach_top  # one top-event reader for both paths

        _attach_top(engine, rows)
    return rows


def _dyad_days_from_events(engine: Engine, a: str, b: str, since: Any, until: Any,
                           include_negated: bool, include_hypothetical: bool) -> list[dict]:
    """Per-day roll-up rows of the pair computed from ``event_dyads`` (flags as asked)."""
    d = schema.event_dyads
    joined, flags = rollup.dyad_source(include_negated=include_negated,
                                       include_hypothetical=include_hypothetical)
    pair = or_(and_(d.c.actor_code == a, d.c.recipient_code == b),
               and_(d.c.actor_code == b, d.c.recipient_code == a))
    query = (select(d.c.actor_code, d.c.recipient_code, d.c.event_date, d.c.event_type,
                    d.c.quad_code, d.c.plover_score, d.c.article_id, d.c.event_idx)
             .select_from(joined)
             .where(pair, d.c.event_date.is_not(None), *flags,
                    *_between(d.c.event_date, since, until))
             .order_by(d.c.actor_code, d.c.recipient_code, d.c.event_date))
    with read(engine) as conn:
        events_: list[Any] = list(conn.execute(query).mappings())
    groups: dict[tuple, list] = {}
    for event in events_:
        key = (event["actor_code"], event["recipient_code"], event["event_date"])
        groups.setdefault(key, []).append(event)
    days = []
    for key, members in groups.items():
        row = rollup.aggregate(key, members)
        row["day"] = str(key[2])[:10]
        days.append(row)
    return days


def _empty(period: str, direction: str) -> dict[str, Any]:
    return {"period": period, "direction": direction, "events": 0, "mean_score": None,
            "quad": dict.fromkeys(QUAD_NAMES.values(), 0), "categories": {}, "top": [],
            "_sum": 0.0, "_n": 0, "_top": []}


def _add_day(item: dict[str, Any], day: Any) -> None:
    item["events"] += day["events"]
    for code, name in QUAD_NAMES.items():
        item["quad"][name] += day[f"quad_{code}"]
    for category, n in day["categories"].items():
        item["categories"][category] = item["categories"].get(category, 0) + n
    item["_sum"] += day["score_sum"]
    item["_n"] += day["score_n"]
    item["_top"].extend(day["top"])


def _finish(item: dict[str, Any], top: int) -> dict[str, Any]:
    total, scored, candidates = item.pop("_sum"), item.pop("_n"), item.pop("_top")
    item["mean_score"] = round(total / scored, 3) if scored else None
    item["categories"] = dict(sorted(item["categories"].items(), key=lambda kv: (-kv[1], kv[0])))
    best = sorted(candidates, key=lambda t: (-t[0], t[2], t[3]))[:max(top, 0)]
    item["top"] = [(int(t[2]), int(t[3])) for t in best]
    return item
