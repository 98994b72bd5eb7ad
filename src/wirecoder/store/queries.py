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
    String,
    and_,
    cast,
    exists,
    func,
    literal,
    or_,
    select,
    text,
)

from . import schema
from .config import DEFAULT_LIMIT, DYAD_TOP, MAX_LIMIT, QUERY_SECONDS, store_error
from .db import bounded_read, match_keys, read
from .plover import QUAD_NAMES
from .search_syntax import Term, parse_query

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
    problem = None
    if not isinstance(value, str):
        problem = f"give text, not a {type(value).__name__}"
    elif len(value) > MAX_FILTER_CHARS:
        problem = f"use at most {MAX_FILTER_CHARS:,} characters"
    elif "\x00" in value or _unstorable(value):
        problem = "remove NUL and unpaired surrogate characters"
    if problem:
        raise store_error("S005", value=_shown(value), option=option, fix=problem + ".")
    return value  # type: ignore[return-value]


def _unstorable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def check_limit(limit: object, option: str = "--limit") -> int:
    """Return ``limit`` (``DEFAULT_LIMIT`` for None) checked: a whole number, 0 to ``MAX_LIMIT``.

    Raises:
        StoreError: ``S005`` for any other value.
    """
    if limit is None:
        return DEFAULT_LIMIT
    if isinstance(limit, bool) or not isinstance(limit, int) or not 0 <= limit <= MAX_LIMIT:
        raise store_error("S005", value=_shown(limit), option=option,
                          fix=f"use a whole number from 0 (all rows) to {MAX_LIMIT:,}.")
    return limit


def _shown(value: object, limit: int = 60) -> str:
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8")
    return text if len(text) <= limit else text[:limit] + "..."


def _limit(query: Select, limit: int | None) -> Select:
    limit = check_limit(limit)
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


def _has_party(role: str, who: str) -> ColumnElement:
    who = _text(who, f"--{role}")
    return exists(select(literal(1)).where(
        _EA.c.article_id == _E.c.article_id, _EA.c.event_idx == _E.c.idx, _EA.c.role == role,
        or_(_EA.c.code == who, _EA.c.entity_name == who)))


