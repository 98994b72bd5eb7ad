"""Corpus-store commands (ingest, events, dyad, quotes, quantities, search, stats, export).

A thin skin over :class:`wirecoder.store.Store`: each command parses its options, calls
the Store method of the same name and renders the rows as a table, CSV or JSON.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..errors import WirecoderError
from .app import app
from .common import ErrorLog

__all__ = ["render"]

_err = Console(stderr=True)
#: Columns shown on one line, cut with an ellipsis, in tables.
_WIDE = {"sentence_text", "snippet", "text", "title", "url", "top_events", "message"}

DbOption = Annotated[str | None, typer.Option(
    "--db", help="SQLite file or SQLAlchemy URL (postgresql://...). Default: $WIRECODER_DB "
    "or ./wirecoder.db.", show_default=False)]
SinceOption = Annotated[str | None, typer.Option(help="First day, YYYY-MM-DD (inclusive).")]
UntilOption = Annotated[str | None, typer.Option(help="Last day, YYYY-MM-DD (inclusive).")]
LimitOption = Annotated[int | None, typer.Option(
    help="Most rows shown (default 100); 0 for all.")]


class Format(StrEnum):
    """Output formats of the query commands."""

    table = "table"
    csv = "csv"
    json = "json"


class ExportFormat(StrEnum):
    """Formats of ``wirecoder export``."""

    plover = "plover"
    csv = "csv"
    parquet = "parquet"
    gdelt = "gdelt"


class Period(StrEnum):
    """Periods of ``wirecoder dyad``."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


@contextmanager
def _store(db: str | None) -> Iterator[Any]:
    """Open the store, turning library errors into a message and exit code 2."""
    from ..store import Store

    try:
        with Store(db) as store:
            yield store
    except WirecoderError as exc:
        _err.print(f"[red]error:[/red] {exc}", markup=True, highlight=False)
        raise typer.Exit(2) from None


# -- rendering -----------------------------------------------------------------------------


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_cell(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {v}" for k, v in value.items() if v)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def render(rows: list[dict[str, Any]], fmt: Format, columns: list[str] | None = None) -> None:
    """Print ``rows`` to stdout as a rich table, CSV or JSON (JSON keeps nesting)."""
    if fmt is Format.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2, default=str)
        sys.stdout.write("\n")
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is Format.csv:
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(row.get(c)) for c in columns] for row in rows)
        return
    table = Table(show_lines=False, header_style="bold")
    for column in columns:
        wide = column in _WIDE
        table.add_column(column, overflow="ellipsis" if wide else "fold",
                         no_wrap=wide, max_width=60 if wide else None)
    for row in rows:
        table.add_row(*(Text(_cell(row.get(c))) for c in columns))
    console = Console(soft_wrap=False)
    if not console.is_terminal:
        console.width = 220
    console.print(table)
    if not rows:
        _err.print("no rows")


def _parties(parties: list[dict[str, Any]]) -> str:
    return "; ".join(f"{p['code']} ({p['entity_name']})" if p["code"] != p["entity_name"]
                     else p["code"] for p in parties)


# -- ingest -------------------------------------------------------------------------------


@app.command()
def ingest(
    paths: Annotated[list[str], typer.Argument(help="Files, directories, feeds, or - (stdin).")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option(help="Analysis worker processes.")] = None,
    reanalyze: Annotated[bool, typer.Option(
        help="Analyze stored articles again and replace their records.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    errors: Annotated[Path | None, typer.Option(
        "--errors", help="Also append per-item errors to this JSONL file.")] = None,
    published: Annotated[str | None, typer.Option(
        help="Publication date (YYYY-MM-DD) for stories without one.")] = None,
    model: Annotated[str | None, typer.Option(help="spaCy pipeline to use.")] = None,
) -> None:
    """Analyze articles and store them; already stored articles are skipped (resumable)."""
    from ..io import parse_date
    from ..settings import Settings

    try:
        day = parse_date(published)
        settings = Settings(model=model, **({"workers": workers} if workers else {}))
        sink = ErrorLog(errors, append=True, inputs=tuple(paths))
    except (WirecoderError, ValueError) as exc:
        _err.print(f"error: {exc}", highlight=False)
        raise typer.Exit(2) from None
    with _store(db) as store, sink, _progress(quiet) as progress:
        report = store.ingest(paths=paths, published=day, workers=settings.workers,
                              settings=settings, reanalyze=reanalyze, on_error=sink.add,
                              on_progress=progress)
    _summary(report, quiet)
    if report.failed:
        raise typer.Exit(1)


@contextmanager
def _progress(quiet: bool) -> Iterator[Any]:
    """Yield an ``on_progress`` hook that drives a rich progress bar on stderr."""
    if quiet:
        yield None
        return
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[rate]} stories/s"), TextColumn("ETA"),
               TimeRemainingColumn(), TimeElapsedColumn(),
               TextColumn("new {task.fields[new]} skip {task.fields[skip]} "
                          "fail {task.fields[fail]}"))
    with Progress(*columns, console=_err, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate="-", new=0, skip=0, fail=0)

        def update(report: Any) -> None:
            rate = report.done / report.elapsed if report.elapsed > 0 else 0.0
            bar.update(task, total=report.total, completed=report.done, rate=f"{rate:.1f}",
                       new=report.inserted, skip=report.skipped + report.duplicates,
                       fail=report.failed)

        yield update


