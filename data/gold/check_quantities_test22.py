"""Build and check the sealed quantities test set ``quantities/test22.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test22_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension tables are those of ``check_quantities_test20.py`` (and through
it ``check_quantities_test17.py`` ... ``checklib.py``), imported with parameters, not copied; this
script points them at test22, adds the dimensions of the units new in this set, and adds one line
that checks the brief's cap (no page with more than 12 quantities of one dimension).

Usage::

    python data/gold/check_quantities_test22.py build    # writes quantities/test22.jsonl
    python data/gold/check_quantities_test22.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import functools
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test17 as t17
import check_quantities_test20 as t20
from checklib import NORM, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test22_source.py"
TARGET = HERE / "quantities" / "test22.jsonl"

#: Dimension of each unit id of this set: test20's table plus the units new in test22 (``X/Y``
#: units are rates unless they are speeds).
DIMENSION = {
    **t20.DIMENSION,
    "square_meter": "area", "square_foot": "area", "megawatt_hour/year": "rate",
    "inch_of_mercury": "other", "USD/year": "rate", "cubic_foot/second": "rate",
}

#: Area units new in test22, normalized like the guideline's areas (to square kilometers).
EXTRA_NORM = {
    "square_meter": ("square_kilometer", 1e-6),
    "square_foot": ("square_kilometer", 9.290304e-8),
}

#: The brief's cap: no page holds more than this many quantities of one dimension.
CAP = 12



def build(source: Path = SOURCE) -> list[dict]:
    """Build with test20's builder, then normalize the units of :data:`EXTRA_NORM`."""
    rows = t20.build(source)
    table = {**NORM, **EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                table)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"], table)[0]
    return rows


dimensions = functools.partial(t17.dimensions, table=DIMENSION)


def page_cap(rows: list[dict]) -> str:
    """Name the largest per-page count of one dimension; flag pages over :data:`CAP`."""
    worst, over = (0, "", ""), []
    for r in rows:
        for dim, n in Counter(DIMENSION.get(q["unit"], "UNMAPPED") for q in r["quantities"]).items():
            worst = max(worst, (n, r["id"], dim))
            if n > CAP:
                over.append(f"{r['id']} {dim} {n}")
    line = f"largest one-dimension share of a page: {worst[1]} {worst[2]} {worst[0]} (cap {CAP})"
    return line + (" · OVER CAP: " + "; ".join(over) if over else " · cap met")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check,
                [t5.counts, dimensions, t8.sources, t17.largest_page, page_cap],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
