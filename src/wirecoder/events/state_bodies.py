"""A country for an actor that is a state's own body and names no state (roles round 15).

"Police fired tear gas", "security forces killed four suspects", "the army shelled the
camp", "authorities imposed a curfew": the gold codes the body with the state it serves,
which the sentence or the story names elsewhere. When the actors stage leaves such an
actor without a country (several states in the story, the place not tied to the phrase),
the event stage gives it:

1. the one state the event's sentence names (any mention with a country, international
   bodies and armed groups aside), else
2. when the sentence names none, the state the story has named most up to that sentence,
   when it is named at least twice as often as any other.

Only for nominal mentions headed by a state body's word (:data:`STATE_BODY`) that do not
say they are foreign, rebel or multinational (:data:`NOT_HOME`). Counted over READ and
every events development set before building (docs/events.md, "Roles round 15").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..codebook import NONSTATE
from ..models import Entity

__all__ = ["NOT_HOME", "STATE_BODY", "home_body"]

#: A state's own bodies: police, armed forces, security forces, authorities, the regime.
STATE_BODY = re.compile(r"\b(police|policemen|army|military|security forces|authorities|"
                        r"regime|government|government (?:troops|forces|soldiers|warplanes))\b",
                        re.IGNORECASE)
#: Words that make a body someone else's or no state's.
NOT_HOME = re.compile(r"\b(rebel|militant|separatist|insurgent|opposition|foreign|"
                      r"international|coalition|allied|multinational|peacekeep|exile|"
                      r"former|ousted|interim|transitional|parallel|shadow)", re.IGNORECASE)


def home_body(actor: tuple[Entity, ...], entities: Sequence[Entity], lo: int,
              hi: int) -> tuple[Entity, ...]:
    """Return ``actor`` with a country-less state body given its state (module docstring).

    Args:
        actor: The event's actor mentions.
        entities: Every mention of the document, in order.
        lo: Start offset of the event's sentence.
        hi: End offset of the event's sentence.

    Returns:
        The actor, its mentions given the state's country when the rule applies.
    """
    if not actor or any(a.country_code or a.is_place or a.kind != "NOMINAL"
                        or not STATE_BODY.search(a.raw_text) or NOT_HOME.search(a.raw_text)
                        for a in actor):
        return actor
    home = _home(entities, lo, hi)
    if home is None:
        return actor
    return tuple(a.model_copy(update={"country_code": home.country_code,
                                      "country_name": home.country_name,
                                      "resolved_by": "context"}) for a in actor)


def _home(entities: Sequence[Entity], lo: int, hi: int) -> Entity | None:
    """The sentence's one state, else the story's clearly most named state so far."""
    def state(e: Entity) -> bool:
        return bool(e.country_code) and e.country_code not in NONSTATE

    here = [e for e in entities if lo <= e.start and e.end <= hi and state(e)]
    if here:
        return here[0] if len({e.country_code for e in here}) == 1 else None
    before = [e for e in entities if e.end <= lo and state(e)]
    counts = Counter(e.country_code for e in before).most_common(2)
    if not counts or (len(counts) == 2 and counts[0][1] < 2 * counts[1][1]):
        return None
    return next(e for e in before if e.country_code == counts[0][0])
