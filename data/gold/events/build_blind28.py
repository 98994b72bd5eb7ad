r"""Build ``blind28.jsonl``: ten Voice of America stories annotated blind (evgold16, 2026-12-06).

The texts and the annotation live in ``annotation_blind28.py`` (for each event a sentence
anchor, the trigger and the codes). The builder of ``build_dev4.py`` finds the offsets with the
sentence rule of ``data/gold/check_documents.py``, checks that every anchor and trigger is found
exactly once and that every actor/recipient text lies in its sentence. This script then writes
the file, re-reads it, checks every ``trigger``/sentence offset and ``*_text`` field again and
runs the standalone checker of ``check_documents.py`` over it (set pattern ``blind28-\d\d``,
registered at run time only). No wirecoder import. Run from the repository root:

    python data/gold/events/build_blind28.py

See ``README-blind28.md``: the annotation was written before any system ran on these texts.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
import check_documents  # noqa: E402
from annotation_blind28 import DOCS, E  # noqa: E402
from build_dev4 import build  # noqa: E402
from check_documents import sentences  # noqa: E402

OUT = HERE / "blind28.jsonl"
SET_NUMBER = 28


def recheck(path: Path) -> int:
    """Re-read ``path`` and check every offset and text field; return the number of errors."""
    errors = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        spans = set(sentences(text))
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


def main() -> None:
    """Write ``blind28.jsonl``, re-check it and print the checker's summary."""
    docs = build(DOCS, E)
    used = {e[0] for e in E}
    missing = [d["id"] for d in DOCS if d["id"] not in used]
    if missing:
        raise SystemExit(f"documents without events: {missing}")
    with OUT.open("w", encoding="utf-8") as handle:
        for doc in docs:
            handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    bad = recheck(OUT)
    check_documents.SETS.setdefault(SET_NUMBER, (r"blind28-\d\d", frozenset()))
    bad += check_documents.check(str(OUT), SET_NUMBER)
    if bad:
        raise SystemExit(f"{bad} errors")
    print(f"ok: {len(docs)} documents, {sum(len(d['events']) for d in docs)} events -> {OUT}")


if __name__ == "__main__":
    main()
