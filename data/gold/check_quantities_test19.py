"""Build and check the sealed quantities test set ``quantities/test19.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test19_source.py`` (each
document's verbatim paragraphs and its records in text order). The builder, the span checks, the
count lines and the unit-dimension table are those of ``check_quantities_test9.py`` (and through
it ``check_quantities_test8.py`` ... ``checklib.py``), imported, not copied; this script only
points them at test19 through test17's functions (``build``, ``dimensions`` and
``largest_page`` take the source file and the dimension table), adds the dimensions of the
units this set uses that test17's table lacks, and adds a count line per news dimension (the
brief asks for at least 6 of each).

Usage::

    python data/gold/check_quantities_test19.py build    # writes quantities/test19.jsonl
    python data/gold/check_quantities_test19.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import functools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import check_quantities_test5 as t5  # sits next to this script
import check_quantities_test8 as t8
import check_quantities_test17 as t17
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test19_source.py"
TARGET = HERE / "quantities" / "test19.jsonl"

#: Dimension of each unit id of this set: test17's table plus the units new in test19.
DIMENSION = {
    **t17.DIMENSION,
    "millibar": "other", "inch/hour": "speed", "british_thermal_unit": "energy",
}

build = functools.partial(t17.build, SOURCE)
dimensions = functools.partial(t17.dimensions, table=DIMENSION)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, t5.check,
                [t5.counts, dimensions, t8.sources, t17.largest_page],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
