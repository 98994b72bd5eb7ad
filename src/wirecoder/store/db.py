"""Engines and transactions: SQLite (WAL) or PostgreSQL (psycopg 3).

SQLite connections run in WAL mode (readers never block the writer), with foreign keys
on and ``synchronous=NORMAL`` (a commit survives a killed process; WAL keeps the file
consistent after a power cut). Transactions are opened explicitly: ``BEGIN`` for reads,
``BEGIN IMMEDIATE`` for writes, so that a writer waits for the lock up front instead of
failing half-way.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    ColumnElement,
    Connection,
    Date,
    Engine,
    Table,
    and_,
    create_engine,
    event,
    make_url,
    or_,
)
from sqlalchemy.exc import SQLAlchemyError

from .config import SQLITE_BUSY_TIMEOUT_MS, store_error, to_url

__all__ = ["bulk_insert", "first_line", "make_engine", "match_keys", "read", "write"]

_WRITE = "wirecoder_write"


def make_engine(db: str | Path | None) -> Engine:
    """Create the engine for ``db`` (file path or URL; see :func:`config.to_url`).

    Raises:
        StoreError: if the URL is unsupported or the database cannot be reached.

    """
    url = make_url(to_url(db))
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url)
    else:
        engine = create_engine(url, pool_pre_ping=True, future=True)
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except SQLAlchemyError as exc:
        engine.dispose()
        raise store_error("S001", db=_safe(url), detail=first_line(exc)) from exc
    return engine


def _sqlite_engine(url: Any) -> Engine:
    database = url.database
    if database and database != ":memory:":
        parent = Path(database).expanduser().resolve().parent
        if not parent.is_dir():
            raise store_error("S001", db=str(url), detail=f"no directory {parent}")
    engine = create_engine(url, future=True, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    immediate = conn.get_execution_options().get(_WRITE, False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


@contextlib.contextmanager
def write(engine: Engine) -> Iterator[Connection]:
    """Open a write transaction: committed on success, rolled back on any error."""
    with engine.connect().execution_options(**{_WRITE: True}) as conn, conn.begin():
        yield conn


@contextlib.contextmanager
def read(engine: Engine) -> Iterator[Connection]:
    """Open a read transaction (a consistent snapshot)."""
    with engine.connect() as conn, conn.begin():
        yield conn


def _safe(url: Any) -> str:
    return url.render_as_string(hide_password=True)


def first_line(exc: BaseException) -> str:
    """Return the first line of the database error behind ``exc`` (for messages)."""
    text = str(getattr(exc, "orig", None) or exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


_SQL_CACHE: dict[tuple[str, str, tuple[str, ...]], tuple[str, Any, dict]] = {}


def bulk_insert(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> int:
    """Insert ``rows`` (dicts with the same keys) with one DBAPI ``executemany``.

    The hot path of the writer: the INSERT is compiled once per table and key set, and
    values are converted here (JSON text, ISO dates on SQLite) instead of per-row
    SQLAlchemy processing, which costs more than the database work itself.
    """
    if not rows:
        return 0
    defaults = {c.name: c.default.arg for c in table.c if c.name not in rows[0]
                and c.default is not None and c.default.is_scalar}
    names = tuple(c.name for c in table.c if c.name in rows[0] or c.name in defaults)
    sql, positional, convert = _compiled(conn, table, names)
    values = [[row.get(n, defaults.get(n)) for n in names] for row in rows]
    slots = [(i, convert[n]) for i, n in enumerate(names) if n in convert]
    for value in values:
        for i, fn in slots:
            if value[i] is not None:
                value[i] = fn(value[i])
    params: list[Any] = ([tuple(v) for v in values] if positional
                         else [dict(zip(names, v, strict=True)) for v in values])
    conn.exec_driver_sql(sql, params)
    return len(rows)


def _compiled(conn: Connection, table: Table, names: tuple[str, ...]) -> tuple[str, bool, dict]:
    key = (conn.dialect.name, table.name, names)
    if key not in _SQL_CACHE:
        dialect = conn.dialect
        quote = dialect.identifier_preparer.quote
        positional = dialect.paramstyle in {"qmark", "format", "numeric"}
        marks = {"qmark": "?", "format": "%s"}
        holders = [marks.get(dialect.paramstyle, f":{i + 1}") if positional else
                   (f"%({n})s" if dialect.paramstyle == "pyformat" else f":{n}")
                   for i, n in enumerate(names)]
        sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
               f"VALUES ({', '.join(holders)})")
        convert = {name: fn for name in names
                   if (fn := _converter(table.c[name].type, dialect.name)) is not None}
        _SQL_CACHE[key] = (sql, positional, convert)
    return _SQL_CACHE[key]


def _converter(kind: Any, dialect: str) -> Callable[[Any], Any] | None:
    kind = kind.dialect_impl(_DIALECTS[dialect]()) if dialect in _DIALECTS else kind
    if isinstance(kind, JSON):
        return _json_text
    if isinstance(kind, Date) and dialect == "sqlite":
        return lambda v: v.isoformat() if isinstance(v, dt.date) else v
    return None


def _json_text(value: Any) -> str:
    if not value and isinstance(value, list | dict):
        return "[]" if isinstance(value, list) else "{}"
    return json.dumps(value, ensure_ascii=False)


def _sqlite_dialect() -> Any:
    from sqlalchemy.dialects.sqlite import pysqlite

    return pysqlite.dialect()


def _pg_dialect() -> Any:
    from sqlalchemy.dialects.postgresql import psycopg

    return psycopg.dialect()


_DIALECTS: dict[str, Callable[[], Any]] = {"sqlite": _sqlite_dialect, "postgresql": _pg_dialect}


def match_keys(columns: list[Any], keys: list[tuple]) -> ColumnElement:
    """Return ``(c1, .., cn) IN keys`` as an OR of ``c1 = .. AND cn IN (..)`` groups.

    SQLite plans a row-value ``IN`` as a full scan of some tables; this form uses the
    index whose prefix is ``columns``.
    """
    groups: dict[tuple, list[Any]] = {}
    for key in keys:
        groups.setdefault(tuple(key[:-1]), []).append(key[-1])
    *heads, last = columns
    return or_(*(and_(*(c == v for c, v in zip(heads, head, strict=True)), last.in_(tails))
                 for head, tails in groups.items()))
