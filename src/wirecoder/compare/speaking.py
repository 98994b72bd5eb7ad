"""Who speaks in a sentence before the actors it reports (round 21).

"Foreign Minister X rejected Freedonia's demand that…", "X replied to accusations from
Freedonian officials that…": the sentence's subject speaks, and the actor of the demand or
the charge it answers (Freedonia) is the side it does not speak for. ``story_sides`` reads
a verbal event's actor as the sentence's speaker only when no speaking subject is named
before that actor (``sides._events``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..models import Analysis
from .descriptions import named_after
from .sentences import sentence_of

if TYPE_CHECKING:
    from .sides import Speakers

__all__ = ["SPEAKER_KINDS", "speaking_subjects"]

#: Mentions that can speak: a person, an organization, a description, a pronoun.
SPEAKER_KINDS = frozenset({"PERSON", "ORG", "NOMINAL", "PRONOUN"})
#: A state or body named after a speaker's name: "Minister X of Freedonia replied".
OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


def speaking_subjects(analysis: Analysis, spans: list[tuple[int, int]], speakers: Speakers,
                      head: re.Pattern[str], subject_position: Callable[[str, int, int], bool]
                      ) -> dict[int, int]:
    """Return {sentence: where its speaking subject is named}.

    The speaking subject is the first mention of ``SPEAKER_KINDS`` in subject position
    followed by a reporting verb ("Minister X rejected", "The ministry has since spurned",
    "X replied on Friday to"). Its side may be unknown: it is found later, from the
    subject itself. A commentator counts too ("Human Rights Watch rejected Freedonia's
    demand…"): the sentence is then nobody's, not the side of the demand it reports
    (review of round 21).

    Args:
        analysis: The story's analysis.
        spans: Character spans of the story's sentences.
        speakers: The story's speakers (their lexicon's reporting verbs, who comments).
        head: A head noun after a name ("'s foreign ministry", " side"), skipped before
            the verb.
        subject_position: Whether a mention at a position can be its sentence's subject
            (text, sentence start, mention start).

    Returns:
        Sentence index -> the start of its speaking subject's mention.
    """
    text = analysis.text
    subjects: dict[int, int] = {}
    for entity in sorted(analysis.entities, key=lambda e: e.start):
        index = sentence_of(spans, entity.start)
        if index in subjects or entity.kind not in SPEAKER_KINDS or not subject_position(
                text, spans[index][0], entity.start):
            continue
        named = named_after(entity, analysis.entities, text) or entity
        end = named.end
        where = OF_STATE.match(text, end, spans[index][1])
        if where:  # "Vice President X of Freedonia replied…" (review of round 21)
            end = where.end()
        after = head.match(text, end, spans[index][1])
        verb_at = after.end() if after else end
        if speakers.lexicon.reporting.match(text, verb_at, spans[index][1]):
            subjects[index] = entity.start
    return subjects
