"""Human-readable renderings of an analysis: a text report and a self-contained HTML page."""

from __future__ import annotations

import html
import io
import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Console
from rich.table import Table

from .models import Analysis, Entity, Event
from .numbers import human_quantity

__all__ = ["html_page", "text_report"]


def _who(entities: Sequence[Entity]) -> str:
    parts = []
    for ent in entities:
        code = "/".join(c for c in (ent.country_code, ent.sector_code) if c)
        parts.append(f"{ent.entity_name} [{code}]" if code else ent.entity_name)
    return "; ".join(parts) or "-"


def _flags(event: Event) -> str:
    names = ("negated", "future", "hypothetical", "historical")
    return ",".join(n for n in names if getattr(event, n)) or "-"


#: Columns that hold running text: they wrap (and share the width left by the others).
_TEXT_COLUMNS = {"actor", "recipient", "trigger", "quote", "text", "about", "speaker",
                 "reported by", "committer", "cue"}


def _table(title: str, columns: Sequence[str]) -> Table:
    """Return an empty table that fits the console width.

    Short columns (type, mode, date, value, flags) keep their width and never wrap; text
    columns share the rest and wrap within it.

    Args:
        title: The table's title.
        columns: Column headers, in order.

    Returns:
        The table, ready for ``add_row``.
    """
    table = Table(title=title, expand=True, title_justify="left")
    for col in columns:
        if col in _TEXT_COLUMNS:
            table.add_column(col, overflow="fold", ratio=2 if col in ("quote", "text") else 1)
        else:
            table.add_column(col, no_wrap=True, min_width=len(col))
    return table


def _events_table(analysis: Analysis) -> Table:
    table = _table("Events (PLOVER)", ("type", "mode", "actor", "recipient", "date", "trigger",
                                       "flags", "reported by"))
    for ev in analysis.events:
        table.add_row(ev.event_type, ev.mode or "-", _who(ev.actor), _who(ev.recipient),
                      ev.date or "-", ev.event_text, _flags(ev),
                      ev.reported_by.entity_name if ev.reported_by else "-")
    return table


def _quotes_table(analysis: Analysis) -> Table:
    table = _table("Quotes", ("speaker", "kind", "cue", "quote"))
    for q in analysis.quotes:
        speaker = _who([q.speaker]) if q.speaker else "(unknown)"
        table.add_row(speaker, q.kind, q.cue or "-", q.text)
    return table


def _amount(value: float, high: float | None, unit: str | None) -> str:
    text = human_quantity(value, unit)
    return text if high is None else f"{text} to {human_quantity(high, unit)}"


def _quantities_table(analysis: Analysis) -> Table:
    table = _table("Quantities", ("text", "amount", "about", "committer"))
    for q in analysis.quantities:
        amount = _amount(q.normalized_value if q.normalized_value is not None else q.value,
                         q.value_high if q.normalized_value is None else None,
                         q.normalized_unit or q.unit)
        if q.approximate:
            amount = "~" + amount
        table.add_row(q.text, amount, q.about or "-",
                      q.committer.entity_name if q.committer else "-")
    return table


def _timeline_table(analysis: Analysis) -> Table:
    table = _table("Timeline", ("value", "type", "granularity", "text"))
    ordered = sorted(analysis.time_expressions, key=lambda t: (t.value or "~", t.start))
    for t in ordered:
        table.add_row(t.value or "(unresolved)", t.type, t.granularity or "-", t.text)
    return table


def text_report(analysis: Analysis, width: int = 100) -> str:
    """Return a plain-text report: events, quotes with speakers, quantities, dated timeline.

    Args:
        analysis: The analysis to report.
        width: Columns of the page; every table fits in it (text columns wrap).

    Returns:
        The report, lines of at most ``width`` characters.
    """
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, no_color=True, highlight=False)
    header = analysis.title or analysis.id
    console.print(f"# {header}")
    console.print(f"id: {analysis.id}   published: {analysis.published or 'unknown'}")
    console.print(f"url: {analysis.url or '-'}", soft_wrap=True)
    for warning in analysis.warnings:
        console.print(f"warning [{warning.code}]: {warning.message}")
    for table in (_events_table(analysis), _quotes_table(analysis),
                  _quantities_table(analysis), _timeline_table(analysis)):
        console.print(table)
    return buffer.getvalue()


