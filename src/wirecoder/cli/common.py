"""Helpers shared by the CLI commands: output files, error log, progress, settings."""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

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

from ..models import ItemError
from ..outputs import OutputError, atomic_output, check_output
from ..settings import Settings

__all__ = ["ErrorLog", "Progress", "open_output", "print_report", "settings_from"]

stderr = Console(stderr=True)


def settings_from(**options: Any) -> Settings:
    """Build :class:`Settings` from CLI options, leaving unset ones at their defaults."""
    actors = options.pop("actors", None)
    if actors:
        options["actor_files"] = tuple(actors)
    lexicons = options.pop("lexicon", None)
    if lexicons:
        options["event_lexicons"] = tuple(lexicons)
    return Settings(**{k: v for k, v in options.items() if v is not None})


@contextlib.contextmanager
def open_output(path: Path | None) -> Iterator[TextIO]:
    """Yield a text stream: the file at ``path`` (UTF-8), or standard output."""
    if path is None:
        yield sys.stdout
        sys.stdout.flush()
        return
    with atomic_output(path) as handle:  # a failure leaves no half-written file
        yield handle


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
        where = f" ({error.source})" if error.source else ""
        stderr.print(f"[red]error[/red] {error.id or '?'}{where}: {error.message}",
                     highlight=False, markup=True)
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
