"""Read queries of the store: events, dyad summaries, quotes, quantities, search, stats.

Every function takes the engine and returns plain dicts (JSON-ready, dates as ISO
strings), each carrying the ``article_id`` and character offsets of what it found.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Engine,
    Select,
    case,
    func,
    or_,
    select,
    text,
)

from . import filters, schema
from .config import DEFAULT_LIMIT, MAX_LIMIT, QUERY_SECONDS, store_error
from .db import bounded_read, read
from .search_syntax import Term, parse_query

__all__ = [
    "COUNT",
    "EVENT_FLAGS",
    "articles",
    "errors",
    "flag_conditions",
    "quantities",
    "quotes",
    "search",
    "stats",
    "top_dyads",
]

#: ``limit`` value asking :func:`quotes` / :func:`quantities` for the row count instead.
COUNT = -1
_A = schema.articles
_E = schema.events
_EA = schema.event_actors


def _count(engine: Engine, query: Select) -> int:
    """Return how many rows ``query`` gives (without its limit)."""
    with read(engine) as conn:
        return int(conn.execute(select(func.count()).select_from(
            query.limit(None).order_by(None).subquery())).scalar() or 0)


def _rows(engine: Engine, query: Any, params: dict | None = None) -> list[dict[str, Any]]:
    with read(engine) as conn:
        return _plain_rows(conn.execute(query, params or {}))


def _plain(row: Any) -> dict[str, Any]:
    """Return a result row as a dict: ``str`` keys (not ``quoted_name``), ISO dates.

    SQLAlchemy names some columns with its ``quoted_name`` (a ``str`` subclass), which
    JSON encoders such as pydantic's handle many times slower than ``str``.
    """
    return {str(k): v.isoformat() if isinstance(v, dt.date) else v for k, v in row.items()}


def _plain_rows(result: Any) -> list[dict[str, Any]]:
    """Return every row of ``result`` as :func:`_plain` does, reading plain tuples (faster)."""
    names = list(map(str, result.keys()))
    return [{k: v.isoformat() if isinstance(v, dt.date) else v
                 for k, v in zip(names, row, strict=True)}
            for row in result]


def _date(value: str | dt.date | None, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except (ValueError, TypeError):
        raise store_error("S005", value=_shown(value), option=option,
                          fix="use YYYY-MM-DD.") from None


#: Longest text accepted as a filter value (names, codes, parts of names).
MAX_FILTER_CHARS = 1_000


def _text(value: object, option: str) -> str:
    """Return the filter ``value`` checked: a string of plain, storable text.

    Raises:
        StoreError: ``S005`` for another type, a NUL or lone surrogate, or a long value.
    """
    if not isinstance(value, str):
        raise store_error("S005", value=_shown(value), option=option,
                          fix=f"give text, not a {type(value).__name__}.")
    problem = None
    if len(value) > MAX_FILTER_CHARS:
        problem = f"use at most {MAX_FILTER_CHARS:,} characters"
    elif "\x00" in value or _unstorable(value):
        problem = "remove NUL and unpaired surrogate characters"
    if problem:
        raise store_error("S005", value=_shown(value), option=option, fix=problem + ".")
    return value


def _unstorable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_limit(limit: object, option: str = "--limit") -> int | None:
    """Return ``limit`` checked: None (every row) or a whole number from 0 to ``MAX_LIMIT``.

    Raises:
        StoreError: ``S005`` for any other value.
    """
    if limit is None or limit == COUNT:
        return limit
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= MAX_LIMIT:
        raise store_error("S005", value=_shown(limit), option=option,
                          fix=f"use a whole number from 0 (all rows) to {MAX_LIMIT:,}.")
    return limit


def _shown(value: object, limit: int = 60) -> str:
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "..."


def _limit(query: Select, limit: int | None, offset: int = 0) -> Select:
    """Apply ``offset`` and ``limit`` (checked): None or 0 means every row, never cut silently."""
    limit = check_limit(limit)
    if isinstance(offset, bool) or not isinstance(offset, int) or offset < 0:
        raise store_error("S005", value=_shown(offset), option="offset",
                          fix="use a whole number from 0.")
    query = query.offset(offset) if offset > 0 else query
    return query.limit(limit) if limit else query


def _between(column: Any, since: Any, until: Any) -> list[ColumnElement]:
    """Conditions ``since <= column <= until`` (days, datetimes or months ``YYYY-MM``)."""
    conditions: list[ColumnElement] = []
    if (start := filters.day(since, "--since")) is not None:
        conditions.append(column >= start)
    if (stop := filters.day(until, "--until", end=True)) is not None:
        conditions.append(column <= stop)
    return conditions


def _source() -> list[Any]:
    return [_A.c.story_id, _A.c.title, _A.c.url, _A.c.published]


def articles(engine: Engine, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Return stored articles, oldest first (no text)."""
    query = select(_A.c.id.label("article_id"), *_source(), _A.c.source, _A.c.model,
                   _A.c.wirecoder_version, _A.c.ingested_at).order_by(_A.c.id).offset(offset)
    return _rows(engine, _limit(query, limit))


