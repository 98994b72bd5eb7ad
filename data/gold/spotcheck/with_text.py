"""Write the round-3 spot-check gold with each story's text, for `wirecoder eval events`.

`round3.jsonl` stores offsets into the VOA corpus stories, not their text. Run from the
repository root:

    python data/gold/spotcheck/with_text.py [--required] > /tmp/round3_text.jsonl
    wirecoder eval events /tmp/round3_text.jsonl

With ``--required`` the optional events (which an analyst may code or leave out) are
dropped, so the scorer counts only the required ones as missed; without it every event
counts.
"""

from __future__ import annotations

import json
import sys

CORPUS = "../shared/corpora/voa/voa_stories.jsonl"


def main() -> None:
    """Print the gold records with ``text`` added."""
    required = "--required" in sys.argv[1:]
    with open(CORPUS, encoding="utf-8") as fh:
        texts = {s["id"]: s["text"] for s in map(json.loads, fh)}
    with open("data/gold/spotcheck/round3.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            record["text"] = texts[record["id"]]
            if required:
                record["events"] = [e for e in record["events"] if not e.get("optional")]
            print(json.dumps(record, ensure_ascii=False))


if __name__ == "__main__":
    main()
