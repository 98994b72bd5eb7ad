"""Yes/no overlap check for the round-13 spot-check stories (issue 9); prints counts only.

Counts, for each story of `round13-stories.jsonl`, the sentences whose first 60 characters occur
in any open file under `data/gold/` (every file except this round's sealed sets, the round-12
spot check and its builder, LOG files and round 13's own files) or in the VOA corpus file, and
says whether the story's URL or id occurs there. Nothing of the searched files is printed. Does
not import wirecoder. Run from the repository root:

    python data/gold/spotcheck/select_round13.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import sentences

EXCLUDE = (
    "data/gold/test12/",
    "data/gold/events/blind32",
    "data/gold/events/blind33",
    "data/gold/quotes/test11",
    "data/gold/quotes/README-test11",
    "data/gold/quantities/test12",
    "data/gold/quantities/README-test12",
    "data/gold/readouts/heldout11",
    "data/gold/readouts/README-heldout11",
    "data/gold/readouts/annotations-heldout11",
    "data/gold/spotcheck/round12",
    "data/gold/spotcheck/build_round12",
    "data/gold/spotcheck/round13",
    "data/gold/spotcheck/build_round13",
    "data/gold/spotcheck/select_round13",
)
CORPUS = "../shared/corpora/voa/voa_stories.jsonl"


def open_files() -> list[Path]:
    """Return the files searched (sealed sets of this round and LOG files left out)."""
    out = []
    for f in sorted(Path("data/gold").rglob("*")):
        p = f.as_posix()
        if f.is_file() and not p.startswith(EXCLUDE) and f.name != "LOG.md":
            out.append(f)
    return out


def main() -> None:
    """Print, per story, how many sentences occur in the open gold and in the corpus."""
    blob = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in open_files())
    blob += "\n" + blob.replace('\\"', '"')
    corpus = Path(CORPUS).read_text(encoding="utf-8") if Path(CORPUS).exists() else ""
    with open("data/gold/spotcheck/round13-stories.jsonl", encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    for s in stories:
        sp = sentences(s["text"])
        heads = [s["text"][a:b][:60] for a, b in sp]
        in_gold = sum(h in blob for h in heads)
        in_corpus = sum(h in corpus for h in heads)
        url_gold = s["url"] in blob or s["id"] in blob
        print(
            s["id"],
            len(sp),
            "sentences; in open gold:",
            in_gold,
            "in corpus:",
            in_corpus,
            "; id/url in open gold:",
            "yes" if url_gold else "no",
        )


if __name__ == "__main__":
    main()
