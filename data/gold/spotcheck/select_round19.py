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
from common import read_stories_source, sentences

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
CORPUS = "../shared/corpora/voa/voa_stories.jsonl"
SOURCE = "data/gold/spotcheck/round19_stories_source.txt"


def open_files() -> list[Path]:
    """Return the files searched (sealed sets and this round's files and LOG files left out)."""
    out = []
    for f in sorted(Path("data/gold").rglob("*")):
        p = f.as_posix()
        if f.is_file() and not p.startswith(EXCLUDE) and not f.name.startswith("LOG"):
            out.append(f)
    return out


def main() -> None:
    """Print, per story, how many sentences occur in the open gold and in the corpus."""
    blob = "\n".join(f.read_text(encoding="utf-8", errors="replace") for f in open_files())
    blob += "\n" + blob.replace('\\"', '"')
    corpus = Path(CORPUS).read_text(encoding="utf-8") if Path(CORPUS).exists() else ""
    for s in read_stories_source(SOURCE):
        sp = sentences(s["text"])
        heads = [s["text"][a:b][:60] for a, b in sp if b - a > 10]
        in_gold = sum(h in blob for h in heads)
        in_corpus = sum(h in corpus for h in heads)
        num = s["url"].rstrip("/").split("/")[-1].split(".")[0]
        url_gold = s["url"] in blob or (num.isdigit() and num in blob)
        print(
            s["id"],
            len(heads),
            "sentences; in open gold:",
            in_gold,
            "in corpus:",
            in_corpus,
            "; id/url in open gold:",
            "yes" if url_gold else "no",
        )


if __name__ == "__main__":
    main()
