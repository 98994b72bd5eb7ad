"""Read queries of the store: events, dyad summaries, quotes, quantities, search, stats.

Every function takes the engine and returns plain dicts (JSON-ready, dates as ISO
strings), each carrying the ``article_id`` and character offsets of what it found.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from sqlalchemy import (
    ColumnElement,
    Date,
    Engine,
    Select,
    and_,
    bindparam,
    case,
    exists,
    func,
    literal,
    or_,
    select,
    text,
    tuple_,
)

from . import schema
from .config import DEFAULT_LIMIT, DYAD_TOP, store_error
from .db import match_keys, read
from .plover import QUAD_NAMES

__all__ = [
    "PERIODS",
    "articles",
    "dyad",
    "errors",
    "events",
    "period_key",
    "quantities",
    "quotes",
    "search",
    "stats",
    "top_dyads",
]

PERIODS = ("day", "week", "month", "year")
_A = schema.articles
_E = schema.events
_EA = schema.event_actors


def _rows(engine: Engine, query: Any, params: dict | None = None) -> list[dict[str, Any]]:
    with read(engine) as conn:
        return [_plain(row) for row in conn.execute(query, params or {}).mappings()]


def _plain(row: Any) -> dict[str, Any]:
    return {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in dict(row).items()}


def _date(value: str | dt.date | None, option: str) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise store_error("S005", value=value, option=option, fix="use YYYY-MM-DD.") from None


def _limit(query: Select, limit: int | None, offset: int = 0) -> Select:
    limit = DEFAULT_LIMIT if limit is None else limit
    query = query.offset(offset) if offset > 0 else query
    return query.limit(limit) if limit > 0 else query


def _between(column: Any, since: Any, until: Any) -> list[ColumnElement]:
    conditions: list[ColumnElement] = []
    if (start := _date(since, "--since")) is not None:
        conditions.append(column >= start)
    if (stop := _date(until, "--until")) is not None:
        conditions.append(column <= stop)
    return conditions


def _source() -> list[Any]:
    return [_A.c.story_id, _A.c.title, _A.c.url, _A.c.published]


def articles(engine: Engine, *, limit: int | None = None, offset: int = 0) -> list[dict]:
    """Return stored articles, oldest first (no text)."""
    query = select(_A.c.id.label("article_id"), *_source(), _A.c.source, _A.c.model,
                   _A.c.wirecoder_version, _A.c.ingested_at).order_by(_A.c.id).offset(offset)
    return _rows(engine, _limit(query, limit))


# -- events ----------------------------------------------------------------------------


def _party_rows(role: str, who: str) -> ColumnElement:
    return and_(_EA.c.role == role, or_(_EA.c.code == who, _EA.c.entity_name == who))


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
    """Return the party filters of an events query, in the form that reads least.

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


