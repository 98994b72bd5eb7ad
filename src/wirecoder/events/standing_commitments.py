"""Commitments a text describes as held, not stated in it (round 24, issue 9 §3–4).

Government releases name their country's commitments all the time: "the United States'
commitment to the right to assemble is unwavering", "today's actions reflect the United
States' commitment to advancing a resolution", "this move demonstrates our commitment to
NATO", "must adhere to all its commitments". None of these reports a pledge made: the
commitment is a standing position the sentence describes or refers back to (events guideline
1(a): a back-reference adds no event; PLOVER's AGREE is the act of agreeing, promising or
committing). A commitment is an act of the text only when someone states it there: the noun
is the object of a verb of saying or restating ("reaffirmed / expressed / reiterated its
commitment to ..."; the trigger's light verb), or it carries the act promised ("its
commitment to provide assistance": the frame the trigger absorbed), or a verb of responding
governs it. :func:`standing_commitment` says when a commitment noun has none of these.

Only the noun "commitment" is read: other promise nouns ("pledge", "promise", "offer") are
mostly objects of light verbs when they are events, and the pool's unstated ones are too few
to judge ("follow through on its promise" is :func:`.embedded_acts.honoured_promise`'s).
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
        frame): "the United States' commitment to democracy is unwavering", "reflects our
        commitment to NATO". False for "reaffirmed its commitment to ...", "expressed his
        commitment to ...", "its commitment to provide aid", and every other trigger.
    """
    if trig.kind != "noun" or trig.entry.id != _COMMIT_ENTRY:
        return False
    if trig.token.lemma_.lower() not in _STANDING_NOUNS:
        return False
    return trig.governor is None and not trig.absorbed
