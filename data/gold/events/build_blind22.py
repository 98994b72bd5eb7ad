r"""Build ``blind22.jsonl``: ten Voice of America stories annotated blind (evgold10, 2026-12-06).

The texts and the annotation live in ``annotation_blind22.py`` (for each event a sentence
anchor, the trigger and the codes). The builder of ``build_dev4.py`` finds the offsets with the
sentence rule of ``data/gold/check_documents.py``, checks that every anchor and trigger is found
exactly once and that every actor/recipient text lies in its sentence. This script then writes
the file, re-reads it, checks every ``trigger``/sentence offset and ``*_text`` field again and
runs the standalone checker of ``check_documents.py`` over it (set pattern ``blind22-\d\d``,
registered at run time only). No wirecoder import. Run from the repository root:

    python data/gold/events/build_blind22.py

See ``README-blind22.md``: the annotation was written before any system ran on these texts.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from annotation_blind22 import DOCS, E  # noqa: E402
from blind_build import write_checked  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind22.jsonl"
SET_NUMBER = 22


def main() -> int:
    """Write ``blind22.jsonl``, re-check it and print the checker's summary."""
    used = {e[0] for e in E}
    missing = [d["id"] for d in DOCS if d["id"] not in used]
    if missing:
        raise SystemExit(f"documents without events: {missing}")
    return 1 if write_checked(build(DOCS, E), OUT, SET_NUMBER, r"blind22-\d\d") else 0


if __name__ == "__main__":
    sys.exit(main())
