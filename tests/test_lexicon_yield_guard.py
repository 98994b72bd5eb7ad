"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-13 CHECK part."""

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
    "dev19", "blind34", "blind35", "test13",
    "data/gold/events/blind34.jsonl", "data/gold/events/blind35.jsonl",
    "data/gold/test13/documents.jsonl", "/elsewhere/copy/test13/documents.jsonl",
    "/work/wt/ev_check14.jsonl", "blind36", "blind37", "blind38", "round14", "round15",
    "data/gold/test14/documents.jsonl", "test14", "test15", "blind39",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev18", "dev17", "dev", "blind32", "blind33", "blind29", "round13",
    "/work/wt/ev_read14.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test12/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
