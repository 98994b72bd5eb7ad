"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-15 CHECK part."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "lexicon_yield.py"


@pytest.fixture(scope="module")
def lexicon_yield():
    spec = importlib.util.spec_from_file_location("lexicon_yield", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", [
    "dev20", "blind36", "blind37", "test14",
    "data/gold/events/blind36.jsonl", "data/gold/events/blind37.jsonl",
    "data/gold/test14/documents.jsonl", "/elsewhere/copy/test14/documents.jsonl",
    "/work/wt/ev_check15.jsonl", "blind38", "blind39", "blind40", "round15", "round16",
    "data/gold/test15/documents.jsonl", "test15", "test16", "blind41",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev19", "dev18", "dev", "blind34", "blind35", "blind29", "round14",
    "/work/wt/ev_read15.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test13/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
