"""Participants of the events the participants filter drops (round 15, issue 9: recall, dyads).

The stage keeps an event only when a participant is resolved to a country or is a
political actor (:func:`~wirecoder.events.stage.kept_by_default`). Round 14's learned
rescue (:mod:`.rescue`) found the drafts that filter drops to be the rescuable class, but
almost never dyad-right: their mentions have no country. Counted over every development
fold (docs/events.md, "Participants of dropped drafts, round 15"), the class with more gold
than spurious drops is a **country-less mention of the act's own role** -- "the police",
"officials", "the ministry", "opposition activists", "the cabinet", a person the knowledge
base does not know -- in a story whose actors are one state's: the gold codes that mention
with that state. Civilians are left out: where they live is where the story happens, which
``actors/story.py`` decides from the story's places (when it declines, nothing is guessed
here; on the dev sets their fill was as often spurious as right).

:func:`resolve_dropped` gives such a mention the story's state, by the codebook's evidence
rule (issue 9 §2): the country comes from the story's own actors (every mention with its
own evidence: knowledge base, title, appositive, coreference), never from the nearest
country of the sentence; and not when the sentence names a place, state or nationality of
another country (:func:`~.participants.abroad`), nor for a mention that says it is foreign
("foreign journalists"). Pronouns, mentions the story's location resolved and roles with no
mention at all are left as they are (fewer gold than spurious drops, or fewer than eight
sets: not built). A resolved mention says ``resolved_by: "context"``.

On by default (``Settings.dropped_participants``; round 15's gate: it does not lose on
READ, CHECK or the dev sets).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from ..codebook import NONSTATE
from ..models import Entity, Event
from ..textutil import sentence_index
from .participants import abroad

__all__ = ["MIN_MENTIONS", "ONE_STATE_SHARE", "resolve_dropped", "story_state"]

#: Share of the story's own-evidence actor mentions one state must hold.
ONE_STATE_SHARE = 2 / 3
#: Fewest own-evidence actor mentions of that state.
MIN_MENTIONS = 2
#: Resolutions that are a mention's own evidence (not the story's place or a neighbour).
_OWN_EVIDENCE = frozenset({"kb", "pattern", "ner", "coref", "publisher", "user"})
#: Mention kinds that may take the story's state: bodies, groups and unknown people.
_KINDS = frozenset({"NOMINAL", "ORG", "PERSON"})
#: Sectors of people whose country is where the story happens, not whose state acts in it
#: (civilians: the story's location decides, ``actors/story.py``; when it does not, no
#: country is guessed here).
_WHERE_THEY_LIVE = frozenset({"CVL"})
#: Words by which a mention says it is from elsewhere.
_ELSEWHERE = ("foreign", "international", "overseas", "expatriate", "exiled", "western")


def story_state(entities: Sequence[Entity]) -> Entity | None:
    """The one state the story's actors belong to, as one of its mentions, or None.

    Counts the actor mentions with a country of their own evidence (not places, not
    international bodies, not countries the story's location or a neighbour gave); one state
    must hold at least :data:`ONE_STATE_SHARE` of them and :data:`MIN_MENTIONS` mentions.

    Args:
        entities: The entity records of the document.
    """
    own = [e for e in entities if e.country_code and e.country_code not in NONSTATE
           and not e.is_place and e.resolved_by in _OWN_EVIDENCE]
    counts = Counter(e.country_code for e in own)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    if n < MIN_MENTIONS or n < ONE_STATE_SHARE * sum(counts.values()):
        return None
    return next(e for e in own if e.country_code == code)


def _resolvable(mention: Entity) -> bool:
    return (not mention.country_code and not mention.is_place and mention.kind in _KINDS
            and mention.sector_code not in _WHERE_THEY_LIVE
            and not any(w in mention.raw_text.lower() for w in _ELSEWHERE))


def _fill(mentions: tuple[Entity, ...], state: Entity) -> tuple[Entity, ...]:
    if not mentions or not all(_resolvable(m) for m in mentions):
        return mentions
    return tuple(m.model_copy(update={"country_code": state.country_code,
                                      "country_name": state.country_name,
                                      "resolved_by": "context"}) for m in mentions)


def resolve_dropped(events: Sequence[Event], entities: Sequence[Entity], doc: Doc,
                    ) -> list[Event]:
    """Give the country-less role mentions of the events the filter drops the story's state.

    Only events :func:`~.stage.kept_by_default` drops are changed; a role is filled
    only when every mention of it is a country-less body, group or person
    (:func:`_resolvable`), the story's actors are one state's (:func:`story_state`) and
    the event's sentence names no place, state or nationality of another country.

    Args:
        events: The events the rule coder built, in text order.
        entities: The entity records of the document.
        doc: The parsed document (for the sentence of each mention).

    Returns:
        The events, the dropped ones with their mentions resolved where the rule applies.
    """
    from .stage import kept_by_default  # the stage imports this module

    state = story_state(entities)
    if state is None:
        return list(events)
    out = []
    for event in events:
        if not kept_by_default(event):
            setting = [e for e in entities if sentence_index(doc, e.start) == event.sentence]
            if not abroad(state.country_code, setting):
                event = event.model_copy(update={"actor": _fill(event.actor, state),
                                                 "recipient": _fill(event.recipient, state)})
        out.append(event)
    return out
