"""Overlap check for the round-22 spot check (issue 9): yes/no counts only, nothing quoted.

Looks up the first 60 characters of every sentence of the seven round-22 stories
(`round22_stories_source.txt`) in every open file under `data/gold/` and in the VOA corpus file,
and each story's URL or article number in the open gold, with `common.overlap_report` (no copy
of its scan). Left out of the search (never read): the sets sealed for round 22 (events test21,
test22, blind50-blind53 with their builders, annotations, checksums and READMEs; quotes test20 and
test21 and their checkers; quantities test21 and test22 and their checkers; readouts heldout20 and
heldout21), the round-21 spot check (sealed until the end of round 21), this round's own files,
README files and LOG files. Run from the repository root:

    python data/gold/spotcheck/select_round22.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

EXCLUDE = (
    "data/gold/test21/", "data/gold/test22/",
    *(f"data/gold/events/{kind}blind{n}" for n in (50, 51, 52, 53)
      for kind in ("", "README-", "SHA256SUMS-", "annotation_", "build_")),
    "data/gold/quotes/README-test20", "data/gold/quotes/test20",
    "data/gold/quotes/README-test21", "data/gold/quotes/test21",
    "data/gold/check_quotes_test20", "data/gold/check_quotes_test21",
    "data/gold/quantities/README-test21", "data/gold/quantities/test21",
    "data/gold/quantities/README-test22", "data/gold/quantities/test22",
    "data/gold/check_quantities_test21", "data/gold/check_quantities_test22",
    "data/gold/readouts/README-heldout20", "data/gold/readouts/annotations-heldout20",
    "data/gold/readouts/check_heldout20", "data/gold/readouts/heldout20",
    "data/gold/readouts/README-heldout21", "data/gold/readouts/annotations-heldout21",
    "data/gold/readouts/check_heldout21", "data/gold/readouts/heldout21",
    "data/gold/spotcheck/round21", "data/gold/spotcheck/build_round21",
    "data/gold/spotcheck/select_round21",
    "data/gold/spotcheck/round22", "data/gold/spotcheck/build_round22",
    "data/gold/spotcheck/select_round22",
)  # fmt: skip

# README files (any directory; some hold sealed sections) are left out by their paths, LOG files
# by `overlap_report` itself.
READMES = tuple(p.as_posix() for p in sorted(Path("data/gold").rglob("README*")))

if __name__ == "__main__":
    for line in overlap_report("data/gold/spotcheck/round22_stories_source.txt", EXCLUDE + READMES):
        print(line)
