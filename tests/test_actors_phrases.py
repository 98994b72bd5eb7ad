"""Actor phrases: titles before names, post-modified nominals, organisations ending in a country."""

from __future__ import annotations

from wirecoder.actors import extract
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


def entities(nlp, text: str) -> tuple[Entity, ...]:
    """Run the actors stage on ``text`` (published 2025-03-15)."""
    story = Story(id="t", text=text, published="2025-03-15")
    return extract(nlp(text), StageContext(story=story, settings=Settings()))


def find(found: tuple[Entity, ...], raw: str) -> Entity:
    return next(e for e in found if e.raw_text == raw)


def test_country_possessive_title_and_name_make_one_person(nlp):
    text = ("Kenya's interior minister Kipchumba Murkomen told reporters the border was closed. "
            "Later, Murkomen said patrols would continue.")
    found = entities(nlp, text)
    person = find(found, "Kenya's interior minister Kipchumba Murkomen")
    assert (person.kind, person.entity_name) == ("PERSON", "Kipchumba Murkomen")
    assert (person.country_code, person.sector_code, person.role) == ("KEN", "GOV",
                                                                     "interior minister")
    assert not any(e.entity_name.startswith("Kenya interior") for e in found)
    later = find(found, "Murkomen")
    assert later.entity_name == "Kipchumba Murkomen" and later.country_code == "KEN"


def test_portfolio_word_is_part_of_the_title(nlp):
    found = entities(nlp, "Egypt's Finance Minister Hisham Mansour said the deal was good.")
    person = find(found, "Egypt's Finance Minister Hisham Mansour")
    assert person.entity_name == "Hisham Mansour"
    assert person.role == "Finance Minister" and person.organization is None
    assert (person.country_code, person.sector_code) == ("EGY", "GOV")


def test_adviser_of_a_state_is_government(nlp):
    found = entities(nlp, "Pakistan's finance adviser Rehan Qureshi said the loan was approved.")
    person = find(found, "Pakistan's finance adviser Rehan Qureshi")
    assert (person.country_code, person.sector_code, person.role) == ("PAK", "GOV",
                                                                     "finance adviser")


def test_name_the_model_cut_short_is_completed(nlp):
    found = entities(nlp, "Minister Kamal Obi met the envoy on Monday.")
    assert find(found, "Minister Kamal Obi").entity_name == "Kamal Obi"


def test_spokesman_for_an_organisation_spans_the_modifier(nlp):
    found = entities(nlp, "A spokesman for Iraq's Popular Mobilization Forces denied the report.")
    assert len(found) == 1
    nominal = found[0]
    assert nominal.raw_text == "A spokesman for Iraq's Popular Mobilization Forces"
    assert nominal.entity_name == "spokesman for Iraq's Popular Mobilization Forces"
    assert (nominal.country_code, nominal.sector_code) == ("IRQ", "MIL")
    assert nominal.organization == "Popular Mobilization Forces"


def test_place_and_firm_modifiers_give_the_country(nlp):
    found = entities(nlp, "A border official in Termez said the crossing was closed. "
                          "Analysts at Goldman Sachs expect a recovery. "
                          "A resident of Kherson described the shelling.")
    official = find(found, "A border official in Termez")
    assert (official.country_code, official.sector_code) == ("UZB", "GOV")
    analysts = find(found, "Analysts at Goldman Sachs")
    assert (analysts.country_code, analysts.sector_code) == ("USA", "BUS")
    resident = find(found, "A resident of Kherson")
    assert resident.entity_name == "resident of Kherson"
    assert (resident.country_code, resident.sector_code) == ("UKR", "CVL")


def test_familiar_with_modifier_is_inside_the_span(nlp):
    found = entities(nlp, "Diplomats familiar with the negotiations said a deal was close.")
    nominal = find(found, "Diplomats familiar with the negotiations")
    assert nominal.sector_code == "GOV"


def test_a_mere_location_stays_a_separate_place(nlp):
    found = entities(nlp, "Aid groups said children in Sudan face famine.")
    assert find(found, "children").sector_code == "CVL"
    assert find(found, "Sudan").is_place


def test_organisation_keeps_its_country_complement(nlp):
    found = entities(nlp, "The Ministry of Foreign Affairs of Ghana said it was concerned.")
    ministry = find(found, "Ministry of Foreign Affairs of Ghana")
    assert ministry.entity_name == "Ministry of Foreign Affairs of Ghana"
    assert (ministry.country_code, ministry.sector_code) == ("GHA", "GOV")


def test_international_body_code_never_names_a_nominal(nlp):
    found = entities(nlp, "The UNRWA chief, Philippe Lazzarini, briefed the council. "
                          "An IMF official said talks would resume.")
    assert all("International Governmental" not in e.entity_name for e in found)
    assert all(not e.entity_name.startswith("United Nations chief") for e in found)
    chief = find(found, "The UNRWA chief")
    assert chief.entity_name == "Philippe Lazzarini" and chief.country_code == "UNO"


def test_title_apposition_makes_the_name_a_person(nlp):
    found = entities(nlp, "Greenland's prime minister, Mute Egede, rejected the idea.")
    person = find(found, "Mute Egede")
    assert (person.kind, person.country_code, person.sector_code) == ("PERSON", "DNK", "GOV")
