"""Lists of bare amounts that share the unit written after the last one.

"highs of 31, 28 and 25 degrees", "gains of 12 and 9 percent", "depths of 3, 5 or 8 m":
the unit is written once, after the last amount, and belongs to every amount of the list.
The patterns find only the last amount with its unit; :func:`shared_units` adds the others,
each a quantity of the same unit and kind. A range ("between 30 and 40 km") is read by the
patterns already and is never a list here; years ("in 2019 and 12 percent") are not amounts.
"""

from __future__ import annotations

import math
import re

from .detect import Hit, parse_amount

__all__ = ["shared_units"]

#: One bare amount of a list: "28", "1,200", "3.5", "-40" (not part of "$5", "x-3", "1.2.3").
_ITEM = r"(?<![\w.,$€£¥/-])-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?![\w%$€£/])"
#: The items before the last amount: "31, 28 and ", "54 and ", "3, 5, or ".
_LIST_BEFORE = re.compile(rf"(?P<items>{_ITEM}(?:\s*,\s*{_ITEM})*)(?P<comma>\s*,)?"
                          r"\s+(?:and|or)\s+$")
_ITEM_RE = re.compile(_ITEM)
_RANGE_WORD = re.compile(r"\b(?:between|from)\s+$", re.I)
#: A name before the first item ("Zone 4", "Flight 370", "No. 2"): the number is no amount.
_NAMED = re.compile(r"(?:\b[A-Z][\w.]*|#)\s*$")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
#: Kinds whose unit a list can share (money writes its sign on each amount, counts their noun).
_LISTABLE = frozenset({"length", "area", "volume", "mass", "percent", "rate", "other",
                       "duration", "speed"})


def shared_units(text: str, hits: list[Hit]) -> list[Hit]:
    """Return ``hits`` with the bare amounts listed before a hit given that hit's unit.

    Args:
        text: The document text the hits index.
        hits: Non-overlapping hits in text order.

    Returns:
        Hits in text order, the listed amounts added (their unit span is the shared unit's).
    """
    out: list[Hit] = []
    for hit in hits:
        if hit.kind in _LISTABLE and hit.value_high is None and hit.qualifier is None:
            floor = out[-1].end if out else 0
            out.extend(_listed(text, hit, floor))
        out.append(hit)
    return out


def _listed(text: str, hit: Hit, floor: int) -> list[Hit]:
    """Return the amounts listed right before ``hit`` (after ``floor``), as hits of its unit."""
    m = _LIST_BEFORE.search(text, max(floor, hit.start - 80), hit.start)
    if m is None or _RANGE_WORD.search(text, max(0, m.start() - 10), m.start()) or (
            _NAMED.search(text, max(0, m.start() - 20), m.start())):
        return []
    items = list(_ITEM_RE.finditer(text, m.start("items"), m.end("items")))
    if not items or any(_YEAR.fullmatch(item.group()) for item in items):
        return []
    if len(items) == 1 and m["comma"]:
        return []  # "rose by about 8,000, or 15 percent": the same change restated
    scale = _scale(text, hit)
    found = []
    for item in items:
        value = parse_amount(item.group())
        if value is None:
            return []
        found.append(Hit(item.start(), item.end(), value * scale, None, hit.unit, hit.kind,
                         None, hit.unit_start, hit.unit_end))
    return found


_LEADING_NUMBER = re.compile(r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?")


def _scale(text: str, hit: Hit) -> float:
    """Return the scale the last amount's words apply to its number, shared by the list.

    "1.2, 0.8 and 0.5 million acre-feet", "55, 40 and 30 bcm": the scale word or the
    scaled unit spelling is written once, after the last number.
    """
    m = _LEADING_NUMBER.match(text, hit.start)
    bare = parse_amount(m.group()) if m else None
    if not bare or hit.value == bare:
        return 1.0
    ratio = hit.value / bare  # a power of ten, never the rest of "3 1/2" or "two and a half"
    power = math.log10(ratio) if ratio > 0 else 0.0
    return ratio if power >= 1 and abs(power - round(power)) < 1e-9 else 1.0
