"""Acts named only as what a party can, may or means to do (precision round 16).

A verb that is the infinitive content of a noun of capacity, permission, readiness or plan
("the power to arrest", "the authority to expel", "its readiness to recognize", "a plan
to station troops", "has no plans to visit") names an act nobody has done:
the noun tells what a party is able, allowed, ready or planning to do. PLOVER codes acts
that took place (and commitments by their own verbs: a pledge, a threat, an agreement), so
such content is no event. The noun's own sense is left to the lexicon ("plans" is not
coded here either way).

Counted on the development sets before building (docs/events.md, "Spurious events,
round 16"): every such infinitive the coder kept was spurious.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["CAPACITY_NOUNS", "capacity_content"]

#: Nouns whose ``to`` infinitive is an act not (yet) done: capacity, permission, readiness,
#: plan. Nouns of a done act ("decision", "move", "attempt", "use") are left out: their
#: content is often carried out in the same story.
CAPACITY_NOUNS = frozenset({
    "ability", "capacity", "capability", "authority", "power", "right", "permission",
    "mandate", "licence", "license", "willingness", "readiness", "preparedness",
    "plan", "intention",
})


def capacity_content(token: Token) -> bool:
    """Whether the verb ``token`` is the infinitive content of a noun of capacity or plan.

    "gave the envoy the authority to expel" and "has no plans to send troops" are True;
    "used its navy to blockade" (a verb, not such a noun) and "the decision to expel" (a
    decision is often carried out) are False. A verb coordinated with such an infinitive
    ("the power to arrest and detain") shares its reading.

    Args:
        token: The trigger's verb.

    Returns:
        True when the act is only what a party can, may or plans to do.
    """
    verb = token
    for _ in range(3):  # "the power to arrest and (to) detain": walk up the conjuncts
        if verb.dep_ != "conj" or verb.head is verb:
            break
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.dep_ not in {"acl", "relcl"}:
        return False
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    noun = verb.head
    return noun.pos_ == "NOUN" and noun.lemma_.lower() in CAPACITY_NOUNS
