"""A named candidate fills a role the combination left empty (issue 9 §1, round 25).

:func:`wirecoder.events.arg_model.combine` with the shipped thresholds: below ``fill`` (.8)
and above ``named_fill`` (.5) a name with its own country fills an empty role; a
description, a place, a nationality, a self-loop, an event the rules left without any
country and the recipient of a joint act stay as they were. Entities are built for the test
(fictional codes).
"""

from __future__ import annotations

from wirecoder.events.arg_candidates import Candidate
from wirecoder.events.arg_model import _DEFAULT_THRESHOLDS, combine
from wirecoder.models import Entity

SHIPPED = dict(_DEFAULT_THRESHOLDS)


def _entity(name: str, code: str | None, kind: str, start: int) -> Entity:
    return Entity(raw_text=name, entity_name=name, country_code=code, kind=kind, start=start,
                  end=start + len(name), sentence=0)


def _cand(entity: Entity, *, actor: bool = False) -> Candidate:
    return Candidate(entity=entity, features=(), rule_actor=actor, rule_recipient=False)


OSTERLICH = _entity("Osterlich", "OST", "GPE", 0)


def _codes(entities: tuple[Entity, ...]) -> set[str | None]:
    return {e.country_code for e in entities}


def test_a_name_under_fill_takes_the_empty_recipient():
    vulgaria = _entity("Vulgaria", "VUL", "GPE", 40)
    cands = [_cand(OSTERLICH, actor=True), _cand(vulgaria)]
    actor, recipient = combine(cands, [(0.95, 0.01), (0.05, 0.62)], (OSTERLICH,), (), SHIPPED)
    assert _codes(actor) == {"OST"} and _codes(recipient) == {"VUL"}


def test_a_named_person_takes_the_empty_actor():
    envoy = _entity("Minister Aldo Brun", "VUL", "PERSON", 40)
    cands = [_cand(envoy), _cand(OSTERLICH)]
    actor, recipient = combine(cands, [(0.58, 0.02), (0.01, 0.97)], (), (OSTERLICH,), SHIPPED)
    assert _codes(actor) == {"VUL"} and _codes(recipient) == {"OST"}


def test_a_description_keeps_the_common_threshold():
    officials = _entity("the officials", "VUL", "NOMINAL", 40)
    cands = [_cand(OSTERLICH, actor=True), _cand(officials)]
    _, recipient = combine(cands, [(0.95, 0.01), (0.05, 0.62)], (OSTERLICH,), (), SHIPPED)
    assert recipient == ()


def test_below_named_fill_the_role_stays_empty():
    vulgaria = _entity("Vulgaria", "VUL", "GPE", 40)
    cands = [_cand(OSTERLICH, actor=True), _cand(vulgaria)]
    _, recipient = combine(cands, [(0.95, 0.01), (0.05, 0.45)], (OSTERLICH,), (), SHIPPED)
    assert recipient == ()


def test_no_self_loop_from_a_second_mention_of_the_actor():
    capital = _entity("Osterburg", "OST", "GPE", 40)
    cands = [_cand(OSTERLICH, actor=True), _cand(capital)]
    _, recipient = combine(cands, [(0.95, 0.01), (0.05, 0.7)], (OSTERLICH,), (), SHIPPED)
    assert recipient == ()


def test_an_event_the_rules_left_without_a_country_is_not_resolved():
    minister = _entity("the minister", None, "NOMINAL", 0)
    vulgaria = _entity("Vulgaria", "VUL", "GPE", 40)
    actor, recipient = combine([_cand(vulgaria)], [(0.7, 0.6)], (minister,), (), SHIPPED)
    assert actor == (minister,) and recipient == ()


def test_the_recipient_of_a_joint_act_stays_empty():
    vulgaria = _entity("Vulgaria", "VUL", "GPE", 20)
    forum = _entity("the Andes Forum", "AND", "ORG", 40)
    cands = [_cand(OSTERLICH, actor=True), _cand(vulgaria, actor=True), _cand(forum)]
    probs = [(0.95, 0.01), (0.95, 0.01), (0.05, 0.7)]
    _, recipient = combine(cands, probs, (OSTERLICH, vulgaria), (), SHIPPED)
    assert recipient == ()


def test_a_place_is_where_not_whom():
    town = Entity(raw_text="Vulgaria", entity_name="Vulgaria", country_code="VUL", kind="GPE",
                  start=40, end=48, sentence=0, is_place=True)
    cands = [_cand(OSTERLICH, actor=True), _cand(town)]
    _, recipient = combine(cands, [(0.95, 0.01), (0.05, 0.7)], (OSTERLICH,), (), SHIPPED)
    assert recipient == ()


def test_a_nationality_is_no_named_side():
    owner = _entity("Vulgarian", "VUL", "NORP", 40)
    cands = [_cand(OSTERLICH, actor=True), _cand(owner)]
    _, recipient = combine(cands, [(0.95, 0.01), (0.05, 0.7)], (OSTERLICH,), (), SHIPPED)
    assert recipient == ()
