"""The :class:`Store`: one object for ingest, queries and export, over SQLite or PostgreSQL."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, select

from ..io import count_items
from ..models import Analysis, ItemError, Story
from ..settings import Settings
from . import commitments as _commitments
from . import dyads, event_queries, queries, schema
from . import export as _export
from .db import make_engine, read
from .ingest import IngestReport, ProgressHook, Writer, prefilter
from .migrations import migrate
from .rows import analysis_from_rows
from .spark_input import count_analyses, is_spark_output, store_spark_output

__all__ = ["Store", "open_store"]

ErrorHook = Callable[[ItemError], None]
_KEPT_ERRORS = 100


class Store:
    """A corpus store: articles and their records, queryable and exportable.

    Opening a store creates or migrates its schema. Every query method has a CLI twin
    of the same name (``Store(db).events(actor="USA")`` is ``wirecoder events --actor
    USA``) and returns plain dicts, ready for JSON.

    Args:
        db: A file path (SQLite), a ``sqlite:///`` or ``postgresql://`` URL, or None
            for ``$WIRECODER_DB`` / ``./wirecoder.db``.

    Raises:
        StoreError: if the database cannot be opened or migrated.

    """

    def __init__(self, db: str | Path | None = None) -> None:
        self.engine: Engine = make_engine(db)
        self.schema_version_found = migrate(self.engine)

    @property
    def dialect(self) -> str:
        """``'sqlite'`` or ``'postgresql'``."""
        return self.engine.dialect.name

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -----------------------------------------------------------------

    def add(self, analyses: Iterable[Analysis], *, reanalyze: bool = False) -> IngestReport:
        """Store already computed analyses (skipping stored ones unless ``reanalyze``)."""
        report = IngestReport()
        writer = Writer(self.engine, report, reanalyze=reanalyze)
        for analysis in analyses:
            writer.add(analysis)
        writer.flush()
        return report

    def ingest(
        self,
        items: Iterable[Story | ItemError | dict[str, Any]] | None = None,
        *,
        paths: Iterable[str | Path] = (),
        published: dt.date | None = None,
        workers: int | None = None,
        settings: Settings | None = None,
        reanalyze: bool = False,
        on_progress: ProgressHook | None = None,
        on_error: ErrorHook | None = None,
    ) -> IngestReport:
        """Analyze and store stories from ``items`` and/or ``paths``.

        Stories already stored (same normalized-text hash or URL) are skipped before
        analysis unless ``reanalyze``, which replaces them atomically. Per-item errors go
        to the ``errors`` table and ``on_error``; the run goes on.

        Args:
            items: Stories (or story dicts, or reader errors).
            paths: Files, directories or ``-`` (stdin), read with ``wirecoder.read_paths``;
                an output folder of ``wirecoder spark`` is stored without new analysis.
            published: Publication date for stories without one.
            workers: Analysis worker processes.
            settings: :class:`wirecoder.Settings` for the analysis.
            reanalyze: Analyze stored stories again and replace their records.
            on_progress: Called with the report as items finish.
            on_error: Called with each failed item.

        Returns:
            The run's counts; ``failed > 0`` when some item could not be stored.

        """
        from ..io import make_story, read_paths
        from ..pipeline import analyze_many

        paths = list(paths)
        spark_out = [p for p in paths if is_spark_output(p)]  # wirecoder spark's output
        paths = [p for p in paths if p not in spark_out]
        report = IngestReport(total=_total(items, paths))
        if spark_out and report.total is not None:
            report.total += count_analyses(spark_out)
        writer = Writer(self.engine, report, reanalyze=reanalyze)
        stream = _chain(items, read_paths(paths, published=published) if paths else (),
                        make_story)

        def notify(error: ItemError) -> None:
            report.add(failed=1)
            if len(report.errors) < _KEPT_ERRORS:  # all of them are in the errors table
                report.errors.append(error)
            if on_error:
                on_error(error)
            if on_progress:
                on_progress(report)

        def failed(error: ItemError) -> None:
            notify(error)
            writer.add_error(error)

        writer.on_failure = notify

        if spark_out:
            store_spark_output(spark_out, self.engine, writer, report, reanalyze=reanalyze,
                               on_error=failed, on_progress=on_progress)
        todo = prefilter(stream, self.engine, report, reanalyze=reanalyze,
                         on_progress=on_progress)
        for analysis in analyze_many(todo, workers=workers, settings=settings, on_error=failed):
            writer.add(analysis)
            if on_progress:
                on_progress(report)
        writer.flush()
        if on_progress:
            on_progress(report)
        return report

    # -- reading -----------------------------------------------------------------

    def titles(self, article_ids: Iterable[int]) -> dict[int, str]:
        """Return ``{article id: title (else story id)}`` of the stored ones among the ids."""
        ids, out = sorted(set(article_ids)), {}
        a = schema.articles
        with read(self.engine) as conn:
            for at in range(0, len(ids), 500):
                query = select(a.c.id, a.c.title, a.c.story_id).where(a.c.id.in_(ids[at:at + 500]))
                out.update({int(r.id): r.title or r.story_id or str(r.id)
                            for r in conn.execute(query)})
        return out

    def analysis(self, article_id: int) -> Analysis | None:
        """Rebuild the stored :class:`Analysis` of article ``article_id`` (None if absent)."""
        with read(self.engine) as conn:
            article = conn.execute(select(schema.articles)
                                   .where(schema.articles.c.id == article_id)).mappings().first()
            if article is None:
                return None
            tables = {}
            for name in (*schema.record_tables(), "event_actors"):
                table = schema.metadata.tables[name]
                order = table.c.idx if "idx" in table.c else table.c.event_idx
                tables[name] = list(conn.execute(select(table).where(
                    table.c.article_id == article_id).order_by(order)).mappings())
        return analysis_from_rows(dict(article), tables)

    def articles(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """List stored articles (id, story id, title, url, published, model), oldest first."""
        return queries.articles(self.engine, limit=limit, offset=offset)

    def events(self, **filters: Any) -> list[dict[str, Any]]:
        """Events matching ``filters`` (factual ones unless asked); see ``event_queries``."""
        return event_queries.events(self.engine, **filters)

    def dyad(self, a: str, b: str, **options: Any) -> list[dict[str, Any]]:
        """Per-period summary of events between ``a`` and ``b``; see :func:`dyads.dyad`."""
        return dyads.dyad(self.engine, a, b, **options)

    def top_dyads(self, *, limit: int = 10) -> list[dict[str, Any]]:
        """Pairs with most dated events, both directions together; see :func:`queries.top_dyads`."""
        return queries.top_dyads(self.engine, limit=limit)

    def quotes(self, **filters: Any) -> list[dict[str, Any]]:
        """Quotes matching ``filters``; see :func:`queries.quotes`."""
        return queries.quotes(self.engine, **filters)

    def quantities(self, **filters: Any) -> list[dict[str, Any]]:
        """Quantities matching ``filters``; see :func:`queries.quantities`."""
        return queries.quantities(self.engine, **filters)

    def search(self, query: str, **options: Any) -> list[dict[str, Any]]:
        """Full-text search over titles and texts; see :func:`queries.search`."""
        return queries.search(self.engine, query, **options)

    def stats(self, **options: Any) -> dict[str, Any]:
        """Corpus statistics; see :func:`queries.stats`."""
        return queries.stats(self.engine, **options)

    def readouts(self, *, compare: bool = True, **options: Any) -> list[dict[str, Any]]:
        """Groups of stored accounts of one contact, compared; see :mod:`.readouts`."""
        from . import readouts as _readouts

        if compare:
            return _readouts.compare_groups(self, **options)
        options.pop("texts", None)
        return _readouts.find_groups(self, **options)

    def errors(self, *, limit: int | None = None) -> list[dict[str, Any]]:
        """Return the per-item errors recorded by ingest runs, newest first."""
        return queries.errors(self.engine, limit=limit)

    def commitments(self, **filters: Any) -> list[dict[str, Any]]:
        """Tracked pledges with their history; see :func:`commitments.tracked_pledges`."""
        return _commitments.tracked_pledges(self.engine, **filters)

    def commitment(self, pledge_id: str) -> dict[str, Any] | None:
        """Return one tracked pledge (``CHN-USA-buy-soybean``) with its history, or None."""
        found = _commitments.tracked_pledges(self.engine, pledge=pledge_id)
        return found[0] if found else None

    # -- export ------------------------------------------------------------------

    def export(self, fmt: str, out: str | Path, **options: Any) -> int:
        """Export records; return the rows written. See :func:`export.export`.

        Events as ``plover``, ``csv``, ``json``, ``parquet`` or ``gdelt``; with
        ``records="quotes"`` (``quantities``, ``entities``, ``time``) as ``csv``, ``json``
        or ``parquet``. Negated and hypothetical events are left out unless
        ``include_negated`` / ``include_hypothetical``; ``excel=True`` starts a CSV with a
        UTF-8 byte-order mark.
        """
        return _export.export(self.engine, fmt, out, **options)


def open_store(db: str | Path | None = None) -> Store:
    """Open (creating or migrating) the store at ``db``; see :class:`Store`."""
    return Store(db)


def _total(items: Any, paths: list) -> int | None:
    if items is not None and not isinstance(items, list | tuple):
        return None
    counted = count_items(paths) if paths else 0
    if counted is None:
        return None
    return counted + (len(items) if items is not None else 0)


def _chain(items: Any, more: Iterable, make_story: Callable) -> Iterable[Story | ItemError]:
    for item in items or ():
        yield item if isinstance(item, Story | ItemError) else _to_story(item, make_story)
    yield from more


def _to_story(item: dict[str, Any], make_story: Callable[..., Story]) -> Story | ItemError:
    from ..errors import InputError

    try:
        return make_story(dict(item))
    except InputError as exc:
        return ItemError(id=str(item.get("id")), code=exc.code, message=str(exc))
