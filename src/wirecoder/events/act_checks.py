"""Whether a trigger mention reports an act at all (the sense checks of the events stage).

A found trigger is not an act when it characterises ("the North Korean threat"), names a
topic ("amid concerns over X"), is a metaphor ("war on drugs"), has another sense ("fired
his minister"), or is done by an unnamed generic group ("other countries are resisting X").
The checks themselves live in :mod:`.sense`, :mod:`.word_senses`, :mod:`.news_senses` and
:mod:`.visits`; this module combines them by trigger kind and category.
"""

from __future__ import annotations

from ..models import Entity
from .arguments import EntityIndex
from .intent import SPEECH_CATEGORIES
from .news_senses import (
    cumulative_toll,
    labour_strike,
    market_demand,
    meeting_as_anchor,
    standing_agreement,
    substantive_participle,
)
from .rules import Draft
from .sense import (
    characterisation,
    denied_content,
    generic_group_subject,
    idiomatic_with,
    person_modifier,
    standing_condition,
    standing_prospect,
    topic_nominal,
)
from .state_senses import demanded_act, descriptive_clause
from .triggers import light_noun
from .unrealized import capacity_content
from .visits import site_visit
from .word_senses import (
    dismissal,
    facilitating_help,
    metaphorical_fight,
    metaphorical_war,
    not_a_visit,
    numeric_target,
    other_sense,
    sports_result,
)

__all__ = ["an_act"]

#: Categories of said acts: an allegation rejected by another is still its author's act.
_VERBAL = SPEECH_CATEGORIES | {"AGREE", "CONSULT"}


def an_act(draft: Draft, actor: tuple[Entity, ...], index: EntityIndex) -> bool:
    """Whether the mention reports an act (:mod:`.sense`).

    Not a characterisation ("the North Korean threat"), a topic ("amid concerns over X"), a
    metaphor ("war on drugs"), another sense of the trigger ("fired his minister"), or an act
    of an unnamed generic group ("other countries are resisting X").
    """
    trig = draft.trig
    governed = trig.governor is not None or light_noun(trig.token) is not None
    has_actor = any(a.country_code for a in actor)
    if trig.kind == "noun" and _noun_not_an_act(draft, governed, has_actor, index):
        return False
    if trig.entry.category == "AID" and facilitating_help(trig.token, index):
        return False  # a law or measure that "helps" a government do something: no aid
    if draft.category in {"ASSAULT", "COERCE"} and (
            substantive_participle(trig.token) or labour_strike(trig.token)
            or (not has_actor and cumulative_toll(trig.token))):
        return False  # "carried the dead and wounded", "the violence has killed 1,000"
    if standing_prospect(trig.governor, trig.inverse, has_actor):
        return False  # "North Korea faces international restrictions": a state
    return not (other_sense(draft.category, trig.token)  # "offered resistance"
                or (trig.kind == "verb" and _verb_not_an_act(draft, actor, index)))


def _noun_not_an_act(draft: Draft, governed: bool, has_actor: bool,
                     index: EntityIndex) -> bool:
    token = draft.trig.token
    if characterisation(token, draft.category, governed) or topic_nominal(
            token, governed, has_actor):
        return True  # "the North Korean threat", "amid concerns over", "similar to"
    if draft.category == "ASSAULT" and metaphorical_war(token, index):
        return True  # "Colombia's war on drugs"
    if meeting_as_anchor(token, draft.category):
        return True  # "after talks in the capital", "through negotiations"
    if demanded_act(token):
        return True  # "called for the withdrawal of": the demand's content (guideline 2)
    if draft.category == "REQUEST" and market_demand(token):
        return True  # "prices rose on strong demand from China": buying, not asking
    return not governed and (person_modifier(token) or (  # "the accords remain the basis"
        draft.category == "AGREE" and standing_agreement(token)) or (
        draft.category not in _VERBAL and denied_content(token)))  # "denied any role in"


def _verb_not_an_act(draft: Draft, actor: tuple[Entity, ...], index: EntityIndex) -> bool:
    token = draft.trig.token
    if draft.category == "ASSAULT" and (metaphorical_fight(token) or dismissal(token)
                                         or numeric_target(token) or sports_result(token)):
        return True  # "battled the wildfires", "fired his minister", "beat X 2-0"
    if draft.category == "CONSULT" and (
            ("with" in draft.trig.entry.requires.prep and idiomatic_with(token))
            or (draft.mode == "visit" and (not_a_visit(token) or site_visit(token, index)))):
        return True  # "with an eye to oil", "peacekeepers arrived in Bosnia", "visited a village"
    if standing_condition(token):
        return True  # citizens described as held (a standing class, not a new detention)
    if descriptive_clause(token, draft.category) or capacity_content(token):
        return True  # "the militias it arms", "the authority to expel": no act done
    return generic_group_subject(token, actor, index)  # "other countries are resisting X"
