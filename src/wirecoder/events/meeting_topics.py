"""Topics of a meeting the story has already coded (issue 9, precision; round 18).

A readout codes its meeting once ("Minister Alvar met President Kerro of Ostravia on
Monday.") and then lists what the parties talked about, one sentence each: "The two leaders
discussed border trade. They also discussed the dam project." Each later "discussed" is the
same occurrence again, told by its topics: PLOVER codes one CONSULT per meeting, and the spot
checks judge a second coding of one occurrence as a duplicate. The coder codes every
"discussed" (lexicon entry ``consult.discuss``), so these sentences gave most of the spurious
CONSULT events on the development sets (round 18: 67 spurious against 12 right on READ and
the dev sets, see ``docs/events.md``, "Spurious events, round 18").

:func:`topics_of_coded_meeting` drops such a discussion when an earlier sentence of the story
holds a CONSULT event whose participants include every country of the discussion. A
discussion that names its meeting in its own sentence ("In their bilateral meeting, the two
ministers discussed ...", merged with the meeting noun) is that meeting and stays; so do
planned, hypothetical and negated discussions ("will discuss", "refused to discuss") and
discussions of a new party ("He also discussed the matter with Ruritania's envoy").
"""

from __future__ import annotations

from ..models import Event

__all__ = ["DISCUSSION_ENTRIES", "topics_of_coded_meeting"]

#: Lexicon entries whose CONSULT tells what parties talked about, not that they met.
DISCUSSION_ENTRIES = frozenset({"consult.discuss"})
#: A mark in ``why`` that the discussion's sentence names its meeting (a merged meeting noun).
MEETING_MERGED = "merged:consult.meet"
#: The mark added to ``why`` of a dropped event (kept on no record; for tests and debugging).
WHY = "dropped:topic-of-coded-meeting"


def _entry(event: Event) -> str:
    return (event.why or "").split(";", 1)[0].strip()


def _parties(event: Event) -> frozenset[str]:
    return frozenset(e.country_code for e in (*event.actor, *event.recipient)
                     if e.country_code)


def is_topic_of_coded_meeting(event: Event, earlier: list[Event]) -> bool:
    """Whether ``event`` only tells the topics of a meeting coded in an earlier sentence.

    Args:
        event: A system event of the story.
        earlier: The story's events (any order; those of earlier sentences are read).

    Returns:
        True for a past, asserted CONSULT of a discussion entry (:data:`DISCUSSION_ENTRIES`)
        that does not name its own meeting, when a CONSULT of an earlier sentence has all its
        participants' countries (one at least).
    """
    if (event.event_type != "CONSULT" or _entry(event) not in DISCUSSION_ENTRIES
            or event.future or event.hypothetical or event.negated
            or MEETING_MERGED in (event.why or "")):
        return False
    parties = _parties(event)
    return bool(parties) and any(
        other.event_type == "CONSULT" and other.sentence < event.sentence
        and parties <= _parties(other) for other in earlier)


def topics_of_coded_meeting(events: list[Event]) -> list[Event]:
    """Drop the discussions that retell a meeting an earlier sentence coded.

    "Alvar met Kerro on Monday. The two leaders discussed border trade." codes one CONSULT,
    the meeting (see :func:`is_topic_of_coded_meeting`). Ids are renumbered when an event
    goes.

    Args:
        events: The story's events, in text order, participants resolved.

    Returns:
        The events without those discussions.
    """
    kept = [e for e in events if not is_topic_of_coded_meeting(e, events)]
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.id.rsplit('-e', 1)[0]}-e{n}"})
            for n, e in enumerate(kept)]
