"""Round 6 of the comparer (issue 11): a denial that names whose allegation it rejects.

Hand-built analyses of sentences written for these tests (fictional countries and people).
"""

from __future__ import annotations

from functools import partial

from compare_helpers import entity as _ent
from compare_helpers import point_with as _point_with
from compare_helpers import quote
from wirecoder.compare import compare_within
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.models import Analysis

_quote = partial(quote, kind="indirect")


def test_a_rejected_allegation_whose_author_and_content_are_named_states_both_sides():
    text = ("Karvia has rejected accusations from Dorvian minister Alem Teku that it arms "
            "the border militias. "
            "The harvest in the south was the largest in a decade, the farm office said.")
    karvia = _ent(text, "Karvia", "Karvia", "KRV", kind="GPE")
    teku = _ent(text, "Dorvian minister Alem Teku", "Alem Teku", "DRV", sector_code="GOV")
    point = _point_with(compare_within(Analysis(id="t", text=text, entities=(karvia, teku))),
                        "rejected accusations")
    assert set(point.sides) == {"KRV", "DRV"}
    assert point.relation == "contradiction"


def test_the_denier_is_the_subject_when_the_sentence_was_given_to_the_accuser():
    text = ("Dorvia is rejecting allegations by Karvian officials who say Dorvian radio "
            "stations back the opposition.")
    dorvia = _ent(text, "Dorvia", "Dorvia", "DRV", kind="GPE")
    officials = _ent(text, "Karvian officials", "Karvia officials", "KRV", kind="NOMINAL",
                     sector_code="GOV")
    analysis = Analysis(id="t", text=text, entities=(dorvia, officials), quotes=(
        _quote(text, "Dorvian radio stations back the opposition", officials),))
    point = _point_with(compare_within(analysis), "rejecting allegations")
    assert set(point.sides) == {"KRV", "DRV"}
    assert point.relation == "contradiction"


def test_calling_an_allegation_a_fantasy_is_a_denial_and_a_bare_back_reference_is_not_split():
    lexicon = load_lexicon()
    assert lexicon.denial.search('called the claim a "complete fantasy"')
    assert not lexicon.denial.search("since the start of the dispute with Karvia")
    text = ("Karvia's envoy Ilse Varga said Dorvia shelled the dam. "
            "Dorvia's minister Alem Teku dismissed the Karvian allegations on Monday.")
    varga = _ent(text, "Karvia's envoy Ilse Varga", "Ilse Varga", "KRV", sector_code="GOV")
    teku = _ent(text, "Dorvia's minister Alem Teku", "Alem Teku", "DRV", sector_code="GOV")
    comparison = compare_within(Analysis(id="t", text=text, entities=(varga, teku), quotes=(
        _quote(text, "Dorvia shelled the dam", varga),)))
    point = _point_with(comparison, "dismissed the Karvian allegations")
    # The denial answers the envoy's sentence; it does not state the allegation itself.
    assert set(point.sides) == {"KRV", "DRV"}
    assert point.relation == "contradiction"
    assert len(point.evidence["KRV"]) == 1 and "shelled" in text[slice(*point.evidence["KRV"][0])]


def test_pushing_back_against_an_assessment_that_states_its_content_states_both_sides():
    text = ("Karvian leaders pushed back Sunday against a new Dorvian assessment that they "
            "face a split in the cabinet.")
    leaders = _ent(text, "Karvian leaders", "Karvia leaders", "KRV", kind="NOMINAL",
                   sector_code="GOV")
    dorvian = _ent(text, "Dorvian", "Dorvia", "DRV", kind="NORP")
    point = _point_with(compare_within(Analysis(id="t", text=text, entities=(leaders, dorvian))),
                        "pushed back")
    assert set(point.sides) == {"KRV", "DRV"}
    assert point.relation == "contradiction"


