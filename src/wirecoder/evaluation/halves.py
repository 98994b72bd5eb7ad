"""Alternate halves of a gold set by each document's place as first built (READ / CHECK).

The READ / CHECK splits (``scripts/read_check_split.py``) and the learned models' training
folds (:mod:`wirecoder.events.model_data`) take every other document of an opened set. A
document's side is its place in the set as first built — the running number its id carries
(``sealed21-07``, ``blind50-03``, ``test7-12-immigration-roundup``) — so that removing a
document later (round 22 removed wire-service copy) moves no other document across the line.
Ids without such a number fall back to their order in the file.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from typing import Any, Literal

__all__ = ["half", "places"]

_NUMBER = re.compile(r"\d+")


def places(ids: Sequence[str]) -> list[int]:
    """Return each id's place (0-based) in its set as first built.

    The place is the first number position of the ids that runs strictly upwards from 0, 1 or
    2 (a running number, below 1,000: not a year); otherwise the order of ``ids``.
    """
    numbers = [[int(n) for n in _NUMBER.findall(i)] for i in ids]
    width = min((len(n) for n in numbers), default=0)
    for k in range(width):
        column = [n[k] for n in numbers]
        if (column[0] in (0, 1, 2) and column[-1] < 1000
                and all(a < b for a, b in itertools.pairwise(column))):
            return [value - 1 if column[0] >= 1 else value for value in column]
    return list(range(len(ids)))


def half(records: Sequence[dict[str, Any]], which: Literal["even", "odd"]) -> list[dict[str, Any]]:
    """Return the records at even (the first, third…) or odd places of their set."""
    want = 0 if which == "even" else 1
    where = places([str(r.get("id", "")) for r in records])
    return [r for r, place in zip(records, where, strict=True) if place % 2 == want]
