r"""Build ``blind57.jsonl``: six VOA stories and five U.S. government texts (evgold45, 2026-12-07).

The texts and the annotation are kept in ``annotation_blind57.py``. This script reuses the
builder of ``build_dev4.py`` (it finds every offset from a sentence anchor and checks that every
anchor and trigger is found exactly once and that every actor/recipient text lies in its
sentence), writes ``blind57.jsonl``, re-reads it, checks every trigger and sentence offset and
every ``*_text`` field again, and runs the standalone checker of ``check_documents.py`` over it
(id pattern ``blind57-\d\d``, registered here at run time only). No wirecoder import. Run from
the repository root:

    python data/gold/events/build_blind57.py

Sealed: see ``README-blind57.md`` (scored only by the lead; no error analysis).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from annotation_blind57 import DOCS, E  # noqa: E402
from blind_build import write_checked  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind57.jsonl"
SET_NUMBER = 57


def main() -> int:
    """Write ``blind57.jsonl``, check it twice, print counts; return the exit code."""
    return 1 if write_checked(build(DOCS, E), OUT, SET_NUMBER, r"blind57-\d\d") else 0


if __name__ == "__main__":
    sys.exit(main())
