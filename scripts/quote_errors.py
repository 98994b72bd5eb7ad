"""Dump the quotes stage's output on open gold sets and sort its errors by class.

Usage::

    python scripts/quote_errors.py run OUT.json [SET ...]   # run the stage, store predictions
    python scripts/quote_errors.py classes OUT.json         # count precision errors by class
    python scripts/quote_errors.py show OUT.json CLASS      # print the errors of one class
    python scripts/quote_errors.py diff OLD.json NEW.json   # quotes that changed
    python scripts/quote_errors.py speakers OUT.json [CLS]  # speaker accuracy by gold class

A SET is a development split name (``dev``, ``dev2`` … ``dev27``) or a path to a gold JSONL
file that is not sealed (``/work/wt/qt_read26.jsonl``). Never pass a CHECK file or a sealed set:
this script prints errors. ``dev28`` (quotes ``test24``) is refused: half of it is round 26's
CHECK part ``qt_check26``, the other half the READ part ``qt_read26.jsonl``.

Precision classes (a system quote that matched no gold quote):

- ``nested``: it overlaps a gold quote that another system quote matched (a duplicate,
  most often a partial quote inside a reported clause the gold gives once, or the other way);
- ``boundary``: it overlaps a gold quote left unmatched (cannot happen with one-to-one
  overlap matching, kept for safety) or lies within a sentence holding a gold quote it does
  not overlap, and shares its cue with a matched quote (a span cut in two);
- ``spurious``: it overlaps no gold quote (a cue or a quotation the gold does not annotate).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from wirecoder.evaluation import default_gold
from wirecoder.evaluation.common import analyze_records, read_gold
from wirecoder.evaluation.quotes import Prediction, gold_quote, match, speaker_class, speaker_ok
from wirecoder.evaluation.sealed import sealed_path
from wirecoder.settings import Settings

DEV_SETS = ["dev", "dev2", "dev3", *(f"dev{n}" for n in range(4, 28))]
#: Refused by name (split name or file stem): round 26's quotes CHECK source ``dev28`` (file
#: ``test24``) and the sealed or later quotes test sets ``test25`` and ``test26``.
_REFUSED = ("dev28", "test24", "test25", "test26")


def _path(name: str) -> Path:
    refused = "check" in Path(name).name or Path(name).stem in _REFUSED
    path = Path(name) if refused or name.endswith(".jsonl") else default_gold("quotes", name)
    if refused or path.stem in _REFUSED or sealed_path(path, Path("data/gold")):
        raise SystemExit(
            f"refused: {path} is a CHECK or sealed set, whose errors may not be read. Pass READ "
            "(/work/wt/qt_read26.jsonl) or a dev split (dev ... dev27) instead; score CHECK "
            "headline only with `wirecoder eval quotes /work/wt/qt_check26.jsonl -f json`.")
    return path


def run(out: str, names: list[str]) -> None:
    """Run the entities and quotes stages on each set and store predictions with gold."""
    settings = Settings().model_copy(update={"stages": ("entities", "quotes")})
    result: dict[str, Any] = {}
    for name in names or ["/work/wt/qt_read26.jsonl", *DEV_SETS]:
        records = list(read_gold(_path(name)))
        analyses = {a.id: a for a in analyze_records(records, settings)}
        rows = []
        for record in records:
            analysis = analyses.get(record["id"])
            quotes = analysis.quotes if analysis is not None else []
            rows.append({
                "id": record["id"], "text": record["text"],
                "gold": [gold_quote(q, record["text"]) for q in record.get("quotes", ())],
                "pred": [{"start": q.start, "end": q.end, "kind": q.kind, "cue": q.cue,
                          "cue_start": q.cue_start,
                          "speaker": q.speaker.entity_name if q.speaker else None,
                          "speaker_text": q.speaker.raw_text if q.speaker else None,
                          "speaker_start": q.speaker.start if q.speaker else None,
                          "speaker_end": q.speaker.end if q.speaker else None}
                         for q in quotes],
            })
        result[name] = rows
        print(name, len(rows), file=sys.stderr)
    Path(out).write_text(json.dumps(result))


def _preds(row: dict[str, Any]) -> list[Prediction]:
    return [Prediction(p["start"], p["end"], p["kind"], p["speaker"], p["speaker_text"],
                       p["speaker_start"], p["speaker_end"]) for p in row["pred"]]


def errors(data: dict[str, Any]) -> list[dict[str, Any]]:
    """Return every error: spurious/nested/boundary (precision), missed, speaker."""
    found = []
    for name, rows in data.items():
        for row in rows:
            gold, preds = row["gold"], _preds(row)
            pairs = match(gold, preds)
            by_pred = {p: g for g, p in pairs}
            by_gold = {g: p for g, p in pairs}
            text = row["text"]
            for p_index, pred in enumerate(row["pred"]):
                if p_index in by_pred:
                    continue
                over = [g for g, item in enumerate(gold)
                        if item["start"] < pred["end"] and pred["start"] < item["end"]]
                cls = "spurious"
                if over:
                    cls = "nested" if all(g in by_gold for g in over) else "boundary"
                    if cls == "nested":
                        partner = row["pred"][by_gold[over[0]]]
                        if partner["cue_start"] == pred["cue_start"] and partner["kind"] == \
                                pred["kind"]:
                            cls = "boundary"
                found.append({"set": name, "id": row["id"], "class": cls, **pred,
                              "text": text[pred["start"]:pred["end"]],
                              "context": text[max(0, pred["start"] - 200):pred["end"] + 120],
                              "gold_over": [gold[g]["kind"] + ": " + text[gold[g]["start"]:
                                                                           gold[g]["end"]]
                                            for g in over]})
            for g_index, item in enumerate(gold):
                if g_index not in by_gold:
                    found.append({"set": name, "id": row["id"], "class": "missed",
                                  "kind": item["kind"], "text": text[item["start"]:item["end"]],
                                  "context": text[max(0, item["start"] - 200):item["end"] + 120],
                                  "speaker": item["speaker"] or item["speaker_text"]})
                elif (item["speaker"] or item["speaker_text"]) and not speaker_ok(
                        item, preds[by_gold[g_index]]):
                    pred = row["pred"][by_gold[g_index]]
                    found.append({"set": name, "id": row["id"], "class": "speaker",
                                  "kind": item["kind"], "speaker_class": speaker_class(item),
                                  "gold_text": item["speaker_text"],
                                  "text": text[item["start"]:item["end"]],
                                  "context": text[max(0, item["start"] - 200):item["end"] + 80],
                                  "speaker": f"{pred['speaker']} / gold "
                                             f"{item['speaker'] or item['speaker_text']}"})
    return found


def classes(path: str) -> None:
    """Print error counts by class and set."""
    data = json.loads(Path(path).read_text())
    found = errors(data)
    names = list(data)
    kinds = ["spurious", "nested", "boundary", "missed", "speaker"]
    print("set".ljust(28), *(k[:8].rjust(9) for k in kinds), "P".rjust(6), "R".rjust(6))
    totals = dict.fromkeys(kinds, 0)
    for name in names:
        counts = {k: sum(1 for e in found if e["set"] == name and e["class"] == k) for k in kinds}
        for k in kinds:
            totals[k] += counts[k]
        pred = sum(len(r["pred"]) for r in data[name])
        gold = sum(len(r["gold"]) for r in data[name])
        fp = counts["spurious"] + counts["nested"] + counts["boundary"]
        p = (pred - fp) / pred if pred else 0
        r = (gold - counts["missed"]) / gold if gold else 0
        print(Path(name).stem.ljust(28), *(str(counts[k]).rjust(9) for k in kinds),
              f"{p:6.3f}", f"{r:6.3f}")
    print("total".ljust(28), *(str(totals[k]).rjust(9) for k in kinds))


def show(path: str, cls: str) -> None:
    """Print the errors of one class with their context."""
    for error in errors(json.loads(Path(path).read_text())):
        if error["class"] == cls:
            context = error["context"].replace("\n", " / ")
            print(f"[{Path(error['set']).stem} {error['id']}] {error.get('kind')} "
                  f"cue={error.get('cue')!r} spk={error.get('speaker')!r}")
            print(f"   TEXT: {error['text'][:300]!r}")
            if error.get("gold_over"):
                print(f"   GOLD: {error['gold_over']}")
            print(f"   CTX: {context}")
            print()


def speakers(path: str, cls: str | None = None) -> None:
    """Print speaker accuracy by gold speaker class, then the errors (of one class)."""
    data = json.loads(Path(path).read_text())
    right: dict[str, int] = {}
    total: dict[str, int] = {}
    for rows in data.values():
        for row in rows:
            gold, preds = row["gold"], _preds(row)
            for g, p in match(gold, preds):
                if gold[g]["speaker"] or gold[g]["speaker_text"]:
                    name = speaker_class(gold[g])
                    total[name] = total.get(name, 0) + 1
                    right[name] = right.get(name, 0) + speaker_ok(gold[g], preds[p])
    for name in sorted(total):
        print(f"{name:14} {right[name]:5} / {total[name]:5}  {right[name] / total[name]:.3f}")
    print(f"{'all':14} {sum(right.values()):5} / {sum(total.values()):5}")
    for error in errors(data):
        if error["class"] == "speaker" and cls in (None, error["speaker_class"]):
            context = error["context"].replace("\n", " / ")
            print(f"[{Path(error['set']).stem} {error['id']}] {error['speaker_class']} "
                  f"{error['speaker']!r} (gold text {error['gold_text']!r})")
            print(f"   CTX: {context}")
            print()


def diff(old: str, new: str) -> None:
    """Print the system quotes present in one run and not the other."""
    a, b = json.loads(Path(old).read_text()), json.loads(Path(new).read_text())
    for name in a:
        for row_a, row_b in zip(a[name], b.get(name, []), strict=False):
            key = ("start", "end", "kind", "speaker")
            qa = {tuple(p[k] for k in key) for p in row_a["pred"]}
            qb = {tuple(p[k] for k in key) for p in row_b["pred"]}
            for tag, items in (("-", qa - qb), ("+", qb - qa)):
                for start, end, kind, speaker in sorted(items):
                    print(f"{tag} [{Path(name).stem} {row_a['id']}] {kind} {speaker!r}: "
                          f"{row_a['text'][start:end][:160]!r}")


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "run":
        run(args[0], args[1:])
    elif command == "classes":
        classes(args[0])
    elif command == "show":
        show(args[0], args[1])
    elif command == "diff":
        diff(args[0], args[1])
    elif command == "speakers":
        speakers(args[0], args[1] if len(args) > 1 else None)
