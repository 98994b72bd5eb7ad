"""The party that holds a joint act named as a noun with only its partner (roles round 15).

Reciprocal acts — meetings, talks, negotiations, calls, joint drills — list every party as
actor and no recipient (``data/gold/events/GUIDELINE.md``; the PLOVER codebook's CONSULT
covers both sides of a meeting). A nominal trigger often names only the partner in a
``with`` phrase; the other party is the one who holds the act, named elsewhere in the
clause:

* the noun's possessor ("its negotiations with <B>");
* the subject of the verb whose object or adverbial phrase holds the noun ("<A> held three
  days of talks with <B>", "<A> said during talks with <B> ..."), elided subjects inherited
  as the parse allows (:func:`~wirecoder.events.subjects.subject_of`);
* the reporter when the noun is the subject of a reported clause ("<A> said negotiations
  with <B> had stalled").

The rule runs only when the roles left the recipient empty and none of those parties is an
actor yet; a ``between`` phrase (the parties themselves are named: whoever holds "talks
between <B> and <C>" mediates) and verbs that arrange an act for others (host, broker,
mediate, call for, urge ...) are left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .modifiers import SPEECH_VERBS
from .phrases import phrase_entities
from .subjects import subject_entities
from .triggers import Trigger

__all__ = ["ARRANGING_VERBS", "joint_owner", "with_joint_owner"]

#: Verbs whose subject arranges or asks for a joint act of others, not a party to it.
ARRANGING_VERBS = frozenset((
    "host", "broker", "mediate", "facilitate", "organize", "organise", "sponsor", "arrange",
    "convene", "chair", "oversee", "call", "urge", "demand", "request", "ask", "propose",
    "suggest", "welcome", "support", "back", "endorse", "praise", "encourage", "oppose",
    "reject", "condemn", "criticize", "criticise", "block", "resist", "push", "press",
    "invite", "seek", "want", "expect", "hope", "report", "observe", "monitor", "cover",
))
#: Categories whose nouns are most often the object of an act of their own ("negotiated an
#: agreement with <B>", "signed a deal with <B>"): that verb's event has the parties.
_OWN_VERB_CATEGORIES = frozenset({"AGREE"})
#: Dependencies through which a noun belongs to the clause of the verb above it.
_CLAUSE_DEPS = frozenset({"dobj", "pobj", "prep", "compound", "conj", "appos", "attr",
                          "npadvmod", "pcomp"})
#: Dependencies of a noun that is the subject of its clause.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def with_joint_owner(trig: Trigger, actor: Sequence[Entity], recipient: Sequence[Entity],
                     index: EntityIndex) -> tuple[Entity, ...]:
    """Return ``actor`` with the holder of a joint nominal act added (module docstring).

    Args:
        trig: The trigger; only reciprocal nominal entries are considered.
        actor: The actor mentions the roles found (the ``with`` partners among them).
        recipient: The recipient mentions; a non-empty recipient leaves the actor as it is.
        index: The entity index of the document.

    Returns:
        The actor mentions, with the owner's mentions that have a country appended.
    """
    if (trig.kind != "noun" or not trig.entry.reciprocal or recipient or not actor
            or trig.entry.category in _OWN_VERB_CATEGORIES or _has_between(trig.token)
            or not _partner_only(trig.token, actor)):
        return tuple(actor)
    owner = joint_owner(trig.token, index)
    have = {a.country_code for a in actor if a.country_code}
    added = [e for e in owner if e.country_code and not e.is_place
             and e.country_code not in have and e not in actor]
    return (*actor, *added) if added and have else tuple(actor)


def joint_owner(noun: Token, index: EntityIndex) -> list[Entity]:
    """The mentions of the party that holds the joint act ``noun`` (possessor, clause, reporter).

    Args:
        noun: The trigger noun ("talks", "negotiations").
        index: The entity index of the document.

    Returns:
        The owner's mentions, or an empty list when the clause names none or the governing
        verb arranges the act for others.
    """
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None and index.at(poss):
        return list(index.at(poss))
    cur = noun
    for _ in range(5):
        if cur.head == cur:
            return []
        if cur.dep_ in _SUBJECT_DEPS:
            return _reporter(cur.head, index)
        if cur.dep_ not in _CLAUSE_DEPS:
            return []
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            if cur.lemma_.lower() in ARRANGING_VERBS:
                return []
            return subject_entities(cur, index)
    return []


def _reporter(verb: Token, index: EntityIndex) -> list[Entity]:
    """The subject of the reporting verb whose complement clause is headed by ``verb``."""
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in SPEECH_VERBS:
        return []
    subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
    return phrase_entities(subj, index) if subj is not None else []


def _partner_only(noun: Token, actor: Sequence[Entity]) -> bool:
    """Whether every actor mention stands in a ``with`` phrase of the noun (the partner).

    An actor named by the noun's own modifiers ("a <body> meeting") holds the act already.
    """
    spans = [(w.left_edge.idx, w.right_edge.idx + len(w.right_edge)) for w in noun.children
             if w.dep_ == "prep" and w.lower_ == "with"]
    return bool(spans) and all(any(lo <= a.start and a.end <= hi for lo, hi in spans)
                               for a in actor)


def _has_between(noun: Token) -> bool:
    """Whether the noun names its parties in a ``between`` phrase."""
    return any(c.dep_ == "prep" and c.lower_ == "between" for c in noun.children)
