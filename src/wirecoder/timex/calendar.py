"""Calendar arithmetic for resolving time expressions against a publication date.

Values are TIMEX3 strings: ``2026-02-04`` (day), ``2026-W06`` (week), ``2026-04``
(month), ``2026-Q1`` (quarter), ``2026-SU`` (season), ``2026`` (year), ``202``
(decade). A month or weekday without a year is placed by ``direction``: "past"
takes the latest one on or before publication, "future" the next one on or after
it, and no direction the nearest one.
"""

from __future__ import annotations

import datetime as dt

__all__ = [
    "SEASONS",
    "day_value",
    "place_day",
    "place_month",
    "place_weekday",
    "season_of",
    "season_value",
    "shift",
    "week_value",
]

#: TIMEX3 season codes in calendar order; winter 2025-26 (Dec to Feb) is ``2025-WI``.
SEASONS = ("SP", "SU", "FA", "WI")
_SEASON_OF_MONTH = {3: 0, 4: 0, 5: 0, 6: 1, 7: 1, 8: 1, 9: 2, 10: 2, 11: 2, 12: 3, 1: 3, 2: 3}


def day_value(day: dt.date) -> str:
    """Return the TIMEX3 value of a day."""
    return day.isoformat()


def week_value(day: dt.date) -> str:
    """Return the ISO week holding ``day``, e.g. ``2026-W06``."""
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def season_of(day: dt.date) -> tuple[int, int]:
    """Return (season year, season index in :data:`SEASONS`) of ``day``."""
    index = _SEASON_OF_MONTH[day.month]
    return (day.year - 1 if day.month <= 2 else day.year), index


def season_value(year: int, index: int) -> str:
    """Return ``YYYY-SS`` for a season, wrapping ``index`` over years."""
    year += index // 4
    return f"{year}-{SEASONS[index % 4]}"


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.year * 12 + day.month - 1 + months
    return dt.date(total // 12, total % 12 + 1, 1)


def shift(pub: dt.date, unit: str, n: int) -> tuple[str, str]:
    """Return (value, granularity) of the ``unit`` ``n`` steps from the one holding ``pub``.

    Args:
        pub: Publication date.
        unit: day, week, weekend, month, quarter, season, year or decade.
        n: Steps: -1 for "last", 0 for "this", 1 for "next".
    """
    if unit == "day":
        return day_value(pub + dt.timedelta(days=n)), "day"
    if unit in {"week", "weekend"}:
        value = week_value(pub + dt.timedelta(weeks=n))
        return (value + "-WE", "week") if unit == "weekend" else (value, "week")
    if unit == "month":
        return _add_months(pub, n).strftime("%Y-%m"), "month"
    if unit == "quarter":
        q = pub.year * 4 + (pub.month - 1) // 3 + n
        return f"{q // 4}-Q{q % 4 + 1}", "quarter"
    if unit == "season":
        year, index = season_of(pub)
        return season_value(year, index + n), "season"
    if unit == "decade":
        return f"{pub.year // 10 + n}X", "decade"
    return str(pub.year + n), "year"


def place_month(pub: dt.date, month: int, direction: str | None) -> int:
    """Return the year of ``month`` as the text means it, seen from ``pub``."""
    if direction == "past":
        return pub.year if month <= pub.month else pub.year - 1
    if direction == "future":
        return pub.year if month >= pub.month else pub.year + 1
    diff = month - pub.month
    return pub.year - 1 if diff > 6 else pub.year + 1 if diff < -6 else pub.year


def place_day(pub: dt.date, month: int, day: int, direction: str | None) -> dt.date | None:
    """Return the date of ``month``/``day`` without a year, seen from ``pub``."""
    candidates = []
    for year in (pub.year - 1, pub.year, pub.year + 1):
        try:
            candidates.append(dt.date(year, month, day))
        except ValueError:
            continue
    if direction == "past":
        candidates = [c for c in candidates if c <= pub] or candidates
        return max(candidates) if candidates else None
    if direction == "future":
        candidates = [c for c in candidates if c >= pub] or candidates
        return min(candidates) if candidates else None
    return min(candidates, key=lambda c: (abs((c - pub).days), c > pub)) if candidates else None


def place_weekday(pub: dt.date, weekday: int, direction: str | None) -> dt.date:
    """Return the date of a weekday (0 = Monday) as the text means it, seen from ``pub``."""
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "past":
        return pub - dt.timedelta(days=back)
    if direction == "future":
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back) if back <= ahead else pub + dt.timedelta(days=ahead)


def place_season(pub: dt.date, index: int, n: int) -> str:
    """Return the named season (``index``) that is last (-1), this (0) or next (1)."""
    year, current = season_of(pub)
    if n == 0:
        return season_value(year, index)
    if n < 0:
        return season_value(year, index) if index < current else season_value(year - 1, index)
    return season_value(year, index) if index > current else season_value(year + 1, index)