def _summary(report: Any, quiet: bool) -> None:
    counts = report.as_dict()
    text = (f"stored {counts['inserted']} new article(s)"
            + (f" ({counts['replaced']} replaced)" if counts["replaced"] else "")
            + f", skipped {counts['skipped']} already stored, {counts['duplicates']} "
            f"duplicate(s) in the input, {counts['failed']} failed, in {counts['seconds']:.1f}s")
    if not quiet or report.failed:
        _err.print(text, highlight=False)


# -- queries ------------------------------------------------------------------------------


@app.command()
def events(
    db: DbOption = None,
    actor: Annotated[str | None, typer.Option(help="Actor code (USA) or name.")] = None,
    recipient: Annotated[str | None, typer.Option(help="Recipient code or name.")] = None,
    type_: Annotated[str | None, typer.Option("--type", help="PLOVER category.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored events, newest first."""
    with _store(db) as store:
        rows = store.events(actor=actor, recipient=recipient, event_type=type_, since=since,
                            until=until, limit=limit)
    if fmt is not Format.json:
        for row in rows:
            row["actor"], row["recipient"] = _parties(row["actor"]), _parties(row["recipient"])
    render(rows, fmt, None if fmt is Format.json else [
        "event_date", "event_type", "actor", "recipient", "event_text", "plover_score",
        "article_id", "start", "end", "sentence_text"])


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(help="First party (code or name), e.g. USA.")],
    b: Annotated[str, typer.Argument(help="Second party, e.g. CHN.")],
    db: DbOption = None,
    by: Annotated[Period, typer.Option(help="Period.")] = Period.month,
    since: SinceOption = None,
    until: UntilOption = None,
    top: Annotated[int | None, typer.Option(
        help="Most significant events per period (default 3, at most 5).")] = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Summarize events between two parties, both directions, per period."""
    with _store(db) as store:
        rows = store.dyad(a, b, by=by.value, since=since, until=until,
                         **({"top": top} if top is not None else {}))
    if fmt is not Format.json:
        rows = [_flat_dyad(row) for row in rows]
    render(rows, fmt)


def _flat_dyad(row: dict[str, Any]) -> dict[str, Any]:
    flat = {k: row[k] for k in ("period", "direction", "events", "mean_score")}
    flat.update({name.lower(): n for name, n in row["quad"].items()})
    flat["categories"] = row["categories"]
    flat["top_events"] = [f"{e['event_type']} {e['plover_score']:+g} \"{e['event_text']}\" "
                          f"[{e['article_id']}:{e['start']}-{e['end']}]" for e in row["top"]]
    return flat


@app.command()
def quotes(
    db: DbOption = None,
    speaker: Annotated[str | None, typer.Option(help="Part of the speaker's name.")] = None,
    kind: Annotated[str | None, typer.Option(help="direct, partial or indirect.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored quotes."""
    with _store(db) as store:
        rows = store.quotes(speaker=speaker, kind=kind, since=since, until=until, limit=limit)
    render(rows, fmt, None if fmt is Format.json else [
        "published", "speaker_name", "kind", "text", "article_id", "start", "end"])


@app.command()
def quantities(
    db: DbOption = None,
    about: Annotated[str | None, typer.Option(help="Part of what is measured.")] = None,
    unit: Annotated[str | None, typer.Option(help="Canonical unit, e.g. USD.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """List stored quantities."""
    with _store(db) as store:
        rows = store.quantities(about=about, unit=unit, since=since, until=until, limit=limit)
    render(rows, fmt, None if fmt is Format.json else [
        "published", "text", "value", "unit", "about", "committer_name", "article_id",
        "start", "end"])


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words and "quoted phrases"; all must occur.')],
    db: DbOption = None,
    limit: LimitOption = None,
    fmt: FormatOption = Format.table,
) -> None:
    """Full-text search over article titles and texts."""
    with _store(db) as store:
        rows = store.search(query, limit=limit)
    render(rows, fmt, None if fmt is Format.json else [
        "article_id", "published", "title", "snippet", "start", "end", "url"])


@app.command()
def stats(db: DbOption = None, fmt: FormatOption = Format.table) -> None:
    """Show corpus statistics: counts, events per category, top actors, errors."""
    with _store(db) as store:
        data = store.stats()
    if fmt is Format.json:
        render(data, fmt)  # type: ignore[arg-type]
        return
    rows = [{"section": section, "key": key, "value": value}
            for section, values in data.items()
            for key, value in (values.items() if isinstance(values, dict) else [("", values)])]
    render(rows, fmt, ["section", "key", "value"])


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
    out: Annotated[str, typer.Option("--output", "-o", help="Output file ('-' = stdout).")],
    db: DbOption = None,
    since: SinceOption = None,
    until: UntilOption = None,
) -> None:
    """Export stored events as PLOVER JSONL, CSV, Parquet or a GDELT 2.0-style table."""
    from ..outputs import OutputError, check_output

    with _store(db) as store:
        try:
            check_output(out)
            count = store.export(fmt.value, out, since=since, until=until)
        except OSError as exc:  # e.g. a full disk while writing
            raise OutputError("W017", path=out, detail=exc.strerror or str(exc),
                              fix="check free disk space and permissions.") from None
    _err.print(f"exported {count} {'rows' if fmt is ExportFormat.gdelt else 'events'} "
               f"to {out}", highlight=False)
