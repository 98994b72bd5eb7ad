"""Shared pieces of the scorers: counts, reports and gold-file reading."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError

__all__ = ["Report", "Score", "analyze_records", "overlaps", "read_gold"]


@dataclass
class Score:
    """True positives, false positives and false negatives of one field or class."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Share of predictions that are right."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Share of gold items found."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_row(self) -> dict[str, float | int]:
        """Return the counts and ratios as a flat dict."""
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 3),
                "recall": round(self.recall, 3), "f1": round(self.f1, 3)}


@dataclass
class Report:
    """The result of one evaluation: named tables of rows plus headline figures."""

    title: str
    headline: dict[str, float | int | str] = field(default_factory=dict)
    tables: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        """Return the report as JSON-compatible data."""
        return {"title": self.title, "headline": self.headline, "tables": self.tables,
                "notes": self.notes}


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Return True when two character spans share at least one character."""
    return a_start < b_end and b_start < a_end


def read_gold(path: str | Path) -> Iterator[dict[str, Any]]:
    """Yield the records of a gold JSONL file.

    Raises:
        InputError: naming the line, for a line that is not a JSON object.
    """
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError("W005", line=f"{path}:{number}", detail=exc.msg) from None
            if not isinstance(record, dict):
                raise InputError("W005", line=f"{path}:{number}", detail="not an object")
            yield record


def analyze_records(records: list[dict[str, Any]], settings: Any) -> list[Any]:
    """Analyze the passages of gold ``records`` (fields id, text, published), in order."""
    from ..pipeline import analyze_many

    stories = [{"id": r["id"], "text": r["text"], "published": r.get("published")}
               for r in records]
    return list(analyze_many(stories, settings=settings))
