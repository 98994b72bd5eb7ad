"""Build and check the sealed quantities test set ``quantities/test18.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test18_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through
it test8 ... test5 and ``checklib.py``), imported, not copied; this script only points them at
test18 and adds the dimensions (and, for the volume units, the liter factors) of the units this
set uses that test9's table lacks.

Usage::

    python data/gold/check_quantities_test18.py build    # writes quantities/test18.jsonl
    python data/gold/check_quantities_test18.py check    # re-checks the written file, prints counts
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
SOURCE = HERE / "quantities" / "test18_source.py"
TARGET = HERE / "quantities" / "test18.jsonl"

#: Volume units of this set that the earlier tables lack (normalized to liters, as the guideline
#: does for volumes).
EXTRA_NORM = {**t8.EXTRA_NORM, "acre_foot": ("liter", 1233481.83754752)}

#: Dimension of each unit id of this set, as the scorer groups them (test9's table extended;
#: ``X/Y`` units are rates unless pint reads them as a speed).
DIMENSION = {
    **t9.DIMENSION,
    "acre_foot": "volume", "cubic_foot/second": "rate", "gallon/day": "rate",
    "bushel/acre": "rate", "pound/person": "rate", "magnitude": "other", "degree": "other",
    "fraction": "percent", "percentage_point": "percent", "centimeter": "length",
    "gigawatt": "power", "megawatt_hour": "energy", "kilowatt_hour": "energy",
    "terawatt_hour": "energy", "gigawatt_hour": "energy", "british_thermal_unit": "energy",
    "knot": "speed", "meter/second": "speed", "square_mile": "area", "hectare": "area",
    "square_kilometer": "area", "millimeter": "length", "meter": "length", "foot": "length",
    "liter": "volume", "cubic_meter": "volume", "gallon": "volume", "short_ton": "mass",
    "kilogram": "mass", "metric_ton/year": "rate", "kilowatt_hour/year": "rate",
    "watt": "power", "meter": "length", "kilometer/second": "speed",
    "USD/hundredweight": "rate", "USD/metric_ton": "rate",
}


def build() -> list[dict]:
    """Build every document of the source file (normalized fields as in test9's builder)."""
    rows = build_paragraph_docs(SOURCE)
    table = {**NORM, **EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in EXTRA_NORM):
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
            + f"\nnews units: {news}\nlargest page: {top['id']} {len(top['quantities'])} of "
            f"{total} ({100 * len(top['quantities']) / max(total, 1):.1f}%)")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