# -- events (the query itself is in event_queries) -----------------------------------------


#: Event flags that ``events`` can filter on (True: only flagged, False: only unflagged).
EVENT_FLAGS = ("negated", "future", "hypothetical", "historical")


def flag_conditions(table: Any, include_negated: bool,
                    include_hypothetical: bool) -> list[ColumnElement]:
    """Conditions leaving out negated and hypothetical events unless they are asked for."""
    conditions: list[ColumnElement] = []
    if not include_negated:
        conditions.append(table.c.negated.is_(False))
    if not include_hypothetical:
        conditions.append(table.c.hypothetical.is_(False))
    return conditions


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- top dyads ----------------------------------------------------------------------------


def top_dyads(engine: Engine, *, limit: int = 10) -> list[dict[str, Any]]:
    """Return the pairs of two parties with most dated events, both directions, most first.

    Each row: ``a`` and ``b`` (codes, in sorted order), ``events``, ``first`` and
    ``last`` day. Reads the ``dyad_days`` roll-up.
    """
    r = schema.dyad_days
    low = case((r.c.actor_code <= r.c.recipient_code, r.c.actor_code), else_=r.c.recipient_code)
    high = case((r.c.actor_code <= r.c.recipient_code, r.c.recipient_code),
                else_=r.c.actor_code)
    total = func.sum(r.c.events)
    query = (select(low.label("a"), high.label("b"), total.label("events"),
                    func.min(r.c.day).label("first"), func.max(r.c.day).label("last"))
             .where(r.c.actor_code != r.c.recipient_code).group_by(low, high)
             .order_by(total.desc(), low, high).limit(max(limit, 1)))
    return _rows(engine, query)


# -- quotes, quantities ------------------------------------------------------------------


def _like(column: Any, needle: str) -> ColumnElement:
    escaped = _text(needle, column.name).lower()
    escaped = escaped.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return func.lower(column).like(f"%{escaped}%", escape="\\")


