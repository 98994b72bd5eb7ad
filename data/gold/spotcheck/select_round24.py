"""Overlap check for the round-24 spot check (issue 9): yes/no counts only, nothing quoted.

Looks up the first 60 characters of every sentence of the six round-24 stories
(`round24_stories_source.txt`) in every open file under `data/gold/` and in the VOA corpus file,
and each story's URL or article number in the open gold, with `common.overlap_report` (no copy
of its scan). Left out of the search (never read): the sets sealed now (events test23 and test24,
blind54-blind57 with their builders, annotations, checksums and READMEs; quotes test22 and test23
and their checkers; quantities test23 and test24 and their checkers; readouts heldout22 and
heldout23), the round-23 spot check (sealed until the end of round 23) with its builder and
selection script, this round's own files, README files and LOG files. Run from the repository
root:

    python data/gold/spotcheck/select_round24.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

EXCLUDE = (
    "data/gold/test23/", "data/gold/test24/",
    *(f"data/gold/events/{kind}blind{n}" for n in (54, 55, 56, 57)
      for kind in ("", "README-", "SHA256SUMS-", "annotation_", "build_")),
    *(f"data/gold/quotes/{kind}test{n}" for n in (22, 23) for kind in ("", "README-")),
    "data/gold/check_quotes_test22", "data/gold/check_quotes_test23",
    *(f"data/gold/quantities/{kind}test{n}" for n in (23, 24) for kind in ("", "README-")),
    "data/gold/check_quantities_test23", "data/gold/check_quantities_test24",
    *(f"data/gold/readouts/{kind}heldout{n}" for n in (22, 23)
      for kind in ("", "README-", "annotations-", "check_")),
    "data/gold/spotcheck/round23", "data/gold/spotcheck/build_round23",
    "data/gold/spotcheck/select_round23",
    "data/gold/spotcheck/round24", "data/gold/spotcheck/build_round24",
    "data/gold/spotcheck/select_round24",
)  # fmt: skip

# README files (any directory; some hold sealed sections) are left out by their paths, LOG files
# by `overlap_report` itself.
READMES = tuple(p.as_posix() for p in sorted(Path("data/gold").rglob("README*")))

if __name__ == "__main__":
    for line in overlap_report("data/gold/spotcheck/round24_stories_source.txt", EXCLUDE + READMES):
        print(line)
