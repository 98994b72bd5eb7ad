"""Nominal re-mentions named by their author: "his White House meeting", "Modi's visit".

:func:`~wirecoder.events.participants.is_remention` drops a bare definite nominal ("the
attack", "Tuesday's raid") of a category the story already coded. A nominal with a
possessor of its own ("Suga's visit", "his meeting", "China's drills") is dropped here when
it is a bare mention (no light verb, no date of its own) in a later sentence than an event
of the same category and tense (a planned visit is not the call held before it) that shares
a participant code, neither negated: the story is naming that event again. Verbal acts
("Al-Abadi's condemnation") are left alone: their possessor is the author, which is news
(spot checks, rounds 4 and 5: "re-mentions coded again").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from spacy.tokens import Doc

from ..models import Event
from .entity_index import EntityIndex
from .phrases import phrase_entities, pobjs
from .subjects import subject_of
from .triggers import Trigger, light_noun
from .verb_roles import borrowed_patient

if TYPE_CHECKING:
    from .rules import Draft

__all__ = ["CASUALTY_ENTRIES", "Coded", "casualties_of_named_act", "coded", "names_own_parties",
           "one_act", "one_act_participles", "possessive_remention", "remention_subject"]

#: Labels of a noun's own dependents that make it a new event ("Modi's visit in June",
#: "China's drills near Taiwan on Monday").
_TIME_LABELS = frozenset({"DATE", "TIME"})
#: Verbal categories: a possessed "condemnation", "demand" or "denial" names its author.
_SAID = frozenset({"ACCUSE", "REQUEST", "REJECT", "THREATEN"})
#: Lexicon entries whose trigger tells a toll (killed, wounded, injured, a shooting): in a
#: sentence that names the attack, the toll is that attack's outcome, not a second attack.
CASUALTY_ENTRIES = frozenset({"assault.kill"})


@dataclass(frozen=True)
class Coded:
    """What a re-mention is compared with: an event already coded in the story."""

    category: str
    future: bool
    negated: bool
    sentence: int
    codes: frozenset[str]


def coded(event: Event) -> Coded:
    """The :class:`Coded` record of ``event``."""
    return Coded(event.event_type, event.future, event.negated, event.sentence, _codes(event))


def _codes(event: Event) -> frozenset[str]:
    return frozenset(e.country_code for e in (*event.actor, *event.recipient)
                     if e.country_code)


def possessive_remention(trig: Trigger, event: Event, earlier: Sequence[Coded]) -> bool:
    """Whether ``event`` is a possessed nominal naming an event coded before.

    Args:
        trig: The event's trigger.
        event: The event built from it.
        earlier: Events already coded in the story.
    """
    token = trig.token
    if trig.kind != "noun" or trig.governor is not None or light_noun(token) is not None:
        return False
    if event.event_type in _SAID:
        return False  # "Al-Abadi's condemnation": who said it is news
    if not any(c.dep_ == "poss" and c.ent_type_ not in _TIME_LABELS for c in token.children):
        return False
    if any(t.ent_type_ in _TIME_LABELS for t in token.subtree if t != token):
        return False  # "Modi's visit in June": a date of its own
    codes = _codes(event)
    return bool(codes) and any(
        e.category == event.event_type and e.future == event.future and not e.negated
        and e.sentence < event.sentence and e.codes & codes for e in earlier)


def remention_subject(trig: Trigger, category: str, again: dict[int, str]) -> bool:
    """Whether a verb only tells more of a re-mentioned event noun, its subject.

    "The raids came at dawn and struck three villages": "the raids" names an attack
    the story has coded already (dropped by
    :func:`~wirecoder.events.participants.is_remention`), and "struck" is that attack again,
    not a new one. Only a verb of the same category counts.

    Args:
        trig: The verb's trigger.
        category: The PLOVER category the verb would code.
        again: The token index of each dropped re-mention, mapped to its category.

    Returns:
        True when the verb's subject is a re-mention of the same category.
    """
    if trig.kind != "verb":
        return False
    anchor = trig.governor if trig.governor is not None else trig.token
    subject = subject_of(anchor)
    return subject is not None and again.get(subject.i) == category


def one_act(drafts: list[Draft]) -> list[Draft]:
    """Drop a nominal whose light verb is itself a trigger of the same category.

    "They stood in solidarity with X": "stood" (SUPPORT) and "solidarity" governed by it
    (SUPPORT) are one act; the verb keeps it, with its own subject as the actor.

    Args:
        drafts: The sentence's draft events.

    Returns:
        The drafts without nominals that repeat their light verb's act.
    """
    verbs = {(d.trig.token.i, d.category) for d in drafts if d.trig.kind == "verb"}
    return [d for d in drafts if not (
        d.trig.kind == "noun" and d.trig.governor is not None
        and (d.trig.governor.i, d.category) in verbs)]


def names_own_parties(trig: Trigger, index: EntityIndex) -> bool:
    """Whether a definite event noun names both sides of itself, so it is no bare re-mention.

    "The attack" or "this raid" again is the event the story coded before (issue 9 item 3),
    and so is "the attack on the embassy" or "the deal between X and Y" (measured on the
    development sets, round 10: a target, agent or ``between`` phrase on other definite
    nouns re-mentions the act more often than not). "The fighting between Ruritania and
    Freedonia" names the two sides of an armed conflict, which goes on and is reported anew:
    it is coded. Only two-sided fighting (a reciprocal ASSAULT entry) with a ``between``
    phrase holding an entity resolved to a country.

    Args:
        trig: A nominal trigger that :func:`~wirecoder.events.participants.is_remention`
            took for a re-mention.
        index: The document's entity index.

    Returns:
        True when the noun's ``between`` phrase holds an entity resolved to a country.
    """
    if trig.kind != "noun" or trig.entry.category != "ASSAULT" or not trig.entry.reciprocal:
        return False
    return any(e.country_code for _, obj in pobjs(trig.token, ("between",))
               for e in phrase_entities(obj, index))


def one_act_participles(events: list[Event], doc: Doc) -> list[Event]:
    """Drop a participle's event when its sentence codes the same category otherwise.

    A participle whose patient is the noun it modifies or the clause it joins ("a crackdown
    ... with numerous activists jailed") most often tells the act of its sentence again; it
    is an event of its own only when nothing else in its sentence is ("Chilean soldiers
    killed in the clash were buried"); so is a coordinated participle of another category
    ("were detained and later beaten by X"). Ids are renumbered when one is dropped.

    Args:
        events: The document's events, with ids ``{story_id}-e{n}``.
        doc: The parsed document.
    """
    at = {}
    for e in events:  # the token starting at each event's offset (no walk over the doc)
        span = doc.char_span(e.start, e.start + 1, alignment_mode="expand")
        if span is not None and span[0].idx == e.start:
            at[e.start] = span[0]
    borrowed = {e.start for e in events if e.start in at and at[e.start].pos_ == "VERB"
                and borrowed_patient(at[e.start])}
    others = {(e.sentence, e.event_type) for e in events if e.start not in borrowed}
    kept = [e for e in events
            if e.start not in borrowed or (e.sentence, e.event_type) not in others]
    if len(kept) == len(events):
        return events
    return [e.model_copy(update={"id": f"{e.id.rsplit('-e', 1)[0]}-e{n}"})
            for n, e in enumerate(kept)]


def _entry(event: Event) -> str:
    return (event.why or "").split(";", 1)[0].strip()


def _resolved(event: Event) -> int:
    return sum(1 for e in (*event.actor, *event.recipient) if e.country_code)


def casualties_of_named_act(events: list[Event], doc: Doc,
                            counts: Callable[[Event], bool] = lambda e: True) -> list[Event]:
    """Keep one ASSAULT when a sentence tells an attack and its toll.

    "A rocket attack on the base, which killed two soldiers and wounded five" or "five
    people died ... as police fired to disperse the crowd" report one act: the killing and
    wounding are the attack's outcome (events guideline: one event per act; the annotation
    codes one ASSAULT there on every development set). In a sentence holding an ASSAULT of
    another trigger (an attack, strike, raid, a crowd dispersed by force) that ``counts``
    (the stage passes its default filter: an act it would not report absorbs nothing), the
    ASSAULT events of casualty verbs (:data:`CASUALTY_ENTRIES`, a verb: "a shooting" or "the
    massacre" are acts of their own; a verb coordinated with the attack verb, "stormed the
    base and shot dead four guards", is a second act) are folded into one: the event with the most
    participants resolved to a country stays, the named act on a tie. A toll alone in its
    sentence ("two soldiers were killed on Monday") stays an event; ids are renumbered when
    one is dropped.

    Args:
        events: The document's events, with ids ``{story_id}-e{n}``.
        doc: The parsed document.
        counts: Whether an event is one the stage reports (an act that absorbs a toll).

    Returns:
        The events without the tolls that repeat their sentence's attack.
    """
    groups: dict[int, list[Event]] = {}
    for e in events:
        if e.event_type == "ASSAULT" and not e.negated:
            groups.setdefault(e.sentence, []).append(e)
    dropped: set[str] = set()
    for group in groups.values():
        tolls = [e for e in group if _entry(e) in CASUALTY_ENTRIES and _is_verb(e, doc)]
        acts = [e for e in group if e not in tolls and counts(e)]
        heads = {e.start for e in acts}
        tolls = [e for e in tolls if not _joined_act(e, doc, heads)]
        if not tolls or not acts:
            continue
        keep = max((*tolls, *acts), key=lambda e: (_resolved(e), e in acts))
        dropped.update(e.id for e in tolls if e is not keep)
        if keep in tolls:
            dropped.update(e.id for e in acts)
    if not dropped:
        return events
    kept = [e for e in events if e.id not in dropped]
    return [e.model_copy(update={"id": f"{e.id.rsplit('-e', 1)[0]}-e{n}"})
            for n, e in enumerate(kept)]


def _joined_act(event: Event, doc: Doc, heads: set[int]) -> bool:
    """Whether the toll verb is coordinated with an act verb of its sentence.

    "Stormed the base and shot dead four guards" tells two acts of one party (the
    annotation codes both).
    """
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(t.dep_ == "conj" and t.head.idx in heads for t in span)


def _is_verb(event: Event, doc: Doc) -> bool:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)
