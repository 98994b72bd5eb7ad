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
    "/work/wt/ev_check23.jsonl", "blind54", "blind55", "blind56", "round23", "round24",
    "data/gold/test23/documents.jsonl", "test23", "test24", "blind57",
    "data/gold/test24/documents.jsonl", "test25", "test26", "blind58", "blind59", "blind60",
    "blind61", "round25", "round26", "heldout22", "heldout23", "heldout24",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev27", "dev26", "dev", "blind50", "blind51", "blind29", "round22",
    "/work/wt/ev_read23.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test21/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
