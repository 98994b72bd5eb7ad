"""Round 24 of the comparer (issue 11): "who answers whom" features of two sides' matters.

Claims of sentences written for these tests (fictional states, rivers and people); the
participants and quantities the upstream stages would give are set by hand.
"""

from __future__ import annotations

from typing import Any

import pytest

from compare_helpers import given_claims
from readouts_harness import load_harness
from wirecoder.compare import linker as linker_module
from wirecoder.compare.align import align, anchor_weights, matters_of, pair_links
from wirecoder.compare.linker import ANSWER_FEATURES, answer_features, default_linker

CLAIM = ("RUR", "Ruritania said Bordurian patrols crossed the Vesna river on Sunday night.")
DENIAL = ("BOR", "Borduria denied that any of its patrols had crossed the river.")
OTHER = ("BOR", "Borduria said its harvest of winter wheat would be sold abroad.")


def _pair(sentences: list[tuple[str, str]], claims: dict[int, dict[str, Any]] | None = None):
    """The matters of RUR and BOR; ``claims``: fields to set on claims (by index)."""
    _, found = given_claims(sentences)
    found = [c.model_copy(update=(claims or {}).get(k, {})) for k, c in enumerate(found)]
    matters = matters_of(found, anchor_weights(found))
    rur = next(m for m in matters if m.side == "RUR")
    bor = next(m for m in matters if m.side == "BOR")
    return rur, bor


def test_a_denial_right_after_the_other_sides_claim_answers_it():
    rur, bor = _pair([CLAIM, DENIAL])
    assert answer_features(rur, bor)["answers_next"] == 1.0
    assert answer_features(bor, rur)["answers_next"] == 1.0  # order of the arguments is free


def test_a_denial_before_the_claim_or_a_plain_statement_answers_nothing():
    rur, bor = _pair([DENIAL, CLAIM])  # the later matter (RUR's) holds no denial
    assert answer_features(rur, bor)["answers_next"] == 0.0
    rur, bor = _pair([CLAIM, OTHER])
    assert answer_features(rur, bor)["answers_next"] == 0.0


def test_an_answer_more_than_two_sentences_later_is_not_read_as_one():
    filler = [("KAZ", "Kazaria said the fair in Tolm would open in May."),
              ("KAZ", "Kazaria said its railway to the coast was finished."),
              ("KAZ", "Kazaria said tourists would need no visa this summer.")]
    rur, bor = _pair([CLAIM, *filler, DENIAL])
    assert answer_features(rur, bor)["answers_next"] == 0.0


def test_shared_words_count_up_to_four_whatever_the_sentences_length():
    rur, bor = _pair([CLAIM, DENIAL])  # patrol, cross, river (stemmed)
    assert answer_features(rur, bor)["shared_words"] == pytest.approx(0.75)
    rur, bor = _pair([CLAIM, OTHER])
    assert answer_features(rur, bor)["shared_words"] == 0.0


def test_two_sides_address_each_other_only_when_each_names_the_other():
    both = {0: {"participants": ("BOR",)}, 1: {"participants": ("RUR",)}}
    rur, bor = _pair([CLAIM, DENIAL], claims=both)
    assert answer_features(rur, bor)["addresses"] == 1.0
    rur, bor = _pair([CLAIM, DENIAL], claims={0: {"participants": ("BOR",)}})
    assert answer_features(rur, bor)["addresses"] == 0.0


def test_the_same_number_stated_by_both_sides():
    same = {0: {"quantities": (("patrols", 12.0),)}, 1: {"quantities": (("soldiers", 12.0),)}}
    rur, bor = _pair([CLAIM, DENIAL], claims=same)
    assert answer_features(rur, bor)["same_value"] == 1.0
    other = {0: {"quantities": (("patrols", 12.0),)}, 1: {"quantities": (("patrols", 14.0),)}}
    rur, bor = _pair([CLAIM, DENIAL], claims=other)
    assert answer_features(rur, bor)["same_value"] == 0.0


def test_the_link_features_carry_the_answer_features_unless_switched_off(monkeypatch):
    _, claims = given_claims([CLAIM, DENIAL])
    matters = matters_of(claims, anchor_weights(claims))
    (pair,) = pair_links(matters, anchor_weights(claims), True)
    assert set(pair.features(matters)) >= ANSWER_FEATURES
    monkeypatch.setattr(linker_module, "ANSWER_FEATURES", frozenset({"shared_words"}))
    found = pair.features(matters)
    assert "shared_words" in found and "answers_next" not in found


def test_the_shipped_weights_do_not_read_the_answer_features():
    # the refit that reads them was measured and not shipped (docs/compare.md, round 24)
    model = default_linker().model
    assert model is not None
    assert (model.scores(dict.fromkeys(ANSWER_FEATURES, 1.0)) == model.scores({})).all()




def test_the_harness_pools_dev23_and_reads_the_answer_features_switch(monkeypatch):
    loso = load_harness(monkeypatch)
    assert "dev23" in loso.POOL  # since round 25 dev24 is pooled too (test_compare_round25)
    args = loso._parser().parse_args(["--cache", "x", "--answer-features", "none"])
    assert args.answer_features == ["none"]


@pytest.mark.parametrize("sentence", [
    "Ruritania rejected accusations that its army armed the Vesna militias.",
    "The ministry denies allegations the envoy met rebel leaders.",
    "Borduria has dismissed claims of a secret fuel deal.",
])
def test_a_denial_of_bare_plural_claims_refers_back(sentence):
    _, (claim,) = given_claims([("RUR", sentence)])
    assert claim.answers


@pytest.mark.parametrize("sentence", [
    "Ruritania rejected calls for new talks on the Vesna dam.",
    "Borduria has dismissed two generals over the fuel deal.",
    "The ministry published claims of a secret fuel deal.",
])
def test_a_rejected_call_or_a_published_claim_does_not_refer_back(sentence):
    _, (claim,) = given_claims([("RUR", sentence)])
    assert not claim.answers


def test_a_bare_plural_denial_answers_the_other_sides_accusation_before_it():
    _, claims = given_claims([
        ("BOR", "Borduria said the militias near Tolm were paid from abroad."),
        ("RUR", "Ruritania rejected accusations that it supplied any group with weapons."),
    ])
    points = align(claims, within=True)
    together = [p for p in points if set(p.sides) >= {"BOR", "RUR"}]
    assert together and together[0].relation != "only_in_one"
