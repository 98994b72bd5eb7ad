"""Sides of unnamed and group speakers (issue 11, readouts round 8): rebels, mediators.

Hand-built analyses of sentences written for these tests (fictional countries, people and
organizations), so the attribution rules are tested without the upstream stages.
"""

from __future__ import annotations

from functools import partial

from compare_helpers import analysis_of, entity, quote, sides_of
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.sides import UNNAMED_REBELS, entity_side
from wirecoder.models import Entity, Quote

_ent = partial(entity, kind="NOMINAL")
_quote = partial(quote, kind="indirect")


def _sides(text: str, entities: list[Entity], quotes: list[Quote] = ()) -> dict[int, str]:
    return sides_of(analysis_of(text, entities, quotes))


def test_unnamed_rebels_resolved_to_their_country_speak_for_the_rebels():
    text = ("Dorvia's interior ministry said the road to Kessa was open. "
            "Dorvian rebels said the road was mined and closed.")
    ministry = _ent(text, "Dorvia's interior ministry", "Dorvia interior ministry", "DRV",
                    sector_code="GOV")
    rebels = _ent(text, "Dorvian rebels", "Dorvia rebels", "DRV", sector_code="SOC",
                  role="rebels")
    sides = _sides(text, [ministry, rebels], [
        _quote(text, "the road to Kessa was open", ministry),
        _quote(text, "the road was mined and closed", rebels)])
    assert sides[0] == "DRV"
    assert sides[1] == UNNAMED_REBELS  # a side of their own, never the state they fight


def test_the_rebels_of_a_story_naming_one_armed_group_are_that_group():
    text = ("The Kessa Liberation Army said it held the dam. "
            "The insurgents added that talks could resume in Varna.")
    army = _ent(text, "The Kessa Liberation Army", "Kessa Liberation Army", "DRV",
                kind="ORG", sector_code="MIL", organization="Kessa Liberation Army")
    insurgents = _ent(text, "The insurgents", "insurgents", "DRV", sector_code="REB",
                      role="insurgents")
    sides = _sides(text, [army, insurgents], [
        _quote(text, "it held the dam", army),
        _quote(text, "talks could resume in Varna", insurgents)])
    assert sides == {0: "Kessa Liberation Army", 1: "Kessa Liberation Army"}


def test_a_spokesman_for_a_liberation_army_is_not_the_government():
    text = "The spokesman for the Orun Liberation Army said the truce was over."
    spokesman = _ent(text, "The spokesman for the Orun Liberation Army",
                     "spokesman for the Orun Liberation Army", "ORN", sector_code="MIL",
                     organization="Orun Liberation Army", role="spokesman")
    assert entity_side(spokesman, load_lexicon()) == "Orun Liberation Army"
    assert _sides(text, [spokesman], [
        _quote(text, "the truce was over", spokesman)]) == {0: "Orun Liberation Army"}


def test_a_state_army_is_still_its_state():
    text = "The Orun army said the truce held."
    army = _ent(text, "The Orun army", "Orun army", "ORN", sector_code="MIL")
    assert entity_side(army, load_lexicon()) == "ORN"


def test_mediators_of_an_organization_speak_for_the_organization():
    text = ("Dorvia's foreign minister said the talks had failed. "
            "League of Coastal States mediators have expressed hope for a deal by March.")
    minister = _ent(text, "Dorvia's foreign minister", "Dorvia foreign minister", "DRV",
                    sector_code="GOV")
    league = _ent(text, "League of Coastal States", "League of Coastal States", "LCS",
                  kind="ORG", sector_code="GOV")
    sides = _sides(text, [minister, league], [
        _quote(text, "the talks had failed", minister)])
    assert sides == {0: "DRV", 1: "LCS"}


def test_rebels_the_entity_stage_missed_speak_for_the_rebels():
    text = ("Dorvia's interior ministry said the convoy would leave on Monday. "
            "Talks resumed in Varna, but rebel negotiators asked for a new venue. "
            "Aid workers in Varna waited for the talks with the rebels to end.")
    ministry = _ent(text, "Dorvia's interior ministry", "Dorvia interior ministry", "DRV",
                    sector_code="GOV")
    sides = _sides(text, [ministry], [
        _quote(text, "the convoy would leave on Monday", ministry)])
    assert sides == {0: "DRV", 1: UNNAMED_REBELS}  # "talks with the rebels" is no subject


def test_a_subject_inside_an_opening_clause_is_not_the_speaker():
    text = ("The League of Coastal States convened the talks. "
            "After the insurgents announced they were leaving, Tomas Brel expressed regret.")
    league = _ent(text, "The League of Coastal States", "League of Coastal States", "LCS",
                  kind="ORG", sector_code="GOV")
    brel = _ent(text, "Tomas Brel", "Tomas Brel", "LCS", kind="PERSON", sector_code="GOV",
                organization="League of Coastal States")
    insurgents = _ent(text, "the insurgents", "insurgents", "DRV", sector_code="REB",
                      role="insurgents")
    sides = _sides(text, [league, insurgents, brel])
    assert sides.get(1) == "LCS"


def test_a_name_in_apposition_to_a_rebel_spokesman_speaks_for_the_rebels():
    text = ("The spokesman for the Orun Liberation Army, Hadi Serro, says the truce is over. "
            "Mr. Serro added that the talks in Varna had failed.")
    spokesman = _ent(text, "The spokesman for the Orun Liberation Army",
                     "spokesman for the Orun Liberation Army", "ORN", sector_code="MIL",
                     organization="Orun Liberation Army", role="spokesman")
    serro = _ent(text, "Hadi Serro", "Hadi Serro", "ORN", kind="PERSON")
    mister = _ent(text, "Mr. Serro", "Mr. Serro", "ORN", kind="PERSON")
    sides = _sides(text, [spokesman, serro, mister], [
        _quote(text, "the truce is over", serro),
        _quote(text, "the talks in Varna had failed", mister)])
    assert sides == {0: "Orun Liberation Army", 1: "Orun Liberation Army"}


def test_side_attribution_counts_sentences_given_the_gold_side():
    from wirecoder.evaluation.readouts import side_attribution

    spans = [(0, 10), (11, 20), (21, 30), (31, 40)]
    gold = {"points": [{"evidence": {"KRV": [[0, 10], [11, 20]], "DRV": [[21, 30]]}},
                       {"evidence": {"DRV": [[31, 40]]}}]}
    # system side "REB" stands for DRV (two of its sentences), "KRV" for KRV; the second
    # sentence has no side, the first has the side that stands for KRV.
    attributed = {0: ("KRV", "quote", None), 2: ("REB", "quote", None),
                  3: ("REB", "subject", None)}
    assert side_attribution(gold, spans, attributed) == (3, 4)
    attributed[0] = ("REB", "quote", None)
    assert side_attribution(gold, spans, attributed) == (2, 4)


def test_rebels_inside_another_subject_do_not_speak():
    text = ("Dorvia's interior ministry said the convoy would leave on Monday. "
            "Troops fighting the rebels said the road was safe.")
    ministry = _ent(text, "Dorvia's interior ministry", "Dorvia interior ministry", "DRV",
                    sector_code="GOV")
    sides = _sides(text, [ministry], [
        _quote(text, "the convoy would leave on Monday", ministry)])
    assert sides.get(1) != UNNAMED_REBELS
