"""Build and check the sealed quantities test set ``quantities/test6.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test6_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks and
the count lines are those of ``check_quantities_test5.py`` and ``checklib.py``, imported, not
copied; this script adds the unit-dimension table of the units this set uses.

Usage::

    python data/gold/check_quantities_test6.py build    # writes quantities/test6.jsonl
    python data/gold/check_quantities_test6.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
from checklib import NORM, build_paragraph_docs, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test6_source.py"
TARGET = HERE / "quantities" / "test6.jsonl"

#: Dimension of each unit id used in this set, as the scorer groups them (rates 'X/Y' other than
#: speeds are 'rate'), extending test5's table with this set's units.
DIMENSION = {
    **t5.DIMENSION,
    "short_ton": "mass", "cubic_foot": "volume", "kilowatt_hour": "energy",
    "kilometer/hour": "speed", "hectare": "area", "square_kilometer": "area",
    "gallon/day": "rate", "USD/gallon": "rate", "USD/Mcf": "rate", "USD/short_ton": "rate",
    "USD/pound": "rate", "USD/kilowatt_hour": "rate", "metric_ton/miner_hour": "rate",
    "metric_ton/hectare": "rate", "kilogram/hectare": "rate",
    "gallon": "volume", "liter": "volume", "cubic_kilometer": "volume", "acre_foot": "volume",
    "kilogram": "mass", "megawatt_hour": "energy", "fraction": "percent",
    "cubic_foot/second": "rate", "gallon/minute": "rate", "acre_foot/year": "rate",
    "pound/gallon": "rate", "kilogram/liter": "rate", "count/year": "rate",
    "centistokes": "other", "millimeter/year": "speed",
}

#: Volume units of this set that the guideline's table (``checklib.NORM``) lacks: normalized to
#: liters like the other volumes (1 km3 = 1e12 L; 1 acre-foot = 43,560 cubic feet).
EXTRA_NORM = {
    "cubic_kilometer": ("liter", 1e12),
    "acre_foot": ("liter", 43560 * 28.316846592),
}


def build() -> list[dict]:
    """Build every document of the source file into gold records.

    Quantities in a unit of :data:`EXTRA_NORM` get their normalized fields from the guideline's
    table extended by it (the shared builder knows only the guideline's table).
    """
    rows = build_paragraph_docs(SOURCE)
    table = {**NORM, **EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in EXTRA_NORM):
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
