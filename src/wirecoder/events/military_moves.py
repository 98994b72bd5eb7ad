"""Readings of military moves the lexicon alone gets wrong (issue 9, military moves round 12).

Two codebook rules about MOBILIZE that depend on the clause around the trigger:

- *Preparing an offensive is the move, not the attack* (PLOVER MOBILIZE: "all military or
  police moves that fall short of the actual use of force", "military readiness"): an attack
  noun that a party prepares ("is preparing an offensive", "readied a ground assault") or
  plans as a campaign ("is planning a spring offensive") is coded MOBILIZE
  `troops`, happening now (``future=false``). A plot of a single attack or bombing stays a
  future ASSAULT, as before (:func:`wirecoder.events.state_senses.planned_object`).
- *Forces mobilized for disaster relief are AID* (MOBILIZE ambiguities): a deployment whose
  purpose clause (its object or setting, not the purpose verb: forces sent to rescue
  hostages stay a move) or "for" phrase names a natural disaster or relief work.
"""

from __future__ import annotations

from spacy.tokens import Token

from .modifiers import PREPARING_VERBS

__all__ = ["prepared_offensive", "relief_deployment"]

#: Attack nouns that name a military campaign, not a single strike.
_CAMPAIGN_NOUNS = frozenset({"offensive", "counteroffensive", "counter-offensive", "invasion",
                             "incursion", "operation", "campaign", "assault", "push"})
#: Words of a purpose's object or setting that make a deployment disaster relief (codebook:
#: AID). Rescuing or evacuating is no such word: forces also rescue hostages or evacuate an
#: embassy, which stays a military move; what they rescue or where must name the disaster.
_RELIEF_WORDS = frozenset({
    "flood", "flooding", "floods", "earthquake", "quake", "tsunami", "cyclone", "hurricane",
    "typhoon", "storm", "wildfire", "wildfires", "landslide", "mudslide", "drought",
    "disaster", "relief", "survivor", "survivors",
    "flood-hit", "quake-hit", "storm-hit", "earthquake-hit",
})
#: Verbs of a purpose clause under a deployment ("to help", "to assist").
_PURPOSE_VERBS = frozenset({"help", "assist", "aid", "support", "rescue", "evacuate",
                            "deliver", "distribute", "clear", "rebuild", "fight", "battle",
                            "respond", "provide"})


def _preparing_verb(noun: Token) -> Token | None:
    """The verb that prepares or plans ``noun`` (its direct object, or a conjunct of one)."""
    head = noun.head
    if noun.dep_ not in {"dobj", "conj"}:
        return None  # "preparing for a counter-attack" may brace for the other side's
    if noun.dep_ == "conj":  # "preparing a ground operation and an air offensive"
        return _preparing_verb(head) if head.pos_ == "NOUN" else None
    return head if head.pos_ == "VERB" else None


def prepared_offensive(token: Token, category: str) -> bool:
    """Whether an attack noun is an offensive being prepared, so the act is a MOBILIZE.

    Args:
        token: The trigger token of the draft.
        category: The draft's PLOVER category; only ASSAULT is read.

    Returns:
        True for the object of "prepare / ready" and for a campaign noun ("offensive",
        "invasion", "operation" …) planned by "plan".
    """
    if category != "ASSAULT" or token.pos_ != "NOUN":
        return False
    verb = _preparing_verb(token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in PREPARING_VERBS:
        return True
    # of the planning verbs only "plan" makes a campaign a move ("considering an offensive"
    # weighs it, still a future act)
    return lemma == "plan" and token.lemma_.lower() in _CAMPAIGN_NOUNS


def relief_deployment(token: Token, category: str) -> bool:
    """Whether a MOBILIZE verb sends forces for disaster relief (codebook: AID).

    Args:
        token: The trigger token of the draft.
        category: The draft's PLOVER category; only a MOBILIZE verb is read.

    Returns:
        True when a purpose clause ("to help flood victims") or a "for" phrase ("for
        earthquake relief") of the verb names a disaster or relief work.
    """
    if category != "MOBILIZE" or token.pos_ != "VERB":
        return False
    for child in token.children:
        purpose = child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in _PURPOSE_VERBS
        if not purpose and not (child.dep_ == "prep" and child.lower_ == "for"):
            continue
        # the purpose's object and setting, not its verb: "to rescue hostages" is no relief
        context = [t for t in child.subtree if t is not child]
        words = {t.lower_ for t in context} | {t.lemma_.lower() for t in context}
        if words & _RELIEF_WORDS:
            return True
    return False
