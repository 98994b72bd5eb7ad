"""Build and check the quantities dev set ``dev11.jsonl`` from ``dev11_source.py``.

Standalone (no wirecoder import): reuses the record builder and checker of
``data/gold/check_test3.py`` (offsets searched in text order, normalized values from the
guideline's table) on this set's own source file.

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


def build() -> list[dict]:
    """Return the records of ``dev11_source.py`` with offsets and normalized values."""
    out = []
    for doc in runpy.run_path(str(HERE / "dev11_source.py"))["DOCS"]:
        text = "\n".join(doc["paragraphs"])
        pos, quantities = 0, []
        for rec in doc["quantities"]:
            q, pos = TOOLS["_record"](text, pos, rec)
            quantities.append(q)
        row = {k: doc[k] for k in ("id", "source", "url", "title", "published")}
        row["truncated"] = True
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
