"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-12 CHECK part."""

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
    "dev17", "blind30", "blind31", "test11",
    "data/gold/events/blind30.jsonl", "data/gold/events/blind31.jsonl",
    "data/gold/test11/documents.jsonl", "/elsewhere/copy/test11/documents.jsonl",
    "/work/wt/ev_check12.jsonl", "blind34", "blind35", "round12", "round13",
    "data/gold/test12/documents.jsonl", "test12", "test13", "blind32",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev16", "dev15", "dev", "blind25", "blind28", "blind24", "blind29", "round11",
    "/work/wt/ev_read12.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test10/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
