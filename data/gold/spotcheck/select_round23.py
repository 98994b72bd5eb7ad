"""Yes/no overlap check for the round-23 spot-check stories (issue 9); prints counts only.

Counts, for each story of `round23_stories_source.txt`, the sentences whose first 60 characters
occur in any open file under `data/gold/` or in the VOA corpus file, and says whether the
story's URL or article number occurs in the open gold. Left out (sealed now, or this round's own
files): events `test22/`, `test23/`, `blind52*`-`blind55*` with their builders, annotations and
READMEs; quotes `test21*`, `test22*` and their checkers; quantities `test22*`, `test23*` and
their checkers; readouts `heldout21*`, `heldout22*`; the round-22 spot check with its builder and
selector; every README file (several hold sealed sections) and every LOG file; round 23's own
files. Nothing of the searched files is printed. Does not import wirecoder. Run from the
repository root:

    python data/gold/spotcheck/select_round23.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

SEALED = (
    "data/gold/test22/",
    "data/gold/test23/",
    *(f"data/gold/events/{kind}blind{n}" for n in (52, 53, 54, 55)
      for kind in ("", "README-", "annotation_", "build_")),
    "data/gold/quotes/test21",
    "data/gold/quotes/test22",
    "data/gold/quotes/README-test21",
    "data/gold/quotes/README-test22",
    "data/gold/check_quotes_test21",
    "data/gold/check_quotes_test22",
    "data/gold/quantities/test22",
    "data/gold/quantities/test23",
    "data/gold/quantities/README-test22",
    "data/gold/quantities/README-test23",
    "data/gold/check_quantities_test22",
    "data/gold/check_quantities_test23",
    "data/gold/readouts/heldout21",
    "data/gold/readouts/heldout22",
    "data/gold/readouts/README-heldout21",
    "data/gold/readouts/README-heldout22",
    "data/gold/readouts/annotations-heldout21",
    "data/gold/readouts/annotations-heldout22",
    "data/gold/spotcheck/round22",
    "data/gold/spotcheck/build_round22",
    "data/gold/spotcheck/select_round22",
    "data/gold/spotcheck/round23",
    "data/gold/spotcheck/build_round23",
    "data/gold/spotcheck/select_round23",
)  # fmt: skip
# Every README file under data/gold (LOG files are left out by `overlap_report` itself).
READMES = tuple(sorted(f.as_posix() for f in Path("data/gold").rglob("README*")))
EXCLUDE = SEALED + READMES
SOURCE = "data/gold/spotcheck/round23_stories_source.txt"


if __name__ == "__main__":
    print("\n".join(overlap_report(SOURCE, EXCLUDE)))
