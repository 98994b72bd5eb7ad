"""Unit normalization: masses to metric tons, lengths to kilometers, ...

Money keeps its currency (no exchange rates offline), barrels stay barrels, other
volumes become liters, areas square kilometers, durations days by the calendar
convention of the gold guideline (week 7, month 30, year 365 days, hour 1/24). Rates normalize
their numerator and keep their period ("kilogram/day" -> "metric_ton/day").
Fractions become percents (x100) and basis points percentage points (/100).

pint is the source of truth for the physical factors, but loading its registry costs
about half a second per process. The factors of the units the lexicon knows are
therefore kept in :data:`FACTORS` (a test checks every one against pint); pint is
imported, lazily and once, only for a physical unit outside that table.
"""

from __future__ import annotations

import functools

from .lexicon import DEFINED_FACTORS

__all__ = ["FACTORS", "KINDS", "PINT_NAMES", "TARGETS", "normalize", "pint_factor", "registry"]

#: Target unit per kind of physical unit.
TARGETS = {"mass": "metric_ton", "length": "kilometer", "area": "square_kilometer",
           "volume": "liter", "duration": "day"}

#: Canonical ids that pint spells differently.
PINT_NAMES = {"cubic_meter": "meter ** 3", "square_kilometer": "kilometer ** 2",
               "cubic_foot": "foot ** 3", "square_mile": "mile ** 2",
               "cubic_kilometer": "kilometer ** 3", "cubic_mile": "mile ** 3"}

#: Kind of each physical unit id.
KINDS = {
    "metric_ton": "mass", "short_ton": "mass", "long_ton": "mass", "kilogram": "mass",
    "gram": "mass", "pound": "mass", "troy_ounce": "mass", "liter": "volume",
    "gallon": "volume", "cubic_meter": "volume", "cubic_foot": "volume", "bushel": "volume",
    "cubic_kilometer": "volume", "cubic_mile": "volume", "quart": "volume",
    "kilometer": "length", "meter": "length", "mile": "length", "nautical_mile": "length",
    "foot": "length", "millimeter": "length", "centimeter": "length",
    "square_kilometer": "area", "square_mile": "area", "hectare": "area", "acre": "area",
}

#: Factor to the kind's target, as pint computes it (checked by the tests).
FACTORS: dict[str, float] = {
    "metric_ton": 1.0, "short_ton": 0.90718474, "long_ton": 1.0160469088,
    "kilogram": 1e-3, "gram": 1e-6, "pound": 0.00045359237, "troy_ounce": 3.11034768e-05,
    "liter": 1.0, "gallon": 3.785411784, "cubic_meter": 1000.0, "cubic_foot": 28.316846592,
    "bushel": 35.23907016688, "quart": 0.946352946, "cubic_kilometer": 1e12,
    "cubic_mile": 4.168181825440579e12,
    "kilometer": 1.0, "meter": 1e-3, "mile": 1.609344, "nautical_mile": 1.852,
    "foot": 3.048e-4, "millimeter": 1e-6, "centimeter": 1e-5, "square_kilometer": 1.0,
    "square_mile": 2.589988110336, "hectare": 0.01, "acre": 0.004046872609874252,
}

#: Durations in days (calendar convention, not pint's Julian year of 365.25 days).
_DAYS = {"second": 1 / 86400, "minute": 1 / 1440, "hour": 1 / 24, "day": 1.0, "week": 7.0,
         "month": 30.0, "year": 365.0, "decade": 3650.0}

#: Dimensionless conversions of the guideline: (factor, target).
_RATIOS = {"fraction": (100.0, "percent"), "basis_point": (0.01, "percentage_point")}


@functools.lru_cache(maxsize=1)
def registry():  # pint's registry type is dynamic
    """Return pint's unit registry, built once per process on first use (about 0.5 s)."""
    import pint

    return pint.UnitRegistry()


_registry = registry


def pint_factor(unit: str, target: str) -> float:
    """Return the factor from ``unit`` to ``target`` computed by pint (loads the registry)."""
    source = _registry().Quantity(1.0, PINT_NAMES.get(unit, unit))
    return float(source.to(PINT_NAMES.get(target, target)).magnitude)


@functools.lru_cache(maxsize=128)
def _factor(unit: str) -> tuple[float, str] | None:
    """Return (factor, target unit) converting ``unit`` to its kind's target."""
    if unit in _DAYS:
        return _DAYS[unit], "day"
    if unit in _RATIOS:
        return _RATIOS[unit]
    kind = KINDS.get(unit)
    if kind is None and unit in DEFINED_FACTORS:
        return DEFINED_FACTORS[unit]  # units pint lacks ("dunam", "feddan")
    if kind is None:
        from .registry import unit_table

        found = unit_table().factors.get(unit)  # pint-built table: inch, fathom, ...
        return (found[0], TARGETS[found[1]]) if found else None
    target = TARGETS[kind]
    if unit in FACTORS:
        return FACTORS[unit], target
    return pint_factor(unit, target), target


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
    if kind == "rate" or (kind == "other" and unit not in _RATIOS):
        return value, unit  # ages stay in years; rates stay as written
    numerator, _, period = unit.partition("/")
    if numerator == "barrel":
        return value, unit
    found = _factor(numerator)
    if found is None:
        return value, unit
    factor, target = found
    return value * factor, f"{target}/{period}" if period else target