#: Event flags that :func:`events` can filter on (True: only flagged, False: only unflagged).
EVENT_FLAGS = ("negated", "future", "hypothetical", "historical")
#: A party with at most this many events drives an ``events`` query (see _party_filters) ...
PARTY_SET_MAX = 10_000
#: ... or this many when the query names both an actor and a recipient.
PAIR_SET_MAX = 50_000


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
    limit: int | None = None,
    offset: int = 0,
) -> list[dict[str, Any]]:
    """Return events, newest first, with their actors and recipients.

    The page's keys are found first on the events table alone (its date and category
    indexes give the order), then its rows are read with their articles.

    Args:
        engine: The store's engine.
        actor: Country code (``USA``) or entity name (``Xi Jinping``) of an actor.
        recipient: Same, of a recipient.
        event_type: PLOVER category, e.g. ``REQUEST``.
        since: First event day (``YYYY-MM-DD``), inclusive.
        until: Last event day, inclusive.
        article_id: Only this article's events.
        mode: PLOVER mode, e.g. ``phone``.
        source: The article's source (publisher or feed name), exactly.
        flags: ``{flag: bool}`` over :data:`EVENT_FLAGS`, e.g. ``{"negated": False}``.
        limit: Most rows returned (default ``DEFAULT_LIMIT``; 0 for all).
        offset: Rows skipped first (paging).

    """
    conditions = _between(_E.c.event_date, since, until)
    if mode:
        conditions.append(_E.c.mode == mode)
    if source:
        conditions.append(_E.c.article_id.in_(select(_A.c.id).where(_A.c.source == source)))
    for flag, wanted in (flags or {}).items():
        if flag not in EVENT_FLAGS:
            raise store_error("S005", value=flag, option="flags",
                              fix=f"use one of {', '.join(EVENT_FLAGS)}.")
        conditions.append(_E.c[flag].is_(bool(wanted)))
    if event_type:
        conditions.append(_E.c.event_type == event_type.upper())
    if article_id is not None:
        conditions.append(_E.c.article_id == article_id)
    order = (_E.c.event_date.desc(), _E.c.article_id.desc(), _E.c.idx)
    with read(engine) as conn:
        parties = [(role, who) for role, who in (("actor", actor), ("recipient", recipient))
                   if who]
        conditions.extend(_party_filters(conn, parties))
        page = _limit(select(_E.c.article_id, _E.c.idx).where(*conditions).order_by(*order),
                      limit, offset).subquery("page")
        query = (
            select(_E.c.article_id, _E.c.idx, _E.c.event_id, _E.c.event_date, _E.c.event_type,
                   _E.c.mode, _E.c.quad_code, _E.c.plover_score, _E.c.event_text, _E.c.start,
                   _E.c.end, _E.c.sentence, _E.c.negated, _E.c.future, _E.c.hypothetical,
                   _E.c.historical, _E.c.confidence, _E.c.text.label("sentence_text"),
                   *_source(), _A.c.source)
            .select_from(page.join(_E, and_(_E.c.article_id == page.c.article_id,
                                            _E.c.idx == page.c.idx))
                         .join(_A, _A.c.id == _E.c.article_id))
            .order_by(*order)
        )
        rows = [_plain(row) for row in conn.execute(query).mappings()]
    _attach_parties(engine, rows)
    return rows


def _attach_parties(engine: Engine, rows: list[dict[str, Any]]) -> None:
    keys = [(row["article_id"], row["idx"]) for row in rows]
    parties: dict[tuple[int, int], dict[str, list]] = {}
    for chunk in _chunks(keys, 400):
        query = (select(_EA.c.article_id, _EA.c.event_idx, _EA.c.role, _EA.c.code,
                        _EA.c.entity_name, _EA.c.sector_code, _EA.c.start, _EA.c.end)
                 .where(match_keys([_EA.c.article_id, _EA.c.event_idx], chunk))
                 .order_by(_EA.c.position))
        for party in _rows(engine, query):
            slot = parties.setdefault((party.pop("article_id"), party.pop("event_idx")), {})
            slot.setdefault(party.pop("role"), []).append(party)
    for row in rows:
        slot = parties.get((row["article_id"], row["idx"]), {})
        row["actor"] = slot.get("actor", [])
        row["recipient"] = slot.get("recipient", [])


def _chunks(items: list, size: int) -> Iterable[list]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


# -- dyad ------------------------------------------------------------------------------


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
) -> list[dict[str, Any]]:
    """Summarize the events between ``a`` and ``b``, both directions, per period.

    Each row is one (period, direction): event count, counts per quad class and per
    PLOVER category, mean PLOVER score (the event's score, else its category's), and
    the ``top`` events with the largest ``|score|``. Reads the ``dyad_days`` roll-up
    (one row per pair and day), so its cost grows with days, not events. Events with
    no day (no date of their own and an undated article) are left out.

    Args:
        engine: The store's engine.
        a: Country code or entity name (as in ``event_actors.code``).
        b: The other party.
        by: ``day``, ``week`` (ISO, keyed by its Monday), ``month`` or ``year``.
        since: First event day, inclusive.
        until: Last event day, inclusive.
        top: Most significant events listed per period and direction (at most
            ``rollup.DYAD_TOP_KEPT``).
    """
    if by not in PERIODS:
        raise store_error("S005", value=by, option="--by", fix="use day, week, month or year.")
    sql = _DyadSql(engine.dialect.name, by, since, until)
    params = {"a": a, "b": b, **sql.params}
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    with read(engine) as conn:
        for row in conn.execute(sql.totals(), params).mappings():
            summary[_key(row)] = _totals(_key(row), row)
        if sql.dialect == "postgresql":  # JSONB expands fast in the database
            for row in conn.execute(sql.categories(), params).mappings():
                summary[_key(row)]["categories"][row["category"]] = int(row["n"])
            if top > 0:
                for row in conn.execute(sql.top(), {**params, "top": top}).mappings():
                    summary[_key(row)]["top"].append((int(row["article_id"]),
                                                      int(row["event_idx"])))
        else:  # SQLite's json_each is slower than decoding the few small documents here
            _merge_json(summary, conn.execute(sql.documents(top > 0), params), top)
    rows = [_finish(summary[key]) for key in sorted(summary)]
    if top > 0:
        _attach_top(engine, rows)
    return rows


