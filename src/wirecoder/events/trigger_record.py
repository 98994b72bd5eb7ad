"""The trigger record: a token that evokes an event, with the lexicon entry that codes it."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from .lexicon import Entry

__all__ = ["Trigger"]


@dataclass
class Trigger:
    """A token that evokes an event, with the entry that codes it."""

    token: Token
    entry: Entry
    kind: str
    start: int
    end: int
    governor: Token | None = None
    inverse: bool = False
    rules: list[str] = field(default_factory=list)
    absorbed: list[Entry] = field(default_factory=list)
    inner: list[Trigger] = field(default_factory=list)
