"""A place captured or overrun in fighting is ASSAULT (issue 9 §4–§5; events guideline 18).

Round 25 counted how the open golds code the taking of a place (``docs/events.md``, "Type
splits decided, round 25"). "Captured the village", "overran the base", "the capture of
<town>" — a place taken by armed force — are ASSAULT in most sets (the codebook's COERCE is
"coercive uses of power falling short of violence"; a capture in fighting is not short of
it), while "seized / took control of / occupied" a place is COERCE seize (CAMEO 192 "occupy
territory"). Events guideline 18 records the decision; this module reads the first form.

Things captured that are no place (weapons, tanks, a residence, people) are left to the
entry and to :func:`.word_senses.captured_combatants`. A place won in a vote or "overrun by
tourists" is no capture, and the fighting around a place taken is an act of its own
(:func:`fight_around_taking`, read by :mod:`.nominal_merges`; review of evtype25).
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["captured_place", "fight_around_taking"]

#: Verb forms of taking a place by force (the parser leaves "overran" unlemmatized at times).
_CAPTURE_VERBS = frozenset({"capture", "overrun", "overran"})
#: Nouns of a place an armed party can take.
_PLACES = frozenset({"city", "town", "village", "territory", "region", "area", "base",
                     "airport", "hill", "district", "province", "port", "border", "airfield",
                     "island", "outpost", "capital", "stronghold", "garrison", "county",
                     "settlement", "enclave", "oilfield", "field", "bastion", "headquarters",
                     "barracks", "camp"})
#: Words of a vote: a place "captured" in an election is won, not taken (review of evtype25).
_VOTE_WORDS = frozenset({"election", "elections", "by-election", "vote", "votes", "poll",
                         "polls", "ballot", "ballots", "seat", "seats", "runoff", "primary",
                         "voter", "voters", "electorate"})
#: Takers who take no place by force: "overrun by tourists", "satellite images captured".
_UNARMED = frozenset({"tourist", "visitor", "crowd", "migrant", "image", "imagery", "camera",
                      "satellite", "photo", "photograph", "footage", "video", "drone", "voter",
                      "rat", "locust", "weed", "water", "flood"})
#: Prepositions that set another act before, after or around the taking ("after heavy fighting").
_AROUND = frozenset({"after", "following", "before", "amid", "amidst"})
#: Lexicon entries of a place retaken (ASSAULT already; vocabulary round 11).
_RETAKE_ENTRIES = frozenset({"assault.recapture"})
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
    if taken is None or not _is_place(taken):
        return False
    if any(t.lower_ in _VOTE_WORDS for t in trigger.sent):
        return False  # "captured the capital in Sunday's municipal elections": won
    return not any(t.lemma_.lower() in _UNARMED for t in _takers(trigger, verb))


def _takers(trigger: Token, verb: bool) -> list[Token]:
    """The taker: the verb's subject or passive agent, the noun's "by" object."""
    found = [c for c in trigger.children if c.dep_ == "nsubj"] if verb else []
    found += [p for c in trigger.children if c.dep_ == "agent" or (
        c.dep_ == "prep" and c.lower_ == "by") for p in c.children if p.dep_ == "pobj"]
    return [m for t in found for m in (t, *(c for c in t.children if c.dep_ == "compound"))]


def fight_around_taking(host: Token, verb: bool, entry_id: str, part: Token) -> bool:
    """Whether ``part`` is fighting before, after or around a place taken by ``host``.

    "captured the town after heavy fighting", "retook the port following a firefight with
    the rebels": the fighting is an act of its own (events guideline 18) and is not merged
    into the taking. A part on another path ("captured the town in a dawn assault") is left
    to the merge.

    Args:
        host: The trigger of the taking (verb or noun).
        verb: Whether the host is a verb.
        entry_id: The host's lexicon entry.
        part: The trigger token of the nominal that would merge into it.
    """
    if entry_id not in _RETAKE_ENTRIES and not captured_place(host, verb):
        return False
    cur = part
    for _ in range(8):  # the path from the part up to the host
        if cur == host or cur.head == cur:
            return False
        if cur.dep_ == "prep" and cur.lower_ in _AROUND:
            return True
        cur = cur.head
    return False
