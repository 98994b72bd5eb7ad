"""Rebuild round 10's READ / CHECK split of the text opened for development (issues 9 and 10).

At the start of round 10 the lead split the text opened that round into a part the developers
read (READ) and a part whose errors nobody reads (CHECK), so that every change is checked on
text its author has not seen. Documents alternate, starting with the first in READ:

- events: READ = every other document of ``test9`` (opened as ``dev15``) + all of ``blind20``
  (VOA) + all of ``blind27`` (government texts and VOA editorials); CHECK = the other documents
  of ``test9`` + all of ``blind26`` (VOA) + all of ``blind21`` (government);
- quotes: ``quotes/test8.jsonl`` (opened as ``dev12``), alternate documents;
- quantities: ``quantities/test9.jsonl`` (opened as ``dev14``), alternate documents.

Round 9's split (``scripts/round9_split.py``) is development material now, its CHECK part
included (it was round 9's keep/drop gate: selected-on, never unseen).

Usage::

    python scripts/round10_split.py [OUT_DIR]  # writes OUT_DIR/{ev,qt,qy}_{read,check}10.jsonl

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
    events = _rows(GOLD / "test9" / "documents.jsonl")
    blind = {name: _rows(GOLD / "events" / f"{name}.jsonl")
             for name in ("blind20", "blind21", "blind26", "blind27")}
    quotes = _rows(GOLD / "quotes" / "test8.jsonl")
    quantities = _rows(GOLD / "quantities" / "test9.jsonl")
    return {"ev_read10": events[0::2] + blind["blind20"] + blind["blind27"],
            "ev_check10": events[1::2] + blind["blind26"] + blind["blind21"],
            "qt_read10": quotes[0::2], "qt_check10": quotes[1::2],
            "qy_read10": quantities[0::2], "qy_check10": quantities[1::2]}


def main(out_dir: str) -> None:
    """Write the READ and CHECK files of round 10 into ``out_dir``."""
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
