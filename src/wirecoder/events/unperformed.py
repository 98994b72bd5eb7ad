"""Drafts whose act is not performed: purposes, conditions, wishes, contents (issue 9).

A trigger can name an act that nobody did: the goal of another act ("met to sign the
treaty"), a condition ("if Russia attacks"), a plan called off, a hope, a wish, a necessity,
a permission, what a document or a request says, a habit or a charge. :func:`unrealized`
drops such a draft (saying why in its ``why``, read by :mod:`.explain`) or, for an act in a
"without" gerund, negates it. Moved out of :mod:`.stage` in round 18 (no change of behaviour).
"""

from __future__ import annotations

from spacy.tokens import Token

from . import modality as modal
from .embedded_acts import (
    any_act,
    any_stance,
    denied_report,
    honoured_promise,
    listed_charge,
    own_wish,
    performative_wish,
)
from .intent import (
    PURPOSE_CATEGORIES,
    SPEECH_CATEGORIES,
    advised_against,
    alleged_reason,
    generic_agent,
    in_purpose_clause,
    pattern_of_acts,
    praised_quality,
    press_contact,
    requested_content,
    said_in_contact,
    without_gerund,
)
from .news_senses import charge_content, habitual
from .rules import Draft
from .sense import (
    banned_act,
    document_content,
    general_condition,
    necessity,
    permitted,
    standing_duty,
    wished_for,
)
from .standing_commitments import standing_commitment
from .triggers import Trigger
from .until_clauses import awaited_compliance

__all__ = ["MATERIAL_ENTRIES", "drop_draft", "embedded_content", "not_done", "speech_act",
           "trigger_anchor", "unrealized"]


def trigger_anchor(trig: Trigger) -> Token:
    """The token a trigger's clause is read at: its governor ("held talks") or itself."""
    return trig.governor if trig.governor is not None else trig.token


def drop_draft(draft: Draft, reason: str) -> None:
    """Drop ``draft``, saying why in its ``why`` (read by :mod:`.explain`)."""
    draft.keep = False
    draft.why.append(f"dropped:{reason}")


def speech_act(draft: Draft) -> bool:
    """A verbal act, or a pledge or offer ("to offer assistance"), not a material one."""
    entry = draft.trig.entry.id
    return (draft.category in SPEECH_CATEGORIES and entry not in MATERIAL_ENTRIES) or (
        draft.category == "AGREE" and entry == "agree.commit")


#: Entries of verbal categories that name a material act ("met to sign the treaty").
MATERIAL_ENTRIES = frozenset({"support.sign", "reject.cancel", "accuse.investigate",
                               "accuse.trial", "accuse.charge"})


def not_done(draft: Draft, anchor: Token) -> str | None:
    """Why the act is not one that happens (a condition, a plan called off, a hope), or None."""
    token = draft.trig.token
    if modal.in_condition(token) or awaited_compliance(token):
        return "condition"  # "if Russia attacks Poland, ...", "will ... until X agrees"
    if modal.cancelled(token):
        return "cancelled"  # "cancellation of a scheduled summit": it will not happen
    if modal.hoped_or_feared(token):
        return "hoped-or-feared"  # "hold out hope for a summit": it has not happened
    if draft.trig.kind == "verb" and draft.category not in SPEECH_CATEGORIES and (
            modal.background_state(token)):  # "a ceasefire that is supported by X": a stance
        return "background-state"  # "a base where X's soldiers are deployed": a state
    if draft.trig.entry.category == "CONSULT" and (
            press_contact(anchor) or press_contact(token)):
        return "press-contact"  # "talking to reporters": a statement, not a meeting
    return None


#: A wish to meet or visit ("wants to hold talks") is a planned meeting: the coder keeps
#: it as a future AGREE (issue 9 §4) until a gold set says otherwise.
_PLANNED_CATEGORIES = frozenset({"CONSULT"})
#: Verbal acts whose conditional on "any" act is a stance (a conditional threat or refusal
#: is a real speech act: guideline 5).
_STANCE_CATEGORIES = frozenset({"ACCUSE", "SUPPORT", "REQUEST"})


