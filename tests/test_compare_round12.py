"""Round 12 of the comparer (ro11): opposition parties and Maoist insurgents are sides of
their own, never the state they oppose.

Sentences and mentions written for these tests (fictional people and parties; countries
chosen freely). Each story test fails on the code before this round, where every sentence
below went to the country.
"""

from __future__ import annotations

import pytest

from compare_helpers import story_sides
from wirecoder.compare.opposition import opposition_mention, opposition_sides
from wirecoder.models import Entity


def _story_sides(story: str) -> dict[int, str]:
    return story_sides(story, "2026-04-14")


def _mention(raw: str, name: str, start: int, *, kind: str = "PERSON", code: str | None = "PRY",
             sector: str | None = "GOV", organization: str | None = None,
             role: str | None = None) -> Entity:
    return Entity(raw_text=raw, entity_name=name, country_code=code, kind=kind, start=start,
                  end=start + len(raw), sentence=0, sector_code=sector,
                  organization=organization, role=role)


def test_a_named_opposition_party_speaks_apart_from_the_government():
    story = ("Paraguayan Interior Minister Hugo Benitez said on Friday that the electoral code "
             "would stay as it is. Marta Ocampo, a spokeswoman for the opposition Authentic "
             "Radical Union, told reporters the code protected incumbents. Radical Union "
             "chairman Julio Aquino added that his deputies would walk out of the chamber. "
             "Benitez said the government was ready to hear proposals.")
    sides = _story_sides(story)
    assert sides[0] == sides[3] == "PRY"
    assert sides[1] == sides[2] != "PRY"  # one party, named in full or in short


def test_the_unnamed_opposition_and_a_name_in_apposition_are_not_the_state():
    story = ("A leader of the Bolivian opposition, Rosa Quispe, said the census figures had "
             "been doctored. Bolivian Economy Minister Arturo Mamani said the count had been "
             "checked twice.")
    sides = _story_sides(story)
    assert sides[1] == "BOL"
    assert sides[0] not in {None, "BOL"}


def test_maoist_insurgents_speak_for_themselves():
    story = ("Nepalese police said on Monday that nine soldiers died in an ambush in the hills. "
             "A Maoist commander, Ravi Khadka, said the fighters had acted in self-defense. "
             "The Maoists said they would keep their weapons until a new constitution is "
             "written.")
    sides = _story_sides(story)
    assert sides[0] == "NPL"
    assert sides[1] == sides[2] != "NPL"


def test_the_ruling_party_and_a_word_shared_with_the_government_stay_with_the_state():
    text = ("Officials from the opposition Green Accord met officials of the ruling Labour "
            "Bloc.")
    accord = _mention("Green Accord", "Green Accord", text.index("Green Accord"), kind="ORG",
                      sector="PTY")
    first = _mention("Officials", "officials", 0, kind="NOMINAL")
    second = _mention("officials", "officials", text.index("officials"), kind="NOMINAL")
    bloc = _mention("ruling Labour Bloc", "Labour Bloc", text.index("ruling"), kind="ORG",
                    sector="PTY")
    found = opposition_sides([first, accord, second, bloc], text)
    assert found == {"Green Accord": "Green Accord"}  # "officials" is said of both parties
    assert not opposition_mention(bloc, text)


@pytest.mark.parametrize(("raw", "sector", "expected"), [
    ("an opposition senator", "LEG", True),
    ("the opposition", "OPP", True),
    ("the ruling coalition's whip", "LEG", False),
    ("a senator", "LEG", False),
])
def test_an_opposition_mention_is_told_by_its_words(raw: str, sector: str, expected: bool):
    mention = _mention(raw, raw, 0, kind="NOMINAL", sector=sector)
    assert opposition_mention(mention) is expected


def test_a_party_named_in_short_is_the_party_named_in_full():
    text = ("The opposition Civic Renewal Party called a strike. Renewal Party secretary Ana "
            "Duarte said it would last two days.")
    full = _mention("Civic Renewal Party", "Civic Renewal Party", text.index("Civic"),
                    kind="ORG", sector="PTY")
    short = _mention("Renewal Party secretary Ana Duarte", "Ana Duarte",
                     text.index("Renewal Party secretary"), organization="Renewal Party")
    found = opposition_sides([full, short], text)
    assert found["Ana Duarte"] == "Civic Renewal Party"
