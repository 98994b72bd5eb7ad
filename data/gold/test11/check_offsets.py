"""Checker of the sealed events test set 11: the shared ``data/gold/check_documents.py``.

Usage: ``python data/gold/test11/check_offsets.py data/gold/test11/documents.jsonl``.

Set 11 is registered in the shared checker's ``SETS`` at run time (same id pattern shape and
abbreviations as sets 9 and 10), so ``check_documents.py`` itself is not edited.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from check_documents import SETS, main  # noqa: E402

SETS.setdefault(11, (r"sealed11-\d\d", frozenset({"a.m.", "p.m.", "Cmdr."})))

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], set_number=11))
