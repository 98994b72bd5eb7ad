"""Round 18 review fixes (fixro18) of the readout comparer's sides and diagnosis.

- ``office_appositions`` gives a person the side of an office only when the role noun heads
  the phrase set beside him, not when the office is someone else's named near him.
- ``side_attribution`` and ``diagnose.side_errors`` break vote ties by the sorted side name,
  so their figures do not move with the hash seed.
- ``Speakers.unnamed_opposition`` leaves an opposition speaker whose clause names another
  state without a side.
- ``align.pair_links`` is the one place the link probabilities of a story's pairs are
  computed.

Sentences written for these tests (invented states Ruritania and Freedonia, invented people).
"""

from __future__ import annotations

import pytest

from compare_helpers import entity as _ent
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.offices import heads_phrase, office_appositions
from wirecoder.compare.sides import Speakers
from wirecoder.models import Entity

NOT_HIS = [
    "After meeting Ruritania's prime minister, Oskar Vellenko said the border stays open.",
    "Asked about Ruritania's foreign minister, Oskar Vellenko said the border stays open.",
    "Like Ruritania's prime minister, Oskar Vellenko said the border stays open.",
    "In a letter to Ruritania's prime minister, Oskar Vellenko said the border stays open.",
    "Meeting the Ruritanian foreign minister, Oskar Vellenko said the border stays open.",
    "Oskar Vellenko, speaking after talks with Ruritania's foreign minister, said it was "
    "open.",
    "Oskar Vellenko, standing beside Ruritania's prime minister, said the border is open.",
    "Oskar Vellenko, the son of Ruritania's prime minister, said the border stays open.",
    "Oskar Vellenko, a rival of Ruritania's prime minister, said the border stays open.",
    "Oskar Vellenko, no longer Ruritania's foreign minister, said the border stays open.",
    "Oskar Vellenko, Ruritania's ex-prime minister, said the border stays open.",
    "Oskar Vellenko, Ruritania's prime minister's brother, said the border stays open.",
    "Son of Ruritania's prime minister, Oskar Vellenko said the border stays open.",
]
HIS = [
    "Ruritania's foreign minister, Oskar Vellenko, said the border stays open.",
    "The head of Ruritania's border committee, Oskar Vellenko, said the border stays open.",
    "Oskar Vellenko, director of the Ruritanian Ministry of Trade, said the border is open.",
    "Oskar Vellenko, the Ruritanian Ministry of Defense spokesman, said the border is open.",
    "Oskar Vellenko, acting director of the Ruritanian grain board, said it stays open.",
    "The Ruritanian House of Representatives defense committee chairman, Oskar Vellenko, "
    "said the border is open.",
]


def _offices(text: str) -> dict[str, str]:
    name = "Oskar Vellenko"
    person = _ent(text, name, name, None, sector_code="SOC")
    state = next(w for w in ("Ruritania's", "Ruritanian") if w in text)
    place = _ent(text, state, "Ruritania", "RUR", kind="GPE")
    return office_appositions([place, person], text, load_lexicon(),
                              lambda e: e.country_code)


@pytest.mark.parametrize("text", NOT_HIS)
def test_an_office_named_near_a_person_that_is_not_his_gives_no_side(text: str) -> None:
    assert _offices(text) == {}


@pytest.mark.parametrize("text", HIS)
def test_an_office_the_role_noun_heads_gives_its_side(text: str) -> None:
    assert _offices(text) == {"Oskar Vellenko": "RUR"}


def test_heads_phrase_reads_the_head_not_a_role_inside_a_modifier() -> None:
    assert heads_phrase("Freedonian trade commission chief")
    assert not heads_phrase("a critic of the Freedonian trade commission chief")
    assert not heads_phrase("Freedonia's trade council")  # no role noun


def test_a_tied_vote_goes_to_the_sorted_first_gold_side() -> None:
    from collections import Counter

    from wirecoder.compare.diagnose import side_errors
    from wirecoder.evaluation.readouts import side_attribution, stands_for

    assert stands_for({"A": Counter({"RUR": 1, "FRE": 1}), "B": Counter({"RUR": 2})}) == {
        "A": "FRE", "B": "RUR"}
    # Sentence 0, two-sided, given A and B; sentence 1 (Ruritania's) given B. B stands for
    # Ruritania (2 votes to 1); A's vote ties (one each) and goes to Freedonia, so sentence 0
    # has both its sides, whatever the hash seed.
    spans = [(0, 50), (50, 100)]
    gold = {"points": [{"relation": "shared",
                        "evidence": {"RUR": [[0, 40]], "FRE": [[0, 40]]}},
                       {"relation": "only_in_one", "evidence": {"RUR": [[50, 90]]}}]}
    for _ in range(3):
        assert side_errors(gold, spans, {0: {"A", "B"}, 1: {"B"}}) == [
            (0, "right"), (1, "right")]
    # One sentence of each side, both given A: the tie makes A Freedonia's.
    gold["points"] = [{"relation": "only_in_one", "evidence": {"RUR": [[0, 40]]}},
                      {"relation": "only_in_one", "evidence": {"FRE": [[50, 90]]}}]
    assert side_errors(gold, spans, {0: {"A"}, 1: {"A"}}) == [
        (0, "wrong side"), (1, "right")]
    assert side_attribution(gold, spans, {0: ("A", "", None), 1: ("A", "", None)}) == (1, 2)


def _opposition_side(text: str, extra: list[Entity]) -> str | None:
    opposition = _ent(text, "Ruritania's opposition", "Ruritania opposition", "RUR",
                      kind="NOMINAL", sector_code="OPP")
    senator = _ent(text, "an opposition senator", "opposition senator", None, kind="NOMINAL")
    speakers = Speakers([opposition, *extra], load_lexicon(), text)
    return speakers.side(senator)[0]


def test_an_opposition_speaker_whose_clause_names_another_state_gets_no_side() -> None:
    text = ("Ruritania's opposition left the assembly on Monday. In neighboring Freedonia, "
            "an opposition senator said the walkout was a mistake.")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    assert _opposition_side(text, [freedonia]) is None
    text = ("Ruritania's opposition left the assembly on Monday. Later, an opposition senator "
            "from Freedonia said the walkout was a mistake.")
    freedonia = _ent(text, "Freedonia", "Freedonia", "FRE", kind="GPE")
    assert _opposition_side(text, [freedonia]) is None


def test_an_opposition_speaker_of_its_own_state_keeps_the_opposition_side() -> None:
    text = ("Ruritania's opposition left the assembly on Monday. In Ruritania's capital, an "
            "opposition senator said the walkout would last a week.")
    assert _opposition_side(text, []) == "RUR opposition"