def embedded_content(draft: Draft, anchor: Token) -> str | None:
    """Why the act is only the content of a wish, a denied report or a charge, or None.

    Round 20 (:mod:`.embedded_acts`): "militants want to take over the delta" (a wish),
    "denied reports that its troops crossed" (a denied report), "any attempts to seize
    land" (a kind of act, when not negated), "accused X of training and
    supporting the rebels" (a charge's list; a speech act in a charge's "of" phrase too:
    "convicted of what the authorities call extremism").
    """
    entry = draft.trig.entry.category
    # a noun object of the wished act may name an act done ("want to condemn the attack")
    wished = draft.trig.kind == "verb" or draft.trig.governor is not None
    if (wished and own_wish(anchor) and entry not in _PLANNED_CATEGORIES
            and not (entry in SPEECH_CATEGORIES and performative_wish(anchor))):
        return "own-wish"  # "rebels want to seize the port", also "we want to attack"
    if denied_report(anchor):
        return "denied-report"
    if honoured_promise(draft.trig.token):
        return "promise-kept-or-broken"  # "urge the regime to fulfill its promises"
    if standing_commitment(draft.trig):
        return "standing-commitment"  # "their commitment to X is unwavering"
    if not draft.negated and any_act(draft.trig.token):
        return "any-act"  # "a treaty covers any attack on its territory"
    speech = draft.category in SPEECH_CATEGORIES
    if (draft.category in _STANCE_CATEGORIES and not draft.negated
            and any_stance(draft.trig.token)):
        return "any-stance"  # "as we would condemn any seizure of power"
    if (speech and draft.trig.kind == "verb" and charge_content(anchor)) or listed_charge(
            anchor, adjunct=not speech):
        return "charge-content"
    return None


def unrealized(draft: Draft) -> None:
    """Drop goals stated as purposes; negate acts in a "without" gerund (:mod:`.intent`)."""
    anchor = trigger_anchor(draft.trig)
    if without_gerund(anchor):
        draft.negated = True
        draft.why.append("without-gerund->negated")
    elif anchor.pos_ in {"VERB", "AUX"} and in_purpose_clause(
            anchor, attempts=draft.category in PURPOSE_CATEGORIES):
        if speech_act(draft) and said_in_contact(anchor):
            draft.why.append("said-in-contact")  # "spoke with X to reaffirm support"
        else:
            drop_draft(draft, "purpose-clause")
    elif (reason := not_done(draft, anchor)) is not None:
        drop_draft(draft, reason)
    elif (wished_for(anchor) or necessity(anchor) or general_condition(anchor)
          or permitted(anchor) or standing_duty(anchor)):
        drop_draft(draft, "wish-necessity-permission")  # "want X to step up", "when attacked"
    elif (reason := embedded_content(draft, anchor)) is not None:
        drop_draft(draft, reason)  # "want to take over", "denied reports that X crossed"
    elif document_content(anchor, material=not speech_act(draft)) or (
            draft.trig.kind == "noun" and banned_act(draft.trig.token)):
        drop_draft(draft, "document-content")  # "the treaty requires X to leave"
    elif anchor.pos_ in {"VERB", "AUX"} and (
            requested_content(anchor) or advised_against(anchor)):
        drop_draft(draft, "request-content")  # "urge X to halt ..., and disarm"
    elif pattern_of_acts(draft.trig.token):
        drop_draft(draft, "pattern-of-acts")  # "the habit of jailing critics"
    elif generic_agent(anchor) and draft.category != "THREATEN":
        drop_draft(draft, "generic-agent")  # "those who threaten our forces": a policy, not an act
    elif alleged_reason(anchor):
        # "sanctioned two firms for supporting ...": the allegation
        drop_draft(draft, "alleged-reason")
    elif (draft.category == "AGREE" and draft.trig.kind == "noun"
          and praised_quality(draft.trig.token)):
        # "commended the leaders for their commitment": a quality
        drop_draft(draft, "praised-quality")
    elif draft.category not in SPEECH_CATEGORIES and (
            habitual(anchor) or charge_content(anchor)):
        drop_draft(draft, "habitual-or-charge")  # "often gives", "convicted of"
