"""Dyad F1, actor and recipient accuracy of every events dev split, with both choosers.

Usage (from the repository root)::

    python scripts/arg_figures.py [OUT.json] [--choosers=rules,learned] [--splits=dev,dev2,...]
        [--weights=FILE]

One process scores every split (``wirecoder eval events`` run split by split gives the same
figures); blind12–blind15 are read by path. Prints a Markdown table and, with OUT.json,
writes the headlines. ``--weights=FILE`` scores the learned chooser with those weights
instead of the shipped ones.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from wirecoder.evaluation import default_gold
from wirecoder.evaluation.events import evaluate
from wirecoder.settings import Settings

SPLITS = ("dev", "dev2", "dev3", *(f"dev{n}" for n in range(4, 13)), "blind12", "blind13",
          "blind14", "blind15")
FIELDS = ("matched", "micro_precision", "micro_recall", "micro_f1", "dyad_precision",
          "dyad_recall", "dyad_f1", "actor_accuracy", "recipient_accuracy")


def _path(split: str) -> Path:
    if split.endswith(".jsonl"):
        return Path(split)
    if split.startswith("blind"):
        return Path("data/gold/events") / f"{split}.jsonl"
    return default_gold("events", split, "data/gold")


def main() -> None:
    """Score the splits and print the table."""
    args = sys.argv[1:]
    opts = {a.split("=", 1)[0]: a.split("=", 1)[1] for a in args if a.startswith("--")}
    out = next((Path(a) for a in args if not a.startswith("--")), None)
    choosers = opts.get("--choosers", "rules,learned").split(",")
    splits = opts.get("--splits", ",".join(SPLITS)).split(",")
    weights = Path(opts["--weights"]) if "--weights" in opts else None
    result: dict[str, dict[str, dict]] = {}
    print("| split | chooser | " + " | ".join(FIELDS) + " |", flush=True)
    for split in splits:
        for chooser in choosers:
            head = evaluate(_path(split), Settings(argument_chooser=chooser,
                                                    argument_weights=weights)).headline
            result.setdefault(split, {})[chooser] = {k: head[k] for k in FIELDS}
            print(f"| {split} | {chooser} | " + " | ".join(str(head[k]) for k in FIELDS)
                  + " |", flush=True)
            if out is not None:
                out.write_text(json.dumps(result, indent=1), "utf-8")


if __name__ == "__main__":
    main()
