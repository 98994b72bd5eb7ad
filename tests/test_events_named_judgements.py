"""A hostile name given by a verb of naming is a judgement (ACCUSE; issue 9, evtype8).

"Called the vote a sham poll", "described the raid as an illegal act": the judgement word
modifies the name the speaker gives, and the judgement is the speaker's ACCUSE of the
party whose act is named. Hostile names ("a pretext", "blackmail") count as judgement
nouns in that position only. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _accusations(nlp, text: str) -> list[tuple[str, set, set]]:
    return [(e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "ACCUSE"]


@pytest.mark.parametrize("text", [
    "The Ruritanian president called the Freedonian vote a sham election.",
    "Ruritania described the Freedonian raid as an illegal act.",
    "Ruritania called the Freedonian claims a pretext for war.",
])
def test_a_hostile_name_is_the_namers_accusation(nlp, text):
    found = _accusations(nlp, text)
    assert any(actor == {"RUR"} and recipient == {"FRE"} for _, actor, recipient in found), (
        text, found)


@pytest.mark.parametrize("text", [
    "Ruritania called the Freedonian talks a constructive meeting.",
    "Ruritania held a sham election, Freedonian officials said.",
    "Freedonia called the Ruritanian envoy on Tuesday.",
])
def test_no_accusation_without_a_hostile_name_given(nlp, text):
    found = _accusations(nlp, text)
    assert not found, (text, found)
