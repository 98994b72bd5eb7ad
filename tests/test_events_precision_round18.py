"""Topics of a meeting already coded (issue 9 §3, round 18, evprec18).

"X met Y. The two leaders discussed trade." is one meeting: the later "discussed" retells
it by its topics and is no second CONSULT (docs/events.md, "Spurious events, round 18").
A discussion naming its own meeting, a planned one and one with a new party stay. Sentences
are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names
from wirecoder.events.meeting_topics import is_topic_of_coded_meeting, topics_of_coded_meeting

NAMES = {**FICTIONAL_STATES, "Veridia": ("VER", "GPE")}


def _after(nlp, text: str) -> list[tuple[str, str]]:
    events = topics_of_coded_meeting(list(code_with_names(nlp, text, NAMES)))
    return [(e.event_type, e.event_text) for e in events]


@pytest.mark.parametrize(("text", "meeting"), [
    ("The Ruritanian foreign minister met his Freedonian counterpart in Geneva on Monday. "
     "The two ministers discussed border trade and fishing rights. They also discussed the "
     "dam on the Vell river.", "met"),
    ("The Ruritanian president spoke by phone with the Freedonian president on Monday. The "
     "two leaders discussed the drought.", "spoke"),
])
def test_a_later_discussion_of_a_coded_meeting_is_no_second_consult(nlp, text, meeting):
    assert _after(nlp, text) == [("CONSULT", meeting)]


@pytest.mark.parametrize(("text", "kept"), [
    # the discussion names its own meeting
    ("The Ruritanian foreign minister met his Freedonian counterpart in Geneva on Monday. In a "
     "separate meeting, Ruritania and Freedonia discussed the dam.", ("CONSULT", "discussed")),
    # a planned discussion
    ("The Ruritanian foreign minister met his Freedonian counterpart in Geneva on Monday. The "
     "two ministers will discuss border trade next week.", ("AGREE", "discuss")),
    # a party the meeting did not have
    ("Ruritanian officials met Freedonian envoys on Monday. Freedonia's envoy later discussed "
     "the dam with Veridia.", ("CONSULT", "discussed")),
])
def test_discussions_that_are_not_the_coded_meeting_stay(nlp, text, kept):
    assert kept in _after(nlp, text), _after(nlp, text)


def test_the_first_discussion_of_a_story_stays(nlp):
    text = ("Ruritania and Freedonia discussed the dam on Monday. Both sides called the talks "
            "useful.")
    events = list(code_with_names(nlp, text, NAMES))
    first = [e for e in events if e.event_text == "discussed"]
    assert first and not is_topic_of_coded_meeting(first[0], events)
    assert ("CONSULT", "discussed") in _after(nlp, text)


@pytest.mark.slow
def test_the_pipeline_codes_a_readout_meeting_once():
    import wirecoder
    from wirecoder.settings import Settings

    text = ("Chile's foreign minister met her Peruvian counterpart in Lima on Tuesday. The two "
            "ministers discussed fishing rights and port fees. They also discussed a new "
            "railway link.")
    on = [e.event_text for e in wirecoder.analyze(text).events if e.event_type == "CONSULT"]
    off = [e.event_text for e in wirecoder.analyze(
        text, settings=Settings(meeting_topics=False)).events if e.event_type == "CONSULT"]
    assert on == ["met"], on
    assert off.count("discussed") == 2, off


@pytest.mark.parametrize("text", [
    "The minister praised Ruritania's long partnership with Freedonia.",
    "Officials in Freedonia called the partnership with Ruritania essential to the region.",
])
def test_a_partnership_named_is_no_act_of_cooperation(nlp, text):
    types = [e.event_type for e in code_with_names(nlp, text, NAMES)]
    assert "COOPERATE" not in types, types


@pytest.mark.parametrize("text", [
    "Ruritania cooperated with Freedonia on border security last year.",
    "Ruritania reaffirmed its partnership with Freedonia on Monday.",
])
def test_acts_of_cooperation_and_on_a_partnership_stay(nlp, text):
    assert code_with_names(nlp, text, NAMES), text
