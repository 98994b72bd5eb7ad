"""Tests of the event coder's actor/recipient rules and judgement adjectives.

Sentences are written for these tests; entities come from a small name table so that
the rules are tested independently of the actors stage.
"""

from __future__ import annotations

import datetime as dt

from name_table import name_entities
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

NAMES = {
    "Canada": "CAN", "Japan": "JPN", "Chile": "CHL", "Peru": "PER", "Nigeria": "NGA",
    "Kenya": "KEN", "Brazil": "BRA", "Norway": "NOR", "Mali": "MLI", "Egypt": "EGY",
    "Ghana": "GHA", "Turkey": "TUR", "the rebels": "MLI", "Oslo": "NOR", "Cairo": "EGY",
    "Accra": "GHA", "Lima": "PER", "Brasilia": "BRA", "the Senate": "CAN",
}
_TABLE = {name: (code, "GPE") for name, code in NAMES.items()}


def _entities(text: str) -> list[Entity]:
    return name_entities(text, _TABLE)


def _one(nlp, text: str, category: str):
    events = code_events(nlp(text), load_lexicon(), _entities(text), story_id="t",
                         published=dt.date(2026, 3, 1))
    found = [e for e in events if e.event_type == category]
    assert found, f"no {category} in {[(e.event_type, e.event_text) for e in events]}"
    return found[0]


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities}


def test_raising_verb_passes_its_subject(nlp):
    event = _one(nlp, "Kenya is expected to negotiate with Peru next month.", "AGREE")
    assert _codes(event.actor) >= {"KEN"}


def test_predicative_adjective_passes_its_subject(nlp):
    event = _one(nlp, "Egypt is ready to accept the proposal from Ghana.", "AGREE")
    assert _codes(event.actor) == {"EGY"}


def test_participial_adjunct_takes_main_subject(nlp):
    event = _one(nlp, "Norway issued a statement on Monday, urging Mali to release the "
                      "detained aid workers.", "REQUEST")
    assert _codes(event.actor) == {"NOR"}
    assert _codes(event.recipient) == {"MLI"}


def test_threat_recipient_from_complement(nlp):
    event = _one(nlp, "Brazil threatened to use force against the rebels.", "THREATEN")
    assert _codes(event.actor) == {"BRA"}
    assert _codes(event.recipient) == {"MLI"}


def test_demand_recipient_is_clause_subject(nlp):
    event = _one(nlp, "Chile demanded that Peru withdraw its ambassador.", "REQUEST")
    assert _codes(event.actor) == {"CHL"}
    assert _codes(event.recipient) == {"PER"}


def test_participle_agent_and_target_of_nominal(nlp):
    event = _one(nlp, "The sanctions imposed on Egypt by Turkey hurt its economy.", "SANCTION")
    assert _codes(event.actor) == {"TUR"}
    assert _codes(event.recipient) == {"EGY"}


def test_quantifier_noun_passes_the_light_verb(nlp):
    event = _one(nlp, "Nigeria launched a series of airstrikes against the rebels.", "ASSAULT")
    assert _codes(event.actor) == {"NGA"}
    assert _codes(event.recipient) == {"MLI"}


def test_responded_with_sanctions(nlp):
    event = _one(nlp, "Japan retaliated with tariffs on Canada.", "SANCTION")
    assert _codes(event.actor) == {"JPN"}
    assert _codes(event.recipient) == {"CAN"}


def test_possessive_pronoun_bound_by_subject(nlp):
    event = _one(nlp, "Ghana reaffirmed its strong support for Kenya.", "SUPPORT")
    assert _codes(event.actor) == {"GHA"}
    assert _codes(event.recipient) == {"KEN"}


def test_agentive_possessor_is_actor(nlp):
    event = _one(nlp, "Protests grew over Egypt's crackdown on the rebels.", "COERCE")
    assert _codes(event.actor) == {"EGY"}
    patient = _one(nlp, "Turkey condemned Kenya's arrest of the journalists.", "COERCE")
    assert _codes(patient.actor) == {"KEN"}


def test_in_support_of_idiom(nlp):
    event = _one(nlp, "Ghana held rallies in support of Mali.", "SUPPORT")
    assert _codes(event.recipient) == {"MLI"}


def test_spokesman_for_acts_for_principal(nlp):
    event = _one(nlp, "A spokesman for Egypt rejected the proposal.", "REJECT")
    assert _codes(event.actor) == {"EGY"}


def test_denied_accusation_without_author_is_not_coded(nlp):
    events = code_events(nlp("Kenya denied the allegations."), load_lexicon(),
                         _entities("Kenya denied the allegations."), story_id="t")
    assert [e.event_type for e in events] == ["REJECT"]
    event = _one(nlp, "Kenya rejected Egypt's allegations.", "ACCUSE")
    assert _codes(event.actor) == {"EGY"}


def test_experiencer_adjective_is_accuse(nlp):
    event = _one(nlp, "Norway is deeply concerned about Mali's new law.", "ACCUSE")
    assert event.mode == "disapprove"
    assert _codes(event.actor) == {"NOR"} and _codes(event.recipient) == {"MLI"}


def test_called_the_claims_baseless_is_reject(nlp):
    text = "Peru called the allegations baseless."
    events = code_events(nlp(text), load_lexicon(), _entities(text), story_id="t")
    assert [e.event_type for e in events] == ["REJECT"]
    assert _codes(events[0].actor) == {"PER"}


def test_evaluative_adjective_judges_the_subject(nlp):
    event = _one(nlp, "Chile called Peru's decision unacceptable.", "ACCUSE")
    assert _codes(event.actor) == {"CHL"} and _codes(event.recipient) == {"PER"}
    text = "The crossing was illegal."
    assert code_events(nlp(text), load_lexicon(), [], story_id="t") == []


def test_warning_needs_conflictual_content(nlp):
    text = "Norway warned that Kenya will expand cooperation with Peru."
    events = code_events(nlp(text), load_lexicon(), _entities(text), story_id="t")
    assert "THREATEN" not in [e.event_type for e in events]
    event = _one(nlp, "Norway warned that it will impose sanctions on Kenya.", "THREATEN")
    assert event.mode == "restrict"


def test_weighing_sanctions_is_threaten(nlp):
    event = _one(nlp, "Canada is considering sanctions against Mali.", "THREATEN")
    assert _codes(event.actor) == {"CAN"} and _codes(event.recipient) == {"MLI"}


def test_material_cooperation_and_mobilization_entries(nlp):
    assert _one(nlp, "Kenya resumed grain shipments to Egypt.", "COOPERATE")
    assert _one(nlp, "Japan raised its alert level after the launch.", "MOBILIZE")
    event = _one(nlp, "Brazil disbursed a tranche of aid to Peru.", "AID")
    assert _codes(event.actor) == {"BRA"}