def test_a_denial_naming_a_groups_statement_answers_the_statement_reported_after_it():
    text = ("Dorvia's information minister Alem Teku described the Northern Shield Front "
            "statement as falsehoods. "
            "The weather in the capital was mild on Saturday. "
            "The brief statement said its fighters overran a garrison near Kessa.")
    teku = _ent(text, "Dorvia's information minister Alem Teku", "Alem Teku", "DRV",
                sector_code="GOV")
    front = _ent(text, "Northern Shield Front", "Northern Shield Front", None, kind="ORG",
                 sector_code="REB")
    statement = _ent(text, "The brief statement", "statement", None, kind="NOMINAL")
    analysis = Analysis(id="t", text=text, entities=(teku, front, statement), quotes=(
        _quote(text, "its fighters overran a garrison near Kessa", statement),))
    point = _point_with(compare_within(analysis), "falsehoods")
    assert set(point.sides) == {"DRV", "Northern Shield Front"}
    assert point.relation == "contradiction"


def test_denying_ones_own_part_in_an_act_is_a_denial():
    denial = load_lexicon().denial
    assert denial.search("neither the minister nor the government played a role in the leak")
    assert denial.search("Karvia had nothing to do with the blast")
    assert denial.search("the army was not involved")
    assert not denial.search("the army was involved in the rescue")


def test_withholding_judgment_facing_a_denial_is_framing_not_contradiction():
    text = ("Karvia denied any part in the cyber attack on the Harbor Pictures network. "
            "Dorvian investigators of the cyber attack on the Harbor Pictures network say it "
            "is too early to blame anyone.")
    karvia = _ent(text, "Karvia", "Karvia", "KRV", kind="GPE")
    investigators = _ent(text, "Dorvian investigators", "Dorvia investigators", "DRV",
                         kind="NOMINAL", sector_code="GOV")
    analysis = Analysis(id="t", text=text, entities=(karvia, investigators), quotes=(
        _quote(text, "it is too early to blame anyone", investigators),))
    point = _point_with(compare_within(analysis), "too early")
    assert set(point.sides) == {"KRV", "DRV"}
    assert point.relation == "different_framing"


def test_a_sentence_pointing_back_at_the_claim_continues_its_sides_matter():
    text = ("Karvia's envoy Ilse Varga called a Dorvian allegation that Karvian troops guard "
            "the rebel camps \"a fantasy.\" "
            "That claim was made by Alem Teku, a palace adviser, on radio.")
    varga = _ent(text, "Karvia's envoy Ilse Varga", "Ilse Varga", "KRV", sector_code="GOV")
    dorvian = _ent(text, "Dorvian", "Dorvia", "DRV", kind="NORP")
    teku = _ent(text, "Alem Teku", "Alem Teku", "DRV", sector_code="GOV")
    comparison = compare_within(Analysis(id="t", text=text, entities=(varga, dorvian, teku),
                                         quotes=(_quote(text, "a fantasy.", varga),)))
    point = _point_with(comparison, "That claim was made")
    assert set(point.sides) == {"KRV", "DRV"}
    assert len(point.evidence["DRV"]) == 2
    assert point.relation == "contradiction"


def test_the_european_side_refusing_a_proposal_is_a_side_and_a_framing():
    text = ("During the talks, the Karvian side proposed a minimum import price, but the "
            "European side refused.")
    karvian = _ent(text, "Karvian", "Karvia", "KRV", kind="NORP")
    point = _point_with(compare_within(Analysis(id="t", text=text, entities=(karvian,))),
                        "refused")
    assert set(point.sides) == {"KRV", "EUR"}
    assert point.relation == "different_framing"


def test_an_accusation_followed_by_a_charge_the_accused_denies_states_both_sides():
    for text, fragment in (
            ("Dorvia accuses Karvia of sheltering the rebels, a charge Karvia denies.",
             "a charge Karvia denies"),
            ("Dorvia said Karvia sheltered the rebels, which Karvia rejected.",
             "which Karvia rejected")):
        entities = tuple(_ent(text, name, name, code, kind="GPE", nth=nth) for name, code, nth
                         in (("Dorvia", "DRV", 0), ("Karvia", "KRV", 0), ("Karvia", "KRV", 1)))
        point = _point_with(compare_within(Analysis(id="t", text=text, entities=entities)),
                            fragment)
        assert set(point.sides) == {"DRV", "KRV"}
        assert point.relation == "contradiction"
