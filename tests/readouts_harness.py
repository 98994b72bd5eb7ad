"""Shared helper of the readouts tests: the leave-one-set-out harness loaded as a module."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest


def load_harness(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    """Load ``scripts/readouts_loso.py`` as the module ``readouts_loso``.

    Args:
        monkeypatch: The test's monkeypatch; the module is registered in ``sys.modules`` for the
            test only (its dataclasses look it up there).

    Returns:
        The loaded harness module.
    """
    spec = importlib.util.spec_from_file_location(
        "readouts_loso", Path(__file__).resolve().parents[1] / "scripts" / "readouts_loso.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "readouts_loso", module)
    spec.loader.exec_module(module)
    return module
