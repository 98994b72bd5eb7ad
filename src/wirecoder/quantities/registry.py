"""The unit table built from pint's registry (``data/quantities/units.json``).

:mod:`.build_units` writes the table; this module reads it once per process (a few
milliseconds, against over a second for building pint's registry) and decides whether
an ambiguous short symbol is a unit in its context: "4 to 6 in of rain" is inches,
"52 in favor" is not; "8 m high" is meters, "$40m" is money; "t", "L" and "gal" count
after a scale word or before "of", a rate, punctuation or the end of the sentence.
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

__all__ = ["UnitTable", "symbol_fits", "unit_table"]

#: Symbols that are also common words or letters: used only in a fitting context.
AMBIGUOUS = frozenset({"in", "m", "t", "L", "l", "gal", "g", "J", "W", "kn", "ha", "kt"})
#: Symbols never used, whatever the context (times of day, one-letter words).
NEVER = frozenset({"am", "pm", "AM", "PM", "a", "A", "s", "h"})

_AFTER_OK = re.compile(
    r"\.?(?:\s*(?:$|[,;:)\]—–]|\.(?:\s|$))|\s+(?:of|per|a\s+(?:day|year|month|week|second)"
    r"|an\s+hour|each|every)\b|/)")
_LENGTH_ADJ = re.compile(r"\s+(?:high|long|wide|deep|tall|thick|away|below|above|across|"
                         r"underground|underwater|in\s+(?:length|height|diameter|depth))\b")
_SCALED = re.compile(r"(?:million|billion|thousand|mn|bn)\s+$", re.I)


@dataclass(frozen=True)
class UnitTable:
    """The unit table read from the package data.

    ``names`` (lower-case) and ``symbols`` (exact) map a spelling to (unit id, kind,
    scale); ``factors`` maps a physical unit id to (factor to its kind's normalized
    unit, kind).
    """

    names: dict[str, tuple[str, str, float]]
    symbols: dict[str, tuple[str, str, float]]
    factors: dict[str, tuple[float, str]]


@functools.cache
def unit_table() -> UnitTable:
    """Return the unit table, read from the package data once per process."""
    path = resources.files("wirecoder") / "data" / "quantities" / "units.json"
    data = json.loads(path.read_text(encoding="utf-8"))

    def rows(table: dict[str, list[Any]]) -> dict[str, tuple[str, str, float]]:
        return {k: (str(v[0]), str(v[1]), float(v[2]))
                for k, v in table.items() if v[1] is not None}

    symbols = {k: v for k, v in rows(data["symbols"]).items() if k not in NEVER}
    factors = {k: (float(v[0]), str(v[1])) for k, v in data["factors"].items()
               if isinstance(v, list)}  # a table from an older build has no kinds: rebuild
    return UnitTable(rows(data["names"]), symbols, factors)


def symbol_fits(text: str, start: int, end: int, symbol: str) -> bool:
    """Return True when the symbol at ``text[start:end]`` reads as a unit there.

    Args:
        text: The article text.
        start: Offset of the number before the symbol (for scale words before it).
        end: Offset just after the symbol.
        symbol: The symbol as written.

    Returns:
        Always True for unambiguous symbols; for the :data:`AMBIGUOUS` ones, True only
        in a unit context.
    """
    if symbol in NEVER:
        return False
    if symbol not in AMBIGUOUS:
        return True
    rest = text[end : end + 40]
    if symbol == "m" and _LENGTH_ADJ.match(rest):
        return True
    if symbol == "m":
        return bool(_AFTER_OK.match(rest)) and not text[max(0, start - 2) : start].strip(
            " ").endswith(tuple("$€£¥₹"))
    if symbol in ("t", "kt") and _SCALED.search(text, start, end - len(symbol)):
        return True
    return bool(_AFTER_OK.match(rest))
