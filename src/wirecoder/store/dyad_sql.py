"""Factual dyad summaries aggregated in SQL from the ``dyad_days`` roll-up.

Totals per period are summed in the database on both backends; on PostgreSQL the category
counts and top events are computed there too, on SQLite they are decoded here (SQLite's
``json_each`` measured slower). Used by :func:`wirecoder.store.dyads.dyad` for factual
events (the default); results equal the per-day Python aggregation it replaced.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
from typing import Any, ClassVar

from sqlalchemy import (
    Date,
    Engine,
    bindparam,
    text,
)

from ..codebook import QUAD_NAMES
from . import filters, schema
from .config import store_error
from .db import key_match, key_params, read
from .dyads import PERIODS
from .queries import _chunks, _plain_rows

__all__ = ["rollup_dyad"]

_A = schema.articles
_E = schema.events


# -- dyad from the roll-up -------------------------------------------------------------


def rollup_dyad(engine: Engine, a: str, b: str, *, by: str, since: str | dt.date | None,
                until: str | dt.date | None, top: int) -> list[dict[str, Any]]:
    """:func:`wirecoder.store.dyads.dyad` of factual events, from the roll-ups.

    Reads ``dyad_days`` (one row per pair and day; whole months from ``dyad_months``), so
    its cost grows with days, not events. ``a`` and ``b`` are codes or entity names as in
    ``event_actors.code``; the other arguments (no defaults here: they are ``dyad``'s) and
    the rows are those of ``dyad``.
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
        if (start := filters.day(since, "--since")) is not None:
            where.append("d.day >= :since")
            self.params["since"] = start
            self.types.append(bindparam("since", type_=Date))
        if (stop := filters.day(until, "--until", end=True)) is not None:
            where.append("d.day <= :until")
            self.params["until"] = stop
            self.types.append(bindparam("until", type_=Date))
        self.where = " AND ".join(where)
        self.source = self._source(by, start, stop)

    #: The roll-up columns read, with the key column named ``day``.
    COLUMNS = ("actor_code, recipient_code, {} AS day, events, quad_1, quad_2, quad_3, quad_4, "
               "score_sum, score_n, categories, top")
    PAIR = ("((actor_code = :a AND recipient_code = :b) OR "
            "(actor_code = :b AND recipient_code = :a))")

    def _source(self, by: str, start: dt.date | None, stop: dt.date | None) -> str:
        """Return the rows summed: ``dyad_days``, or for months and years ``dyad_months``.

        A month only partly inside ``since``..``until`` is summed from its days instead.
        """
        if by not in ("month", "year"):
            return "dyad_days"
        low = None if start is None else start if start.day == 1 else _next_month(start)
        high = None if stop is None else (_next_month(stop) if _next_month(stop) - stop
                                          == dt.timedelta(days=1) else stop.replace(day=1))
        if low is not None and high is not None and low >= high:
            return "dyad_days"  # no whole month in the range
        months, days = [self.PAIR], []
        for name, value, month_test, day_test in (
                ("low", low, "month >= :low", "day < :low"),
                ("high", high, "month < :high", "day >= :high")):
            if value is not None:
                self.params[name] = value
                self.types.append(bindparam(name, type_=Date))
                months.append(month_test)
                days.append(day_test)
        parts = [f"SELECT {self.COLUMNS.format('month')} FROM dyad_months "
                 f"WHERE {' AND '.join(months)}"]
        if days:  # the days of the partial months at either end (the outer WHERE bounds them)
            parts.append(f"SELECT {self.COLUMNS.format('day')} FROM dyad_days "
                         f"WHERE {self.PAIR} AND ({' OR '.join(days)})")
        return "(" + " UNION ALL ".join(parts) + ")"

    def _text(self, sql: str) -> Any:
        return _statement(sql, tuple(t.key for t in self.types if f":{t.key}" in sql))

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
            f"'[' || d.categories || {best}']' AS documents FROM {self.source} AS d "
            f"WHERE {self.where}")

    def categories(self) -> Any:
        """Event count per (period, direction, PLOVER category) (PostgreSQL)."""
        return self._text(
            f"SELECT {self.period} AS period, d.actor_code, d.recipient_code, "
            f"j.key AS category, SUM(CAST(j.value AS BIGINT)) AS n "
            f"FROM {self.source} AS d, {self.CATEGORIES} WHERE {self.where} "
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
            f"FROM {self.source} AS d, {self.TOP} WHERE {self.where}) AS ranked "
            "WHERE rank <= :top ORDER BY period, actor_code, recipient_code, rank")


def _next_month(day: dt.date) -> dt.date:
    return (day.replace(day=1) + dt.timedelta(days=32)).replace(day=1)


def _totals(key: tuple[str, str], row: Any) -> dict[str, Any]:
    scored = int(row["score_n"] or 0)
    return {"period": key[0], "direction": key[1], "events": int(row["events"]),
            "mean_score": round(float(row["score_sum"]) / scored, 3) if scored else None,
            "quad": {name: int(row[f"quad_{code}"] or 0) for code, name in QUAD_NAMES.items()},
            "categories": {}, "top": []}


def _finish(item: dict[str, Any]) -> dict[str, Any]:
    item["categories"] = dict(sorted(item["categories"].items(), key=lambda kv: (-kv[1], kv[0])))
    return item


@functools.lru_cache(maxsize=256)
def _statement(sql: str, days: tuple[str, ...]) -> Any:
    """Return ``text(sql)`` with its parameters ``days`` typed as dates, built once per text."""
    return text(sql).bindparams(*(bindparam(name, type_=Date) for name in days))


_TOP_COLUMNS = ("e.article_id, e.idx, e.event_id, e.event_type, e.plover_score, e.event_date, "
                "e.event_text, e.start, e.\"end\", e.text AS sentence_text, a.url")
#: The top events by an OR of primary-key lookups (PostgreSQL: one index search per key).
_TOP_EVENTS = (f"SELECT {_TOP_COLUMNS} FROM events AS e JOIN articles AS a "
               "ON a.id = e.article_id WHERE {}")
#: SQLite: the keys as a ``VALUES`` table joined on the primary key; the same index
#: searches with less planning than a long OR (about 20% faster, raw SQLite, ~200 keys).
_TOP_EVENTS_SQLITE = ("WITH k(article_id, idx) AS (VALUES {}) "
                      f"SELECT {_TOP_COLUMNS} FROM k JOIN events AS e "
                      "ON e.article_id = k.article_id AND e.idx = k.idx "
                      "JOIN articles AS a ON a.id = e.article_id")


def _top_statement(dialect: str, size: int) -> Any:
    """Return the statement reading ``size`` top events by key (:func:`key_params`)."""
    if dialect == "sqlite":
        keys = ", ".join(f"(:a{n}, :i{n})" for n in range(size))
        return _statement(_TOP_EVENTS_SQLITE.format(keys), ())
    return _statement(_TOP_EVENTS.format(key_match("e.article_id", "e.idx", size)), ())


def _attach_top(engine: Engine, rows: list[dict[str, Any]]) -> None:
    keys = sorted({key for row in rows for key in row["top"]})
    found: dict[tuple[int, int], dict[str, Any]] = {}
    with read(engine) as conn:
        for chunk in _chunks(keys, 400):  # primary-key lookups only: no scan
            statement = _top_statement(engine.dialect.name, len(chunk))
            for event in _plain_rows(conn.execute(statement, key_params(chunk))):
                found[(event["article_id"], event["idx"])] = event
    for row in rows:
        row["top"] = [found[key] for key in row["top"] if key in found]
