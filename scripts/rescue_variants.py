"""Simulate rescue configurations out of fold, per drop step (round 22, branch evrescue22).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``; needs scikit-learn)::

    python scripts/rescue_variants.py --cache PASSAGES.pkl [--weights W.json.gz]

Reads the parse cache of ``scripts/train_rescue_model.py`` (the folds of
``events/model_data.FOLDS``), collects the labelled candidates as that script does, and
scores each fold's candidates with a model trained on the other folds (out of fold). Then,
for each configuration (participant constraint, steps left out, threshold), it counts the
events the rescue would add (at most one per passage, sentence and type), how many are
right in type and sentence and how many are dyad-right, and the pooled F1 and dyad F1 they
give on top of the rules (the keep/drop gate's arithmetic, as the trainer's threshold
search; approximate: no re-matching). ``--weights`` also scores every candidate with
given weights (in sample for the folds they were trained on).
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import pickle
import sys
from pathlib import Path
from typing import Any

from wirecoder.events.model_data import FOLDS
from wirecoder.learned import LinearModel
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _trainer() -> Any:
    spec = importlib.util.spec_from_file_location(
        "train_rescue_model", ROOT / "scripts" / "train_rescue_model.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def _side(features: list[str], name: str) -> str:
    return next(f.split("=", 1)[1] for f in features if f.startswith(name + "="))


def _score(rows: list[dict[str, Any]], probs: list[float], keep: Any, t: float,
           base: tuple[int, int, int, int]) -> dict[str, Any]:
    """Added events, right, dyad-right and pooled P/R/F1/dyad F1 of one configuration."""
    best: dict[tuple, tuple[float, dict[str, Any]]] = {}
    for r, p in zip(rows, probs, strict=True):
        if p >= t and keep(r) and (r["key"] not in best or p > best[r["key"]][0]):
            best[r["key"]] = (p, r)
    tp, dyad, system, gold = base
    chosen = [r for _, r in best.values()]
    k = sum(r["label"] for r in chosen)
    kd = sum(r["dyad"] for r in chosen)
    s = system + len(chosen)
    return {"added": len(chosen), "right": k, "dyad_right": kd,
            "f1": 2 * (tp + k) / (s + gold), "dyad_f1": 2 * (dyad + kd) / (s + gold),
            "by_step": collections.Counter((r["step"], r["label"], r["dyad"]) for r in chosen)}


def main(argv: list[str] | None = None) -> int:
    """Print the per-step table and the configurations' out-of-fold figures."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, required=True)
    ap.add_argument("--weights", type=Path, default=None)
    ap.add_argument("--rows", type=Path, default=None, help="pickle of the rows (made if missing)")
    args = ap.parse_args(argv)
    tr = _trainer()
    settings = Settings()
    if args.rows is not None and args.rows.exists():
        rows, base = pickle.loads(args.rows.read_bytes())
    else:
        passages = pickle.loads(args.cache.read_bytes())
        rows = tr._rows(passages, settings)
        base = {f: tr._base(tr._evaluate([p for p in passages if p.fold == f], settings))
                for f in FOLDS}
        if args.rows is not None:
            args.rows.write_bytes(pickle.dumps((rows, base)))
    for r in rows:
        r["sides"] = (_side(r["features"], "actor"), _side(r["features"], "recipient"))
    folds = list(FOLDS)
    total = tuple(sum(base[f][j] for f in folds) for j in range(4))
    probs = [0.0] * len(rows)
    for f in folds:
        model = tr._fit([r for r in rows if r["fold"] != f])
        idx = [i for i, r in enumerate(rows) if r["fold"] == f]
        for i, p in zip(idx, tr._prob(model, [rows[i] for i in idx]), strict=True):
            probs[i] = p
    tp, dyad, system, gold = total
    print(f"rules: tp {tp} dyad {dyad} sys {system} gold {gold} "
          f"F1 {2 * tp / (system + gold):.4f} dyad F1 {2 * dyad / (system + gold):.4f}")
    print(f"{len(rows)} candidates; break-even dyad-right share per added event "
          f"{dyad / (system + gold):.3f}, right share {tp / (system + gold):.3f}")
    print("\n## Candidates by step and sides: all / rescuable / dyad-right")
    cells = collections.Counter((r["step"], r["sides"]) for r in rows)
    for (step, sides), n in sorted(cells.items()):
        sel = [r for r in rows if r["step"] == step and r["sides"] == sides]
        print(f"{step:13} {'|'.join(sides):22} {n:5} {sum(r['label'] for r in sel):5} "
              f"{sum(r['dyad'] for r in sel):5}")
    steps = sorted({r["step"] for r in rows})
    variants: dict[str, Any] = {
        "any": lambda r: True,
        "one-resolved": lambda r: r["allow"]["one-resolved"],
        "both-resolved": lambda r: r["allow"]["both-resolved"],
        "actor-resolved": lambda r: r["sides"][0] == "resolved",
    }
    for s in steps:
        variants[f"one-resolved, no {s}"] = (
            lambda r, s=s: r["allow"]["one-resolved"] and r["step"] != s)
        variants[f"one-resolved, {s} only"] = (
            lambda r, s=s: r["allow"]["one-resolved"] and r["step"] == s)
    print("\n## Out of fold, by configuration and threshold: added / right / dyad-right, "
          "F1, dyad F1")
    for name, keep in variants.items():
        for t in (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
            sc = _score(rows, probs, keep, t, total)
            print(f"{name:32} t={t:.2f} {sc['added']:4} {sc['right']:4} {sc['dyad_right']:4} "
                  f"F1 {sc['f1']:.4f} dyad {sc['dyad_f1']:.4f}")
    print("\n## Per step at t=0.35, one-resolved (out of fold): added / right / dyad-right")
    sc = _score(rows, probs, variants["one-resolved"], 0.35, total)
    for s in steps:
        c = sc["by_step"]
        added = sum(v for (st, _, _), v in c.items() if st == s)
        right = sum(v for (st, lab, _), v in c.items() if st == s and lab)
        dr = sum(v for (st, _, d), v in c.items() if st == s and d)
        print(f"{s:13} {added:4} {right:4} {dr:4}")
    if args.weights is not None:
        model = LinearModel.load(args.weights)
        t = float(model.meta.get("threshold", 0.5))
        roles = str(model.meta.get("roles", "any"))
        wp = tr._prob(model, rows)
        sc = _score(rows, wp, lambda r: r["allow"][roles], t, total)
        print(f"\n## Weights {args.weights.name} (t={t}, roles {roles}; in sample where trained)")
        print(f"added {sc['added']} right {sc['right']} dyad-right {sc['dyad_right']} "
              f"F1 {sc['f1']:.4f} dyad {sc['dyad_f1']:.4f}")
        for s in steps:
            c = sc["by_step"]
            added = sum(v for (st, _, _), v in c.items() if st == s)
            right = sum(v for (st, lab, _), v in c.items() if st == s and lab)
            dr = sum(v for (st, _, d), v in c.items() if st == s and d)
            print(f"{s:13} {added:4} {right:4} {dr:4}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
