"""A hostile act one party reports of another is also its accusation (issue 9, evrec8).

Since round 9 both inferences are off by default (``Settings.reported_acts``, ``code_events(...,
reported_acts=True)``): on text nobody tuned them on, 1 of 12 such events was right
(docs/events.md, "Precision round 9"). The tests of the mechanism switch it on.

"Ruritania said Freedonian troops shelled its posts" codes the shelling and Ruritania's
ACCUSE of Freedonia on "said". Not when the reporter reports its own act, when the act is
only named inside a subject or a prepositional phrase, when it is future or negated, or
when the sentence already codes the accusation. Sentences are written for these tests with
fictional states.
"""

from __future__ import annotations

import pytest

import wirecoder
from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.events.stage import code_events, load_lexicon
from wirecoder.settings import Settings


def code_with_names(nlp, text: str, names: dict, *, reported_acts: bool = True) -> tuple:
    """Code ``text`` with the fictional states only, reported acts on unless told."""
    return tuple(code_events(nlp(text), load_lexicon(), name_entities(text, names),
                             story_id="t", published=TEST_DAY, reported_acts=reported_acts))


def _accusations(nlp, text: str, *, on: bool = True) -> list[tuple[str, set, set]]:
    return [(e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES, reported_acts=on)
            if e.event_type == "ACCUSE"]


def test_the_analysis_leaves_reported_acts_out_unless_asked():
    text = "Armenia said Azerbaijani troops shelled three of its border villages on Sunday."
    default = wirecoder.analyze(text, published="2021-05-02")
    asked = wirecoder.analyze(text, published="2021-05-02", settings=Settings(reported_acts=True))
    assert [e.event_type for e in default.events] == ["ASSAULT"]
    assert "ACCUSE" in [e.event_type for e in asked.events]


@pytest.mark.parametrize("text", [
    "Ruritania said Freedonian troops shelled three of its border villages on Sunday.",
    "A Ruritanian commander told reporters that Freedonian jets had bombed a depot.",
])
def test_by_default_a_reported_attack_codes_the_attack_only(nlp, text):
    events = code_with_names(nlp, text, FICTIONAL_STATES, reported_acts=False)
    assert not [e for e in events if e.event_type == "ACCUSE"], events
    assert any(e.event_type == "ASSAULT" for e in events), events


def test_by_default_another_partys_must_is_no_request(nlp):
    events = code_with_names(nlp, "Freedonia said Ruritania must compensate the families of "
                             "the fishermen.", FICTIONAL_STATES, reported_acts=False)
    assert not [e for e in events if (e.why or "").startswith("stated-demand")], events


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
