r"""Write and re-check a whole-document events gold file (shared by the blind-set builders).

A builder (``build_blindN.py``, ``agreement/build_*_second.py``) turns its annotation into
records with ``build_dev4.build`` and hands them to :func:`write_checked`, which writes the
JSONL, re-reads it, checks every trigger and sentence offset and every ``*_text`` field again
(:func:`recheck`), and runs the standalone checker of ``data/gold/check_documents.py`` with the
set's id pattern registered for this run only. No wirecoder import.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import check_documents


def recheck(path: Path) -> int:
    """Re-read ``path`` and check every offset and text field; return the number of errors."""
    errors = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(check_documents.sentences(text))
        for ev in doc["events"]:
            s0, s1 = ev["sentence_start"], ev["sentence_end"]
            t0, t1 = ev["trigger_start"], ev["trigger_end"]
            sentence = text[s0:s1]
            problems = []
            if text[t0:t1] != ev["trigger"]:
                problems.append("trigger offsets")
            if (s0, s1) not in spans or not s0 <= t0 < t1 <= s1:
                problems.append("sentence span")
            for side in ("actor", "recipient"):
                if len(ev[side]) != len(ev[side + "_text"]):
                    problems.append(f"{side} length")
                problems += [f"{side}_text {t!r}" for t in ev[side + "_text"]
                             if t not in sentence]
            for problem in problems:
                print("ERROR", doc["id"], ev["event_type"], repr(ev["trigger"]), problem)
            errors += len(problems)
    return errors


def write_checked(docs: list[dict], out: Path, set_number: int, pattern: str) -> int:
    r"""Write ``docs`` to ``out`` as JSONL, re-check it and run the checker; return the errors.

    Args:
        docs: Records built by ``build_dev4.build``.
        out: The JSONL file to write.
        set_number: The key under which the set is registered in ``check_documents.SETS``.
        pattern: The regular expression every record id must match (``blind28-\d\d``).
    """
    with out.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    errors = recheck(out)
    check_documents.SETS[set_number] = (pattern, frozenset())
    errors += check_documents.check(str(out), set_number)
    print(f"{len(docs)} documents, {sum(len(d['events']) for d in docs)} events -> {out.name}; "
          f"{errors} errors")
    return errors
