"""Score the events coder on every events development set and print one table.

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``):

    python scripts/events_dev_figures.py [--json OUT.json] [SET ...]

SET defaults to every events dev set: dev, dev2, dev3 (``data/gold/test/documents.jsonl``),
dev4 … dev30 and the spent blind sets blind12 … blind55 (dev31 — the old test25 — and blind56
are split between round 26's READ and CHECK halves and refused by name)
(``data/gold/events/blindN.jsonl``). Each row is ``wirecoder eval events`` on that set
(micro P/R/F1 on type + sentence, dyad F1). Only development sets may be named here; sealed
sets are refused.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from wirecoder.evaluation import default_gold
from wirecoder.evaluation.events import evaluate
from wirecoder.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
#: Spent blind sets, open for development (round 26: blind56 is split between its READ and
#: CHECK parts; from blind57 on they are sealed or unscored).
OPEN_BLIND = set(range(12, 56))
#: Blind sets that are whole parts of round 26's READ file (counted there, not twice): none,
#: round 26 splits its blind set by document.
READ_BLIND: set[int] = set()
DEFAULT = ["dev", "dev2", "dev3", *[f"dev{n}" for n in range(4, 31)],
           *[f"blind{n}" for n in sorted(OPEN_BLIND - READ_BLIND)]]


#: Development names whose file holds round 26's CHECK part (``scripts/read_check_split.py``).
CHECK_SOURCES = ("dev31",)


def _path(name: str) -> Path:
    if name in CHECK_SOURCES:
        raise SystemExit(f"{name}: half of it is round 26's CHECK part; use "
                         "$WIRECODER_SPLIT_DIR/ev_read26.jsonl for its READ half")
    if name.startswith("blind") and name[5:].isdigit() and int(name[5:]) in OPEN_BLIND:
        return ROOT / "data" / "gold" / "events" / f"{name}.jsonl"
    if name == "dev" or (name.startswith("dev") and name[3:].isdigit()):
        return default_gold("events", name)
    raise SystemExit(f"{name}: not an events development set")


def main(argv: list[str]) -> None:
    """Print micro P/R/F1 and dyad F1 of each named set (all dev sets by default)."""
    out = None
    if "--json" in argv:
        i = argv.index("--json")
        out = Path(argv[i + 1])
        argv = argv[:i] + argv[i + 2:]
    names = argv or DEFAULT
    rows = {}
    print("set\tgold\tsystem\tP\tR\tF1\tdyadF1")
    for name in names:
        head = evaluate(_path(name), Settings()).headline
        rows[name] = head
        print(f"{name}\t{head['gold_events']}\t{head['system_events']}\t"
              f"{head['micro_precision']:.3f}\t{head['micro_recall']:.3f}\t"
              f"{head['micro_f1']:.3f}\t{head['dyad_f1']:.3f}", flush=True)
    gold = sum(r["gold_events"] for r in rows.values())
    system = sum(r["system_events"] for r in rows.values())
    tp = sum(round(r["micro_recall"] * r["gold_events"]) for r in rows.values())
    p, r = tp / max(system, 1), tp / max(gold, 1)
    print(f"ALL\t{gold}\t{system}\t{p:.3f}\t{r:.3f}\t{2 * p * r / max(p + r, 1e-9):.3f}\t")
    if out:
        out.write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
