"""Round 8, second pass of the comparer's linker (issue 11): link features that survive
rephrasing (the shared topic anchors' weight and rank) and the "anchored" linker mode.

Claims of sentences written for these tests (fictional countries, people and places; the
topic anchors are the compare lexicon's), built without the upstream stages.
"""

from __future__ import annotations

from compare_helpers import given_claims as _claims
from wirecoder.compare.align import (
    align,
    anchor_ranks,
    anchor_weights,
    best_pairs,
    matters_of,
    pair_signals,
)
from wirecoder.compare.link_training import MODES, _choose
from wirecoder.compare.linker import Linker, default_linker, link_features

# One matter (uranium enrichment: the "nuclear" anchor) phrased far apart by the two sides,
# and one matter of each side that no one else raises.
FAR_APART = [
    ("RUR", "Ruritania's minister Odile Varga told reporters that the uranium enrichment "
            "plant at Zelbor must be closed before any talks on trade."),
    ("BOR", "Bordurian state radio called the nuclear work at Zelbor a lawful civilian "
            "programme that no outside power may inspect."),
    ("RUR", "A spokesman in Ruritania also praised the new ferry link across Lake Amsel."),
    ("BOR", "The broadcaster added that Borduria will host a chess festival in the spring."),
]


def _pairs(sentences: list[tuple[str, str]]):
    text, claims = _claims(sentences)
    weights = anchor_weights(claims)
    matters = matters_of(claims, weights)
    found = pair_signals(matters, weights, True)
    return text, matters, found


def _nuclear_pair(matters, found):
    return next((i, j, s, rare) for i, j, s, rare in found
                if "nuclear" in matters[i].anchors & matters[j].anchors)


def test_anchor_rank_names_the_pair_that_shares_the_rare_anchor():
    _, matters, found = _pairs(FAR_APART)
    ranks = anchor_ranks(found, matters)
    i, j, signals, _ = _nuclear_pair(matters, found)
    assert signals.anchor >= 1.0 and signals.unique_anchor
    assert ranks[(i, j)] == 1.0
    # every other pair shares no anchor: no rank at all, whatever its wording
    assert all(ranks[(a, b)] == 0.0 for a, b, s, _ in found if (a, b) != (i, j))


def test_anchor_features_do_not_move_when_one_side_is_reworded():
    reworded = list(FAR_APART)
    reworded[1] = ("BOR", "Officials in Borduria insisted that their enrichment effort "
                          "serves only power stations and hospitals.")
    values = []
    for sentences in (FAR_APART, reworded):
        _, matters, found = _pairs(sentences)
        ranks, by_anchor = best_pairs(found, matters), anchor_ranks(found, matters)
        i, j, signals, rare = _nuclear_pair(matters, found)
        features = link_features(matters[i], matters[j], signals, rare, False, ranks[(i, j)],
                                 by_anchor[(i, j)])
        assert all(0.0 <= v <= 1.0 for v in features.values()), features
        values.append(features)
    assert values[0]["overlap"] != values[1]["overlap"]
    for name in ("anchor_weight", "anchor_mutual"):
        assert values[0][name] == values[1][name] > 0.0


def test_the_anchored_mode_keeps_a_rule_link_on_an_anchor_only_the_pair_carries():
    text, claims = _claims(FAR_APART)
    model = default_linker().model
    assert model is not None
    # a bar no probability reaches: the model links nothing on its own
    alone = align(claims, within=True, linker=Linker(model, 1.01))
    anchored = align(claims, within=True, linker=Linker(model, 1.01, anchored=True))
    assert all(len(p.sides) == 1 for p in alone)
    linked = [p for p in anchored if len(p.sides) == 2]
    assert len(linked) == 1
    quoted = [text[s:e] for spans in linked[0].evidence.values() for s, e in spans]
    assert all("Zelbor" in q for q in quoted)
    assert sum(len(p.sides) == 1 for p in anchored) == 2  # the ferry and the chess festival


def test_every_training_mode_builds_its_linker():
    assert {"learned", "union", "anchored"} <= set(MODES)
    shipped = default_linker()
    assert shipped.model is not None
    assert {"anchor_weight", "anchor_mutual"} <= set(shipped.model._index)
    # the modes differ only in how they use the model: the flags a mode sets
    linker = Linker(shipped.model, 0.5, mutual_rules=True, anchored=True)
    assert linker.anchored and linker.mutual_rules and not linker.veto
    assert callable(_choose)
