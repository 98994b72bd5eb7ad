"""Dates given by a person: ``YYYY-MM-DD``, an ISO datetime, or a month ``YYYY-MM``.

The CLI (``--published``, ``--since``, ``--until``) and the store's Python API read dates
with :func:`parse_day`, so both accept the same forms.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

__all__ = ["DATE_FORMS", "parse_day"]

#: What :func:`parse_day` accepts, in words (for help texts and error fixes).
DATE_FORMS = "YYYY-MM-DD, an ISO datetime (2025-03-01T14:30) or a month YYYY-MM"
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def parse_day(value: str | dt.date | None, *, end: bool = False) -> dt.date | None:
    """Return the day ``value`` names; a month gives its first day, or its last if ``end``.

    Args:
        value: ``YYYY-MM-DD``, an ISO datetime (its date is kept), ``YYYY-MM``, a date,
            or None.
        end: For a month, return its last day (an inclusive ``--until``).

    Returns:
        The day, or None when ``value`` is None or empty.

    Raises:
        ValueError: when ``value`` is none of the accepted forms.
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    if month := _MONTH.match(text):
        year, number = int(month[1]), int(month[2])
        if not 1 <= number <= 12:
            raise ValueError(f"{text!r} has no month {number}")
        last = calendar.monthrange(year, number)[1]
        return dt.date(year, number, last if end else 1)
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        raise ValueError(f"{text!r} is not a date ({DATE_FORMS})") from None
