"""The events query: a page of events, newest first, with their actors and recipients.

A page is read in three steps: its keys ``(article_id, idx)`` in page order, then those
events with their articles, then their parties, each by primary key. The keys come from
an index that holds the page's order (newest day, newest article, event index) after the
filter's most selective part, so that a page reads about ``offset + limit`` index entries
however many events match:

* an actor and a recipient given as codes: ``event_dyads`` by (actor code, recipient
  code), kept when the event has a recipient (``event_dyads`` also pairs the joint actors
  of an event without one);
* one party given as a code: ``event_actors`` by (code, role) (an event with two actors
  of the same code is read once);
* no party: ``events`` itself, by category when one is asked for.

The other filters (flags, mode, source, category, days) are checked on each event read.
A party given only as a name (``Xi Jinping``), an ``article_id`` and the row count use
the general query of :func:`_general_keys`; either way the rows are the same.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    TextClause,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
)

from . import filters, schema
from .config import store_error
from .db import key_match, key_params, read
from .queries import (
    COUNT,
    EVENT_FLAGS,
    _between,
    _chunks,
    _limit,
    _plain_rows,
    _source,
    _text,
    flag_conditions,
)

__all__ = ["PAIR_SET_MAX", "PARTY_SET_MAX", "events"]

_A = schema.articles
_E = schema.events
_EA = schema.event_actors
_D = schema.event_dyads
#: A party with at most this many events drives a general query (see _party_filters) ...
PARTY_SET_MAX = 10_000
#: ... or this many when the query names both an actor and a recipient.
PAIR_SET_MAX = 50_000
#: Keys per primary-key lookup statement.
_LOOKUP_CHUNK = 200


def events(
    engine: Engine,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event_type: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    article_id: int | None = None,
    mode: str | None = None,
    source: str | None = None,
    flags: dict[str, bool] | None = None,
    include_negated: bool = False,
    include_hypothetical: bool = False,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return events, newest first, with their actors and recipients.

    Args:
        engine: The store's engine.
        actor: An actor's code in any case (``usa``), a country name the actors
            knowledge base knows (``china``), or an entity name (``Xi Jinping``).
        recipient: Same, of a recipient.
        event_type: PLOVER category in any case, e.g. ``request``; an unknown one raises.
        since: First event day (``YYYY-MM-DD``, a datetime, or ``YYYY-MM``), inclusive.
        until: Last event day, inclusive (a month: its last day).
        article_id: Only this article's events.
        mode: PLOVER mode, e.g. ``phone``.
        source: The article's source (publisher or feed name), exactly.
        flags: ``{flag: bool}`` over :data:`EVENT_FLAGS`, e.g. ``{"negated": True}``; a flag
            named here overrides the include_* defaults.
        include_negated: Also return negated events (left out by default).
        include_hypothetical: Also return hypothetical events (left out by default).
        limit: Most rows returned; None or 0 for all; ``COUNT`` (-1) for the row count.
        offset: Rows skipped first (paging).

    Raises:
        StoreError: S005 for an unknown event type or a malformed day.
    """
    checks = _Checks(since=since, until=until, mode=mode, source=source, flags=flags,
                           event_type=event_type, include_negated=include_negated,
                           include_hypothetical=include_hypothetical)
    parties = [(role, _text(who, "--actor/--recipient"))
               for role, who in (("actor", actor), ("recipient", recipient)) if who]
    with read(engine) as conn:
        if limit == COUNT or article_id is not None or not _indexed(parties):
            keys = _general_keys(conn, checks, parties, article_id, limit, offset)
            if limit == COUNT:
                return keys  # type: ignore[no-any-return]
        else:
            keys = _page_keys(conn, checks, parties, limit, offset)
        rows = _rows_of(conn, keys)
        _attach_parties(conn, rows)
    return rows


