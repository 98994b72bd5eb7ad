"""Build and check the sealed quantities test set ``quantities/test5.jsonl``.

Standalone: no wirecoder import. The annotations live in ``quantities/test5_source.py``: each
document gives its verbatim text (paragraphs joined with a newline) and its records in text order.
A record names its span text; the offset is found by searching from the end of the previous
record (or after an explicit ``after`` anchor), so a span that occurs twice is found in order.
Normalized values follow the table of ``quantities/GUIDELINE.md``. The builder and checker are
the shared ones of ``checklib.py``; this set allows a letter glued to a number (:func:`_joined`).

Usage::

    python data/gold/check_quantities_test5.py build    # writes quantities/test5.jsonl
    python data/gold/check_quantities_test5.py check    # re-checks the written file, prints counts
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from checklib import (  # checklib.py sits next to this script
    build_paragraph_docs,
    edges,
    quantity_counts,
    quantity_problems,
)
from checklib import run as _run

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "quantities" / "test5_source.py"
TARGET = HERE / "quantities" / "test5.jsonl"


def build() -> list[dict]:
    """Build every document of the source file into gold records."""
    return build_paragraph_docs(SOURCE)


def _joined(left: str, right: str) -> bool:
    """Return True when a span edge cuts a word or a number (letter-letter or digit-digit).

    A letter glued to a digit or a sign is allowed: EIA's data panel prints "down0.663 million
    tons" and "up$1.46" (the arrow is an image), and the quantity starts at the digit or sign.
    """
    return (left.isalpha() and right.isalpha()) or (left.isdigit() and right.isdigit())


def _cuts_word(text: str, q: dict) -> bool:
    """Return True when an edge of the span of ``q`` cuts a word or a number (:func:`_joined`)."""
    before, after = edges(text, q["start"], q["end"])
    return _joined(before, q["text"][0]) or _joined(q["text"][-1], after)


def check(rows: list[dict]) -> list[str]:
    """Return a list of problems (empty when the set is clean)."""
    return quantity_problems(rows, inside_word=_cuts_word)


def counts(rows: list[dict]) -> str:
    """Summarise documents, quantities, kinds and units."""
    return quantity_counts(rows)


#: Dimension of each unit id used in this set, as the scorer groups them (rates 'X/Y' other than
#: speeds are 'rate'; news units = length, area, volume, mass, energy, power, speed, temperature,
#: rate). Written out here so that the checker needs no wirecoder import.
DIMENSION = {
    "inch": "length", "foot": "length", "meter": "length", "mile": "length",
    "kilometer": "length", "acre": "area", "barrel": "volume", "cubic_foot": "volume",
    "pound": "mass", "metric_ton": "mass", "kilowatt": "power", "megawatt": "power",
    "fahrenheit": "temperature", "celsius": "temperature", "centimeter/year": "speed",
    "inch/year": "speed", "mile/hour": "speed", "meter/second": "speed",
    "barrel/day": "rate", "metric_ton/day": "rate", "USD/barrel": "rate", "USD/MMBtu": "rate",
    "USD/gallon": "rate",
    "hour": "duration", "minute": "duration", "day": "duration", "week": "duration",
    "month": "duration", "year": "duration", "USD": "money", "percent": "percent",
    "count": "count", "person": "count", "multiplier": "other", "microradian": "other",
}
NEWS = ("length", "area", "volume", "mass", "energy", "power", "speed", "temperature", "rate")


def dimensions(rows: list[dict]) -> str:
    """Count quantities by unit dimension and the news-unit total."""
    dims = Counter(DIMENSION.get(q["unit"], "UNMAPPED " + q["unit"])
                   for r in rows for q in r["quantities"])
    news = sum(n for d, n in dims.items() if d in NEWS)
    return ("dimension: " + ", ".join(f"{d} {n}" for d, n in dims.most_common())
            + f"\nnews units: {news}")


def main(argv: list[str]) -> int:
    """Entry point: ``build`` or ``check``."""
    return _run(argv, TARGET, build, check, [counts, dimensions],
                ok="OK: every span slices back, JSON valid, no problems")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
