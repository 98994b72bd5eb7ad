"""Build and check the sealed quantities test set ``quantities/test9.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test9_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test8.py`` (and through it
``check_quantities_test7.py`` ... ``checklib.py``), imported, not copied; this script only points
them at test9, adds the dimensions of the units this set uses that test8's table lacks, and adds a
count line of energy and power quantities.

Usage::

    python data/gold/check_quantities_test9.py build    # writes quantities/test9.jsonl
    python data/gold/check_quantities_test9.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
from checklib import NORM, build_paragraph_docs, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test9_source.py"
TARGET = HERE / "quantities" / "test9.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test8's table extended).
DIMENSION = {
    **t8.DIMENSION,
    "kilowatt": "power", "gigawatt": "power", "megawatt": "power",
    "kilowatt_hour": "energy", "kilowatt_hour/year": "rate", "gallon/year": "rate",
    "barrel/day": "rate", "barrel": "volume", "mile/gallon": "rate", "metric_ton/year": "rate",
    "mile/year": "speed", "gram/mile": "rate", "USD/gallon": "rate", "multiplier": "other",
}


def build() -> list[dict]:
    """Build every document of the source file (normalized fields as in test8's builder)."""
    rows = build_paragraph_docs(SOURCE)
    table = {**NORM, **t8.EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in t8.EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                table)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"], table)[0]
    return rows


def dimensions(rows: list[dict]) -> str:
    """Count quantities by unit dimension, the news-unit total and energy + power."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in t5.NEWS)
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}\nenergy + power: {dims['energy'] + dims['power']}")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
