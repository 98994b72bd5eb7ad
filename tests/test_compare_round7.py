"""Round 7 of the comparer (issue 11): speakers the upstream stages leave without a side,
a denial facing a plain negation, and the course of an action.

Hand-built analyses and claims of sentences written for these tests (fictional countries,
people and organizations), so the rules are tested without the upstream stages.
"""

from __future__ import annotations

from compare_helpers import entity as _ent
from compare_helpers import given_claims
from compare_helpers import quote as _quote
from compare_helpers import sides_of as _sides
from wirecoder.compare import compare_within
from wirecoder.compare.align import align
from wirecoder.compare.claims import course
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.names import name_like, short_name, title_before
from wirecoder.models import Analysis


def _points(sentences: list[tuple[str, str]]):
    """Align the claims of ``[(side, sentence), ...]`` (one sentence per claim)."""
    return align(given_claims(sentences)[1], within=True)


def test_a_title_written_before_a_name_names_the_speakers_country():
    text = ("Speaking in Lotaria, Deputy Assistant Secretary of State for Lake Affairs "
            "Mara Quill said the sanctions stay.")
    quill = _ent(text, "Mara Quill", "Mara Quill", "LTR")  # the resolver's guess: the place
    assert title_before(text, quill.start) == (
        "Deputy Assistant Secretary of State for Lake Affairs")
    place = _ent(text, "Lotaria", "Lotaria", "LTR", kind="GPE")
    analysis = Analysis(id="t", text=text, entities=(place, quill), quotes=(
        _quote(text, "the sanctions stay", quill),))
    assert _sides(analysis) == {0: "USA"}


def test_a_title_does_not_reach_across_and_into_another_name():
    text = "Talks joined U.S. President Abel Moor and President Teo Rann of Karvia."
    rann = _ent(text, "Teo Rann", "Teo Rann", "KRV")
    assert title_before(text, rann.start) == "President"


def test_a_personal_name_recognized_as_an_organization_continues_the_officials_side():
    text = ("A Dorvian government spokesman rejected the criticism. "
            "Tovo Lanreth said foreign envoys should not lecture Dorvia. "
            "Lanreth said the embassy was welcome to leave.")
    spokesman = _ent(text, "Dorvian government", "Dorvia government", "DRV", kind="NOMINAL",
                     sector_code="GOV")
    lanreth = _ent(text, "Tovo Lanreth", "Tovo Lanreth", None, kind="ORG")
    short = _ent(text, "Lanreth", "Lanreth", None, kind="ORG", nth=1)
    assert name_like(lanreth) and not name_like(_ent(
        text, "Dorvian government", "Dorvia government", None, kind="ORG"))
    analysis = Analysis(id="t", text=text, entities=(spokesman, lanreth, short), quotes=(
        _quote(text, "A Dorvian government spokesman rejected the criticism", spokesman),
        _quote(text, "foreign envoys should not lecture Dorvia", lanreth),
        _quote(text, "the embassy was welcome to leave", short)))
    assert _sides(analysis) == {0: "DRV", 1: "DRV", 2: "DRV"}


def test_a_short_form_of_a_full_name_keeps_the_full_names_side():
    text = ("Council chief Orr Vantis of the United Nations said the fighting is spreading. "
            "Mr. Orr said he will visit Karvia next week.")
    full = _ent(text, "Council chief Orr Vantis of the United Nations", "Orr Vantis", "UNO",
                organization="United Nations", role="chief")
    bare = _ent(text, "Mr. Orr", "Orr", "KRV")  # resolved to the country it is named with
    assert short_name(bare) == "orr" and short_name(full) is None
    analysis = Analysis(id="t", text=text, entities=(full, bare), quotes=(
        _quote(text, "the fighting is spreading", full),
        _quote(text, "he will visit Karvia next week", bare)))
    assert _sides(analysis) == {0: "UNO", 1: "UNO"}


def test_a_bare_description_and_a_quote_paragraph_continue_the_speakers_side():
    text = ("A spokesperson for the Freedonian foreign ministry said the talks would resume. "
            "The spokesperson also accused Karvia of arming the rebels. "
            "“Karvia has sent rifles across the river for months.")
    spokesperson = _ent(text, "A spokesperson for the Freedonian foreign ministry",
                        "spokesperson", "FRE", kind="NOMINAL", sector_code="GOV")
    karvia = _ent(text, "Karvia", "Karvia", "KRV", kind="GPE")
    analysis = Analysis(id="t", text=text, entities=(spokesperson, karvia), quotes=(
        _quote(text, "the talks would resume", spokesperson),
        _quote(text, "Karvia has sent rifles across the river for months.", None)))
    assert _sides(analysis) == {0: "FRE", 1: "FRE", 2: "FRE"}


