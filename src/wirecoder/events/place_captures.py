"""A place captured or overrun in fighting is ASSAULT (issue 9 §4–§5; events guideline 18).

Round 25 counted how the open golds code the taking of a place (``docs/events.md``, "Type
splits decided, round 25"). "Captured the village", "overran the base", "the capture of
<town>" — a place taken by armed force — are ASSAULT in most sets (the codebook's COERCE is
"coercive uses of power falling short of violence"; a capture in fighting is not short of
it), while "seized / took control of / occupied" a place is COERCE seize (CAMEO 192 "occupy
territory"). Events guideline 18 records the decision; this module reads the first form.

Things captured that are no place (weapons, tanks, a residence, people) are left to the
entry and to :func:`.word_senses.captured_combatants`.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["captured_place"]

#: Verb forms of taking a place by force (the parser leaves "overran" unlemmatized at times).
_CAPTURE_VERBS = frozenset({"capture", "overrun", "overran"})
#: Nouns of a place an armed party can take.
_PLACES = frozenset({"city", "town", "village", "territory", "region", "area", "base",
                     "airport", "hill", "district", "province", "port", "border", "airfield",
                     "island", "outpost", "capital", "stronghold", "garrison", "county",
                     "settlement", "enclave", "oilfield", "field", "bastion", "headquarters",
                     "barracks", "camp"})
#: Entity labels of a named place.
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _is_place(noun: Token) -> bool:
    """Whether ``noun`` names a place: a place noun or a place entity."""
    return noun.lemma_.lower() in _PLACES or noun.ent_type_ in _PLACE_LABELS


def _taken(trigger: Token, verb: bool) -> Token | None:
    """The thing captured: the verb's object or passive subject, or the noun's "of" object."""
    if not verb:
        prep = next((c for c in trigger.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    taken = next((c for c in trigger.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    if taken is None and trigger.dep_ == "acl":
        taken = trigger.head  # "militant strongholds captured in the offensive"
    return taken


def captured_place(trigger: Token, verb: bool) -> bool:
    """Whether ``trigger`` reports a place captured or overrun by force (ASSAULT).

    "the rebels captured the river port", "a militia overran the garrison", "after the
    capture of <town>", "hill-top strongholds captured in the offensive": ASSAULT (events
    guideline 18). "captured three tanks", "captured the commander", "seized the town" and
    "took control of the district" are not read here (the last two stay COERCE seize).

    Args:
        trigger: The trigger token (verb or noun).
        verb: Whether the trigger is a verb.

    Returns:
        True when the trigger is a capture of a place.
    """
    lemma = trigger.lemma_.lower()
    if lemma not in _CAPTURE_VERBS and trigger.lower_ not in _CAPTURE_VERBS:
        return False
    taken = _taken(trigger, verb)
    return taken is not None and _is_place(taken)
