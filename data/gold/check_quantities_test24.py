"""Build and check the sealed quantities test set ``quantities/test24.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test24_source.py`` (each
document's verbatim paragraphs and its records in text order). Everything is reused by import
from ``check_quantities_test22.py`` (and through it test20's builder, test17's dimension counter
and largest-page line, test8's source counter, test5's checks and ``checklib.py``): this script
only points test22's builder at test24's source and target. test24 uses no unit that test22's
dimension table and normalisation do not already know (except ``USD/megawatt_hour``, a rate added
by the top-up below), so test22's ``dimensions`` and its cap line (no page with more than 12
quantities of one dimension) apply.

Usage::

    python data/gold/check_quantities_test24.py build    # writes quantities/test24.jsonl
    python data/gold/check_quantities_test24.py check    # re-checks the written file, prints counts
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
SOURCE = HERE / "quantities" / "test24_source.py"
TARGET = HERE / "quantities" / "test24.jsonl"

#: test22's builder (test20's builder plus test22's area normalisation) on test24's source.
build = functools.partial(t22.build, SOURCE)

#: test22's dimension table plus the one unit id new in the top-up by sqy24b (qt24-39, qt24-40:
#: '$31.06 per megawatt-hour'); ``X/Y`` units are rates, so it is a rate. test22's ``dimensions``
#: and ``page_cap`` read ``t22.DIMENSION`` (the same dict object), so the entry is added there.
t22.DIMENSION.setdefault("USD/megawatt_hour", "rate")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check,
                [t5.counts, t22.dimensions, t8.sources, t17.largest_page, t22.page_cap],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
