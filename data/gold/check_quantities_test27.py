"""Build and check the sealed quantities test set ``quantities/test27.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test27_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span and value
checks, the count lines, the per-page dimension limit and the source-kind line are those of
``check_quantities_test25.py`` (and through it test23/test21/test17/test8/test5 and
``checklib.py``), imported, not copied; this script only points them at test27, adds the
dimensions of the unit ids this set uses that test25's table lacks and normalizes its one new
unit with a scale (``square_meter``).

Usage::

    python data/gold/check_quantities_test27.py build    # writes quantities/test27.jsonl
    python data/gold/check_quantities_test27.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test17 as t17
import check_quantities_test23 as t23
import check_quantities_test25 as t25
from checklib import normalize
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test27_source.py"
TARGET = HERE / "quantities" / "test27.jsonl"

#: Dimension of each unit id of this set: test25's table plus the units new in test27.
DIMENSION = {
    **t25.DIMENSION,
    "square_meter": "area",
    "kilometer/week": "speed",
    "pound/acre": "rate", "kilowatt_hour/month": "rate", "kilowatt_hour/day": "rate",
}

#: Normalization of the units new in test27 that have a scale (as ``checklib.NORM`` rows).
EXTRA_NORM = {"square_meter": ("square_kilometer", 0.000001)}

dimensions = functools.partial(t17.dimensions, table=DIMENSION)


def build() -> list[dict]:
    """Build every document with test17's builder, then normalize this set's new scaled units."""
    rows = t17.build(SOURCE)
    for q in (q for r in rows for q in r["quantities"] if q["unit"] in EXTRA_NORM):
        q["normalized_value"], q["normalized_unit"] = normalize(q["unit"], q["kind"], q["value"],
                                                                EXTRA_NORM)
        if "value_high" in q:
            q["normalized_value_high"] = normalize(q["unit"], q["kind"], q["value_high"],
                                                   EXTRA_NORM)[0]
    return rows


def _with_table(func, rows: list[dict]):
    """Call one of test23's table-using functions with this set's dimension table."""
    saved, t23.DIMENSION = t23.DIMENSION, DIMENSION
    try:
        return func(rows)
    finally:
        t23.DIMENSION = saved


def page_limit_problems(rows: list[dict]) -> list[str]:
    """Return test23's (test21's) per-page problems, judged with this set's table."""
    return _with_table(t23.page_limit_problems, rows)


def page_spread(rows: list[dict]) -> str:
    """Name the largest count of one dimension on one page (test21's line, this table)."""
    return _with_table(t23.page_spread, rows)


def unmapped_problems(rows: list[dict]) -> list[str]:
    """Return one problem per unit id that this set's dimension table lacks."""
    return [f"{r['id']} {q['text']!r}: unit {q['unit']} has no dimension"
            for r in rows for q in r["quantities"] if q["unit"] not in DIMENSION]


def check(rows: list[dict]) -> list[str]:
    """Return test5's span and value problems, the per-page limit and unmapped units."""
    return t5.check(rows) + page_limit_problems(rows) + unmapped_problems(rows)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check,
                [t5.counts, dimensions, t8.sources, t23.sources_by_kind, t17.largest_page,
                 page_spread],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
