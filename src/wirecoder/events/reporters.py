"""Who reports an act: the source an event's ``reported_by`` names (issue 9).

"according to X", the subject of a reporting verb above the trigger ("X said ..."), the
speaker of the quote holding the trigger, or an "according to X" elsewhere in the sentence,
in that order.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Entity
from . import modifiers as mods
from .arguments import EntityIndex, phrase_entities, subject_entities

__all__ = ["reported_by"]


def reported_by(anchor: Token, start: int, end: int, index: EntityIndex,
                quotes: Sequence) -> Entity | None:
    """Return the entity that reports the act anchored on ``anchor``, or None.

    Args:
        anchor: The trigger's anchor token.
        start: Character offset where the trigger starts.
        end: Character offset where the trigger ends.
        index: The document's entity index.
        quotes: The quotes stage's records (a quote's speaker reports what it holds).
    """
    obj = mods.according_to(anchor)
    if obj is not None:
        found = phrase_entities(obj, index)
        if found:
            return found[0]
    verb = mods.reporting_clause(anchor)
    if verb is not None:
        found = subject_entities(verb, index)
        if found:
            return found[0]
    speaker = mods.quote_speaker(start, end, quotes)
    if speaker is not None:
        return speaker
    obj = mods.sentence_according_to(anchor)
    found = phrase_entities(obj, index) if obj is not None else []
    return found[0] if found else None
