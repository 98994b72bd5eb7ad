"""Helpers shared by the CLI commands: output files, error log, progress, settings."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn, TextIO, cast

import typer
from pydantic import ValidationError
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.progress import Progress as RichProgress
from rich.table import Table
from rich.text import Text

from ..errors import ConfigError, split_message
from ..models import ItemError
from ..outputs import OutputError, atomic_output, check_output
from ..settings import Settings

__all__ = ["ErrorLog", "Progress", "error_text", "fail", "open_output", "print_error",
           "print_report", "settings_from"]

stderr = Console(stderr=True, highlight=False)

#: The command-line option of each Settings field (for error messages).
_OPTION_OF = {"model": "--model", "max_chars": "--max-chars", "workers": "--workers",
              "actor_files": "--actors", "event_lexicons": "--lexicon",
              "drop_negated": "--drop-negated", "batch_size": "--batch-size",
              "actorless_events": "--actorless-events", "reported_acts": "--reported-acts",
              "rescue_dropped": "--no-rescue-dropped",
              "dropped_participants": "--no-dropped-participants",
              "modal_demands": "--no-modal-demands",
              "epithet_namings": "--no-epithet-namings",
              "event_model": "--event-model",
              "event_model_file": "--event-model-file", "argument_chooser": "--arguments",
              "argument_weights": "--argument-weights"}


#: Pydantic limits that a number must meet (other context, e.g. a choice list, is no bound).
_BOUNDS = ("gt", "ge", "lt", "le")


def settings_from(**options: Any) -> Settings:
    """Build :class:`Settings` from CLI options, leaving unset ones at their defaults.

    Raises:
        ConfigError: C004 naming the option, for a value the settings refuse.
    """
    actors = options.pop("actors", None)
    if actors:
        options["actor_files"] = tuple(actors)
    lexicons = options.pop("lexicon", None)
    if lexicons:
        options["event_lexicons"] = tuple(lexicons)
    chosen = {k: v for k, v in options.items() if v is not None}
    try:
        return Settings(**chosen)
    except ValidationError as exc:
        first = exc.errors()[0]
        field = str(first["loc"][0]) if first["loc"] else "?"
        limit = {k: v for k, v in first.get("ctx", {}).items() if k in _BOUNDS}
        words = {"gt": "greater than", "ge": "at least", "lt": "less than", "le": "at most"}
        fix = (f"use {limit['expected']}." if "expected" in limit else
               "use a number " + " and ".join(f"{words.get(k, k)} {v}"
                                              for k, v in limit.items()) + "."
               if limit else "see wirecoder COMMAND --help.")
        raise ConfigError("C004", value=chosen.get(field), option=_OPTION_OF.get(field, field),
                          detail=first["msg"].removeprefix("Value error, ").lower(),
                          fix=fix) from None


def error_text(text: str, item: str | None = None) -> str:
    """Return ``error [CODE] cause`` and ``fix: ...`` lines for a formatted message.

    Args:
        text: A message ``[CODE] cause. Fix: fix`` (as in :data:`wirecoder.errors.MESSAGES`).
        item: The id (and source) of the item concerned, if any.

    Returns:
        One or two lines, without markup.
    """
    code, cause, fix = split_message(text)
    head = f"error [{code}]" if code else "error"
    where = f" {item}:" if item else ""
    return f"{head}{where} {cause}" + (f"\nfix: {fix}" if fix else "")


def print_error(text: str, item: str | None = None) -> None:
    """Print a message in the one error style (see :func:`error_text`) on stderr."""
    head, _, rest = error_text(text, item).partition(" ")
    stderr.print(Text.assemble((head, "bold red"), " ", rest), soft_wrap=True)


def fail(exc: Exception | str, status: int = 2) -> NoReturn:
    """Print ``exc`` in the one error style and end the command with ``status``."""
    print_error(str(exc))
    raise typer.Exit(status)


@contextlib.contextmanager
def open_output(path: Path | None, *, bom: bool = False) -> Iterator[TextIO]:
    """Yield a text stream: the file at ``path`` (UTF-8), or standard output.

    Args:
        path: The file, or None for standard output.
        bom: Start with a UTF-8 byte-order mark (CSV for spreadsheet programs).
    """
    if path is None:
        if bom:
            sys.stdout.write("\ufeff")
        yield sys.stdout
        sys.stdout.flush()
        return
    # a failure leaves no half-written file
    with atomic_output(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as handle:
        yield cast(TextIO, handle)  # text mode ("w"): a TextIOWrapper


class ErrorLog:
    """Collects per-item errors: prints each to stderr and writes it to an optional JSONL file.

    ``analyze`` and ``code`` start the file afresh; ``ingest`` (resumable) appends to it.
    """

    def __init__(self, path: Path | None = None, append: bool = False,
                 inputs: tuple[str, ...] = ()) -> None:
        self.count = 0
        self._path = path
        self._handle = None
        if path is not None:
            check_output(path, inputs)
            try:
                self._handle = path.open("a" if append else "w", encoding="utf-8")
            except OSError as exc:
                raise OutputError("W017", path=path, detail=exc.strerror or str(exc),
                                  fix="check the folder and its permissions.") from None

    def __enter__(self) -> ErrorLog:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the errors file, if any."""
        if self._handle:
            self._handle.close()
            self._handle = None

    def add(self, error: ItemError) -> None:
        """Report one failed item and keep going."""
        self.count += 1
        item: str | None
        if error.id and error.source:
            item = f"{error.id} ({error.source})"
        else:
            item = error.id or error.source or None
        print_error(error.message, item=item)
        if self._handle:
            try:
                self._handle.write(json.dumps(error.model_dump(mode="json"),
                                              ensure_ascii=False) + "\n")
                self._handle.flush()
            except OSError as exc:
                raise OutputError("W017", path=self._path, detail=exc.strerror or str(exc),
                                  fix="check free disk space, then run again.") from None

    def exit_code(self) -> int:
        """Close the errors file and return 1 when any item failed, else 0."""
        self.close()
        return 1 if self.count else 0


