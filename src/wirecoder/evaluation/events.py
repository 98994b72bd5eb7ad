"""Scorer for the events gold sets (``data/gold/events/dev.jsonl``, ``data/gold/test/``).

A gold record holds a passage (``text``: one sentence in the dev sets, a whole document in
the sealed test set), its publication date and the events a person annotated
(``event_type``, ``mode``, ``context``, ``actor`` / ``recipient`` codes with their texts,
``trigger``, ``negated``, ``future``, ``hypothetical``). Whole-document records also give
``sentence_start`` / ``sentence_end`` (the sentence that states the event) and
``trigger_start`` / ``trigger_end``.

Matching: a system event matches a gold event of the same ``event_type`` in the same
sentence (the record itself for one-sentence records; for documents, the system event's
span must overlap the gold sentence), greedy and one-to-one, a system event whose trigger
overlaps the gold trigger first. The report gives:

* per-category precision / recall / F1, micro F1, and macro F1 over the categories that
  occur in the gold or the system output (and over all 16, counting absent ones as 0);
* actor and recipient accuracy over matched events (the sets of country codes are equal);
* mode accuracy and auxiliary-flag accuracy over matched events;
* a confusion matrix of gold type vs system type: matched pairs; unmatched gold and system
  events of the same record paired by trigger overlap, else in text order; the rest
  against ``NONE``;
* **dyad** precision / recall / F1: an event counts only when type, sentence, actor codes
  and recipient codes are all right (its own one-to-one matching on all four), the measure
  an analyst reading a ``dyad`` row cares about;
* a list of errors for development.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from ..codebook import CATEGORIES
from ..settings import Settings
from .common import Report, Score, analyze_records, overlaps, read_gold

__all__ = ["evaluate", "match_events"]

_FLAGS = ("negated", "future", "hypothetical")


def _gold_span(text: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    trigger = gold.get("trigger") or ""
    for start, end in (("trigger_start", "trigger_end"), ("start", "end")):
        if start in gold and end in gold:
            return int(gold[start]), int(gold[end])
    at = text.find(trigger) if trigger else -1
    return (at, at + len(trigger)) if at >= 0 else None


def _codes(entities: Any) -> set[str]:
    return {e.country_code for e in entities if getattr(e, "country_code", None)}


def _overlap(span: tuple[int, int] | None, event: Any) -> bool:
    return span is not None and overlaps(span[0], span[1], event.start, event.end)


def _same_sentence(gold: dict[str, Any], event: Any) -> bool:
    """Return True when the system event lies in the gold event's sentence.

    One-sentence records carry no sentence offsets: every event of the record is in it.
    """
    if "sentence_start" not in gold or "sentence_end" not in gold:
        return True
    return overlaps(int(gold["sentence_start"]), int(gold["sentence_end"]),
                    event.start, event.end)


def _dyad_ok(gold: dict[str, Any], event: Any) -> bool:
    return (_codes(event.actor) == set(gold.get("actor") or [])
            and _codes(event.recipient) == set(gold.get("recipient") or []))


def match_events(text: str, golds: list[dict[str, Any]], system: list[Any], *,
                 dyad: bool = False) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Greedily pair gold and system events of the same type and sentence.

    Args:
        text: The record's text.
        golds: Gold events of the record.
        system: System events of the record.
        dyad: Also require equal actor and recipient codes (the dyad measure).

    Returns:
        The matched (gold index, system index) pairs, unmatched gold and system indices;
        pairs whose trigger spans overlap are taken first.
    """
    spans = [_gold_span(text, g) for g in golds]
    free = set(range(len(system)))
    pairs: list[tuple[int, int]] = []
    for prefer_overlap in (True, False):
        for gi, gold in enumerate(golds):
            if any(p[0] == gi for p in pairs):
                continue
            for si in sorted(free):
                event = system[si]
                if event.event_type != gold.get("event_type"):
                    continue
                if not _same_sentence(gold, event) or (dyad and not _dyad_ok(gold, event)):
                    continue
                if prefer_overlap and not _overlap(spans[gi], event):
                    continue
                pairs.append((gi, si))
                free.discard(si)
                break
    matched_gold = {p[0] for p in pairs}
    return pairs, [i for i in range(len(golds)) if i not in matched_gold], sorted(free)


def _confusion_pairs(text: str, golds: list[dict[str, Any]], system: list[Any],
                     lost: list[int], extra: list[int]) -> list[tuple[str, str]]:
    out = []
    extra = list(extra)
    for gi in lost:
        span = _gold_span(text, golds[gi])
        pick = next((si for si in extra if _overlap(span, system[si])), None)
        if pick is None and extra:
            pick = extra[0]
        if pick is None:
            out.append((golds[gi]["event_type"], "NONE"))
        else:
            extra.remove(pick)
            out.append((golds[gi]["event_type"], system[pick].event_type))
    out.extend(("NONE", system[si].event_type) for si in extra)
    return out


