"""Participants round 21 (issue 9 §1–2, dyad F1): state bodies and split titles.

Counted on round 21's READ part and every events development set (docs/events.md, "State
bodies named by their place or leader, round 21"):

1. A sentence opened by "In <state>," speaks of that state's government, authorities or
   police, whatever state bodies the story named before
   (:func:`wirecoder.actors.generic.fronted_state`); not rebels, not when the opener is
   no place the knowledge base knows, and not when the story named that state before as the
   venue or destination of talks or a visit (review fix: the body is the travelling party).
2. "the <leader> government / administration / regime": the leader's name modifies the body,
   which is the leader's country's (the compound twin of round 10's "<person>'s cabinet").
3. A title the model split from the name right after it ("Kenyan Deputy Interior Minister" |
   "Odhiambo Kiprono") gives the name its country, as a title in apposition does.
4. "Korea" alone names South Korea (knowledge-base alias), except in a story that speaks
   of North Korea (Pyongyang, KCNA, Kim Jong Un): there it gets no country (review fix);
   "North Korea" is unchanged.
5. A two- or three-letter acronym is no gazetteer place ("the MDC" was a village in
   Indonesia, "NLD" one in Mexico); capitalised place names ("GOMA" datelines) stay.

Every sentence is written for these tests; each positive case fails on main before the
round, the guards pass on both.
"""

from __future__ import annotations

import pytest

from wirecoder import analyze
from wirecoder.actors.match import place_candidates

REPORT = "The Treasury Department released its annual report on Tuesday. "


def _country(text: str, mention: str) -> str | None:
    found = [e for e in analyze(text).entities if e.raw_text == mention]
    assert found, f"no mention {mention!r}"
    return found[0].country_code


@pytest.mark.parametrize(("opener", "code"), [("In Belarus", "BLR"), ("In Minsk", "BLR")])
def test_fronted_state_gives_the_body_its_country(opener: str, code: str) -> None:
    text = REPORT + f"{opener}, the authorities detained hundreds of protesters last year."
    assert _country(text, "the authorities") == code


def test_no_fronted_state_keeps_the_antecedent() -> None:
    text = REPORT + "In its report, the government criticized Belarus."
    assert _country(text, "the government") == "USA"


def test_fronted_person_is_no_state() -> None:
    text = REPORT + "In Mr. Varga's view, the government failed Belarus."
    assert _country(text, "the government") != "BLR"


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("Afghanistan's government and the Taliban resumed peace talks in Qatar on Monday. In "
     "Doha, the government signed a prisoner exchange deal with the Taliban.",
     "the government", "AFG"),
    ("Syria's government sent a delegation to Russia. In Moscow, the government agreed to a "
     "ceasefire with the rebels.", "the government", "SYR"),
    ("Venezuela's government and the opposition met in Mexico. In Mexico City, the "
     "government agreed to free political prisoners.", "the government", "VEN")])
def test_fronted_venue_of_talks_abroad_keeps_the_travelling_party(
        text: str, mention: str, code: str) -> None:
    assert _country(text, mention) == code


def test_fronted_state_after_a_report_is_still_applied() -> None:
    text = "Iran criticized Germany on Tuesday. In Berlin, the government summoned the envoy."
    assert _country(text, "the government") == "DEU"


def test_leader_names_the_government() -> None:
    text = ("President Nicolas Maduro spoke in Caracas. Brazil, Colombia and the United States "
            "said the Maduro government had jailed opponents.")
    assert _country(text, "government") == "VEN"


def test_leader_without_country_gives_none() -> None:
    text = ("Brazil, Colombia and the United States said the Varnakov government had jailed "
            "opponents.")
    assert _country(text, "government") is None


def test_split_title_gives_the_name_its_country() -> None:
    text = ("Kenyan Deputy Interior Minister Odhiambo Kiprono criticized the ruling on Monday, "
            "as Ugandan and Tanzanian envoys met in Arusha.")
    assert _country(text, "Odhiambo Kiprono") == "KEN"


def test_split_title_before_a_known_name_is_no_split() -> None:
    # the model splits the title from the name right after it, so the adjacency test is
    # reached; the name is a knowledge-base person of another country and keeps it
    text = ("Kenyan Deputy Interior Minister Vladimir Putin criticized the ruling on Monday, "
            "as Ugandan and Tanzanian envoys met in Arusha.")
    assert _country(text, "Vladimir Putin") == "RUS"


def test_korea_alone_is_south_korea() -> None:
    text = "Secretary Larkin met Korea Defense Minister Park Ji-hoon in Singapore on Friday."
    assert _country(text, "Korea Defense Minister Park Ji-hoon") == "KOR"


def test_north_korea_stays_north_korea() -> None:
    text = "North Korea fired a missile toward the sea on Friday."
    assert _country(text, "North Korea") == "PRK"


@pytest.mark.parametrize("text", [
    "Tensions rose after Pyongyang fired a missile. Korea's nuclear test drew condemnation "
    "from Japan.",
    "KCNA said on Sunday that the drills were a rehearsal. The United States condemned "
    "Korea's missile launch.",
    "Kim Jong Un inspected the launch site on Sunday. The United States condemned Korea's "
    "missile launch."])
def test_korea_in_a_north_korea_story_is_not_south_korea(text: str) -> None:
    assert _country(text, "Korea") != "KOR"


def test_korea_title_in_a_north_korea_story_is_unresolved() -> None:
    text = ("Secretary Larkin met Korea Defense Minister Park Ji-hoon in Singapore on Friday. "
            "They discussed the North Korean threat.")
    assert _country(text, "Korea Defense Minister Park Ji-hoon") is None


@pytest.mark.parametrize("acronym", ["MDC", "NLD", "the SPD"])
def test_short_acronym_is_no_gazetteer_place(acronym: str) -> None:
    assert place_candidates(acronym) == ()


@pytest.mark.parametrize(("name", "code"), [("GOMA", "COD"), ("Lima", "PER")])
def test_places_in_capitals_stay(name: str, code: str) -> None:
    assert place_candidates(name) == (code,)


def test_party_acronym_gets_no_village_country() -> None:
    text = "Police in Harare arrested dozens of MDC supporters, and the MDC condemned the raid."
    assert _country(text, "MDC") != "IDN"
