"""Build and check the sealed quantities test set ``quantities/test13.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test13_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through
it test8, test5 and ``checklib.py``), imported, not copied; this script only points them at
test13, adds the dimensions of the units this set uses that test9's table lacks, and adds a line
with the largest share of one page.

Usage::

    python data/gold/check_quantities_test13.py build    # writes quantities/test13.jsonl
    python data/gold/check_quantities_test13.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test9 as t9
from checklib import NORM, build_paragraph_docs, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test13_source.py"
TARGET = HERE / "quantities" / "test13.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test9's table extended;
#: ``X/Y`` units are "rate" unless pint reads them as a speed).
DIMENSION = {
    **t9.DIMENSION,
    "british_thermal_unit": "energy", "therm": "energy",
    "british_thermal_unit/household": "rate", "pound/person/day": "rate",
    "bushel/acre": "rate", "cubic_foot/second": "rate", "count/day": "rate",
    "person/week": "rate",
    "USD/barrel": "rate", "kilometer/hour": "speed", "mile/hour": "speed",
    "millibar": "other", "inch_Hg": "other", "degree": "other", "megabyte": "other",
}


def build() -> list[dict]:
    """Build every document of the source file (normalized fields as in test9's builder)."""
    rows = build_paragraph_docs(SOURCE)
    table = {**NORM, **t8.EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in t8.EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                table)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"], table)[0]
    return rows


def dimensions(rows: list[dict]) -> str:
    """Count quantities by unit dimension, the news-unit total and the largest page share."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in t5.NEWS)
    total = sum(dims.values())
    top = max(rows, key=lambda r: len(r["quantities"]))
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}"
            + f"\nlargest page: {top['id']} {len(top['quantities'])} of {total} "
              f"({100 * len(top['quantities']) / total:.1f}%)")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
