"""Query parameters shared by the REST API and the pages, validated like the CLI's options.

Unknown values (a PLOVER category, a period, a quote kind) are rejected with a 422 that
names the allowed ones; enums match case-insensitively (``request`` is ``REQUEST``).
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Annotated, Any

from fastapi import Query

from ..codebook import QUAD_CODE, QUAD_NAMES
from .config import MAX_PAGE

__all__ = ["Category", "Limit", "Offset", "Period", "QuoteKind", "period_bounds"]


class _Loose(StrEnum):
    """A string enum that also accepts its values in another case."""

    @classmethod
    def _missing_(cls, value: object) -> Any:
        if isinstance(value, str):
            for member in cls:
                if member.value.lower() == value.lower():
                    return member
        return None


class Category(_Loose):
    """The 16 PLOVER event categories (the keys of ``codebook.QUAD_CODE``)."""

    AGREE = "AGREE"
    CONSULT = "CONSULT"
    SUPPORT = "SUPPORT"
    CONCEDE = "CONCEDE"
    COOPERATE = "COOPERATE"
    AID = "AID"
    RETREAT = "RETREAT"
    REQUEST = "REQUEST"
    ACCUSE = "ACCUSE"
    REJECT = "REJECT"
    THREATEN = "THREATEN"
    PROTEST = "PROTEST"
    SANCTION = "SANCTION"
    MOBILIZE = "MOBILIZE"
    COERCE = "COERCE"
    ASSAULT = "ASSAULT"


if {c.value for c in Category} != set(QUAD_CODE):  # pragma: no cover - a coding error
    raise RuntimeError("web.params.Category differs from codebook.QUAD_CODE")


class Period(_Loose):
    """Periods of a dyad timeline."""

    day = "day"
    week = "week"
    month = "month"
    year = "year"


class QuoteKind(_Loose):
    """Kinds of quotes."""

    direct = "direct"
    partial = "partial"
    indirect = "indirect"


class Direction(_Loose):
    """Which direction of a dyad a chart shows."""

    both = "both"
    ab = "ab"
    ba = "ba"


QUADS = tuple(QUAD_NAMES.values())

Limit = Annotated[int, Query(ge=1, le=MAX_PAGE, description="Most rows returned.")]
Offset = Annotated[int, Query(ge=0, le=10_000_000, description="Rows skipped (paging).")]
Party = Annotated[str | None, Query(max_length=200, description="Code (USA) or entity name.")]
Day = Annotated[dt.date | None, Query(description="YYYY-MM-DD, inclusive.")]
Mode = Annotated[str | None, Query(max_length=40, pattern=r"^[a-z][a-z-]*$",
                                   description="PLOVER mode, e.g. phone.")]
Text = Annotated[str | None, Query(max_length=200)]


def period_bounds(period: str, by: str) -> tuple[dt.date, dt.date]:
    """Return the first and last day of a dyad period label (``2025-03``, a week's Monday...).

    Raises:
        ValueError: when ``period`` is not a label of ``by``.
    """
    if by == "year":
        year = int(period)
        return dt.date(year, 1, 1), dt.date(year, 12, 31)
    if by == "month":
        first = dt.date.fromisoformat(period + "-01")
        after = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, after - dt.timedelta(days=1)
    first = dt.date.fromisoformat(period)
    return first, first + dt.timedelta(days=6 if by == "week" else 0)
