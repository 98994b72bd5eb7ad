"""A body named by its place takes the place's country (issue 9, "no guessing", round 8).

The evidence is the mention's own phrase, never the sentence around it: a place name on
the role noun ("the Ibadan police", "Sindh's chief minister"), a unit phrase the model
tagged no name in ("Kano state police"), a place after "of" ("officials of Beni
department") or a court's "in" phrase ("a court in Rostov"). The gazetteer decides only
when it knows one country; a name several countries hold waits for the story to name one.

Sentences written for these tests (fictional events; real places, since the codes are
theirs).
"""

from __future__ import annotations

from wirecoder.actors import extract
from wirecoder.actors.match import home_candidates, place_candidates
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


def entities(nlp, text: str) -> tuple[Entity, ...]:
    """Run the actors stage on ``text`` (published 2025-03-15)."""
    story = Story(id="t", text=text, published="2025-03-15")
    return extract(nlp(text), StageContext(story=story, settings=Settings()))


def country(found: tuple[Entity, ...], raw: str) -> str | None:
    return next(e for e in found if e.raw_text == raw).country_code


def test_a_city_name_on_the_police_gives_their_country_beside_a_foreign_one(nlp):
    found = entities(nlp, "The Ibadan police detained two Ghanaian students on Friday.")
    assert country(found, "The Ibadan police") == "NGA"
    assert country(found, "two Ghanaian students") == "GHA"


def test_a_province_s_possessive_office_is_of_the_province_s_country(nlp):
    found = entities(nlp, "Sindh's chief minister praised the Chinese engineers.")
    assert country(found, "Sindh's chief minister") == "PAK"


def test_a_unit_phrase_no_model_tagged_is_read_by_the_gazetteer(nlp):
    found = entities(nlp, "Kano state police arrested a Ghanaian trader.")
    assert country(found, "Kano state police") == "NGA"  # not the trader's Ghana


def test_a_court_sits_where_its_phrase_puts_it(nlp):
    found = entities(nlp, "Amnesty said a court in Rostov had fined two Latvian truck "
                          "drivers.")
    assert country(found, "a court") == "RUS"


def test_a_unit_word_picks_the_subdivision_over_a_namesake_city(nlp):
    found = entities(nlp, "Officials of Beni department thanked the Congolese doctors.")
    assert country(found, "Officials of Beni department") == "BOL"
    assert home_candidates("Beni", unit=True) == ("BOL",)
    assert set(home_candidates("Beni")) == {"BOL", "COD"}
    assert place_candidates("Ontario province") == ("CAN",)


def test_a_name_held_by_two_countries_waits_for_the_story(nlp):
    alone = entities(nlp, "The Ontario provincial government protested the tariffs on "
                          "Monday.")
    assert country(alone, "The Ontario provincial government") is None
    told = entities(nlp, "Canada's trade minister spoke on Monday. The Ontario provincial "
                         "government protested the tariffs.")
    assert country(told, "The Ontario provincial government") == "CAN"


def test_reporters_firms_and_acronyms_take_no_place_country(nlp):
    found = entities(nlp, "The newspaper's Mombasa correspondent said Somali troops had "
                          "crossed the border.")
    assert country(found, "The newspaper's Mombasa correspondent") is None
    # an acronym the knowledge base does not know (round 25 added Zimbabwe's MDC, so NLD)
    found = entities(nlp, "NLD legislators walked out of parliament on Tuesday.")
    assert country(found, "NLD legislators") is None


def test_a_person_of_a_place_and_an_appositive_office_of_a_place(nlp):
    found = entities(nlp, "Governor Nasir Ahmed of Kaduna condemned the attack, a Chinese "
                          "envoy said.")
    assert country(found, "Governor Nasir Ahmed") == "NGA"
    found = entities(nlp, "Ali Musa, the governor of Kaduna, condemned the Chinese envoy.")
    assert country(found, "Ali Musa") == "NGA"
    found = entities(nlp, "Kaduna Governor Amina Bello condemned the attack.")
    assert country(found, "Kaduna Governor Amina Bello") == "NGA"
