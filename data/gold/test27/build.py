"""Build the sealed events test set 27 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test27/build.py``.

This set reuses set 15's builder (``data/gold/test15/build.py``) by import -- set 9's builder
(``data/gold/test9/build.py``) plus the word-boundary check of every trigger -- with set 15's
module-level ``HERE`` (the folder holding ``source.txt``/``documents.jsonl``) and ``SET_NUMBER``
(the entry of ``SETS`` in ``data/gold/check_documents.py``) pointed at this set, exactly as
test25's wrapper does. Non-zero exit on any error.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("build_set15", HERE.parent / "test15" / "build.py")
build15 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build15)
build15.HERE = HERE
build15.SET_NUMBER = 27

if __name__ == "__main__":
    sys.exit(build15.main())
