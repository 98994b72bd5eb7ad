"""Checker of the sealed events test set 27: the shared ``data/gold/check_documents.py``.

Usage: ``python data/gold/test27/check_offsets.py data/gold/test27/documents.jsonl``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from check_documents import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], set_number=27))
