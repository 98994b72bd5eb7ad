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
import functools
import json
import re
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    URL,
    ColumnDefault,
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
from sqlalchemy.exc import (
    ArgumentError,
    DatabaseError,
    DataError,
    OperationalError,
    SQLAlchemyError,
    StatementError,
)

from .config import SQLITE_BUSY_TIMEOUT_MS, store_error, to_url

__all__ = ["bounded_read", "bulk_insert", "check_integrity", "first_line", "hide_password",
           "key_match", "key_params", "make_engine", "match_keys", "read", "write"]

#: The first 16 bytes of every SQLite 3 database file.
SQLITE_MAGIC = b"SQLite format 3\x00"
_PASSWORD = re.compile(r"(://[^:/@\s]*:)[^@\s]*@")


def hide_password(text: str) -> str:
    """Return the database URL ``text`` with its password (if any) replaced by ``***``."""
    return _PASSWORD.sub(r"\1***@", text)

_WRITE = "wirecoder_write"


def make_engine(db: str | Path | None) -> Engine:
    """Create the engine for ``db`` (file path or URL; see :func:`config.to_url`).

    Raises:
        StoreError: if the URL is unsupported or the database cannot be reached.

    """
    text = to_url(db)
    try:
        url = make_url(text)
    except (ArgumentError, ValueError) as exc:
        raise store_error("S004", db=hide_password(text)) from exc
    if url.get_backend_name() == "sqlite":
        engine = _sqlite_engine(url)
    else:
        try:
            engine = create_engine(url, pool_pre_ping=True, future=True)
        except (ArgumentError, ValueError, TypeError) as exc:
            raise store_error("S004", db=_safe(url)) from exc
    try:
        with engine.connect() as conn:
            conn.exec_driver_sql("SELECT 1")
    except DatabaseError as exc:
        engine.dispose()
        if _is_corrupt(exc):
            raise store_error("S011", db=_safe(url), detail=first_line(exc)) from exc
        raise store_error("S001", db=_safe(url), detail=first_line(exc)) from exc
    except (SQLAlchemyError, ValueError) as exc:  # ValueError: e.g. a bad port number
        engine.dispose()
        raise store_error("S001", db=_safe(url), detail=first_line(exc)) from exc
    return engine


def _is_corrupt(exc: BaseException) -> bool:
    text = str(getattr(exc, "orig", None) or exc).lower()
    return "malformed" in text or "not a database" in text or "corrupt" in text


def check_integrity(engine: Engine) -> None:
    """Refuse a damaged SQLite store before writing to it (``PRAGMA quick_check``).

    Raises:
        StoreError: ``S011`` when the check reports a problem.
    """
    if engine.dialect.name != "sqlite":
        return
    try:
        with engine.connect() as conn:
            rows = [r[0] for r in conn.exec_driver_sql("PRAGMA quick_check").fetchall()]
    except DatabaseError as exc:
        raise store_error("S011", db=_safe(engine.url), detail=first_line(exc)) from exc
    if rows != ["ok"]:
        raise store_error("S011", db=_safe(engine.url),
                          detail="; ".join(map(str, rows[:3])) or "quick_check failed")


