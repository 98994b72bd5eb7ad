"""Readout comparison: where accounts of one event agree, diverge, omit and contradict.

``wirecoder.compare(accounts)`` compares two or more accounts (readouts, statements,
stories) of one event; ``compare_within(story)`` splits one story that reports several
sides by attribution and compares those. Both work on per-article :class:`Analysis`
objects from :func:`wirecoder.analyze` and return a frozen :class:`Comparison`.
"""

from __future__ import annotations

import sys
import types
from typing import Any

from .api import as_account, compare, compare_analyses, compare_within
from .models import RELATIONS, Account, AccountRef, Claim, Comparison, Point

__all__ = ["RELATIONS", "Account", "AccountRef", "Claim", "Comparison", "Point", "as_account",
           "compare", "compare_analyses", "compare_within"]


class _CallableModule(types.ModuleType):
    """Lets ``wirecoder.compare(accounts)`` call :func:`compare` on this package."""

    def __call__(self, accounts: Any, **options: Any) -> Comparison:
        return compare(accounts, **options)


sys.modules[__name__].__class__ = _CallableModule
