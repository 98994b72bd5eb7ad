"""Overlap check for the round-20 spot check (issue 9): yes/no counts only, nothing quoted.

Looks up the first 60 characters of every sentence of the seven round-20 stories
(`round20_stories_source.txt`) in every open file under `data/gold/` and in the VOA corpus file,
and each story's URL or article number in the open gold, with `common.overlap_report` (no copy
of its scan). Left out of the search (never read): the sets sealed for round 20 (events test19,
blind46, blind47; quotes test18; quantities test19 and their checkers; readouts heldout18), the
round-19 spot check (sealed until the end of round 19), this round's own files, the two READMEs
that hold sealed sections, and LOG files. Run from the repository root:

    python data/gold/spotcheck/select_round20.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

EXCLUDE = (
    "data/gold/test19/",
    "data/gold/events/README-blind46", "data/gold/events/README-blind47",
    "data/gold/events/annotation_blind46", "data/gold/events/annotation_blind47",
    "data/gold/events/blind46", "data/gold/events/blind47",
    "data/gold/events/build_blind46", "data/gold/events/build_blind47",
    "data/gold/quotes/README-test18", "data/gold/quotes/test18",
    "data/gold/quantities/README-test19", "data/gold/quantities/test19",
    "data/gold/check_quotes_test18", "data/gold/check_quantities_test19",
    "data/gold/readouts/README-heldout18", "data/gold/readouts/annotations-heldout18",
    "data/gold/readouts/heldout18",
    "data/gold/spotcheck/round19", "data/gold/spotcheck/build_round19",
    "data/gold/spotcheck/select_round19",
    "data/gold/spotcheck/round20", "data/gold/spotcheck/build_round20",
    "data/gold/spotcheck/select_round20",
    "data/gold/README.md", "data/gold/spotcheck/README.md",
)  # fmt: skip

if __name__ == "__main__":
    for line in overlap_report("data/gold/spotcheck/round20_stories_source.txt", EXCLUDE):
        print(line)
