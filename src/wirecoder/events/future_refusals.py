"""Refusals told as a cooperative act a party says it will not do (round 23).

"said it would not pay for the wall", "will not participate in the talks": the lexicon entry
``reject.will_not`` (a negated pay, participate, attend, comply) is a REJECT said now
(GUIDELINE §6a) only when the act is announced for the future or with a reported "would".
"did not pay" (a past act not done) and "would not have paid" (a counterfactual perfect) are
no refusal. Like the refused-CONSULT rule (:func:`.rules.reduce_auxiliary`), the refusal
carries no flags: it is said now, also when it is conditional (GUIDELINE §5). The meeting
the refused verb names ("will not participate in talks with X") is what is refused, not a
meeting of its own.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .rules import Draft
from .unperformed import drop_draft

#: Entries of cooperative acts whose negation is a refusal only when it is said of the
#: future ("would not pay", "will not participate").
FUTURE_REFUSALS = frozenset({"reject.will_not"})

#: Prepositions by which a refused verb names the meeting it refuses ("participate in the
#: talks", "at the summit").
_MEETING_PREPS = frozenset({"in", "at"})

#: Categories of a meeting noun's own draft.
_MEETING_CATEGORIES = frozenset({"CONSULT", "AGREE"})


def _perfect(verb: Token) -> bool:
    """A perfect auxiliary on the verb ("would not have paid": a counterfactual)."""
    return any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in verb.children)


def check_refusal(draft: Draft) -> None:
    """Drop a future-refusal draft whose act is past or counterfactual, not announced.

    Call after the draft's ``future`` flag is read.
    """
    if draft.trig.entry.id not in FUTURE_REFUSALS:
        return
    if not draft.future:
        drop_draft(draft, "not-refused")  # "did not pay": a past act not done
    elif _perfect(draft.trig.token):
        drop_draft(draft, "counterfactual")  # "would not have paid without their help"


def said_now(draft: Draft) -> None:
    """Clear the flags of a kept future refusal: the refusal is said now."""
    if draft.keep and draft.trig.entry.id in FUTURE_REFUSALS and draft.category == "REJECT":
        draft.negated = draft.future = draft.hypothetical = False


def refused_meetings(drafts: Sequence[Draft]) -> list[Draft]:
    """The sentence's drafts less a meeting that a future refusal names as refused.

    "will not participate in talks with ECOWAS": the REJECT on "participate" is the event;
    the CONSULT on "talks" would report a meeting that is refused.
    """
    refused = {d.trig.token.i for d in drafts
               if d.keep and d.trig.entry.id in FUTURE_REFUSALS and d.category == "REJECT"}
    if not refused:
        return list(drafts)
    kept = []
    for draft in drafts:
        tok = draft.trig.token
        if (draft.category in _MEETING_CATEGORIES and draft.trig.kind == "noun"
                and tok.dep_ == "pobj" and tok.head.lower_ in _MEETING_PREPS
                and tok.head.head.i in refused):
            draft.why.append("dropped:refused-meeting")
            continue
        kept.append(draft)
    return kept