def _key(row: Any) -> tuple[str, str]:
    return row["period"], f"{row['actor_code']}->{row['recipient_code']}"


def _merge_json(summary: dict[tuple[str, str], dict[str, Any]], rows: Any, top: int) -> None:
    """Add category counts and top events from each day's raw JSON text (SQLite)."""
    candidates: dict[tuple[str, str], list[list[Any]]] = {}
    for period, actor, recipient, documents in rows:
        key = (period, f"{actor}->{recipient}")
        counts = summary[key]["categories"]
        categories, *best = json.loads(documents)  # "[categories, top]" or "[categories]"
        for category, n in categories.items():
            counts[category] = counts.get(category, 0) + n
        if best:
            candidates.setdefault(key, []).extend(best[0])
    for key, found in candidates.items():
        found.sort(key=lambda t: (-t[0], t[2], t[3]))
        summary[key]["top"] = [(int(t[2]), int(t[3])) for t in found[:top]]


class _DyadSql:
    """The SQL of :func:`dyad`: ``dyad_days`` aggregated per period in the database.

    Totals per (period, direction) are summed in SQL on both databases. On PostgreSQL the
    category counts (the ``categories`` JSONB object expanded) and the ``top`` events of
    each period (the ``top`` JSONB arrays ranked by a window function) are computed in
    SQL too; on SQLite, whose ``json_each`` measured slower than Python's ``json.loads``
    on these small documents, each day's raw JSON text is read and merged in Python.
    Every value is a bound parameter.
    """

    PERIOD: ClassVar[dict[str, dict[str, str]]] = {
        "sqlite": {"day": "substr(d.day, 1, 10)", "month": "substr(d.day, 1, 7)",
                   "year": "substr(d.day, 1, 4)",
                   "week": "date(d.day, 'weekday 0', '-6 days')"},  # ISO week's Monday
        "postgresql": {"day": "to_char(d.day, 'YYYY-MM-DD')",
                       "month": "to_char(d.day, 'YYYY-MM')", "year": "to_char(d.day, 'YYYY')",
                       "week": "to_char(date_trunc('week', d.day), 'YYYY-MM-DD')"},
    }
    #: PostgreSQL's JSONB expansions (SQLite decodes the JSON text in Python instead).
    CATEGORIES = "jsonb_each_text(d.categories) AS j(key, value)"
    TOP = "jsonb_array_elements(d.top) AS j(value)"

    def __init__(self, dialect: str, by: str, since: Any, until: Any) -> None:
        self.dialect = dialect if dialect in self.PERIOD else "sqlite"
        self.period = self.PERIOD[self.dialect][by]
        where = ["((d.actor_code = :a AND d.recipient_code = :b) OR "
                 "(d.actor_code = :b AND d.recipient_code = :a))"]
        self.params: dict[str, Any] = {}
        self.types: list[Any] = []
        if (start := _date(since, "--since")) is not None:
            where.append("d.day >= :since")
            self.params["since"] = start
            self.types.append(bindparam("since", type_=Date))
        if (stop := _date(until, "--until")) is not None:
            where.append("d.day <= :until")
            self.params["until"] = stop
            self.types.append(bindparam("until", type_=Date))
        self.where = " AND ".join(where)

    def _text(self, sql: str) -> Any:
        return text(sql).bindparams(*self.types)

    def totals(self) -> Any:
        """Events, quad counts and score sums per (period, direction)."""
        quads = ", ".join(f"SUM(d.quad_{code}) AS quad_{code}" for code in QUAD_NAMES)
        return self._text(
            f"SELECT {self.period} AS period, d.actor_code, d.recipient_code, "
            f"SUM(d.events) AS events, {quads}, SUM(d.score_sum) AS score_sum, "
            f"SUM(d.score_n) AS score_n FROM dyad_days AS d WHERE {self.where} "
            f"GROUP BY {self.period}, d.actor_code, d.recipient_code")

    def documents(self, with_top: bool) -> Any:
        """Each day's period, direction, and ``[categories, top]`` as one JSON text (SQLite).

        One document per day row halves the decoding calls; ``top`` only when wanted.
        """
        best = "',' || d.top || " if with_top else ""
        return self._text(
            f"SELECT {self.period} AS period, d.actor_code, d.recipient_code, "
            f"'[' || d.categories || {best}']' AS documents FROM dyad_days AS d "
            f"WHERE {self.where}")

    def categories(self) -> Any:
        """Event count per (period, direction, PLOVER category) (PostgreSQL)."""
        return self._text(
            f"SELECT {self.period} AS period, d.actor_code, d.recipient_code, "
            f"j.key AS category, SUM(CAST(j.value AS BIGINT)) AS n "
            f"FROM dyad_days AS d, {self.CATEGORIES} WHERE {self.where} "
            f"GROUP BY {self.period}, d.actor_code, d.recipient_code, j.key")

    def top(self) -> Any:
        """The ``:top`` events of largest ``|score|`` per (period, direction) (PostgreSQL)."""
        size = "CAST(j.value->>0 AS DOUBLE PRECISION)"
        article, idx = "CAST(j.value->>2 AS BIGINT)", "CAST(j.value->>3 AS INTEGER)"
        return self._text(
            "SELECT period, actor_code, recipient_code, article_id, event_idx FROM ("
            f"SELECT {self.period} AS period, d.actor_code, d.recipient_code, "
            f"{article} AS article_id, {idx} AS event_idx, ROW_NUMBER() OVER ("
            f"PARTITION BY {self.period}, d.actor_code, d.recipient_code "
            f"ORDER BY {size} DESC, {article}, {idx}) AS rank "
            f"FROM dyad_days AS d, {self.TOP} WHERE {self.where}) AS ranked "
            "WHERE rank <= :top ORDER BY period, actor_code, recipient_code, rank")


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


