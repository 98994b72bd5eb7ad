"""Summarise a retraining of the learned event models and record the new weights' sha256.

Usage (``scripts/retrain_event_models.sh`` runs it last)::

    python scripts/event_models_summary.py WORKDIR [--update-sha256]

Prints the type filter's out-of-fold figures (``WORKDIR/type_report.json`` of
``scripts/train_event_model.py --cv --report``: P / R / F1 / dyad F1 per held-out fold and
pooled, for the rules, the weights shipped before and each use of the retrained model) and
the argument chooser's out-of-fold tables (``WORKDIR/arg_cv.md``, ``arg_cv_before.md``). With
``--update-sha256`` the ``BUILTIN_SHA256`` constants of ``events/type_model.py`` and
``events/arg_model.py`` are set to the sha256 of the shipped weight files.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from wirecoder.learned import file_sha256

ROOT = Path(__file__).resolve().parents[1]
#: Module file -> the weight file whose sha256 it records.
_EVENTS, _DATA = ROOT / "src/wirecoder/events", ROOT / "src/wirecoder/data/events"
RECORDS = {_EVENTS / "type_model.py": _DATA / "type_model.json.gz",
           _EVENTS / "arg_model.py": _DATA / "arg_model.json.gz"}
COLUMNS = ("rules", "old_filter", "old_hybrid", "drop_only", "hybrid", "add_only")
_SHA = re.compile(r'BUILTIN_SHA256 = "[0-9a-f]{64}"')


def type_table(report: dict) -> list[str]:
    """Markdown rows: P / R / F1 / dyad F1 of each column, per held-out fold and pooled."""
    pooled = report.get("pooled", {})
    columns = [c for c in COLUMNS if c in pooled.get("all", {})]
    lines = ["| held-out fold | gold | " + " | ".join(columns) + " |",
             "|---|---:|" + "---|" * len(columns)]
    for name in [*(row["fold"] for row in report.get("cv", [])), "all"]:
        figures = pooled[name]
        cells = [f"{figures[c]['P']:.3f} / {figures[c]['R']:.3f} / {figures[c]['F1']:.3f} / "
                 f"{figures[c]['dyad_F1']:.3f}" for c in columns]
        label = "pooled" if name == "all" else name
        lines.append(f"| {label} | {figures[columns[0]]['gold']} | " + " | ".join(cells) + " |")
    return lines


def update_sha256() -> None:
    """Write the shipped weight files' sha256 into the modules' ``BUILTIN_SHA256``."""
    for module, weights in RECORDS.items():
        digest = file_sha256(weights)
        text = module.read_text(encoding="utf-8")
        if not _SHA.search(text):
            raise SystemExit(f"E-SHA: no BUILTIN_SHA256 constant in {module}. "
                             "Fix: add one (a 64-hex-digit string) next to the weights' path.")
        module.write_text(_SHA.sub(f'BUILTIN_SHA256 = "{digest}"', text, count=1),
                          encoding="utf-8")
        print(f"{module.name}: BUILTIN_SHA256 = {digest}")


def main(argv: list[str]) -> int:
    """Command line entry point."""
    work = Path(argv[0])
    report = json.loads((work / "type_report.json").read_text(encoding="utf-8"))
    print("Type filter, out of fold (P / R / F1 / dyad F1):")
    print("\n".join(type_table(report)))
    model = report.get("model", {})
    print(f"thresholds of each use (inner choice): {json.dumps(model.get('uses', {}))}")
    for name in ("arg_cv_before.md", "arg_cv.md"):
        if (work / name).is_file():
            print(f"\nArgument chooser, {name}:")
            print((work / name).read_text(encoding="utf-8").rstrip())
    if "--update-sha256" in argv:
        update_sha256()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
