"""The learned type model never trains on round 9's CHECK text (issue 9).

The READ / CHECK split of round 9 is defined in ``scripts/round9_split.py``; the training folds
of ``events/model_data.py`` name the READ part again by file selectors. These tests tie the two
together, so that a change to either cannot silently put a CHECK document into training.
"""

from __future__ import annotations

import importlib.util
import os
from pathlib import Path

import pytest

from wirecoder.events.model_data import FOLDS, load_folds

ROOT = Path(__file__).resolve().parents[1]
Parts = dict[str, list[dict[str, object]]]


def _split_parts() -> Parts:
    spec = importlib.util.spec_from_file_location("round9_split",
                                                  ROOT / "scripts" / "round9_split.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module._parts()


@pytest.fixture(scope="module")
def parts() -> Parts:
    cwd = os.getcwd()
    os.chdir(ROOT)  # the split script reads data/gold relative to the repository root
    try:
        return _split_parts()
    finally:
        os.chdir(cwd)


def test_the_read9_fold_is_exactly_round_9s_read_part(parts: Parts) -> None:
    fold_ids = sorted(str(r["id"]) for _, r in load_folds(ROOT, ["read9"]))
    assert fold_ids == sorted(str(r["id"]) for r in parts["ev_read9"])


def test_no_training_fold_holds_a_check_document(parts: Parts) -> None:
    check = {(str(r["id"]), str(r["text"])[:200]) for r in parts["ev_check9"]}
    trained = {(str(r["id"]), str(r["text"])[:200]) for _, r in load_folds(ROOT, list(FOLDS))}
    assert not check & trained