def _totals(key: tuple[str, str], row: Any) -> dict[str, Any]:
    scored = int(row["score_n"] or 0)
    return {"period": key[0], "direction": key[1], "events": int(row["events"]),
            "mean_score": round(float(row["score_sum"]) / scored, 3) if scored else None,
            "quad": {name: int(row[f"quad_{code}"] or 0) for code, name in QUAD_NAMES.items()},
            "categories": {}, "top": []}


def _finish(item: dict[str, Any]) -> dict[str, Any]:
    item["categories"] = dict(sorted(item["categories"].items(), key=lambda kv: (-kv[1], kv[0])))
    return item


_TOP_EVENTS = ("SELECT e.article_id, e.idx, e.event_id, e.event_type, e.plover_score, "
               "e.event_date, e.event_text, e.start, e.\"end\", e.text AS sentence_text, a.url "
               "FROM events AS e JOIN articles AS a ON a.id = e.article_id WHERE {}")


def _attach_top(engine: Engine, rows: list[dict[str, Any]]) -> None:
    keys = sorted({key for row in rows for key in row["top"]})
    found: dict[tuple[int, int], dict[str, Any]] = {}
    with read(engine) as conn:
        for chunk in _chunks(keys, 400):  # an OR of primary-key lookups: index searches only
            match = " OR ".join(f"(e.article_id = :a{n} AND e.idx = :i{n})"
                                for n in range(len(chunk)))
            params = {f"{kind}{n}": value for n, key in enumerate(chunk)
                      for kind, value in zip("ai", key, strict=True)}
            for event in conn.execute(text(_TOP_EVENTS.format(match)), params).mappings():
                found[(event["article_id"], event["idx"])] = _plain(event)
    for row in rows:
        row["top"] = [found[key] for key in row["top"] if key in found]


# -- quotes, quantities ------------------------------------------------------------------


