"""Corpus-store commands (ingest, events, dyad, quotes, quantities, search, stats, export).

A thin skin over :class:`wirecoder.store.Store`: each command parses its options, calls
the Store method of the same name and renders the rows as a table, CSV or JSON. The
defaults and the checks of the filters live in the Store API, not here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from ..errors import WirecoderError
from .app import app
from .common import ErrorLog, fail, settings_from, stderr
from .options import (
    DEFAULT_ANALYSIS,
    AnalysisOptions,
    DbOpt,
    ExcelOpt,
    IncludeHypotheticalOpt,
    IncludeNegatedOpt,
    LimitOpt,
    RecordKind,
    SinceOpt,
    UntilOpt,
    day_option,
    filter_option,
    option_group,
    with_analysis_options,
)
from .tables import Format, render, table_limit

__all__ = ["render"]

FormatOpt = Annotated[Format, typer.Option(
    "--format", "-f", help="table (fits the terminal; at most 100 rows unless --limit), csv "
    "or json (every row).")]


@dataclass(frozen=True)
class Listing:
    """How a query command lists its rows (``--limit``, ``--format``, ``--excel``)."""

    limit: int | None = None
    fmt: Format = Format.table
    excel: bool = False

    def render(self, rows: list[dict[str, Any]], columns: list[str] | None,
               left_out: int = 0) -> None:
        """Print ``rows``: ``columns`` of a table or CSV (None: every column), or JSON."""
        render(rows, self.fmt, columns, excel=self.excel, left_out=left_out)


#: No listing option given: a table of at most 100 rows.
DEFAULT_LISTING = Listing()
#: ``listing: Listing`` becomes ``--limit``, ``--format`` and ``--excel``.
with_listing_options = option_group("listing", Listing, {
    "limit": (LimitOpt, None), "fmt": (FormatOpt, Format.table), "excel": (ExcelOpt, False)})


class ExportFormat(StrEnum):
    """Formats of ``wirecoder export``."""

    plover = "plover"
    csv = "csv"
    json = "json"
    parquet = "parquet"
    gdelt = "gdelt"


class Period(StrEnum):
    """Periods of ``wirecoder dyad``."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"


def _existing(db: str | None) -> None:
    """Refuse (S013) a SQLite file that does not exist: read-only commands never create one."""
    from ..store.config import to_url

    url = to_url(db)
    if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
        path = Path(url.removeprefix("sqlite:///"))
        if not path.exists():
            fail(WirecoderError("S013", db=str(db or path)))


@contextmanager
def _store(db: str | None, *, read_only: bool = True) -> Iterator[Any]:
    """Open the store; library errors end the command in the one error style (status 2)."""
    from ..store import Store

    try:
        if read_only:
            _existing(db)
        with Store(db) as store:
            yield store
    except WirecoderError as exc:
        fail(exc)


def _query(db: str | None, method: str, listing: Listing,
           **filters: Any) -> tuple[list[dict[str, Any]], int]:
    """Run ``store.<method>``; return its rows and how many rows a table left out.

    A library error ends the command in the one error style (status 2), as in :func:`_store`.
    """
    from ..store.queries import COUNT

    cap = table_limit(listing.fmt, listing.limit)
    with _store(db) as store:
        rows = getattr(store, method)(limit=cap, **filters)
        left_out = 0
        if listing.fmt is Format.table and cap and len(rows) >= cap:
            left_out = getattr(store, method)(limit=COUNT, **filters) - len(rows)
    return rows, left_out


# -- ingest -------------------------------------------------------------------------------


