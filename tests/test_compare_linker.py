"""Round 8 of the comparer (issue 11): the learned linker of two sides' matters and the
plural subject that stands for two sides ("the two sides agreed").

Hand-built analyses and claims of sentences written for these tests (fictional countries,
people and places), so the mechanisms are tested without the upstream stages; the shipped
weights are read as they are installed.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from compare_helpers import entity
from compare_helpers import given_claims as _claims
from wirecoder.compare.align import align, anchor_weights, best_pairs, matters_of, pair_signals
from wirecoder.compare.api import within_claims
from wirecoder.compare.link_training import DEV_SETS, Story, examples
from wirecoder.compare.linker import (
    LINK_MODEL,
    LINKED,
    RULES,
    Linker,
    default_linker,
    link_features,
)
from wirecoder.compare.sentences import sentence_spans
from wirecoder.evaluation.sealed import opened_file
from wirecoder.models import Analysis

_ent = partial(entity, kind="GPE")

AGREEMENT = [
    ("RUR", "Ruritania's foreign ministry said the two leaders agreed to reopen the Kestrel "
            "border crossing to trucks next month."),
    ("BOR", "Bordurian officials said the Kestrel border crossing will reopen to trucks next "
            "month under the agreement."),
    ("BOR", "Separately, Borduria announced a new fishing quota for the northern lakes of "
            "Vasca province."),
]


def _sentences(points, text: str) -> list[list[str]]:
    return [sorted(text[s:e][:20] for spans in p.evidence.values() for s, e in spans)
            for p in points]


def test_the_shipped_linker_is_trained_on_development_sets_only():
    linker = default_linker()
    assert linker.model is not None and LINK_MODEL.exists()
    assert LINKED in linker.model.labels
    # round 23: the threshold chosen leave-one-set-out (scripts/readouts_loso.py)
    assert linker.threshold == 0.6 and not linker.veto and linker.mutual_rules
    assert set(linker.model.meta["sets"]) == set(DEV_SETS)
    # dev7 and dev8 are the opened heldout5 and heldout6; no other heldout file is trained on
    opened = {"dev7", "dev8"}
    for split in opened:
        assert DEV_SETS[split] == opened_file("readouts", split, Path("data/gold")).name
    assert not any(name.startswith("heldout") for split, name in DEV_SETS.items()
                   if split not in opened)


def test_the_learned_linker_joins_one_matter_and_keeps_another_apart():
    text, claims = _claims(AGREEMENT)
    points = align(claims, within=True)
    kestrel = next(p for p in points if "Kestrel" in text[p.evidence["BOR"][0][0]:
                                                            p.evidence["BOR"][0][1]]
                   if "BOR" in p.evidence)
    assert set(kestrel.sides) == {"RUR", "BOR"} and kestrel.relation == "shared"
    fishing = next(p for p in points if "fishing" in text[
        next(iter(p.evidence.values()))[0][0]:next(iter(p.evidence.values()))[0][1]])
    assert fishing.relation == "only_in_one" and fishing.sides == ("BOR",)


def test_a_veto_linker_keeps_only_the_rule_links_the_model_accepts():
    text, claims = _claims(AGREEMENT)
    model = default_linker().model
    assert model is not None
    rules = _sentences(align(claims, within=True, linker=RULES), text)
    keep_all = _sentences(align(claims, within=True, linker=Linker(model, 0.0, veto=True)),
                          text)
    none = align(claims, within=True, linker=Linker(model, 1.01, veto=True))
    assert keep_all == rules
    assert all(p.relation == "only_in_one" for p in none) and len(none) == 3


def test_the_rules_mutual_best_links_stand_without_the_model():
    text, claims = _claims(AGREEMENT)
    model = default_linker().model
    assert model is not None
    # a bar no probability reaches: only the rules' links between mutual best counterparts
    union = align(claims, within=True, linker=Linker(model, 1.01, mutual_rules=True))
    alone = align(claims, within=True, linker=Linker(model, 1.01))
    linked = [p for p in union if len(p.sides) == 2]
    assert len(linked) == 1 and "Kestrel" in text[linked[0].evidence["RUR"][0][0]:
                                                   linked[0].evidence["RUR"][0][1]]
    assert all(p.relation == "only_in_one" for p in alone) and len(alone) == 3


def test_link_features_are_bounded_and_name_the_rules_decision():
    _, claims = _claims(AGREEMENT)
    weights = anchor_weights(claims)
    matters = matters_of(claims, weights)
    found = pair_signals(matters, weights, True)
    ranks = best_pairs(found, matters)
    assert found and all(0.0 <= r <= 1.0 for r in ranks.values())
    for i, j, signals, rare in found:
        features = link_features(matters[i], matters[j], signals, rare, True, ranks[(i, j)])
        assert features["rule"] == 1.0
        assert all(0.0 <= v <= 1.0 for v in features.values()), features


def test_training_pairs_are_labelled_by_the_gold_points_that_hold_them():
    text, claims = _claims(AGREEMENT)
    spans = sentence_spans(text)
    gold = {"group": "t", "mode": "within", "points": [
        {"relation": "shared", "in": ["RUR", "BOR"],
         "evidence": {"RUR": [list(spans[0])], "BOR": [list(spans[1])]}},
        {"relation": "only_in_one", "in": ["BOR"], "evidence": {"BOR": [list(spans[2])]}}]}
    story = Story("devX", gold, Analysis(id="t", text=text), claims)
    labels = [y for _, y in examples(story)]
    assert sorted(labels) == [False, True]


def test_a_plural_subject_resolved_to_two_sides_states_both_views():
    text = ("Ruritania and Borduria held talks in Vasca on Monday. "
            "In a joint statement issued on Tuesday, the two sides agreed to reopen their "
            "consulates. The two delegations also toured the harbor.")
    entities = [_ent(text, "Ruritania", "Ruritania", "RUR"),
                _ent(text, "Borduria", "Borduria", "BOR"),
                _ent(text, "the two sides", "Ruritania and Borduria", None, kind="COMPOUND",
                     members=("Ruritania", "Borduria")),
                _ent(text, "The two delegations", "Ruritania and Borduria", None,
                     kind="COMPOUND", members=("Ruritania", "Borduria"))]
    claims = within_claims(Analysis(id="t", text=text, entities=tuple(entities)))
    joint = text.index("In a joint")
    toured = text.index("The two delegations")
    assert {c.side for c in claims if c.start == joint} == {"RUR", "BOR"}
    assert not [c for c in claims if c.start == toured]  # "toured": no statement
