"""Bare titles, pairs of leaders and officials: who "the President" is, from evidence only.

Sentences written for these tests. A bare definite title resolves to the one person the
text introduced with that title, or (in a government's own document) to its office
holder; with neither, it keeps no country.
"""

from __future__ import annotations

import pytest

import wirecoder
from wirecoder.actors.publisher import publisher_of


def _mention(analysis, raw: str, nth: int = 0):
    found = [e for e in analysis.entities if e.raw_text == raw]
    assert len(found) > nth, f"no mention {raw!r} in {[e.raw_text for e in analysis.entities]}"
    return found[nth]


READOUT = ("The President and Prime Minister Harriet Quell had a productive call today. "
           "The President thanked the Prime Minister for her country's support.")


def test_bare_title_in_a_white_house_readout_is_the_us_president():
    a = wirecoder.analyze(READOUT, published="2014-05-02",
                          source="The White House, Office of the Press Secretary")
    president = _mention(a, "The President")
    assert (president.country_code, president.sector_code) == ("USA", "GOV")
    assert president.entity_name == "Barack Obama"
    assert president.resolved_by == "publisher"


def test_the_publisher_is_also_read_from_the_address():
    a = wirecoder.analyze(READOUT, published="2022-05-02",
                          url="https://www.whitehouse.gov/briefing-room/readout/")
    assert _mention(a, "The President").entity_name == "Joe Biden"


def test_bare_title_in_a_news_story_keeps_no_country():
    a = wirecoder.analyze(READOUT, published="2014-05-02", source="Voice of America")
    assert _mention(a, "The President").country_code is None


def test_bare_title_takes_the_one_holder_the_text_introduced():
    text = ("Kenyan President William Ruto met farmers in Eldoret on Monday. "
            "The President promised new fertiliser subsidies.")
    a = wirecoder.analyze(text, published="2024-03-04")
    president = _mention(a, "The President")
    assert president.country_code == "KEN"
    assert president.resolved_by == "coref"


def test_two_holders_of_the_title_leave_it_unresolved_without_a_publisher():
    text = ("President Emmanuel Macron spoke with President Luiz Inacio Lula da Silva. "
            "The President raised the trade agreement.")
    news = wirecoder.analyze(text, published="2024-03-04")
    assert _mention(news, "The President").country_code is None
    own = wirecoder.analyze(text, published="2024-03-04", url="https://www.elysee.fr/x")
    assert _mention(own, "The President").country_code == "FRA"


def test_a_vice_president_does_not_hold_the_bare_title_president():
    text = "Vice President Kamala Harris met Kenyan officials. The President then left Nairobi."
    a = wirecoder.analyze(text, published="2023-03-04")
    assert _mention(a, "The President").entity_name != "Kamala Harris"


def test_the_secretary_of_a_defense_release_is_the_defense_secretary():
    text = "The Secretary thanked Polish officials for hosting the exercise."
    a = wirecoder.analyze(text, published="2023-06-01", url="https://www.defense.gov/News/1")
    secretary = _mention(a, "The Secretary")
    assert (secretary.entity_name, secretary.country_code) == ("Lloyd Austin", "USA")


def test_a_bare_title_the_publisher_does_not_have_stays_unresolved():
    text = "The Prime Minister thanked the volunteers."
    a = wirecoder.analyze(text, published="2023-06-01", source="The White House")
    assert _mention(a, "The Prime Minister").country_code is None


@pytest.mark.parametrize(("host", "country"), [
    ("https://obamawhitehouse.archives.gov/the-press-office/x", "USA"),
    ("https://www.state.gov/x", "USA"),
    ("https://www.gov.uk/government/news/x", "GBR"),
    ("http://en.kremlin.ru/events/x", "RUS"),
    ("https://www.voanews.com/a/x", None),
    ("https://www.reuters.com/world/x", None),
])
def test_government_publishers_are_found_by_host(host, country):
    found = publisher_of(None, host)
    assert (found.country if found else None) == country


def test_a_publicly_funded_news_outlet_is_no_government_publisher():
    assert publisher_of("Voice of America", "https://www.voanews.com/") is None
    assert publisher_of("U.S. Department of State, Office of the Spokesperson", None).office(
        "secretary") == "secretary of state"


def test_a_name_alias_inside_a_longer_name_is_no_match():
    text = "Vice President Joe Biden spoke with Ukrainian President Petro Poroshenko today."
    a = wirecoder.analyze(text, published="2014-06-10")
    assert all(e.country_code != "COL" for e in a.entities)
    assert _mention(a, "Ukrainian President Petro Poroshenko").country_code == "UKR"


def test_the_state_named_after_a_titled_name_is_its_country():
    text = "The envoy spoke today with President Adama Barrow of Gambia."
    a = wirecoder.analyze(text, published="2019-06-10")
    assert _mention(a, "President Adama Barrow").country_code == "GMB"


def test_the_two_leaders_are_the_two_officials_not_the_spokesperson():
    text = ("Defense Secretary Jim Mattis met British Defense Secretary Michael Fallon at the "
            "Pentagon today. Spokesperson Dana White said the two leaders discussed Syria.")
    a = wirecoder.analyze(text, published="2017-07-07")
    pair = _mention(a, "the two leaders")
    assert pair.kind == "COMPOUND"
    assert set(pair.members) == {"Jim Mattis", "Michael Fallon"}


def test_the_leaders_pair_only_two_heads_of_government():
    two = ("President Barack Obama met Prime Minister Stephen Harper. The leaders discussed "
           "trade.")
    a = wirecoder.analyze(two, published="2010-06-26")
    assert _mention(a, "The leaders").kind == "COMPOUND"
    three = ("President Barack Obama met Prime Minister Stephen Harper and President Felipe "
             "Calderon. The leaders discussed trade.")
    b = wirecoder.analyze(three, published="2010-06-26")
    assert _mention(b, "The leaders").kind != "COMPOUND"


def test_they_after_two_conjoined_people_is_the_pair():
    text = ("President Barack Obama and Prime Minister Stephen Harper met on Friday. "
            "They reviewed the progress of the summit.")
    a = wirecoder.analyze(text, published="2010-06-26")
    they = _mention(a, "They")
    assert set(they.members) == {"Barack Obama", "Stephen Harper"}


def test_an_official_takes_no_country_from_the_state_he_acts_on():
    text = "Secretary Quentin Marlowe welcomed the Czech Republic's efforts to raise spending."
    a = wirecoder.analyze(text, published="2017-07-07")
    assert _mention(a, "Secretary Quentin Marlowe").country_code is None


def test_he_prefers_the_subject_and_she_skips_a_man():
    text = ("Defense Secretary Jim Mattis met British Defense Secretary Michael Fallon. In a "
            "statement, Pentagon spokesperson Dana White said Mattis thanked Fallon. He also "
            "welcomed the report, she added.")
    a = wirecoder.analyze(text, published="2017-07-07")
    assert _mention(a, "He").entity_name == "Jim Mattis"
    assert _mention(a, "she").entity_name == "Dana White"


def test_a_known_place_the_model_took_for_a_person_is_a_place():
    a = wirecoder.analyze("Russia continued shelling Kharkiv.", published="2023-06-01")
    kharkiv = _mention(a, "Kharkiv")
    assert (kharkiv.country_code, kharkiv.is_place) == ("UKR", True)
