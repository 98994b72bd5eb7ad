"""Spoken acts phrased indirectly, round 22 (issue 9 §1, §5; recall).

Round 21's judgement misses denials and charges told in a relative clause on the noun they
deny ("a charge the ministry denies"), requests named as nouns whose asker follows "from"
("an appeal coming from X") or that are being weighed ("is reviewing a request from X"),
promises to honour or comply with a request, and meetings whose topic phrase holds a word
the verb "meet" excludes ("negotiations over the fate of ..."). The review of round 22
added guards: market "demand" is no request, a possible request discussed is no request
made. docs/events.md, "Spoken acts
phrased indirectly, round 22".

Every sentence is written for these tests with invented situations.
"""

from __future__ import annotations

import pytest

import wirecoder
from events_helpers import PUBLISHED


def _roles(text: str, category: str) -> tuple[set[str], set[str]]:
    """Actor and recipient codes of the first event of ``category`` (default settings)."""
    found = [e for e in wirecoder.analyze(text, published=PUBLISHED).events
             if e.event_type == category]
    assert found, f"no {category} in {text!r}"
    return ({m.country_code for m in found[0].actor if m.country_code},
            {m.country_code for m in found[0].recipient if m.country_code})


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in wirecoder.analyze(text, published=PUBLISHED).events]


@pytest.mark.parametrize(("text", "category", "actor"), [
    # a said act whose object is the noun of its relative clause
    ("Chile says Peruvian gunboats shelled the harbor, a charge Peru denies.",
     "REJECT", "Peru"),
    ("Ghana blamed Togolese smugglers for the fuel shortage, something Togo denies.",
     "REJECT", "Togo"),
    ("Ghana blamed Togolese smugglers for the fuel shortage, an allegation that Togo "
     "angrily dismisses.", "REJECT", "Togo"),
    # a charge whose object is the noun: the people charged
    ("Seoul froze the assets of traders whom Pyongyang blames for the shortages.",
     "ACCUSE", "Pyongyang"),
    ("The navy boarded two trawlers that Argentina accuses of fishing illegally.",
     "ACCUSE", "Argentina"),
])
def test_said_act_in_object_relative_clause(text: str, category: str, actor: str) -> None:
    found = [e for e in wirecoder.analyze(text, published=PUBLISHED).events
             if e.event_type == category]
    assert found and any(actor in m.raw_text for e in found for m in e.actor)


@pytest.mark.parametrize(("text", "category"), [
    # the gap is the subject: a descriptor of the noun, no act reported
    ("Diplomats who reject the accord met in a hotel near the harbor.", "REJECT"),
    # not a verb of saying in the clause
    ("Ruritania shelled the villages the rebels defend.", "REJECT"),
])
def test_descriptive_clauses_stay_uncoded(text: str, category: str) -> None:
    assert category not in [t for t, _ in _events(text)]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    # the asker in a "from" phrase of the noun, directly or through "coming from"
    ("Sudan is considering a request from Egypt to extradite the businessman.", {"EGY"},
     {"SDN"}),
    ("Norway is weighing an appeal coming from Finland for help with the wildfires.",
     {"FIN"}, {"NOR"}),
    # a request being weighed was made
    ("Sudan is reviewing a request from Egypt to extradite the businessman.", {"EGY"},
     {"SDN"}),
    ("Norway's parliament is debating a petition from Iceland over fishing quotas.",
     {"ISL"}, {"NOR"}),
])
def test_request_nouns(text: str, actor: set[str], recipient: set[str]) -> None:
    got_actor, got_recipient = _roles(text, "REQUEST")
    assert got_actor == actor
    assert recipient <= got_recipient


@pytest.mark.parametrize("text", [
    "The cabinet discussed asking Japan for emergency aid.",
    # a request not yet made, weighed (review of round 22)
    "The cabinet discussed a possible request to Japan for aid.",
    "Norway's parliament is debating a possible appeal to Iceland over fishing quotas.",
])
def test_possible_request_discussed_stays_a_topic(text: str) -> None:
    assert "REQUEST" not in [t for t, _ in _events(text)]


@pytest.mark.parametrize("text", [
    # market demand: buying, not asking (review of round 22; the "from" phrase is no asker)
    "Copper prices climbed on robust demand from Vietnam.",
    "Demand from India for Russian coal slowed in March.",
    "China's demand for soybeans rose sharply.",
])
def test_market_demand_is_no_request(text: str) -> None:
    assert "REQUEST" not in [t for t, _ in _events(text)]


def test_demand_from_an_asker_stays_a_request() -> None:
    assert "REQUEST" in [t for t, _ in _events(
        "Iran issued a firm demand that Israel stop the strikes.")]


@pytest.mark.parametrize(("text", "actor", "recipient"), [
    ("Ghana says it will honor a request from Togo to hand over the suspect.", "GHA", "TGO"),
    ("Ireland said it would comply with a request from Britain to return the fugitive.",
     "IRL", "GBR"),
])
def test_honoring_a_request_is_a_promise(text: str, actor: str, recipient: str) -> None:
    assert _roles(text, "AGREE") == ({actor}, {recipient})


def test_honored_request_reported_is_no_promise() -> None:
    assert "AGREE" not in [t for t, _ in _events(
        "Ghana honored a request from Togo last year.")]


@pytest.mark.parametrize(("text", "parties"), [
    ("Ecuador and Colombia began negotiations over the fate of the shared river.",
     {"ECU", "COL"}),
    ("Peru and Chile held a meeting on the end of the fishing ban.", {"PER", "CHL"}),
])
def test_meeting_nouns_with_topics_the_verb_excludes(text: str, parties: set[str]) -> None:
    assert _roles(text, "CONSULT")[0] == parties


@pytest.mark.parametrize("text", [
    "Peru met the deadline for the fishing quota.",
    "The Chilean plan met with criticism in Lima.",
])
def test_verb_meet_keeps_its_exclusions(text: str) -> None:
    assert "CONSULT" not in [t for t, _ in _events(text)]
