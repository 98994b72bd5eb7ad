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

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))
from annotation_blind24 import DOCS, E  # noqa: E402
from blind_build import write_checked  # noqa: E402
from build_dev4 import build  # noqa: E402

OUT = HERE / "blind24.jsonl"
SET_NUMBER = 24


def main() -> int:
    """Write ``blind24.jsonl``, re-check it and run the standalone checker; return exit code."""
    return 1 if write_checked(build(DOCS, E), OUT, SET_NUMBER, r"blind24-\d\d") else 0


if __name__ == "__main__":
    sys.exit(main())
