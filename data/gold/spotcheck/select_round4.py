"""How many sentences of each VOA story occur in the development gold (issue 9 spot check, round 4).

A story sentence counts as "in the dev gold" when its first 60 characters occur in
`data/gold/events/dev*.jsonl`, `data/gold/actors/dev*.jsonl` or a `tests/*.py` file (JSONL lines
are re-serialised without ASCII escapes before the search). The gold files are only searched,
never printed. Stories of rounds 2 and 3 and stories whose id occurs anywhere under
`data/gold/readouts/` (an id search only) are left out of the table. Run from the repository root:

    python data/gold/spotcheck/select_round4.py ../shared/corpora/voa/voa_stories.jsonl [ID ...]

Without ids: one row per remaining story (id, section, date, words, dev sentences, title), fewest
dev sentences first. With ids: the stories' sentences, each marked DEV or not.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import dev_blob, readout_ids, sentences

EARLIER_ROUNDS = {"8005899", "6203091", "8009771", "6205546", "6181504", "7810159"}


def main() -> None:
    """Print the table or the marked sentences."""
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    ids = sys.argv[2:]
    blob = dev_blob()
    with open(corpus, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    excluded = EARLIER_ROUNDS | readout_ids([s["id"] for s in stories])
    rows = []
    for s in stories:
        spans = sentences(s["text"])
        marks = [s["text"][a:b][:60] in blob for a, b in spans]
        if s["id"] in ids:
            print("#", s["id"], s["title"], f"({sum(marks)} of {len(spans)} sentences in dev gold)")
            for i, ((a, b), m) in enumerate(zip(spans, marks, strict=True)):
                print(f"[{i}] {a}-{b} {'DEV' if m else '   '} {s['text'][a:b]}")
        if s["id"] not in excluded:
            rows.append(
                (
                    sum(marks),
                    s["id"],
                    s["section"],
                    s["published"][:10],
                    len(s["text"].split()),
                    s["title"][:70],
                )
            )
    if not ids:
        print(
            f"# {len(stories)} stories; {len(EARLIER_ROUNDS)} of rounds 2-3 and "
            f"{len(excluded - EARLIER_ROUNDS)} more with an id under data/gold/readouts/ left out"
        )
        print("id | section | date | words | dev sentences | title")
        for n, sid, sec, date, words, title in sorted(rows):
            print(sid, sec, date, words, n, title, sep=" | ")


if __name__ == "__main__":
    main()
