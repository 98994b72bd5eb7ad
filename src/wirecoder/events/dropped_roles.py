"""Participants of the events the participants filter drops (round 15, issue 9: recall, dyads).

The stage keeps an event only when a participant is resolved to a country or is a
political actor (:func:`~wirecoder.events.stage.kept_by_default`). Round 14's learned
rescue (:mod:`.rescue`) found the drafts that filter drops to be the rescuable class, but
almost never dyad-right: their mentions have no country. :func:`resolve_dropped` gives a
country-less **state-sector** mention in a role of such an event the story's state, by the
one policy of :mod:`.state_bodies` (the story's own-evidence state, none when the sentence
names another country's place, state or nationality; never the event's recipient's or
object's country). After review (round 15) the fill is limited to state-sector mentions --
government, police, military, officials, ministries -- and no longer reaches opposition,
rebels, groups, protesters, workers or private persons, whose country the story's state
does not decide. An event a fill changed says ``participants:story-state`` in its ``why``.

On by default (``Settings.dropped_participants``; docs/events.md, "Participants of dropped
drafts, round 15", which says how the rule was reworked).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..models import Entity, Event
from ..textutil import sentence_index
from .state_bodies import MIN_MENTIONS, ONE_STATE_SHARE, WHY, fill, home_state, story_state

__all__ = ["MIN_MENTIONS", "ONE_STATE_SHARE", "resolve_dropped", "story_state"]


def resolve_dropped(events: Sequence[Event], entities: Sequence[Entity], doc: Doc,
                    enabled: bool = True) -> list[Event]:
    """Give the country-less role mentions of the events the filter drops the story's state.

    Only events :func:`~.stage.kept_by_default` drops are changed; a role is filled
    only when every mention of it is a country-less state-sector mention
    (:func:`~.state_bodies.state_sector`) and the sentence's setting (its mentions other than
    the event's actor and recipient) allows the story's state
    (:func:`~.state_bodies.home_state`). A changed event's ``why`` ends with
    ``participants:story-state``.

    Args:
        events: The events the rule coder built, in text order.
        entities: The entity records of the document.
        doc: The parsed document (for the sentence of each mention).
        enabled: ``Settings.dropped_participants``; False returns the events unchanged.

    Returns:
        The events, the dropped ones with their mentions resolved where the rule applies.
    """
    if not enabled:
        return list(events)
    from .stage import kept_by_default  # the stage imports this module

    if story_state(entities) is None:
        return list(events)
    out = []
    for event in events:
        if not kept_by_default(event):
            roles = [*event.actor, *event.recipient]
            setting = [e for e in entities if e not in roles
                       and sentence_index(doc, e.start) == event.sentence]
            state = home_state(entities, setting)
            if state is not None:
                actor, recipient = fill(event.actor, state), fill(event.recipient, state)
                if (actor, recipient) != (event.actor, event.recipient):
                    why = "; ".join(w for w in (event.why, WHY) if w)
                    event = event.model_copy(update={"actor": actor, "recipient": recipient,
                                                     "why": why})
        out.append(event)
    return out
