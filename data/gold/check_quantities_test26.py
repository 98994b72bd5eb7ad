"""Build and check the sealed quantities test set ``quantities/test26.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test26_source.py`` (each
document's verbatim paragraphs and its records in text order). Everything is reused by import
from ``check_quantities_test22.py`` (and through it test20's builder, test17's dimension counter
and largest-page line, test8's source counter, test5's checks and ``checklib.py``), exactly as
``check_quantities_test24.py`` does: this script only points test22's builder at test26's source
and target and adds the one unit id new in test26 (``liter/day``, a rate: qt26-04 'hundreds of
thousands of liters of oil each day') to test22's dimension table, so that test22's
``dimensions`` and its cap line (no page with more than 12 quantities of one dimension) apply.

Usage::

    python data/gold/check_quantities_test26.py build    # writes quantities/test26.jsonl
    python data/gold/check_quantities_test26.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test17 as t17
import check_quantities_test22 as t22
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test26_source.py"
TARGET = HERE / "quantities" / "test26.jsonl"

#: test22's builder (test20's builder plus test22's area normalisation) on test26's source.
build = functools.partial(t22.build, SOURCE)

#: The one unit id new in test26; ``X/Y`` units are rates. test22's ``dimensions`` and
#: ``page_cap`` read ``t22.DIMENSION`` (the same dict object), so the entry is added there.
t22.DIMENSION.setdefault("liter/day", "rate")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check,
                [t5.counts, t22.dimensions, t8.sources, t17.largest_page, t22.page_cap],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
