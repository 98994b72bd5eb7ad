"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-25 CHECK part."""

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
    "dev30", "blind55", "test24",
    "data/gold/events/blind55.jsonl",
    "data/gold/test24/documents.jsonl", "/elsewhere/copy/test24/documents.jsonl",
    "/work/wt/ev_check25.jsonl", "blind56", "blind57", "blind58", "round25", "round26",
    "data/gold/test25/documents.jsonl", "test25", "test26", "blind59",
    "data/gold/test26/documents.jsonl", "test27", "test28", "blind60", "blind61", "blind62",
    "blind63", "blind64", "round27", "round28", "heldout24", "heldout25", "heldout26",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev29", "dev28", "dev", "blind54", "blind53", "blind29", "round24",
    "/work/wt/ev_read25.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test23/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
