"""Commitments stage: pledges with numbers, kept apart from reports of their fulfilment.

Who commits, to whom, what, how much and by when; see ``docs/commitments.md``.
"""

from __future__ import annotations

from .stage import extract
from .vocabulary import Vocabulary, vocabulary

__all__ = ["Vocabulary", "extract", "vocabulary"]