class _Checks:
    """The filters checked on each event (everything but the parties and the article)."""

    def __init__(self, *, since: Any, until: Any, mode: str | None, source: str | None,
                 flags: dict[str, bool] | None, event_type: str | None,
                 include_negated: bool, include_hypothetical: bool) -> None:
        self.since, self.until = since, until
        self.days(_E.c.event_date)  # a malformed day raises first, before any query
        named = set(flags or ())
        conditions = flag_conditions(_E, include_negated or "negated" in named,
                                     include_hypothetical or "hypothetical" in named)
        if mode:
            conditions.append(_E.c.mode == mode)
        if source:
            conditions.append(_E.c.article_id.in_(select(_A.c.id).where(_A.c.source == source)))
        for flag, wanted in (flags or {}).items():
            if flag not in EVENT_FLAGS:
                raise store_error("S005", value=flag, option="flags",
                                  fix=f"use one of {', '.join(EVENT_FLAGS)}.")
            conditions.append(_E.c[flag].is_(bool(wanted)))
        self.category = filters.event_type(event_type)
        if self.category:
            conditions.append(_E.c.event_type == self.category)
        self.on_event = conditions

    def days(self, column: Any) -> list[ColumnElement]:
        """The ``since``/``until`` bounds on ``column`` (an event day)."""
        return _between(column, self.since, self.until)


def _indexed(parties: list[tuple[str, str]]) -> bool:
    """Whether the page can be read from an ordered index: no party, or one given as a code."""
    return not parties or any(filters.party(who).code for _, who in parties)


_ORDER = (_E.c.event_date.desc(), _E.c.article_id.desc(), _E.c.idx)


def _page_keys(conn: Any, checks: _Checks, parties: list[tuple[str, str]],
               limit: int | None, offset: int) -> list[tuple[int, int]]:
    """Return the page's keys read in order from the index that fits the filters."""
    codes = {role: filters.party(who).code for role, who in parties}
    if codes.get("actor") and codes.get("recipient"):
        d = _D.alias("d")
        has_recipient = exists(select(literal(1)).where(
            _EA.c.article_id == d.c.article_id, _EA.c.event_idx == d.c.event_idx,
            _EA.c.role == "recipient"))
        query = (select(d.c.event_date, d.c.article_id, d.c.event_idx)
                 .where(d.c.actor_code == codes["actor"],
                        d.c.recipient_code == codes["recipient"], has_recipient))
        driver: Any = d
    elif parties:
        role = "actor" if codes.get("actor") else "recipient"
        p = _EA.alias("p")
        query = (select(p.c.event_date, p.c.article_id, p.c.event_idx).distinct()
                 .where(p.c.code == codes[role], p.c.role == role))
        query = query.where(*(_has_party(other, who) for other, who in parties
                              if other != role))
        driver = p
    else:
        keys: list[tuple[int, int]] = _general_keys(conn, checks, [], None, limit, offset)
        return keys
    query = (query.join_from(driver, _E, and_(_E.c.article_id == driver.c.article_id,
                                               _E.c.idx == driver.c.event_idx))
             .where(*checks.days(driver.c.event_date), *checks.on_event)
             .order_by(driver.c.event_date.desc(), driver.c.article_id.desc(),
                       driver.c.event_idx))
    return [(int(r[1]), int(r[2])) for r in conn.execute(_limit(query, limit, offset))]


def _general_keys(conn: Any, checks: _Checks, parties: list[tuple[str, str]],
                  article_id: int | None, limit: int | None, offset: int) -> Any:
    """Return the page's keys (or their count) from ``events``, parties tested per event."""
    conditions = [*checks.days(_E.c.event_date), *checks.on_event]
    if article_id is not None:
        conditions.append(_E.c.article_id == article_id)
    conditions.extend(_party_filters(conn, parties))
    keys = select(_E.c.article_id, _E.c.idx).where(*conditions)
    if limit == COUNT:
        return conn.execute(select(func.count()).select_from(keys.subquery())).scalar()
    return [(int(r[0]), int(r[1])) for r in conn.execute(_limit(keys.order_by(*_ORDER),
                                                                limit, offset))]


def _party_match(who: str) -> ColumnElement:
    """``event_actors`` rows of party ``who``: its code, or its name in any case."""
    found = filters.party(who)
    if found.code:
        return _EA.c.code == found.code
    return or_(func.lower(_EA.c.code) == who.lower(),
               func.lower(_EA.c.entity_name) == who.lower())


def _party_rows(role: str, who: str) -> ColumnElement:
    return and_(_EA.c.role == role, _party_match(who))


