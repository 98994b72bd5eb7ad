"""Build and check the sealed quantities test set ``quantities/test16.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test16_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through it
``check_quantities_test8.py`` ... ``checklib.py``), imported, not copied; this script only points
them at test16, adds the dimensions of the units this set uses that test9's table lacks (written to
agree with the scorer: ``X/Y`` units are "rate" unless pint reads them as a speed, so
``millimeter/hour`` and ``inch/hour`` rainfall rates are speeds) and a count line per dimension of
the news group with the brief's floor of 6.

Usage::

    python data/gold/check_quantities_test16.py build    # writes quantities/test16.jsonl
    python data/gold/check_quantities_test16.py check    # re-checks the written file, prints counts
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
SOURCE = HERE / "quantities" / "test16_source.py"
TARGET = HERE / "quantities" / "test16.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test9's table extended).
DIMENSION = {
    **t9.DIMENSION,
    "nautical_mile": "length", "millimeter/hour": "speed", "inch/hour": "speed",
    "count/week": "rate", "gallon/minute": "rate", "fraction": "percent",
    "square_kilometer": "area", "hectare": "area", "square_mile": "area", "acre": "area",
    "kilogram": "mass", "short_ton": "mass", "gallon": "volume", "liter": "volume",
    "cubic_meter": "volume", "megawatt_hour": "energy", "kilowatt_hour": "energy",
    "terawatt_hour": "energy", "gigawatt_hour": "energy", "kilometer/hour": "speed",
    "knot": "speed", "mile/hour": "speed", "meter/second": "speed", "person/month": "rate",
    "centimeter": "length", "meter": "length", "british_thermal_unit": "energy",
    "USD/month": "rate", "USD/year": "rate",
}
FLOOR = 6  # the brief's minimum per news dimension


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
    """Count quantities by unit dimension, the news-unit total and the news dimensions below 6."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in t5.NEWS)
    thin = [f"{d} {dims[d]}" for d in t5.NEWS if dims[d] < FLOOR]
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}"
            + "\nnews dimensions below " + str(FLOOR) + ": " + (", ".join(thin) or "none"))


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
