"""Rebuild round 9's READ / CHECK split of the text opened for development (issues 9 and 10).

At the start of round 9 the lead split the text opened that round into a part the developers
read (READ) and a part whose errors nobody reads (CHECK), so that every change is checked on
text its author has not seen. Documents alternate, starting with the first in READ:

- events: READ = every other document of ``test8`` (opened as ``dev14``) + all of ``blind18``
  (VOA) + all of ``blind23`` (government); CHECK = the other documents of ``test8`` + all of
  ``blind22`` (VOA) + all of ``blind19`` (government);
- quotes: ``quotes/test7.jsonl`` (opened as ``dev11``), alternate documents;
- quantities: ``quantities/test8.jsonl`` (opened as ``dev13``), alternate documents.

Usage::

    python scripts/round9_split.py [OUT_DIR]   # writes OUT_DIR/{ev,qt,qy}_{read,check}9.jsonl

OUT_DIR defaults to $WIRECODER_SPLIT_DIR, else ``.splits`` in the repository (git-ignored),
where ``scripts/precision_diagnosis.py`` and ``scripts/lexicon_yield.py`` look for READ.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

GOLD = Path("data/gold")


def _rows(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def _parts() -> dict[str, list[dict[str, object]]]:
    events = _rows(GOLD / "test8" / "documents.jsonl")
    blind = {name: _rows(GOLD / "events" / f"{name}.jsonl")
             for name in ("blind18", "blind19", "blind22", "blind23")}
    quotes = _rows(GOLD / "quotes" / "test7.jsonl")
    quantities = _rows(GOLD / "quantities" / "test8.jsonl")
    return {"ev_read9": events[0::2] + blind["blind18"] + blind["blind23"],
            "ev_check9": events[1::2] + blind["blind22"] + blind["blind19"],
            "qt_read9": quotes[0::2], "qt_check9": quotes[1::2],
            "qy_read9": quantities[0::2], "qy_check9": quantities[1::2]}


def main(out_dir: str) -> None:
    """Write the READ and CHECK files of round 9 into ``out_dir``."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, rows in _parts().items():
        with (out / f"{name}.jsonl").open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{name}: {len(rows)} documents")


if __name__ == "__main__":
    default = Path(__file__).resolve().parents[1] / ".splits"
    main(sys.argv[1] if len(sys.argv) > 1 else os.environ.get("WIRECODER_SPLIT_DIR", str(default)))
