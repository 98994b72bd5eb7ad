"""Plural references to the two parties of a story: "both sides", "the two countries" (issue 9).

Sentences written for these tests; the countries vary between tests.
"""

from __future__ import annotations

import wirecoder
from wirecoder.actors import extract
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

PUBLISHED = "2025-03-15"


def entities(nlp, text: str) -> tuple[Entity, ...]:
    story = Story(id="t", text=text, published=PUBLISHED)
    return extract(nlp(text), StageContext(story=story, settings=Settings()))


def group(found: tuple[Entity, ...], raw: str) -> Entity | None:
    return next((e for e in found if e.raw_text == raw), None)


def test_both_sides_after_two_named_states_are_those_states(nlp):
    found = entities(nlp, "Guyana and Suriname traded accusations over the river. "
                          "The regional bloc urged both sides to show restraint.")
    both = group(found, "both sides")
    assert both is not None and both.kind == "COMPOUND"
    assert set(both.members) == {"Guyana", "Suriname"}


def test_the_two_countries_in_the_same_sentence_take_the_states_before_them(nlp):
    found = entities(nlp, "Bolivia has accused Chile of blocking trade across the two "
                          "countries' shared border.")
    pair = group(found, "the two countries")
    assert pair is not None and set(pair.members) == {"Bolivia", "Chile"}


def test_the_neighbours_need_no_number(nlp):
    found = entities(nlp, "Tajikistan and Kyrgyzstan reopened a border post. The neighbours "
                          "had fought over water in 2022.")
    pair = group(found, "The neighbours")
    assert pair is not None and set(pair.members) == {"Tajikistan", "Kyrgyzstan"}


def test_three_states_leave_the_phrase_unresolved(nlp):
    found = entities(nlp, "Egypt, Ethiopia and Sudan met in Cairo about the dam. The two "
                          "countries later walked out.")
    assert group(found, "The two countries") is None


def test_a_lone_state_makes_no_pair(nlp):
    found = entities(nlp, "Norway announced new fishing quotas on Monday. Both sides "
                          "welcomed the decision.")
    assert group(found, "Both sides") is None


def test_the_states_alone_is_not_a_pair(nlp):
    found = entities(nlp, "Mexico and Canada signed a deal. The states of the region "
                          "welcomed it.")
    assert all(e.kind != "COMPOUND" for e in found)


def test_an_organisation_is_not_one_of_the_sides(nlp):
    found = entities(nlp, "Serbia accused Kosovo of provocations, and NATO said it was "
                          "watching. The alliance called on both sides to talk.")
    both = group(found, "both sides")
    assert both is not None and set(both.members) == {"Serbia", "Kosovo"}


def test_a_request_to_both_sides_names_both_recipients():
    text = ("Armenian and Azerbaijani troops exchanged fire overnight. The United Nations "
            "urged both sides to return to talks.")
    event = next(e for e in wirecoder.analyze(text, published=PUBLISHED).events
                 if e.event_type == "REQUEST")
    assert {e.country_code for e in event.recipient} == {"ARM", "AZE"}
    assert {e.country_code for e in event.actor} == {"UNO"}


def test_the_two_countries_keep_both_parties_as_joint_actors():
    text = ("India and Pakistan held talks in Tashkent. The two countries have fought "
            "three wars since 1947.")
    event = next(e for e in wirecoder.analyze(text, published=PUBLISHED).events
                 if e.event_type == "ASSAULT")
    assert {e.country_code for e in event.actor} == {"IND", "PAK"}
    assert not event.recipient


def test_the_two_sudans_are_the_states_of_that_name(nlp):
    found = entities(nlp, "Khartoum and Juba signed an oil deal, and Chad welcomed it. The "
                          "two Sudans had fought over the border.")
    pair = group(found, "The two Sudans")
    assert pair is not None and set(pair.members) == {"Sudan", "South Sudan"}
