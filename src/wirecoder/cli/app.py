"""Typer application and the article-analysis commands (analyze, code, schema, eval).

Every error a person sees has one shape, ``error [CODE] cause`` then ``fix: ...``:
library errors through :func:`.common.fail`, command-line mistakes through
:class:`WirecoderGroup`.
"""

from __future__ import annotations

import itertools
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from typer.core import TyperGroup

try:  # typer >= 0.24 carries its own copy of click
    from typer._click import exceptions as _cx
except ImportError:  # pragma: no cover - older typer uses click itself
    from click import exceptions as _cx  # type: ignore[no-redef]

from ..errors import WirecoderError, message
from ..loading_gc import own_process
from ..outputs import check_output
from ..settings import Settings
from .common import (
    ErrorLog,
    Progress,
    fail,
    open_output,
    print_error,
    print_summary,
    settings_from,
    stderr,
)
from .options import (
    DEFAULT_ANALYSIS,
    DEFAULT_RUN,
    AnalysisOptions,
    EventModelFileOpt,
    EventModelOpt,
    ExcelOpt,
    ModelOpt,
    NoEpithetNamingsOpt,
    NoModalDemandsOpt,
    NoStoryStateOpt,
    OutputOpt,
    PathsArg,
    RecordKind,
    RescueOpt,
    RunOptions,
    day_option,
    with_analysis_options,
    with_run_options,
)


def _no_type_label(ctx: Any) -> None:
    return None


