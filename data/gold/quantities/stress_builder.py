"""Shared builder of the quantities stress sets dev11 and dev12 from ``devN_source.py``.

Standalone (no wirecoder import): the record fields and the checker are the shared ones of
``data/gold/checklib.py`` (via ``check_test3.py``); spans are found in text order. The
normalisation table is checklib's, extended with the guideline's rule (mass -> metric_ton,
volume -> liter) for the units these sets have and that table lacks (gram, cubic kilometer;
dev11 has both, dev12 neither). Each set's ``devN_build.py`` calls :func:`main` with its name.
"""

from __future__ import annotations

import json
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOOLS = runpy.run_path(str(HERE.parent / "check_test3.py"))
LIB = runpy.run_path(str(HERE.parent / "checklib.py"))
#: checklib's table plus the units of these sets it lacks (factors as pint computes them).
NORM = {**LIB["NORM"], "gram": ("metric_ton", 1e-6), "cubic_kilometer": ("liter", 1e12)}


def build(name: str) -> list[dict]:
    """Return the records of ``{name}_source.py`` with offsets and normalized values.

    Args:
        name: The set's name, e.g. ``dev11``.

    Returns:
        One record per document, in the source file's order.

    Raises:
        ValueError: A span is not found in its document after the previous span.
    """
    out = []
    for doc in runpy.run_path(str(HERE / f"{name}_source.py"))["DOCS"]:
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


def main(name: str) -> int:
    """Write ``{name}.jsonl`` and print its counts.

    Args:
        name: The set's name, e.g. ``dev11``.

    Returns:
        The exit status: 1 (nothing written) when the checker finds a problem.
    """
    rows = build(name)
    problems = TOOLS["check"](rows)
    if problems:
        print("\n".join(problems))
        return 1
    with (HERE / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(TOOLS["counts"](rows))
    return 0
