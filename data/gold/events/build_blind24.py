r"""Build ``blind24.jsonl``: Voice of America stories annotated blind (evgold12, 2026-12-06).

The texts and the annotation are in ``annotation_blind24.py``. This script reuses the builder of
``build_dev4.py`` (which finds every offset from a sentence anchor and checks that each anchor and
trigger is found once and every actor/recipient text lies in its sentence), writes the file,
re-reads it, checks every offset again and runs the standalone checker of
``data/gold/check_documents.py`` (set pattern ``blind24-\d\d``, registered at run time only).
No wirecoder import. Run from the repository root:

    python data/gold/events/build_blind24.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import check_documents  # noqa: E402
from annotation_blind24 import DOCS, E  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind24.jsonl"
SET_NUMBER = 24


def recheck(path: Path) -> None:
    """Re-read ``path`` and check every offset and text field against its document."""
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(check_documents.sentences(text))
        for event in doc["events"]:
            t0, t1 = event["trigger_start"], event["trigger_end"]
            s0, s1 = event["sentence_start"], event["sentence_end"]
            assert text[t0:t1] == event["trigger"], (doc["id"], event["trigger"])
            assert (s0, s1) in spans and s0 <= t0 < t1 <= s1, (doc["id"], event["trigger"])
            for field in ("actor_text", "recipient_text"):
                for phrase in event[field]:
                    assert phrase in text[s0:s1], (doc["id"], phrase)


def main() -> int:
    """Write ``blind24.jsonl``, re-check it and run the standalone checker; return exit code."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    recheck(OUT)
    check_documents.SETS[SET_NUMBER] = (r"blind24-\d\d", frozenset())
    return 1 if check_documents.check(str(OUT), SET_NUMBER) else 0


if __name__ == "__main__":
    sys.exit(main())
