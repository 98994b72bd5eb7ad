"""Presentation helpers of the pages: highlighted article text and dyad chart series.

Pure functions over the Store's plain rows and :class:`~wirecoder.models.Analysis`
records; no database access and no HTML strings (the templates escape everything).
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from ..models import Analysis
from ..store.dyads import period_key
from .params import QUADS

__all__ = ["LAYERS", "LAYER_LABELS", "SERIES_STYLE", "Mark", "Segment", "compare_columns",
           "dyad_chart", "flags_of", "periods_between", "segments", "sentence_parts"]

#: Highlight layers of the article view, in drawing order (outermost first).
#: Layers whose marks are numbered in the text (``#e3``, ``#c0``) and their id prefix.
ANCHORED = {"event": "e", "commitment": "c"}
LAYERS = ("quote", "commitment", "date", "quantity", "entity", "event")
#: What the layer toggles say.
LAYER_LABELS = {"quote": "quotes", "commitment": "commitments", "date": "dates",
                "quantity": "quantities",
                "entity": "actors & names", "event": "events"}
_FLAGS = ("negated", "future", "hypothetical", "historical")


@dataclass(frozen=True)
class Mark:
    """One highlighted record: its layer, index in its list, span and a short label."""

    layer: str
    index: int
    start: int
    end: int
    label: str
    flags: tuple[str, ...] = ()


@dataclass
class Segment:
    """A run of article text covered by the same set of marks."""

    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)
    anchors: list[Mark] = field(default_factory=list)
    focused: bool = False

    @property
    def classes(self) -> str:
        """CSS classes: one per layer covering the run, flag classes, ``focus`` if focused."""
        names = {f"hl-{m.layer}" for m in self.marks}
        names.update(f"flag-{flag}" for m in self.marks for flag in m.flags)
        if self.focused:
            names.add("focus")
        return " ".join(sorted(names))

    @property
    def title(self) -> str:
        """Tooltip: the labels of the marks covering the run."""
        return " | ".join(m.label for m in self.marks)


def flags_of(record: Any) -> tuple[str, ...]:
    """Return the names of the set flags (negated, future, ...) of an event or row."""
    get = record.get if isinstance(record, dict) else lambda n: getattr(record, n, False)
    return tuple(flag for flag in _FLAGS if get(flag))


def _marks(analysis: Analysis) -> list[Mark]:
    marks: list[Mark] = []
    for i, q in enumerate(analysis.quotes):
        who = q.speaker.entity_name if q.speaker else "unknown speaker"
        marks.append(Mark("quote", i, q.start, q.end, f"{q.kind} quote: {who}"))
    for i, c in enumerate(analysis.commitments):
        who = c.committer.entity_name if c.committer else "someone"
        marks.append(Mark("commitment", i, c.start, c.end,
                          f"commitment ({c.kind}, {c.status_in_text}): {who} {c.action} "
                          f"{c.object or ''}".strip()))
    for i, t in enumerate(analysis.time_expressions):
        marks.append(Mark("date", i, t.start, t.end, f"{t.type} {t.value or 'unresolved'}"))
    for i, n in enumerate(analysis.quantities):
        unit = f" {n.unit}" if n.unit else ""
        marks.append(Mark("quantity", i, n.start, n.end, f"quantity {n.value:g}{unit}"))
    for i, e in enumerate(analysis.entities):
        code = f" [{e.country_code}]" if e.country_code else ""
        marks.append(Mark("entity", i, e.start, e.end, f"{e.entity_name}{code}"))
    for i, ev in enumerate(analysis.events):
        flags = flags_of(ev)
        extra = f" ({', '.join(flags)})" if flags else ""
        marks.append(Mark("event", i, ev.start, ev.end, f"event {ev.event_type}{extra}", flags))
    return marks


def segments(analysis: Analysis, focus: tuple[str, int] | None = None) -> list[Segment]:
    """Cut the article text into runs, each covered by one set of highlight marks.

    Spans outside the text or empty are ignored; overlapping spans nest naturally (a
    run knows every mark covering it). Events and commitments also anchor (``#e3``,
    ``#c0``) at their start. Runs covered by the mark ``focus`` (layer, index) are
    flagged ``focused`` (the commitment a pledge page links to).
    """
    text = analysis.text
    marks = [m for m in _marks(analysis) if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    starting: dict[int, list[Mark]] = {}
    for mark in marks:
        starting.setdefault(mark.start, []).append(mark)
    active: list[Mark] = []
    out: list[Segment] = []
    for start, end in itertools.pairwise(cuts):  # sweep: marks open and close at cuts
        active = [m for m in active if m.end > start] + starting.get(start, [])
        covering = sorted(active, key=lambda m: LAYERS.index(m.layer))
        anchors = [m for m in covering if m.start == start and m.layer in ANCHORED]
        focused = any((m.layer, m.index) == focus for m in covering)
        out.append(Segment(text[start:end], start, covering, anchors, focused))
    return out


def sentence_parts(text: str, start: int, end: int) -> tuple[str, str, str]:
    """Return the sentence(s) holding ``text[start:end]`` as (before, the span, after)."""
    from ..compare.sentences import sentence_of, sentence_spans

    if not 0 <= start < end <= len(text):
        return "", "", ""
    spans = sentence_spans(text) or [(0, len(text))]
    first = spans[sentence_of(spans, start)][0]
    last = spans[sentence_of(spans, end - 1)][1]
    first, last = min(first, start), max(last, end)
    return text[first:start], text[start:end], text[end:last]


# -- readout comparison ------------------------------------------------------------------


def compare_columns(comparison: Any) -> list[dict[str, Any]]:
    """Cut each compared account's text into runs, marking the evidence of each point.

    Args:
        comparison: A :class:`wirecoder.compare.Comparison` (with its texts).

    Returns:
        One dict per account: ``id``, ``side``, ``side_from``, ``title`` and ``runs``,
        a list of ``{"text", "points", "relation"}`` (``points``: indexes of the points
        whose evidence the run is, empty for plain text; ``relation``: the first
        point's). Overlapping evidence keeps the earlier span, as the CLI's HTML does.
    """
    relations = [p.relation for p in comparison.points]
    columns = []
    for account in comparison.accounts:
        text = comparison.texts.get(account.id, "")
        spans: dict[tuple[int, int], list[int]] = {}
        for i, point in enumerate(comparison.points):
            for start, end in point.evidence.get(account.id, ()):
                if 0 <= start < end <= len(text):
                    spans.setdefault((start, end), []).append(i)
        runs, at = [], 0
        for (start, end), points in sorted(spans.items()):
            if start < at:
                continue
            if start > at:
                runs.append({"text": text[at:start], "points": [], "relation": None})
            runs.append({"text": text[start:end], "points": points,
                         "relation": relations[points[0]]})
            at = end
        if at < len(text):
            runs.append({"text": text[at:], "points": [], "relation": None})
        columns.append({"id": account.id, "side": account.side, "side_from": account.side_from,
                        "title": account.title, "runs": runs})
    return columns


# -- dyad chart -----------------------------------------------------------------------------

#: Line style of each chart series: colour (Okabe-Ito, colour-blind safe) *and* a dash
#: pattern and marker size, so that the lines can be told apart without colour.
SERIES_STYLE: dict[str, dict[str, Any]] = {
    "VERBAL_COOPERATION": {"label": "verbal cooperation", "color": "#0072B2", "dash": [],
                           "width": 2, "points": 5, "fill": True},
    "MATERIAL_COOPERATION": {"label": "material cooperation", "color": "#009E73",
                             "dash": [12, 6], "width": 2, "points": 8, "fill": False},
    "VERBAL_CONFLICT": {"label": "verbal conflict", "color": "#E69F00", "dash": [3, 4],
                        "width": 3, "points": 5, "fill": False},
    "MATERIAL_CONFLICT": {"label": "material conflict", "color": "#D55E00",
                          "dash": [12, 4, 3, 4], "width": 2, "points": 8, "fill": True},
    "mean_score": {"label": "mean PLOVER score (right axis)", "color": "#222222", "dash": [],
                   "width": 4, "points": 9, "fill": True},
}


def periods_between(first: str, last: str, by: str) -> list[str]:
    """Return every period label from ``first`` to ``last`` inclusive (no gaps)."""
    labels: list[str] = []
    day = _label_start(first, by)
    stop = _label_start(last, by)
    while day <= stop and len(labels) < 20_000:
        labels.append(period_key(day.isoformat(), by))
        day = _next(day, by)
    return labels


def _label_start(label: str, by: str) -> dt.date:
    if by == "year":
        return dt.date(int(label), 1, 1)
    if by == "month":
        return dt.date.fromisoformat(label + "-01")
    return dt.date.fromisoformat(label)


def _next(day: dt.date, by: str) -> dt.date:
    if by == "year":
        return dt.date(day.year + 1, 1, 1)
    if by == "month":
        return dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day + dt.timedelta(days=7 if by == "week" else 1)


def dyad_chart(rows: Iterable[dict[str, Any]], a: str, b: str, by: str,
               direction: str = "both") -> dict[str, Any]:
    """Turn ``Store.dyad`` rows into chart series: counts per quad class and mean score.

    Args:
        rows: Rows of ``Store.dyad(a, b, by=by)``.
        a: First party.
        b: Second party.
        by: The period of the rows.
        direction: ``both`` (summed), ``ab`` (a -> b only) or ``ba``.

    Returns:
        ``periods`` (labels, gaps filled), ``x`` (Unix seconds of each period's first
        day), ``quads`` (name -> counts), ``events``, ``mean_score`` (event-weighted
        mean of the directions' means; None where no event), and ``table`` rows.
    """
    wanted = {"ab": {f"{a}->{b}"}, "ba": {f"{b}->{a}"}}.get(direction,
                                                          {f"{a}->{b}", f"{b}->{a}"})
    sums: dict[str, dict[str, float]] = {}
    for row in rows:
        if row["direction"] not in wanted:
            continue
        slot = sums.setdefault(row["period"], {"events": 0, "weighted": 0.0, "scored": 0,
                                               **dict.fromkeys(QUADS, 0)})
        slot["events"] += row["events"]
        for quad in QUADS:
            slot[quad] += row["quad"].get(quad, 0)
        if row["mean_score"] is not None:
            slot["weighted"] += row["mean_score"] * row["events"]
            slot["scored"] += row["events"]
    labels = periods_between(min(sums), max(sums), by) if sums else []
    empty = {"events": 0, "weighted": 0.0, "scored": 0, **dict.fromkeys(QUADS, 0)}
    filled = [sums.get(label, empty) for label in labels]
    means = [round(s["weighted"] / s["scored"], 2) if s["scored"] else None for s in filled]
    table = [{"period": label, "events": int(s["events"]), "mean_score": mean,
              **{quad: int(s[quad]) for quad in QUADS}}
             for label, s, mean in zip(labels, filled, means, strict=True) if s["events"]]
    epoch = dt.date(1970, 1, 1)
    return {
        "periods": labels,
        "x": [(_label_start(label, by) - epoch).days * 86400 for label in labels],
        "quads": {quad: [int(s[quad]) for s in filled] for quad in QUADS},
        "events": [int(s["events"]) for s in filled],
        "mean_score": means,
        "table": table,
        "styles": SERIES_STYLE,
    }