class _Tally:
    """Accumulates the counts of one evaluation run."""

    def __init__(self) -> None:
        self.per_type: dict[str, Score] = defaultdict(Score)
        self.fields: Counter[str] = Counter()
        self.confusion: dict[str, Counter[str]] = defaultdict(Counter)
        self.errors: list[dict[str, Any]] = []
        self.dyad = Score()

    def add(self, record: dict[str, Any], system: list[Any]) -> None:
        golds = [g for g in record.get("events", []) if g.get("event_type")]
        text = record["text"]
        dyad_pairs, _, _ = match_events(text, golds, system, dyad=True)
        self.dyad.count_matches(len(dyad_pairs), len(golds), len(system))
        pairs, lost, extra = match_events(text, golds, system)
        for gi, si in pairs:
            self.per_type[golds[gi]["event_type"]].tp += 1
            self.confusion[golds[gi]["event_type"]][golds[gi]["event_type"]] += 1
            self._fields(record, golds[gi], system[si])
        for gi in lost:
            self.per_type[golds[gi]["event_type"]].fn += 1
        for si in extra:
            self.per_type[system[si].event_type].fp += 1
        for gold_type, sys_type in _confusion_pairs(text, golds, system, lost, extra):
            self.confusion[gold_type][sys_type] += 1
        if lost or extra:
            self.errors.append({
                "id": record.get("id"), "text": text[:160],
                "missed": [f"{golds[i]['event_type']}:{golds[i].get('trigger')}" for i in lost],
                "spurious": [f"{system[i].event_type}:{system[i].event_text}" for i in extra],
            })

    def _fields(self, record: dict[str, Any], gold: dict[str, Any], event: Any) -> None:
        self.fields["matched"] += 1
        actor_ok = _codes(event.actor) == set(gold.get("actor") or [])
        recipient_ok = _codes(event.recipient) == set(gold.get("recipient") or [])
        self.fields["actor_and_recipient"] += actor_ok and recipient_ok
        self.fields["actor"] += actor_ok
        self.fields["recipient"] += recipient_ok
        self.fields["mode"] += (event.mode or None) == (gold.get("mode") or None)
        for flag in _FLAGS:
            self.fields[flag] += bool(getattr(event, flag)) == bool(gold.get(flag))
        if not (actor_ok and recipient_ok):
            self.errors.append({
                "id": record.get("id"), "text": record["text"][:160],
                "type": gold["event_type"],
                "actor": f"gold {sorted(gold.get('actor') or [])} "
                         f"sys {sorted(_codes(event.actor))}",
                "recipient": f"gold {sorted(gold.get('recipient') or [])} "
                             f"sys {sorted(_codes(event.recipient))}",
            })


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def _report(tally: _Tally, n_records: int) -> Report:
    rows: list[dict[str, Any]] = []
    total = Score()
    for category in CATEGORIES:
        score = tally.per_type.get(category, Score())
        total.tp, total.fp, total.fn = total.tp + score.tp, total.fp + score.fp, total.fn + score.fn
        rows.append({"category": category, **score.as_row()})
    active = [r for r in rows if r["tp"] + r["fp"] + r["fn"]]
    macro = sum(r["f1"] for r in active) / len(active) if active else 0.0
    matched = tally.fields["matched"]
    headline: dict[str, float | int | str] = {
        "records": n_records, "gold_events": total.tp + total.fn,
        "system_events": total.tp + total.fp, "micro_f1": round(total.f1, 3),
        "micro_precision": round(total.precision, 3), "micro_recall": round(total.recall, 3),
        "macro_f1": round(macro, 3), "macro_f1_all16": round(sum(r["f1"] for r in rows) / 16, 3),
        "categories_scored": len(active), "matched": matched,
        "actor_accuracy": _ratio(tally.fields["actor"], matched),
        "recipient_accuracy": _ratio(tally.fields["recipient"], matched),
        "mode_accuracy": _ratio(tally.fields["mode"], matched),
        "dyad_f1": round(tally.dyad.f1, 3), "dyad_precision": round(tally.dyad.precision, 3),
        "dyad_recall": round(tally.dyad.recall, 3),
        "actor_and_recipient_accuracy": _ratio(tally.fields["actor_and_recipient"], matched),
    }
    headline.update({f"{f}_accuracy": _ratio(tally.fields[f], matched) for f in _FLAGS})
    labels = [*CATEGORIES, "NONE"]
    confusion = [{"gold": g, **{s: tally.confusion[g][s] for s in labels if tally.confusion[g][s]}}
                 for g in labels if tally.confusion.get(g)]
    notes = ["micro/macro F1 count type + sentence only; dyad_f1 counts an event only when "
             "type, sentence, actor codes and recipient codes are all right.",
             "macro_f1 averages the categories present in gold or system output; "
             "macro_f1_all16 counts absent categories as 0."]
    return Report(title="PLOVER events", headline=headline,
                  tables={"per_category": rows, "confusion": confusion,
                          "errors": tally.errors[:200]}, notes=notes)


def evaluate(gold_path: Path, settings: Settings) -> Report:
    """Score the events stage on the gold file and return the report."""
    records = list(read_gold(gold_path))
    analyses = analyze_records(records, settings)
    tally = _Tally()
    for record, analysis in zip(records, analyses, strict=True):
        tally.add(record, list(analysis.events))
    return _report(tally, len(records))
