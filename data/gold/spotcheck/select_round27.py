"""Yes/no overlap check for the round-27 spot-check stories (issue 9); prints counts only.

Counts, for each story of `round27_stories_source.txt`, the sentences whose first 60 characters
occur in any open file under `data/gold/` or in the VOA corpus file, and says whether the
story's URL or article number occurs in the open gold. Left out (sealed now, or this round's own
files): events `test26/`, `test27/`, `blind57*`-`blind60*` with their builders, annotations and
READMEs; quotes `test25*`, `test26*` and their checkers; quantities `test26*`, `test27*` and
their checkers; readouts `heldout25*`, `heldout26*` with their annotations and checkers; the
round-26 spot check with its builder and selector; every README file (several hold sealed
sections) and every LOG file; round 27's own files. Nothing of the searched files is printed.
Does not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/select_round27.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

SEALED = (
    "data/gold/test26/",
    "data/gold/test27/",
    *(f"data/gold/events/{kind}blind{n}" for n in (57, 58, 59, 60)
      for kind in ("", "README-", "annotation_", "build_")),
    "data/gold/quotes/test25",
    "data/gold/quotes/test26",
    "data/gold/quotes/README-test25",
    "data/gold/quotes/README-test26",
    "data/gold/check_quotes_test25",
    "data/gold/check_quotes_test26",
    "data/gold/quantities/test26",
    "data/gold/quantities/test27",
    "data/gold/quantities/README-test26",
    "data/gold/quantities/README-test27",
    "data/gold/check_quantities_test26",
    "data/gold/check_quantities_test27",
    "data/gold/readouts/heldout25",
    "data/gold/readouts/heldout26",
    "data/gold/readouts/README-heldout25",
    "data/gold/readouts/README-heldout26",
    "data/gold/readouts/annotations-heldout25",
    "data/gold/readouts/annotations-heldout26",
    "data/gold/readouts/check_heldout25",
    "data/gold/readouts/check_heldout26",
    "data/gold/spotcheck/round26",
    "data/gold/spotcheck/build_round26",
    "data/gold/spotcheck/select_round26",
    "data/gold/spotcheck/round27",
    "data/gold/spotcheck/build_round27",
    "data/gold/spotcheck/select_round27",
)  # fmt: skip
# Every README file under data/gold (LOG files are left out by `overlap_report` itself).
READMES = tuple(sorted(f.as_posix() for f in Path("data/gold").rglob("README*")))
EXCLUDE = SEALED + READMES
SOURCE = "data/gold/spotcheck/round27_stories_source.txt"


if __name__ == "__main__":
    print("\n".join(overlap_report(SOURCE, EXCLUDE)))
