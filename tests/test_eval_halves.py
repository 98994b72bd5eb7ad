"""READ / CHECK halves keep each document on its side when another is removed (round 22)."""

from __future__ import annotations

from wirecoder.evaluation.halves import half, places


def _rows(ids: list[str]) -> list[dict[str, object]]:
    return [{"id": i} for i in ids]


def test_a_removed_document_moves_no_other_across_the_line() -> None:
    ids = [f"sealed9-{n:02d}" for n in range(1, 9)]
    before = [r["id"] for r in half(_rows(ids), "odd")]
    after = [r["id"] for r in half(_rows([i for i in ids if i != "sealed9-03"]), "odd")]
    assert before == ["sealed9-02", "sealed9-04", "sealed9-06", "sealed9-08"]
    assert after == before


def test_the_running_number_may_follow_the_set_number_and_precede_words() -> None:
    ids = ["test4-01-harbour-talks", "test4-02-dam-row", "test4-04-border-vote"]
    assert places(ids) == [0, 1, 3]


def test_ids_whose_numbers_are_years_fall_back_to_file_order() -> None:
    ids = ["t9-kenya-poll-2007", "t9-peru-mine-2003", "t9-laos-dam-2011"]
    assert places(ids) == [0, 1, 2]
    assert [r["id"] for r in half(_rows(ids), "even")] == ["t9-kenya-poll-2007", "t9-laos-dam-2011"]
