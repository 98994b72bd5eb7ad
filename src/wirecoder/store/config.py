"""The one place where every corpus-store default lives, and the store's error messages.

The analysis defaults live in :mod:`wirecoder.settings`; the store keeps its own here so
that the two can evolve apart (the store is never imported by a pipeline stage).
"""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import StoreError, message

__all__ = [
    "COMMIT_ARTICLES",
    "COMMIT_SECONDS",
    "DEFAULT_DB",
    "DEFAULT_LIMIT",
    "DYAD_TOP",
    "ENV_DB",
    "MAX_LIMIT",
    "PREFILTER_CHUNK",
    "QUERY_SECONDS",
    "SEARCH_MAX_CHARS",
    "SEARCH_MAX_TERMS",
    "SQLITE_BUSY_TIMEOUT_MS",
    "store_error",
    "store_message",
    "to_url",
]

#: Database used when ``--db`` is not given: a SQLite file in the working directory.
DEFAULT_DB = "wirecoder.db"
#: Environment variable that overrides :data:`DEFAULT_DB`.
ENV_DB = "WIRECODER_DB"
#: The writer commits after this many analyzed articles ...
COMMIT_ARTICLES = 64
#: ... or after this many seconds since the last commit, whichever comes first.
COMMIT_SECONDS = 2.0
#: Stories whose URL/hash are looked up in the store with one query, before analysis.
PREFILTER_CHUNK = 256
#: How long a SQLite connection waits for another writer's lock before failing.
SQLITE_BUSY_TIMEOUT_MS = 60_000
#: Rows returned by a query when no ``limit`` is given.
DEFAULT_LIMIT = 100
#: Most significant events (by ``|score|``) listed per period in a dyad summary.
DYAD_TOP = 3
#: Rows fetched at a time when exporting.
EXPORT_CHUNK = 2_000
#: Longest search query accepted, in characters, and most terms (words, phrases).
SEARCH_MAX_CHARS = 500
SEARCH_MAX_TERMS = 16
#: A search running longer than this is cancelled (SQLite progress handler, PostgreSQL
#: statement_timeout), so that no query keeps the database busy after its client is gone.
QUERY_SECONDS = 15.0
#: Largest ``limit`` accepted by the queries.
MAX_LIMIT = 1_000_000_000

def store_error(code: str, **detail: object) -> StoreError:
    """Return a :class:`StoreError` whose message is ``[S###] cause. Fix: ...``.

    Args:
        code: A store code (``S###``) of :data:`wirecoder.errors.MESSAGES`.
        **detail: Values for the message template.

    """
    return StoreError(code, **detail)


def store_message(code: str, **detail: object) -> str:
    """Return the message ``[S###] cause. Fix: ...`` of store error ``code``."""
    return message(code, **detail)


def to_url(db: str | os.PathLike[str] | None = None) -> str:
    """Return the SQLAlchemy URL for ``db``: a file path, a ``sqlite://`` or ``postgresql://`` URL.

    ``postgresql://`` and ``postgres://`` URLs get the psycopg 3 driver
    (``postgresql+psycopg://``); ``None`` means ``$WIRECODER_DB`` or :data:`DEFAULT_DB`.

    Raises:
        StoreError: for a URL of an unsupported database.

    """
    text = str(db) if db is not None else os.environ.get(ENV_DB) or DEFAULT_DB
    if "://" not in text:
        return "sqlite:///" + str(Path(text).expanduser())
    scheme, rest = text.split("://", 1)
    if scheme in {"postgresql", "postgres", "postgresql+psycopg"}:
        return "postgresql+psycopg://" + rest
    if scheme in {"sqlite", "sqlite+pysqlite"}:
        return text
    from .db import hide_password

    raise store_error("S004", db=hide_password(text))
