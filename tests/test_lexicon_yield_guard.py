"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-26 CHECK part."""

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
    "dev31", "blind56", "test25",
    "data/gold/events/blind56.jsonl",
    "data/gold/test25/documents.jsonl", "/elsewhere/copy/test25/documents.jsonl",
    "/work/wt/ev_check26.jsonl", "blind57", "blind58", "blind59", "round26", "round27",
    "data/gold/test26/documents.jsonl", "test26", "test27", "blind60",
    "data/gold/test27/documents.jsonl", "test28", "test29", "blind61", "blind62", "blind63",
    "blind64", "blind65", "round28", "round29", "heldout25", "heldout26", "heldout27",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev30", "dev29", "dev", "blind55", "blind54", "blind29", "round25",
    "/work/wt/ev_read26.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test24/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
