"""How many sentences of each VOA story occur in the development gold (issue 9 spot check, round 7).

As `select_round6.py`, with more files searched. A story sentence counts as "in the dev gold" when
its first 60 characters occur in one of the open development files (`DEV_GOLD_GLOBS_ROUND7` in
`common.py`: `data/gold/events/*.jsonl`, `data/gold/test/`, `data/gold/test6/`,
`data/gold/actors/*.jsonl`, the open `data/gold/quotes/` files, `data/gold/spotcheck/round*.jsonl`)
or in a `tests/*.py` file. The files are only searched, never printed. The fifteen stories of
rounds 2-6 are left out, and so is every story whose id or URL occurs in a sealed or spent-closed
set (`SEALED_OR_CLOSED_GLOBS`: test2-5/, test7/, quotes/test2-4* and test6*, quantities/test3-5*
and test7*, readouts/heldout*, commitments/heldout*; an id/URL search that prints only how many
stories it removed). Run from the
repository root:

    python data/gold/spotcheck/select_round7.py ../shared/corpora/voa/voa_stories.jsonl

Prints one row per remaining story: id, section, date, words, dev sentences, title; fewest dev
sentences first. No story text is printed.

With ``--stories data/gold/spotcheck/round7-stories.jsonl`` it counts, for the stories taken from
the search store, the same dev-gold sentences (and prints which sentence numbers), and says yes/no
whether a story's id or URL occurs in a sealed or closed set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import (
    DEV_GOLD_GLOBS_ROUND7,
    SEALED_OR_CLOSED_GLOBS,
    dev_blob,
    gold_ids_or_urls,
    sentences,
)

EARLIER_ROUNDS = {
    "8005899", "6203091", "8009771",  # round 2
    "6205546", "6181504", "7810159",  # round 3
    "8009853", "8008619", "8008079",  # round 4
    "6203525", "6204681", "7686618",  # round 5
    "6205512", "6184384", "6181235",  # round 6
}  # fmt: skip


def check_taken(path: str) -> None:
    """Print id, words, dev-gold sentence count and numbers, sealed/closed yes/no, title."""
    blob = dev_blob(DEV_GOLD_GLOBS_ROUND7)
    with open(path, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    sealed = gold_ids_or_urls(stories, SEALED_OR_CLOSED_GLOBS)
    print("id | words | sentences | dev sentences (numbers) | in sealed/closed set | title")
    for s in stories:
        spans = sentences(s["text"])
        hits = [i for i, (a, b) in enumerate(spans) if s["text"][a:b][:60] in blob]
        yes = "yes" if s["id"] in sealed else "no"
        words = len(s["text"].split())
        print(s["id"], words, len(spans), f"{len(hits)} {hits}", yes, s["title"][:70], sep=" | ")


def main() -> None:
    """Print the ranking table."""
    if len(sys.argv) > 2 and sys.argv[1] == "--stories":
        check_taken(sys.argv[2])
        return
    corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpora/voa/voa_stories.jsonl"
    blob = dev_blob(DEV_GOLD_GLOBS_ROUND7)
    with open(corpus, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    in_gold = gold_ids_or_urls(stories, SEALED_OR_CLOSED_GLOBS)
    excluded = EARLIER_ROUNDS | in_gold
    rows = []
    for s in stories:
        if s["id"] in excluded:
            continue
        n = sum(s["text"][a:b][:60] in blob for a, b in sentences(s["text"]))
        words = len(s["text"].split())
        rows.append((n, s["id"], s["section"], s["published"][:10], words, s["title"][:70]))
    print(
        f"# {len(stories)} stories; {len(EARLIER_ROUNDS)} of rounds 2-6 and "
        f"{len(excluded - EARLIER_ROUNDS)} more whose id or URL occurs in a sealed or closed "
        "set left out"
    )
    print("id | section | date | words | dev sentences | title")
    for n, sid, sec, date, words, title in sorted(rows):
        print(sid, sec, date, words, n, title, sep=" | ")


if __name__ == "__main__":
    main()
