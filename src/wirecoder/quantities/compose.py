"""Hits composed from two neighbours: "two-thirds of a meter", "15 degrees below zero".

The patterns find "two-thirds" (a fraction) and "a meter" (one meter) apart, and "15
degrees" without the "below zero" that makes it negative. These run after the hits are
merged and give the one quantity the text states.
"""

from __future__ import annotations

import re

from .detect import Hit

__all__ = ["compose"]

#: Units a fraction of one can be measured in ("half a mile", "a quarter of an inch").
_PHYSICAL = frozenset({"length", "area", "volume", "mass", "duration"})
_OF_ONE = re.compile(r"\s+of\s+(?:an?|one)\s+$", re.I)
_TEMPERATURES = frozenset({"celsius", "fahrenheit", "degree"})
_BELOW_ZERO = re.compile(
    r"\s+below\s+zero\b(?:\s+(?:degrees?\s+)?(?P<scale>celsius|centigrade|fahrenheit)\b)?", re.I)


def compose(text: str, hits: list[Hit]) -> list[Hit]:
    """Return ``hits`` (merged, in text order) with neighbours composed into one quantity.

    Args:
        text: The document text the hits index.
        hits: Non-overlapping hits in text order.

    Returns:
        Hits in text order: a fraction followed by "of a <unit>" becomes that part of the
        unit; a temperature followed by "below zero" becomes negative, its span running
        over "below zero" and a scale word after it (which also decides the unit).
    """
    out: list[Hit] = []
    for hit in hits:
        if out and _fraction_of_unit(text, out[-1], hit):
            part = out.pop()
            hit = Hit(part.start, hit.end, part.value * hit.value, None, hit.unit, hit.kind,
                      part.qualifier, hit.unit_start, hit.unit_end)
        if out and out[-1].unit in _TEMPERATURES and hit.start < out[-1].end:
            continue  # "zero Celsius" inside "15 degrees below zero Celsius"
        out.append(_below_zero(text, hit))
    return out


def _fraction_of_unit(text: str, part: Hit, whole: Hit) -> bool:
    """Return True for "two-thirds" then " of a meter" (a unit counted once)."""
    return (part.unit == "fraction" and whole.kind in _PHYSICAL and whole.value == 1
            and whole.value_high is None
            and bool(_OF_ONE.fullmatch(text, part.end, whole.unit_start)))


def _below_zero(text: str, hit: Hit) -> Hit:
    """Return a temperature hit made negative by a following "below zero"."""
    if hit.unit not in _TEMPERATURES or hit.value <= 0:
        return hit
    m = _BELOW_ZERO.match(text, hit.end)
    if m is None:
        return hit
    scale = (m.group("scale") or "").lower()
    unit = {"celsius": "celsius", "centigrade": "celsius", "fahrenheit": "fahrenheit"}.get(
        scale, hit.unit)
    high = -hit.value_high if hit.value_high is not None else None
    return Hit(hit.start, m.end(), -hit.value, high, unit, hit.kind, hit.qualifier,
               hit.unit_start, hit.unit_end)
