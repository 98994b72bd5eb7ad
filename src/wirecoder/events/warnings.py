"""Warnings that are threats although their content names no hostile act (recall round 15).

A warning verb ("warn", "caution") is coded THREATEN only when its complement holds a
conflictual act (``threaten.warn_content``, ``needs_content``): "warned it would strike
back". The analysts of every development set also code two other warnings as THREATEN
(codebook THREATEN: "coercive or forceful warnings"), and the frame step dropped them:

- a warning *addressed to a party* and telling it what to do or what will follow ("warned
  Freedonia not to move its troops", "cautioned the rebels to leave the pass", "warned
  Veridia that the talks were over"): the addressee is the object of the verb and a
  to-infinitive, an object predicate or a clause follows;
- a warning of *consequences* ("warned that the sanctions will push the region to war",
  "warning the embargo could cost Freedonia its seat"): a clause complement that says
  what will, would, could or may happen, or what follows on a condition ("if …").

A warning that only judges ("warned that the plan is dangerous") stays what it was (an
ACCUSE, ``warning-of-danger->ACCUSE``), and a warning about something nobody does
(weather, health, markets) is excluded by the lexicon entry and by the participants.
Everything is read from the dependency parse.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["WARNING_VERBS", "consequence_warning", "directed_warning", "threatening_warning"]

#: Verbs of warning whose complement may be a threat.
WARNING_VERBS = frozenset({"warn", "caution"})
#: Auxiliaries of a content clause that says what will or may happen.
_PROSPECTIVE = frozenset({"will", "would", "could", "may", "might", "'ll", "wo", "shall"})
#: Subordinators of a condition in the content ("bases are at risk if X is sanctioned").
_CONDITION = frozenset({"if", "unless"})
#: Objects that are no addressee ("warned the world", "warned this week").
_NOT_ADDRESSEES = frozenset({"world", "week", "month", "day", "year", "time", "it", "this",
                             "that", "something", "nothing", "anything", "everything"})


def _is_warning(token: Token) -> bool:
    return token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in WARNING_VERBS


def directed_warning(token: Token) -> bool:
    """Whether ``token`` warns an addressed party what to do or what follows.

    "warned Freedonia not to move its troops" (object + to-infinitive), "warned the rebels
    that the pass is closed" (object + "that" clause). A bare object ("warned the ship") is
    not enough: the parse often hangs another verb's object on the warning.

    Args:
        token: The trigger token (a warning verb).

    Returns:
        True when the warning has an addressee object and a complement.
    """
    if not _is_warning(token):
        return False
    addressee = [c for c in token.children if c.dep_ == "dobj"
                 and c.lemma_.lower() not in _NOT_ADDRESSEES]
    if not addressee:
        return False
    # a clause needs its "that": in "warned the zone remains tense" the parse takes the
    # clause's subject for an addressee
    return any(c.dep_ in {"xcomp", "oprd"} or (c.dep_ == "ccomp" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)) for c in token.children)


def consequence_warning(token: Token) -> bool:
    """Whether ``token`` warns what will or may follow ("warned the move could cost it").

    The content clause (``ccomp``) carries a prospective auxiliary (will, would, could, may)
    or a condition ("if", "unless"); a present judgement ("warned that the plan is
    dangerous") is not a consequence.

    Args:
        token: The trigger token (a warning verb).

    Returns:
        True when the clause complement announces a consequence.
    """
    if not _is_warning(token):
        return False
    for comp in token.children:
        if comp.dep_ != "ccomp":
            continue
        verbs = [comp, *(c for c in comp.children if c.dep_ == "conj" and c.pos_ == "VERB")]
        for verb in verbs:
            if any(c.dep_ in {"aux", "auxpass"} and c.lower_ in _PROSPECTIVE
                   for c in verb.children):
                return True
            if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in _CONDITION
                                             for m in c.children) for c in verb.children):
                return True
    return False


def threatening_warning(token: Token) -> bool:
    """Whether a warning is a threat by its form alone (directed, or of consequences)."""
    return directed_warning(token) or consequence_warning(token)
