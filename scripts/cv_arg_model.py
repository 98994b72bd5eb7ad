"""Leave-one-set-out cross-validation of the learned argument chooser over the dev folds.

Usage (from the repository root, after ``scripts/collect_arg_cases.py CASES.pkl``)::

    python scripts/cv_arg_model.py CASES.pkl [OUTDIR] [--domestic] [--macro] [--documents]
        [--train-cases=OTHER.pkl] [--weights=FILE] [--held=FOLD,FOLD] [--c=C]

For each fold: the thresholds are chosen by leave-one-fold-out inside the other folds, a
model is trained on all the other folds, and the held fold's matched events are scored with
the rules alone and with the learned chooser (actor, recipient, both right). With OUTDIR the
fold models are written as ``OUTDIR/arg_model_without_FOLD.json.gz`` so that the real
scorer can be run on the held fold:
``wirecoder eval events --split dev --arguments learned --argument-weights FILE``.
``--domestic`` adds the domestic fill to the threshold search; ``--macro`` chooses the
thresholds on the share of events right averaged by fold rather than pooled (both off by
default, as in ``train_arg_model.py``); ``--documents`` scores the thresholds on the folds
of whole documents only (round 7). ``--train-cases=OTHER.pkl`` trains each fold's model
and thresholds on the other folds of OTHER.pkl (cases collected by other code, e.g. the code
the shipped weights were trained on) and scores them on the held fold of CASES.pkl: the
cross-validated figure of an old training run on new candidates. ``--weights=FILE`` scores
one fixed model with the thresholds of its ``meta`` instead (in-sample when FILE was trained
on these folds). ``--held=FOLD,FOLD`` holds out only the named folds (every other fold
still trains; round 13 scores the folds added since round 8); ``--c=C`` sets the inverse
regularisation of every model.
"""
from __future__ import annotations

import pickle
import sys
from pathlib import Path

from wirecoder.events.arg_training import choose_thresholds, predict, score_cases, train
from wirecoder.learned import LinearModel


def _brief(t: dict[str, float]) -> str:
    return " ".join(f"{r[0]}:{t[r + '_fill']}/{t[r + '_add']}/{t[r + '_drop']}"
                    f"/{t.get(r + '_domestic', 1.01)}" for r in ("actor", "recipient"))


def main() -> None:
    """Print the per-fold table."""
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    domestic, macro = "--domestic" in sys.argv, "--macro" in sys.argv
    documents = "--documents" in sys.argv
    opts = dict(a[2:].split("=", 1) for a in sys.argv[1:] if a.startswith("--") and "=" in a)
    folds = pickle.loads(Path(args[0]).read_bytes())
    trained_on = (pickle.loads(Path(opts["train-cases"]).read_bytes())
                  if "train-cases" in opts else folds)
    fixed = LinearModel.load(opts["weights"]) if "weights" in opts else None
    outdir = Path(args[1]) if len(args) > 1 else None
    held_out = opts["held"].split(",") if "held" in opts else list(folds)
    c_value = float(opts.get("c", 1.0))
    print("| held-out fold | matched | actor rules | actor learned | recipient rules | "
          "recipient learned | both rules | both learned | thresholds (fill/add/drop/domestic) |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
    total: dict[str, int] = {}
    for held in held_out:
        if fixed is not None:
            model, thresholds = fixed, fixed.meta["thresholds"]
        else:
            train_folds = {f: cs for f, cs in trained_on.items() if f != held}
            thresholds = choose_thresholds(train_folds, c_value, domestic=domestic, macro=macro,
                                           documents=documents)
            model = train([c for cs in train_folds.values() for c in cs], c_value,
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
        for key, value in (("rules", rules), ("learned", learned)):
            for field in ("matched", "actor", "recipient", "both"):
                total[f"{key}_{field}"] = total.get(f"{key}_{field}", 0) + value[field]
    n = max(1, total.get("rules_matched", 0))
    print(f"| pooled | {n} | {total['rules_actor'] / n:.3f} | {total['learned_actor'] / n:.3f} | "
          f"{total['rules_recipient'] / n:.3f} | {total['learned_recipient'] / n:.3f} | "
          f"{total['rules_both'] / n:.3f} | {total['learned_both'] / n:.3f} | |")


if __name__ == "__main__":
    main()
