"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-23 CHECK part."""

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
    "dev28", "blind52", "blind53", "test22",
    "data/gold/events/blind52.jsonl", "data/gold/events/blind53.jsonl",
    "data/gold/test22/documents.jsonl", "/elsewhere/copy/test22/documents.jsonl",
    "/work/wt/ev_check23.jsonl", "blind54", "round23",
    "data/gold/test22/documents.jsonl", "test22", "test23", "blind55",
    "data/gold/test23/documents.jsonl", "test24", "test25", "blind56", "blind57", "blind58",
    "blind59", "round24", "round25", "heldout21", "heldout22", "heldout23",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev27", "dev26", "dev", "blind50", "blind51", "blind29", "round21", "round22",
    "/work/wt/ev_read23.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test21/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
