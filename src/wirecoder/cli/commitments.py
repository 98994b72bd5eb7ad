"""Commitment-tracker commands: ``wirecoder commitments`` and ``wirecoder commitment ID``.

A skin over :meth:`wirecoder.store.Store.commitments` / :meth:`~wirecoder.store.Store.commitment`.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from ..errors import message
from .app import app
from .common import fail
from .options import DbOpt
from .store import _store
from .tables import Format, print_json, render

__all__ = ["commitment", "commitments", "flat_rows", "write_rows"]

_COLUMNS = ["pledge_id", "status", "amount", "unit", "reports", "articles", "first_seen",
            "last_seen"]


def flat_rows(pledges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Return one row per history step (pledge columns first), for CSV and Parquet."""
    rows = []
    for pledge in pledges:
        head = {k: v for k, v in pledge.items() if k != "history"}
        for number, step in enumerate(pledge["history"], start=1):
            rows.append({**head, "step": number,
                         **{f"step_{k}": v for k, v in step.items()}})
    return rows


def write_rows(pledges: list[dict[str, Any]], out: Path) -> int:
    """Write the pledges to ``out`` by its extension (.json, .csv, .parquet); return rows."""
    suffix = out.suffix.lower()
    if suffix == ".json":
        out.write_text(json.dumps(pledges, ensure_ascii=False, indent=2, default=str) + "\n",
                       encoding="utf-8")
        return len(pledges)
    rows = flat_rows(pledges)
    if suffix == ".parquet":
        import pyarrow as pa
        import pyarrow.parquet as pq

        pq.write_table(pa.Table.from_pylist(rows), out, compression="zstd")
        return len(rows)
    if suffix == ".csv":
        import csv

        with out.open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(rows[0]) if rows else _COLUMNS)
            writer.writeheader()
            writer.writerows(rows)
        return len(rows)
    raise typer.BadParameter(f"{out}: use a .json, .csv or .parquet file name.")


@app.command()
def commitments(
    db: DbOpt = None,
    committer: Annotated[str | None, typer.Option(
        metavar="CODE", help="Committer's country code, e.g. CHN.")] = None,
    counterparty: Annotated[str | None, typer.Option(
        metavar="CODE", help="Counterparty's code, e.g. USA.")] = None,
    action: Annotated[str | None, typer.Option(
        metavar="ACTION", help="Action class: buy, sell, provide, ...")] = None,
    object_: Annotated[str | None, typer.Option(
        "--object", metavar="WORD",
        help="Part of what is committed, e.g. soybeans.")] = None,
    status: Annotated[str | None, typer.Option(
        metavar="STATUS", help="Current status: made, repeated, revised, disputed, planned, "
        "met, partly_met, broken, lapsed.")] = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table | csv | json")
                   ] = Format.table,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", help="Write to FILE.json / .csv / .parquet instead.")] = None,
) -> None:
    """List tracked pledges: commitments linked across articles, with their status.

    Example: wirecoder commitments --committer CHN --object soybeans
    """
    with _store(db) as store:
        pledges = store.commitments(committer=committer, counterparty=counterparty,
                                    action=action, object=object_, status=status)
    if output is not None:
        count = write_rows(pledges, output)
        Console(stderr=True).print(f"wrote {count} rows to {output}")
        return
    render(flat_rows(pledges) if fmt is Format.csv else pledges, fmt,
           _COLUMNS if fmt is Format.table else None)


@app.command()
def commitment(
    pledge_id: Annotated[str, typer.Argument(help="A pledge id, e.g. CHN-USA-buy-soybean.")],
    db: DbOpt = None,
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table | csv | json")
                   ] = Format.table,
) -> None:
    """Show one pledge's history, with the sentence of each step.

    Example: wirecoder commitment CHN-USA-buy-soybean
    """
    with _store(db) as store:
        pledge = store.commitment(pledge_id)
        if pledge is None:
            fail(message("S015", pledge=pledge_id), status=1)
        for step in pledge["history"]:
            analysis = store.analysis(step["article_id"])
            step["sentence_text"] = _sentence(analysis.text, step["start"], step["end"]) \
                if analysis is not None else None
    if fmt is Format.json:
        print_json(pledge)
        return
    render(pledge["history"], fmt, None if fmt is Format.csv else [
        "date", "status", "kind", "amount", "unit", "period", "deadline", "reported_by",
        "figure_of", "article_id", "sentence_text"])


def _sentence(text: str, start: int, end: int) -> str:
    """Return the sentence around ``start``..``end``: from the previous to the next stop."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    stops = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(stops) + 1 if stops else len(text)
    return text[left + 1 : right].strip()