def print_summary(ok: int, failed: int, seconds: float) -> None:
    """Print the closing line of a run on stderr: ``n ok, n failed, in N s``."""
    rate = f", {ok / seconds:.1f} stories/s" if seconds > 0 and ok else ""
    stderr.print(f"done: {ok} ok, {failed} failed, in {seconds:.1f}s{rate}")


class Progress:
    """A progress bar on stderr with stories/s and ETA (no-op when disabled)."""

    def __init__(self, total: int | None, enabled: bool = True) -> None:
        self.enabled = enabled
        self._bar = RichProgress(
            TextColumn("analyzing"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]} stories/s"), TimeElapsedColumn(),
            TextColumn("ETA"), TimeRemainingColumn(), console=stderr, transient=False,
        )
        self._task = self._bar.add_task("analyze", total=total, rate="-")

    def __enter__(self) -> Progress:
        if self.enabled:
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.enabled:
            self._bar.stop()

    def advance(self) -> None:
        """Count one more story done."""
        if not self.enabled:
            return
        self._bar.advance(self._task)
        task = self._bar.tasks[0]
        rate = task.completed / task.elapsed if task.elapsed else 0.0
        self._bar.update(self._task, rate=f"{rate:.1f}")


def print_report(report: Any) -> None:
    """Print an evaluation report as tables on stdout."""
    console = Console(width=max(Console().width, 180))
    console.print(f"[bold]{report.title}[/bold]")
    for key, value in report.headline.items():
        console.print(f"  {key}: {value}")
    for name, rows in report.tables.items():
        if not rows:
            continue
        table = Table(title=name)
        for column in rows[0]:
            table.add_column(str(column))
        for row in rows:
            table.add_row(*(str(row.get(c, "")) for c in rows[0]))
        console.print(table)
    for note in report.notes:
        console.print(f"note: {note}")
