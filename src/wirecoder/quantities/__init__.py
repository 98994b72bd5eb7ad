"""Quantities stage: money, masses, volumes, rates, counts, percentages, durations.

Two passes over each article: regexes (compiled once) read numbers with a currency
or unit (:mod:`.detect`), then the dependency parse reads counts of people and
things (:mod:`.counts`). Each quantity gets a canonical unit, a pint-normalized
value (:mod:`.normalize`) and, from the parse, what it measures, who commits it
and for which period (:mod:`.context`).
"""

from __future__ import annotations

from .stage import extract, parse_amount

__all__ = ["extract", "parse_amount"]
