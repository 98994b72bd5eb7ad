"""Scorer of the time expressions stage on ``data/gold/time/dev.jsonl``, with dateparser as a peer.

A system expression matches a gold one when their character spans overlap (one-to-one,
largest overlap first). Over matched pairs the report gives type accuracy, resolved
value accuracy (exact TIMEX3 string) and granularity accuracy. The peer columns run
dateparser's ``search_dates`` on each passage with ``RELATIVE_BASE`` set to the
publication date; each found date is written at the granularity dateparser reports for
it (``period``: day, week, month, year; time -> a clock time) and typed DATE or TIME.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import Peer, Report, Score, evaluate_spans, match, scored_pairs, span_row

__all__ = ["Prediction", "evaluate"]


@dataclass(frozen=True)
class Prediction:
    """A system time expression reduced to what the scorer compares."""

    start: int
    end: int
    type: str | None
    value: str | None
    granularity: str | None


def evaluate(gold_path: Path, settings: Settings) -> Report:
    """Score wirecoder (and dateparser, when installed) on the gold time expressions.

    Args:
        gold_path: JSONL gold file (one passage per line with its ``timexes``).
        settings: Run options; only the time expressions stage is run.

    Returns:
        Span precision/recall/F1 and type, value and granularity accuracy per system.
    """
    run = settings.model_copy(update={"stages": ("time_expressions",)})
    peer = Peer("dateparser", lambda records: [_peer(r) for r in records],
                missing="dateparser is not installed: peer columns skipped.")
    return evaluate_spans(gold_path, run, stage="time", gold_key="timexes", ours=_ours,
                          peer=peer, row=_row, misses=_misses,
                          headline=("span_f1", "type_acc", "value_acc", "granularity_acc"),
                          note="Accuracies are over matched (overlapping) expressions.")


def _ours(analysis: Any) -> list[Prediction]:
    if analysis is None:
        return []
    return [Prediction(t.start, t.end, t.type, t.value, t.granularity)
            for t in analysis.time_expressions]


def _peer(record: dict[str, Any]) -> list[Prediction]:
    from dateparser.date import DateDataParser
    from dateparser.search import search_dates

    published = record.get("published")
    base = dt.datetime.fromisoformat(published[:10]) if published else dt.datetime.now()
    options = {"RELATIVE_BASE": base}
    text = record["text"]
    try:
        found = search_dates(text, languages=["en"], settings=options) or []
    except Exception:  # a peer failure on one passage counts as no output
        return []
    parser = DateDataParser(languages=["en"], settings=options)
    out, pos = [], 0
    for surface, when in found:
        start = text.find(surface, pos)
        if start < 0:
            continue
        pos = start + len(surface)
        period = parser.get_date_data(surface).period or "day"
        out.append(Prediction(start, pos, "TIME" if period == "time" else "DATE",
                              _peer_value(when, period), period))
    return out


def _peer_value(when: dt.datetime, period: str) -> str:
    if period == "year":
        return f"{when.year}"
    if period == "month":
        return f"{when.year}-{when.month:02d}"
    if period == "week":
        year, week, _ = when.isocalendar()
        return f"{year}-W{week:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def _row(name: str, golds: list[list[dict[str, Any]]],
         predicted: list[list[Prediction]]) -> dict[str, Any]:
    score = Score()
    right = {"type": 0, "value": 0, "granularity": 0}
    for gold, pred in scored_pairs(score, golds, predicted):
        for key in right:
            right[key] += getattr(pred, key) == gold.get(key)
    matched = score.tp or 1
    row = span_row(name, score)
    row.update({f"{k}_acc": round(v / matched, 3) for k, v in right.items()})
    return row


def _misses(records: Sequence[dict[str, Any]], golds: list[list[dict[str, Any]]],
            predicted: list[list[Prediction]], limit: int = 80) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for record, gold, preds in zip(records, golds, predicted, strict=True):
        pairs = match(gold, preds)
        hit_g = {gi for gi, _ in pairs}
        rows += [{"id": record["id"], "error": "missed", "text": g["text"], "gold": g["value"]}
                 for gi, g in enumerate(gold) if gi not in hit_g]
        rows += [{"id": record["id"], "error": "value", "text": gold[gi]["text"],
                  "gold": f"{gold[gi]['type']} {gold[gi]['value']} {gold[gi]['granularity']}",
                  "system": f"{preds[pi].type} {preds[pi].value} {preds[pi].granularity}"}
                 for gi, pi in pairs if (preds[pi].value, preds[pi].type)
                 != (gold[gi]["value"], gold[gi]["type"])]
    return rows[:limit]
