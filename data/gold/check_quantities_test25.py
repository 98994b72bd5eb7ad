"""Build and check the sealed quantities test set ``quantities/test25.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test25_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span and value
checks, the count lines, the per-page dimension limit and the source-kind line are those of
``check_quantities_test23.py`` (and through it test21/test17/test8/test5 and ``checklib.py``),
imported, not copied; this script only points them at test25 and adds the dimensions of the
unit ids this set uses that test23's table lacks.

Usage::

    python data/gold/check_quantities_test25.py build    # writes quantities/test25.jsonl
    python data/gold/check_quantities_test25.py check    # re-checks the written file, prints counts
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
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test25_source.py"
TARGET = HERE / "quantities" / "test25.jsonl"

#: Dimension of each unit id of this set: test23's table plus the units new in test25.
DIMENSION = {
    **t23.DIMENSION,
    "hour/day": "rate", "count/second": "rate",
}

build = functools.partial(t17.build, SOURCE)
dimensions = functools.partial(t17.dimensions, table=DIMENSION)


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


def check(rows: list[dict]) -> list[str]:
    """Return test5's span and value problems plus the per-page dimension limit."""
    return t5.check(rows) + page_limit_problems(rows)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check,
                [t5.counts, dimensions, t8.sources, t23.sources_by_kind, t17.largest_page,
                 page_spread],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
