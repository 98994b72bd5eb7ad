"""Yes/no overlap check for the round-25 spot-check stories (issue 9); prints counts only.

Counts, for each story of `round25_stories_source.txt`, the sentences whose first 60 characters
occur in any open file under `data/gold/` or in the VOA corpus file, and says whether the
story's URL or article number occurs in the open gold. Left out (sealed now, or this round's own
files): events `test24/`, `test25/`, `blind55*`-`blind58*` with their builders, annotations and
READMEs; quotes `test23*`, `test24*` and their checkers; quantities `test24*`, `test25*` and
their checkers; readouts `heldout23*`, `heldout24*` with their checkers; the round-24 spot check with its builder and
selector; every README file (several hold sealed sections) and every LOG file; round 25's own
files. Nothing of the searched files is printed. Does not import wirecoder. Run from the
repository root:

    python data/gold/spotcheck/select_round25.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

SEALED = (
    "data/gold/test24/",
    "data/gold/test25/",
    *(f"data/gold/events/{kind}blind{n}" for n in (55, 56, 57, 58)
      for kind in ("", "README-", "annotation_", "build_")),
    "data/gold/quotes/test23",
    "data/gold/quotes/test24",
    "data/gold/quotes/README-test23",
    "data/gold/quotes/README-test24",
    "data/gold/check_quotes_test23",
    "data/gold/check_quotes_test24",
    "data/gold/quantities/test24",
    "data/gold/quantities/test25",
    "data/gold/quantities/README-test24",
    "data/gold/quantities/README-test25",
    "data/gold/check_quantities_test24",
    "data/gold/check_quantities_test25",
    "data/gold/readouts/heldout23",
    "data/gold/readouts/heldout24",
    "data/gold/readouts/README-heldout23",
    "data/gold/readouts/README-heldout24",
    "data/gold/readouts/annotations-heldout23",
    "data/gold/readouts/annotations-heldout24",
    "data/gold/readouts/check_heldout23",
    "data/gold/readouts/check_heldout24",
    "data/gold/spotcheck/round24",
    "data/gold/spotcheck/build_round24",
    "data/gold/spotcheck/select_round24",
    "data/gold/spotcheck/round25",
    "data/gold/spotcheck/build_round25",
    "data/gold/spotcheck/select_round25",
)  # fmt: skip
# Every README file under data/gold (LOG files are left out by `overlap_report` itself).
READMES = tuple(sorted(f.as_posix() for f in Path("data/gold").rglob("README*")))
EXCLUDE = SEALED + READMES
SOURCE = "data/gold/spotcheck/round25_stories_source.txt"


if __name__ == "__main__":
    print("\n".join(overlap_report(SOURCE, EXCLUDE)))
