"""Build the sealed events test set 11 (``documents.jsonl``) from ``source.txt`` (no wirecoder).

Usage: ``python data/gold/test11/build.py`` (writes ``documents.jsonl`` next to this file, then runs
the checker of ``data/gold/check_documents.py`` on it). The source format and the builder are
those of set 9 (``data/gold/test9/build.py``, reused here, not copied); only the folder and the
set number differ. Set 11 is registered in the checker at run time (``check_documents.py`` is not
edited): its id pattern and the abbreviations of sets 9 and 10.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SET_NUMBER = 11


def _set9_builder():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("build_set9", HERE.parent / "test9" / "build.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    builder = _set9_builder()
    builder.HERE, builder.SET_NUMBER = HERE, SET_NUMBER
    builder.SETS.setdefault(SET_NUMBER, (r"sealed11-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})))
    sys.exit(builder.main())
