"""Build the sealed events test set 14 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test14/build.py`` (writes ``documents.jsonl`` next to this file, then runs
the shared checker ``data/gold/check_documents.py`` on it; non-zero exit on any error).

This builder reuses set 9's builder (``data/gold/test9/build.py``) by import: the ``source.txt``
format is the same (documents separated by ``===``, header lines, ``TEXT:``, ``EVENTS:`` and one line
per event ``TYPE | mode | ctx,ctx | CODE=phrase; ... | CODE=phrase; ... | trigger[#n] | flags``).
Only the set number (14, for the id pattern and abbreviations in ``SETS`` of
``data/gold/check_documents.py``) and the folder are set here.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("build_set9", HERE.parent / "test9" / "build.py")
build9 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(build9)
build9.HERE = HERE
build9.SET_NUMBER = 14

if __name__ == "__main__":
    sys.exit(build9.main())
