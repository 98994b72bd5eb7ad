"""Train the learned event trigger/type model and measure it by leave-one-set-out CV.

Run from the repository root (needs scikit-learn, which analysis itself does not)::

    python scripts/train_event_model.py --cv --out src/wirecoder/data/events/type_model.json.gz

* ``--cv`` measures rules-only vs each use of the model (``hybrid``: drops and additions;
  ``drop_only``, the ``filter`` mode; ``add_only``) on each development fold (see
  ``wirecoder.events.model_data.FOLDS``; ``--held`` names the folds held out) with a model
  trained on the other folds; the thresholds of each use are chosen inside those training
  folds only (inner leave-one-fold-out, or ``--inner N`` groups of folds), never on the fold
  scored. ``--baseline FILE`` adds a fixed model's ``filter`` and ``hybrid`` figures (e.g. the
  weights shipped before). Pooled figures, and each fold's, follow the rows.
* ``--out`` trains on every fold (thresholds chosen by the same inner cross-validation)
  and writes the weights, the thresholds of each use (``meta.uses``) and this command into
  the model file; the sha256 it prints is recorded in ``docs/events.md``. The same data
  and code give the same bytes (fixed solver, no randomness, weights rounded to 5 decimals).
* ``--score FOLD=FILE`` scores an extra gold file (e.g. a fresh set) with rules and with the
  model of ``--out`` (or the shipped one) before anything is trained on it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from scipy.sparse import csr_matrix
from sklearn.linear_model import LogisticRegression

from wirecoder.evaluation.events import _report, _Tally
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.model_data import (
    FOLDS,
    Example,
    Passage,
    evaluate_passages,
    examples,
    load_folds,
    parse_passages,
)
from wirecoder.events.stage import extract
from wirecoder.events.type_model import VECTOR_PREFIX
from wirecoder.learned import LinearModel
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

#: Hybrid thresholds tried (add: best category probability; drop: probability of NONE).
ADD_GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 1.01)
DROP_GRID = (0.8, 0.85, 0.9, 0.95, 0.98, 1.01)
#: Regularisation strength of the logistic regression, and feature count floor.
C = 0.5
MIN_COUNT = 2
#: Feature prefixes left out of training (``--drop-features``), and class weighting.
OPTIONS: dict[str, Any] = {"drop": (), "class_weight": None, "vectors": False, "inner": 0}
#: The folds of the older union (the text read before round 9; spot checks aside).
OLDER_UNION = ("dev", "dev2", "dev3", "dev4-11", "dev12-13", "blind12-17")
_ADDED = re.compile(r"model:added p=([0-9.]+)")
_PNONE = re.compile(r"model:p_none=([0-9.]+)")


def fit(train: Sequence[Example], meta: dict[str, Any] | None = None) -> LinearModel:
    """Fit the multinomial logistic regression on ``train`` (deterministic)."""
    drop = tuple(OPTIONS["drop"])
    counts = Counter(f for ex in train for f in set(ex.features)
                     if not (drop and f.startswith(drop)))
    names = sorted(f for f, n in counts.items() if n >= MIN_COUNT)
    column = {f: i for i, f in enumerate(names)}
    rows, cols = [], []
    for r, ex in enumerate(train):
        for c in sorted({column[f] for f in ex.features if f in column}):
            rows.append(r)
            cols.append(c)
    values = [1.0] * len(rows)
    width = len(train[0].vector) if train and OPTIONS["vectors"] else 0
    for r, ex in enumerate(train):
        for k, v in enumerate(ex.vector[:width]):
            rows.append(r)
            cols.append(len(names) + k)
            values.append(v)
    names += [f"{VECTOR_PREFIX}{k}" for k in range(width)]
    x = csr_matrix((values, (rows, cols)), shape=(len(train), len(names)))
    y = [ex.label for ex in train]
    clf = LogisticRegression(C=C, max_iter=300, solver="lbfgs", tol=1e-3,
                             class_weight=OPTIONS["class_weight"])
    clf.fit(x, y)
    return LinearModel.from_matrix([str(c) for c in clf.classes_], names, clf.coef_,
                                   clf.intercept_, meta)


def _hybrid_settings(model: LinearModel, add: float, drop: float, folder: Path,
                     tag: str) -> Settings:
    path = folder / f"{tag}-{add}-{drop}.json.gz"
    LinearModel(model.labels, _weights(model), model._bias.tolist(),
                {**model.meta, "add_threshold": add, "drop_threshold": drop}).save(path)
    return Settings(event_model="hybrid", event_model_file=path)


def _weights(model: LinearModel) -> dict[str, list[float]]:
    return {name: model._weights[i].tolist() for name, i in model._index.items()}


def _annotated(passages: Sequence[Passage], settings: Settings) -> list[list[Any]]:
    out = []
    for p in passages:
        ctx = StageContext(story=p.story, settings=settings, results=p.results)
        out.append(list(extract(p.doc, ctx)))
    return out


def _filtered(events: list[Any], add: float, drop: float) -> list[Any]:
    kept = []
    for e in events:
        added = _ADDED.search(e.why or "")
        if added and float(added.group(1)) < add:
            continue
        p_none = _PNONE.search(e.why or "")
        if p_none and not added and float(p_none.group(1)) >= drop:
            continue
        kept.append(e)
    return kept


def _objective(headline: dict[str, Any]) -> float:
    return float(headline["micro_f1"]) + float(headline["dyad_f1"])


#: The uses of the model whose thresholds are chosen and scored separately: both, the
#: precision filter alone (no additions) and the additions alone (no drops).
USES: dict[str, tuple[tuple[float, ...], tuple[float, ...]]] = {
    "hybrid": (ADD_GRID, DROP_GRID), "drop_only": ((1.01,), DROP_GRID),
    "add_only": (ADD_GRID, (1.01,))}


def choose_thresholds(passages: Sequence[Passage], exs: Sequence[Example],
                      folder: Path, tag: str) -> tuple[float, float, dict[str, Any]]:
    """Pick (add, drop) by inner leave-one-fold-out over the folds of ``passages``."""
    chosen = choose_uses(passages, exs, folder, tag)
    add, drop, value = chosen["hybrid"]
    return add, drop, {"inner_folds": sorted({p.fold for p in passages}),
                       "inner_objective": round(value, 4),
                       "uses": {use: {"add_threshold": a, "drop_threshold": d,
                                      "inner_objective": round(v, 4)}
                                for use, (a, d, v) in chosen.items()}}


def choose_uses(passages: Sequence[Passage], exs: Sequence[Example], folder: Path,
                tag: str) -> dict[str, tuple[float, float, float]]:
    """(add, drop, inner objective) of each use of :data:`USES`, by inner leave-one-fold-out."""
    groups = inner_groups(sorted({p.fold for p in passages}), int(OPTIONS["inner"]))
    runs: list[tuple[dict[str, Any], list[Any]]] = []
    for k, inner in enumerate(groups):
        train = [e for e in exs if passages[e.passage].fold not in inner]
        model = fit(train)
        settings = _hybrid_settings(model, min(ADD_GRID), 1.01, folder, f"{tag}-in-{k}")
        held = [p for p in passages if p.fold in inner]
        runs.extend(zip([p.record for p in held], _annotated(held, settings), strict=True))
    values: dict[tuple[float, float], float] = {}
    for add in ADD_GRID:
        for drop in DROP_GRID:
            tally = _Tally()
            for record, events in runs:
                tally.add(record, _filtered(events, add, drop))
            values[(add, drop)] = _objective(_report(tally, len(runs)).headline)
    chosen = {}
    for use, (adds, drops) in USES.items():
        best: tuple[float, float, float] | None = None
        for add in adds:
            for drop in drops:
                if best is None or values[(add, drop)] > best[2] + 1e-9:
                    best = (add, drop, values[(add, drop)])
        assert best is not None
        chosen[use] = best
    return chosen


def inner_groups(folds: Sequence[str], limit: int) -> list[set[str]]:
    """The inner folds of the threshold choice: each fold alone, or ``limit`` merged groups.

    With ``limit`` (``--inner``, 0 = every fold alone) the folds are dealt round-robin into
    that many groups, so that the choice costs ``limit`` fits instead of one per fold.
    """
    if limit <= 0 or limit >= len(folds):
        return [{f} for f in folds]
    return [set(folds[k::limit]) for k in range(limit)]


def cross_validate(passages: Sequence[Passage], exs: Sequence[Example], folder: Path,
                   held_out: Sequence[str] | None = None,
                   baseline: Path | None = None) -> list[dict[str, Any]]:
    """Rules-only vs each use of the model per held-out fold.

    The model and the thresholds of each use come from the other folds. ``held_out`` limits
    the folds held out (every fold still trains the others' models); with ``baseline`` the
    row also scores that fixed model file (e.g. the shipped weights) as ``old_filter`` and
    ``old_hybrid``.
    """
    rows = []
    for fold in sorted({p.fold for p in passages}):
        if held_out and fold not in held_out:
            continue
        train_passages = [p for p in passages if p.fold != fold]
        keep = {id(p) for p in train_passages}
        remap = {n: k for k, n in enumerate(i for i, p in enumerate(passages) if id(p) in keep)}
        train = [Example(remap[e.passage], e.features, e.label) for e in exs
                 if e.passage in remap]
        chosen = choose_uses(train_passages, train, folder, f"cv-{fold}")
        model = fit(train)
        held = [p for p in passages if p.fold == fold]
        rules = evaluate_passages(held, Settings(event_model="rules")).headline
        row: dict[str, Any] = {"fold": fold, "records": len(held),
                               "gold": rules["gold_events"], "rules": _short(rules)}
        for use, (add, drop, value) in chosen.items():
            head = evaluate_passages(held, _hybrid_settings(
                model, add, drop, folder, f"cv-{fold}-{use}")).headline
            row[use] = {"add": add, "drop": drop, "inner_objective": round(value, 4),
                        **_short(head)}
        if baseline is not None:
            for mode in ("filter", "hybrid"):
                row[f"old_{mode}"] = _short(evaluate_passages(held, Settings(
                    event_model=mode, event_model_file=baseline)).headline)
        print(json.dumps(row), file=sys.stderr)
        rows.append(row)
    return rows


def pooled(rows: Sequence[dict[str, Any]], folds: Sequence[str] | None = None,
           ) -> dict[str, dict[str, float]]:
    """Micro P/R/F1 (and the gold-weighted dyad F1) of each use, pooled over CV rows."""
    out = {}
    picked = [r for r in rows if folds is None or r["fold"] in folds]
    for use in ("rules", *USES, "old_filter", "old_hybrid"):
        if not picked or use not in picked[0]:
            continue
        gold = sum(r["gold"] for r in picked)
        system = sum(r[use]["system_events"] for r in picked)
        tp = sum(r[use]["micro_recall"] * r["gold"] for r in picked)
        p, rec = tp / max(system, 1), tp / max(gold, 1)
        dyad = sum(r[use]["dyad_recall"] * r["gold"] for r in picked)
        dp, dr = dyad / max(system, 1), dyad / max(gold, 1)
        out[use] = {"P": round(p, 3), "R": round(rec, 3),
                    "F1": round(2 * p * rec / max(p + rec, 1e-9), 3),
                    "dyad_F1": round(2 * dp * dr / max(dp + dr, 1e-9), 3),
                    "system": system, "gold": gold}
    return out


def _short(h: dict[str, Any]) -> dict[str, Any]:
    return {k: h[k] for k in ("micro_f1", "micro_precision", "micro_recall", "dyad_f1",
                              "dyad_recall", "system_events")}


def main(argv: Sequence[str] | None = None) -> int:
    """Command line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true", help="leave-one-set-out figures")
    ap.add_argument("--out", type=Path, help="write the model trained on every fold here")
    ap.add_argument("--folds", default=",".join(FOLDS), help="folds to use")
    ap.add_argument("--limit", type=int, default=None, help="records per fold (smoke tests)")
    ap.add_argument("--score", action="append", default=[],
                    help="NAME=GOLD.jsonl: score an extra gold file, rules vs hybrid")
    ap.add_argument("--report", type=Path, help="write the figures as JSON here")
    ap.add_argument("--drop-features", default="",
                    help="comma-separated feature prefixes to leave out (e.g. rule_event)")
    ap.add_argument("--balanced", action="store_true", help="balanced class weights")
    ap.add_argument("--vectors", action="store_true",
                    help="add the parser's contextual token vectors (doc.tensor) as features")
    ap.add_argument("--inner", type=int, default=0,
                    help="merge the inner folds of the threshold choice into this many groups "
                         "(0: one per fold; fewer is faster)")
    ap.add_argument("--held", default="",
                    help="comma-separated folds to hold out in --cv (default: every fold)")
    ap.add_argument("--baseline", type=Path,
                    help="also score this fixed model file on each held-out fold (--cv)")
    args = ap.parse_args(argv)
    OPTIONS["inner"] = args.inner
    OPTIONS["drop"] = tuple(p for p in args.drop_features.split(",") if p)
    OPTIONS["class_weight"] = "balanced" if args.balanced else None
    OPTIONS["vectors"] = args.vectors
    root = Path.cwd()
    names = [f for f in args.folds.split(",") if f]
    passages = parse_passages(load_folds(root, names, args.limit))
    exs, counts = examples(passages, load_lexicon(()))
    report: dict[str, Any] = {"alignment": counts, "candidates": len(exs)}
    print(json.dumps(report), file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if args.cv:
            held = [f for f in args.held.split(",") if f]
            report["cv"] = cross_validate(passages, exs, folder, held, args.baseline)
            report["pooled"] = {"all": pooled(report["cv"]),
                                **{row["fold"]: pooled([row]) for row in report["cv"]}}
        if args.out:
            add, drop, info = choose_thresholds(passages, exs, folder, "final")
            command = "python scripts/train_event_model.py " + " ".join(
                a for a in (argv if argv is not None else sys.argv[1:]))
            meta = {"add_threshold": add, "drop_threshold": drop, "C": C,
                    "dropped_features": list(OPTIONS["drop"]),
                    "class_weight": OPTIONS["class_weight"], "vectors": OPTIONS["vectors"],
                    "min_count": MIN_COUNT, "folds": names, "limit": args.limit,
                    "inner": args.inner,
                    "alignment": counts, "command": command, **info}
            model = fit(exs, meta)
            report["sha256"] = model.save(args.out)
            report["model"] = {"features": model.n_features, **meta}
        for spec in args.score:
            name, _, path = spec.partition("=")
            report.setdefault("scored", []).append(_score_extra(name, Path(path), args.out))
    print(json.dumps(report, indent=1))
    if args.report:
        args.report.write_text(json.dumps(report, indent=1) + "\n", encoding="utf-8")
    return 0


def _score_extra(name: str, path: Path, model_path: Path | None) -> dict[str, Any]:
    records = [("extra", json.loads(line)) for line in path.read_text().splitlines()
               if line.strip()]
    held = parse_passages(records)
    rules = evaluate_passages(held, Settings(event_model="rules")).headline
    hybrid = evaluate_passages(held, Settings(event_model="hybrid",
                                              event_model_file=model_path)).headline
    row = {"set": name, "records": len(held), "gold": rules["gold_events"],
           "rules": _short(rules), "hybrid": _short(hybrid)}
    print(json.dumps(row), file=sys.stderr)
    return row


if __name__ == "__main__":
    sys.exit(main())
