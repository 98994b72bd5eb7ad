"""A visit to a site is no consultation; a visit to a party is (issue 9, round 9, evprec9).

Codebook CONSULT *visit*: a visit is a meeting with a host. "toured a fishing village",
"was heading to the frontier", "travelled to one of the sandbanks" go to a place that names no
party: no CONSULT. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _consults(nlp, text: str) -> list[str]:
    return [e.event_text for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "CONSULT"]


@pytest.mark.parametrize("text", [
    "The Ruritanian prime minister toured a fishing village on Monday.",
    "The Freedonian president visited the contested reefs last week, angering Ruritania.",
    "A long Ruritanian supply column was seen heading to the frontier at dawn.",
    "Freedonian fishermen were fined after traveling to one of the sandbanks.",
])
def test_a_visit_to_a_site_is_no_consultation(nlp, text):
    found = _consults(nlp, text)
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "The Freedonian president visited Ruritania on Monday.",
    "The Freedonian foreign minister flew to the Ruritanian capital for talks.",
    "The Ruritanian envoy visited the country again in May, Freedonia said.",
    "The Freedonian president visited the border to meet Ruritania's leader.",
])
def test_a_visit_to_a_party_stays(nlp, text):
    found = _consults(nlp, text)
    assert found, text


@pytest.mark.parametrize("text", [
    "On Friday the Freedonian government sent its special envoy to Ruritania.",
    "Freedonia sent a trade delegation to Ruritania last week.",
    "Freedonia sent its emissary to Ruritania yesterday.",
    "The Freedonian president visited the minister in Ruritania.",
])
def test_a_sent_person_is_no_site(nlp, text):
    """The object of "send an envoy" is who travels, not the place; its "to X" is the place."""
    found = _consults(nlp, text)
    assert found, text


def test_a_person_sent_to_a_site_visits_nobody(nlp):
    text = "Ruritania dispatched a trade delegation to a fishing village near the coast."
    assert not _consults(nlp, text), text
