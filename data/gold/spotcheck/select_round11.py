"""How many sentences of each round-11 spot-check story occur in the development gold (issue 9).

As `select_round9.py --stories`, for the stories taken from the search store for round 11. A
story sentence counts as "in the dev gold" when its first 60 characters occur in one of the open
development files (`DEV_GOLD_GLOBS_ROUND11` in `common.py`: the round-10 files plus the judged
round-9 spot check and events test9 (= dev15) and quotes test8 (= dev12), opened in round 10) or
in a `tests/*.py` file. It also counts the sentences whose first 60 characters occur in the VOA
corpus file (from which most gold sets were built) and says yes/no whether a story's article
number occurs in the corpus file. The files are only searched, never printed. Unlike round 9, no
sealed or spent-closed set is searched (not even for ids): the sealed sets of this round are not
to be read, and every URL was checked against `/work/wt/claimed_urls.txt` (the list of URLs used
by any gold set) before it was claimed. Run from the repository root:

    python data/gold/spotcheck/select_round11.py --stories data/gold/spotcheck/round11-stories.jsonl

Prints one row per story: id, words, sentences, dev sentences (and their numbers), corpus
sentences, id in the VOA corpus, title. No text of any searched file is printed.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import DEV_GOLD_GLOBS_ROUND11, dev_blob, sentences

# The VOA corpus beside the main checkout (../shared) or beside a worktree (../../shared).
CORPUS_CANDIDATES = (
    "../shared/corpora/voa/voa_stories.jsonl",
    "../../shared/corpora/voa/voa_stories.jsonl",
)


def check_taken(path: str) -> None:
    """Print id, words, dev-gold and corpus sentence counts and the corpus id yes/no."""
    blob = dev_blob(DEV_GOLD_GLOBS_ROUND11)
    found = [Path(c) for c in CORPUS_CANDIDATES if Path(c).exists()]
    if not found:
        raise SystemExit("VOA corpus file not found (tried " + ", ".join(CORPUS_CANDIDATES) + ")")
    corpus = found[0].read_text(encoding="utf-8", errors="replace")
    corpus = corpus + "\n" + corpus.replace('\\"', '"')
    with open(path, encoding="utf-8") as fh:
        stories = [json.loads(x) for x in fh]
    print(
        "id | words | sentences | dev sentences (numbers) | corpus sentences | id in corpus | title"
    )
    for s in stories:
        spans = sentences(s["text"])
        heads = [s["text"][a:b][:60] for a, b in spans]
        hits = [i for i, h in enumerate(heads) if h in blob]
        chits = [i for i, h in enumerate(heads) if h in corpus]
        print(
            s["id"], len(s["text"].split()), len(spans), f"{len(hits)} {hits}",
            f"{len(chits)} {chits}", "yes" if s["id"] in corpus else "no",
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
