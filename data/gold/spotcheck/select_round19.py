"""Yes/no overlap check for the round-19 spot-check stories (issue 9); prints counts only.

Counts, for each story of `round19_stories_source.txt`, the sentences whose first 60 characters
occur in any open file under `data/gold/` (every file except the sets sealed in round 18 and
round 19's own files: events `test18/`, `blind44*`, `blind45*` and their builders, quotes
`test17*` and its checker, quantities `test18*` and its checker, readouts `heldout17*`, the
round-18 spot check and its builder, `data/gold/README.md` and `spotcheck/README.md` (they hold
sealed sections), LOG files) or in the VOA corpus file, and says whether the story's URL or
article number occurs there. Nothing of the searched files is printed. Does not import
wirecoder. Run from the repository root:

    python data/gold/spotcheck/select_round19.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import overlap_report

EXCLUDE = (
    "data/gold/test18/",
    "data/gold/test19/",
    "data/gold/events/blind44",
    "data/gold/events/blind45",
    "data/gold/events/README-blind44",
    "data/gold/events/README-blind45",
    "data/gold/events/annotation_blind44",
    "data/gold/events/annotation_blind45",
    "data/gold/events/build_blind44",
    "data/gold/events/build_blind45",
    "data/gold/quotes/test17",
    "data/gold/quotes/README-test17",
    "data/gold/check_quotes_test17",
    "data/gold/quantities/test18",
    "data/gold/quantities/README-test18",
    "data/gold/check_quantities_test18",
    "data/gold/readouts/heldout17",
    "data/gold/readouts/README-heldout17",
    "data/gold/readouts/annotations-heldout17",
    "data/gold/spotcheck/round18",
    "data/gold/spotcheck/build_round18",
    "data/gold/spotcheck/select_round18",
    "data/gold/spotcheck/README.md",
    "data/gold/README.md",
    "data/gold/spotcheck/round19",
    "data/gold/spotcheck/build_round19",
    "data/gold/spotcheck/select_round19",
)
SOURCE = "data/gold/spotcheck/round19_stories_source.txt"


if __name__ == "__main__":
    print("\n".join(overlap_report(SOURCE, EXCLUDE)))
