"""Build the sealed events test set 26 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test26/build.py`` (writes ``documents.jsonl`` next to this file, then runs
the shared checker ``data/gold/check_documents.py`` on it; non-zero exit on any error).

This is set 9's builder (``data/gold/test9/build.py``), imported and pointed at this folder and at
set 26's entry in ``SETS`` of ``data/gold/check_documents.py``; the format of ``source.txt`` is the
one described there (documents separated by ``===``, header lines, ``TEXT:``, ``EVENTS:`` with
``TYPE | mode | contexts | CODE=phrase; ... | CODE=phrase; ... | trigger[#n] | flags``).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("test9_build", HERE.parent / "test9" / "build.py")
builder = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(builder)
builder.HERE = HERE
builder.SET_NUMBER = 26


if __name__ == "__main__":
    sys.exit(builder.main())
