"""Relation rules of the comparer (compare/align.py) on sentences written for these tests.

Claims are built from a story with no upstream records, so only the comparer's own rules
(lexicon flags, word overlap, anchors) decide: the upstream stages are not tested here.
"""

from __future__ import annotations

from compare_helpers import given_claims
from wirecoder.compare.align import align
from wirecoder.compare.claims import build_claims
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.sentences import sentence_spans
from wirecoder.models import Analysis


def _points(sentences: list[tuple[str, str]]):
    """Align the claims of ``[(side, sentence), ...]`` (one sentence per claim)."""
    return align(given_claims(sentences, whole=True)[1])


def test_two_sides_demanding_different_things_is_framing_not_contradiction():
    points = _points([
        ("RUR", "Ruritania urges Freedonia to stop the militants crossing the border."),
        ("FRE", "Freedonia rejects the claim and urges Ruritania to secure its own border "
                "against the militants."),
    ])
    assert len(points) == 1
    assert points[0].relation == "different_framing"
    assert points[0].why.startswith("counter-demands")


def test_a_denial_of_a_stated_fact_is_a_contradiction():
    points = _points([
        ("RUR", "Ruritania said the militants who attacked the border post came from "
                "Freedonia."),
        ("FRE", "Freedonia denied that the militants who attacked the border post came from "
                "its territory."),
    ])
    assert len(points) == 1
    assert points[0].relation == "contradiction"
    assert "opposite polarity" in points[0].why


def test_negating_a_prediction_is_a_different_stance_not_a_contradiction():
    points = _points([
        ("RUR", "Ruritania said the blockade of the port will bring Freedonia back to the "
                "negotiating table."),
        ("FRE", "Freedonia said the blockade of the port will not bring anyone back to the "
                "negotiating table."),
    ])
    assert len(points) == 1
    assert points[0].relation == "different_framing"
    assert "prediction" in points[0].why


def test_word_forms_of_one_word_meet():
    from wirecoder.compare.claims import content_words

    assert content_words("a peaceful purpose") == content_words("peaceful purposes")
    assert content_words("they allege") == content_words("the allegations")
    assert content_words("the purpose") != content_words("the purse")


def test_chained_links_do_not_make_one_point_of_unrelated_matters():
    points = _points([
        ("RUR", "Ruritania said tariffs on soybeans would rise."),
        ("FRE", "Freedonia said tariffs on soybeans and the Taiwan Strait were discussed."),
        ("LAT", "Latveria said the Taiwan Strait and sanctions on steel were discussed."),
        ("OST", "Ostland said sanctions on steel must end."),
    ])
    assert {"RUR", "FRE"} <= set(points[0].sides)
    assert all(len(p.sides) < 4 for p in points), [p.sides for p in points]


def test_a_point_without_anchors_is_labelled_by_a_phrase_of_its_sentences():
    points = _points([
        ("RUR", "The harbour tax on fishing boats will double."),
        ("FRE", "The harbour tax on fishing boats is unfair."),
    ])
    assert len(points) == 1
    # round 23 (rolabel23): a contiguous phrase of the text, no longer a bag of words
    assert points[0].topic == "harbour tax on fishing boats"


def test_same_matter_in_other_words_is_shared_when_nothing_marks_a_divergence():
    points = _points([
        ("RUR", "Ruritania welcomed the proposed ceasefire and the talks in Geneva."),
        ("FRE", "Freedonia said a truce would let both armies return to consultations."),
    ])
    assert len(points) == 1
    assert points[0].relation == "shared"


def _initiator_points(first: str, second: str, entities=()):
    from wirecoder.compare.initiator import resolve_initiator_conflict

    text = f"{first} {second}"
    spans = sentence_spans(text)
    analysis = Analysis(id="t", text=text, entities=tuple(entities))
    lexicon = load_lexicon()
    claims = [*build_claims(analysis, "RUR", spans, {0: ("RUR", "given", None)}, lexicon),
              *build_claims(analysis, "FRE", spans, {1: ("FRE", "given", None)}, lexicon)]
    return resolve_initiator_conflict(align(claims), claims, {
        "RUR": analysis.entities, "FRE": analysis.entities}, lexicon)


def test_accounts_naming_different_initiators_contradict():
    points = _initiator_points(
        "The two presidents spoke by phone at the request of Freedonia.",
        "The presidents held a phone call at the request of Ruritania.")
    assert len(points) == 1
    assert points[0].relation == "contradiction"
    assert points[0].why.startswith("conflicting initiator")
    assert set(points[0].sides) == {"RUR", "FRE"}


def test_two_names_of_one_initiator_do_not_contradict():
    from wirecoder.models import Entity

    first = "The two presidents spoke by phone at the request of the Freedonian side."
    second = "The presidents held a phone call at the request of Freedonia."
    text = f"{first} {second}"
    at_a, at_b = text.index("Freedonian"), text.index("Freedonia.")
    entities = [Entity(raw_text="Freedonian", entity_name="Freedonia", country_code="FRE",
                       kind="NORP", start=at_a, end=at_a + 10, sentence=0),
                Entity(raw_text="Freedonia", entity_name="Freedonia", country_code="FRE",
                       kind="GPE", start=at_b, end=at_b + 9, sentence=1)]
    points = _initiator_points(first, second, entities)
    assert all(not p.why.startswith("conflicting initiator") for p in points)
