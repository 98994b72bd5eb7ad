"""Vocabulary of the PLOVER codebook that the lexicon lacked (issue 9, item 5), and word
senses that are not the event their word suggests.

Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

import datetime as dt

import pytest

from name_table import name_entities
from wirecoder.events import code_events, load_lexicon

PUBLISHED = dt.date(2025, 3, 1)
NAMES = {
    "Estonia": ("EST", "GPE"), "Moldova": ("MDA", "GPE"), "Morocco": ("MAR", "GPE"),
    "Spanish": ("ESP", "NORP"), "Laos": ("LAO", "GPE"), "Thailand": ("THA", "GPE"),
    "Oman": ("OMN", "GPE"), "Yemen": ("YEM", "GPE"), "Kuwait": ("KWT", "GPE"),
    "Jordan": ("JOR", "GPE"), "Iraqi": ("IRQ", "NORP"), "Peru": ("PER", "GPE"),
    "Egypt": ("EGY", "GPE"), "IAEA": ("UNO", "ORG"), "Nepal": ("NPL", "GPE"),
    "India": ("IND", "GPE"), "Ghana": ("GHA", "GPE"), "Mali": ("MLI", "GPE"),
    "Canada": ("CAN", "GPE"), "Portuguese": ("PRT", "NORP"), "Chile": ("CHL", "GPE"),
    "Armenia": ("ARM", "GPE"), "Azerbaijan": ("AZE", "GPE"),
}


def _code(nlp, text: str):
    return code_events(nlp(text), load_lexicon(), name_entities(text, NAMES), story_id="t",
                       published=PUBLISHED)


def _codes(entities) -> set[str | None]:
    return {e.country_code for e in entities}


@pytest.mark.parametrize(("text", "category", "mode", "actor", "recipient"), [
    ("Estonia warned Moldova against joining the pact.", "THREATEN", None, {"EST"}, {"MDA"}),
    ("Morocco sent the Spanish ambassador home.", "SANCTION", "expel", {"MAR"}, {"ESP"}),
    ("Laos snapped ties with Thailand.", "SANCTION", "discontinue", {"LAO"}, {"THA"}),
    ("Kuwait closed its border with Jordan.", "SANCTION", "discontinue", {"KWT"}, {"JOR"}),
    ("Oman ended its mediation between Yemen and Jordan.", "SANCTION", "withdraw", {"OMN"},
     {"YEM", "JOR"}),
    ("Peru suspended flights to Chile.", "SANCTION", "discontinue", {"PER"}, {"CHL"}),
    ("Egypt suspended talks with Ghana.", "REJECT", "meet", {"EGY"}, {"GHA"}),
    ("Canada donated vaccines to Mali.", "AID", None, {"CAN"}, {"MLI"}),
    ("India handed over relief supplies to Nepal.", "AID", None, {"IND"}, {"NPL"}),
    ("Jordan opened its borders to Iraqi refugees.", "CONCEDE", None, {"JOR"}, {"IRQ"}),
    ("Egypt received inspectors from the IAEA.", "CONCEDE", None, {"EGY"}, {"UNO"}),
    ("Peru lifted the state of emergency.", "CONCEDE", None, {"PER"}, set()),
    ("Armenia put its forces on alert.", "MOBILIZE", "troops", {"ARM"}, set()),
    ("Azerbaijan reinforced its troops near the border.", "MOBILIZE", "troops", {"AZE"},
     set()),
])
def test_codebook_vocabulary(nlp, text, category, mode, actor, recipient):
    events = [e for e in _code(nlp, text) if e.event_type == category]
    assert events, f"no {category} in {text!r}"
    event = events[0]
    assert event.mode == mode
    assert _codes(event.actor) == actor and _codes(event.recipient) == recipient


def test_withdrawing_from_a_mediation_is_not_a_meeting(nlp):
    events = _code(nlp, "Oman ended its mediation between Yemen and Jordan.")
    assert "CONSULT" not in {e.event_type for e in events}


def test_lodged_protest_is_a_diplomatic_accusation(nlp):
    events = _code(nlp, "Ghana lodged a protest with Mali over the border raid.")
    types = {e.event_type for e in events}
    assert "PROTEST" not in types
    accuse = next(e for e in events if e.event_type == "ACCUSE")
    assert _codes(accuse.actor) == {"GHA"} and _codes(accuse.recipient) == {"MLI"}


def test_fired_back_at_critics_is_verbal(nlp):
    events = _code(nlp, "The Chilean minister fired back at critics in Peru.")
    assert "ASSAULT" not in {e.event_type for e in events}


def test_soldiers_firing_back_still_assault(nlp):
    events = _code(nlp, "Soldiers from Mali fired back at the gunmen from Ghana.")
    assert "ASSAULT" in {e.event_type for e in events}


def test_backing_up_a_claim_is_not_support(nlp):
    events = _code(nlp, "Morocco cited old maps that back up its claim against the Spanish.")
    assert "SUPPORT" not in {e.event_type for e in events}


def test_legislation_targeting_a_country_is_not_an_attack(nlp):
    events = _code(nlp, "A Canada Senate committee passed legislation targeting Peru.")
    assert "ASSAULT" not in {e.event_type for e in events}


def test_expulsion_of_a_diplomat_names_the_expelling_state(nlp):
    events = _code(nlp, "The expulsion of the Portuguese envoy by Morocco drew criticism.")
    expel = next(e for e in events if e.event_type == "SANCTION")
    assert expel.mode == "expel"
    assert _codes(expel.actor) == {"MAR"} and _codes(expel.recipient) == {"PRT"}


def test_warning_that_something_is_dangerous_is_an_accusation(nlp):
    events = _code(nlp, "Canada warned that the cooperation between Peru and Chile is "
                        "dangerous and illegal.")
    warning = next(e for e in events if e.event_text == "warned")
    assert warning.event_type == "ACCUSE" and warning.mode == "disapprove"


def test_warning_of_an_announced_act_stays_a_threat(nlp):
    events = _code(nlp, "Peru warned that it would retaliate against Chile.")
    assert next(e for e in events if e.event_text == "warned").event_type == "THREATEN"


def test_acts_discussed_are_topics_not_events(nlp):
    events = _code(nlp, "Canada and Peru discussed imposing sanctions on Chile.")
    assert {e.event_type for e in events} == {"CONSULT"}


def test_rule_that_is_violated_is_no_event(nlp):
    events = _code(nlp, "Such shipments from Peru would violate the arms embargo on Chile.")
    assert "SANCTION" not in {e.event_type for e in events}


def test_war_that_sets_another_noun_is_no_event(nlp):
    events = _code(nlp, "Canada hopes for a ceasefire in the Peru-Chile war.")
    assert "ASSAULT" not in {e.event_type for e in events}


def test_conferring_an_honour_is_support_not_a_meeting(nlp):
    events = _code(nlp, "Ghana conferred its highest honour on the president of Mali.")
    assert [e.event_type for e in events] == ["SUPPORT"]
    assert _codes(events[0].actor) == {"GHA"}


def test_conferring_with_a_party_is_a_meeting(nlp):
    events = _code(nlp, "Ghana conferred with Mali in Accra.")
    assert [e.event_type for e in events] == ["CONSULT"]
