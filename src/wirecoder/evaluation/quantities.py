"""Scorer of the quantities stage on ``data/gold/quantities/dev.jsonl``, with quantulum3 as a peer.

A system quantity matches a gold one when their character spans overlap; matching is
one-to-one, largest overlap first. Over matched pairs the report gives the accuracy of
value + unit (values equal to 1e-6, ranges included), of the normalized value (within
0.5 %, same normalized unit), of kind, and of ``about`` (right when the system words
share a content word with the gold ``about``; judged where the gold has one). The peer
columns run quantulum3's parser on each passage, its units mapped to our ids.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..quantities.lexicon import words
from ..quantities.normalize import PINT_NAMES, normalize
from ..settings import Settings
from .common import Peer, Report, Score, evaluate_spans, match, tally

__all__ = ["Prediction", "about_ok", "evaluate", "match"]

_STOP = words("the a an of to in on for and or by at from with as its their his her")
_WORD = re.compile(r"\w+")
_PEER_UNITS = {
    "dollar": "USD", "united states dollar": "USD", "euro": "EUR", "pound sterling": "GBP",
    "yen": "JPY", "japanese yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "ruble": "RUB",
    "russian ruble": "RUB", "indian rupee": "INR", "tonne": "metric_ton", "ton": "metric_ton",
    "metric ton": "metric_ton", "short ton": "short_ton", "kilogram": "kilogram",
    "pound-mass": "pound", "barrel": "barrel", "litre": "liter", "gallon": "gallon",
    "cubic metre": "cubic_meter", "kilometre": "kilometer", "metre": "meter", "mile": "mile",
    "nautical mile": "nautical_mile", "square kilometre": "square_kilometer",
    "hectare": "hectare", "acre": "acre", "percentage": "percent", "day": "day",
    "week": "week", "month": "month", "year": "year", "hour": "hour", "dimensionless": "count",
}
_PEER_KINDS = {"currency": "money", "mass": "mass", "volume": "volume", "length": "length",
               "area": "area", "time": "duration", "dimensionless": "count",
               "dimensionless quantity": "count"}


@dataclass(frozen=True)
class Prediction:
    """A system quantity reduced to what the scorer compares."""

    start: int
    end: int
    value: float
    value_high: float | None
    unit: str | None
    normalized_value: float | None
    normalized_unit: str | None
    kind: str | None
    about: str | None


def evaluate(gold_path: Path, settings: Settings) -> Report:
    """Score wirecoder (and quantulum3, when installed) on the gold quantities.

    Args:
        gold_path: JSONL gold file (one passage per line with its ``quantities``).
        settings: Run options; only the stages the quantities stage needs are run.

    Returns:
        Span precision/recall/F1 and field accuracies, one row per system.
    """
    stages = tuple(s for s in settings.stages if s in ("time_expressions", "entities",
                                                        "quantities"))
    run = settings.model_copy(update={"stages": stages or ("entities", "quantities")})
    peer = Peer("quantulum3", _peer,
                missing="quantulum3 is not installed: peer columns skipped "
                        "(pip install quantulum3).",
                note="quantulum3 runs without its unit classifier (its pickled model "
                     "needs a matching scikit-learn); units mapped to wirecoder ids.")
    units: list[dict[str, Any]] = []

    def misses(records: list[dict[str, Any]], golds: list[list[dict[str, Any]]],
               predicted: list[list[Prediction]]) -> list[dict[str, Any]]:
        units.extend(unit_recall(golds, predicted))
        return _misses(records, golds, predicted)

    report = evaluate_spans(gold_path, run, stage="quantities", gold_key="quantities",
                            ours=_ours, peer=peer, row=_row, misses=misses,
                            headline=("span_f1", "span_precision", "value_unit_acc",
                                      "normalized_acc", "about_acc", "kind_acc"),
                            note="Accuracies are over matched (overlapping) quantities.")
    report.tables["units"] = units
    for row in units:
        if row["dimension"] in ("news units", "physical units"):
            report.headline[f"unit_recall_{row['dimension'].split()[0]}"] = row["recall"]
    report.notes.append(
        "Unit recall by dimension: a gold quantity counts as found when a wirecoder quantity "
        "overlaps it (one-to-one) and has the same unit id. Dimension of the gold unit: rates "
        "('X/Y', speeds), money (ISO codes), percent, count, duration, else pint's "
        "dimensionality (length, area, volume, mass, energy, power, temperature). 'news "
        "units' = length, area, volume, mass, energy, power, speed, temperature, rate; "
        "'physical units' = those plus durations and other pint units.")
    return report


#: Dimensions of the units common in news (the issue's "news units" aggregate).
NEWS_DIMENSIONS = ("length", "area", "volume", "mass", "energy", "power", "speed",
                   "temperature", "rate")
_NON_PHYSICAL = frozenset({"money", "percent", "count", "other"})
_FIXED_DIMENSIONS = {
    "percent": "percent", "percentage_point": "percent", "basis_point": "percent",
    "fraction": "percent", "person": "count", "count": "count", "multiplier": "other",
    "magnitude": "other", "mach": "other", "celsius": "temperature",
    "fahrenheit": "temperature", "kelvin": "temperature", "barrel": "volume",
    "metric_ton": "mass", "short_ton": "mass", "long_ton": "mass",
}
#: pint dimensionality (base dimension -> exponent, sorted) -> dimension name.
_PINT_DIMENSIONS = {
    (("[length]", 1),): "length", (("[length]", 2),): "area", (("[length]", 3),): "volume",
    (("[mass]", 1),): "mass", (("[time]", 1),): "duration",
    (("[length]", 1), ("[time]", -1)): "speed",
    (("[length]", 2), ("[mass]", 1), ("[time]", -2)): "energy",
    (("[length]", 2), ("[mass]", 1), ("[time]", -3)): "power",
}


def dimension(unit: str | None) -> str:
    """Return the dimension of a gold unit id: length, area, ..., rate, money, count, other.

    Args:
        unit: A canonical unit id (``kilometer``, ``USD``, ``barrel/day``, ``person``).

    Returns:
        The dimension name used by the unit-recall table.
    """
    if not unit:
        return "other"
    if unit in _FIXED_DIMENSIONS:
        return _FIXED_DIMENSIONS[unit]
    if unit.isupper() and len(unit) == 3:
        return "money"
    found = _pint_dimension(" / ".join(PINT_NAMES.get(part, part) for part in unit.split("/")))
    if found == "speed" or "/" not in unit:
        return found or "other"
    return "rate"


def _pint_dimension(unit: str) -> str | None:
    from ..quantities.normalize import registry

    try:
        dims = registry().parse_units(unit).dimensionality
    except Exception:  # an id pint does not know (e.g. "USD / barrel")
        return None
    return _PINT_DIMENSIONS.get(tuple(sorted(dict(dims).items())))


def unit_recall(golds: list[list[dict[str, Any]]],
                predicted: list[list[Prediction]]) -> list[dict[str, Any]]:
    """Return rows of unit recall by dimension of the gold unit, with two aggregates.

    Args:
        golds: Gold quantities per passage.
        predicted: wirecoder's predictions per passage.

    Returns:
        Rows ``{"dimension", "gold", "found", "recall"}``, dimensions then aggregates.
    """
    found: dict[str, list[int]] = {}
    for gold, preds in zip(golds, predicted, strict=True):
        pairs = dict(match(gold, preds))
        for gi, item in enumerate(gold):
            dim = dimension(item.get("unit"))
            pi = pairs.get(gi)
            ok = pi is not None and (preds[pi].unit or "") == (item.get("unit") or "")
            found.setdefault(dim, [0, 0])
            found[dim][0] += 1
            found[dim][1] += ok
    rows = [_recall_row(dim, *found[dim]) for dim in sorted(found)]
    for name, dims in (("news units", set(NEWS_DIMENSIONS)),
                       ("physical units", set(found) - _NON_PHYSICAL)):
        total = sum(found[d][0] for d in dims if d in found)
        hit = sum(found[d][1] for d in dims if d in found)
        rows.append(_recall_row(name, total, hit))
    return rows


def _recall_row(dim: str, total: int, hit: int) -> dict[str, Any]:
    return {"dimension": dim, "gold": total, "found": hit,
            "recall": round(hit / total, 3) if total else None}


def _ours(analysis: Any) -> list[Prediction]:
    if analysis is None:
        return []
    return [Prediction(q.start, q.end, q.value, q.value_high, q.unit, q.normalized_value,
                       q.normalized_unit, q.kind, q.about) for q in analysis.quantities]


def _peer(records: Sequence[dict[str, Any]]) -> list[list[Prediction]]:
    from quantulum3 import classifier, parser

    classifier.USE_CLF = False
    out = []
    for record in records:
        try:
            found = parser.parse(record["text"])
        except Exception:  # a peer failure on one passage counts as no output
            found = []
        out.append([p for p in (_peer_prediction(q) for q in found) if p is not None])
    return out


def _peer_unit(name: str) -> tuple[str, bool]:
    if " per " in name:
        top, _, bottom = name.partition(" per ")
        return f"{_PEER_UNITS.get(top, top)}/{_PEER_UNITS.get(bottom, bottom)}", True
    return _PEER_UNITS.get(name, name), False


def _peer_prediction(q: Any) -> Prediction | None:
    start, end = q.span
    unit, rate = _peer_unit(q.unit.name.lower())
    kind = "rate" if rate else _PEER_KINDS.get(q.unit.entity.name.lower(), "other")
    if unit == "percent":
        kind = "percent"
    value = float(q.value)
    norm, norm_unit = normalize(value, unit, kind)
    return Prediction(start, end, value, None, unit, norm, norm_unit, kind, None)


def _close(a: float | None, b: float | None, rel: float) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=rel, abs_tol=1e-9)


def about_ok(system: str | None, gold: str | None) -> bool:
    """Return True when ``system`` shares a content word with the gold ``about``."""
    words = {w for w in _WORD.findall((gold or "").lower()) if w not in _STOP}
    return bool(words & {w for w in _WORD.findall((system or "").lower()) if w not in _STOP})


def _row(name: str, golds: list[list[dict[str, Any]]],
         predicted: list[list[Prediction]]) -> dict[str, Any]:
    score = Score()
    counts = {"value_unit": 0, "normalized": 0, "kind": 0, "about": 0, "about_judged": 0}
    for gold, preds in zip(golds, predicted, strict=True):
        for gi, pi in tally(score, gold, preds):
            _judge(gold[gi], preds[pi], counts)
    matched = score.tp or 1
    row: dict[str, Any] = {"system": name, **{f"span_{k}": v for k, v in score.as_row().items()}}
    row.update({
        "value_unit_acc": round(counts["value_unit"] / matched, 3),
        "normalized_acc": round(counts["normalized"] / matched, 3),
        "kind_acc": round(counts["kind"] / matched, 3),
        "about_acc": (round(counts["about"] / counts["about_judged"], 3)
                      if name == "wirecoder" and counts["about_judged"] else None),
    })
    return row


def _judge(g: dict[str, Any], p: Prediction, counts: dict[str, int]) -> None:
    same_unit = (p.unit or "") == (g.get("unit") or "")
    if same_unit and _close(p.value, g.get("value"), 1e-6) and (
            g.get("value_high") is None or _close(p.value_high, g.get("value_high"), 1e-6)):
        counts["value_unit"] += 1
    if (p.normalized_unit or "") == (g.get("normalized_unit") or "") and _close(
            p.normalized_value, g.get("normalized_value"), 0.005):
        counts["normalized"] += 1
    counts["kind"] += p.kind == g.get("kind")
    if g.get("about"):
        counts["about_judged"] += 1
        counts["about"] += about_ok(p.about, g["about"])


def _misses(records: list[dict[str, Any]], golds: list[list[dict[str, Any]]],
            predicted: list[list[Prediction]], limit: int = 60) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for record, gold, preds in zip(records, golds, predicted, strict=True):
        pairs = match(gold, preds)
        hit_g = {gi for gi, _ in pairs}
        hit_p = {pi for _, pi in pairs}
        rows += [{"id": record["id"], "error": "missed", "text": g["text"], "unit": g.get("unit")}
                 for gi, g in enumerate(gold) if gi not in hit_g]
        rows += [{"id": record["id"], "error": "spurious", "text": record["text"][p.start:p.end],
                  "unit": p.unit} for pi, p in enumerate(preds) if pi not in hit_p]
        rows += [{"id": record["id"], "error": "value", "text": gold[gi]["text"],
                  "gold": f"{gold[gi].get('value')} {gold[gi].get('unit')}",
                  "system": f"{preds[pi].value} {preds[pi].unit}"} for gi, pi in pairs
                 if preds[pi].unit != gold[gi].get("unit")
                 or not _close(preds[pi].value, gold[gi].get("value"), 1e-6)]
    return rows[:limit]
