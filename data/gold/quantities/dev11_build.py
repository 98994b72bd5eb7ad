"""Build and check the quantities stress set ``dev11.jsonl`` from ``dev11_source.py``.

The builder is the one shared by the stress sets, ``stress_builder.py`` in this folder
(standalone, no wirecoder import).

Usage::

    python data/gold/quantities/dev11_build.py    # writes dev11.jsonl and prints counts
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

BUILDER = runpy.run_path(str(Path(__file__).resolve().parent / "stress_builder.py"))

if __name__ == "__main__":
    sys.exit(BUILDER["main"]("dev11"))
