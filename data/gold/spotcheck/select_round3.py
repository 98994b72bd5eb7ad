"""How many sentences of each VOA story occur in the development gold (issue 9 spot check, round 3).

A story sentence counts as "in the dev gold" when its first 60 characters occur in
`data/gold/events/dev.jsonl`, `dev2.jsonl`, `data/gold/actors/dev.jsonl` or a `tests/*.py` file
(JSONL lines are re-serialised without ASCII escapes before the search). The gold files are only
searched, never printed. Run from the repository root:

    python data/gold/spotcheck/select_round3.py ../shared/corpora/voa/voa_stories.jsonl [ID ...]

Without ids: one row per story (dev sentences, sentences, words, id, section, date, title), fewest
dev sentences first. With ids: the stories' sentences, each marked DEV or not.
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from build_round3 import sentences

GOLD = ["data/gold/events/dev.jsonl", "data/gold/events/dev2.jsonl", "data/gold/actors/dev.jsonl"]


def dev_blob() -> str:
    """Return the searchable text of the development gold and the tests."""
    parts = []
    for f in GOLD:
        with open(f, encoding="utf-8") as fh:
            parts += [json.dumps(json.loads(x), ensure_ascii=False) for x in fh if x.strip()]
    for f in sorted(glob.glob("tests/*.py")):
        parts.append(Path(f).read_text(encoding="utf-8"))
    blob = "\n".join(parts)
    return blob + "\n" + blob.replace('\\"', '"')


def main() -> None:
    """Print the table or the marked sentences."""
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    ids = sys.argv[2:]
    blob = dev_blob()
    with open(corpus, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    rows = []
    for s in stories:
        spans = sentences(s["text"])
        marks = [s["text"][a:b][:60] in blob for a, b in spans]
        if s["id"] in ids:
            print("#", s["id"], s["title"], f"({sum(marks)} of {len(spans)} sentences in dev gold)")
            for i, ((a, b), m) in enumerate(zip(spans, marks, strict=True)):
                print(f"[{i}] {a}-{b} {'DEV' if m else '   '} {s['text'][a:b]}")
        rows.append(
            (
                sum(marks),
                len(spans),
                len(s["text"].split()),
                s["id"],
                s["section"],
                s["published"][:10],
                s["title"][:70],
            )
        )
    if not ids:
        for r in sorted(rows):
            print(*r, sep=" | ")


if __name__ == "__main__":
    main()
