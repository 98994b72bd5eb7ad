"""A hostile act one party reports of another is also its accusation (issue 9, evrec8).

"Ruritania said Freedonian troops shelled its posts" codes the shelling and Ruritania's
ACCUSE of Freedonia on "said". Not when the reporter reports its own act, when the act is
only named inside a subject or a prepositional phrase, when it is future or negated, or
when the sentence already codes the accusation. Sentences are written for these tests with
fictional states.
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
    "Ruritania said Freedonian troops shelled three of its border villages on Sunday.",
    "The Ruritanian army claimed that Freedonian soldiers attacked its outpost overnight.",
    "Ruritania says Freedonian forces have bombed a bridge near the capital.",
])
def test_a_reported_attack_by_another_state_is_the_reporters_accusation(nlp, text):
    found = _accusations(nlp, text)
    assert any(actor == {"RUR"} and recipient == {"FRE"} for _, actor, recipient in found), (
        text, found)


@pytest.mark.parametrize("text", [
    "Ruritania said its troops shelled Freedonian positions on Sunday.",
    "Ruritania says Ruritanian soldiers repelled an attack by Freedonian units.",
    "Ruritania said Freedonian troops would attack the border town next week.",
    "Ruritania said the plan to bomb Freedonian bridges had been dropped.",
])
def test_own_planned_or_embedded_acts_are_no_accusation(nlp, text):
    found = _accusations(nlp, text)
    assert not found, (text, found)


def test_one_accusation_per_sentence(nlp):
    text = "Ruritania accused Freedonia of shelling its villages, officials of Ruritania said."
    found = _accusations(nlp, text)
    assert len(found) == 1, found


def test_added_events_carry_the_story_id(nlp):
    events = code_with_names(
        nlp, "Freedonia said Ruritania must compensate the fishermen and said Ruritanian "
        "troops shelled its border posts.", FICTIONAL_STATES)
    added = [e for e in events if (e.why or "").startswith(("stated-demand", "reported-"))]
    assert added and all(e.story_id == "t" and e.id.startswith("t-e") for e in events), events


def _requests(nlp, text: str) -> list[tuple[str, set, set]]:
    return [(e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)
            if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "Freedonia said Ruritania must compensate the families of the fishermen.",
    "Freedonia said on Tuesday that Ruritania should reconsider its decision.",
    "Freedonia said Ruritania needs to return the seized trawlers.",
    "Freedonia said Ruritania has to pay for the damage.",
])
def test_another_partys_must_or_should_is_a_demand(nlp, text):
    found = _requests(nlp, text)
    assert any(actor == {"FRE"} and recipient == {"RUR"} for _, actor, recipient in found), (
        text, found)


@pytest.mark.parametrize("text", [
    "Freedonia said Freedonian farmers must adapt to the drought.",
    "Freedonia said Ruritania must have known about the plan.",
    "Freedonia said Ruritania should be careful.",
    "Freedonia asked whether Ruritania should reconsider its decision?",
    "Ruritania must reconsider its decision.",
    "Freedonia said Ruritania has yet to pay for the damage.",
    "Freedonia said Ruritania will need to import more grain.",
    "Freedonia said Ruritania does not need to pay for the damage.",
])
def test_no_demand_on_oneself_guesses_copulas_questions_or_without_a_speaker(nlp, text):
    found = _requests(nlp, text)
    assert not found, (text, found)