def _sqlite_engine(url: Any) -> Engine:
    database = url.database
    if database and database != ":memory:":
        path = Path(database).expanduser()
        parent = path.resolve().parent
        if not parent.is_dir():
            raise store_error("S001", db=str(url), detail=f"no directory {parent}")
        _check_sqlite_file(path, str(url))
    engine = create_engine(url, future=True, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _check_sqlite_file(path: Path, db: str) -> None:
    """Refuse a path that is not a regular file holding a SQLite database (or empty)."""
    if not path.exists():
        return
    if path.is_dir() or not path.is_file():
        kind = "a directory" if path.is_dir() else "not a regular file"
        raise store_error("S011", db=db, detail=f"{path} is {kind}")
    try:
        with path.open("rb") as handle:
            head = handle.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise store_error("S001", db=db, detail=exc.strerror or str(exc)) from None
    if head and head != SQLITE_MAGIC:
        raise store_error("S011", db=db, detail=f"{path} is not a SQLite database file")


def _sqlite_connect(dbapi_conn: Any, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves (see _sqlite_begin)
    cursor = dbapi_conn.cursor()
    cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_MS}")
    _retry_locked(lambda: cursor.execute("PRAGMA journal_mode = WAL"))
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def _retry_locked(step: Callable[[], Any]) -> Any:
    """Run ``step``, retrying while SQLite says the database is locked (up to the timeout).

    Switching a fresh file to WAL needs an exclusive lock, and SQLite may refuse it at once
    ("database is locked") instead of waiting for the busy timeout when several processes
    open the file together; they retry with a growing pause instead. (No file lock of our
    own: closing any descriptor of the database file would drop SQLite's POSIX locks.)
    """
    import sqlite3

    ends = time.monotonic() + SQLITE_BUSY_TIMEOUT_MS / 1000
    pause = 0.01
    while True:
        try:
            return step()
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > ends:
                raise
            time.sleep(pause)
            pause = min(pause * 2, 0.5)


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
    """Open a read transaction (a consistent snapshot).

    Raises:
        StoreError: ``S011`` when the database file turns out to be damaged.
    """
    try:
        with engine.connect() as conn, conn.begin():
            yield conn
    except DataError as exc:  # a filter value the database refuses (e.g. out of range)
        raise _bad_value(exc) from exc
    except DatabaseError as exc:
        if _is_corrupt(exc):
            raise store_error("S011", db=_safe(engine.url), detail=first_line(exc)) from exc
        raise
    except StatementError as exc:  # a parameter the driver cannot send (NUL, surrogate)
        if isinstance(exc.orig, ValueError | TypeError | OverflowError):
            raise _bad_value(exc) from exc
        raise


def _bad_value(exc: BaseException) -> Exception:
    return store_error("S005", value=first_line(exc)[:120], option="a query filter",
                       fix="use plain text (no NUL or unpaired surrogate characters), whole "
                       "numbers within range and dates as YYYY-MM-DD.")


@contextlib.contextmanager
def bounded_read(engine: Engine, seconds: float) -> Iterator[Connection]:
    """Open a read transaction whose statements are cancelled after ``seconds``.

    PostgreSQL: ``SET LOCAL statement_timeout`` (the server stops the query even when the
    client is gone). SQLite: a progress handler that interrupts the statement.

    Raises:
        StoreError: ``S012`` when a statement is cancelled.
    """
    with read(engine) as conn:
        raw: Any = conn.connection.driver_connection
        if engine.dialect.name == "postgresql":
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(seconds * 1000)}")
        elif hasattr(raw, "set_progress_handler"):
            ends = time.monotonic() + seconds
            raw.set_progress_handler(lambda: int(time.monotonic() > ends), 10_000)
        try:
            yield conn
        except OperationalError as exc:
            text = first_line(exc).lower()
            if "interrupted" in text or "statement timeout" in text or "cancel" in text:
                raise store_error("S012", seconds=seconds) from exc
            raise
        finally:
            if engine.dialect.name == "sqlite" and hasattr(raw, "set_progress_handler"):
                raw.set_progress_handler(None, 0)


def _safe(url: URL) -> str:
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
                and isinstance(c.default, ColumnDefault) and c.default.is_scalar}
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


@functools.lru_cache(maxsize=1024)
def key_match(first: str, second: str, size: int) -> str:
    """Return ``(first = :a0 AND second = :i0) OR ...`` for ``size`` keys (SQL text).

    An OR of primary-key lookups: both databases search the index once per key (no scan,
    unlike a row-value ``IN`` on SQLite). The text depends on the number of keys only, so
    it is built (and its statement compiled) once per size. Parameters: :func:`key_params`.
    """
    return "(" + " OR ".join(f"({first} = :a{n} AND {second} = :i{n})"
                             for n in range(size)) + ")"


def key_params(keys: list[tuple[Any, Any]]) -> dict[str, Any]:
    """Return the parameters of :func:`key_match` for ``keys`` (pairs of values)."""
    params: dict[str, Any] = {}
    for n, (first, second) in enumerate(keys):
        params[f"a{n}"] = first
        params[f"i{n}"] = second
    return params
