"""Standalone checker for the sealed readout set heldout25 (no wirecoder import).

Run from the repository root::

    python data/gold/readouts/check_heldout25.py

Runs heldout21's checker (``check_heldout21.py``, imported, not copied) on ``heldout25.jsonl``:
every evidence span (``text[start:end] == evidence_text`` and whole sentences under ``build.py``'s
splitter), the relation rules of ``GUIDELINE.md`` (one side for ``only_in_one``, two or more
otherwise; sides declared), that the file equals a rebuild from ``annotations-heldout25.yaml``;
prints the counts and the number of errors.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("check_heldout21", HERE / "check_heldout21.py")
assert _SPEC is not None and _SPEC.loader is not None
check21 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(check21)

if __name__ == "__main__":
    raise SystemExit(check21.main("heldout25"))
