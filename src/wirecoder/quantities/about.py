"""The record of what a quantity measures, shared by the modules that find it."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

__all__ = ["About"]


@dataclass(frozen=True)
class About:
    """What is measured: words, character span and head noun (or verb)."""

    text: str
    start: int
    end: int
    noun: Token
