"""Build the sealed events test set 16 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test16/build.py`` (writes ``documents.jsonl`` next to this file, then runs
the shared checker ``data/gold/check_documents.py`` on it; non-zero exit on any error).

The builder of set 9 (``data/gold/test9/build.py``) is reused by import, not copied: its module is
loaded, pointed at this folder (``HERE``) and at set 16 (``SET_NUMBER``: id pattern ``sealed16-\\d\\d``
and the abbreviations of set 16 in ``check_documents.SETS``), and its ``main`` is run. The format of
``source.txt`` is the one documented in set 9's builder::

    TYPE | mode | ctx,ctx | CODE=phrase; CODE=phrase | CODE=phrase | trigger[#n] | flags
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
_SPEC = importlib.util.spec_from_file_location("gold_test9_build", HERE.parent / "test9" / "build.py")
_SET9 = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(_SET9)
_SET9.HERE = HERE
_SET9.SET_NUMBER = 16


def main() -> int:
    """Rebuild ``documents.jsonl`` from ``source.txt`` with set 9's builder; return the exit code."""
    return _SET9.main()


if __name__ == "__main__":
    sys.exit(main())
