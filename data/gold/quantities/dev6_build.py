"""Build and check the quantities dev set ``dev6.jsonl`` from ``dev6_source.py``.

Standalone (no wirecoder import): uses the record builder and checker of the sealed quantities
sets (``data/gold/checklib.py``, as ``data/gold/check_test3.py`` does: offsets searched in text
order, normalized values from the guideline's table) on this set's own source file; every page
is marked truncated.

Usage::

    python data/gold/quantities/dev6_build.py    # writes dev6.jsonl and prints counts
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from checklib import (  # checklib.py sits in the parent folder
    build_paragraph_docs,
    quantity_counts,
    quantity_problems,
    write_jsonl,
)

HERE = Path(__file__).resolve().parent


def build() -> list[dict]:
    """Return the records of ``dev6_source.py`` with offsets and normalized values."""
    return build_paragraph_docs(HERE / "dev6_source.py", truncated=True)


def main() -> int:
    """Write ``dev6.jsonl``; return 1 when the checker finds a problem."""
    rows = build()
    problems = quantity_problems(rows)
    if problems:
        print("\n".join(problems))
        return 1
    write_jsonl(HERE / "dev6.jsonl", rows)
    print(quantity_counts(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
