"""How many sentences of each round-10 spot-check story occur in the development gold (issue 9).

As `select_round8.py --stories`: round 10, like rounds 7-9, takes its stories from the search
store (the VOA corpus pool is used up), so this script only checks the stories taken. A story
sentence counts as "in the dev gold" when its first 60 characters occur in one of the open
development files (`DEV_GOLD_GLOBS_ROUND10` in `common.py`: those of round 9 plus the judged
`data/gold/spotcheck/round8.jsonl` and the sets opened in round 9) or in a `tests/*.py` file. The
files are only searched, never printed; the sealed and spent-closed sets
(`SEALED_OR_CLOSED_GLOBS_ROUND10`) only for the story's id or URL (yes/no). Run from the
repository root:

    python data/gold/spotcheck/select_round10.py --stories data/gold/spotcheck/round10-stories.jsonl

Prints id, words, sentences, dev-gold sentence count and numbers, sealed/closed yes/no, title.
No story text and nothing of the searched files is printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import (
    DEV_GOLD_GLOBS_ROUND10,
    SEALED_OR_CLOSED_GLOBS_ROUND10,
    dev_blob,
    gold_ids_or_urls,
    sentences,
)


def check_taken(path: str) -> None:
    """Print id, words, dev-gold sentence count and numbers, sealed/closed yes/no, title."""
    blob = dev_blob(DEV_GOLD_GLOBS_ROUND10)
    with open(path, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    sealed = gold_ids_or_urls(stories, SEALED_OR_CLOSED_GLOBS_ROUND10)
    print("id | words | sentences | dev sentences (numbers) | in sealed/closed set | title")
    for s in stories:
        spans = sentences(s["text"])
        hits = [i for i, (a, b) in enumerate(spans) if s["text"][a:b][:60] in blob]
        yes = "yes" if s["id"] in sealed else "no"
        words = len(s["text"].split())
        print(s["id"], words, len(spans), f"{len(hits)} {hits}", yes, s["title"][:70], sep=" | ")


def main() -> None:
    """Check the stories file named after ``--stories``."""
    if len(sys.argv) != 3 or sys.argv[1] != "--stories":
        raise SystemExit(
            "usage: select_round10.py --stories data/gold/spotcheck/round10-stories.jsonl"
        )
    check_taken(sys.argv[2])


if __name__ == "__main__":
    main()
