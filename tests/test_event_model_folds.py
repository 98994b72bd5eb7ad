"""The learned type model never trains on the CHECK text of the current round (issue 9).

The READ / CHECK splits are defined in ``scripts/read_check_split.py``; the training folds
of ``events/model_data.py`` name the READ part again by file selectors. These tests tie the two
together, so that a change to either cannot silently put a CHECK document into training.
The CHECK parts of rounds 9 to 25 are spent and open development text since round 26
(``check9`` and ``check14`` are rounds 9's and 14's; the others are inside ``dev15-18``,
``dev20-22``, ``blind20-33`` and ``blind36-41``; round 18's, the other halves of ``test17``
(``dev23``), blind42 and blind43, round 19's, the other halves of ``test18`` (``dev24``),
blind44 and blind45, round 20's, the other halves of ``test19`` (``dev25``), blind46 and
blind47, round 21's, the other halves of ``test20`` (``dev26``), blind48 and blind49,
round 22's, the other halves of ``test21`` (``dev27``), blind50 and blind51, round 23's,
the other halves of ``test22`` (``dev28``), blind52 and blind53, round 24's, the other
halves of ``test23`` (``dev29``) and of blind54, and round 25's, the other halves of
``test24`` (``dev30``) and of blind55, are in no fold yet); round 18's READ part is the
``read18`` fold. Round 26's CHECK part is the other halves of ``test25`` (``dev31``) and of
blind56.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from wirecoder.events.model_data import FOLDS, load_folds

ROOT = Path(__file__).resolve().parents[1]
Parts = dict[str, list[dict[str, object]]]


def _split_parts() -> Parts:
    spec = importlib.util.spec_from_file_location("read_check_split",
                                                  ROOT / "scripts" / "read_check_split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return {**module.parts(9), **module.parts(10), **module.parts(11),
            **module.parts(12), **module.parts(13), **module.parts(14), **module.parts(15),
            **module.parts(16), **module.parts(17), **module.parts(18), **module.parts(19),
            **module.parts(20), **module.parts(21), **module.parts(22),
            **module.parts(23), **module.parts(24), **module.parts(25),
            **module.parts(26)}


@pytest.fixture(scope="module")
def parts() -> Parts:
    return _split_parts()


def test_the_read9_fold_is_exactly_round_9s_read_part(parts: Parts) -> None:
    fold_ids = sorted(str(r["id"]) for _, r in load_folds(ROOT, ["read9"]))
    assert fold_ids == sorted(str(r["id"]) for r in parts["ev_read9"])


def test_the_read14_fold_is_exactly_round_14s_read_part(parts: Parts, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with (tmp_path / "ev_read14.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in parts["ev_read14"])
    monkeypatch.setenv("WIRECODER_SPLIT_DIR", str(tmp_path))
    fold_ids = sorted(str(r["id"]) for _, r in load_folds(ROOT, ["read14"]))
    assert fold_ids == sorted(str(r["id"]) for r in parts["ev_read14"])


def test_the_read18_fold_is_exactly_round_18s_read_part(parts: Parts, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    with (tmp_path / "ev_read18.jsonl").open("w", encoding="utf-8") as fh:
        fh.writelines(json.dumps(r) + "\n" for r in parts["ev_read18"])
    monkeypatch.setenv("WIRECODER_SPLIT_DIR", str(tmp_path))
    fold_ids = sorted(str(r["id"]) for _, r in load_folds(ROOT, ["read18"]))
    assert fold_ids == sorted(str(r["id"]) for r in parts["ev_read18"])


def test_the_round_14_check_fold_is_the_other_half_of_its_split(parts: Parts) -> None:
    check14 = [str(r["id"]) for _, r in load_folds(ROOT, ["check14"])]
    assert check14 == [str(r["id"]) for r in parts["ev_check14"]]


def test_the_round_9_check_fold_is_the_other_half_of_its_split(parts: Parts) -> None:
    check9 = {str(r["id"]) for _, r in load_folds(ROOT, ["check9"])}
    assert check9 == {str(r["id"]) for r in parts["ev_check9"]}


@pytest.mark.parametrize("part", ["ev_check26"])
def test_no_training_fold_holds_a_check_document(parts: Parts, part: str) -> None:
    check = {(str(r["id"]), str(r["text"])[:200]) for r in parts[part]}
    trained = {(str(r["id"]), str(r["text"])[:200]) for _, r in load_folds(ROOT, list(FOLDS))}
    assert not check & trained
