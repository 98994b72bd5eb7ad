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

from spacy.tokens import Doc, Token

from ..models import Event
from .entity_index import EntityIndex
from .phrases import phrase_entities, pobjs
from .subjects import subject_of
from .triggers import Trigger, light_noun
from .verb_roles import borrowed_patient

if TYPE_CHECKING:
    from .rules import Draft

__all__ = ["CASUALTY_ENTRIES", "Coded", "casualties_of_named_act", "coded", "names_own_parties",
           "one_act", "one_act_participles", "possessive_remention", "purpose_of_act",
           "remention_subject"]

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
    if not codes:  # "after their meeting": a pronoun owner points back to a meeting coded
        return any(c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children) and any(
            _same_act(e, event) and e.sentence < event.sentence for e in earlier)
    return any(_same_act(e, event) and e.sentence < event.sentence and e.codes & codes
               for e in earlier)


def _same_act(earlier: Coded, event: Event) -> bool:
    """Whether an earlier event may be the one a possessed nominal names again.

    The same category and tense, neither negated; or a planned meeting or visit (coded
    AGREE, still flagged future) that a later meeting noun names: "Scholz will visit India
    next month. During his visit, he will sign ..." (round 24 review).
    """
    if earlier.negated:
        return False
    if earlier.category == event.event_type and earlier.future == event.future:
        return True
    return event.event_type == "CONSULT" and earlier.category == "AGREE" and earlier.future


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


#: Dependency labels of a to-infinitive that gives the purpose of an act: on the act's verb
#: ("donated ambulances to help clinics": advcl) or on its object ("a loan of $8 million to
#: fund a port": an infinitival relative clause).
_PURPOSE_DEPS = frozenset({"advcl", "relcl", "acl"})
#: Labels on the way from the noun a purpose clause hangs on up to the act's verb: its
#: object, a phrase of the object, a conjunct ("extended a loan of $8 million to fund").
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "conj", "appos", "dative"})
#: At most this many tokens on that way (the clause's head and four above it).
_MAX_PATH = 5


def purpose_of_act(drafts: list[Draft]) -> list[Draft]:
    """Drop a to-infinitive of the same category that gives another draft's purpose.

    "Norway donated ambulances to help clinics", "extended Veridia a loan of $8 million to
    fund a port": the help or funding is what the donation is for, one act told with its
    purpose (events guideline: one event per act; spot check round 18, "one grant coded as
    two AID events"). Only a verb with a ``to`` auxiliary hanging on the other draft's
    trigger or light verb, or on a noun of its object phrase or a conjunct of it, and only
    within one category. A purpose of another category is left to the purpose-clause filter
    (:mod:`.intent`), which drops goals ("cut its aid to press it into holding elections" codes
    no REQUEST: events guideline decision 3) but keeps a speech act done in a contact
    ("phoned the chancellor to thank him": CONSULT and SUPPORT).

    Args:
        drafts: The sentence's draft events.

    Returns:
        The drafts without purpose clauses that repeat another draft's act.
    """
    acts: dict[int, str] = {}
    for d in drafts:
        for tok in (d.trig.token, d.trig.governor):
            if tok is not None:
                acts[tok.i] = d.category
    if len(acts) < 2:
        return drafts
    return [d for d in drafts if not _is_purpose(d, acts)]


def _is_purpose(draft: Draft, acts: dict[int, str]) -> bool:
    verb = draft.trig.token
    if (draft.trig.kind != "verb" or verb.dep_ not in _PURPOSE_DEPS
            or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)):
        return False
    heads = [verb.head]
    while heads[-1].dep_ in _OBJECT_PATH and len(heads) < _MAX_PATH:  # up to the act's verb
        heads.append(heads[-1].head)  # "extended X a loan of $8 million to fund", "and Y to"
    if any(acts.get(h.i) == draft.category and h.i != verb.i for h in heads):
        draft.why.append("dropped:purpose-of-act")
        return True
    return False


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


