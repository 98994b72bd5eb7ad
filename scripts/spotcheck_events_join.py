"""Join the open analyst spot checks into one events gold file with each story's text.

Usage (repository root):

    python scripts/spotcheck_events_join.py OUT.jsonl [FIRST LAST]

Each round N (default 7 … 25) has its coded events in ``data/gold/spotcheck/roundN.jsonl``
and the stories' texts in ``roundN-stories.jsonl``; this writes one record per story with
the events and the text (id prefixed ``rN-``, every event kept), ready for
``wirecoder eval events OUT.jsonl``. Round 26 and later are sealed and refused.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

SPOT = Path(__file__).resolve().parents[1] / "data" / "gold" / "spotcheck"
#: The last open spot-check round (round 26's and later are sealed).
LAST_OPEN = 25


def join(first: int, last: int) -> list[dict[str, object]]:
    """Return the joined records of rounds ``first`` … ``last``."""
    if last > LAST_OPEN:
        raise SystemExit(f"spot-check rounds after {LAST_OPEN} are sealed")
    out: list[dict[str, object]] = []
    for n in range(first, last + 1):
        gold_path, story_path = SPOT / f"round{n}.jsonl", SPOT / f"round{n}-stories.jsonl"
        if not gold_path.exists() or not story_path.exists():
            continue
        stories = {}
        for line in story_path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                story = json.loads(line)
                stories[story["id"]] = story
        for line in gold_path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            record = json.loads(line)
            story = stories.get(record["id"])
            if story is None:
                continue
            record["text"] = story["text"]
            record["published"] = record.get("published") or story.get("published") or ""
            record["id"] = f"r{n}-{record['id']}"
            out.append(record)
    return out


def main(argv: list[str]) -> int:
    """Write the joined spot checks to ``argv[0]``."""
    if not argv:
        print(__doc__)
        return 2
    first, last = (int(argv[1]), int(argv[2])) if len(argv) >= 3 else (7, LAST_OPEN)
    records = join(first, last)
    with open(argv[0], "w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    print(f"{len(records)} stories from rounds {first}-{last} -> {argv[0]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
