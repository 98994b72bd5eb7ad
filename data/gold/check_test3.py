"""Build and check the sealed quantities test set ``quantities/test3.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test3_source.py``: each
document gives its verbatim text (paragraphs joined with a newline) and its records in text order.
A record names its span text; the offset is found by searching from the end of the previous
record (or after an explicit ``after`` anchor), so a span that occurs twice is found in order.
Normalized values follow the table of ``quantities/GUIDELINE.md``. The builder and checker are
the shared ones of ``checklib.py``.

Usage::

    python data/gold/check_test3.py build    # writes quantities/test3.jsonl
    python data/gold/check_test3.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checklib import (  # checklib.py sits next to this script
    build_paragraph_docs,
    quantity_counts,
    quantity_problems,
)
from checklib import place_quantity as _record  # noqa: F401  (used by dev5/dev6_build.py)
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test3_source.py"
TARGET = HERE / "quantities" / "test3.jsonl"


def build() -> list[dict]:
    """Build every document of the source file into gold records."""
    return build_paragraph_docs(SOURCE)


def check(rows: list[dict]) -> list[str]:
    """Return a list of problems (empty when the set is clean)."""
    return quantity_problems(rows)


def counts(rows: list[dict]) -> str:
    """Summarise documents, quantities, kinds and units."""
    return quantity_counts(rows)


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check, [counts],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
