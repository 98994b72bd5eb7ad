"""Build and check the sealed quotes test set ``quotes/test9.jsonl`` (VOA news stories).

Standalone: no wirecoder import. The builder and checks are those of
``check_quotes_test3.py`` (imported, not copied; they use ``checklib.py``); only the source and
target files differ. The texts and annotations live in ``quotes/test9_source.py`` (see its
docstring for the tuple format).

Usage::

    python data/gold/check_quotes_test9.py build   # writes quotes/test9.jsonl, then checks it
    python data/gold/check_quotes_test9.py check   # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import check_quotes_test3 as base  # noqa: E402

base.SOURCE = HERE / "quotes" / "test9_source.py"
base.TARGET = HERE / "quotes" / "test9.jsonl"

if __name__ == "__main__":
    sys.exit(base.main(sys.argv))
