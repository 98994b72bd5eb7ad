"""Build and check the sealed quantities test set ``quantities/test20.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test20_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension tables are those of ``check_quantities_test17.py`` /
``check_quantities_test19.py`` (and through them ``check_quantities_test9.py`` ... ``checklib.py``),
imported with parameters, not copied; this script only points them at test20, adds the
dimensions of the units this set uses that test19's table lacks, and normalizes the one volume
unit of this set that test17's builder leaves as written (``acre_foot``, with test18's factor).

Usage::

    python data/gold/check_quantities_test20.py build    # writes quantities/test20.jsonl
    python data/gold/check_quantities_test20.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test17 as t17
import check_quantities_test18 as t18
import check_quantities_test19 as t19
from checklib import NORM, normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test20_source.py"
TARGET = HERE / "quantities" / "test20.jsonl"

#: Dimension of each unit id of this set: test19's table (test17's plus its own) and test18's,
#: plus the units new in test20 (``X/Y`` units are rates unless they are speeds).
DIMENSION = {
    **t18.DIMENSION,
    **t19.DIMENSION,
    "millimeter/year": "speed", "person/year": "rate", "foot/second**2": "other",
    "cubic_yard": "volume", "short_ton": "mass", "gallon": "volume", "bushel": "volume",
}

#: Units whose normalisation test17's builder does not know (test18's liter factors).
EXTRA_NORM = {unit: rule for unit, rule in t18.EXTRA_NORM.items() if unit not in t8.EXTRA_NORM}


def build(source: Path = SOURCE) -> list[dict]:
    """Build with test17's builder, then normalize the units of :data:`EXTRA_NORM`."""
    rows = t17.build(source)
    table = {**NORM, **t8.EXTRA_NORM, **EXTRA_NORM}
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                table)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"], table)[0]
    return rows


dimensions = functools.partial(t17.dimensions, table=DIMENSION)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check,
                [t5.counts, dimensions, t8.sources, t17.largest_page],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
