"""Frames, judgements, military moves, settings and recipients of nominals.

Sentences are written for these tests. Entities come from a small name table so that the
tests do not depend on the actors stage.
"""

from __future__ import annotations

import datetime as dt

import pytest

from name_table import name_entities
from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity

PUBLISHED = dt.date(2026, 2, 4)
NAMES = {
    "Iran": ("IRN", "GPE"), "Japan": ("JPN", "GPE"), "China": ("CHN", "GPE"),
    "Russia": ("RUS", "GPE"), "Kenya": ("KEN", "GPE"), "Britain": ("GBR", "GPE"),
    "Mauritius": ("MUS", "GPE"), "Washington": ("USA", "GPE"), "Peru": ("PER", "GPE"),
}


def _entities(text: str) -> list[Entity]:
    return name_entities(text, NAMES)


def _code(nlp, text: str):
    return code_events(nlp(text), load_lexicon(), _entities(text), story_id="t",
                       published=PUBLISHED)


def _types(events) -> list[str]:
    return [e.event_type for e in events]


def _one(events, category: str):
    found = [e for e in events if e.event_type == category]
    assert found, f"no {category} in {[(e.event_type, e.event_text) for e in events]}"
    return found[0]


def _codes(entities) -> set[str]:
    return {e.country_code for e in entities}


# ----------------------------------------------------------------- threats


def test_modal_consequence_of_a_condition_is_a_threat(nlp):
    events = _code(nlp, "Sanctions could follow if Iran activates the system, an official said.")
    threat = _one(events, "THREATEN")
    assert threat.mode == "restrict" and not threat.hypothetical
    assert "SANCTION" not in _types(events)


def test_supposed_act_in_an_if_clause_is_no_event(nlp):
    events = _code(nlp, "Iran is threatening retaliation against Washington if hit by sanctions.")
    assert _types(events) == ["THREATEN"]  # the condition's sanctions are not an act


def test_undergone_consequence_is_not_a_threat(nlp):
    events = _code(nlp, "If convicted, he could face life in prison.")
    assert "THREATEN" not in _types(events)


def test_not_hesitate_is_a_commitment_to_the_act(nlp):
    threat = _one(_code(nlp, "Japan will not hesitate to impose sanctions on Russia."),
                  "THREATEN")
    assert not threat.negated and not threat.future and threat.mode == "restrict"
    assert _codes(threat.actor) == {"JPN"} and _codes(threat.recipient) == {"RUS"}


def test_hint_of_retaliation_is_a_threat(nlp):
    threat = _one(_code(nlp, "China hinted that it could retaliate with tariffs on Japan."),
                  "THREATEN")
    assert _codes(threat.actor) == {"CHN"} and threat.mode == "restrict"


@pytest.mark.parametrize("text", ["The quarrel has threatened the shaky truce.",
                                  "Rising prices threaten the stability of the region."])
def test_threaten_with_abstract_object_means_endanger(nlp, text):
    assert "THREATEN" not in _types(_code(nlp, text))


# -------------------------------------------------------------- judgements


def test_judgement_noun_after_verb_of_naming(nlp):
    accuse = _one(_code(nlp, "Britain described the plan as a disaster for Mauritius."),
                  "ACCUSE")
    assert _codes(accuse.actor) == {"GBR"} and accuse.mode == "disapprove"


def test_judgement_noun_elsewhere_is_no_event(nlp):
    assert "ACCUSE" not in _types(_code(nlp, "The flood was a disaster for Kenya."))


def test_asserting_a_wrong_accuses_the_perpetrator(nlp):
    accuse = _one(_code(nlp, "Kenya says Russia has committed grave abuses."), "ACCUSE")
    assert accuse.mode == "allege"
    assert _codes(accuse.actor) == {"KEN"} and _codes(accuse.recipient) == {"RUS"}


def test_imperative_wrong_accuses_no_one(nlp):
    assert "ACCUSE" not in _types(_code(nlp, "\"Never commit crimes,\" Kenya said."))


def test_regretting_another_act_is_disapproval(nlp):
    events = _code(nlp, "Kenya regrets the decision of Britain to leave the talks.")
    assert "ACCUSE" in _types(events) and "CONCEDE" not in _types(events)


# ---------------------------------------------------------- military moves


@pytest.mark.parametrize("text", [
    "Russia fired artillery rounds into the sea on Friday.",
    "Iran conducted a test at its launch site on Friday.",
    "Iran continued to develop its ballistic missile program.",
    "Russia launched a long-range missile on Friday.",
])
def test_weapons_demonstrations_are_mobilize(nlp, text):
    events = _code(nlp, text)
    assert _one(events, "MOBILIZE").mode == "weapons"
    assert "ASSAULT" not in _types(events)


def test_missiles_launched_at_a_target_are_no_test(nlp):
    assert "MOBILIZE" not in _types(_code(nlp, "Russia launched missiles at Japan."))


def test_handing_over_files_is_cooperation(nlp):
    coop = _one(_code(nlp, "Kenya handed over files on the suspects to Peru."), "COOPERATE")
    assert _codes(coop.actor) == {"KEN"} and _codes(coop.recipient) == {"PER"}


# ------------------------------------------------- settings and references


def test_meeting_as_setting_of_another_act_is_not_a_consult(nlp):
    events = _code(nlp, "Russia rejected the accusations at Friday's meeting.")
    assert "CONSULT" not in _types(events) and "REJECT" in _types(events)


def test_meeting_with_named_participants_stays(nlp):
    events = _code(nlp, "Russia signed the treaty at talks with China.")
    assert _codes(_one(events, "CONSULT").actor) == {"RUS", "CHN"}


def test_agreement_cited_as_norm_is_not_an_agreeing_act(nlp):
    events = _code(nlp, "Russia withdrew its troops under the agreement.")
    assert "AGREE" not in _types(events)


def test_visit_purpose_meeting_is_the_same_visit(nlp):
    events = _code(nlp, "Japan's minister will travel to Kenya for meetings with Peru.")
    assert _types(events).count("AGREE") == 1 and "CONSULT" not in _types(events)


def test_discussed_visit_is_a_topic_not_a_part(nlp):
    events = _code(nlp, "Japan and China discussed the planned visit to Peru.")
    assert {"CONSULT", "AGREE"} <= set(_types(events))


# ------------------------------------------------------------ recipients


@pytest.mark.parametrize(("text", "category", "recipient"), [
    ("Japan expressed support for Kenya.", "SUPPORT", {"KEN"}),
    ("Washington imposed a ban on Iran's oil exports.", "SANCTION", {"IRN"}),
    ("Japan announced new aid to Kenya.", "AID", {"KEN"}),
    ("Britain imposed sanctions against Russia.", "SANCTION", {"RUS"}),
])
def test_recipient_of_a_nominal(nlp, text, category, recipient):
    assert _codes(_one(_code(nlp, text), category).recipient) == recipient


# ------------------------------------------------------ flags, date, place


def test_refusal_with_will_never_is_not_future(nlp):
    reject = _one(_code(nlp, "Ruritania will never allow the province to break away."), "REJECT")
    assert not reject.future and not reject.negated


def test_past_act_does_not_take_a_later_date(nlp):
    consult = _one(_code(nlp, "Peru and Chile discussed her planned visit in May."),
                   "CONSULT")
    assert consult.date == PUBLISHED.isoformat()


def test_place_of_a_meeting_on_the_sidelines_of_a_summit(nlp):
    met = _one(_code(nlp, "Japan and China met on the sidelines of the summit in Peru."),
               "CONSULT")
    assert met.location == "Peru"
