"""Spoken acts phrased indirectly, round 22 (issue 9 §1, §5; recall).

Round 21's judgement misses denials and charges told in a relative clause on the noun they
deny ("a charge the ministry denies"), requests named as nouns whose asker follows "from"
("an extradition request coming from X") or that are being weighed ("is reviewing a
request from X"), promises to honour a request, and meetings whose topic phrase holds a
word the verb "meet" excludes ("talks about the fate of ..."). docs/events.md, "Spoken acts
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
    ("Chile says Peruvian gunboats shelled the harbor, something which Peru "
     "denies.", "REJECT", "Peru"),
    ("Chile says Peruvian gunboats shelled the harbor, an accusation that Peru firmly "
     "rejects.", "REJECT", "Peru"),
    # a charge whose object is the noun: the people charged
    ("Police detained dozens of monks whom Beijing accuses of instigating the riots.",
     "ACCUSE", "Beijing"),
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
    ("Sudan says it is considering an extradition request coming from Egypt for the former "
     "minister.", {"EGY"}, set()),
    # a request being weighed was made
    ("Sudan is reviewing a request from Egypt to extradite the businessman.", {"EGY"},
     {"SDN"}),
])
def test_request_nouns(text: str, actor: set[str], recipient: set[str]) -> None:
    got_actor, got_recipient = _roles(text, "REQUEST")
    assert got_actor == actor
    assert recipient <= got_recipient


def test_possible_request_discussed_stays_a_topic() -> None:
    assert "REQUEST" not in [t for t, _ in _events(
        "The cabinet discussed asking Japan for emergency aid.")]


def test_honoring_a_request_is_a_promise() -> None:
    assert _roles("Ghana says it will honor a request from Togo to hand over the suspect.",
                  "AGREE") == ({"GHA"}, {"TGO"})


def test_honored_request_reported_is_no_promise() -> None:
    assert "AGREE" not in [t for t, _ in _events(
        "Ghana honored a request from Togo last year.")]


@pytest.mark.parametrize("text", [
    "Peru and Chile are holding talks in Lima about the fate of fishermen who were detained "
    "by the navy.",
    "Peru and Chile held a meeting on the end of the fishing ban.",
])
def test_meeting_nouns_with_topics_the_verb_excludes(text: str) -> None:
    assert _roles(text, "CONSULT")[0] == {"PER", "CHL"}


@pytest.mark.parametrize("text", [
    "Peru met the deadline for the fishing quota.",
    "The Chilean plan met with criticism in Lima.",
])
def test_verb_meet_keeps_its_exclusions(text: str) -> None:
    assert "CONSULT" not in [t for t, _ in _events(text)]