class WirecoderGroup(TyperGroup):
    """The command group: command-line mistakes are printed in the one error style.

    Help shows arguments by their name (``PATH...``), without Python type labels such as
    ``<list[str]>``; each argument's help says what it takes.
    """

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        """Return the command ``cmd_name``, its arguments shown without type labels."""
        command = super().get_command(ctx, cmd_name)
        for param in getattr(command, "params", ()):
            if getattr(param, "param_type_name", None) == "argument":
                param.display_type_rich = _no_type_label
        return command

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run a command; a usage error prints ``error [C007] ...`` + ``fix:`` (status 2)."""
        standalone_mode = kwargs.pop("standalone_mode", True)
        kwargs["standalone_mode"] = False
        try:
            result = super().main(*args, **kwargs)
            code = result if isinstance(result, int) else 0
        except _cx.NoArgsIsHelpError as exc:
            typer.echo(exc.ctx.get_help() if exc.ctx else "")
            code = 2
        except _cx.UsageError as exc:
            where = exc.ctx.command_path if exc.ctx else "wirecoder"
            detail = exc.format_message().replace("Value error, ", "").rstrip(".")
            print_error(message("C007", detail=detail,
                                fix=f"see {where} --help."))
            code = exc.exit_code
        except _cx.ClickException as exc:
            print_error(exc.format_message())
            code = exc.exit_code
        except typer.Abort:
            stderr.print("aborted")
            code = 1
        if standalone_mode:
            sys.exit(code)
        return code


app = typer.Typer(
    name="wirecoder",
    cls=WirecoderGroup,
    help="Offline, source-attributed analysis of international-relations news: PLOVER events "
    "(who did what to whom), quotes and speakers, quantities, dates; a corpus store with "
    "dyad timelines and exports.\n\nExample: wirecoder analyze --sample",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,  # plain help: metavars in words, no "<list[str]>" type column
)

RecordsOpt = Annotated[RecordKind, typer.Option(
    "--records", help="Which records become rows with --format csv or parquet.")]
#: Output formats of ``analyze``, and the ``-o`` suffix that selects each one.
FORMATS = ("text", "json", "jsonl", "html", "csv", "parquet")
_SUFFIX_FORMATS = {".txt": "text", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl",
                   ".html": "html", ".htm": "html", ".csv": "csv", ".parquet": "parquet"}


def _version_callback(value: bool) -> None:
    if value:
        version()
        raise typer.Exit()


@app.callback()
def _root(
    show_version: Annotated[bool, typer.Option(
        "--version", callback=_version_callback, is_eager=True,
        help="Print the wirecoder version and the spaCy pipeline it loads, then exit.")] = False,
) -> None:
    """Offline, source-attributed analysis of international-relations news."""


def main() -> None:
    """Entry point of the console script (and of ``python -m wirecoder``).

    The command owns its process: the first ``prepare()`` freezes what it loaded
    (:mod:`wirecoder.loading_gc`).
    """
    own_process()
    app()


def _sample_path() -> Path:
    return Path(__file__).resolve().parent.parent / "sample" / "voa_sample.jsonl"


def _inputs(paths: list[str] | None, sample: bool) -> list[str]:
    chosen = list(paths or [])
    if sample:
        chosen.append(str(_sample_path()))
    if not chosen:
        raise typer.BadParameter("give at least one PATH, '-' for stdin, or --sample",
                                 param_hint="PATH")
    return chosen


class Run:
    """One streamed analysis run: inputs, progress on stderr, errors, closing summary."""

    def __init__(self, paths: list[str], published: str | None, settings: Settings,
                 errors: ErrorLog, quiet: bool, follow_symlinks: bool = False) -> None:
        from .. import read_paths
        from ..io import count_items

        self.paths, self.settings, self.errors, self.quiet = paths, settings, errors, quiet
        self._items = read_paths(paths, published=day_option(published, "--published"),
                                 follow_symlinks=follow_symlinks)
        self.head = list(itertools.islice(self._items, 2))
        self.ok = 0
        self._total = count_items(paths)
        self._started = time.monotonic()

    @property
    def single(self) -> bool:
        """True when the input holds one item (decided from the input, not the successes)."""
        return len(self.head) == 1

    def analyses(self, *, bar: bool = True) -> Iterator[Any]:
        """Yield the analyses in input order; bad items go to the error log.

        Args:
            bar: Show the progress bar (off when the output itself goes to the terminal,
                so that the two never interleave; the summary line is printed either way).
        """
        from .. import analyze_many

        if not self.head:
            print_error(message("W022", paths=", ".join(self.paths)))
            raise typer.Exit(1)
        progress = Progress(total=self._total,
                            enabled=bar and not self.quiet and not self.single)

        def failed(error: Any) -> None:
            self.errors.add(error)
            progress.advance()

        with progress:
            for analysis in analyze_many(itertools.chain(self.head, self._items),
                                         settings=self.settings, on_error=failed):
                progress.advance()
                self.ok += 1
                yield analysis

    def finish(self) -> int:
        """Print the summary line (unless quiet) and return the exit status."""
        if not self.quiet and not self.single:
            print_summary(self.ok, self.errors.count, time.monotonic() - self._started)
        return self.errors.exit_code()


def _start(paths: list[str] | None, output: Path | None, analysis: AnalysisOptions,
           run: RunOptions) -> Run:
    """Check the options and the output paths, then open the run (status 2 on a problem).

    ``-o`` and ``--errors`` are checked before any work: a directory, a missing folder, an
    unwritable place or one of the inputs is refused (see :mod:`wirecoder.outputs`).
    """
    try:
        inputs = _inputs(paths, run.sample)
        check_output(output, inputs)
        log = ErrorLog(run.errors, inputs=tuple(inputs))
        settings = settings_from(**analysis.settings_options())
        from ..pipeline import prepare

        prepare(settings)  # a missing model or resource file is reported before any output
        return Run(inputs, analysis.published, settings, log, run.quiet, run.follow_symlinks)
    except WirecoderError as exc:
        fail(exc)


def choose_format(fmt: str | None, output: Path | None, single: bool) -> str:
    """Return the output format: ``--format``, else the ``-o`` suffix, else by destination.

    On a terminal the default is the text report; piped or written to a file without a
    known suffix, JSON for one story and JSONL for several.
    """
    if fmt:
        return fmt
    if output is not None and output.suffix.lower() in _SUFFIX_FORMATS:
        return _SUFFIX_FORMATS[output.suffix.lower()]
    if output is None and sys.stdout.isatty():
        return "text"
    return "json" if single else "jsonl"


@app.command()
@with_analysis_options
@with_run_options
def analyze(
    paths: PathsArg = None,
    fmt: Annotated[str | None, typer.Option(
        "--format", "-f", metavar="FORMAT", show_default=False,
        help="text | json | jsonl | html | csv | parquet. Default: text on a terminal; else "
        "from the -o suffix (.txt .json .jsonl .html .csv .parquet); else json for one "
        "story, jsonl for several.")] = None,
    output: OutputOpt = None,
    records: RecordsOpt = RecordKind.events,
    excel: ExcelOpt = False,
    analysis: AnalysisOptions = DEFAULT_ANALYSIS,
    run: RunOptions = DEFAULT_RUN,
) -> None:
    """Analyze articles: entities, PLOVER events, quotes, quantities, time expressions.

    Example: wirecoder analyze story.txt --published 2025-03-14
    """
    if fmt not in (None, *FORMATS):
        raise typer.BadParameter(f"{fmt!r} is not one of {', '.join(FORMATS)}",
                                 param_hint="--format")
    started = _start(paths, output, analysis, run)
    chosen = choose_format(fmt, output, started.single)
    parquet_path = output if chosen == "parquet" else None
    if chosen == "parquet" and parquet_path is None:
        raise typer.BadParameter("parquet needs a file", param_hint="--output")
    try:
        if parquet_path is not None:
            _write_parquet(started.analyses(), records.value, parquet_path)
        else:
            on_screen = output is None and sys.stdout.isatty()
            with open_output(output, bom=excel and chosen == "csv") as out:
                _write_analyses(started.analyses(bar=not on_screen), chosen, out,
                                started.single, records.value)
    except WirecoderError as exc:
        fail(exc)
    raise typer.Exit(started.finish())


def _report_width(out: TextIO) -> int:
    """Columns of the text report: the terminal's width on a terminal, else 100."""
    if out is sys.stdout and sys.stdout.isatty():
        from rich.console import Console

        return max(Console().width, 60)
    return 100


