"""Unit normalization with pint: masses to metric tons, lengths to kilometers, ...

Money keeps its currency (no exchange rates offline), barrels stay barrels, other
volumes become liters, areas square kilometers, durations days by the calendar
convention of the gold guideline (week 7, month 30, year 365 days, hour 1/24). Rates normalize
their numerator and keep their period ("kilogram/day" -> "metric_ton/day").
Conversion factors are computed once per unit.
"""

from __future__ import annotations

import functools

__all__ = ["normalize"]

#: Target unit per kind of physical unit.
TARGETS = {"mass": "metric_ton", "length": "kilometer", "area": "square_kilometer",
           "volume": "liter", "duration": "day"}

#: Canonical ids that pint spells differently.
_PINT_NAMES = {"cubic_meter": "meter ** 3", "square_kilometer": "kilometer ** 2",
               "cubic_foot": "foot ** 3"}

#: Kind of each physical unit id.
_KINDS = {
    "metric_ton": "mass", "short_ton": "mass", "long_ton": "mass", "kilogram": "mass",
    "gram": "mass", "pound": "mass", "troy_ounce": "mass", "liter": "volume",
    "gallon": "volume", "cubic_meter": "volume", "cubic_foot": "volume",
    "kilometer": "length", "meter": "length", "mile": "length", "nautical_mile": "length",
    "foot": "length", "square_kilometer": "area", "square_mile": "area", "hectare": "area",
    "acre": "area", "hour": "duration", "day": "duration", "week": "duration",
    "month": "duration", "year": "duration",
}


#: Durations in days (calendar convention, not pint's Julian year of 365.25 days).
_DAYS = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0,
         "decade": 3650.0}


@functools.lru_cache(maxsize=1)
def _registry():  # pint's registry type is dynamic
    import pint

    return pint.UnitRegistry()


@functools.lru_cache(maxsize=128)
def _factor(unit: str) -> tuple[float, str] | None:
    """Return (factor, target unit) converting ``unit`` to its kind's target."""
    if unit in _DAYS:
        return _DAYS[unit], "day"
    kind = _KINDS.get(unit)
    if kind is None:
        return None
    target = TARGETS[kind]
    if unit == target:
        return 1.0, target
    ureg = _registry()
    source = ureg.Quantity(1.0, _PINT_NAMES.get(unit, unit))
    return float(source.to(_PINT_NAMES.get(target, target)).magnitude), target


def normalize(value: float, unit: str | None,
              kind: str | None = None) -> tuple[float | None, str | None]:
    """Return ``value`` in its normalized unit, and that unit.

    Args:
        value: The amount as written.
        unit: Canonical unit id, possibly a rate "numerator/period".
        kind: Quantity kind; rates and "other" (ages) are left as written.

    Returns:
        (normalized value, normalized unit); the input itself when nothing converts.
    """
    if unit is None:
        return None, None
    if kind in {"other", "rate"}:  # ages stay in years; rates stay as written
        return value, unit
    numerator, _, period = unit.partition("/")
    if numerator == "barrel":
        return value, unit
    found = _factor(numerator)
    if found is None:
        return value, unit
    factor, target = found
    return value * factor, f"{target}/{period}" if period else target
