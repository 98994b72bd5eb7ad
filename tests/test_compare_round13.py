"""Round 13 of the comparer (ro13): a government official never carries on an armed group's
side; the diagnosis of missed one-sided points; the sealed-set guard for two-digit held-out
numbers.

Sentences written for these tests (a fictional rebel movement and fictional officials of a
real state). Every test fails on the code before this round: the official took the rebels'
side, the diagnosis module did not exist, and ``heldout12`` was not recognized as sealed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from compare_helpers import story_sides
from wirecoder.compare.diagnose import CAUSES, classify
from wirecoder.compare.sentences import sentence_spans
from wirecoder.evaluation.sealed import is_sealed, sealed_path

WALKOUT = ("The rebel Sierra Crest Front said on Monday that it was walking out of the peace "
           "talks in Quito. The rebels accused the Peruvian government of shooting two of "
           "their couriers. Interior minister Tomas Echeverri, who heads the government team "
           "in Quito, rejected the charge. He said the army had orders to hold its positions.")

COURIERS = ("Fighters of the rebel Sierra Crest Front said on Monday that army patrols had "
            "shot two of their couriers near the border. The rebels accused the Peruvian "
            "government of breaking the truce agreed at talks in Quito. Interior minister and "
            "chief government negotiator Tomas Echeverri rejected the charge. He said the army "
            "had orders to hold its positions.")


def _story_sides(story: str) -> dict[int, str]:
    return story_sides(story, "2026-03-02")


@pytest.mark.parametrize("story", [WALKOUT, COURIERS])
def test_a_minister_without_a_country_does_not_carry_on_the_rebels_side(story: str) -> None:
    sides = _story_sides(story)
    assert sides[0] == sides[1] != "PER"  # the armed group speaks for itself
    assert sides[2] == sides[3] == "PER"  # the government's minister, then "He"


def test_the_rebels_charge_and_the_ministers_denial_are_two_sides_of_one_point() -> None:
    import wirecoder
    from wirecoder.compare import compare_within

    comparison = compare_within(wirecoder.analyze(WALKOUT, published="2026-03-02"))
    spans = sentence_spans(WALKOUT)
    charge, denial = spans[1], spans[2]
    point = next(p for p in comparison.points
                 if any(tuple(s) == charge for v in p.evidence.values() for s in v))
    assert len(point.sides) == 2 and "PER" in point.sides
    assert any(tuple(s) == denial for s in point.evidence["PER"])
    assert point.relation == "contradiction"


def _point(relation: str, evidence: dict[str, list[list[int]]]) -> dict[str, object]:
    return {"relation": relation, "evidence": evidence}


def test_each_missed_one_sided_point_gets_its_cause() -> None:
    spans = [(0, 10), (11, 20), (21, 30), (31, 40), (41, 50), (51, 60)]
    gold = {"mode": "within", "points": [
        _point("only_in_one", {"RUR": [[0, 10]]}),  # found alone
        _point("only_in_one", {"RUR": [[11, 20]]}),  # joined to the other side's matter
        _point("only_in_one", {"FRE": [[21, 30]]}),  # swallowed by its neighbour [31, 40]
        _point("shared", {"FRE": [[31, 40]], "RUR": [[41, 50]]}),
        _point("only_in_one", {"FRE": [[51, 60]]}),  # the sentence has no side
    ]}
    system = [
        _point("only_in_one", {"RUR": [[0, 10]]}),
        _point("different_framing", {"RUR": [[11, 20]], "VER": [[45, 47]]}),
        _point("shared", {"FRE": [[21, 30], [31, 40]], "RUR": [[41, 50]]}),
    ]
    causes = classify(gold, system, spans, sided={0, 1, 2, 3, 4})
    assert causes == [(0, "right"), (1, "linked"), (2, "merged"), (4, "no side")]
    assert {cause for _, cause in causes} == set(CAUSES)


@pytest.mark.parametrize("name", ["heldout25", "heldout26", "heldout27"])
def test_two_digit_held_out_sets_are_sealed(name: str, tmp_path: Path) -> None:
    assert is_sealed(name)
    folder = tmp_path / "readouts"
    folder.mkdir()
    (folder / f"{name}.jsonl").write_text("{}\n", encoding="utf-8")
    assert sealed_path(folder / f"{name}.jsonl", tmp_path)


def test_the_diagnosis_refuses_a_sealed_set() -> None:
    from wirecoder.compare.diagnose import diagnose_split
    from wirecoder.errors import ConfigError

    with pytest.raises(ConfigError):
        diagnose_split("heldout25")
