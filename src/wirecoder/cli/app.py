"""Typer application and the article-analysis commands (analyze, code, schema, eval)."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer
from pydantic import ValidationError

from ..errors import WirecoderError
from ..outputs import check_output
from ..settings import Settings
from .common import ErrorLog, Progress, open_output, settings_from, stderr

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
WorkersOpt = Annotated[int | None, typer.Option("--workers", min=1, help="Worker processes.")]
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
DropNegatedOpt = Annotated[bool, typer.Option(help="Leave negated events out.")]
FollowSymlinksOpt = Annotated[bool, typer.Option(
    "--follow-symlinks", help="Read symbolic links in input folders that point outside them.")]


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
         quiet: bool, follow_symlinks: bool = False) -> tuple[bool, Iterator]:
    """Stream the inputs; return (one item only?, analyses in order); bad items go to ``errors``.

    Whether the input holds a single item is decided from the input (its first two items),
    not from how many analyses succeed.
    """
    from .. import analyze_many, read_paths
    from ..io import count_items

    items = read_paths(paths, published=published, follow_symlinks=follow_symlinks)
    head = list(itertools.islice(items, 2))
    total = count_items(paths)
    progress = Progress(total=total, enabled=not quiet and len(head) > 1)

    def analyses() -> Iterator:
        with progress:
            for analysis in analyze_many(itertools.chain(head, items), settings=settings,
                                         on_error=errors.add):
                progress.advance()
                yield analysis

    return len(head) == 1, analyses()


def _error_log(errors: Path | None, paths: list[str] | None, sample: bool) -> ErrorLog:
    """Open the ``--errors`` file, checked first; a bad path ends the command (exit 2)."""
    try:
        return ErrorLog(errors, inputs=tuple(paths or ()) + ((str(_sample_path()),)
                                                              if sample else ()))
    except WirecoderError as exc:
        stderr.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


def _guarded(action: Callable[[], None]) -> None:
    """Run ``action``; a configuration or model error ends the command with exit status 2."""
    try:
        action()
    except (WirecoderError, ValidationError) as exc:
        stderr.print(f"[red]error[/red] {exc}", highlight=False)
        raise typer.Exit(2) from None


@app.command()
def analyze(
    paths: PathsArg = None,
    published: PublishedOpt = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", help="json | jsonl | text | html (default: json for one story, "
        "jsonl for many).")] = None,
    output: OutputOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = None,
    quiet: QuietOpt = False,
    errors: ErrorsOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    max_chars: MaxCharsOpt = None,
    drop_negated: DropNegatedOpt = False,
    sample: SampleOpt = False,
    follow_symlinks: FollowSymlinksOpt = False,
) -> None:
    """Analyze articles: entities, PLOVER events, quotes, quantities, time expressions."""
    if fmt not in (None, "json", "jsonl", "text", "html"):
        raise typer.BadParameter(f"Unknown format {fmt!r}. Fix: json, jsonl, text or html.")
    log = _error_log(errors, paths, sample)

    def run() -> None:
        inputs = _inputs(paths, sample)
        check_output(output, inputs)
        settings = settings_from(model=model, workers=workers, actors=actors, lexicon=lexicon,
                                 max_chars=max_chars, drop_negated=drop_negated)
        single, analyses = _run(inputs, _parse_published(published), settings, log, quiet,
                                follow_symlinks)
        with open_output(output) as out:
            _write_analyses(analyses, fmt or ("json" if single else "jsonl"), out, single)

    _guarded(run)
    raise typer.Exit(log.exit_code())


def _write_analyses(analyses: Iterator, fmt: str, out: TextIO, single: bool) -> None:
    """Write ``analyses`` as one JSON document (one input), a JSON array, JSONL, text or HTML."""
    from ..render import html_page, text_report

    if fmt == "html":
        out.write(html_page(analyses))
    elif fmt == "text":
        for item in analyses:
            out.write(text_report(item) + "\n")
    elif fmt == "jsonl":
        for item in analyses:
            out.write(item.to_json() + "\n")
    elif single:
        for item in analyses:
            out.write(item.to_json(indent=2) + "\n")
    else:
        out.write("[\n" + ",\n".join(item.to_json() for item in analyses) + "\n]\n")


@app.command()
def code(
    paths: PathsArg = None,
    output: OutputOpt = None,
    published: PublishedOpt = None,
    model: ModelOpt = None,
    workers: WorkersOpt = None,
    quiet: QuietOpt = False,
    errors: ErrorsOpt = None,
    actors: ActorsOpt = None,
    lexicon: LexiconOpt = None,
    max_chars: MaxCharsOpt = None,
    drop_negated: DropNegatedOpt = False,
    sample: SampleOpt = False,
    follow_symlinks: FollowSymlinksOpt = False,
) -> None:
    """Write PLOVER event records only, one JSON object per line, each with its story_id."""
    log = _error_log(errors, paths, sample)

    def run() -> None:
        inputs = _inputs(paths, sample)
        check_output(output, inputs)
        settings = settings_from(model=model, workers=workers, actors=actors, lexicon=lexicon,
                                 max_chars=max_chars, drop_negated=drop_negated)
        _, analyses = _run(inputs, _parse_published(published), settings, log, quiet,
                           follow_symlinks)
        with open_output(output) as out:
            for analysis in analyses:
                for event in analysis.events:
                    out.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False)
                              + "\n")

    _guarded(run)
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
