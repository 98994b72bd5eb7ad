"""Commitments a text describes as held, not stated in it (round 24, issue 9 §3–4).

Government releases name their country's commitments all the time: "our commitment to a free
press has never wavered", "the new grants prove the government's commitment to farmers",
"critics questioned its commitment to reform". None of these reports a pledge made: the
commitment is a standing position the sentence describes or refers back to (events guideline
1(a): a back-reference adds no event; PLOVER's AGREE is the act of agreeing, promising or
committing). A commitment noun is read as an act of the text only when the lexicon match gave
it a governor (a light verb from ``LIGHT_VERBS`` -- "reaffirmed / reiterated / expressed /
voiced / renewed / made / gave / announced a commitment" --, a verb of responding, any other
governor the match recorded) or an absorbed frame (the act promised is itself a lexicon
trigger: "its commitment to send troops"). :func:`standing_commitment` says when it has
neither.

Deliberately narrow (the dev pool decided, review rfprec24): verbs of emphasis that are not
light verbs ("underscored / stressed / emphasized its commitment to X") do not count as stating
it, nor does an infinitive or gerund the lexicon does not code ("commitment to defend X",
"commitment to working with X"); widening either brought back 2 and about 7 spurious events
of the pool for 0 and 1 right ones.

Only the noun "commitment" is read: other promise nouns ("pledge", "promise", "offer") are
mostly objects of light verbs when they are events, and the pool's unstated ones are too few
to judge (a promise kept or broken is :func:`.embedded_acts.honoured_promise`'s).
Everything is read from the trigger record the lexicon match built; no parse walk.
"""

from __future__ import annotations

from .trigger_record import Trigger

__all__ = ["standing_commitment"]

#: The lexicon entry of pledges, promises and commitments (AGREE).
_COMMIT_ENTRY = "agree.commit"
#: Noun lemmas read as a held position when nobody states them in the sentence.
_STANDING_NOUNS = frozenset({"commitment"})


def standing_commitment(trig: Trigger) -> bool:
    """Whether a commitment noun names a held position that nobody states in the sentence.

    Args:
        trig: A trigger with its governor, rules and absorbed entries as the lexicon match
            left them.

    Returns:
        True for a commitment noun of the pledge entry with no verb that states it (no light
        verb, no verb of responding or other governor) and no act it promises (no absorbed
        frame): "their commitment to democracy is unwavering", "proves our commitment to the
        alliance". False for "reaffirmed its commitment to ...", "expressed his commitment
        to ...", "its commitment to send troops", and every other trigger.
    """
    if trig.kind != "noun" or trig.entry.id != _COMMIT_ENTRY:
        return False
    if trig.token.lemma_.lower() not in _STANDING_NOUNS:
        return False
    return trig.governor is None and not trig.absorbed
