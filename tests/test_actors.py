"""Tests of the actors stage on sentences written for them, and on the seed story."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from wirecoder.actors import extract
from wirecoder.actors.kb import DATA_DIR, load_actors
from wirecoder.models import Entity, Story
from wirecoder.settings import Settings
from wirecoder.stages import StageContext


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text: str, published: str | None = "2026-02-04") -> tuple[Entity, ...]:
        date = dt.date.fromisoformat(published) if published else None
        story = Story(id="t", text=text, published=date)
        return extract(nlp(text), StageContext(story=story, settings=Settings()))

    return _run


def _find(entities, raw: str) -> Entity:
    for e in entities:
        if e.raw_text == raw:
            return e
    raise AssertionError(f"{raw!r} not in {[e.raw_text for e in entities]}")


def test_capital_as_subject_is_the_government(run):
    e = _find(run("Beijing said it would respond to the new tariffs."), "Beijing")
    assert (e.country_code, e.sector_code, e.is_place) == ("CHN", "GOV", False)


def test_capital_after_in_is_a_place(run):
    e = _find(run("The delegation held talks in Beijing on Monday."), "Beijing")
    assert (e.country_code, e.sector_code, e.is_place) == ("CHN", None, True)


def test_seat_metonyms(run):
    ents = run("The Kremlin rejected the offer, and the White House said talks would go on.")
    assert _find(ents, "The Kremlin").country_code == "RUS"
    assert _find(ents, "The Kremlin").sector_code == "GOV"
    assert _find(ents, "the White House").country_code == "USA"


@pytest.mark.parametrize(("published", "sector"),
                         [("2019-06-01", "GOV"), ("2022-06-01", "ELI"), ("2026-02-04", "GOV")])
def test_trump_sector_depends_on_the_date(run, published, sector):
    e = _find(run("Trump spoke to reporters at length.", published), "Trump")
    assert (e.entity_name, e.country_code, e.sector_code) == ("Donald Trump", "USA", sector)


def test_maduro_is_eli_after_his_ouster(run):
    assert _find(run("Maduro spoke on television.", "2025-06-01"), "Maduro").sector_code == "GOV"
    assert _find(run("Maduro spoke on television.", "2026-02-04"), "Maduro").sector_code == "ELI"


def test_title_and_nationality_belong_to_the_person(run):
    e = _find(run("French President Emmanuel Macron opened a museum in Lyon."),
              "French President Emmanuel Macron")
    assert (e.entity_name, e.country_code, e.sector_code, e.kind) == (
        "Emmanuel Macron", "FRA", "GOV", "PERSON")


def test_unknown_person_from_title(run):
    e = _find(run("Jordanian Foreign Minister Karim Haddadin met the envoy."),
              "Jordanian Foreign Minister Karim Haddadin")
    assert (e.country_code, e.sector_code, e.kind) == ("JOR", "GOV", "PERSON")


def test_analyst_appositive_gives_role_organization_and_country(run):
    ents = run("“Freight rates will ease,” said Lena Ortiz, a shipping economist at "
               "Capital Economics in London.")
    e = _find(ents, "Lena Ortiz")
    assert e.organization == "Capital Economics"
    assert e.role is not None and "economist" in e.role
    assert (e.country_code, e.sector_code) == ("GBR", "BUS")
    assert _find(ents, "Capital Economics").country_code == "GBR"


def test_nationality_with_role_noun_is_one_entity(run):
    ents = run("Iraqi officials said U.S. forces and U.S. Central Command confirmed the strike.")
    assert (_find(ents, "Iraqi officials").country_code,
            _find(ents, "Iraqi officials").sector_code) == ("IRQ", "GOV")
    assert _find(ents, "U.S. forces").sector_code == "MIL"
    central = _find(ents, "U.S. Central Command")
    assert (central.country_code, central.sector_code) == ("USA", "MIL")


def test_coordinated_nationalities_split(run):
    ents = run("U.S. and Iraqi officials described a joint operation.")
    assert {(e.country_code, e.sector_code) for e in ents} >= {("USA", "GOV"), ("IRQ", "GOV")}


def test_international_actors(run):
    ents = run("NATO, the European Union, the United Nations and the Islamic State group "
               "were all mentioned, as were UNICEF and Doctors Without Borders.")
    codes = {e.entity_name: e.country_code for e in ents}
    assert codes["NATO"] == "IGO"
    assert codes["European Union"] == "EUR"
    assert codes["United Nations"] == "UNO"
    assert codes["UNICEF"] == "UNO"
    assert codes["Islamic State"] == "IMG"
    assert codes["Doctors Without Borders"] == "NGO"


def test_role_nouns_get_sectors(run):
    ents = run("Afghan rebels attacked Afghan police while Afghan journalists and Afghan "
               "lawmakers watched.")
    sectors = {e.raw_text: e.sector_code for e in ents}
    assert sectors["Afghan rebels"] == "REB"
    assert sectors["Afghan police"] == "COP"
    assert sectors["Afghan journalists"] == "JRN"
    assert sectors["Afghan lawmakers"] == "LEG"


def test_former_official_is_eli(run):
    e = _find(run("Former Chilean President Ana Rojas criticized the plan."),
              "Former Chilean President Ana Rojas")
    assert (e.country_code, e.sector_code) == ("CHL", "ELI")


def test_taiwan_and_description_coreference(run):
    ents = run("Taiwan held drills on Monday. Officials in Beijing warned the island against "
               "more of them.")
    island = _find(ents, "the island")
    assert island.country_code == "TWN"
    assert island.coref_of is not None and ents[island.coref_of].entity_name == "Taiwan"


def test_surname_pronoun_and_compound(run):
    ents = run("Tomas Okafor, a partner at Harrow Advisory, spoke first. Okafor said he "
               "expected more talks. Trump and Xi spoke by phone, and the two leaders "
               "agreed to meet.")
    surname = _find(ents, "Okafor")
    assert surname.entity_name == "Tomas Okafor" and surname.coref_of is not None
    he = _find(ents, "he")
    assert he.kind == "PRONOUN" and he.entity_name == "Tomas Okafor"
    both = _find(ents, "the two leaders")
    assert both.kind == "COMPOUND"
    assert set(both.members) == {"Donald Trump", "Xi Jinping"}


def test_spans_sorted_and_not_overlapping(run):
    ents = run("Debt relief was on the agenda when Kenya's William Ruto hosted the Irish "
               "prime minister, while Russian officials met Iranian diplomats in Tehran.")
    for a, b in itertools.pairwise(ents):
        assert a.start <= b.start and a.end <= b.start


def test_title_coreference(run):
    ents = run("Trump spoke on Monday. The U.S. president said he was pleased.")
    e = _find(ents, "The U.S. president")
    assert (e.entity_name, e.sector_code) == ("Donald Trump", "GOV")


def test_seed_story_actors(seed_analysis, seed_text):
    ents = seed_analysis.entities
    by_name: dict[str, set[tuple]] = {}
    for e in ents:
        by_name.setdefault(e.entity_name, set()).add((e.country_code, e.sector_code))
    expected = {
        "China": "CHN", "United States": "USA", "Taiwan": "TWN", "Japan": "JPN",
        "Russia": "RUS", "Venezuela": "VEN", "Iran": "IRN", "European Union": "EUR",
        "Canada": "CAN",
    }
    # The bundled knowledge base's companies the story names resolve to the base's country
    # as businesses (read from the base, so no name of the story is written here).
    companies = {a.name: a.country for a in load_actors(DATA_DIR / "organizations.yaml").actors
                 if a.kind == "ORG" and a.sector == "BUS" and a.name in seed_text}
    assert len(companies) >= 3
    expected.update(companies)
    # France and Britain are named only in leaders' titles ("French President ...").
    assert {"FRA", "GBR"} <= {e.country_code for e in ents}
    for name, code in expected.items():
        assert name in by_name, name
        assert {c for c, _ in by_name[name]} == {code}, name
    people = {"Donald Trump": ("USA", "GOV"), "Xi Jinping": ("CHN", "GOV"),
              "Vladimir Putin": ("RUS", "GOV"), "Nicolas Maduro": ("VEN", "ELI"),
              "Emmanuel Macron": ("FRA", "GOV"), "Keir Starmer": ("GBR", "GOV")}
    for name, codes in people.items():
        assert by_name.get(name) == {codes}, name
    for company in companies:
        assert by_name[company] == {(expected[company], "BUS")}
    assert any(e.kind == "COMPOUND" for e in ents)
    assert all(a.end <= b.start for a, b in itertools.pairwise(ents))


@pytest.mark.slow
def test_voa_corpus_properties(nlp, voa_stories):
    for story in voa_stories[:40]:
        text = story["text"]
        published = dt.date.fromisoformat(story["published"][:10])
        ctx = StageContext(story=Story(id=story["id"], text=text, published=published),
                           settings=Settings())
        ents = extract(nlp(text), ctx)
        for i, e in enumerate(ents):
            assert text[e.start:e.end] == e.raw_text
            assert e.coref_of is None or e.coref_of < i
            if i:
                assert ents[i - 1].end <= e.start
