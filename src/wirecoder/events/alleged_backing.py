"""Backing of an armed group that one party alleges of another is an accusation (issue 9 §3).

"Ruritania says Veloria is arming the rebels", "the militants, which Ruritania says Veloria
funds", "guerrillas allegedly armed by Veloria": the sentence reports a charge, not an act of
support the writer states. PLOVER codes the allegation (ACCUSE, "allegations of
wrongdoing"), and the content of a charge is no event of its own (events guideline 2).
Until round 22 the coder kept the backing as SUPPORT or AID of the backer: the events golds
code the reporter's ACCUSE in such sentences and not the backing (round 22's count on READ
and the development pool: 7 spurious, 0 right).

:func:`alleged_backing` drops a SUPPORT or AID event whose trigger is a verb or noun of
backing (support, back, arm, fund, supply …) when

- the party backed is an armed group (rebels, militants, separatists, militias, a plot …:
  the trigger's object, its "for / of / to" object, or the passive's subject or the noun
  its relative clause hangs on), and
- the backing is what a verb of claiming asserts ("said", "claimed", "noted", "alleged" …;
  :func:`wirecoder.events.modifiers.reporting_clause`) or it carries "allegedly",
  "reportedly" …, and
- the reporter is not the backer (a party that states its own backing makes no charge).

When the reporting verb's subject resolves to a party, that party's ACCUSE of the backer
takes the backing's place (trigger the reporting verb), unless the sentence already holds an
ACCUSE by that party (or by no placed party). A backing stated as fact ("the faction, which
funds the militants"), backing of a state, a government or a people, of a fight against an
armed group, a backing a reported demand asks to end ("X has to halt its backing of the
rebels, Y told the council"), and a claim denied on the way to the reporting verb ("said it did
not believe X backs the militants") are not touched.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..codebook import cameo_root, quad, score
from ..models import Entity, Event
from ..textutil import doc_text, sentence_index
from .entity_index import EntityIndex
from .modifiers import reporting_clause
from .participants import not_actor
from .subjects import subject_entities

__all__ = ["ALLEGING_VERBS", "ARMED_GROUP_WORDS", "BACKING_WORDS", "alleged_backing"]

#: Lemmas of backing: the material or political support of a party.
BACKING_WORDS = frozenset({"support", "back", "backing", "aid", "arm", "fund", "finance",
                           "supply", "sponsor", "equip", "bankroll", "sponsorship"})

#: Nouns of armed non-state groups (and of plots against a government).
ARMED_GROUP_WORDS = frozenset({
    "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "separatist",
    "separatists", "militia", "militias", "terrorist", "terrorists", "guerrilla",
    "guerrillas", "jihadist", "jihadists", "insurgency", "rebellion", "plot", "coup",
    "gunmen", "paramilitaries", "paramilitary",
})

#: Sectors of armed groups (the entity index's codes).
_ARMED_SECTORS = frozenset({"REB", "INS", "UAF"})

#: Reporting verbs whose complement states a charge.
ALLEGING_VERBS = frozenset({"say", "claim", "allege", "assert", "charge", "insist", "maintain",
                            "contend", "note", "believe", "suspect", "accuse", "tell"})

#: Adverbs that mark an act as somebody's allegation.
_ALLEGED_ADVERBS = frozenset({"allegedly", "reportedly", "purportedly", "supposedly"})

#: Sectors of reporters that are no party (as :mod:`.reported_acts`).
_NOT_PARTIES = frozenset({"JRN", "CVL", "BUS", "SOC", "EDU", "MED", "REL"})

#: Dependencies from a backing word to the party backed.
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "iobj"})
_OBJECT_PREPS = frozenset({"for", "of", "to"})


def _armed(token: Token) -> bool:
    return token.lower_ in ARMED_GROUP_WORDS or token.lemma_.lower() in ARMED_GROUP_WORDS


def _backed_parties(trigger: Token) -> list[Token]:
    """Tokens naming the party ``trigger`` backs (object, prepositional object, relative head)."""
    found: list[Token] = []
    for child in trigger.children:
        if child.dep_ in _OBJECT_DEPS:
            found.append(child)
        elif child.dep_ == "prep" and child.lower_ in _OBJECT_PREPS:
            found.extend(c for c in child.children if c.dep_ == "pobj")
    if trigger.dep_ == "acl":  # "guerrillas allegedly armed by X": the noun it modifies
        found.append(trigger.head)
    cur = trigger
    for _ in range(4):  # "the militants Y says are funded by X": the noun the clause hangs on
        if cur.dep_ == "relcl":
            found.append(cur.head)
            break
        if cur.dep_ not in {"ccomp", "conj", "xcomp"} or cur.head == cur:
            break
        cur = cur.head
    return [*found, *(c for t in list(found) for c in t.conjuncts)]


def _armed_beneficiary(event: Event, trigger: Token) -> bool:
    backed = _backed_parties(trigger)
    if any(_armed(t) for t in backed):
        return True
    # a recipient of an armed sector only when it is the party backed, not "the fight against
    # terrorists" the backing is for
    return any(e.sector_code in _ARMED_SECTORS and any(e.start <= t.idx < e.end for t in backed)
               for e in event.recipient)


#: Verbs of ending or demanding between a backing and its reporting verb: the backing is
#: what a demand asks to stop ("we call on X to end its support to the rebels," Y said).
_DEMAND_OR_END = frozenset({"end", "stop", "cease", "halt", "call", "urge", "demand", "ask",
                            "press", "want", "tell", "warn"})


def _chain(trigger: Token, verb: Token) -> list[Token]:
    """The heads from ``trigger`` (excluded) up to the reporting ``verb`` (excluded)."""
    out: list[Token] = []
    cur = trigger
    for _ in range(12):
        if cur == verb or cur.head == cur:
            return out
        cur = cur.head
        if cur != verb:
            out.append(cur)
    return out


def _demanded_end(trigger: Token, verb: Token) -> bool:
    return any(t.lemma_.lower() in _DEMAND_OR_END for t in _chain(trigger, verb))


def _negated_between(trigger: Token, verb: Token) -> bool:
    """"said he does not believe X backs the rebels": the claim is denied, not made.

    Only a negated verb whose clausal complement holds the backing counts ("cannot disarm
    militias funded by X" denies no funding).
    """
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    cur = trigger
    for head in _chain(trigger, verb):
        if cur.dep_ == "ccomp" and any(c.dep_ == "neg" for c in head.children):
            return True
        cur = head
    return False


def _alleging_verb(trigger: Token) -> Token | None:
    verb = reporting_clause(trigger)
    if verb is None or verb.lemma_.lower() not in ALLEGING_VERBS or verb.sent != trigger.sent:
        return None
    if _demanded_end(trigger, verb):
        return None  # '"X must end its support to the rebels," Y said': a demand
    if _negated_between(trigger, verb):
        return None  # "did not say that X backs the rebels", "said he does not believe X …"
    return verb


def _accusation(event: Event, verb: Token, reporter: Entity,
                accused: tuple[Entity, ...]) -> Event:
    doc = verb.doc
    start, end = verb.idx, verb.idx + len(verb.text)
    return event.model_copy(update={
        "event_type": "ACCUSE", "mode": "allege", "context": (), "actor": (reporter,),
        "recipient": accused, "event_text": doc_text(doc)[start:end], "start": start,
        "end": end, "sentence": sentence_index(doc, start), "score": score("ACCUSE", "allege"),
        "quad": quad("ACCUSE"), "cameo_root": cameo_root("ACCUSE", "allege", ()),
        "reported_by": None, "why": f"alleged-backing:{event.event_type}->ACCUSE",
    })


def alleged_backing(events: Sequence[Event], doc: Doc, index: EntityIndex, story_id: str,
                    source: str | None = None) -> list[Event]:
    """Return ``events`` with each alleged backing of an armed group read as an accusation.

    Args:
        events: The coded events of ``doc``, in text order.
        doc: The parsed document.
        index: The document's entity index.
        story_id: Prefix of the event ids (renumbered when an event is replaced).
        source: The publishing outlet (never a party that accuses).

    Returns:
        The events in text order, ids ``{story_id}-e{n}`` when any changed.
    """
    accused_in = {k for e in events if e.event_type == "ACCUSE" for k in _accusers(e)}
    out: list[Event] = []
    changed = False
    text = doc_text(doc)
    for event in events:
        replacement = _replacement(event, doc, index, text, source, accused_in)
        if replacement is None:
            out.append(event)
            continue
        changed = True
        if replacement is not event:  # an accusation takes the backing's place
            accused_in.update(_accusers(replacement))
            out.append(replacement)
    if not changed:
        return list(events)
    out.sort(key=lambda e: e.start)
    return [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(out)]


def _accusers(event: Event) -> set[tuple[int, str | None]]:
    """(sentence, accuser's country) of an ACCUSE event; country None: no placed accuser."""
    codes = {a.country_code for a in event.actor if a.country_code}
    return {(event.sentence, c) for c in codes} or {(event.sentence, None)}


def _replacement(event: Event, doc: Doc, index: EntityIndex, text: str, source: str | None,
                 accused_in: set[tuple[int, str | None]]) -> Event | None:
    """None to keep ``event``; ``event`` itself to drop it; else the accusation to code."""
    if (event.event_type not in {"SUPPORT", "AID"} or event.negated or event.future
            or event.hypothetical):
        return None
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    trigger = span.root
    if trigger.lemma_.lower() not in BACKING_WORDS and trigger.lower_ not in BACKING_WORDS:
        return None
    if not _armed_beneficiary(event, trigger):
        return None
    verb = _alleging_verb(trigger)
    alleged = any(c.lower_ in _ALLEGED_ADVERBS for c in trigger.children)
    if verb is None and not alleged:
        return None
    backers = {a.country_code for a in event.actor if a.country_code}
    reporters = [] if verb is None else [
        r for r in subject_entities(verb, index) if r.country_code
        and r.sector_code not in _NOT_PARTIES and not not_actor(r, text, source)]
    if {r.country_code for r in reporters} & backers:
        return None  # "X says it supports the rebels": its own stance, no charge
    accused = tuple(a for a in event.actor if a.country_code)
    if verb is None or not reporters or not accused:
        return event
    if {(event.sentence, reporters[0].country_code), (event.sentence, None)} & accused_in:
        return event  # the sentence already holds this party's (or an unplaced) accusation
    return _accusation(event, verb, reporters[0], accused)
