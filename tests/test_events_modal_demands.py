"""A demand stated with "must" / "should" is a REQUEST whatever its subject (issue 9, round 17).

Round 8's stated demands needed a named foreign state as the subject ("Ruritania must pay")
and are off by default; a speaker's "the shelling must stop" or "the truce must be respected"
was proposed by no rule. :func:`wirecoder.events.demands.modal_demands` codes the speaker's
REQUEST with no recipient when the subject is no party, and the named addressee when it is
one. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, TEST_DAY, name_entities
from wirecoder.cli.options import AnalysisOptions
from wirecoder.events.stage import code_events, load_lexicon
from wirecoder.settings import Settings


def _requests(nlp, text: str, settings: Settings | None = None) -> list[tuple[str, set, set]]:
    events = code_events(nlp(text), load_lexicon(), name_entities(text, FICTIONAL_STATES),
                         story_id="t", published=TEST_DAY, settings=settings)
    return [(e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in events if e.event_type == "REQUEST"]


@pytest.mark.parametrize("text", [
    "A Freedonian minister said on Friday that the shelling of the river villages must stop.",
    "The Freedonian envoy told the assembly the ceasefire must be respected by every armed group.",
    "Freedonia said every armed faction should hand its heavy guns to the monitors.",
    "\"The blockade of the northern ports must end now,\" the Freedonian ambassador said.",
])
def test_a_demand_of_no_named_party_is_the_speakers_request(nlp, text):
    found = _requests(nlp, text)
    assert any(actor == {"FRE"} and not recipient for _, actor, recipient in found), (
        text, found)


def test_a_named_addressee_is_the_recipient(nlp):
    found = _requests(nlp, "The Freedonian president said on Monday that the Ruritanian "
                           "government must compensate the owners of the sunken ferry.")
    assert any(actor == {"FRE"} and recipient == {"RUR"} for _, actor, recipient in found), found


@pytest.mark.parametrize("text", [
    "Freedonia said we must do more to help the refugees.",
    "Freedonia said Freedonian farmers must adapt to the drought.",
    "Freedonia said the negotiators must have known about the plan.",
    "Freedonia said it must be noted that the harvest was poor.",
    "Freedonia said the grain convoy should arrive in the capital on Monday.",
    "Freedonia said the gunmen who bombed the market must be brought to justice.",
    "Freedonia said no government should ignore the voice of its citizens.",
    "The Ruritanian harbour must be dredged before the rainy season begins.",
])
def test_no_demand_on_oneself_guesses_expectations_charges_or_without_a_speaker(nlp, text):
    found = [f for f in _requests(nlp, text) if f[0].split()[0] in {"must", "should"}]
    assert not found, (text, found)


# After review (round 17): the demanded verb must be an act; an inverted modal opens a
# condition; "you" in a quote is the party addressed; the rule has a switch.
@pytest.mark.parametrize("text", [
    # expectations
    "The Freedonian finance minister said fuel costs should ease before the winter.",
    "Freedonia's trade envoy predicted that the customs pact should generate thousands of jobs.",
    "A Freedonian engineer said the bridge to Veridia should shorten each delivery by a day.",
    "The Freedonian envoy said the border talks should yield a lasting settlement.",
    # hypotheticals and inverted conditions
    "Freedonia warned that, were Ruritania to test another missile, fresh penalties should "
    "follow.",
    "\"Should the Veridian parliament reject the treaty, we will reconsider,\" the Freedonian "
    "premier said.",
    "Should Ruritania withdraw its envoy, Freedonia would respond in kind, the Freedonian "
    "spokesman said.",
    "\"Should the Veridian bank pay its debts, we will trust it again,\" the Freedonian "
    "treasurer said.",
    "Should the mining company compensate the villagers, the protests would fade, a Freedonian "
    "governor said.",
    # a metaphor, an old event as topic
    "The Freedonian foreign minister said the frost between the two old allies must thaw.",
    "Freedonia's culture minister said the siege of 1712 should be taught as a warning.",
    # statements of principle
    "The Freedonian president said the northern lakes must stay free of industry.",
    "Freedonia said progress on the reforms must be judged over many years.",
    "A Freedonian general said Veridia must learn to guard its own borders.",
    "The Freedonian premier said his country should be seen as a bridge between the regions.",
])
def test_expectations_conditions_metaphors_and_principles_are_no_demands(nlp, text):
    found = [f for f in _requests(nlp, text) if f[0].split()[0].lower() in {"must", "should"}]
    assert not found, (text, found)


@pytest.mark.parametrize("text", [
    "\"You must pull your troops back across the river,\" the Freedonian envoy told the "
    "visiting delegation.",
    "Freedonia's ambassador said the occupying forces should stop the demolition of homes.",
    "All checkpoints on the coastal road must be reopened within a week, the Freedonian "
    "government said.",
    "The Veridian junta should hold talks with the rebels, a Freedonian minister said.",
    "Freedonia said on Sunday that the Ruritanian navy must free the detained trawler crews.",
])
def test_demands_of_several_shapes_are_the_speakers_requests(nlp, text):
    found = _requests(nlp, text)  # by this rule or by the lexicon's demanded acts
    assert any(actor == {"FRE"} and "FRE" not in recipient for _, actor, recipient in found), (
        text, found)


def test_the_switch_turns_modal_demands_off(nlp):
    text = "A Freedonian minister said that the shelling of the river villages must stop."
    assert _requests(nlp, text)
    off = _requests(nlp, text, Settings(modal_demands=False))
    assert not [f for f in off if f[0].split()[0] in {"must", "should"}], off
    assert AnalysisOptions(no_modal_demands=True).settings_options()["modal_demands"] is False


def test_you_in_a_quote_is_the_party_addressed(nlp):
    found = _requests(nlp, "\"You must pay for the damaged pipeline,\" the Freedonian president "
                           "told Ruritania.")
    assert ("must pay", {"FRE"}, {"RUR"}) in found, found
