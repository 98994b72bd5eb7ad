"""Build and check the sealed quantities test set ``quantities/test17.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test17_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through
it ``check_quantities_test8.py`` ... ``checklib.py``), imported, not copied; this script only
points them at test17, adds the dimensions of the units this set uses that test9's table lacks,
and adds a count line per news dimension (the brief asks for at least 6 of each).

Usage::

    python data/gold/check_quantities_test17.py build    # writes quantities/test17.jsonl
    python data/gold/check_quantities_test17.py check    # re-checks the written file, prints counts
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
SOURCE = HERE / "quantities" / "test17_source.py"
TARGET = HERE / "quantities" / "test17.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test9's table extended;
#: ``X/Y`` units are "rate" unless pint reads them as a speed).
DIMENSION = {
    **t9.DIMENSION,
    "magnitude": "other", "fahrenheit/decade": "rate", "inch/decade": "speed",
    "megawatt_hour": "energy", "metric_ton/year": "rate", "pound/kilowatt_hour": "rate",
    "kilowatt_hour/metric_ton": "rate", "kilowatt_hour/pound": "rate",
    "kilowatt_hour/cubic_foot": "rate", "kilowatt_hour/barrel": "rate",
    "kilowatt_hour/gallon": "rate", "british_thermal_unit/kilowatt_hour": "rate",
    "british_thermal_unit/short_ton": "rate", "british_thermal_unit/cubic_foot": "rate",
    "british_thermal_unit/barrel": "rate",
}


def build(source: Path = SOURCE) -> list[dict]:
    """Build every document of ``source`` (normalized fields as in test9's builder)."""
    rows = build_paragraph_docs(source)
    table = {**NORM, **t8.EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in t8.EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                table)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"], table)[0]
    return rows


def dimensions(rows: list[dict], table: dict[str, str] = DIMENSION) -> str:
    """Count quantities by unit dimension (``table``), the news-unit total and each news one."""
    dims = Counter(table.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in t5.NEWS)
    per = ", ".join(f"{d} {dims[d]}" for d in t5.NEWS)
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}\nper news dimension: {per}")


def largest_page(rows: list[dict]) -> str:
    """Name the document holding the most quantities and its share of the set."""
    total = sum(len(r["quantities"]) for r in rows) or 1
    top = max(rows, key=lambda r: len(r["quantities"]))
    return (f"largest page: {top['id']} {len(top['quantities'])} quantities "
            f"({100 * len(top['quantities']) / total:.1f}% of {total})")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources, largest_page],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