def one_act_participles(events: list[Event], doc: Doc,
                        counts: Callable[[Event], bool] = lambda e: True) -> list[Event]:
    """Drop a participle's event when its sentence codes the same category otherwise.

    A participle whose patient is the noun it modifies or the clause it joins ("a crackdown
    ... with numerous activists jailed") most often tells the act of its sentence again; it
    is an event of its own only when nothing else in its sentence is ("Chilean soldiers
    killed in the clash were buried"); so is a coordinated participle of another category
    ("were detained and later beaten by X"). Only another event that ``counts`` tells the
    act again: "convicted of spying, is awaiting sentencing" keeps the conviction, the
    sentencing having no party the stage reports (round 24 review). Ids are renumbered when
    one is dropped.

    Args:
        events: The document's events, with ids ``{story_id}-e{n}``.
        doc: The parsed document.
        counts: Whether an event is one the stage reports (the stage passes its default
            filter).
    """
    at = {}
    for e in events:  # the token starting at each event's offset (no walk over the doc)
        span = doc.char_span(e.start, e.start + 1, alignment_mode="expand")
        if span is not None and span[0].idx == e.start:
            at[e.start] = span[0]
    borrowed = {e.start for e in events if e.start in at and at[e.start].pos_ == "VERB"
                and borrowed_patient(at[e.start])}
    others = {(e.sentence, e.event_type) for e in events
              if e.start not in borrowed and counts(e)}
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

    "Ruritanian gunboats shelled the ferry landing, which left three dock workers dead and
    seven hurt" reports one act: the killing and wounding are the attack's outcome (events
    guideline: one event per act). A casualty verb's ASSAULT (:data:`CASUALTY_ENTRIES`, a
    verb: "a shooting" or "the massacre" are acts of their own; a verb coordinated with the
    attack verb, "seized the depot and then shot two sentries", is a second act) folds into
    an ASSAULT of another trigger of its sentence that ``counts`` (the stage passes its
    default filter: an act it would not report absorbs nothing) only when the toll is told of
    that attack (:func:`_told_of`: the same actor, or a clause hanging on the attack); a
    killing by another party beside the attack stays its own event. In each attack with its
    tolls the event with the most participants resolved to a country stays, the named act on
    a tie. A toll alone in its sentence ("two sentries died in the night") stays an event;
    ids are renumbered when one is dropped.

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
        for cluster in _clusters(tolls, acts, doc):
            keep = max(cluster, key=lambda e: (_resolved(e), e in acts))
            dropped.update(e.id for e in cluster if e is not keep
                           and (e in tolls or keep in tolls))
    if not dropped:
        return events
    kept = [e for e in events if e.id not in dropped]
    return [e.model_copy(update={"id": f"{e.id.rsplit('-e', 1)[0]}-e{n}"})
            for n, e in enumerate(kept)]


def _actors(event: Event) -> set[str]:
    return {a.country_code for a in event.actor if a.country_code}


def _root(event: Event, doc: Doc) -> Token | None:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return None if span is None else span.root


def _told_of(toll: Event, act: Event, doc: Doc) -> bool:
    """Whether a toll is the outcome of this attack, not a killing beside it.

    The toll folds into the attack when both name the same actor, or when its clause hangs
    on the attack: a relative clause or participle inside the attack's clause ("the shelling
    of a ferry, which killed ..." / "a mortar barrage on the depot that killed six"), an
    adverbial clause of the attack verb or of the verb the attack noun belongs to ("shelled
    the port, killing three"); such a clause with a subject of its own names the attack's
    doer, or no doer the attack contradicts ("the raid came at dawn, when Freedonian
    commandos killed two sentries"). A killing by another party in a clause beside the attack
    ("Ruritania shelled a radar post while Fenwickian gunmen killed three sailors") is a
    second ASSAULT; a passive subject ("where two guards were shot") is a victim, not a doer.
    """
    toll_actors, act_actors = _actors(toll), _actors(act)
    if toll_actors & act_actors:
        return True
    verb, trigger = _root(toll, doc), _root(act, doc)
    if verb is None or trigger is None or verb.dep_ not in {"relcl", "acl", "advcl"}:
        return False
    host = trigger.head if trigger.pos_ in {"NOUN", "PROPN"} else trigger
    hosts = {t.i for t in host.subtree}
    if verb.head.i not in hosts:
        return False
    doer = any(c.dep_ == "nsubj" and c.tag_ not in {"WDT", "WP"} for c in verb.children)
    return not doer or not act_actors


def _clusters(tolls: list[Event], acts: list[Event], doc: Doc) -> list[list[Event]]:
    """Attacks with the tolls told of them, joined when a toll is told of two attacks."""
    clusters: list[dict[str, Event]] = []
    for act in acts:
        told = [t for t in tolls if _told_of(t, act, doc)]
        if not told:
            continue
        joined = [c for c in clusters if any(t.id in c for t in told)]
        merged = {e.id: e for e in (act, *told)}
        for c in joined:
            merged.update(c)
        clusters = [c for c in clusters if not any(c is j for j in joined)]
        clusters.append(merged)
    return [list(c.values()) for c in clusters]


def _joined_act(event: Event, doc: Doc, heads: set[int]) -> bool:
    """Whether the toll verb is coordinated with an act verb of its sentence.

    "Seized the depot and then shot two sentries" tells two acts of one party (both are
    coded).
    """
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(t.dep_ == "conj" and t.head.idx in heads for t in span)


def _is_verb(event: Event, doc: Doc) -> bool:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    return span is not None and any(t.pos_ in {"VERB", "AUX"} for t in span)
