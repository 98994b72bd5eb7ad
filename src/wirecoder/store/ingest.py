"""Ingest: read stories, skip the stored ones, analyze the rest, write in batches.

The flow is ``read_paths`` -> :func:`prefilter` (drops stories whose normalized-text
hash or URL is already stored, or seen earlier in the run, *before* analysis, so a
resumed run is fast) -> ``analyze_many`` (worker processes) -> :class:`Writer` (the one
writer: an article and all its records are inserted in the same transaction, and a
transaction holds whole articles only; a killed run loses at most the open batch, which
the next run analyzes again).
"""

from __future__ import annotations

import datetime as dt
import itertools
import threading
import time
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, or_, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.exc import InterfaceError, OperationalError, SQLAlchemyError

from ..models import Analysis, ItemError, Story
from . import rollup, schema
from .config import COMMIT_ARTICLES, COMMIT_SECONDS, PREFILTER_CHUNK, store_error, store_message
from .db import bulk_insert, check_integrity, first_line, read, write
from .rows import ArticleRows, article_rows, text_hash, url_key

__all__ = ["IngestReport", "Writer", "prefilter"]

_PG_WRITE_LOCK = 0x57_52_49_54  # 'WRIT'
#: Tables written for each article, parents first.
_CHILD_TABLES = ("entities", "events", "event_actors", "event_dyads", "quotes",
                 "quantities", "time_expressions", "commitments")


@dataclass
class IngestReport:
    """Counts of one ingest run; ``failed > 0`` means some items were not stored."""

    run_id: str = field(default_factory=lambda: uuid.uuid4().hex)
    total: int | None = None
    skipped: int = 0
    duplicates: int = 0
    inserted: int = 0
    replaced: int = 0
    failed: int = 0
    write_seconds: float = 0.0
    started: float = field(default_factory=time.perf_counter)
    errors: list[ItemError] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    @property
    def done(self) -> int:
        """Items finished: stored, skipped, duplicate or failed."""
        return self.skipped + self.duplicates + self.inserted + self.failed

    @property
    def elapsed(self) -> float:
        """Seconds since the run started."""
        return time.perf_counter() - self.started

    def add(self, **counts: int) -> None:
        """Add ``counts`` (e.g. ``skipped=1``) under the report's lock."""
        with self._lock:
            for name, value in counts.items():
                setattr(self, name, getattr(self, name) + value)

    def as_dict(self) -> dict[str, Any]:
        """Return the counts as plain data (for ``--format json`` and logs)."""
        return {"run_id": self.run_id, "total": self.total, "inserted": self.inserted,
                "replaced": self.replaced, "skipped": self.skipped,
                "duplicates": self.duplicates, "failed": self.failed,
                "seconds": round(self.elapsed, 3), "write_seconds": round(self.write_seconds, 3)}


ProgressHook = Callable[[IngestReport], None]


def prefilter(
    items: Iterable[Story | ItemError],
    engine: Engine,
    report: IngestReport,
    *,
    reanalyze: bool = False,
    on_progress: ProgressHook | None = None,
) -> Iterator[Story | ItemError]:
    """Yield the items that need analysis; count the others in ``report``.

    A story is dropped when an earlier story of the run had the same normalized-text
    hash or URL key (a duplicate), or, unless ``reanalyze``, when the store already
    holds one (skipped). Lookups go to the database once per chunk of stories.
    """
    seen_hashes: set[str] = set()
    seen_urls: set[str] = set()
    iterator = iter(items)
    while chunk := list(itertools.islice(iterator, PREFILTER_CHUNK)):
        keys = {id(s): (text_hash(s.text), url_key(s.url)) for s in chunk if isinstance(s, Story)}
        stored_hashes, stored_urls = (set(), set()) if reanalyze else _stored(engine, keys.values())
        for item in chunk:
            if isinstance(item, ItemError):
                yield item
                continue
            digest, ukey = keys[id(item)]
            if digest in seen_hashes or (ukey and ukey in seen_urls):
                report.add(duplicates=1)
            elif digest in stored_hashes or (ukey and ukey in stored_urls):
                report.add(skipped=1)
            else:
                yield item
            seen_hashes.add(digest)
            if ukey:
                seen_urls.add(ukey)
            if on_progress and report.done % 16 == 0:
                on_progress(report)


