"""Topic back-references: "the two sides discussed X" after their meeting was coded.

Guideline decision 17 (round 17): a sentence that only reports what was discussed at a
meeting, call or visit the story has already coded between the same parties is an anaphoric
back-reference (decision 1(a)), not a new consultation: PLOVER counts events, not mentions.
A new consultation is still coded: one with another party, one of another tense (a planned
meeting is not the one held), and one held by another medium ("discussed X by phone" after a
visit). Used by the events stage (:mod:`.stage`) next to
:func:`~wirecoder.events.remention.possessive_remention`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Event
from .remention import Coded, possessive_remention
from .triggers import Trigger

__all__ = ["TOPIC_VERBS", "backreference", "topic_backreference"]

#: Verbs that report the topics of a consultation ("discussed trade and security").
TOPIC_VERBS = frozenset({"discuss"})
#: Words of a medium: a consultation held by phone or video is a new one.
_MEDIUM_WORDS = frozenset({"phone", "telephone", "call", "video", "videoconference",
                           "teleconference", "letter"})


def backreference(trig: Trigger, event: Event, earlier: Sequence[Coded]) -> str | None:
    """Why ``event`` only names an event coded before, or None when it is a new one.

    Args:
        trig: The event's trigger.
        event: The event built from it.
        earlier: Events already coded in the story.

    Returns:
        ``"possessive-remention"`` ("his White House meeting"), ``"topic-backreference"``
        ("the two sides discussed X" after their meeting), or None.
    """
    if possessive_remention(trig, event, earlier):
        return "possessive-remention"
    if topic_backreference(trig, event, earlier):
        return "topic-backreference"
    return None


def topic_backreference(trig: Trigger, event: Event, earlier: Sequence[Coded]) -> bool:
    """Whether ``event`` only reports the topics of a consultation coded before.

    "Ruritania's and Freedonia's ministers met on Monday. They discussed fishing rights":
    the second sentence names no new act. Only a CONSULT on a topic verb ("discuss") in a
    later sentence than a CONSULT of the same tense, neither negated, whose parties include
    every party code of ``event``; a consultation naming another party or a medium of its
    own ("discussed it by phone") stays.

    Args:
        trig: The event's trigger.
        event: The event built from it.
        earlier: Events already coded in the story.

    Returns:
        True when the event is a back-reference to be dropped.
    """
    if event.event_type != "CONSULT" or event.negated or trig.kind != "verb":
        return False
    if trig.token.lemma_.lower() not in TOPIC_VERBS or _medium(trig.token):
        return False
    codes = frozenset(e.country_code for e in (*event.actor, *event.recipient)
                      if e.country_code)
    if not codes:
        return False
    return any(e.category == "CONSULT" and e.future == event.future and not e.negated
               and e.sentence < event.sentence and codes <= e.codes for e in earlier)


def _medium(verb: Token) -> bool:
    """A medium named on the verb or its phrases ("by phone", "in a video call")."""
    return any(t.lemma_.lower() in _MEDIUM_WORDS for c in verb.children if c.dep_ == "prep"
               for t in c.subtree)
