"""Read the output folder of the Spark job back: its analyses feed the store unchanged.

``wirecoder spark SOURCE OUT`` writes ``OUT/analyses/`` (one row per article, the full
analysis JSON in its ``analysis`` column) and ``OUT/errors/``. ``wirecoder ingest OUT``
stores those analyses without analyzing the stories again, and records the errors, so
that a cluster run can feed the store and the web app.
"""

from __future__ import annotations

import collections
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import ValidationError

from ..models import Analysis, ItemError, Story

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from .ingest import IngestReport, ProgressHook, Writer

__all__ = ["count_analyses", "is_spark_output", "read_spark_output", "store_spark_output"]


def is_spark_output(path: str | Path) -> bool:
    """Return True when ``path`` is a folder written by the Spark job (has ``analyses/``)."""
    folder = Path(path)
    return folder.is_dir() and (folder / "analyses").is_dir()


def _files(folder: Path, name: str) -> list[Path]:
    return sorted((folder / name).rglob("*.parquet")) if (folder / name).is_dir() else []


def count_analyses(folders: Iterable[str | Path]) -> int:
    """Return how many articles and errors the Spark output ``folders`` hold."""
    import pyarrow.parquet as pq

    return sum(pq.ParquetFile(f).metadata.num_rows for folder in folders
               for name in ("analyses", "errors") for f in _files(Path(folder), name))


def read_spark_output(folders: Iterable[str | Path]) -> Iterator[Analysis | ItemError]:
    """Yield the analyses stored under each folder's ``analyses/``, then its errors.

    A row whose JSON does not validate becomes an :class:`ItemError` (code ``W013``).
    """
    import pyarrow.parquet as pq

    for folder in map(Path, folders):
        for path in _files(folder, "analyses"):
            table = pq.read_table(path, columns=["story_id", "analysis"])
            for story_id, data in zip(*(c.to_pylist() for c in table.columns), strict=True):
                try:
                    yield Analysis.model_validate_json(data)
                except ValidationError as exc:
                    yield ItemError(id=story_id, code="W013", source=str(path),
                                    message=f"[W013] Stored analysis does not validate "
                                    f"({exc.error_count()} errors). Fix: rerun the Spark job "
                                    "with this wirecoder version.")
        for path in _files(folder, "errors"):
            table = pq.read_table(path, columns=["id", "code", "message", "source"])
            for row in table.to_pylist():
                yield ItemError(**row)


def as_story(analysis: Analysis) -> Story:
    """Return the story an analysis was made from (for the store's duplicate filter)."""
    return Story(id=analysis.id, text=analysis.text, title=analysis.title, url=analysis.url,
                 published=analysis.published, source=analysis.source)


def store_spark_output(
    folders: Iterable[str | Path],
    engine: Engine,
    writer: Writer,
    report: IngestReport,
    *,
    reanalyze: bool = False,
    on_error: Callable[[ItemError], None],
    on_progress: ProgressHook | None = None,
) -> None:
    """Store the analyses of Spark output ``folders`` through ``writer``; report errors.

    Articles already stored, or met earlier in the run, are skipped exactly as
    :meth:`Store.ingest` skips stories (same duplicate filter), unless ``reanalyze``.
    """
    from .ingest import prefilter

    waiting: collections.OrderedDict[int, Analysis] = collections.OrderedDict()

    def stories() -> Iterator[Story | ItemError]:
        for item in read_spark_output(folders):
            if isinstance(item, ItemError):
                yield item
                continue
            story = as_story(item)
            waiting[id(story)] = item
            yield story

    for item in prefilter(stories(), engine, report, reanalyze=reanalyze,
                          on_progress=on_progress):
        if isinstance(item, ItemError):
            on_error(item)
            continue
        while waiting:  # the filter drops stories: forget the ones before this one
            key, analysis = waiting.popitem(last=False)
            if key == id(item):
                writer.add(analysis)
                break
        if on_progress:
            on_progress(report)
