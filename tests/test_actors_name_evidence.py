"""A mention gets a country only from its own evidence (issue 9, no guessing).

Sentences written for these tests.
"""

from __future__ import annotations

from wirecoder.actors import extract
from wirecoder.actors.match import place_candidates
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


def entities(nlp, text: str) -> tuple[Entity, ...]:
    story = Story(id="t", text=text, published="2024-06-01")
    return extract(nlp(text), StageContext(story=story, settings=Settings()))


def test_a_compass_direction_is_no_place_of_one_country():
    for name in ("South", "the North", "North-East", "the Far North"):
        assert place_candidates(name) == ()


def test_the_south_of_a_story_does_not_give_a_foreign_country(nlp):
    found = entities(nlp, "The government reopened the border to help the South cope with "
                          "its fuel shortage.")
    assert all(e.country_code != "CMR" for e in found)


def test_a_known_name_inside_a_longer_organisation_name_is_not_that_organisation(nlp):
    found = entities(nlp, "The Malawi People's Liberation Army said it had withdrawn.")
    assert all(e.country_code != "CHN" for e in found)


def test_the_known_organisation_itself_keeps_its_country(nlp):
    found = entities(nlp, "The People's Liberation Army held drills near the strait.")
    assert any(e.country_code == "CHN" for e in found)
