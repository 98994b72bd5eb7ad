"""A part of a measured whole named by its unit: "leased 1,200 of those acres".

The amount stands before "of those/these/the" and the unit's plural ("640 of the 900
hectares", "1.1 million of those barrels"); the span is the amount, the unit the plural's.
Only physical units of the lexicon (length, area, volume, mass), never people or money.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .detect import Hit
from .lexicon import UNITS
from .numbers import parse_amount

__all__ = ["find_partitives"]

_KINDS = frozenset({"length", "area", "volume", "mass"})
_PLURALS = sorted((form for form, (_unit, kind) in UNITS.items()
                   if kind in _KINDS and form.endswith("s") and len(form) > 3),
                  key=len, reverse=True)
#: "1,200 of those acres", "640 of the 900 hectares": the number, then the whole's unit.
_PARTITIVE = re.compile(
    r"(?<![\w.,])(?P<amt>\d[\d,]*(?:\.\d+)?(?:\s+(?:thousand|million|billion))?)\s+of\s+"
    r"(?:those|these|the|its|their)\s+(?:[\d,.]+\s+(?:million\s+|thousand\s+)?)?"
    r"(?P<unit>" + "|".join(re.escape(p) for p in _PLURALS) + r")\b", re.I)


def find_partitives(text: str) -> Iterator[Hit]:
    """Yield each amount that is a part of a whole measured in a physical unit.

    Args:
        text: The document text.

    Yields:
        One hit per part: the amount's span, the unit of the whole.
    """
    if " of " not in text:
        return
    for m in _PARTITIVE.finditer(text):
        value = parse_amount(m["amt"])
        if value is None:
            continue
        unit, kind = UNITS[m["unit"].lower()]
        yield Hit(m.start("amt"), m.end("amt"), value, None, unit, kind, None,
                  m.start("amt"), m.end("amt"))