@app.command()
@with_analysis_options
def ingest(
    paths: Annotated[list[str], typer.Argument(
        metavar="PATH...", help="Files, directories, feeds, or - (stdin).")],
    db: DbOpt = None,
    reanalyze: Annotated[bool, typer.Option(
        help="Analyze stored articles again and replace their records.")] = False,
    analysis: AnalysisOptions = DEFAULT_ANALYSIS,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
    errors: Annotated[Path | None, typer.Option(
        "--errors", metavar="FILE.jsonl", show_default=False,
        help="Also append each failed item to this JSONL file.")] = None,
) -> None:
    """Analyze articles and store them; already stored articles are skipped (resumable).

    Example: wirecoder ingest corpus/ --db corpus.db
    """
    try:
        day = day_option(analysis.published, "--published")
        settings = settings_from(**analysis.settings_options())
        from ..pipeline import prepare

        prepare(settings)
        sink = ErrorLog(errors, append=True, inputs=tuple(paths))
    except WirecoderError as exc:
        fail(exc)
    with _store(db, read_only=False) as store, sink, _progress(quiet) as progress:
        report = store.ingest(paths=paths, published=day, workers=settings.workers,
                              settings=settings, reanalyze=reanalyze, on_error=sink.add,
                              on_progress=progress)
    _summary(report, quiet)
    if report.failed or not report.done:
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
    with Progress(*columns, console=stderr, transient=False) as bar:
        task = bar.add_task("ingest", total=None, rate="-", new=0, skip=0, fail=0)

        def update(report: Any) -> None:
            rate = report.done / report.elapsed if report.elapsed > 0 else 0.0
            bar.update(task, total=report.total, completed=report.done, rate=f"{rate:.1f}",
                       new=report.inserted, skip=report.skipped + report.duplicates,
                       fail=report.failed)

        yield update


def _summary(report: Any, quiet: bool) -> None:
    counts = report.as_dict()
    if not report.done and not report.failed:
        from ..errors import message
        from .common import print_error

        print_error(message("W022", paths="the input"))
        return
    text = (f"done: {counts['inserted']} stored"
            + (f" ({counts['replaced']} replaced)" if counts["replaced"] else "")
            + f", {counts['skipped']} already stored, {counts['duplicates']} "
            f"duplicate(s) in the input, {counts['failed']} failed, in {counts['seconds']:.1f}s")
    if not quiet or report.failed:
        stderr.print(text)


# -- queries ------------------------------------------------------------------------------

_FLAG_COLUMNS = ("negated", "hypothetical")


def _parties(parties: list[dict[str, Any]]) -> str:
    return "; ".join(f"{p['code']} ({p['entity_name']})" if p["code"] != p["entity_name"]
                     else p["code"] for p in parties)


def _flat_event(row: dict[str, Any]) -> dict[str, Any]:
    row["_actor"], row["_recipient"] = _short(row["actor"]), _short(row["recipient"])
    row["actor"], row["recipient"] = _parties(row["actor"]), _parties(row["recipient"])
    row["reported_by"] = (row.get("reported_by") or {}).get("entity_name")
    return row