def _has_party(role: str, who: str) -> ColumnElement:
    """Per-event test: fast when many events match (scanned newest first, stops early)."""
    return exists(select(literal(1)).where(
        _EA.c.article_id == _E.c.article_id, _EA.c.event_idx == _E.c.idx,
        _party_rows(role, who)))


def _in_party(role: str, who: str) -> ColumnElement:
    """Set test: fast when few events match (the planner starts from the party's events)."""
    keys = select(_EA.c.article_id, _EA.c.event_idx).where(_party_rows(role, who))
    return tuple_(_E.c.article_id, _E.c.idx).in_(keys)


def _party_filters(conn: Any, parties: list[tuple[str, str]]) -> list[ColumnElement]:
    """Return the party filters of a general events query, in the form that reads least.

    The party with fewest events (counted up to a cap) drives the query when it has few
    (:data:`PARTY_SET_MAX`, or :data:`PAIR_SET_MAX` when both actor and recipient are
    given, as their common events may be rare); other parties are checked per event while
    events are read newest first. Either way the result is the same.
    """
    cap = PARTY_SET_MAX if len(parties) == 1 else PAIR_SET_MAX
    counts = [conn.execute(select(func.count()).select_from(
        select(literal(1)).where(_party_rows(role, who)).limit(cap + 1).subquery())).scalar()
        for role, who in parties]
    driver = min(range(len(parties)), key=counts.__getitem__) if parties else -1
    return [_in_party(role, who) if i == driver and counts[i] <= cap else _has_party(role, who)
            for i, (role, who) in enumerate(parties)]


_ROW_COLUMNS = (_E.c.article_id, _E.c.idx, _E.c.event_id, _E.c.event_date, _E.c.event_type,
                _E.c.mode, _E.c.quad_code, _E.c.plover_score, _E.c.event_text, _E.c.start,
                _E.c.end, _E.c.sentence, _E.c.negated, _E.c.future, _E.c.hypothetical,
                _E.c.historical, _E.c.score, _E.c.reported_by, _E.c.confidence,
                _E.c.text.label("sentence_text"), *_source(), _A.c.source)
_PARTY_COLUMNS = (_EA.c.article_id, _EA.c.event_idx, _EA.c.role, _EA.c.code,
                  _EA.c.entity_name, _EA.c.sector_code, _EA.c.start, _EA.c.end)


@functools.lru_cache(maxsize=512)
def _by_keys(table: str, first: str, second: str, size: int) -> TextClause:
    """The clause of :func:`.db.key_match` over ``table``'s key columns, once per size."""
    return text(key_match(f"{table}.{first}", f"{table}.{second}", size))


def _rows_of(conn: Any, keys: list[tuple[int, int]]) -> list[dict[str, Any]]:
    """Return the events of ``keys`` with their articles' fields, in the order of ``keys``."""
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for chunk in _chunks(keys, _LOOKUP_CHUNK):
        match = _by_keys(_E.name, "article_id", "idx", len(chunk))
        query = select(*_ROW_COLUMNS).join_from(_E, _A, _A.c.id == _E.c.article_id).where(match)
        for row in _plain_rows(conn.execute(query, key_params(chunk))):
            found[(row["article_id"], row["idx"])] = row
    return [found[key] for key in keys if key in found]


def _attach_parties(conn: Any, rows: list[dict[str, Any]]) -> None:
    keys = [(row["article_id"], row["idx"]) for row in rows]
    parties: dict[tuple[int, int], dict[str, list]] = {}
    for chunk in _chunks(keys, _LOOKUP_CHUNK):
        match = _by_keys(_EA.name, "article_id", "event_idx", len(chunk))
        query = select(*_PARTY_COLUMNS).where(match).order_by(_EA.c.position)
        for party in _plain_rows(conn.execute(query, key_params(chunk))):
            slot = parties.setdefault((party.pop("article_id"), party.pop("event_idx")), {})
            slot.setdefault(party.pop("role"), []).append(party)
    for row in rows:
        slot = parties.get((row["article_id"], row["idx"]), {})
        row["actor"] = slot.get("actor", [])
        row["recipient"] = slot.get("recipient", [])
