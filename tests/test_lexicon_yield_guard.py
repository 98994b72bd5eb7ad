"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-20 CHECK part."""

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
    "dev25", "blind46", "blind47", "test19",
    "data/gold/events/blind46.jsonl", "data/gold/events/blind47.jsonl",
    "data/gold/test19/documents.jsonl", "/elsewhere/copy/test19/documents.jsonl",
    "/work/wt/ev_check20.jsonl", "blind48", "blind49", "blind50", "round20", "round21",
    "data/gold/test20/documents.jsonl", "test20", "test21", "blind51",
    "data/gold/test21/documents.jsonl", "test22", "test23", "blind52", "blind53", "blind54",
    "blind55", "round22", "heldout19", "heldout20", "heldout21",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev24", "dev23", "dev", "blind44", "blind45", "blind29", "round19",
    "/work/wt/ev_read20.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test18/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
