"""Events as Treasury, Justice and Defense releases word them.

Designations of people and firms are sanctions; the "for" gerund of a sanction or a charge
is the alleged wrongdoing, not an event (guideline 2), while a condemned act stays coded;
interdicting a vessel is a seizure; partners "with support from" whom a strike is conducted
cooperate in it; a repercussion announced in a statement is a threat by its issuer.
Sentences are written for these tests; entities come from a small name table.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names

NAMES = {**FICTIONAL_STATES, "Sylvania": ("SYL", "GPE")}


def _code(nlp, text: str):
    return code_with_names(nlp, text, NAMES)


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in _code(nlp, text)]


@pytest.mark.parametrize("text", [
    "The Freedonian Treasury designated five individuals linked to the Ruritanian militia.",
    "Freedonia designated three Ruritanian companies and two vessels on Tuesday.",
])
def test_designating_targets_is_a_sanction(nlp, text):
    assert "SANCTION" in _types(nlp, text)


def test_designating_a_venue_is_no_sanction(nlp):
    assert "SANCTION" not in _types(nlp, "Freedonia designated Sylvania as the venue of the "
                                          "talks with Ruritania.")


@pytest.mark.parametrize(("text", "absent"), [
    ("Freedonia sanctioned two Ruritanian firms for supporting the drone program.", "SUPPORT"),
    ("A Freedonian court sentenced the Ruritanian captain for smuggling weapons to Sylvania.",
     "AID"),
])
def test_the_alleged_wrongdoing_is_no_event(nlp, text, absent):
    assert absent not in _types(nlp, text)


def test_a_condemned_act_stays_coded(nlp):
    types = _types(nlp, "Freedonia condemned Ruritania for sending refugees back to Sylvania.")
    assert "ACCUSE" in types and "COERCE" in types


def test_interdicting_a_vessel_is_a_seizure(nlp):
    events = _code(nlp, "The Freedonian navy interdicted a Ruritanian vessel in the strait.")
    seize = next(e for e in events if e.event_type == "COERCE")
    assert seize.mode == "seize"


def test_partners_of_a_strike_cooperate(nlp):
    events = _code(nlp, "Freedonian forces, with support from Sylvania, conducted strikes "
                        "against militia targets in Ruritania.")
    coop = next(e for e in events if e.event_type == "COOPERATE")
    assert {e.country_code for e in coop.actor} == {"SYL"}
    assert "ASSAULT" in {e.event_type for e in events}


def test_political_support_from_parties_is_no_cooperation(nlp):
    types = _types(nlp, "The resolution passed with support from Sylvania and Freedonia.")
    assert "COOPERATE" not in types


def test_announced_consequences_are_threats_by_the_speaker(nlp):
    events = _code(nlp, "Freedonia said that Ruritania will bear the consequences if the "
                        "raids continue.")
    threat = next(e for e in events if e.event_type == "THREATEN")
    assert {e.country_code for e in threat.actor} == {"FRE"}
    assert {e.country_code for e in threat.recipient} == {"RUR"}


def test_taken_into_custody_is_one_arrest(nlp):
    events = _code(nlp, "The Ruritanian suspect was taken into custody by Freedonian "
                        "authorities on Monday.")
    assert [e.event_type for e in events].count("COERCE") == 1


def test_a_prison_sentence_stays_two_events(nlp):
    types = _types(nlp, "A Freedonian court sentenced the Ruritanian captain to six years in "
                        "prison.")
    assert "SANCTION" in types and "COERCE" in types


def test_removing_nationals_to_their_country_is_a_deportation(nlp):
    events = _code(nlp, "Freedonia removed 120 Ruritanian nationals to Ruritania on a charter "
                        "flight.")
    deport = next(e for e in events if e.event_type == "COERCE")
    assert deport.mode == "deport"


def test_removing_a_minister_from_office_is_no_deportation(nlp):
    events = _code(nlp, "Ruritania removed the Freedonian-born minister from office.")
    assert all(e.mode != "deport" for e in events)
