"""Participants round 24 (issue 9 §1–2, dyad F1).

1. A non-state armed party's own "from <state>" phrase gives it that state ("insurgents from
   Afghanistan"); a "from" phrase on the verb does not ("drove the militants from X"), and
   the origin sets no scene for the sentence's other parties nor makes the act a home one.
2. "<Title> <Surname>" tagged as an organisation repeats the person the text introduced
   with that title ("Administrator Jane Holloway ... Administrator Holloway"); another
   title, or two people of that surname, do not.
3. The target of a sanction takes no scene from the sanction's imposer ("London imposed
   sanctions on two rebel commanders" is not the United Kingdom's).
4. A role "of" / "from" a resolved pair takes the pair's members.
5. Rebels taking or holding a place ("occupied X's second city") are of the place's
   country; a cross-border attack or shelling gives none (review rfpart24).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest
import spacy

from wirecoder import analyze
from wirecoder.actors.resolve import Mention
from wirecoder.actors.surnames import titled_surnames


def _events(text: str, category: str) -> list[tuple[set[str], set[str]]]:
    return [({a.country_code for a in e.actor if a.country_code},
             {r.country_code for r in e.recipient if r.country_code})
            for e in analyze(text).events if e.event_type == category]


def test_insurgents_from_a_state_take_it() -> None:
    found = _events("Officials in Quito said gunmen from Colombia ambushed a police convoy on "
                    "Tuesday.", "ASSAULT")
    assert found
    assert all(actor == {"COL"} for actor, _ in found)


def test_origin_sets_no_scene_and_makes_no_home_act() -> None:
    found = _events("Police in Cusco said guerrillas from Bolivia had slipped across the frontier "
                    "and shot dead nine border guards.", "ASSAULT")
    assert found
    assert all(actor == {"BOL"} and "BOL" not in recipient  # the guards are not Bolivian
               for actor, recipient in found)


def test_from_on_the_verb_is_no_origin() -> None:
    found = _events("Kenyan troops drove the militants from Somalia on Friday, officials in "
                    "Nairobi said.", "ASSAULT")
    assert found
    assert all("SOM" not in recipient for _, recipient in found)


@pytest.mark.parametrize("text", [
    "After the ceasefire failed, London imposed sanctions on two rebel commanders.",
    "After the ceasefire failed, the United Kingdom sanctioned two rebel commanders."])
def test_sanction_target_is_not_the_imposer_s(text: str) -> None:
    found = _events(text, "SANCTION")
    assert found
    assert all("GBR" not in recipient for _, recipient in found)


def test_sanction_target_keeps_its_own_place() -> None:
    found = _events("Fighting flared again in northern Mali, and London imposed sanctions on two "
                    "rebel commanders.", "SANCTION")
    assert ({"GBR"}, {"MLI"}) in found


def test_home_arrest_keeps_the_agent_s_country() -> None:
    found = _events("Kenyan police arrested two rebel commanders in Nairobi on Sunday.", "COERCE")
    assert ({"KEN"}, {"KEN"}) in found


@pytest.fixture(scope="module")
def _blank() -> spacy.language.Language:
    return spacy.blank("en")


def _doc_mentions(nlp: spacy.language.Language, text: str,
                  spans: list[tuple[str, str, str | None]]) -> tuple[list[Mention], object]:
    doc = nlp(text)
    words = [t.text for t in doc]
    out = []
    at = 0
    for phrase, kind, country in spans:
        parts = phrase.split()
        start = next(i for i in range(at, len(words)) if words[i:i + len(parts)] == parts)
        at = start + len(parts)
        name = " ".join(parts[1:]) if kind == "PERSON" else phrase
        out.append(Mention(start, at, kind, name, country=country,
                           resolved_by="kb" if country else "ner"))
    return out, doc


def test_titled_surname_tagged_org_is_the_person(_blank: spacy.language.Language) -> None:
    mentions, doc = _doc_mentions(
        _blank, "Administrator Jane Holloway arrived on Monday . Administrator Holloway spoke .",
        [("Administrator Jane Holloway", "PERSON", "USA"), ("Administrator Holloway", "ORG", None)])
    titled_surnames(doc, mentions)  # type: ignore[arg-type]
    assert mentions[1].kind == "PERSON"
    assert mentions[1].name == "Holloway"


def test_other_title_or_two_people_stay_organisations(_blank: spacy.language.Language) -> None:
    mentions, doc = _doc_mentions(
        _blank, "Administrator Jane Holloway arrived . Ambassador Holloway spoke .",
        [("Administrator Jane Holloway", "PERSON", "USA"), ("Ambassador Holloway", "ORG", None)])
    titled_surnames(doc, mentions)  # type: ignore[arg-type]
    assert mentions[1].kind == "ORG"
    mentions, doc = _doc_mentions(
        _blank, "Minister Jane Holloway met Minister Tom Holloway . Minister Holloway spoke .",
        [("Minister Jane Holloway", "PERSON", "USA"), ("Minister Tom Holloway", "PERSON", "GBR"),
         ("Minister Holloway", "ORG", None)])
    titled_surnames(doc, mentions)  # type: ignore[arg-type]
    assert mentions[2].kind == "ORG"


@pytest.mark.parametrize(("text", "category"), [
    ("Chile and Peru exchanged fire at sea on Monday. The defence ministers of the two nations "
     "signed a truce on Friday.", "AGREE"),
    ("Chile and Peru dispute the maritime border. Sailors from both countries exchanged gunfire "
     "last week.", "ASSAULT")])
def test_role_of_the_pair_takes_both_members(text: str, category: str) -> None:
    found = _events(text, category)
    assert any(actor == {"CHL", "PER"} for actor, _ in found)


def test_role_of_an_unresolved_group_stays_empty() -> None:
    # three states before "the two countries": the pair is not known, nothing is filled
    found = _events("Chile, Peru and Bolivia exchanged fire on Monday. The defence ministers of "
                    "the two nations signed a truce on Friday.", "AGREE")
    assert all(len(actor) != 2 for actor, _ in found)


@pytest.mark.parametrize(("text", "code"), [
    ("Rebel groups occupied Bolivia's second city for a week before Bolivian troops with "
     "Brazilian air support drove them out.", "BOL"),
    ("Rebel fighters seized Peru's port city of Ilo, and Chile closed its border with Bolivia.",
     "PER")])
def test_rebels_taking_a_state_s_city_are_of_that_state(text: str, code: str) -> None:
    found = _events(text, "COERCE")
    assert any(actor == {code} for actor, _ in found)


@pytest.mark.parametrize(("text", "code"), [
    ("Rebels shelled Israel from Lebanon on Sunday, officials in Beirut and Jerusalem said.",
     "ISR"),
    ("Militants attacked the Israeli city of Sderot with rockets, the army said after Egypt "
     "brokered a truce.", "ISR"),
    ("Separatists shelled Russia's Belgorod region, Moscow said, blaming Ukraine.", "RUS"),
    ("Militants, many of them from Libya, attacked a gas plant in Algeria.", "DZA")])
def test_a_cross_border_attack_gives_no_country(text: str, code: str) -> None:
    # review rfpart24: what a party attacks or shells may lie across a border
    found = _events(text, "ASSAULT")
    assert found
    assert all(code not in actor for actor, _ in found)


def test_foreign_fighters_are_not_of_the_place() -> None:
    found = _events("Foreign fighters in Syria attacked Kurdish forces, Turkey said.", "ASSAULT")
    assert found
    assert all("SYR" not in actor for actor, _ in found)


def test_rebels_accusing_a_state_are_not_of_it() -> None:
    found = _events("Rebels accused Peru of arming militias in February, but Chilean officials "
                    "rejected the charge.", "ACCUSE")
    assert found
    assert all("PER" not in actor for actor, _ in found)
