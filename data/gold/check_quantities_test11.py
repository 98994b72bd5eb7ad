"""Build and check the sealed quantities test set ``quantities/test11.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test11_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through it
``check_quantities_test8.py`` ... ``checklib.py``), imported, not copied; this script only points
them at test11, adds the dimensions of the units this set uses that test9's table lacks, and adds
two count lines: the nine news dimensions with the set's minimum of 6 each, and the largest share
of all quantities held by one document (the brief's limit is 15 %).

Usage::

    python data/gold/check_quantities_test11.py build    # writes quantities/test11.jsonl
    python data/gold/check_quantities_test11.py check    # re-checks the written file, prints counts
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
SOURCE = HERE / "quantities" / "test11_source.py"
TARGET = HERE / "quantities" / "test11.jsonl"

#: Dimension of each unit id of this set, as the scorer groups them (test9's table extended;
#: ``X/Y`` units are "rate" unless they are speeds).
DIMENSION = {
    **t9.DIMENSION,
    "meter/pixel": "rate", "kilowatt_hour/month": "rate", "kilowatt_hour/customer": "rate",
    "USD/MMBtu": "rate", "knot": "speed", "square_mile": "area", "magnitude": "other",
    "degree": "other", "fraction": "percent", "liter": "volume", "cubic_foot": "volume",
    "megawatt_hour": "energy", "kilowatt_hour": "energy",
}
#: Minimum number of quantities the brief asks for in each news dimension.
MIN_PER_DIMENSION = 6


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
    """Count quantities by unit dimension, the news-unit total and each news dimension."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in t5.NEWS)
    short = [d for d in t5.NEWS if dims[d] < MIN_PER_DIMENSION]
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}\n"
            + "news dimensions: " + ", ".join(f"{d} {dims[d]}" for d in t5.NEWS)
            + (f" (below {MIN_PER_DIMENSION}: {', '.join(short)})" if short
               else f" (each >= {MIN_PER_DIMENSION})"))


def page_share(rows: list[dict]) -> str:
    """Report the document holding the largest share of all quantities."""
    total = sum(len(r["quantities"]) for r in rows)
    top = max(rows, key=lambda r: len(r["quantities"]))
    return (f"largest document: {top['id']} with {len(top['quantities'])} of {total} quantities "
            f"({100 * len(top['quantities']) / total:.1f} %)")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check, [t5.counts, dimensions, t8.sources, page_share],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
