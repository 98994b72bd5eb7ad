r"""Build ``blind27.jsonl``: nine U.S. government texts annotated blind (evgold15, 2026-12-06).

The texts and the annotation are kept in ``annotation_blind27.py``. This script reuses the
builder of ``build_dev4.py`` (it finds every offset from a sentence anchor and checks that every
anchor and trigger is found exactly once and that every actor/recipient text lies in its
sentence), writes ``blind27.jsonl``, re-reads it, checks every trigger and sentence offset and
every ``*_text`` field again, and runs the standalone checker of ``check_documents.py`` over it
(id pattern ``blind27-\d\d``, registered here at run time only). No wirecoder import. Run from
the repository root:

    python data/gold/events/build_blind27.py

Sealed: see ``README-blind27.md`` (scored only by the lead; no error analysis).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import check_documents  # noqa: E402
from annotation_blind27 import DOCS, E  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind27.jsonl"
SET_NUMBER = 27


def recheck(path: Path) -> int:
    """Re-read ``path`` and check every offset and text field; return the number of errors."""
    errors = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(check_documents.sentences(text))
        for ev in doc["events"]:
            sentence = text[ev["sentence_start"]:ev["sentence_end"]]
            ok = (text[ev["trigger_start"]:ev["trigger_end"]] == ev["trigger"]
                  and (ev["sentence_start"], ev["sentence_end"]) in spans
                  and all(t in sentence for t in ev["actor_text"] + ev["recipient_text"])
                  and len(ev["actor"]) == len(ev["actor_text"])
                  and len(ev["recipient"]) == len(ev["recipient_text"]))
            if not ok:
                errors += 1
                print(f"ERROR {doc['id']} {ev['event_type']} {ev['trigger']!r}")
    return errors


def main() -> int:
    """Write ``blind27.jsonl``, check it twice, print counts; return the exit code."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    errors = recheck(OUT)
    check_documents.SETS[SET_NUMBER] = (r"blind27-\d\d", frozenset())
    errors += check_documents.check(str(OUT), SET_NUMBER)
    print(f"{len(docs)} documents, {sum(len(d['events']) for d in docs)} events -> {OUT.name}; "
          f"{errors} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
