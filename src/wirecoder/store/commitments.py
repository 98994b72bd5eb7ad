"""The commitment tracker: stored commitments linked into pledges with a status history.

Reports are linked into tracked pledges by :func:`wirecoder.commitments.linking.link` (the
one linking rule, shared with ``wirecoder eval commitments``): same committer, counterparty,
action class and object class after normalization, with gaps (no counterparty, a generic
object, a delivery) filled from the one compatible pledge. A tracked pledge is the
date-ordered list of its reports, each given a step status:

* ``made`` — the first pledge report, or a figure for another period;
* ``repeated`` — the same figure again (same period);
* ``revised`` — a new figure or deadline for the same period;
* ``disputed`` — a denial, or the other side's figure differing from the committer's;
* ``planned`` — a plan or a discussion, not yet a pledge;
* ``met`` / ``partly_met`` — a fulfilment report at or below the pledged figure;
* ``broken`` — a report that it was broken or abandoned.

The pledge's current status is the last step's, or ``lapsed`` when a deadline passed
(before ``as_of``) with no ``met`` step.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Engine, or_, select

from ..commitments.linking import broader_classes, link, pledge_id, reports_of
from . import schema
from .config import store_error
from .db import read

__all__ = ["STEP_STATUSES", "pledge_id", "tracked_pledges"]

STEP_STATUSES = ("made", "repeated", "revised", "disputed", "planned", "met", "partly_met",
                 "broken", "lapsed")
_C = schema.commitments
_A = schema.articles
_SAME = 0.01  # relative difference under which two figures are the same


def _select(filters: Mapping[str, Any]) -> Any:
    """Rows that may belong to a pledge matching the filters (linking fills the gaps)."""
    query = select(_C, _A.c.published, _A.c.title, _A.c.url).join(_A, _A.c.id == _C.c.article_id)
    if filters.get("committer"):
        code = str(filters["committer"]).upper()
        query = query.where(or_(_C.c.committer_code == code, _C.c.committer_code.is_(None)))
    if filters.get("counterparty"):
        code = str(filters["counterparty"]).upper()
        query = query.where(or_(_C.c.counterparty_code == code,
                                _C.c.counterparty_code.is_(None)))
    return query.order_by(_A.c.published, _C.c.article_id, _C.c.idx)


def _wanted(pledge: Mapping[str, Any], filters: Mapping[str, Any]) -> bool:
    for name in ("committer", "counterparty"):
        if filters.get(name) and pledge[name] != str(filters[name]).upper():
            return False
    if filters.get("action") and pledge["action"] != str(filters["action"]).lower():
        return False
    if filters.get("object"):
        word = str(filters["object"]).lower().rstrip("s")
        return any(word in name for name in broader_classes(pledge["object"]))
    return True


def tracked_pledges(engine: Engine, *, committer: str | None = None,
                    counterparty: str | None = None, action: str | None = None,
                    object: str | None = None, status: str | None = None,
                    pledge: str | None = None, as_of: dt.date | None = None,
                    ) -> list[dict[str, Any]]:
    """Return the tracked pledges matching the filters, each with its history.

    Args:
        engine: The store's engine.
        committer: Committer's country code (any case).
        counterparty: Counterparty's country code (any case).
        action: Action class (buy, sell, provide, ...).
        object: Part of the object class ("soybean", "arms").
        status: Current status of the pledge (one of :data:`STEP_STATUSES`).
        pledge: One pledge id (``CHN-USA-buy-soybean``).
        as_of: The day deadlines are judged on; default the newest article's date.

    Returns:
        One dict per pledge, most reports first.

    Raises:
        StoreError: S005 for an unknown status.
    """
    if status is not None and status not in STEP_STATUSES:
        raise store_error("S005", value=status, option="--status",
                          fix=f"use one of {', '.join(STEP_STATUSES)}.")
    filters = {"committer": committer, "counterparty": counterparty, "action": action,
               "object": object}
    with read(engine) as conn:
        rows = [dict(r._mapping) for r in conn.execute(_select(filters))]
        newest = conn.execute(select(_A.c.published).order_by(_A.c.published.desc())
                              .limit(1)).scalar()
    groups: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row, key in zip(rows, link(reports_of(rows)), strict=True):
        groups[key].append(row)
    day = as_of or newest or dt.date.today()
    out = [p for p in (_pledge(key, steps, day) for key, steps in groups.items())
           if _wanted(p, filters)]
    if pledge:
        out = [p for p in out if p["pledge_id"] == pledge]
    if status:
        out = [p for p in out if p["status"] == status]
    return sorted(out, key=lambda p: (-p["reports"], p["pledge_id"]))


def _pledge(key: str, rows: list[dict[str, Any]], as_of: dt.date) -> dict[str, Any]:
    history = list(_history(rows))
    committer, counterparty, action, obj = key.split("|")[:4]
    status = history[-1]["status"]
    if _lapsed(history, as_of):
        status = "lapsed"
    pledged = [h for h in history if h["kind"] == "pledge" and h["status"] != "disputed"]
    latest = pledged[-1] if pledged else history[-1]
    return {
        "pledge_id": pledge_id(key), "committer": committer, "counterparty": counterparty,
        "action": action, "object": obj, "status": status, "reports": len(history),
        "articles": len({h["article_id"] for h in history}),
        "first_seen": history[0]["date"], "last_seen": history[-1]["date"],
        "amount": latest["amount"], "unit": latest["unit"], "history": history,
    }


def _history(rows: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
    pledged: dict[str | None, dict[str, Any]] = {}  # period -> the standing pledge step
    last: dict[str, Any] | None = None
    for row in rows:
        step = _step(row)
        standing = pledged.get(step["period"])
        if standing is None and (step["period"] is None or set(pledged) <= {None}):
            standing = last  # a report without a period speaks of the latest figure
        step["status"] = _step_status(step, row, standing)
        if step["kind"] == "pledge" and step["status"] in {"made", "revised", "repeated"}:
            pledged[step["period"]] = step
            last = step
        yield step


def _step(row: Mapping[str, Any]) -> dict[str, Any]:
    extra = row.get("extra") or {}
    quantity = extra.get("quantity") or {}
    return {
        "article_id": row["article_id"], "idx": row["idx"], "story_id": row["story_id"],
        "commitment_id": row["commitment_id"], "title": row.get("title"),
        "date": row["published"].isoformat() if row.get("published") else None,
        "kind": row["kind"], "status_in_text": row["status_in_text"],
        "amount": row["amount"], "unit": row["amount_unit"],
        "quantity_text": quantity.get("text"), "hedge": row["hedge"],
        "period": row["period_iso"], "deadline": row["deadline_iso"],
        "reported_by": row["reporter_name"], "figure_of": row["figure_of"],
        "start": row["start"], "end": row["end"], "sentence": row["sentence"],
    }


def _differs(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return False
    return abs(a - b) > _SAME * max(abs(a), abs(b), 1e-9)


def _step_status(step: dict[str, Any], row: Mapping[str, Any],
                 standing: dict[str, Any] | None) -> str:
    said = row["status_in_text"]
    if said == "denied":
        return "disputed"
    if said == "planned":
        return "planned"
    if said == "broken":
        return "broken"
    if step["kind"] == "fulfilment":
        target = standing["amount"] if standing else None
        if said == "partly_fulfilled" or (target is not None and step["amount"] is not None
                                          and step["amount"] < target * (1 - _SAME)):
            return "partly_met"
        return "met"
    if standing is None:
        return "made"
    if step["figure_of"] == "counterparty" and standing["figure_of"] == "committer" \
            and _differs(step["amount"], standing["amount"]):
        return "disputed"
    if _differs(step["amount"], standing["amount"]) or (
            step["deadline"] and step["deadline"] != standing["deadline"]) or said == "revised":
        return "revised"
    return "repeated"


def _lapsed(history: list[dict[str, Any]], as_of: dt.date) -> bool:
    if any(h["status"] == "met" for h in history):
        return False
    for step in history:
        deadline = step.get("deadline")
        if step["kind"] == "pledge" and deadline and _before(deadline, as_of):
            return True
    return False


def _before(value: str, day: dt.date) -> bool:
    """True when the TIMEX3 value (2027, 2027-06, 2027-06-30) ends before ``day``."""
    try:
        if len(value) == 4:
            return dt.date(int(value), 12, 31) < day
        if len(value) == 7:
            year, month = int(value[:4]), int(value[5:7])
            end = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
            return end < day
        return dt.date.fromisoformat(value[:10]) < day
    except ValueError:
        return False
