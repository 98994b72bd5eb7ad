"""Export stored quotes, quantities, entities and time expressions as CSV, JSON lines or Parquet.

Events have their own exports (:mod:`.export`: PLOVER, CSV, Parquet, GDELT). Each row
here is one record with its ``article_id``, ``idx``, character offsets and the article's
``story_id``, ``published``, ``title`` and ``url``; nested entities become name/code
columns (``speaker_name``, ``committer_name``, ...) and the record's extra fields (for
quantities: ``qualifier``, ``period_value``, ``counted``) become columns of their own.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from sqlalchemy import Engine, select, tuple_

from ..flatten import columns, flat_record, write_csv, write_parquet
from . import schema
from .config import EXPORT_CHUNK
from .db import read

__all__ = ["RECORD_TABLES", "export_records", "iter_record_rows", "open_text"]

#: Record kinds (as ``--records`` names them) and their tables.
RECORD_TABLES = {"quotes": schema.quotes, "quantities": schema.quantities,
                 "entities": schema.entities, "time": schema.time_expressions}
_A = schema.articles


def iter_record_rows(engine: Engine, kind: str, *, since: Any = None, until: Any = None,
                     chunk: int = EXPORT_CHUNK) -> Iterator[dict[str, Any]]:
    """Yield every stored record of ``kind`` as a flat row, in (article, idx) order.

    Args:
        engine: The store's engine.
        kind: ``quotes``, ``quantities``, ``entities`` or ``time``.
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.
        chunk: Rows read per query.
    """
    from .queries import _between

    table = RECORD_TABLES[kind]
    where = _between(_A.c.published, since, until)
    columns = [table, _A.c.story_id, _A.c.published, _A.c.title, _A.c.url]
    for rows in keyset_pages(engine, table, columns, where, chunk):
        yield from (_flat(row) for row in rows)


def keyset_pages(engine: Engine, table: Any, columns: list[Any], where: list[Any], chunk: int,
                 enrich: Callable[[Any, list[dict[str, Any]]], None] | None = None,
                 ) -> Iterator[list[dict[str, Any]]]:
    """Yield the rows of a record table joined to its articles, ``chunk`` at a time.

    Rows come in (article_id, idx) order; each page starts after the last key of the one
    before (keyset paging: no OFFSET scan), so an export of any size reads in steps.

    Args:
        engine: The store's engine.
        table: A record table keyed by ``(article_id, idx)``.
        columns: What to select (of ``table`` and of ``articles``).
        where: Further conditions.
        chunk: Rows per page.
        enrich: Called with the connection and each page's rows while the page's
            transaction is open (e.g. to add each event's parties).
    """
    last: tuple[int, int] = (-1, -1)
    while True:
        query = (select(*columns).join(_A, _A.c.id == table.c.article_id)
                 .where(tuple_(table.c.article_id, table.c.idx) > tuple_(*last), *where)
                 .order_by(table.c.article_id, table.c.idx).limit(chunk))
        with read(engine) as conn:
            rows = [dict(r) for r in conn.execute(query).mappings()]
            if rows and enrich is not None:
                enrich(conn, rows)
        if not rows:
            return
        yield rows
        last = (rows[-1]["article_id"], rows[-1]["idx"])


def _flat(row: dict[str, Any]) -> dict[str, Any]:
    extra = row.pop("extra", None) or {}
    for nested in ("speaker", "committer"):
        row.pop(nested, None)  # its name and code have columns of their own
    row["published"] = row["published"].isoformat() if row["published"] else None
    return flat_record({**row, **{k: v for k, v in extra.items() if k not in row}})


def export_records(engine: Engine, kind: str, fmt: str, out: str | Path, *,
                   excel: bool = False, since: Any = None, until: Any = None) -> int:
    """Write every stored record of ``kind`` to ``out`` as ``csv``, ``json`` or ``parquet``.

    Args:
        engine: The store's engine.
        kind: ``quotes``, ``quantities``, ``entities`` or ``time``.
        fmt: ``csv``, ``json`` (JSON lines) or ``parquet``.
        out: Output file, or ``-`` for standard output (not for Parquet).
        excel: CSV with a UTF-8 byte-order mark first (for spreadsheet programs).
        since: First publication day of the article, inclusive.
        until: Last publication day, inclusive.

    Returns:
        The number of rows written.
    """
    rows = list(iter_record_rows(engine, kind, since=since, until=until))
    if fmt == "parquet":
        return write_parquet(rows, Path(out))
    with open_text(out) as handle:
        if fmt == "json":
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            return len(rows)
        if excel:
            handle.write("\ufeff")
        return write_csv(iter(rows), handle, columns(rows) or ["article_id"])


@contextmanager
def open_text(out: str | Path) -> Iterator[IO[str]]:
    """Open ``out`` for writing text, or yield standard output for ``-``.

    A file is written as ``<name>.part`` and renamed when the block ends without error,
    so a failed export never leaves a half-written file under the final name.

    Args:
        out: Output file path, or ``-`` for standard output.

    Yields:
        The text handle to write to.
    """
    if str(out) == "-":
        yield sys.stdout
        return
    path = Path(out)
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8", newline="") as handle:
        yield handle
    tmp.replace(path)