def _stored(engine: Engine, keys: Iterable[tuple[str, str | None]]) -> tuple[set, set]:
    keys = list(keys)
    if not keys:
        return set(), set()
    hashes = [h for h, _ in keys]
    urls = [u for _, u in keys if u]
    art = schema.articles
    with read(engine) as conn:
        found_hashes = set(conn.execute(
            select(art.c.text_hash).where(art.c.text_hash.in_(hashes))).scalars())
        found_urls = set(conn.execute(
            select(art.c.url_key).where(art.c.url_key.in_(urls))).scalars()) if urls else set()
    return found_hashes, found_urls


class Writer:
    """The single writer: buffers analyses and errors, commits them in batches.

    Args:
        engine: The store's engine.
        report: Counts to update.
        reanalyze: Replace stored articles with the same hash or URL.
        commit_articles: Commit after this many articles ...
        commit_seconds: ... or this many seconds after the previous commit.

    """

    def __init__(
        self,
        engine: Engine,
        report: IngestReport,
        *,
        reanalyze: bool = False,
        commit_articles: int = COMMIT_ARTICLES,
        commit_seconds: float = COMMIT_SECONDS,
    ) -> None:
        self.engine = engine
        self.report = report
        self.reanalyze = reanalyze
        self.commit_articles = commit_articles
        self.commit_seconds = commit_seconds
        check_integrity(engine)  # never write into a damaged file
        self._articles: list[ArticleRows] = []
        self._errors: list[ItemError] = []
        self._last_commit = time.monotonic()
        #: Called with each article that could not be stored (see :meth:`flush`).
        self.on_failure: Callable[[ItemError], None] | None = None
        insert = postgresql.insert if engine.dialect.name == "postgresql" else sqlite.insert
        self._insert = (insert(schema.articles).on_conflict_do_nothing()
                        .returning(schema.articles.c.id))

    def add(self, analysis: Analysis) -> None:
        """Buffer one analysis; commit when the batch is full or old enough.

        An analysis whose rows cannot even be built becomes a per-item error (``S009``).
        """
        try:
            rows = article_rows(analysis)
        except Exception as exc:  # any value the rows cannot hold: this item only
            self._failed(analysis.id, analysis.url, exc)
            return
        self._articles.append(rows)
        self._maybe_flush()

    def _failed(self, story_id: str | None, url: str | None, exc: BaseException) -> None:
        error = ItemError(id=_clean(story_id), code="S009", source=_clean(url),
                          message=_clean(store_message("S009", id=story_id,
                                                       detail=_reason(exc))) or "S009")
        self._errors.append(error)
        if self.on_failure:
            self.on_failure(error)
        else:
            self.report.add(failed=1)

    def add_error(self, error: ItemError) -> None:
        """Buffer one per-item error for the ``errors`` table."""
        self._errors.append(error)
        self._maybe_flush()

    def _maybe_flush(self) -> None:
        pending = len(self._articles) + len(self._errors)
        age = time.monotonic() - self._last_commit
        if pending >= self.commit_articles or (pending and age >= self.commit_seconds):
            self.flush()

    def flush(self) -> None:
        """Commit the buffered articles and errors in one transaction.

        If the batch breaks a constraint, its articles are written again one per
        transaction, and each one that still fails becomes a per-item error (``S009``).

        Raises:
            StoreError: if the database refuses the write (nothing of the batch is kept).
        """
        if not self._articles and not self._errors:
            return
        began = time.perf_counter()
        articles, errors = self._articles, self._errors
        self._articles, self._errors = [], []
        try:
            self._commit(articles, errors)
        except _UNAVAILABLE as exc:  # the database itself fails: stop, keep the batch
            self._articles, self._errors = articles, errors
            raise store_error("S007", detail=first_line(exc)) from exc
        except Exception:  # some record of the batch is bad: find it, store the rest
            self._commit_one_by_one(articles, errors)
        self._last_commit = time.monotonic()
        with self.report._lock:
            self.report.write_seconds += time.perf_counter() - began

    def _commit(self, articles: list[ArticleRows], errors: list[ItemError]) -> None:
        with write(self.engine) as conn:
            counts = self._write(conn, articles, errors)
        self.report.add(**counts)

    def _commit_one_by_one(self, articles: list[ArticleRows], errors: list[ItemError]) -> None:
        for rows in articles:
            try:
                self._commit([rows], [])
            except _UNAVAILABLE as exc:
                raise store_error("S007", detail=first_line(exc)) from exc
            except Exception as exc:
                self._failed(rows.article.get("story_id"), rows.article.get("url"), exc)
        errors, self._errors = errors + self._errors, []
        try:
            self._commit([], errors)
        except SQLAlchemyError as exc:
            raise store_error("S007", detail=first_line(exc)) from exc

    def _write(
        self, conn: Connection, articles: list[ArticleRows], errors: list[ItemError]
    ) -> dict[str, int]:
        if conn.dialect.name == "postgresql":  # one writer at a time keeps dyad_days exact
            conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_PG_WRITE_LOCK})")
        children: dict[str, list[dict[str, Any]]] = {name: [] for name in _CHILD_TABLES}
        touched: set[tuple] = set()
        inserted = replaced = skipped = 0
        for rows in articles:
            if self.reanalyze:
                replaced += self._delete_existing(conn, rows.article, touched)
            article_id = conn.execute(self._insert, rows.article).scalar()
            if article_id is None:  # already stored (e.g. by a concurrent run)
                skipped += 1
                continue
            inserted += 1
            for name, table_rows in rows.with_article_id(article_id).items():
                children[name].extend(table_rows)
        for name in _CHILD_TABLES:
            bulk_insert(conn, schema.metadata.tables[name], children[name])
        rollup.refresh(conn, children["event_dyads"], touched)
        if errors:
            conn.execute(schema.errors.insert(), [self._error_row(e) for e in errors])
        return {"inserted": inserted, "replaced": replaced, "skipped": skipped}

    def _delete_existing(self, conn: Connection, article: dict[str, Any], touched: set) -> int:
        art = schema.articles
        match = art.c.text_hash == article["text_hash"]
        if article["url_key"]:
            match = or_(match, art.c.url_key == article["url_key"])
        ids = list(conn.execute(select(art.c.id).where(match)).scalars())
        if not ids:
            return 0
        touched.update(rollup.keys_of_articles(conn, ids))
        return conn.execute(delete(art).where(art.c.id.in_(ids))).rowcount or 0

    def _error_row(self, error: ItemError) -> dict[str, Any]:
        return {"run_id": self.report.run_id, "item_id": _clean(error.id),
                "code": _clean(error.code), "message": _clean(error.message),
                "source": _clean(error.source), "created_at": dt.datetime.now(dt.UTC)}


#: Failures of the database itself (connection lost, disk full, locked): they end the run
#: with S007 and keep the batch for the next run; any other failure is the record's own.
_UNAVAILABLE = (OperationalError, InterfaceError)


def _clean(value: str | None, limit: int = 2000) -> str | None:
    """Return ``value`` storable in any column: no NUL, no lone surrogate, bounded."""
    if value is None:
        return None
    text = str(value).encode("utf-8", "backslashreplace").decode("utf-8").replace("\x00", "")
    return text if len(text) <= limit else text[:limit] + "..."


def _reason(exc: BaseException) -> str:
    if isinstance(exc, SQLAlchemyError):
        return first_line(exc)
    return f"{type(exc).__name__}: {exc}"
