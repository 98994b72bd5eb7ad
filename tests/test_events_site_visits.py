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
