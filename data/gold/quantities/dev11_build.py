"""Build and check the quantities stress set ``dev11.jsonl`` from ``dev11_source.py``.

Standalone (no wirecoder import): the record fields and the checker are the shared ones of
``data/gold/checklib.py`` (via ``check_test3.py``); spans are found in text order. The
normalisation table is checklib's, extended with the guideline's rule (mass -> metric_ton,
volume -> liter) for the units this set has and that table lacks (gram, cubic kilometer).

Usage::

    python data/gold/quantities/dev11_build.py    # writes dev11.jsonl and prints counts
"""

from __future__ import annotations

import json
import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = runpy.run_path(str(HERE.parent / "check_test3.py"))
LIB = runpy.run_path(str(HERE.parent / "checklib.py"))
#: checklib's table plus the units of this set it lacks (factors as pint computes them).
NORM = {**LIB["NORM"], "gram": ("metric_ton", 1e-6), "cubic_kilometer": ("liter", 1e12)}


def build() -> list[dict]:
    """Return the records of ``dev11_source.py`` with offsets and normalized values."""
    out = []
    for doc in runpy.run_path(str(HERE / "dev11_source.py"))["DOCS"]:
        text = "\n".join(doc["paragraphs"])
        pos, quantities = 0, []
        for rec in doc["quantities"]:
            start = text.find(rec["text"], pos)
            if start < 0:
                raise ValueError(f"{doc['id']}: span {rec['text']!r} not found after {pos}")
            q = LIB["quantity_fields"](rec, start, NORM)
            pos = q["end"]
            quantities.append(q)
        row = {k: doc[k] for k in ("id", "source", "url", "title", "published")}
        row["truncated"] = False
        row["note"] = doc.get("note", "")
        row["text"] = text
        row["quantities"] = quantities
        out.append(row)
    return out


def main() -> int:
    """Write ``dev11.jsonl``; return 1 when the checker finds a problem."""
    rows = build()
    problems = TOOLS["check"](rows)
    if problems:
        print("\n".join(problems))
        return 1
    with (HERE / "dev11.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(TOOLS["counts"](rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
