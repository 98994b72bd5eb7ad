"""Round 25 of the comparer (issue 11): weak links need ground beyond the story's topic.

Claims of sentences written for these tests (fictional states, rivers and people); the
event types the upstream stages would give are set by hand.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from compare_helpers import given_claims
from readouts_harness import load_harness
from wirecoder.compare import linker as linker_module
from wirecoder.compare.align import align, anchor_weights, matters_of
from wirecoder.compare.linker import default_linker, weak_link_ground

RUR = ("RUR", "Ruritania said the ceasefire on the Vesna river must be respected by every unit.")
BOR = ("BOR", "Borduria said the ceasefire on the Vesna river was a trick.")
# A third state's statements: they carry "Vesna" and "river", so of the words RUR's and BOR's
# sentences share only "ceasefire" is theirs alone.
KAZ = [("KAZ", "Kazaria said boats on the Vesna river carried its wheat to the coast."),
       ("KAZ", "Kazaria said a new bridge over the river at Tolm was finished."),
       ("KAZ", "Kazaria said tourists visiting the Vesna valley would need no visa.")]


def _sides(points: list[Any]) -> list[tuple[str, ...]]:
    return [p.sides for p in points]


def test_distant_statements_sharing_only_the_topic_stay_one_sided():
    _, claims = given_claims([RUR, *KAZ, BOR], whole=True)
    found = align(claims, within=True, linker=default_linker())
    assert ("RUR",) in _sides(found) and ("BOR",) in _sides(found)
    assert all(p.relation == "only_in_one" for p in found)


def test_without_the_ground_test_the_rules_link_them():
    _, claims = given_claims([RUR, *KAZ, BOR], whole=True)
    found = align(claims, within=True, linker=replace(default_linker(), mutual_gap=None))
    assert ("RUR", "BOR") in _sides(found)


def test_the_same_statements_next_to_each_other_are_one_point():
    _, claims = given_claims([RUR, BOR, *KAZ], whole=True)
    found = align(claims, within=True, linker=default_linker())
    assert ("RUR", "BOR") in _sides(found)


def _matters(sentences: list[tuple[str, str]], types: dict[int, tuple[str, ...]] | None = None
             ) -> tuple[Any, Any, Counter[str]]:
    _, claims = given_claims(sentences)
    claims = [c.model_copy(update={"event_types": (types or {}).get(k, ())})
              for k, c in enumerate(claims)]
    matters = matters_of(claims, anchor_weights(claims))
    carriers = Counter(w for m in matters for w in m.words)
    rur = next(m for m in matters if m.side == "RUR")
    bor = next(m for m in matters if m.side == "BOR")
    return rur, bor, carriers


def test_ground_by_distance():
    rur, bor, carriers = _matters([RUR, BOR, *KAZ])
    assert weak_link_ground(rur, bor, 2, carriers)
    rur, bor, carriers = _matters([RUR, *KAZ, BOR])  # four sentences apart
    assert not weak_link_ground(rur, bor, 2, carriers)
    assert weak_link_ground(rur, bor, 4, carriers)


def test_ground_by_a_shared_event_type():
    # given_claims orders the claims by side: RUR, KAZ × 3, BOR
    rur, bor, carriers = _matters([RUR, *KAZ, BOR], types={0: ("ACCUSE",), 4: ("ACCUSE",)})
    assert weak_link_ground(rur, bor, 2, carriers)
    rur, bor, carriers = _matters([RUR, *KAZ, BOR], types={0: ("ACCUSE",), 4: ("REJECT",)})
    assert not weak_link_ground(rur, bor, 2, carriers)


def test_ground_by_words_only_the_two_carry():
    far = [("RUR", "Ruritania said the flooded granary at Mirsk held seed for three villages."),
           *KAZ,
           ("BOR", "Borduria said the flooded granary at Mirsk was never theirs.")]
    rur, bor, carriers = _matters(far)  # flood, granary, mirsk: only these two
    assert weak_link_ground(rur, bor, 2, carriers)
    # the same words carried by a third matter too are the story's, not theirs
    rur, bor, carriers = _matters([*far, ("KAZ", "Kazaria said a flooded granary at Mirsk "
                                                  "was rebuilt.")])
    assert not weak_link_ground(rur, bor, 2, carriers)


def test_the_word_count_is_a_module_setting(monkeypatch):
    far = [("RUR", "Ruritania said the flooded granary at Mirsk held seed for three villages."),
           *KAZ,
           ("BOR", "Borduria said the flooded granary at Mirsk was never theirs.")]
    rur, bor, carriers = _matters(far)
    monkeypatch.setattr(linker_module, "WEAK_LINK_WORDS", 4)
    assert not weak_link_ground(rur, bor, 2, carriers)




def test_the_harness_pools_dev24_and_tries_the_ground_test(monkeypatch):
    loso = load_harness(monkeypatch)
    assert "dev24" in loso.POOL  # since round 26 dev25 is pooled and dev26 held out as new
    args = loso._parser().parse_args(["--cache", "x", "--only", "weak"])
    assert args.only == "weak"
    assert None in loso.GAPS and default_linker().mutual_gap in loso.GAPS
    assert linker_module.WEAK_LINK_WORDS in loso.WEAK_WORDS
