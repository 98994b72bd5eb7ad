"""Checker of the sealed events test set 4: the shared ``data/gold/check_documents.py``.

Usage: ``python data/gold/test4/check_offsets.py data/gold/test4/documents.jsonl`` (or a part
file, ``part-voa.jsonl`` / ``part-gov.jsonl``, while the set is being built).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from check_documents import main

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:], set_number=4))
