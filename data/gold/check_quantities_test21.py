"""Build and check the sealed quantities test set ``quantities/test21.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test21_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test19.py`` /
``check_quantities_test17.py`` (and through them ``check_quantities_test9.py`` ...
``checklib.py``), imported, not copied; this script only points them at test21, adds the
dimensions of the units this set uses that test19's table lacks, and adds one check the round-21
brief asks for: no document holds more than 12 quantities of one dimension.

Usage::

    python data/gold/check_quantities_test21.py build    # writes quantities/test21.jsonl
    python data/gold/check_quantities_test21.py check    # re-checks the written file, prints counts
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
import check_quantities_test19 as t19
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test21_source.py"
TARGET = HERE / "quantities" / "test21.jsonl"

#: Dimension of each unit id of this set: test19's table plus the units new in test21.
DIMENSION = {
    **t19.DIMENSION,
    "inch_of_mercury": "other", "degree_day": "other",
    "gallon/day": "rate", "liter/week": "rate", "count/week": "rate", "hectare/year": "rate",
    "kilogram/hectare": "rate", "meter/year": "speed",
}

#: At most this many quantities of one dimension in one document (round-21 brief).
PER_PAGE_LIMIT = 12

build = functools.partial(t17.build, SOURCE)
dimensions = functools.partial(t17.dimensions, table=DIMENSION)


def page_limit_problems(rows: list[dict]) -> list[str]:
    """Return one problem per document and dimension above :data:`PER_PAGE_LIMIT`."""
    problems = []
    for r in rows:
        dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"]) for q in r["quantities"])
        problems += [f"{r['id']}: {n} quantities of dimension {d} (limit {PER_PAGE_LIMIT})"
                     for d, n in dims.items() if n > PER_PAGE_LIMIT]
        problems += [f"{r['id']}: unmapped unit {d[9:]}" for d in dims if d.startswith("UNMAPPED")]
    return problems


def check(rows: list[dict]) -> list[str]:
    """Return test5's span and value problems plus the per-page dimension limit."""
    return t5.check(rows) + page_limit_problems(rows)


def page_spread(rows: list[dict]) -> str:
    """Name the largest count of one dimension on one page."""
    best = max(((n, r["id"], d) for r in rows
                for d, n in Counter(DIMENSION.get(q["unit"], "?") for q in r["quantities"]).items()),
               default=(0, "-", "-"))
    return f"largest single-dimension count on one page: {best[1]} {best[2]} {best[0]}"


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check,
                [t5.counts, dimensions, t8.sources, t17.largest_page, page_spread],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
