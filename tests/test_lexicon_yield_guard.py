"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-21 CHECK part."""

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
    "dev26", "blind48", "blind49", "test20",
    "data/gold/events/blind48.jsonl", "data/gold/events/blind49.jsonl",
    "data/gold/test20/documents.jsonl", "/elsewhere/copy/test20/documents.jsonl",
    "/work/wt/ev_check21.jsonl", "/work/wt/ev_check20.jsonl", "blind50", "round21",
    "test21", "blind51",
    "data/gold/test21/documents.jsonl", "test22", "test23", "blind52", "blind53", "blind54",
    "blind55", "round22", "heldout19", "heldout20", "heldout21",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev25", "dev24", "dev23", "dev", "blind46", "blind47", "blind29", "round19", "round20",
    "/work/wt/ev_read21.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test19/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