@app.command()
@with_listing_options
def events(
    db: DbOpt = None,
    actor: Annotated[str | None, filter_option(
        "WHO", "Actor: a code in any case (usa) or a name (China, Xi Jinping).")] = None,
    recipient: Annotated[str | None, filter_option(
        "WHO", "Recipient: a code or a name.")] = None,
    type_: Annotated[str | None, filter_option(
        "CATEGORY", "PLOVER category, e.g. ASSAULT, CONSULT (any case).", "--type")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_negated: IncludeNegatedOpt = False,
    include_hypothetical: IncludeHypotheticalOpt = False,
    listing: Listing = DEFAULT_LISTING,
) -> None:
    """List stored events, newest first; each row cites its article_id (open it with show).

    Example: wirecoder events --actor china --type consult --since 2025-01
    """
    flags = {"include_negated": include_negated, "include_hypothetical": include_hypothetical}
    rows, left_out = _query(db, "events", listing, actor=actor, recipient=recipient,
                            event_type=type_, since=since, until=until, **flags)
    if listing.fmt is Format.json:
        listing.render(rows, None)
        return
    rows = [_flat_event(row) for row in rows]
    shown = [name for name, wanted in zip(_FLAG_COLUMNS, flags.values(), strict=True) if wanted]
    if listing.fmt is Format.csv:
        columns = ["article_id", "idx", "event_id", "event_date", "event_type", "mode",
                   "actor", "recipient", "event_text", "quad_code", "score", "plover_score",
                   "negated", "future", "hypothetical", "historical", "reported_by",
                   "confidence", "start", "end", "sentence", "story_id", "url", "published",
                   "sentence_text"]
    else:
        rows = [_event_cells(row) for row in rows]
        columns = ["date", "type", "mode", "actor", "recipient", "trigger", "score", *shown,
                   "cite"]
    listing.render(rows, columns, left_out)


def _short(parties: list[dict[str, Any]]) -> str:
    """Parties for a table: codes (or names when there is no code), ``-`` for none."""
    return "; ".join(dict.fromkeys(p["code"] for p in parties)) or "-"


def _event_cells(row: dict[str, Any]) -> dict[str, Any]:
    """The cells of an event in a terminal table (``cite`` is what ``show`` opens)."""
    return {"date": row["event_date"], "type": row["event_type"], "mode": row["mode"] or "-",
            "actor": row["_actor"], "recipient": row["_recipient"],
            "trigger": row["event_text"], "score": row["plover_score"],
            "negated": row["negated"], "hypothetical": row["hypothetical"],
            "cite": f"{row['article_id']}:{row['start']}-{row['end']}"}


@app.command()
def dyad(
    a: Annotated[str, typer.Argument(metavar="A", help="First party: a code (USA, usa) or a "
                                     "name (United States).")],
    b: Annotated[str, typer.Argument(metavar="B", help="Second party, e.g. CHN or China.")],
    db: DbOpt = None,
    by: Annotated[Period, typer.Option(help="Period of each row.")] = Period.month,
    since: SinceOpt = None,
    until: UntilOpt = None,
    top: Annotated[int | None, typer.Option(
        metavar="N", show_default=False,
        help="Most significant events listed per period and direction. Default: 3; at "
        "most 5.")] = None,
    include_negated: IncludeNegatedOpt = False,
    include_hypothetical: IncludeHypotheticalOpt = False,
    fmt: FormatOpt = Format.table,
    excel: ExcelOpt = False,
) -> None:
    """Summarize events between two parties, both directions, per period.

    Top events cite [article_id:start-end]: open them with wirecoder show ARTICLE_ID.

    Example: wirecoder dyad USA china --by month --since 2025-01
    """
    with _store(db) as store:
        try:
            rows = store.dyad(a, b, by=by.value, since=since, until=until,
                              include_negated=include_negated,
                              include_hypothetical=include_hypothetical,
                              **({"top": top} if top is not None else {}))
        except WirecoderError as exc:
            fail(exc)
    if fmt is Format.json:
        render(rows, fmt)
        return
    rows = [_flat_dyad(row) for row in rows]
    columns = None if fmt is Format.csv else [
        "period", "direction", "events", "mean_score", "categories", "top_events"]
    if fmt is Format.table:
        for row in rows:
            row["top_events"] = "\n".join(row["top_events"])
            row["categories"] = "\n".join(f"{k} {v}" for k, v in row["categories"].items())
    render(rows, fmt, columns, excel=excel)


def _flat_dyad(row: dict[str, Any]) -> dict[str, Any]:
    flat = {k: row[k] for k in ("period", "direction", "events", "mean_score")}
    flat.update({name.lower(): n for name, n in row["quad"].items()})
    flat["categories"] = row["categories"]
    flat["top_events"] = [f"{e['event_type']} {e['plover_score']:+g} \"{e['event_text']}\" "
                          f"[{e['article_id']}:{e['start']}-{e['end']}]" for e in row["top"]]
    return flat


@app.command()
@with_listing_options
def quotes(
    db: DbOpt = None,
    speaker: Annotated[str | None, filter_option(
        "NAME", "Part of the speaker's name, or the speaker's code.")] = None,
    kind: Annotated[str | None, filter_option("KIND", "direct | partial | indirect.")] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    listing: Listing = DEFAULT_LISTING,
) -> None:
    """List stored quotes with their speakers, newest articles first.

    Example: wirecoder quotes --speaker "Xi Jinping" --kind direct
    """
    rows, left_out = _query(db, "quotes", listing, speaker=speaker, kind=kind,
                            since=since, until=until)
    listing.render(rows, None if listing.fmt is not Format.table else [
        "published", "speaker_name", "kind", "text", "article_id", "start", "end"], left_out)


@app.command()
@with_listing_options
def quantities(
    db: DbOpt = None,
    about: Annotated[str | None, filter_option(
        "TEXT", "Part of what is measured, e.g. soybeans.")] = None,
    unit: Annotated[str | None, filter_option(
        "UNIT", "Canonical unit, e.g. USD, metric_ton, percent.")] = None,
    kind: Annotated[str | None, filter_option("KIND", "money | mass | count | percent | ...")
                    ] = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    listing: Listing = DEFAULT_LISTING,
) -> None:
    """List stored quantities, newest articles first.

    Example: wirecoder quantities --about soybeans --unit metric_ton
    """
    from ..numbers import human_quantity

    rows, left_out = _query(db, "quantities", listing, about=about, unit=unit, kind=kind,
                            since=since, until=until)
    if listing.fmt is Format.table:
        for row in rows:
            value = row["normalized_value"] if row["normalized_value"] is not None \
                else row["value"]
            row["amount"] = human_quantity(value, row["normalized_unit"] or row["unit"])
    listing.render(rows, None if listing.fmt is not Format.table else [
        "published", "text", "amount", "about", "committer_name", "article_id", "start",
        "end"], left_out)


@app.command()
def search(
    query: Annotated[str, typer.Argument(help='Words and "quoted phrases"; all must occur.')],
    db: DbOpt = None,
    limit: LimitOpt = None,
    fmt: FormatOpt = Format.table,
) -> None:
    """Full-text search over article titles and texts.

    Example: wirecoder search '"arms sales" Taiwan'
    """
    with _store(db) as store:
        rows = store.search(query, limit=limit)
    render(rows, fmt, None if fmt is Format.json else [
        "article_id", "published", "title", "snippet", "start", "end", "url"])


@app.command()
def stats(db: DbOpt = None, fmt: FormatOpt = Format.table) -> None:
    """Show corpus statistics: counts, events per category, top actors, errors.

    Example: wirecoder stats --db corpus.db
    """
    with _store(db) as store:
        data = store.stats()
    if fmt is Format.json:
        render(data, fmt)
        return
    rows = [{"section": section, "key": key, "value": value}
            for section, values in data.items()
            for key, value in (values.items() if isinstance(values, dict) else [("", values)])]
    render(rows, fmt, ["section", "key", "value"])


@app.command()
def export(
    fmt: Annotated[ExportFormat, typer.Option(
        "--format", "-f", help="plover (JSONL, events only) | csv | json (JSON lines) | "
        "parquet | gdelt (tab-separated, events only).")],
    out: Annotated[str, typer.Option("--output", "-o", metavar="FILE",
                                     help="Output file; - for standard output.")],
    records: Annotated[RecordKind, typer.Option(
        "--records", help="Which records: events, quotes, quantities, entities or "
        "time (time expressions).")] = RecordKind.events,
    db: DbOpt = None,
    since: SinceOpt = None,
    until: UntilOpt = None,
    include_negated: IncludeNegatedOpt = False,
    include_hypothetical: IncludeHypotheticalOpt = False,
    excel: ExcelOpt = False,
) -> None:
    """Export stored records (events, quotes, quantities, entities, time expressions).

    Events: PLOVER JSONL, CSV, JSON lines, Parquet or a GDELT 2.0-style table; the other
    records: CSV, JSON lines or Parquet.

    Example: wirecoder export -f csv -o quotes.csv --records quotes --excel
    """
    from ..outputs import OutputError, check_output

    with _store(db) as store:
        try:
            check_output(out)
            count = store.export(fmt.value, out, records=records.value, since=since,
                                 until=until, include_negated=include_negated,
                                 include_hypothetical=include_hypothetical, excel=excel)
        except OSError as exc:  # e.g. a full disk while writing
            fail(OutputError("W017", path=out, detail=exc.strerror or str(exc),
                             fix="check free disk space and permissions."))
        except WirecoderError as exc:
            fail(exc)
    stderr.print(f"exported {count} {'rows' if fmt is ExportFormat.gdelt else records.value} "
                 f"to {out}")
