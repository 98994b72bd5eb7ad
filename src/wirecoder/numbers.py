"""Numbers for people: ``25 million t``, ``$8.35 billion``, ``3.5%`` — never ``2.5e+07``."""

from __future__ import annotations

__all__ = ["human_number", "human_quantity"]

_SCALES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))
#: Short symbols of canonical unit ids (others are shown as their id, ``_`` as a space).
_SYMBOLS = {
    "metric_ton": "t", "kilogram": "kg", "gram": "g", "kilometer": "km", "meter": "m",
    "mile": "mi", "percent": "%", "barrel": "bbl", "liter": "l", "count": "",
    "square_kilometer": "km²", "hectare": "ha", "percentage_point": "pp",
}  # fmt: skip
_CURRENCY_PREFIX = {"USD": "$", "EUR": "€", "GBP": "£", "JPY": "¥"}


def human_number(value: float | int | None) -> str:
    """Return ``value`` with at most 2 decimals, and million/billion/trillion for large ones.

    Examples: ``25000000`` -> ``25 million``; ``8350000000`` -> ``8.35 billion``;
    ``2000`` -> ``2,000``; ``0.125`` -> ``0.12``.
    """
    if value is None:
        return "-"
    for scale, word in _SCALES:
        if abs(value) >= scale:
            return f"{_plain(value / scale)} {word}"
    return _plain(value)


def _plain(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text if text not in ("-0", "") else "0"


def human_quantity(value: float | int | None, unit: str | None) -> str:
    """Return ``value`` in ``unit`` for a person: ``$8.35 billion``, ``25 million t``, ``3.5%``."""
    number = human_number(value)
    if value is None or not unit:
        return number
    if unit in _CURRENCY_PREFIX:
        return _CURRENCY_PREFIX[unit] + number
    symbol = _SYMBOLS.get(unit, unit.replace("_", " "))
    if symbol == "%":
        return number + "%"
    return f"{number} {symbol}".strip()
