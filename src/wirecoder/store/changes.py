"""Change tokens: tell whether a store's data may have changed since an earlier look.

A token is an opaque string read from the database before a query; if a later token is
equal, no transaction has committed in between, so an answer computed after the first
token is still the answer (caches key on it; see :mod:`wirecoder.web.cache`). It sees
every writer: this process, other processes, other programs.

* SQLite: ``PRAGMA data_version`` on a connection of its own that never writes. The value
  changes whenever any *other* connection commits to the file (SQLite documents it for
  exactly this use); every connection of the store's pool is another connection.
* PostgreSQL: ``pg_current_snapshot()``. Two equal snapshots see the same committed
  transactions, hence the same data; any commit (or new transaction id) in the cluster
  changes it, so equal tokens can only mean "unchanged" (other databases' writes merely
  cause extra misses).
* Anything else (an in-memory SQLite database, which no other connection can share):
  no token, so nothing is cached.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

from sqlalchemy import Engine

__all__ = ["ChangeWatch"]


class ChangeWatch:
    """Reads change tokens of the database behind ``engine`` (thread-safe).

    Args:
        engine: The store's engine.
    """

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._lock = threading.Lock()
        self._sqlite: sqlite3.Connection | None = None
        self.enabled = engine.dialect.name == "postgresql"
        database = engine.url.database if engine.dialect.name == "sqlite" else None
        if database and database != ":memory:" and not database.startswith("file:"):
            self._sqlite = sqlite3.connect(Path(database), check_same_thread=False,
                                           isolation_level=None)
            self.enabled = True

    def token(self) -> str | None:
        """Return the current change token, or None when changes cannot be seen."""
        if self._sqlite is not None:
            with self._lock:
                return str(self._sqlite.execute("PRAGMA data_version").fetchone()[0])
        if self.enabled:
            with self.engine.connect() as conn:
                return str(conn.exec_driver_sql("SELECT pg_current_snapshot()::text").scalar())
        return None

    def close(self) -> None:
        """Close the watching connection (SQLite)."""
        if self._sqlite is not None:
            with self._lock:
                self._sqlite.close()
                self._sqlite = None
            self.enabled = False
