"""How many sentences of each round-9 spot-check story occur in the development gold (issue 9).

As `select_round8.py`/`select_round7.py --stories`, for the stories taken from the search store
for round 9. A story sentence counts as "in the dev gold" when its first 60 characters occur in
one of the open development files (`DEV_GOLD_GLOBS_ROUND9` in `common.py`: the round-8 files plus
the events set test7 (= dev13) and quotes test6 (= dev10), opened this round) or in a `tests/*.py`
file. The files are only searched, never printed. It also says yes/no whether a story's id or URL
occurs in a sealed or spent-closed set (`SEALED_OR_CLOSED_GLOBS_ROUND9`; an id/URL search) and
whether its article number occurs in the VOA corpus file. Run from the repository root:

    python data/gold/spotcheck/select_round9.py --stories data/gold/spotcheck/round9-stories.jsonl

Prints one row per story: id, words, sentences, dev sentences (and their numbers), in a
sealed/closed set, in the VOA corpus, title. No text of any searched file is printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import (
    DEV_GOLD_GLOBS_ROUND9,
    SEALED_OR_CLOSED_GLOBS_ROUND9,
    dev_blob,
    gold_ids_or_urls,
    sentences,
)

CORPUS = "../shared/corpora/voa/voa_stories.jsonl"


def in_corpus(ids: list[str], corpus: str = CORPUS) -> set[str]:
    """Return the ids that occur anywhere in the VOA corpus file (a yes/no search)."""
    path = Path(corpus)
    if not path.exists():
        return set()
    raw = path.read_text(encoding="utf-8", errors="replace")
    return {i for i in ids if i in raw}


def check_taken(path: str) -> None:
    """Print id, words, dev-gold sentence count and numbers, sealed/closed and corpus yes/no."""
    blob = dev_blob(DEV_GOLD_GLOBS_ROUND9)
    with open(path, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    sealed = gold_ids_or_urls(stories, SEALED_OR_CLOSED_GLOBS_ROUND9)
    corpus = in_corpus([s["id"] for s in stories])
    print("id | words | sentences | dev sentences (numbers) | sealed/closed | corpus | title")
    for s in stories:
        spans = sentences(s["text"])
        hits = [i for i, (a, b) in enumerate(spans) if s["text"][a:b][:60] in blob]
        words = len(s["text"].split())
        print(
            s["id"], words, len(spans), f"{len(hits)} {hits}",
            "yes" if s["id"] in sealed else "no", "yes" if s["id"] in corpus else "no",
            s["title"][:70], sep=" | ",
        )  # fmt: skip


def main() -> None:
    """Check the taken stories (the only mode of this round's script)."""
    if len(sys.argv) > 2 and sys.argv[1] == "--stories":
        check_taken(sys.argv[2])
        return
    raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