def _write_analyses(analyses: Iterator, fmt: str, out: TextIO, single: bool,
                    records: str) -> None:
    """Write ``analyses`` as JSON (one document or an array), JSONL, text, HTML or CSV."""
    from ..render import html_page, text_report

    if fmt == "html":
        out.write(html_page(analyses))
    elif fmt == "text":
        width = _report_width(out)
        for item in analyses:
            out.write(text_report(item, width=width) + "\n")
    elif fmt == "csv":
        _write_csv(analyses, records, out)
    elif fmt == "jsonl":
        for item in analyses:
            out.write(item.to_json() + "\n")
    elif single:
        for item in analyses:
            out.write(item.to_json(indent=2) + "\n")
    else:
        out.write("[\n" + ",\n".join(item.to_json() for item in analyses) + "\n]\n")


def _write_csv(analyses: Iterator, kind: str, out: TextIO) -> None:
    from ..flatten import columns, record_rows, write_csv

    rows = [row for analysis in analyses for row in record_rows(analysis, kind)]
    write_csv(iter(rows), out, columns(rows) or ["story_id"])


def _write_parquet(analyses: Iterator, kind: str, path: Path) -> None:
    from ..flatten import record_rows, write_parquet

    write_parquet([row for analysis in analyses for row in record_rows(analysis, kind)], path)


@app.command()
@with_analysis_options
@with_run_options
def code(
    paths: PathsArg = None,
    output: OutputOpt = None,
    analysis: AnalysisOptions = DEFAULT_ANALYSIS,
    run: RunOptions = DEFAULT_RUN,
) -> None:
    """Write PLOVER event records only, one JSON object per line, each with its story_id.

    Example: wirecoder code corpus/ -o events.jsonl
    """
    started = _start(paths, output, analysis, run)
    try:
        with open_output(output) as out:
            for result in started.analyses():
                for event in result.events:
                    out.write(json.dumps(event.model_dump(mode="json"), ensure_ascii=False)
                              + "\n")
    except WirecoderError as exc:
        fail(exc)
    raise typer.Exit(started.finish())


