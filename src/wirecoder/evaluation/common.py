"""Shared pieces of the scorers: counts, reports, gold-file reading and system runs."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

__all__ = [
    "Peer",
    "Report",
    "Score",
    "analyze_records",
    "evaluate_spans",
    "match",
    "one_to_one",
    "overlaps",
    "read_gold",
    "run_systems",
    "tally",
]


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

    def count_matches(self, matched: int, gold: int, predicted: int) -> None:
        """Add one passage's counts: ``matched`` of ``gold`` items found by ``predicted`` ones.

        Args:
            matched: Gold items paired with a prediction (true positives).
            gold: Gold items of the passage.
            predicted: Predictions of the passage.
        """
        self.tp += matched
        self.fp += predicted - matched
        self.fn += gold - matched

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
    from ..io import read_jsonl_objects

    yield from read_jsonl_objects(path)


def analyze_records(records: list[dict[str, Any]], settings: Any) -> list[Any]:
    """Analyze the passages of gold ``records`` (id, text, published; title, url, source), in order.

    The document's title, address and publisher are passed on when the gold gives them, as a
    user's article records would: the actors stage reads the publisher of official documents.
    A month-only publication date ("2017-03", pages that give no day) is read as the first
    day of that month; a year alone gives no date.
    """
    from ..pipeline import analyze_many

    stories = [{"id": r["id"], "text": r["text"], "published": _day(r.get("published")),
                **{k: r[k] for k in ("title", "url") if r.get(k)},
                **({"source": r.get("source") or r["agency"]}
                   if r.get("source") or r.get("agency") else {})}
               for r in records]
    return list(analyze_many(stories, settings=settings))


def _day(published: Any) -> Any:
    """Return a full ISO date for a gold record's publication date (see analyze_records)."""
    if isinstance(published, str) and len(published) == 7 and published[4] == "-":
        return f"{published}-01"
    if isinstance(published, str) and len(published) == 4:
        return None
    return published


@dataclass(frozen=True)
class Peer:
    """A peer library scored next to wirecoder when it is installed.

    Attributes:
        module: Importable name of the library, also the name of its system row.
        run: Returns the peer's predictions, one list per gold record, in order.
        missing: Report note when the library is not installed.
        note: Report note when it is installed (None: no note).
    """

    module: str
    run: Callable[[list[dict[str, Any]]], list[list[Any]]]
    missing: str
    note: str | None = None


def run_systems(
    records: list[dict[str, Any]],
    settings: Any,
    ours: Callable[[Any], list[Any]],
    peer: Peer,
    report: Report,
) -> dict[str, list[list[Any]]]:
    """Run wirecoder and, when installed, the peer library on the gold records.

    Args:
        records: Gold records (fields id, text, published).
        settings: Run options of the wirecoder analysis.
        ours: Reduces one analysis (None for a passage with no output) to predictions.
        peer: The peer library; its note (or the missing note) is added to ``report``.
        report: The report being built.

    Returns:
        Predictions per record, by system name: ``wirecoder`` first, then the peer's.
    """
    analyses = {a.id: a for a in analyze_records(records, settings)}
    systems = {"wirecoder": [ours(analyses.get(r["id"])) for r in records]}
    if importlib.util.find_spec(peer.module) is not None:
        systems[peer.module] = peer.run(records)
        if peer.note:
            report.notes.append(peer.note)
    else:
        report.notes.append(peer.missing)
    return systems


def match(gold: Sequence[dict[str, Any]], predicted: Sequence[Any]) -> list[tuple[int, int]]:
    """Return one-to-one (gold index, prediction index) pairs, largest overlap first."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(predicted):
            size = min(g["end"], p.end) - max(g["start"], p.start)
            if size > 0:
                pairs.append((size, gi, pi))
    return sorted(one_to_one((gi, pi) for _, gi, pi
                             in sorted(pairs, key=lambda t: (-t[0], t[1], t[2]))))


def one_to_one(preferred: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pair greedily: keep each (gold, system) pair whose two sides are both still free.

    Args:
        preferred: Candidate (gold index, system index) pairs, best first.

    Returns:
        The kept pairs, in the order they were kept.
    """
    used_g: set[int] = set()
    used_s: set[int] = set()
    out = []
    for g, s in preferred:
        if g not in used_g and s not in used_s:
            used_g.add(g)
            used_s.add(s)
            out.append((g, s))
    return out


def tally(score: Score, gold: Sequence[dict[str, Any]],
          predicted: Sequence[Any]) -> list[tuple[int, int]]:
    """Match one passage's spans, add the counts to ``score`` and return the pairs.

    Args:
        score: Span counts, updated in place.
        gold: Gold items of the passage (``start``/``end`` keys).
        predicted: Predictions of the passage (``start``/``end`` attributes).

    Returns:
        The matched (gold index, prediction index) pairs, as :func:`match` gives them.
    """
    pairs = match(gold, predicted)
    score.count_matches(len(pairs), len(gold), len(predicted))
    return pairs


def scored_pairs(score: Score, golds: Sequence[Sequence[dict[str, Any]]],
                 predicted: Sequence[Sequence[Any]]) -> Iterator[tuple[dict[str, Any], Any]]:
    """Tally every passage into ``score``; yield its matched (gold item, prediction) pairs.

    Args:
        score: Span counts, updated in place as the passages are read.
        golds: Gold items, one list per passage.
        predicted: Predictions, one list per passage (same order as ``golds``).

    Yields:
        Each matched gold item with its prediction, passage by passage (see :func:`tally`).
    """
    for gold, preds in zip(golds, predicted, strict=True):
        for gi, pi in tally(score, gold, preds):
            yield gold[gi], preds[pi]


def span_row(name: str, score: Score) -> dict[str, Any]:
    """Return the start of a ``scores`` row: the system's name and its ``span_*`` counts."""
    return {"system": name, **{f"span_{k}": v for k, v in score.as_row().items()}}


def evaluate_spans(
    gold_path: Path,
    settings: Any,
    *,
    stage: str,
    gold_key: str,
    ours: Callable[[Any], list[Any]],
    peer: Peer,
    row: Callable[[str, list[list[dict[str, Any]]], list[list[Any]]], dict[str, Any]],
    misses: Callable[[list[dict[str, Any]], list[list[dict[str, Any]]], list[list[Any]]],
                     list[dict[str, Any]]],
    headline: Sequence[str],
    note: str,
) -> Report:
    """Score wirecoder and an optional peer on span-matched gold items.

    Args:
        gold_path: JSONL gold file, one passage per line.
        settings: Run options of the wirecoder analysis (stages already chosen).
        stage: Name of the stage, the start of the report title.
        gold_key: Field of a gold record that lists its items.
        ours: Reduces one analysis (or None) to predictions.
        peer: The peer library scored next to wirecoder when installed.
        row: Builds one ``scores`` row from a system name, golds and predictions.
        misses: Builds the ``misses`` table from records, golds and wirecoder's predictions.
        headline: Keys of wirecoder's row that make the headline.
        note: Last report note.

    Returns:
        The report: tables ``scores`` (one row per system) and ``misses``.
    """
    records = list(read_gold(gold_path))
    report = Report(title=f"{stage}: {gold_path} ({len(records)} passages)")
    systems = run_systems(records, settings, ours, peer, report)
    golds = [r.get(gold_key, []) for r in records]
    rows = [row(name, golds, predicted) for name, predicted in systems.items()]
    report.tables["scores"] = rows
    report.tables["misses"] = misses(records, golds, systems["wirecoder"])
    report.headline = {k: rows[0][k] for k in headline}
    report.notes.append(note)
    return report
