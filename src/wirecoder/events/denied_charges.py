"""The party whose charge a denial answers (round 23, issue 9 §1–§2).

"Freedonia accuses Ruritania of arming the rebels, a charge Ruritania denies", "Veridia says
Ruritania is massing troops on the border, a move Ruritania denies": the denial is told in a
relative clause on a noun that stands for the charge (:func:`.state_senses.said_of_noun`,
round 22), and its recipient, the party that made the charge, is the subject of the clause
the noun comments on, not a dependent of the trigger. The role finder read only the
trigger's own dependents, so the denial kept its denier and lost the accuser.

Only a recipient that is still empty is filled, only for a denial verb (deny, reject, dispute,
dismiss, refute …), with the possessor of the charge noun ("Veridia's charge, which
Ruritania denies") or else the subject of the nearest verb of saying or charging above the
noun (say, accuse, blame, allege, claim …), and only with mentions whose country comes from
their own words (unresolved beats wrong) and that are not the denier's own state.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .phrases import phrase_entities
from .state_senses import said_of_noun

__all__ = ["charge_maker"]

#: Verbs that deny or reject what they are said of.
_DENIALS = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "repudiate", "rebuff",
                      "contest"})
#: Verbs whose subject makes the charge a noun in apposition comments on.
_CHARGING = frozenset({"say", "accuse", "charge", "blame", "allege", "claim", "assert",
                       "contend", "insist", "maintain", "argue", "report", "state", "tell",
                       "announce", "declare", "suspect"})
#: Resolvers that read a mention's country from its own words.
_OWN_EVIDENCE = frozenset({"kb", "pattern", "ner", "coref"})
#: Most ancestors walked from the charge noun to the verb that makes the charge.
_MAX_STEPS = 8


def _charger(noun: Token, denier: frozenset[str], index: EntityIndex) -> Token | None:
    """The possessor of ``noun``, else the subject of the nearest charging verb above it.

    The walk passes a verb of another kind only when its subject is the denier's own state
    ("Veridia says Ruritania is massing troops, a move Ruritania denies"); a third party's
    act stops it ("Veridia said Ruritania made a proposal, a plan Freedonia rejected": the
    plan is Ruritania's, not a charge of Veridia's; review round 23).
    """
    owner = next((c for c in noun.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    tok = noun
    for _ in range(_MAX_STEPS):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ not in {"VERB", "AUX"}:
            continue
        subject = next((c for c in tok.children
                        if c.dep_ in {"nsubj", "nsubjpass"} and c.tag_ not in {"WDT", "WP"}),
                       None)
        if tok.lemma_.lower() in _CHARGING:
            return subject if subject is not None and subject.dep_ == "nsubj" else None
        if subject is not None and not any(
                e.country_code in denier for e in phrase_entities(subject, index)):
            return None
    return None


def charge_maker(trigger: Token, category: str, actor: Sequence[Entity],
                 recipient: tuple[Entity, ...], index: EntityIndex) -> tuple[Entity, ...]:
    """Return ``recipient``, or the maker of the charge a relative-clause denial answers.

    Args:
        trigger: The event's trigger token ("denies" in "a charge Ruritania denies").
        category: The event's category; only ``REJECT`` is read.
        actor: The event's actor mentions (the denier).
        recipient: The recipient found so far; returned unchanged when not empty.
        index: The document's entity index.

    Returns:
        The recipient, or the mentions of the charge's maker that carry a country of their
        own evidence and are neither the actor's mentions nor of the actor's state.
    """
    if recipient or category != "REJECT" or trigger.lemma_.lower() not in _DENIALS:
        return recipient
    if not said_of_noun(trigger):
        return recipient
    states = frozenset(a.country_code for a in actor if a.country_code)
    maker = _charger(trigger.head, states, index)
    if maker is None:
        return recipient
    keys = {(a.start, a.end) for a in actor}
    found = tuple(e for e in phrase_entities(maker, index)
                  if e.country_code and e.resolved_by in _OWN_EVIDENCE
                  and (e.start, e.end) not in keys and e.country_code not in states)
    return found or recipient