def events(
    engine: Engine,
    *,
    actor: str | None = None,
    recipient: str | None = None,
    event_type: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    article_id: int | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Return events, newest first, with their actors and recipients.

    Args:
        engine: The store's engine.
        actor: Country code (``USA``) or entity name (``Xi Jinping``) of an actor.
        recipient: Same, of a recipient.
        event_type: PLOVER category, e.g. ``REQUEST``.
        since: First event day (``YYYY-MM-DD``), inclusive.
        until: Last event day, inclusive.
        article_id: Only this article's events.
        limit: Most rows returned (default ``DEFAULT_LIMIT``; 0 for all).

    """
    conditions = _between(_E.c.event_date, since, until)
    if actor:
        conditions.append(_has_party("actor", actor))
    if recipient:
        conditions.append(_has_party("recipient", recipient))
    if event_type:
        conditions.append(_E.c.event_type == _text(event_type, "--type").upper())
    if article_id is not None:
        conditions.append(_E.c.article_id == article_id)
    query = (
        select(_E.c.article_id, _E.c.idx, _E.c.event_id, _E.c.event_date, _E.c.event_type,
               _E.c.mode, _E.c.quad_code, _E.c.plover_score, _E.c.event_text, _E.c.start,
               _E.c.end, _E.c.sentence, _E.c.negated, _E.c.future, _E.c.hypothetical,
               _E.c.confidence, _E.c.text.label("sentence_text"), *_source())
        .join(_A, _A.c.id == _E.c.article_id).where(*conditions)
        .order_by(_E.c.event_date.desc(), _E.c.article_id.desc(), _E.c.idx)
    )
    rows = _rows(engine, _limit(query, limit))
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
    r = schema.dyad_days
    columns = [c for c in r.c if c.name != "day"]
    pair = or_(and_(r.c.actor_code == a, r.c.recipient_code == b),
               and_(r.c.actor_code == b, r.c.recipient_code == a))
    query = select(*columns, cast(r.c.day, String).label("day")).where(
        pair, *_between(r.c.day, since, until))
    with read(engine) as conn:
        days = list(conn.execute(query).mappings())
    summary: dict[tuple[str, str], dict[str, Any]] = {}
    for day in days:
        key = (period_key(day["day"], by), f"{day['actor_code']}->{day['recipient_code']}")
        _add_day(summary.setdefault(key, _empty(*key)), day)
    rows = [_finish(summary[key], top) for key in sorted(summary)]
    if top > 0:
        _attach_top(engine, rows)
    return rows


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


def _attach_top(engine: Engine, rows: list[dict[str, Any]]) -> None:
    keys = {key for row in rows for key in row["top"]}
    articles_ = sorted({article for article, _ in keys})
    found: dict[tuple[int, int], dict[str, Any]] = {}
    for chunk in _chunks(articles_, 2000):  # by article (an index prefix), idx filtered here
        query = (select(_E.c.article_id, _E.c.idx, _E.c.event_id, _E.c.event_type,
                        _E.c.plover_score, _E.c.event_date, _E.c.event_text, _E.c.start,
                        _E.c.end, _E.c.text.label("sentence_text"), _A.c.url)
                 .join(_A, _A.c.id == _E.c.article_id).where(_E.c.article_id.in_(chunk)))
        with read(engine) as conn:
            for event in conn.execute(query).mappings():
                if (event["article_id"], event["idx"]) in keys:
                    found[(event["article_id"], event["idx"])] = _plain(event)
    for row in rows:
        row["top"] = [found[key] for key in row["top"] if key in found]


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

    Returns:
        One plain dict per row (dates as ISO strings).
    """
    query = (select(*(table.c[name] for name in columns), *_source())
             .join(_A, _A.c.id == table.c.article_id)
             .where(*_between(_A.c.published, since, until), *conditions)
             .order_by(_A.c.published.desc(), table.c.article_id.desc(), table.c.idx))
    return _rows(engine, _limit(query, limit))


def quotes(
    engine: Engine,
    *,
    speaker: str | None = None,
    kind: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Return quotes, newest articles first.

    Args:
        engine: The store's engine.
        speaker: Part of the speaker's name (case-insensitive) or the speaker's code.
        kind: ``direct``, ``partial`` or ``indirect``.
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        limit: Most rows returned (default ``DEFAULT_LIMIT``; 0 for all).

    """
    q = schema.quotes
    conditions: list[ColumnElement] = []
    if speaker:
        conditions.append(or_(_like(q.c.speaker_name, speaker), q.c.speaker_code == speaker))
    if kind:
        conditions.append(q.c.kind == _text(kind, "--kind"))
    columns = ("article_id", "idx", "speaker_name", "speaker_code", "kind", "cue", "text",
               "start", "end", "sentence")
    return _records_query(engine, q, columns, conditions, since, until, limit)


def quantities(
    engine: Engine,
    *,
    about: str | None = None,
    unit: str | None = None,
    kind: str | None = None,
    since: str | dt.date | None = None,
    until: str | dt.date | None = None,
    limit: int | None = None,
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

    """
    q = schema.quantities
    conditions: list[ColumnElement] = []
    if about:
        conditions.append(_like(q.c.about, about))
    if unit:
        conditions.append(q.c.unit == _text(unit, "--unit"))
    if kind:
        conditions.append(q.c.kind == _text(kind, "--kind"))
    columns = ("article_id", "idx", "text", "value", "value_high", "unit", "normalized_value",
               "normalized_unit", "kind", "approximate", "about", "committer_name", "period",
               "start", "end", "sentence")
    return _records_query(engine, q, columns, conditions, since, until, limit)


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
    limit = check_limit(limit)
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
