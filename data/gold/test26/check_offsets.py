"""Checker of the sealed events test set 26: the shared ``data/gold/check_documents.py``.

Usage: ``python data/gold/test26/check_offsets.py data/gold/test26/documents.jsonl``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from check_documents import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], set_number=26))
