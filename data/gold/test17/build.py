"""Build the sealed events test set 17 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test17/build.py``.

This set reuses set 9's builder (``data/gold/test9/build.py``) by import, as set 9's tools allow:
its module-level ``HERE`` (the folder holding ``source.txt``/``documents.jsonl``) and
``SET_NUMBER`` (the entry of ``SETS`` in ``data/gold/check_documents.py``) are pointed at this
set before its ``main()`` runs. The ``source.txt`` format is set 9's (see its docstring and
README): documents separated by ``===``, ``key: value`` header lines, ``TEXT:``, ``EVENTS:`` and
one event per line ``TYPE | mode | ctx,ctx | CODE=phrase; ... | CODE=phrase; ... | trigger[#n] | flags``.

After set 9's build and check, one extra check runs (as set 9 did before its commits): every
trigger starts and ends on a word boundary. Non-zero exit on any error.
"""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_NUMBER = 17


def _load_set9_builder():
    path = HERE.parent / "test9" / "build.py"
    spec = importlib.util.spec_from_file_location("sealed_set9_build", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _word_boundaries(path: Path) -> int:
    bad = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        text = doc["text"]
        for ev in doc["events"]:
            t0, t1 = ev["trigger_start"], ev["trigger_end"]
            before = text[t0 - 1] if t0 > 0 else " "
            after = text[t1] if t1 < len(text) else " "
            if re.match(r"\w", before) or re.match(r"\w", after):
                print(f"ERROR {doc['id']}: trigger {ev['trigger']!r} not on a word boundary")
                bad += 1
    return bad


def main() -> int:
    build9 = _load_set9_builder()
    build9.HERE = HERE
    build9.SET_NUMBER = SET_NUMBER
    code = build9.main()
    bad = _word_boundaries(HERE / "documents.jsonl")
    return 1 if (code or bad) else 0


if __name__ == "__main__":
    sys.exit(main())
