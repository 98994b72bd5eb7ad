"""A title and a surname ("Minister Stropnicky") point back to the person the text named.

Sentences written for the test; the title alone names no country, so without the link
the later mention has none.
"""

from __future__ import annotations

import wirecoder


def test_title_and_surname_take_the_earlier_full_names_country():
    analysis = wirecoder.analyze(
        "Secretary of Defense Jim Mattis met with Slovak Minister of Defense Peter Gajdos at "
        "the Pentagon. Secretary Mattis thanked Minister Gajdos for his country's support.",
        published="2018-03-01")
    later = [e for e in analysis.entities if e.raw_text == "Minister Gajdos"]
    assert later and later[0].country_code == "SVK"
    thanks = [e for e in analysis.events if e.event_type == "SUPPORT"]
    assert thanks and {r.country_code for r in thanks[0].recipient} == {"SVK"}


def test_title_and_an_unknown_surname_stay_unresolved():
    analysis = wirecoder.analyze("Minister Halvorsen thanked the volunteers on Monday.",
                                 published="2018-03-01")
    assert all(e.country_code is None for e in analysis.entities
               if "Halvorsen" in e.raw_text)


def test_a_repeated_surname_the_model_left_untagged_is_the_named_person():
    analysis = wirecoder.analyze(
        "Secretary Jim Mattis hosted British Defence Secretary Michael Fallon in Washington on "
        "Monday. Mattis thanked Fallon for the British contribution to the coalition.",
        published="2017-03-01")
    later = [e for e in analysis.entities if e.raw_text == "Fallon"]
    assert later and later[0].country_code == "GBR"
    thanks = [e for e in analysis.events if e.event_type == "SUPPORT"]
    assert thanks and {r.country_code for r in thanks[0].recipient} == {"GBR"}


def test_a_capitalised_word_before_the_full_name_is_no_person():
    analysis = wirecoder.analyze(
        "Young voters cheered as Canadian lawmaker Ashton Young spoke in Ottawa.",
        published="2017-03-01")
    assert not [e for e in analysis.entities if e.raw_text == "Young"]