def _records_query(
    engine: Engine,
    table: Any,
    columns: Sequence[str],
    conditions: list[ColumnElement],
    since: str | dt.date | None,
    until: str | dt.date | None,
    limit: int | None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return rows of a per-article table (quotes, quantities), newest articles first.

    Args:
        engine: The store's engine.
        table: The table; it has ``article_id`` and ``idx`` columns.
        columns: Names of the table's columns returned, before the article's source fields.
        conditions: Filters on the table, after the publication-day bounds.
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        limit: Most rows returned; None or 0 for all; -1 to return the count instead.
        offset: Rows skipped first (paging).

    Returns:
        One plain dict per row (dates as ISO strings), or the count (``limit=-1``).
    """
    query = (select(*(table.c[name] for name in columns), *_source())
             .join(_A, _A.c.id == table.c.article_id)
             .where(*_between(_A.c.published, since, until), *conditions)
             .order_by(_A.c.published.desc(), table.c.article_id.desc(), table.c.idx))
    if limit == COUNT:  # the row count (an int) instead of the rows: see ``limit``
        return _count(engine, query)  # type: ignore[return-value]
    return _rows(engine, _limit(query, limit, offset))


def _distinct(engine: Engine, column: Any) -> list[str]:
    """Return the distinct non-null values of ``column`` (the valid values of a filter)."""
    with read(engine) as conn:
        return [v for (v,) in conn.execute(select(column).distinct()) if v is not None]


def quotes(
    engine: Engine,
    *,
    speaker: str | None = None,
    kind: str | None = None,
    contains: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return quotes, newest articles first.

    Args:
        engine: The store's engine.
        speaker: Part of the speaker's name (case-insensitive) or the speaker's code.
        kind: ``direct``, ``partial`` or ``indirect`` (any case); another value raises.
        contains: Part of the quoted words (case-insensitive), e.g. ``Taiwan``.
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        limit: Most rows returned; None or 0 for all; ``COUNT`` (-1) for the row count.
        offset: Rows skipped first (paging).

    Raises:
        StoreError: S005 for an unknown kind or a malformed day.
    """
    q = schema.quotes
    conditions: list[ColumnElement] = []
    if speaker:
        conditions.append(or_(_like(q.c.speaker_name, speaker), q.c.speaker_code == speaker))
    if kind := filters.choice(kind, "--kind", filters.QUOTE_KINDS):
        conditions.append(q.c.kind == kind)
    if contains:
        conditions.append(_like(q.c.text, _text(contains, "contains")))
    columns = ("article_id", "idx", "speaker_name", "speaker_code", "kind", "cue", "text",
               "start", "end", "sentence")
    return _records_query(engine, q, columns, conditions, since, until, limit, offset)


def quantities(
    engine: Engine,
    *,
    about: str | None = None,
    unit: str | None = None,
    kind: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return quantities, newest articles first.

    Args:
        engine: The store's engine.
        about: Part of what is measured (case-insensitive), e.g. ``soybeans``.
        unit: Canonical unit id, e.g. ``USD`` (any case); one that neither a stored
            quantity nor the quantities lexicon has raises, suggesting the nearest (an empty
            store checks too).
        kind: ``money``, ``mass``, ``count``, ... (checked the same way).
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        limit: Most rows returned; None or 0 for all; ``COUNT`` (-1) for the row count.
        offset: Rows skipped first (paging).

    Raises:
        StoreError: S005 for an unknown unit or kind, or a malformed day.
    """
    q = schema.quantities
    conditions: list[ColumnElement] = []
    if about:
        conditions.append(_like(q.c.about, about))
    known_units, known_kinds, unit_names = filters.quantity_vocabulary()
    if unit := filters.rate_unit(unit) or filters.choice(
            unit, "--unit", {*_distinct(engine, q.c.unit), *known_units}, aliases=unit_names):
        conditions.append(q.c.unit == unit)
    if kind := filters.choice(kind, "--kind", {*_distinct(engine, q.c.kind), *known_kinds}):
        conditions.append(q.c.kind == kind)
    columns = ("article_id", "idx", "text", "value", "value_high", "unit", "normalized_value",
               "normalized_unit", "kind", "approximate", "about", "committer_name", "period",
               "start", "end", "sentence")
    return _records_query(engine, q, columns, conditions, since, until, limit, offset)


# -- search --------------------------------------------------------------------------------

def fts5_query(query: str) -> str:
    """Translate a query in the search syntax (see :mod:`.search_syntax`) into FTS5."""
    return parse_query(query).fts5()


def search(engine: Engine, query: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Full-text search over article titles and texts, best matches first.

    The query syntax is the same on both backends (see :mod:`.search_syntax`): words
    (stemmed: FTS5 porter / PostgreSQL english), "quoted phrases", ``OR``, ``-word`` or
    ``NOT word``, ``prefix*``. Each hit gives a snippet and the offset of the first match.
    A query is bounded in length and terms, and cancelled after ``QUERY_SECONDS``.

    Raises:
        StoreError: ``S010`` for an invalid query, ``S005`` for a bad ``limit``, ``S012``
            when the query is cancelled.
    """
    parsed = parse_query(query)
    checked = check_limit(limit)
    limit = DEFAULT_LIMIT if checked is None else checked  # best matches first: top 100
    if engine.dialect.name == "postgresql":
        expr, params = parsed.tsquery()
        sql = text(
            "SELECT a.id AS article_id, a.story_id, a.title, a.url, a.published, "
            "ts_headline('english', a.text, hit.q, "
            "'MaxWords=24, MinWords=10, StartSel=[, StopSel=]') AS snippet, hit.rank, a.text "
            "FROM (SELECT a.id, q, ts_rank(a.tsv, q) AS rank FROM articles a, "
            f"(SELECT {expr} AS q) s WHERE a.tsv @@ q ORDER BY rank DESC, a.id LIMIT :n) hit "
            "JOIN articles a ON a.id = hit.id ORDER BY hit.rank DESC, a.id")
        params["n"] = limit if limit > 0 else None
    else:
        sql = text(
            f"SELECT a.id AS article_id, a.story_id, a.title, a.url, a.published, "
            f"snippet({schema.ARTICLES_FTS}, 1, '[', ']', '…', 16) AS snippet, "
            f"bm25({schema.ARTICLES_FTS}) AS rank, a.text FROM {schema.ARTICLES_FTS} "
            f"JOIN articles a ON a.id = {schema.ARTICLES_FTS}.rowid "
            f"WHERE {schema.ARTICLES_FTS} MATCH :q ORDER BY rank, a.id LIMIT :n")
        params = {"q": parsed.fts5(), "n": limit if limit > 0 else -1}
    with bounded_read(engine, QUERY_SECONDS) as conn:
        rows = [_plain(row) for row in conn.execute(sql, params).mappings()]
    for row in rows:
        row["start"], row["end"] = _first_match(row.pop("text"), parsed.terms)
    return rows


def _first_match(body: str, terms: Sequence[Term]) -> tuple[int | None, int | None]:
    """Return the span of the first term's first word (or its stem-like prefix) in ``body``."""
    for term in terms:
        stem = term.words[0][:5]
        match = re.search(r"\b" + re.escape(stem) + r"\w*", body, re.IGNORECASE)
        if match:
            return match.start(), match.end()
    return None, None


# -- stats, errors -------------------------------------------------------------------------


def stats(engine: Engine, *, top: int = 10) -> dict[str, Any]:
    """Return corpus statistics: counts, events per category, top actors, errors."""
    counts = {name: select(func.count()).select_from(schema.metadata.tables[name])
              for name in ("articles", "entities", "events", "quotes", "quantities",
                           "time_expressions", "errors")}
    with read(engine) as conn:
        out: dict[str, Any] = {"backend": engine.dialect.name, "schema_version": conn.execute(
            select(func.max(schema.schema_version.c.version))).scalar()}
        out["counts"] = {name: conn.execute(query).scalar() for name, query in counts.items()}
        span = conn.execute(select(func.min(_A.c.published), func.max(_A.c.published))).one()
        out["published"] = {"first": _iso(span[0]), "last": _iso(span[1])}
        out["events_per_category"] = _pairs(conn.execute(
            select(_E.c.event_type, func.count()).group_by(_E.c.event_type)
            .order_by(func.count().desc(), _E.c.event_type)))
        for role in ("actor", "recipient"):
            out[f"top_{role}s"] = _pairs(conn.execute(
                select(_EA.c.code, func.count()).where(_EA.c.role == role)
                .group_by(_EA.c.code).order_by(func.count().desc(), _EA.c.code).limit(top)))
        out["errors_per_code"] = _pairs(conn.execute(
            select(schema.errors.c.code, func.count()).group_by(schema.errors.c.code)
            .order_by(func.count().desc())))
        out["models"] = _pairs(conn.execute(
            select(func.coalesce(_A.c.model, "?") + " / " + func.coalesce(
                _A.c.wirecoder_version, "?"), func.count())
            .group_by(_A.c.model, _A.c.wirecoder_version)))
    return out


def _pairs(result: Any) -> dict[str, int]:
    return {str(key): int(value) for key, value in result}


def _iso(value: Any) -> str | None:
    return value.isoformat() if isinstance(value, dt.date) else value


def errors(engine: Engine, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Return recorded per-item errors, newest first."""
    e = schema.errors
    query = select(e.c.id, e.c.run_id, e.c.item_id, e.c.code, e.c.message, e.c.source,
                   e.c.created_at).order_by(e.c.id.desc())
    return _rows(engine, _limit(query, limit))
