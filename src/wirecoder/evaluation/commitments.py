"""Scorer for the commitments gold sets (``data/gold/commitments/``).

A gold record is an article (``text``, ``published``) with its ``commitments``: the
quantity's offsets (``quantity_start`` / ``quantity_end``), ``kind`` (pledge or
fulfilment), ``status``, ``committer`` / ``counterparty`` codes, ``action``,
``object`` / ``object_class``, ``hedge``, ``conditional``, ``reported_by`` and ``pledge``
(a label shared by the reports of one tracked pledge, across articles).

Matching: a system commitment matches the gold commitment whose quantity span overlaps its
quantity (one-to-one, largest overlap first). The report gives detection precision /
recall / F1, the accuracy of each field over matched commitments (and their mean, the
*field accuracy*), and **linking** precision / recall over pairs of commitments: a system
pair is linked when the store's linker (:mod:`wirecoder.commitments.linking`, run over all
matched commitments with their articles' dates) puts both in one tracked pledge, a gold pair
when both carry the same ``pledge`` label.
"""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path
from typing import Any

from ..commitments.linking import Report as LinkReport
from ..commitments.linking import link
from ..settings import Settings
from .common import Report, Score, analyze_records, read_gold, tally

__all__ = ["FIELDS", "evaluate"]

#: Fields compared on matched commitments.
FIELDS = ("committer", "counterparty", "action", "object", "kind", "status", "hedge",
          "conditional", "reported_by")
_BUY = {"buy": "buy", "import": "buy", "purchase": "buy", "sell": "sell", "export": "sell"}
#: Hedges that say the same thing ("some $5 billion" = "about $5 billion").
_HEDGES = {"approximately": "about", "around": "about", "roughly": "about", "some": "about",
           "an estimated": "about", "estimated": "about", "over": "more than",
           "above": "more than", "in excess of": "more than"}


class _Span:
    """A system commitment seen through its quantity's span (for :func:`match`)."""

    def __init__(self, commitment: Any) -> None:
        self.commitment = commitment
        self.start = commitment.quantity.start
        self.end = commitment.quantity.end


def _gold_spans(gold: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{**g, "start": g["quantity_start"], "end": g["quantity_end"]} for g in gold]


def _code(entity: Any) -> str | None:
    return entity.country_code if entity is not None else None


def _words(text: str | None) -> set[str]:
    return {w.rstrip("s") for w in (text or "").lower().replace("-", " ").split()}


def _hedge(value: str | None) -> str | None:
    word = (value or "").lower().strip() or None
    return _HEDGES.get(word, word) if word else None


def _field_ok(name: str, gold: dict[str, Any], system: Any) -> bool:
    if name == "committer":
        return _code(system.committer) == gold.get("committer")
    if name == "counterparty":
        return bool(_code(system.counterparty) == gold.get("counterparty"))
    if name == "action":
        want = gold.get("action") or ""
        return bool(_BUY.get(system.action, system.action) == _BUY.get(want, want))
    if name == "object":
        wanted = _words(gold.get("object_class")) | _words(gold.get("object"))
        got = _words(system.object_class) | _words(system.object)
        return bool(wanted & got) or (not wanted and not got)
    if name == "kind":
        return bool(system.kind == gold.get("kind"))
    if name == "status":
        return bool(system.status_in_text == gold.get("status"))
    if name == "hedge":
        return _hedge(system.hedge) == _hedge(gold.get("hedge"))
    if name == "conditional":
        return bool(system.conditional) == bool(gold.get("conditional"))
    said = (gold.get("reported_by") or "").lower()
    got = system.reported_by
    if not said or got is None:
        return not said and got is None
    names = {got.entity_name.lower(), got.raw_text.lower()}
    return any(said in n or n in said for n in names)


def _link_report(system: Any, article: str, published: str | None) -> LinkReport:
    return LinkReport(committer=_code(system.committer), counterparty=_code(system.counterparty),
                      action_class=system.action_class, object_class=system.object_class,
                      article=article,
                      date=dt.date.fromisoformat(published[:10]) if published else None,
                      own_id=f"{article}/{system.id}")


def _link_scores(matched: list[tuple[dict[str, Any], Any, LinkReport]],
                 gold_labels: list[str]) -> tuple[Score, int]:
    """Return pair counts (tp: linked in both, fp: system only, fn: gold only).

    The system links matched commitments with the store's own linker
    (:func:`wirecoder.commitments.linking.link`).
    """
    score = Score()
    keys = link([report for _, _, report in matched])
    golds = [gold for gold, _, _ in matched]
    for (g1, k1), (g2, k2) in itertools.combinations(zip(golds, keys, strict=True), 2):
        gold_linked = bool(g1.get("pledge")) and g1.get("pledge") == g2.get("pledge")
        sys_linked = k1 == k2
        score.tp += gold_linked and sys_linked
        score.fp += sys_linked and not gold_linked
        score.fn += gold_linked and not sys_linked
    labels = [label for label in gold_labels if label]
    all_pairs = sum(labels.count(x) * (labels.count(x) - 1) // 2 for x in set(labels))
    return score, all_pairs


def evaluate(gold_path: Path, settings: Settings) -> Report:
    """Score the commitments stage on the gold file and return the report."""
    records = list(read_gold(gold_path))
    analyses = analyze_records(records, settings)
    detection = Score()
    correct = dict.fromkeys(FIELDS, 0)
    matched: list[tuple[dict[str, Any], Any, LinkReport]] = []
    misses: list[dict[str, Any]] = []
    for record, analysis in zip(records, analyses, strict=True):
        gold = _gold_spans(record.get("commitments", []))
        system = [_Span(c) for c in analysis.commitments]
        pairs = tally(detection, gold, system)
        for gi, si in pairs:
            commitment = system[si].commitment
            matched.append((gold[gi], commitment,
                            _link_report(commitment, record["id"], record.get("published"))))
            wrong = [f for f in FIELDS if not _field_ok(f, gold[gi], system[si].commitment)]
            for field in FIELDS:
                correct[field] += field not in wrong
            if wrong:
                misses.append({"id": record["id"], "quantity": gold[gi]["quantity_text"],
                               "wrong": ", ".join(wrong)})
        found = {pairs_gi for pairs_gi, _ in pairs}
        misses += [{"id": record["id"], "quantity": g["quantity_text"], "wrong": "missed"}
                   for i, g in enumerate(gold) if i not in found]
    links, gold_pairs = _link_scores(matched, [g.get("pledge") or "" for r in records
                                               for g in r.get("commitments", [])])
    n = len(matched)
    accuracy = {f: round(correct[f] / n, 3) if n else 0.0 for f in FIELDS}
    rows = [{"field": f, "accuracy": a} for f, a in accuracy.items()]
    link_recall = links.tp / gold_pairs if gold_pairs else 0.0
    headline: dict[str, float | int | str] = {
        "records": len(records), "gold": detection.tp + detection.fn,
        "system": detection.tp + detection.fp, "precision": round(detection.precision, 3),
        "recall": round(detection.recall, 3), "f1": round(detection.f1, 3), "matched": n,
        "field_accuracy": round(sum(accuracy.values()) / len(accuracy), 3),
        "link_precision": round(links.precision, 3), "link_recall": round(link_recall, 3),
        "gold_link_pairs": gold_pairs,
    }
    notes = ["Field accuracy is the mean of the per-field accuracies over matched "
             "commitments; link recall counts every gold pair, matched or not."]
    return Report(title=f"commitments: {gold_path} ({len(records)} articles)",
                  headline=headline, tables={"fields": rows, "misses": misses[:200]},
                  notes=notes)
