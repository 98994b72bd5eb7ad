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

Decision 17(b) codes a "discussed" that reports another medium or occasion, so a discussion
also stays (round 18 review, fixev18a) when the earlier meeting is not a past, asserted one
("may meet", "did not meet"); when both sentences date their event from the text and the
dates differ at the granularity both have ("met in January ... discussed on Monday"); when
both name a place and the places differ; when the discussion tells another medium than the
meeting ("met in Arusha ... discussed by phone"); when the trigger is not a
discussion word ("negotiated a truce" is an act of its own); and when it has one country and
its actor is not a plural back-reference to the meeting's parties ("Brazil's Senate discussed
the budget" after a Brazil–Argentina meeting is domestic; "The two ministers discussed ..."
and "They also discussed ..." are the meeting).
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Entity, Event

__all__ = ["DISCUSSION_ENTRIES", "topics_of_coded_meeting"]

#: Lexicon entries whose CONSULT tells what parties talked about, not that they met.
DISCUSSION_ENTRIES = frozenset({"consult.discuss"})
#: Trigger words (first word, lower case) of those entries that report topics: "negotiated",
#: "consulted" and "deliberated" are acts of their own and are never dropped.
DISCUSSION_WORDS = ("discuss", "exchang")
#: Dependency labels of a trigger's subject, and the tags of a plural noun.
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})
#: Entity labels that name a country or its people ("Brazilian lawmakers" is domestic).
NAMED_PLACES = frozenset({"GPE", "NORP"})
#: Plural pronouns that refer back to the meeting's parties ("They also discussed ...").
PLURAL_PRONOUNS = frozenset({"they", "we", "both"})
#: The medium each CONSULT mode tells: a call is another medium than a meeting in person
#: ("met in Arusha ... discussed the railway by phone"); a meeting with no mode is in person.
MEDIUM = {"phone": "remote", "visit": "in person", "meet": "in person",
          "multilateral": "in person"}
#: A mark in ``why`` that the discussion's sentence names its meeting (a merged meeting noun).
MEETING_MERGED = "merged:consult.meet"
#: The mark added to ``why`` of a dropped event (kept on no record; for tests and debugging).
WHY = "dropped:topic-of-coded-meeting"


def _entry(event: Event) -> str:
    return (event.why or "").split(";", 1)[0].strip()


def _parties(event: Event) -> frozenset[str]:
    return frozenset(e.country_code for e in (*event.actor, *event.recipient)
                     if e.country_code)


def _plural_back_reference(actor: Entity) -> bool:
    """Whether ``actor`` refers back to a group without naming a country ("the two leaders")."""
    words = actor.raw_text.lower().split()
    return bool(words) and (actor.kind == "COMPOUND" or words[0] in PLURAL_PRONOUNS
                            or words[:2] == ["the", "two"])


def _plural_subject(event: Event, doc: Doc | None) -> bool:
    """Whether the trigger's subject is a plural that names no country ("the two leaders").

    The parse is read because the fills can give such a subject the wrong members ("He
    emphasized ..., and the two leaders discussed ..." with the first clause's speaker).
    """
    if doc is None:
        return False
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return False
    for subject in (c for c in span.root.children if c.dep_ in SUBJECTS):
        if (subject.tag_ in PLURAL_TAGS or subject.lower_ in PLURAL_PRONOUNS) and not any(
                t.ent_type_ in NAMED_PLACES for t in subject.subtree):
            return True
    return False


def _same_occasion(event: Event, meeting: Event) -> bool:
    """Whether nothing in ``event`` sets it apart from ``meeting`` as another occasion."""
    if meeting.negated or meeting.future or meeting.hypothetical:
        return False
    if event.date_source == "text" and meeting.date_source == "text" and event.date \
            and meeting.date:
        n = min(len(event.date), len(meeting.date))
        if event.date[:n] != meeting.date[:n]:
            return False
    if event.location and meeting.location and event.location != meeting.location:
        return False
    medium = MEDIUM.get(event.mode or "")
    return not (medium and medium != MEDIUM.get(meeting.mode or "", "in person"))


def is_topic_of_coded_meeting(event: Event, earlier: list[Event],
                              doc: Doc | None = None) -> bool:
    """Whether ``event`` only tells the topics of a meeting coded in an earlier sentence.

    Args:
        event: A system event of the story.
        earlier: The story's events (any order; those of earlier sentences are read).
        doc: The parsed story, to read the trigger's subject (a plural that names no
            country, "the officials", refers back); without it only the actors' words
            ("they", "the two ...") are read.

    Returns:
        True for a past, asserted CONSULT of a discussion word (:data:`DISCUSSION_ENTRIES`,
        :data:`DISCUSSION_WORDS`) that does not name its own meeting, with two countries or
        one and a plural back-reference as actor, when a past, asserted CONSULT of an earlier
        sentence has all its participants' countries and nothing sets the two apart as
        different occasions (date, place, medium).
    """
    if (event.event_type != "CONSULT" or _entry(event) not in DISCUSSION_ENTRIES
            or not event.event_text.lower().startswith(DISCUSSION_WORDS)
            or event.future or event.hypothetical or event.negated
            or MEETING_MERGED in (event.why or "")):
        return False
    parties = _parties(event)
    if not parties or (len(parties) == 1 and not _plural_subject(event, doc) and not any(
            _plural_back_reference(a) for a in event.actor)):
        return False
    return any(
        other.event_type == "CONSULT" and other.sentence < event.sentence
        and parties <= _parties(other) and _same_occasion(event, other) for other in earlier)


def topics_of_coded_meeting(events: list[Event], doc: Doc | None = None) -> list[Event]:
    """Drop the discussions that retell a meeting an earlier sentence coded.

    "Alvar met Kerro on Monday. The two leaders discussed border trade." codes one CONSULT,
    the meeting (see :func:`is_topic_of_coded_meeting`). Ids are renumbered when an event
    goes.

    Args:
        events: The story's events, in text order, participants resolved.
        doc: The parsed story (see :func:`is_topic_of_coded_meeting`).

    Returns:
        The events without those discussions.
    """
    kept = [e for e in events if not is_topic_of_coded_meeting(e, events, doc)]
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.id.rsplit('-e', 1)[0]}-e{n}"})
            for n, e in enumerate(kept)]
