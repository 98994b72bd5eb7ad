"""How many sentences of each VOA story occur in the development gold (issue 9 spot check, round 6).

As `select_round5.py`, with the blind event sets added to the searched files: a story sentence
counts as "in the dev gold" when its first 60 characters occur in `data/gold/events/dev*.jsonl`,
`data/gold/events/blind*.jsonl`, `data/gold/actors/dev*.jsonl` or a `tests/*.py` file (the files
are only searched, never printed). The twelve stories of rounds 2-5 and stories whose id occurs
anywhere under `data/gold/readouts/` (an id search only) are left out. Run from the repository
root:

    python data/gold/spotcheck/select_round6.py ../shared/corpora/voa/voa_stories.jsonl

Prints one row per remaining story: id, section, date, words, dev sentences, title; fewest dev
sentences first. No story text is printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import DEV_GOLD_GLOBS_ROUND6, dev_blob, readout_ids, sentences

EARLIER_ROUNDS = {
    "8005899", "6203091", "8009771",  # round 2
    "6205546", "6181504", "7810159",  # round 3
    "8009853", "8008619", "8008079",  # round 4
    "6203525", "6204681", "7686618",  # round 5
}  # fmt: skip


def main() -> None:
    """Print the ranking table."""
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    blob = dev_blob(DEV_GOLD_GLOBS_ROUND6)
    with open(corpus, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    excluded = EARLIER_ROUNDS | readout_ids([s["id"] for s in stories])
    rows = []
    for s in stories:
        if s["id"] in excluded:
            continue
        n = sum(s["text"][a:b][:60] in blob for a, b in sentences(s["text"]))
        words = len(s["text"].split())
        rows.append((n, s["id"], s["section"], s["published"][:10], words, s["title"][:70]))
    print(
        f"# {len(stories)} stories; {len(EARLIER_ROUNDS)} of rounds 2-5 and "
        f"{len(excluded - EARLIER_ROUNDS)} more with an id under data/gold/readouts/ left out"
    )
    print("id | section | date | words | dev sentences | title")
    for n, sid, sec, date, words, title in sorted(rows):
        print(sid, sec, date, words, n, title, sep=" | ")


if __name__ == "__main__":
    main()
