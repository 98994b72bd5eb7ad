"""Readouts in the corpus: groups of stored accounts of one contact, compared.

A *contact* is found from CONSULT-type events (calls, meetings, talks): stored articles
whose CONSULT events have the same participants (country codes of actors and recipients)
on dates within ``window`` days of each other are accounts of one contact. Each group with
two or more articles is compared with :func:`wirecoder.compare.compare_analyses`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .core import Store

__all__ = ["compare_groups", "find_groups"]

CONTACT_TYPE = "CONSULT"
WINDOW_DAYS = 1


def _day(row: dict[str, Any]) -> dt.date | None:
    value = row.get("event_date") or row.get("published")
    if not value:
        return None
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _participants(row: dict[str, Any]) -> tuple[str, ...]:
    codes = {p.get("code") for p in (*row.get("actor", []), *row.get("recipient", []))}
    return tuple(sorted(c for c in codes if c))


def find_groups(store: Store, *, party: str | None = None, since: str | None = None,
                until: str | None = None, window: int = WINDOW_DAYS) -> list[dict[str, Any]]:
    """Return groups of stored articles reporting one contact, oldest first.

    Args:
        store: The corpus store.
        party: Only contacts with this participant (country code or entity name).
        since: First day, inclusive (YYYY-MM-DD).
        until: Last day, inclusive.
        window: Most days between two accounts of one contact.

    Returns:
        Dicts ``{group, participants, date, articles}``; ``articles`` are article ids.
    """
    rows = store.events(event_type=CONTACT_TYPE, since=since, until=until, limit=0)
    by_dyad: dict[tuple[str, ...], list[tuple[dt.date, int]]] = {}
    for row in rows:
        day, parties = _day(row), _participants(row)
        if day is None or len(parties) < 2 or (party and party not in parties):
            continue
        by_dyad.setdefault(parties, []).append((day, int(row["article_id"])))
    groups = []
    for parties, hits in by_dyad.items():
        hits.sort()
        current: list[tuple[dt.date, int]] = []
        for day, article in hits:
            if current and (day - current[-1][0]).days > window:
                groups.append(_group(parties, current))
                current = []
            current.append((day, article))
        groups.append(_group(parties, current))
    kept = [g for g in groups if len(g["articles"]) >= 2]
    return sorted(kept, key=lambda g: (g["date"], g["group"]))


def _group(parties: tuple[str, ...], hits: list[tuple[dt.date, int]]) -> dict[str, Any]:
    articles = list(dict.fromkeys(article for _, article in hits))
    first = hits[0][0].isoformat()
    return {"group": f"{'-'.join(parties)}:{first}", "participants": list(parties),
            "date": first, "articles": articles}


def compare_groups(store: Store, *, texts: bool = False, **filters: Any) -> list[dict[str, Any]]:
    """Find the groups (see :func:`find_groups`) and compare each one's accounts.

    Returns the group dicts with a ``comparison`` (JSON-ready; account texts only when
    ``texts``).
    """
    from ..compare import Account, compare_analyses

    results = []
    for group in find_groups(store, **filters):
        pairs = []
        for article_id in group["articles"]:
            analysis = store.analysis(article_id)
            if analysis is None:
                continue
            pairs.append((Account(id=str(article_id), text=analysis.text, title=analysis.title,
                                  url=analysis.url, source=analysis.source,
                                  published=analysis.published), analysis))
        if len(pairs) < 2:
            continue
        comparison = compare_analyses(pairs, group=group["group"])
        results.append({**group, "comparison": comparison.to_dict(texts=texts)})
    return results
