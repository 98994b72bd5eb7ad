"""Standalone check of the sealed readout set heldout24 (no wirecoder import).

Run from the repository root::

    python data/gold/readouts/check_heldout24.py

Runs heldout20's checker (``check_heldout20.py``, imported, not copied) on ``heldout24.jsonl``:
for every point, each evidence span is whole sentences of its story (sentence splitting as in
``build.py``), ``text[start:end]`` equals the stored ``evidence_text``, the relation is a known
one and agrees with the number of sides, every side is a declared account, and no two points rest
on the very same single sentence; the file is checked against ``SHA256SUMS``. Prints the counts
and the number of errors (0 when everything checks out).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("check_heldout20", HERE / "check_heldout20.py")
assert _SPEC is not None and _SPEC.loader is not None
check20 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(check20)

if __name__ == "__main__":
    check20.main(HERE / "heldout24.jsonl")
