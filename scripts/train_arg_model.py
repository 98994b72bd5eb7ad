"""Train the learned argument chooser shipped with wirecoder (needs scikit-learn).

Usage, from the repository root (the shared folder holds the VOA corpus the spot-check
gold points into)::

    python scripts/train_arg_model.py [--shared ../shared] [--cases CASES.pkl]
        [--out src/wirecoder/data/events/arg_model.json.gz] [--domestic]
        [--c C] [FOLD ...]

Folds default to every dev fold of ``wirecoder.events.arg_training.FOLDS``; a gold JSONL
path may be given as a fold too. The thresholds are chosen by leave-one-fold-out inside the
folds, then one model is fitted on all of them. Prints the weights' sha256 (also recorded in
docs/events.md).
"""
from __future__ import annotations

import argparse
import pickle
from pathlib import Path

from wirecoder.events.arg_training import FOLDS, choose_thresholds, collect, fold_records, train

OUT = Path("src/wirecoder/data/events/arg_model.json.gz")


def main() -> None:
    """Collect the cases, choose the thresholds, fit and save the model."""
    parser = argparse.ArgumentParser()
    parser.add_argument("folds", nargs="*", default=list(FOLDS))
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--cases", type=Path, help="pickled cases of collect_arg_cases.py")
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--documents", action="store_true",
                        help="score the thresholds on the whole-document folds only")
    parser.add_argument("--domestic", action="store_true",
                        help="also search the domestic fill (an empty role may take another "
                             "mention of the other role's country)")
    parser.add_argument("--c", type=float, default=1.0, help="inverse regularisation (C)")
    args = parser.parse_args()
    if args.cases is not None:
        stored = pickle.loads(args.cases.read_bytes())
        folds = {name: stored[name] for name in args.folds}
    else:
        folds = {name: collect(fold_records(name, Path("data/gold"), args.shared), name)
                 for name in args.folds}
    thresholds = choose_thresholds(folds, args.c, documents=args.documents,
                                   domestic=args.domestic)
    cases = [c for cs in folds.values() for c in cs]
    meta = {"thresholds": thresholds, "folds": list(folds), "matched_events": len(cases),
            "candidates": sum(len(c.candidates) for c in cases),
            "command": "python scripts/train_arg_model.py " + " ".join(args.folds)
            + (" --documents" if args.documents else "")
            + (" --domestic" if args.domestic else "")
            + (f" --c {args.c:g}" if args.c != 1.0 else "")}
    model = train(cases, args.c, meta=meta)
    digest = model.save(args.out)
    print(f"{args.out}: {model.n_features} features, thresholds {thresholds}, sha256 {digest}")


if __name__ == "__main__":
    main()