def _like(column: Any, needle: str) -> ColumnElement:
    escaped = needle.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
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
        limit: Most rows returned (default ``DEFAULT_LIMIT``; 0 for all).
        offset: Rows skipped first (paging).

    Returns:
        One plain dict per row (dates as ISO strings).
    """
    query = (select(*(table.c[name] for name in columns), *_source())
             .join(_A, _A.c.id == table.c.article_id)
             .where(*_between(_A.c.published, since, until), *conditions)
             .order_by(_A.c.published.desc(), table.c.article_id.desc(), table.c.idx))
    return _rows(engine, _limit(query, limit, offset))


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
        kind: ``direct``, ``partial`` or ``indirect``.
        contains: Part of the quoted words (case-insensitive), e.g. ``Taiwan``.
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        limit: Most rows returned (default ``DEFAULT_LIMIT``; 0 for all).
        offset: Rows skipped first (paging).

    """
    q = schema.quotes
    conditions: list[ColumnElement] = []
    if speaker:
        conditions.append(or_(_like(q.c.speaker_name, speaker), q.c.speaker_code == speaker))
    if kind:
        conditions.append(q.c.kind == kind)
    if contains:
        conditions.append(_like(q.c.text, contains))
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
        unit: Canonical unit id, e.g. ``USD``.
        kind: ``money``, ``mass``, ``count``, ...
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        limit: Most rows returned (default ``DEFAULT_LIMIT``; 0 for all).
        offset: Rows skipped first (paging).

    """
    q = schema.quantities
    conditions: list[ColumnElement] = []
    if about:
        conditions.append(_like(q.c.about, about))
    if unit:
        conditions.append(q.c.unit == unit)
    if kind:
        conditions.append(q.c.kind == kind)
    columns = ("article_id", "idx", "text", "value", "value_high", "unit", "normalized_value",
               "normalized_unit", "kind", "approximate", "about", "committer_name", "period",
               "start", "end", "sentence")
    return _records_query(engine, q, columns, conditions, since, until, limit, offset)


# -- search --------------------------------------------------------------------------------

_PHRASE = re.compile(r'"([^"]+)"|(\S+)')


def fts5_query(query: str) -> str:
    """Translate a web-style query into FTS5: every word or "quoted phrase" must occur."""
    parts = []
    for phrase, word in _PHRASE.findall(query):
        token = (phrase or word).replace('"', '""').strip()
        if token and token.upper() not in {"AND", "OR", "NOT"}:
            parts.append(f'"{token}"')
    return " ".join(parts)


def search(engine: Engine, query: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """Full-text search over article titles and texts, best matches first.

    Words are stemmed (FTS5 porter / PostgreSQL english); all words and "quoted
    phrases" must occur. Each hit gives a snippet and the offset of the first match.
    """
    limit = DEFAULT_LIMIT if limit is None else limit
    if engine.dialect.name == "postgresql":
        sql = text(
            "SELECT a.id AS article_id, a.story_id, a.title, a.url, a.published, "
            "ts_headline('english', a.text, q, "
            "'MaxWords=24, MinWords=10, StartSel=[, StopSel=]') AS snippet, "
            "ts_rank(a.tsv, q) AS rank, a.text FROM articles a, "
            "websearch_to_tsquery('english', :q) q WHERE a.tsv @@ q "
            "ORDER BY rank DESC, a.id LIMIT :n")
        params = {"q": query, "n": limit if limit > 0 else None}
    else:
        sql = text(
            f"SELECT a.id AS article_id, a.story_id, a.title, a.url, a.published, "
            f"snippet({schema.ARTICLES_FTS}, 1, '[', ']', '…', 16) AS snippet, "
            f"bm25({schema.ARTICLES_FTS}) AS rank, a.text FROM {schema.ARTICLES_FTS} "
            f"JOIN articles a ON a.id = {schema.ARTICLES_FTS}.rowid "
            f"WHERE {schema.ARTICLES_FTS} MATCH :q ORDER BY rank, a.id LIMIT :n")
        params = {"q": fts5_query(query), "n": limit if limit > 0 else -1}
        if not params["q"]:
            return []
    rows = _rows(engine, sql, params)
    for row in rows:
        row["start"], row["end"] = _first_match(row.pop("text"), query)
    return rows


def _first_match(body: str, query: str) -> tuple[int | None, int | None]:
    """Return the span of the first query word (or its stem-like prefix) in ``body``."""
    for phrase, word in _PHRASE.findall(query):
        stem = (phrase or word).strip('"').split()[0][:5] if (phrase or word).strip() else ""
        if stem:
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