@dataclass(frozen=True)
class _Mark:
    start: int
    end: int
    layer: str
    label: str


def _marks(analysis: Analysis) -> list[_Mark]:
    marks = [_Mark(e.start, e.end, "entity", _who([e])) for e in analysis.entities]
    marks += [_Mark(ev.start, ev.end, "event",
                    f"{ev.event_type}{'/' + ev.mode if ev.mode else ''}: "
                    f"{_who(ev.actor)} → {_who(ev.recipient)}") for ev in analysis.events]
    marks += [_Mark(q.start, q.end, "quote",
                    f"{q.kind} quote — {q.speaker.entity_name if q.speaker else 'unknown'}")
              for q in analysis.quotes]
    marks += [_Mark(q.start, q.end, "quantity",
                    f"{human_quantity(q.value, q.unit)} — {q.about or '?'}")
              for q in analysis.quantities]
    marks += [_Mark(t.start, t.end, "time", f"{t.type} {t.value or 'unresolved'}")
              for t in analysis.time_expressions]
    return [m for m in marks if 0 <= m.start < m.end <= len(analysis.text)]


def _highlight(text: str, marks: Iterable[_Mark]) -> str:
    marks = list(marks)
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for left, right in itertools.pairwise(cuts):
        covering = [m for m in marks if m.start <= left and right <= m.end]
        starting = [m for m in covering if m.start == left]
        badges = "".join(f'<sup class="lab {m.layer}">{html.escape(m.label)}</sup>'
                         for m in starting if m.layer in ("event", "entity"))
        chunk = html.escape(text[left:right])
        if covering:
            classes = " ".join(sorted({m.layer for m in covering}))
            title = html.escape(" | ".join(m.label for m in covering), quote=True)
            chunk = f'<span class="{classes}" title="{title}">{chunk}</span>'
        pieces.append(badges + chunk)
    return "".join(pieces)


_CSS = """
body{font:16px/1.7 Georgia,serif;max-width:60em;margin:2em auto;padding:0 1em;color:#222}
.text{white-space:pre-wrap}
.entity{background:#e4efff;border-radius:3px}
.event{border-bottom:3px solid #c0392b;font-weight:bold}
.quote{background:#fff5cc}
.quantity{background:#d8f5d0}
.time{background:#f1e1ff}
sup.lab{font:10px/1 sans-serif;padding:1px 3px;border-radius:3px;margin-right:2px;color:#fff}
sup.event{background:#c0392b} sup.entity{background:#4a78c2}
.legend span{padding:2px 6px;margin-right:6px}
table{border-collapse:collapse;font:13px sans-serif;margin:1em 0}
td,th{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top}
"""


def _section(analysis: Analysis) -> str:
    title = html.escape(analysis.title or analysis.id)
    legend = "".join(f'<span class="{c}">{c}</span>'
                     for c in ("entity", "event", "quote", "quantity", "time"))
    rows = "".join(
        f"<tr><td>{html.escape(ev.event_type)}</td><td>{html.escape(ev.mode or '')}</td>"
        f"<td>{html.escape(_who(ev.actor))}</td><td>{html.escape(_who(ev.recipient))}</td>"
        f"<td>{html.escape(ev.date or '')}</td><td>{html.escape(ev.event_text)}</td></tr>"
        for ev in analysis.events)
    return (f"<section><h1>{title}</h1><p>published: {analysis.published or 'unknown'}</p>"
            f'<p class="legend">{legend}</p>'
            f'<div class="text">{_highlight(analysis.text, _marks(analysis))}</div>'
            "<table><tr><th>type</th><th>mode</th><th>actor</th><th>recipient</th>"
            f"<th>date</th><th>trigger</th></tr>{rows}</table></section>")


def html_page(analyses: Iterable[Analysis]) -> str:
    """Return a self-contained HTML page with every extracted span highlighted and labelled."""
    body = "<hr>".join(_section(a) for a in analyses)
    return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>wirecoder</title><style>{_CSS}</style></head><body>{body}</body></html>")