@app.command()
def schema(output: OutputOpt = None) -> None:
    """Print the JSON Schema of an analysis (all records, PLOVER field names).

    Example: wirecoder schema -o analysis.schema.json
    """
    from ..models import json_schema

    with open_output(output) as out:
        out.write(json.dumps(json_schema(), indent=2, ensure_ascii=False) + "\n")


@app.command("eval")
def eval_(
    task: Annotated[str, typer.Argument(
        metavar="TASK",
        help="actors | events | quotes | quantities | time | commitments | readouts")],
    gold: Annotated[Path | None, typer.Argument(
        metavar="[GOLD.jsonl]", show_default=False,
        help="A gold JSONL file. Default: GOLD_DIR/TASK/SPLIT.jsonl.")] = None,
    split: Annotated[str, typer.Option(
        "--split", metavar="SPLIT",
        help="dev | dev2 | dev3 | devN, N ≥ 4 (all used while developing) | test (the newest "
        "sealed set), test2 … test8 or heldoutN, e.g. heldout2 (sealed: needs --sealed-run, "
        "sha256 checked against SHA256SUMS, every run logged in LOG.md).")
    ] = "dev",
    sealed_run: Annotated[bool, typer.Option(
        "--sealed-run",
        help="Score a sealed test set (by split or by path). Such a run spends the set and is "
        "logged in its LOG.md: only at the start and at the end of a development round.")
    ] = False,
    gold_dir: Annotated[Path | None, typer.Option(
        "--gold-dir", metavar="DIR", show_default=False,
        help="Directory of the gold sets. Default: $WIRECODER_GOLD_DIR, else ./data/gold, "
        "else data/gold of the checkout wirecoder runs from.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", metavar="FORMAT",
                                     help="table | json.")] = "table",
    model: ModelOpt = None,
    event_model: EventModelOpt = None,
    event_model_file: EventModelFileOpt = None,
    rescue_dropped: RescueOpt = None,
    no_dropped_participants: NoStoryStateOpt = False,
    no_modal_demands: NoModalDemandsOpt = False,
    no_epithet_namings: NoEpithetNamingsOpt = False,
    arguments: Annotated[str | None, typer.Option(
        "--arguments", metavar="CHOOSER", show_default=False,
        help="How events get actor and recipient: learned (default: the rules corrected by "
        "the learned chooser) | rules.")] = None,
    argument_weights: Annotated[Path | None, typer.Option(
        "--argument-weights", metavar="FILE", show_default=False,
        help="Weights of the learned argument chooser (scripts/train_arg_model.py). "
        "Default: the ones shipped with wirecoder.")] = None,
) -> None:
    """Score wirecoder on a hand-annotated gold set: precision / recall / F1 per field.

    Example: wirecoder eval events --split dev
    """
    from ..evaluation import evaluate
    from .common import print_report

    try:
        settings = settings_from(model=model, event_model=event_model,
                                 event_model_file=event_model_file, argument_chooser=arguments,
                                 argument_weights=argument_weights,
                                 rescue_dropped=rescue_dropped,
                                 dropped_participants=False if no_dropped_participants else None,
                                 modal_demands=False if no_modal_demands else None,
                                 epithet_namings=False if no_epithet_namings else None)
        report = evaluate(task, gold, settings, split=split, gold_dir=gold_dir,
                          sealed_run=sealed_run)
    except WirecoderError as exc:
        fail(exc)
    if fmt == "json":
        typer.echo(json.dumps(report.to_dict(), indent=2))
    else:
        print_report(report)


@app.command()
def version() -> None:
    """Print the wirecoder version and the spaCy pipeline it would load.

    Example: wirecoder version
    """
    from ..nlp import resolve_model_name
    from ..version import __version__

    try:
        model = resolve_model_name(None)
    except WirecoderError as exc:
        model = str(exc)
    typer.echo(f"wirecoder {__version__} (model: {model}, python {sys.version.split()[0]})")
