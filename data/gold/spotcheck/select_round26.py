"""Overlap check for the round-26 spot check (issue 9): yes/no counts only, nothing quoted.

Looks up the first 60 characters of every sentence of the round-26 stories (four by spot26, three
added by spot26b)
(`round26_stories_source.txt`) in every open file under `data/gold/` and in the VOA corpus file,
and each story's URL or article number in the open gold, with `common.overlap_report` (no copy
of its scan). Left out of the search (never read): the sets sealed now (events test25 and test26,
blind56-blind59 with their builders, annotations, checksums and READMEs; quotes test24 and test25
and their checkers; quantities test25 and test26 and their checkers; readouts heldout24 and
heldout25), the round-25 spot check (sealed until the end of round 25) with its builder and
selection script, this round's own files, README files and LOG files. Run from the repository
root:

    python data/gold/spotcheck/select_round26.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

EXCLUDE = (
    "data/gold/test25/", "data/gold/test26/",
    *(f"data/gold/events/{kind}blind{n}" for n in (56, 57, 58, 59)
      for kind in ("", "README-", "SHA256SUMS-", "annotation_", "build_")),
    *(f"data/gold/quotes/{kind}test{n}" for n in (24, 25) for kind in ("", "README-")),
    "data/gold/check_quotes_test24", "data/gold/check_quotes_test25",
    *(f"data/gold/quantities/{kind}test{n}" for n in (25, 26) for kind in ("", "README-")),
    "data/gold/check_quantities_test25", "data/gold/check_quantities_test26",
    *(f"data/gold/readouts/{kind}heldout{n}" for n in (24, 25)
      for kind in ("", "README-", "annotations-", "check_")),
    "data/gold/spotcheck/round25", "data/gold/spotcheck/build_round25",
    "data/gold/spotcheck/select_round25",
    "data/gold/spotcheck/round26", "data/gold/spotcheck/build_round26",
    "data/gold/spotcheck/select_round26",
)  # fmt: skip

# README files (any directory; some hold sealed sections) are left out by their paths, LOG files
# by `overlap_report` itself.
READMES = tuple(p.as_posix() for p in sorted(Path("data/gold").rglob("README*")))

if __name__ == "__main__":
    for line in overlap_report("data/gold/spotcheck/round26_stories_source.txt", EXCLUDE + READMES):
        print(line)
