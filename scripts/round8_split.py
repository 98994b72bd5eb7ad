"""Rebuild round 8's READ / CHECK split of the fresh events text (issue 9, round 8).

At the start of round 8 the lead split the events text opened that round into a part the
developers read (READ) and a part whose errors nobody read (CHECK), so that every change could
be checked on text its author had not seen. READ = every other document of ``test7`` (opened as
``dev13``), starting with the first, plus all of ``blind16``; CHECK = the other documents of
``test7`` plus all of ``blind17``. The learned argument chooser shipped in round 8 was trained
on the development folds plus READ.

Usage::

    python scripts/round8_split.py OUT_DIR   # writes OUT_DIR/ev_read.jsonl and ev_check.jsonl
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

GOLD = Path("data/gold")


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def main(out_dir: str) -> None:
    """Write the READ and CHECK files of round 8 into ``out_dir``."""
    dev13 = _rows(GOLD / "test7" / "documents.jsonl")
    parts = {"ev_read": dev13[0::2] + _rows(GOLD / "events" / "blind16.jsonl"),
             "ev_check": dev13[1::2] + _rows(GOLD / "events" / "blind17.jsonl")}
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in parts.items():
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} documents")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
