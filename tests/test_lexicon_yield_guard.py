"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-24 CHECK part."""

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
    "dev29", "blind54", "test23",
    "data/gold/events/blind54.jsonl",
    "data/gold/test23/documents.jsonl", "/elsewhere/copy/test23/documents.jsonl",
    "/work/wt/ev_check24.jsonl", "blind55", "blind56", "blind57", "round24", "round25",
    "data/gold/test24/documents.jsonl", "test24", "test25", "blind58",
    "data/gold/test25/documents.jsonl", "test26", "test27", "blind59", "blind60", "blind61",
    "blind62", "blind63", "round26", "round27", "heldout23", "heldout24", "heldout25",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev28", "dev27", "dev", "blind52", "blind53", "blind29", "round23",
    "/work/wt/ev_read24.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test22/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
