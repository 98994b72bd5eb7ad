"""Build and check the sealed quantities test set ``quantities/test23.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test23_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span and value
checks, the count lines, the unit-dimension table and the per-page dimension limit are those of
``check_quantities_test21.py`` (and through it test19/test17/test9/test8/test5 and
``checklib.py``), imported, not copied; this script only points them at test23 and adds the
dimensions of the unit ids this set uses that test21's table lacks.

Usage::

    python data/gold/check_quantities_test23.py build    # writes quantities/test23.jsonl
    python data/gold/check_quantities_test23.py check    # re-checks the written file, prints counts
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
import check_quantities_test21 as t21
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test23_source.py"
TARGET = HERE / "quantities" / "test23.jsonl"

#: Dimension of each unit id of this set: test21's table plus the units new in test23.
DIMENSION = {
    **t21.DIMENSION,
    "terawatt_hour": "energy", "kilobyte": "other",
}

build = functools.partial(t17.build, SOURCE)
dimensions = functools.partial(t17.dimensions, table=DIMENSION)


def page_limit_problems(rows: list[dict]) -> list[str]:
    """Return test21's per-page problems, judged with this set's dimension table."""
    saved, t21.DIMENSION = t21.DIMENSION, DIMENSION
    try:
        return t21.page_limit_problems(rows)
    finally:
        t21.DIMENSION = saved


def check(rows: list[dict]) -> list[str]:
    """Return test5's span and value problems plus the per-page dimension limit."""
    return t5.check(rows) + page_limit_problems(rows)


def page_spread(rows: list[dict]) -> str:
    """Name the largest count of one dimension on one page (test21's line, this table)."""
    saved, t21.DIMENSION = t21.DIMENSION, DIMENSION
    try:
        return t21.page_spread(rows)
    finally:
        t21.DIMENSION = saved


def sources_by_kind(rows: list[dict]) -> str:
    """Count documents and quantities by source kind (voa / usgov)."""
    docs = Counter(r["source"].split(":")[0] for r in rows)
    qs = Counter()
    for r in rows:
        qs[r["source"].split(":")[0]] += len(r["quantities"])
    return "source kinds: " + ", ".join(f"{k} {docs[k]} docs / {qs[k]} quantities"
                                        for k in sorted(docs))


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check,
                [t5.counts, dimensions, t8.sources, sources_by_kind, t17.largest_page,
                 page_spread],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
