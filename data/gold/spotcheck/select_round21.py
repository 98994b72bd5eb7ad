"""Yes/no overlap check for the round-21 spot-check stories (issue 9); prints counts only.

Counts, for each story of `round21_stories_source.txt`, the sentences whose first 60 characters
occur in any open file under `data/gold/` or in the VOA corpus file, and says whether the
story's URL or article number occurs in the open gold. Left out (sealed now, or this round's own
files): events `test20/`, `test21/`, `blind48*`-`blind51*` with their builders, annotations and
READMEs; quotes `test19*`, `test20*` and their checkers; quantities `test20*`, `test21*` and
their checkers; readouts `heldout19*`, `heldout20*`; the round-20 spot check with its builder and
selector; every README file (several hold sealed sections) and every LOG file; round 21's own
files. Nothing of the searched files is printed. Does not import wirecoder. Run from the
repository root:

    python data/gold/spotcheck/select_round21.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

SEALED = (
    "data/gold/test20/",
    "data/gold/test21/",
    *(f"data/gold/events/{kind}blind{n}" for n in (48, 49, 50, 51)
      for kind in ("", "README-", "annotation_", "build_")),
    "data/gold/quotes/test19",
    "data/gold/quotes/test20",
    "data/gold/quotes/README-test19",
    "data/gold/quotes/README-test20",
    "data/gold/check_quotes_test19",
    "data/gold/check_quotes_test20",
    "data/gold/quantities/test20",
    "data/gold/quantities/test21",
    "data/gold/quantities/README-test20",
    "data/gold/quantities/README-test21",
    "data/gold/check_quantities_test20",
    "data/gold/check_quantities_test21",
    "data/gold/readouts/heldout19",
    "data/gold/readouts/heldout20",
    "data/gold/readouts/README-heldout19",
    "data/gold/readouts/README-heldout20",
    "data/gold/readouts/annotations-heldout19",
    "data/gold/readouts/annotations-heldout20",
    "data/gold/spotcheck/round20",
    "data/gold/spotcheck/build_round20",
    "data/gold/spotcheck/select_round20",
    "data/gold/spotcheck/round21",
    "data/gold/spotcheck/build_round21",
    "data/gold/spotcheck/select_round21",
)  # fmt: skip
# Every README file under data/gold (LOG files are left out by `overlap_report` itself).
READMES = tuple(sorted(f.as_posix() for f in Path("data/gold").rglob("README*")))
EXCLUDE = SEALED + READMES
SOURCE = "data/gold/spotcheck/round21_stories_source.txt"


if __name__ == "__main__":
    print("\n".join(overlap_report(SOURCE, EXCLUDE)))
