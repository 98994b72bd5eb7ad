r"""Build ``blind20.jsonl``: ten Voice of America stories annotated blind (evgold8, 2026-12-06).

The texts (Voice of America news stories; public domain) and the annotation are written below
as data: for each event a sentence anchor (a substring of exactly one sentence), the trigger (a
substring of that sentence) and the codes. The builder of ``build_dev4.py`` finds the offsets
with the sentence rule of ``data/gold/check_documents.py`` and checks that every anchor and
trigger is found exactly once and that every actor/recipient text lies in its sentence. This
script then writes the file, re-reads it, checks every ``trigger_start``/``trigger_end``,
sentence span and ``*_text`` again and runs the standalone checker of ``check_documents.py``
over it (set pattern ``blind20-\d\d``, registered at run time only). No wirecoder import.
Run from the repository root:

    python data/gold/events/build_blind20.py

See ``README-blind20.md``: the annotation was written before any system ran on these texts.
The set is sealed (scored by the lead only, at the start and the end of round 9).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import check_documents  # noqa: E402
from annotation_blind20 import DOCS, E  # noqa: E402
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = HERE / "blind20.jsonl"
SET_NUMBER = 20


def recheck(docs: list[dict]) -> list[str]:
    """Re-check offsets and texts of the written documents; return the problems found."""
    problems = []
    for doc in docs:
        text = doc["text"]
        spans = set(sentences(text))
        for ev in doc["events"]:
            where = f"{doc['id']} {ev['event_type']} {ev['trigger']!r}"
            s0, s1 = ev["sentence_start"], ev["sentence_end"]
            if text[ev["trigger_start"]:ev["trigger_end"]] != ev["trigger"]:
                problems.append(f"{where}: trigger offsets do not slice to the trigger")
            if (s0, s1) not in spans:
                problems.append(f"{where}: sentence span is not a sentence")
            for side in ("actor_text", "recipient_text"):
                for phrase in ev[side]:
                    if phrase not in text[s0:s1]:
                        problems.append(f"{where}: {side} {phrase!r} not in its sentence")
            if not (ev["actor"] or ev["recipient"]):
                problems.append(f"{where}: no participant")
    return problems


def main() -> int:
    """Write ``blind20.jsonl``, re-read and check it; return the exit status."""
    docs = build(DOCS, E)
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    with OUT.open(encoding="utf-8") as handle:
        written = [json.loads(line) for line in handle]
    problems = recheck(written)
    for problem in problems:
        print("ERROR", problem)
    check_documents.SETS.setdefault(SET_NUMBER, (r"blind20-\d\d", frozenset()))
    n_errors = check_documents.check(str(OUT), SET_NUMBER)
    truncated = sum(1 for d in written if d.get("truncated"))
    print(f"{len(written)} documents ({truncated} truncated) -> {OUT}")
    return 1 if problems or n_errors else 0


if __name__ == "__main__":
    sys.exit(main())
