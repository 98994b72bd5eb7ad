"""Leave-one-set-out cross-validation of the learned argument chooser over the dev folds.

Usage (from the repository root, after ``scripts/collect_arg_cases.py CASES.pkl``)::

    python scripts/cv_arg_model.py CASES.pkl [OUTDIR]

For each fold: the thresholds are chosen by leave-one-fold-out inside the other folds, a
model is trained on all the other folds, and the held fold's matched events are scored with
the rules alone and with the learned chooser (actor, recipient, both right). With OUTDIR the
fold models are written as ``OUTDIR/arg_model_without_FOLD.json.gz`` so that the real
scorer can be run on the held fold:
``wirecoder eval events --split dev --arguments learned --argument-weights FILE``.
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

from wirecoder.events.arg_training import choose_thresholds, predict, score_cases, train


def _brief(t: dict[str, float]) -> str:
    return " ".join(f"{r[0]}:{t[r + '_fill']}/{t[r + '_add']}/{t[r + '_drop']}"
                    for r in ("actor", "recipient"))


def main() -> None:
    """Print the per-fold table."""
    folds = pickle.loads(Path(sys.argv[1]).read_bytes())
    outdir = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    print("| held-out fold | matched | actor rules | actor learned | recipient rules | "
          "recipient learned | both rules | both learned | thresholds (fill/add/drop) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    for held in folds:
        train_folds = {f: cs for f, cs in folds.items() if f != held}
        thresholds = choose_thresholds(train_folds)
        model = train([c for cs in train_folds.values() for c in cs],
                      meta={"thresholds": thresholds, "held_out": held})
        if outdir is not None:
            outdir.mkdir(parents=True, exist_ok=True)
            model.save(outdir / f"arg_model_without_{held}.json.gz")
        cases = folds[held]
        rules = score_cases(cases, predict(cases, None), thresholds)
        learned = score_cases(cases, predict(cases, model), thresholds)
        n = max(1, rules["matched"])
        print(f"| {held} | {n} | {rules['actor'] / n:.3f} | {learned['actor'] / n:.3f} | "
              f"{rules['recipient'] / n:.3f} | {learned['recipient'] / n:.3f} | "
              f"{rules['both'] / n:.3f} | {learned['both'] / n:.3f} | "
              f"{_brief(thresholds)} |", flush=True)


if __name__ == "__main__":
    main()
