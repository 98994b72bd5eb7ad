"""Rows on standard output: a table that fits the terminal, CSV (optionally for Excel), JSON.

Tables may be cut (``--limit``, default 100) and then say how many rows were left out;
CSV and JSON are never cut unless ``--limit`` is given.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from ..numbers import human_number
from .common import stderr

__all__ = ["Format", "print_json", "render", "table_limit"]

#: Columns of running text: they share the width left and wrap (or end with an ellipsis).
_WIDE = {"sentence_text", "snippet", "text", "title", "url", "top_events", "message",
         "event_text", "actor", "recipient", "speaker_name", "about", "categories", "trigger",
         "committer_name"}
_CUT = {"title", "url"}  # one line, ending with an ellipsis when too long
#: Rows shown in a table when no --limit is given.
TABLE_LIMIT = 100


class Format(StrEnum):
    """Output formats of the query commands."""

    table = "table"
    csv = "csv"
    json = "json"


def table_limit(fmt: Format, limit: int | None) -> int | None:
    """Return the query limit: ``--limit`` if given, else 100 for a table, all for CSV/JSON."""
    if limit is not None:
        return limit or None
    return TABLE_LIMIT if fmt is Format.table else None


def cell(value: Any) -> str:
    """Return a value as table/CSV text: lists joined by ``; ``, numbers without exponents."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, list):
        return "; ".join(cell(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k} {cell(v)}" for k, v in value.items() if v)
    if isinstance(value, float):
        return human_number(value) if abs(value) >= 1e6 else f"{value:.6g}"
    return str(value)


def render(rows: list[dict[str, Any]], fmt: Format, columns: list[str] | None = None, *,
           excel: bool = False, left_out: int = 0, width: int | None = None) -> None:
    """Print ``rows`` to stdout as a table, CSV or JSON (JSON keeps nesting).

    Args:
        rows: The rows.
        fmt: Table, CSV or JSON.
        columns: Columns shown (table, CSV), in order; default all of the first row's.
        excel: CSV with a UTF-8 byte-order mark first (for spreadsheet programs).
        left_out: Rows not shown (a table cut at its limit): said on stderr.
        width: Table width; default the terminal's (100 when not a terminal).
    """
    if fmt is Format.json:
        print_json(rows)
        return
    columns = columns or (list(rows[0]) if rows else [])
    if fmt is Format.csv:
        if excel:
            sys.stdout.write("\ufeff")
        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_csv(row.get(c)) for c in columns] for row in rows)
        return
    console = Console(soft_wrap=False, highlight=False)
    if width or not console.is_terminal:
        console.width = width or 100
    console.print(make_table(rows, columns, console.width))
    if left_out:
        stderr.print(f"{left_out} more row(s) left out: --limit 0 shows all; "
                     "--format csv or json is never cut.")
    if not rows:
        stderr.print("no rows")


def print_json(value: Any) -> None:
    """Write ``value`` to standard output as indented JSON (dates as strings), then a newline."""
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _csv(value: Any) -> Any:
    if isinstance(value, list):
        return ";".join(str(_csv(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else value


def column_widths(rows: list[dict[str, Any]], columns: list[str], width: int) -> list[int]:
    """Return a width per column so that the table fits in ``width`` characters.

    Short columns get the width of their longest value (or header) and never shrink below
    their header; text columns share what is left (at least 10 each).
    """
    natural = [max([len(c), *(len(line) for r in rows[:500]
                                for line in cell(r.get(c)).splitlines() or [""])])
               for c in columns]
    wide = [c in _WIDE for c in columns]
    widths = [n if not w else 0 for n, w in zip(natural, wide, strict=True)]
    room = width - 3 * len(columns) - 1 - sum(widths)
    wide_natural = [n for n, w in zip(natural, wide, strict=True) if w]
    if wide_natural:
        share = _share(wide_natural, max(room, 10 * len(wide_natural)))
        it = iter(share)
        widths = [next(it) if w else n for n, w in zip(widths, wide, strict=True)]
    return widths


def _share(natural: list[int], room: int) -> list[int]:
    """Split ``room`` among text columns: none gets more than it needs, none under 10."""
    widths = [min(n, 10) for n in natural]
    left = room - sum(widths)
    while left > 0:
        hungry = [i for i, n in enumerate(natural) if widths[i] < n]
        if not hungry:
            break
        step = max(left // len(hungry), 1)
        for i in hungry:
            add = min(step, natural[i] - widths[i], left)
            widths[i] += add
            left -= add
            if left <= 0:
                break
    return widths


def make_table(rows: list[dict[str, Any]], columns: list[str], width: int = 100) -> Table:
    """Return a table at most ``width`` characters wide.

    Short columns keep their width; text columns wrap (titles and URLs stay on one line,
    ending with an ellipsis).
    """
    table = Table(show_lines=False, header_style="bold", expand=False)
    for column, size in zip(columns, column_widths(rows, columns, width), strict=True):
        cut = column in _CUT
        table.add_column(column, width=max(size, 1), no_wrap=cut or column not in _WIDE,
                         overflow="ellipsis" if cut else "fold")
    for row in rows:
        table.add_row(*(Text(cell(row.get(c))) for c in columns))
    return table
