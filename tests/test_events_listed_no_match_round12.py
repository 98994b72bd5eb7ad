"""Listed, not matched, round 12 (issue 9, recall of AID, ACCUSE, ASSAULT).

The trigger word is in the lexicon but every entry's condition failed
(``scripts/listed_failures.py``): relief goods named by their kind or counted behind a
quantity head ("a total of", "pounds of"), a concern stated with a "that" clause or as
"of concern to" a party, an uprising or security operation as a light verb's object.
Sentences are written for these tests with fictional states; each positive case fails
before the round, each negative one guards a sense boundary (economics, sport, metaphor).
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str, set, set]]:
    return [(e.event_type, e.event_text, {a.country_code for a in e.actor},
             {r.country_code for r in e.recipient})
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


# ---------------------------------------------------------------- relief goods (AID)
@pytest.mark.parametrize("text", [
    "After the cyclone, Ruritania rushed tents, blankets and hygiene kits to Freedonia.",
    "Ruritanian army helicopters airdropped ready-to-eat meals to stranded villages in "
    "Freedonia last week.",
    "Ruritania sent three portable water purification units to Freedonia on Monday.",
    "Since the floods began, Ruritania has shipped a total of 90,000 food rations to Freedonia.",
])
def test_relief_goods_named_by_their_kind_are_aid(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "AID" and actor == {"RUR"} for kind, _, actor, _ in found), (text, found)


@pytest.mark.parametrize("text", [
    "Ruritania shipped a total of 90,000 tonnes of coal to Freedonia under the trade deal.",
    "The Ruritanian striker rushed the ball past the Freedonian keeper.",
])
def test_goods_and_sport_are_no_relief(nlp, text):
    found = _events(nlp, text)
    assert not any(kind == "AID" for kind, *_ in found), (text, found)


# ---------------------------------------------------------------- stated concern (ACCUSE)
@pytest.mark.parametrize("text", [
    "Freedonia notes with serious concern that Ruritanian police detained dozens of reporters.",
    "The Freedonian foreign ministry voiced alarm that Ruritanian artillery had hit two border "
    "towns overnight.",
])
def test_concern_with_a_that_clause_is_disapproval(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "ACCUSE" and actor == {"FRE"} for kind, _, actor, _ in found), (
        text, found)


def test_of_concern_to_a_party_is_that_partys_disapproval(nlp):
    found = _events(nlp, "Ruritania's repeated closing of the river crossings is of serious "
                         "concern to Freedonia, its foreign minister said.")
    assert any(kind == "ACCUSE" and actor == {"FRE"} for kind, _, actor, _ in found), found


def test_areas_of_concern_with_no_party_state_nothing(nlp):
    found = _events(nlp, "Ruritania and Freedonia listed energy and water among the areas of "
                         "concern for the coming decade.")
    assert not any(kind == "ACCUSE" for kind, *_ in found), found


# ---------------------------------------------------------------- armed uprising (ASSAULT)
@pytest.mark.parametrize("text", [
    "In 1998 separatists in northern Ruritania launched an armed rebellion against the "
    "government in the capital.",
    "Backed by armoured cars, Freedonian police carried out a large security operation in the "
    "Ruritanian quarter of the port.",
])
def test_a_launched_uprising_or_operation_is_an_assault(nlp, text):
    found = _events(nlp, text)
    assert any(kind == "ASSAULT" for kind, *_ in found), (text, found)


def test_an_uprising_in_a_market_is_no_assault(nlp):
    found = _events(nlp, "Ruritanian shoppers staged a quiet rebellion against rising prices "
                         "by switching to cheaper Freedonian brands.")
    assert not any(kind == "ASSAULT" for kind, *_ in found), found

