"""Visits meeting a partner in one party's country: visitor is actor, host recipient.

The codebook's CONSULT *visit* mode, used by the events stage (:mod:`.stage`).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from ..vocabulary import PERSON_ROLE_NOUNS
from .arguments import EntityIndex, phrase_entities
from .rules import Draft

__all__ = ["SENT_PERSON_NOUNS", "STATE_NOUNS", "site_visit", "split_visit"]


def split_visit(draft: Draft, anchor: Token, actor: tuple[Entity, ...],
                index: EntityIndex) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """Split a visit that meets a partner in one party's country into visitor and host.

    "X travelled to meet Y in Y's capital": the codebook's CONSULT visit mode, the visitor
    is the actor and the host the recipient. Only for a visit, trip, arrival or hosting
    trigger (an entry of mode ``visit``): a meeting, talks or a call stays joint even when
    it is held at one side's capital or office (guideline decision 17, round 17: the
    codebook's own example codes every side as actor). Only when the visit has exactly two
    parties of different countries and its place (a city, region or country, or an
    institution's premises) belongs to exactly one of them.

    Args:
        draft: The meeting's draft (its mode and reasons are updated for a visit).
        anchor: The token the meeting hangs on (the trigger or its governor).
        actor: The meeting's parties as found by the argument rules.
        index: The entity index of the document.

    Returns:
        ``(actor, recipient)``: the visitor and the host, or the parties unchanged and no
        recipient when the meeting is not a visit.
    """
    if draft.trig.entry.mode != "visit":
        return actor, ()  # a meeting, talks or a call stays joint wherever it is held
    parties = {a.country_code for a in actor if a.country_code}
    if len(actor) != 2 or len(parties) != 2 or not _has_partner(anchor, actor, index):
        return actor, ()
    for obj in _meeting_places(anchor):
        hosts = {e.country_code for e in phrase_entities(obj, index)
                 if e.country_code and (e.is_place or e.kind in {"ORG", "NOMINAL"})}
        if len(hosts) == 1 and hosts <= parties:
            host = hosts.pop()
            draft.mode = "visit"
            draft.why.append("visit:host-place")
            return (tuple(a for a in actor if a.country_code != host),
                    tuple(a for a in actor if a.country_code == host))
    return actor, ()


def _has_partner(anchor: Token, actor: tuple[Entity, ...], index: EntityIndex) -> bool:
    """Whether one party meets the other ("met X", "talks with X"), not both jointly.

    "The leaders met in Washington" names no visitor: both are the subject.
    """
    keys = {(a.start, a.end) for a in actor}
    objs = [c for c in anchor.children if c.dep_ == "dobj"]
    objs += [o for h in (anchor, *objs) for p in h.children if p.dep_ == "prep"
             and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return any((e.start, e.end) in keys for o in objs for e in phrase_entities(o, index))


def _meeting_places(anchor: Token) -> list[Token]:
    """Objects of the ``at/in`` phrases of a meeting: on the verb, its object or partner.

    "met X in Tel Aviv", "held talks with Y in Moscow" (the phrase hangs on the object
    or on the partner in the parse).
    """
    heads = [anchor, *(c for c in anchor.children if c.dep_ == "dobj")]
    heads += [o for h in list(heads) for p in h.children if p.dep_ == "prep"
              and p.lower_ == "with" for o in p.children if o.dep_ == "pobj"]
    return [obj for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ in {"at", "in"}
            for obj in p.children if obj.dep_ == "pobj"]


#: Common nouns that stand for a state or its seat ("visited the country", "flew to the
#: capital"): a visit there is a visit to that state.
STATE_NOUNS = frozenset({"country", "nation", "capital", "kingdom", "state", "republic",
                         "emirate", "government", "city", "region"})

#: Persons or bodies a party sends ("sent an envoy to X", "dispatched a delegation"): the
#: object of the verb is the one who travels, not the place; the place is the object of
#: their own ``to`` phrase ("an envoy to Ruritania"). The shared role nouns of
#: :mod:`wirecoder.vocabulary`, plus the bodies a state sends.
SENT_PERSON_NOUNS = PERSON_ROLE_NOUNS | frozenset({"delegation", "delegate", "mission", "team",
                                                  "messenger"})


def site_visit(verb: Token, index: EntityIndex) -> bool:
    """Whether a travel verb only goes to a site: no party is visited (issue 9, round 9).

    "The envoy toured a fishing village", "the president visited the contested reefs",
    "a supply column was heading to the frontier", "fishermen travelled to one of the
    sandbanks": the destination is a common-noun place that names no country, city or
    body, so nobody is met (codebook CONSULT: visits are meetings with a host). A
    destination naming a party ("visited Ruritania", "flew to the Ruritanian capital"), a
    state noun ("visited the country") or a partner ("travelled to the border to meet X")
    keeps the visit.

    Args:
        verb: The travel or visit verb (a CONSULT *visit* trigger).
        index: The document's entity index.
    """
    if verb.lemma_.lower() == "welcome":
        return False  # a host's welcome "to the palace": the host is met (review 24)
    places = [*_destinations(verb)]
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        places += _destinations(obj) if obj.lemma_.lower() in SENT_PERSON_NOUNS else [obj]
    if not places or any(_meets_someone(c) for c in verb.children):
        return False
    return all(_site(place, index) for place in places)


def _destinations(head: Token) -> list[Token]:
    """Objects of the ``to/in`` phrases on ``head`` ("went to X", "an envoy to X")."""
    return [o for p in head.children if p.dep_ == "prep" and p.lower_ in {"to", "in"}
            for o in p.children if o.dep_ == "pobj"]


def _meets_someone(child: Token) -> bool:
    """A partner or purpose on the travel verb: "with X", "to meet X", "for talks"."""
    if child.dep_ == "prep":
        return child.lower_ in {"with", "for"}
    return child.dep_ in {"xcomp", "advcl"} and any(
        c.dep_ == "aux" and c.lower_ == "to" for c in child.children)


def _site(place: Token, index: EntityIndex) -> bool:
    """A common-noun place naming no party ("a village in <region>", "the <town> border").

    Its modifiers may name places ("the Oster border", "a village in the delta"), not a
    party ("the Ruritanian embassy"); "one of the islands" is read as "the islands".
    """
    if place.lower_ == "one":
        place = next((o for p in place.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), place)
    if place.pos_ != "NOUN" or place.lemma_.lower() in STATE_NOUNS:
        return False
    return not any(not e.is_place for t in _modifiers(place) for e in index.at(t))


def _modifiers(token: Token) -> list[Token]:
    """``token`` and its modifiers, without its prepositional phrases and clauses."""
    out = [token]
    for child in token.children:
        if child.dep_ not in {"prep", "relcl", "acl", "appos", "conj", "cc"}:
            out.extend(_modifiers(child))
    return out
