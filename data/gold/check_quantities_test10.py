"""Build and check the sealed quantities test set ``quantities/test10.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test10_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through it
test8 ... test5 and ``checklib.py``), imported, not copied: this script only points test9's builder
at the test10 source, adds the dimensions of the units this set uses that test9's table lacks, and
adds count lines for the brief's targets (news-unit dimensions, documents per source host).

Usage::

    python data/gold/check_quantities_test10.py build    # writes quantities/test10.jsonl
    python data/gold/check_quantities_test10.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test9 as t9
from checklib import NORM, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test10_source.py"
TARGET = HERE / "quantities" / "test10.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test9's table extended).
DIMENSION = {
    **t9.DIMENSION,
    "centimeter": "length", "hectare": "area", "square_kilometer": "area", "acre": "area",
    "square_mile": "area", "liter": "volume", "gallon": "volume", "cubic_meter": "volume",
    "kilogram": "mass", "pound": "mass", "short_ton": "mass", "fraction": "percent",
    "percentage_point": "percent", "person": "count", "count": "count", "EUR": "money",
    "USD/barrel": "rate", "metric_ton/hectare": "rate", "kilogram/hectare": "rate",
    "metric_ton/day": "rate", "metric_ton/year": "rate", "cubic_meter/year": "rate",
    "USD/day": "rate", "USD/metric_ton": "rate", "person/day": "rate", "count/day": "rate",
    "kilometer/hour": "speed", "mile/hour": "speed", "knot": "speed",
    "megawatt_hour": "energy", "gigawatt_hour": "energy", "kilowatt_hour": "energy",
    "gigawatt": "power", "megawatt": "power", "kilowatt": "power",
    "celsius": "temperature", "fahrenheit": "temperature", "magnitude": "other",
    "day/week": "rate", "cubic_foot/second/day": "rate", "cubic_foot/second": "rate",
    "cubic_yard": "volume", "bushel": "volume", "inch": "length", "mile": "length",
    "square_foot": "area", "acre_foot": "volume", "multiplier": "other", "liter/day": "rate",
    "USD/year": "rate", "count/year": "rate", "millimeter": "length", "minute": "duration",
}


#: Units of this set that the guideline's table and test8's extension lack (area -> km2).
EXTRA_NORM = {"square_foot": ("square_kilometer", 0.09290304e-6)}


def build() -> list[dict]:
    """Build every document of the test10 source with test9's builder (same normalisation).

    Quantities in a unit of :data:`EXTRA_NORM` get their normalized fields from the guideline's
    table extended by it, as test9's builder does for test8's extension.
    """
    t9.SOURCE = SOURCE
    rows = t9.build()
    table = {**NORM, **t8.EXTRA_NORM, **EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in EXTRA_NORM):
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


def hosts(rows: list[dict]) -> str:
    """Count documents by source host (the brief allows at most 3 per agency)."""
    return "hosts: " + ", ".join(f"{h} {n}" for h, n in
                                 Counter(r["source"] for r in rows).most_common())


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources, hosts],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
