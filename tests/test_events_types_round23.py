"""Threats and phrasal particles (issue 9 §3–§5, round 23).

evtype23 (docs/events.md, "Threats kept open or pressed, round 23"): a promised
"strong answer" is a threat (codebook THREATEN, like a "strong response"); a future hostile
act that lasts "until" the other side complies is a conditional threat; "did not rule out"
a hostile measure keeps it open as a threat; a preposition before a verb is no particle of
a phrasal verb ("In an interview, X gave a response" is no "give in"). Sentences are
written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _types(nlp, text: str) -> list[str]:
    return [t for t, _ in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "A Ruritanian government spokesman vowed a strong answer to Freedonia's decision.",
    "Ruritania's foreign minister promised a resolute answer to the Freedonian move.",
    "Ruritania says it will confiscate Freedonian assets until Freedonia pays.",
    "Ruritania will block Freedonian trucks at the border until Freedonia agrees.",
    "Ruritanian officials did not rule out additional punitive measures against Freedonia.",
])
def test_threats_are_threaten(nlp, text):
    types = _types(nlp, text)
    assert "THREATEN" in types, _events(nlp, text)
    assert "COERCE" not in types, _events(nlp, text)
    if "answer" in text:  # the vow itself is no AGREE
        assert "AGREE" not in types, _events(nlp, text)


def test_a_kept_open_measure_is_not_also_imposed(nlp):
    text = "Ruritanian officials did not rule out additional punitive measures against Freedonia."
    assert _types(nlp, text).count("SANCTION") == 0, _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Ruritania will hold the two Freedonian sailors until next week.",
    "Ruritanian officials did not rule out talks with Freedonia.",
    "Ruritania vowed to answer every question from Freedonia.",
])
def test_no_threat_without_hostile_pressure(nlp, text):
    assert "THREATEN" not in _types(nlp, text), _events(nlp, text)


def test_a_fronted_preposition_is_no_particle(nlp):
    text = ("In a televised interview, the Ruritanian finance minister gave the first "
            "government response to the Freedonian proposal.")
    assert "CONCEDE" not in _types(nlp, text), _events(nlp, text)


def test_a_real_particle_still_counts(nlp):
    text = "After weeks of pressure, Ruritania gave in to Freedonia's demands."
    assert "CONCEDE" in _types(nlp, text), _events(nlp, text)


def test_a_commitment_with_a_fronted_to_phrase(nlp):
    text = "To this end, Ruritania and Freedonia committed to expand cooperation on fisheries."
    assert "AGREE" in _types(nlp, text), _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The spokesman warned that the ports of the countries that attack Freedonia would not be "
    "safe.",
    "Any state that attacks Ruritania will pay a heavy price, the minister said.",
])
def test_a_warned_class_is_no_attack(nlp, text):
    assert "ASSAULT" not in _types(nlp, text), _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The states that attacked Freedonia last year have since withdrawn their troops.",
    "Any militia that attacked Ruritania was punished.",
])
def test_a_described_attacker_keeps_the_attack(nlp, text):
    assert "ASSAULT" in _types(nlp, text), _events(nlp, text)


def test_a_promised_concession_is_concede(nlp):
    text = "The Ruritanian president pledged he would lift sanctions on Freedonia."
    types = _types(nlp, text)
    assert "CONCEDE" in types and "AGREE" not in types, _events(nlp, text)


def test_an_agreed_concession_in_a_deal_stays_agree(nlp):
    text = "Ruritania agreed to lift sanctions on Freedonia in exchange for talks."
    assert "AGREE" in _types(nlp, text), _events(nlp, text)


def test_the_awaited_compliance_is_no_event(nlp):
    text = "Ruritania will block Freedonian trucks at the border until Freedonia agrees."
    assert "AGREE" not in _types(nlp, text), _events(nlp, text)


def test_a_past_compliance_stays_an_event(nlp):
    text = "The Ruritanian army fought on until the rebels agreed to a truce."
    assert "AGREE" in _types(nlp, text), _events(nlp, text)


# Review fixes (rftype23): forms the rules above must not take.

@pytest.mark.parametrize("text", [
    "Ruritania vowed not to ease the ban on Freedonian fishing boats.",
    "The Ruritanian president pledged he would never lift sanctions on Freedonia.",
    "Ruritania promised it would not withdraw its troops from the Freedonian border.",
])
def test_a_promised_refusal_is_no_concession(nlp, text):
    assert "CONCEDE" not in _types(nlp, text), _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The Ruritanian ministry promised a swift answer to the letter from Freedonia.",
    "Ruritania's envoy promised a firm answer to the Freedonian proposal by Friday.",
    "The Ruritanian president promised a decisive response to the questions of the "
    "Freedonian delegation.",
])
def test_a_promised_reply_is_no_threat(nlp, text):
    assert "THREATEN" not in _types(nlp, text), _events(nlp, text)


def test_a_fact_not_ruled_out_is_no_threat(nlp):
    text = "Ruritania did not rule out that Freedonia fired another rocket."
    assert "THREATEN" not in _types(nlp, text), _events(nlp, text)
