"""Build and check the sealed quantities test set ``quantities/test7.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test7_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test6.py`` (and through it
``check_quantities_test5.py`` and ``checklib.py``), imported, not copied; this script only adds the
dimensions of the units this set uses that test6 did not.

Usage::

    python data/gold/check_quantities_test7.py build    # writes quantities/test7.jsonl
    python data/gold/check_quantities_test7.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test6 as t6
from checklib import NORM, build_paragraph_docs, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test7_source.py"
TARGET = HERE / "quantities" / "test7.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test6's table extended).
DIMENSION = {
    **t6.DIMENSION,
    "gigawatt": "power", "megawatt_hour": "energy", "gigawatt_hour": "energy",
    "USD/kilowatt_hour": "rate", "kilometer/hour": "speed", "mile/hour": "speed",
    "magnitude": "other", "nautical_mile": "length", "count/day": "rate", "USD/year": "rate",
    "square_mile": "area", "metric_ton": "mass", "fraction": "percent",
}


def build() -> list[dict]:
    """Build every document of the source file (normalized fields as in test6's builder)."""
    rows = build_paragraph_docs(SOURCE)
    table = {**NORM, **t6.EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in t6.EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                table)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"], table)[0]
    return rows


def dimensions(rows: list[dict]) -> str:
    """Count quantities by unit dimension and the news-unit total."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in t5.NEWS)
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
