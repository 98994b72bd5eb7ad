"""Build and check the sealed quantities test set ``quantities/test8.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test8_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test7.py`` (and through it
``check_quantities_test6.py``, ``check_quantities_test5.py`` and ``checklib.py``), imported, not
copied; this script only points them at test8 and adds the dimensions of the units this set uses
that test7's table lacks.

Usage::

    python data/gold/check_quantities_test8.py build    # writes quantities/test8.jsonl
    python data/gold/check_quantities_test8.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test6 as t6
import check_quantities_test7 as t7
from checklib import NORM, build_paragraph_docs, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test8_source.py"
TARGET = HERE / "quantities" / "test8.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test7's table extended).
DIMENSION = {
    **t7.DIMENSION,
    "centimeter": "length", "millimeter": "length", "inch": "length", "yard": "length",
    "square_mile": "area", "knot": "speed", "kilometer/hour": "speed", "mile/hour": "speed",
    "centimeter/year": "speed", "inch/year": "speed", "microradian": "other",
    "metric_ton/day": "rate", "metric_ton/hectare": "rate", "bushel": "volume",
    "bushel/acre": "rate", "barrel/day": "rate", "USD/bushel": "rate", "USD/gallon": "rate",
    "cubic_foot/day": "rate", "degree": "other", "cubic_yard": "volume", "cubic_meter": "volume",
    "second": "duration",
}
#: Normalisation of the units this set adds to the guideline's table (volume -> liter).
EXTRA_NORM = {**t6.EXTRA_NORM, "cubic_yard": ("liter", 764.554857984)}


def build() -> list[dict]:
    """Build every document of the source file, as test7's builder does (plus ``cubic_yard``)."""
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


def sources(rows: list[dict]) -> str:
    """Count documents and quantities by source (VOA or government)."""
    docs = Counter(r["source"].split(":")[0] for r in rows)
    qs = Counter(r["source"].split(":")[0] for r in rows for _ in r["quantities"])
    return "by source: " + ", ".join(f"{s} {docs[s]} docs / {qs[s]} quantities" for s in docs)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, sources],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
