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

__all__ = ["CAPACITY_NOUNS", "CARRY_OUT", "capacity_content", "carried_out"]

#: Nouns whose ``to`` infinitive is an act not (yet) done: capacity, permission, readiness,
#: plan. Nouns of a done act ("decision", "move", "attempt", "use") are left out: their
#: content is often carried out in the same story.
CAPACITY_NOUNS = frozenset({
    "ability", "capacity", "capability", "authority", "power", "right", "permission",
    "mandate", "licence", "license", "willingness", "readiness", "preparedness",
    "plan", "intention",
})
#: Verbs (lemmas) whose object, a capacity or plan, is thereby carried out: "exercised its
#: authority to expel", "invoked its right to detain", "implemented its plan to deploy".
CARRY_OUT = frozenset({
    "exercise", "use", "invoke", "implement", "execute", "enact", "enforce", "apply",
    "employ", "wield", "fulfil", "fulfill", "realize", "realise", "complete",
})
#: Verb + particle or preposition forms of carrying out: "carried out its plan to",
#: "went ahead with its plan to", "acted on its authority to", "put into effect its plan to".
_CARRY_OUT_PHRASAL = {
    "carry": {"out", "through"}, "follow": {"through"}, "push": {"ahead", "through"},
    "press": {"ahead"}, "go": {"ahead", "forward", "through"}, "move": {"ahead", "forward"},
    "act": {"on", "upon"}, "put": {"into", "in"}, "make": {"good"},
}


def carried_out(noun: Token) -> bool:
    """Whether the capacity or plan noun ``noun`` is the object of a verb of carrying out.

    "exercised its authority to expel", "went ahead with its plan to deploy", "invoked its
    right to detain", "carried out its plan to", "acted on its authority to", "its plan to
    deploy troops was implemented" are True; "has the authority to expel" is False.

    Args:
        noun: The capacity or plan noun.

    Returns:
        True when a verb of carrying out governs the noun.
    """
    dep, verb = noun.dep_, noun.head
    if dep in {"dobj", "nsubjpass"}:
        pass
    elif dep == "pobj":
        prep = verb
        verb = prep.head
        if verb.dep_ in {"advmod", "prt", "prep"} and verb.lower_ in {"ahead", "forward"}:
            verb = verb.head  # "went ahead with": "with" may hang on "ahead"
        lemma = verb.lemma_.lower()
        parts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep", "acomp"}}
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        return bool(_CARRY_OUT_PHRASAL.get(lemma, set()) & (parts | {prep.lower_}))
    else:
        return False
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in CARRY_OUT:
        return True
    parts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "advmod", "prep", "acomp"}}
    return bool(_CARRY_OUT_PHRASAL.get(lemma, set()) & parts)


def capacity_content(token: Token) -> bool:
    """Whether the verb ``token`` is the infinitive content of a noun of capacity or plan.

    "gave the envoy the authority to expel" and "has no plans to send troops" are True;
    "used its navy to blockade" (a verb, not such a noun) and "the decision to expel" (a
    decision is often carried out) are False, and so is the content of a noun that a verb
    of carrying out governs ("exercised its authority to expel", "went ahead with its plan
    to deploy": :func:`carried_out`). A verb coordinated with such an infinitive
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
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in CAPACITY_NOUNS:
        return False
    return not carried_out(noun)  # "exercised its authority to expel": the act was done
