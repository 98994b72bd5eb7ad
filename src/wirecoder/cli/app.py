"""Typer application and the article-analysis commands (analyze, code, schema, eval)."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer

from ..errors import WirecoderError
from ..settings import Settings
from .common import ErrorLog, Progress, open_output, settings_from

app = typer.Typer(
    name="wirecoder",
    help="Offline, source-attributed analysis of international-relations news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

PathsArg = Annotated[list[str] | None, typer.Argument(
    help="Files (.txt .html .json .jsonl .rss/.atom), directories, or - for stdin.")]
PublishedOpt = Annotated[str | None, typer.Option(
    "--published", help="Publication date YYYY-MM-DD for inputs without one.")]
OutputOpt = Annotated[Path | None, typer.Option("-o", "--output", help="Write here, not stdout.")]
ModelOpt = Annotated[str | None, typer.Option("--model", help="Another installed spaCy pipeline.")]
WorkersOpt = Annotated[int, typer.Option("--workers", min=1, help="Worker processes.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")]
ErrorsOpt = Annotated[Path | None, typer.Option(
    "--errors", help="Also write per-item errors to this JSONL file.")]
ActorsOpt = Annotated[list[Path] | None, typer.Option(
    "--actors", help="User actor dictionary (YAML); repeatable.")]
LexiconOpt = Annotated[list[Path] | None, typer.Option(
    "--lexicon", help="User event lexicon (YAML) extending the built-in one; repeatable.")]
MaxCharsOpt = Annotated[int | None, typer.Option("--max-chars", help="Longest text accepted.")]
SampleOpt = Annotated[bool, typer.Option(
    "--sample", help="Analyze the bundled public-domain VOA sample stories.")]


def main() -> None:
    """Entry point of the console script."""
    from . import store as _store  # noqa: F401 - registers the corpus-store commands

    app()


def _sample_path() -> Path:
    return Path(__file__).resolve().parent.parent / "sample" / "voa_sample.jsonl"


def _inputs(paths: list[str] | None, sample: bool) -> list[str]:
    chosen = list(paths or [])
    if sample:
        chosen.append(str(_sample_path()))
    if not chosen:
        raise typer.BadParameter("Give at least one PATH, '-' for stdin, or --sample.")
    return chosen


def _parse_published(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date. Fix: use YYYY-MM-DD.") from None


def _run(paths: list[str], published: dt.date | None, settings: Settings, errors: ErrorLog,
         quiet: bool) -> Iterator:
    """Read the inputs and yield analyses in order, reporting bad items to ``errors``."""
    from .. import analyze_many, read_paths

    stories = list(read_paths(paths, published=published))
    progress = Progress(total=len(stories), enabled=not quiet and len(stories) > 1)
    with progress:
        for analysis in analyze_many(stories, settings=settings, on_error=errors.add):
            progress.advance()
            yield analysis


@app.command()
def analyze(
    paths: PathsArg = None,
    published: PublishedOpt = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="json | jsonl | text | html (default: json for one story, "
        "jsonl for many).")] = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    quiet: QuietOpt = False,
    errors: ErrorsOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    max_chars: MaxCharsOpt = None,
    drop_negated: Annotated[bool, typer.Option(help="Leave negated events out.")] = False,
    sample: SampleOpt = False,
) -> None:
    """Analyze articles: entities, PLOVER events, quotes, quantities, time expressions."""
    if fmt not in (None, "json", "jsonl", "text", "html"):
        raise typer.BadParameter(f"Unknown format {fmt!r}. Fix: json, jsonl, text or html.")
    settings = settings_from(model=model, workers=workers, actors=actors, lexicon=lexicon,
                             max_chars=max_chars, drop_negated=drop_negated)
    log = ErrorLog(errors)
    analyses = _run(_inputs(paths, sample), _parse_published(published), settings, log, quiet)
    with open_output(output) as out:
        _write_analyses(analyses, fmt, out)
    raise typer.Exit(log.exit_code())


def _write_analyses(analyses: Iterator, fmt: str | None, out: TextIO) -> None:
    from ..render import html_page, text_report

    if fmt == "html":
        out.write(html_page(analyses))
        return
    first = next(analyses, None)
    if first is None:
        return
    second = next(analyses, None)
    if fmt == "text":
        for item in (first, second, *analyses):
            if item is not None:
                out.write(text_report(item) + "\n")
    elif second is None and fmt in (None, "json"):
        out.write(first.to_json(indent=2) + "\n")
    else:
        for item in (first, second, *analyses):
            if item is not None:
                out.write(item.to_json() + "\n")


@app.command()
def code(
    paths: PathsArg = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = 1,
    quiet: QuietOpt = False,
    errors: ErrorsOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    drop_negated: Annotated[bool, typer.Option(help="Leave negated events out.")] = False,
    sample: SampleOpt = False,
) -> None:
    """Write PLOVER event records only, one JSON object per line, each with its story_id."""
    settings = settings_from(model=model, workers=workers, actors=actors, lexicon=lexicon,
                             drop_negated=drop_negated)
    log = ErrorLog(errors)
    analyses = _run(_inputs(paths, sample), _parse_published(published), settings, log, quiet)
    with open_output(output) as out:
        for analysis in analyses:
            for event in analysis.events:
                out.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False) + "\n")
    raise typer.Exit(log.exit_code())


@app.command()
def schema(output: OutputOpt = None) -> None:
    """Print the JSON Schema of an analysis (all records, PLOVER field names)."""
    from ..models import json_schema

    with open_output(output) as out:
        out.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(help="actors | events | quotes | quantities | time")],
    gold: Annotated[Path | None, typer.Argument(
        help="Gold JSONL (default data/gold/TASK/dev.jsonl).")] = None,
    split: Annotated[str, typer.Option(
        "--split", help="dev (the development set) | heldout (never used for tuning)")] = "dev",
    fmt: Annotated[str, typer.Option("--format", "-f", help="table | json")] = "table",
    model: ModelOpt = None,
) -> None:
    """Score wirecoder on a hand-annotated gold set: precision / recall / F1 per field."""
    from ..evaluation import evaluate
    from .common import print_report

    try:
        report = evaluate(task, gold, settings_from(model=model), split=split)
    except WirecoderError as exc:
        typer.echo(str(exc), err=True)
        raise typer.Exit(2) from None
    if fmt == "json":
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        print_report(report)


@app.command()
def version() -> None:
    """Print the wirecoder version and the spaCy pipeline it would load."""
    from .. import __version__
    from ..nlp import resolve_model_name

    try:
        model = resolve_model_name(None)
    except WirecoderError as exc:
        model = str(exc)
    typer.echo(f"wirecoder {__version__} (model: {model}, python {sys.version.split()[0]})")
