"""Quotes stage: who said what, with character offsets.

Finds direct quotations (a whole statement in quotation marks), partial quotations
(quoted words inside a sentence) and reported speech ("X said that ...", "according
to X"), each with its cue and its speaker resolved to an :class:`~wirecoder.models.Entity`.
See ``docs/quotes.md``.
"""

from __future__ import annotations

from .stage import extract

__all__ = ["extract"]