def test_a_quote_inside_narration_with_no_speaker_does_not_continue_a_side():
    text = ("The Freedonian ministry said the talks would resume. "
            "The rebel chief has been \"unwilling to talk,\" a report found.")
    ministry = _ent(text, "The Freedonian ministry", "Freedonia ministry", "FRE",
                    kind="NOMINAL", sector_code="GOV")
    analysis = Analysis(id="t", text=text, entities=(ministry,), quotes=(
        _quote(text, "the talks would resume", ministry),
        _quote(text, "unwilling to talk,", None)))
    assert _sides(analysis) == {0: "FRE"}


def test_rejecting_a_statement_whose_author_and_content_are_named_states_both_sides():
    text = ("Karvia's government has rejected a statement from Lotarian envoy Ina Sel "
            "asserting that raids in the north are rising.")
    karvia = _ent(text, "Karvia's government", "Karvia government", "KRV", kind="NOMINAL",
                  sector_code="GOV")
    sel = _ent(text, "Lotarian envoy Ina Sel", "Ina Sel", "LTR", sector_code="GOV")
    comparison = compare_within(Analysis(id="t", text=text, entities=(karvia, sel)))
    point = comparison.points[0]
    assert set(point.sides) == {"KRV", "LTR"}
    assert point.relation == "contradiction"


def test_an_explicit_denial_is_not_cancelled_by_a_plain_negation_of_the_other_side():
    points = _points([
        ("KRV", "Karvia rejected a Lotarian report on river raids, calling it partisan."),
        ("LTR", "Lotarian officials said their report on river raids is accurate, though "
                "they do not know who leaked it to Karvia."),
    ])
    assert len(points) == 1
    assert points[0].relation == "contradiction"
    assert points[0].why.startswith("opposite polarity")


def test_vowing_to_go_on_with_what_the_other_side_wants_stopped_is_framing():
    lexicon = load_lexicon()
    assert course("The movement will persist in its raids on the dams.", lexicon) == 1
    assert course("We will not stop until the siege ends.", lexicon) == 1
    assert course("Lotaria urged the movement to stop its raids.", lexicon) == -1
    assert course("The raids on the dams took place on Monday.", lexicon) == 0
    points = _points([
        ("MOV", "Movement leaders declared that the group will persist in its raids on "
                "the dams."),
        ("LTR", "Lotaria listed the movement as a terrorist group, giving it the chance to "
                "scale down its raids."),
    ])
    assert len(points) == 1
    assert points[0].relation == "different_framing"
    assert points[0].why.startswith("opposite stance on the course of action")


def test_a_subject_with_two_asides_before_called_states_its_sides_view():
    text = ("Head of the ruling Lantern Party, Ilse Varn, speaking at a news conference, "
            "called the report a compilation of rumors. "
            "The weather in the capital was mild.")
    varn = _ent(text, "Ilse Varn", "Ilse Varn", "KRV", sector_code="GOV")
    assert _sides(Analysis(id="t", text=text, entities=(varn,))) == {0: "KRV"}


def test_a_speaker_rejecting_his_own_sides_allegation_is_moved_to_the_other_country():
    # real country names (the rule reads them from the actor knowledge base), invented people
    text = ("Chad's foreign ministry called the claims baseless. "
            "\"We categorically reject baseless allegations by Sudanese army spokesperson "
            "linking the bombing with Chad,\" said ministry spokesman Ado Venn. "
            "Venn said the border is closed.")
    ministry = _ent(text, "Chad's foreign ministry", "Chad foreign ministry", "TCD",
                    kind="ORG", sector_code="GOV")
    venn = _ent(text, "ministry spokesman Ado Venn", "Ado Venn", "SDN", sector_code="GOV",
                role="ministry spokesman")  # the resolver's error: the accuser's country
    short = _ent(text, "Venn", "Venn", None, kind="ORG", nth=1)
    sudanese = _ent(text, "Sudanese", "Sudan", "SDN", kind="NORP")
    analysis = Analysis(id="t", text=text, entities=(ministry, sudanese, venn, short), quotes=(
        _quote(text, "We categorically reject baseless allegations by Sudanese army "
                     "spokesperson linking the bombing with Chad,", venn),
        _quote(text, "the border is closed", short)))
    sides = _sides(analysis)
    assert sides[1] == "TCD" and sides[2] == "TCD"
