"""Whether a trigger with no named participant is still coded (the events stage's rule).

A verb or a light-verb nominal is an event even when no one is named; a bare nominal is
one only for the categories below and when it is neither a back-reference ("this attack")
nor a topic ("protests over the war").
"""

from __future__ import annotations

from spacy.tokens import Token

from .triggers import Trigger, light_noun


def anchored(trig: Trigger) -> bool:
    """Whether a trigger with no named participant is still coded.

    A verb or a light-verb nominal is an event even when the actors stage names no one
    ("police arrested dozens"); a bare nominal with no participant is a topic mention
    ("protests over the war") and is left out.
    """
    if trig.kind == "verb" or trig.governor is not None or light_noun(trig.token) is not None:
        return True
    if trig.entry.category not in _BARE_NOMINAL_CATEGORIES:
        return False
    token = trig.token
    if _anaphoric(token):
        return False
    return not (token.dep_ == "pobj" and token.head.lower_ in _TOPIC_PREPS)


def _anaphoric(noun: Token) -> bool:
    """A back-reference that adds nothing: "this attack", "condemned the attack"."""
    children = list(noun.children)
    if len(children) != 1 or children[0].dep_ != "det":
        return False
    det = children[0].lower_
    return det in {"this", "that", "these", "those"} or (det == "the" and noun.dep_ == "dobj")


#: Categories whose bare nominal is coded without a named participant ("an attack killed 5");
#: a bare "deal" or "talks" with no participant is usually a topic, not an event.
_BARE_NOMINAL_CATEGORIES = frozenset(
    {"ASSAULT", "COERCE", "PROTEST", "MOBILIZE", "SANCTION", "SUPPORT", "AID", "CONCEDE",
     "RETREAT", "COOPERATE", "ACCUSE", "REJECT", "THREATEN", "REQUEST"})


#: Prepositions that make a bare nominal a topic or time mention ("tensions over the war").
_TOPIC_PREPS = frozenset({"over", "amid", "after", "before", "despite", "about", "since",
                          "following", "of", "for", "on", "until", "like", "than", "ahead"})
