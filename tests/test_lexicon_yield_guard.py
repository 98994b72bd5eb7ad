"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-9 CHECK part."""

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
    "dev14", "blind19", "blind22", "test8",
    "data/gold/events/blind22.jsonl", "data/gold/events/blind19.jsonl",
    "data/gold/test8/documents.jsonl", "/elsewhere/copy/test8/documents.jsonl",
    "/work/wt/ev_check9.jsonl", "blind20", "round9", "data/gold/test9/documents.jsonl",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev13", "dev", "blind18", "blind23", "round8", "/work/wt/ev_read9.jsonl",
    "data/gold/events/blind23.jsonl", "data/gold/test7/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
