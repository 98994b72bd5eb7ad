"""Round 18 of the comparer (ro18): why two sides' statements of one gold point stay apart.

Sentences written for these tests (invented states Ruritania and Freedonia). The diagnosis
(``compare/unlinked.py``) describes a gold two-sided point whose two sides' matters the
linker left apart: whether one side's statement lies in two matters, what the best pair of
matters shares, and the link probability of that pair. The module is new in round 18.
"""

from __future__ import annotations

from typing import Any


def _claim(n: int, side: str, text: str, **fields: Any) -> Any:
    from wirecoder.compare.models import Claim

    return Claim(id=f"story:s{n}", account="story", side=side, start=100 * n,
                 end=100 * n + len(text), text=text, **fields)


def _matter(*claims: Any) -> Any:
    from wirecoder.compare.align import Matter

    return Matter(account=claims[0].account, side=claims[0].side, claims=list(claims))


RURITANIA = [
    _matter(_claim(0, "Ruritania", "Ruritania says the canal tolls on grain barges will "
                                   "double in spring.", anchors=("trade",))),
    _matter(_claim(1, "Ruritania", "Its harbour master called the old rates a gift to "
                                   "smugglers.")),
]
FREEDONIA = [
    _matter(_claim(3, "Freedonia", "Freedonia warned that higher tolls would strangle its "
                                   "farmers' exports.", anchors=("trade",))),
    _matter(_claim(4, "Freedonia", "Elections are due in Freedonia before winter.")),
]
MATTERS = [*RURITANIA, *FREEDONIA]


def _probability(table: dict[tuple[int, int], float]) -> Any:
    def probability(i: int, j: int) -> float | None:
        if MATTERS[i].side == MATTERS[j].side:
            return None
        return table.get((min(i, j), max(i, j)), 0.0)
    return probability


def test_held_matters_finds_the_matters_of_each_gold_side() -> None:
    from wirecoder.compare.unlinked import held_matters

    evidence = {"RUR": [[0, 60], [100, 160]], "FRE": [[300, 360]]}
    assert held_matters(evidence, MATTERS) == {"RUR": [0, 1], "FRE": [2]}


def test_a_statement_over_two_matters_is_spread_and_the_best_pair_names_the_ground() -> None:
    from wirecoder.compare.unlinked import unlinked_ground

    labels = unlinked_ground({"RUR": [0, 1], "FRE": [2]}, MATTERS,
                             _probability({(0, 2): 0.35, (1, 2): 0.1}))
    assert labels == ["shape: spread", "ground: anchor", "p: .3-.5"]


def test_a_paraphrase_shares_wording_only() -> None:
    from wirecoder.compare.unlinked import unlinked_ground

    # The harbour master's sentence shares no content word with Freedonia's warning.
    labels = unlinked_ground({"RUR": [1], "FRE": [2]}, MATTERS, _probability({(1, 2): 0.12}))
    assert labels == ["shape: single", "ground: none", "p: <.2"]
    words = [_matter(_claim(0, "Ruritania", "The canal tolls will double in spring.")),
             _matter(_claim(3, "Freedonia", "Higher tolls would strangle exports."))]
    found = unlinked_ground({"RUR": [0], "FRE": [1]}, words,
                            lambda i, j: None if i == j else 0.25)
    assert found == ["shape: single", "ground: wording", "p: .2-.3"]


def test_no_pair_of_two_sides_is_said_so() -> None:
    from wirecoder.compare.unlinked import unlinked_ground

    assert unlinked_ground({"RUR": [0], "FRE": [0]}, MATTERS, _probability({})) == [
        "shape: single", "ground: no pair", "p: no pair"]
