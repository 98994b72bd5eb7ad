"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-19 CHECK part."""

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
    "dev24", "blind44", "blind45", "test18",
    "data/gold/events/blind44.jsonl", "data/gold/events/blind45.jsonl",
    "data/gold/test18/documents.jsonl", "/elsewhere/copy/test18/documents.jsonl",
    "/work/wt/ev_check19.jsonl", "blind46", "blind47", "blind48", "round19", "round20",
    "data/gold/test19/documents.jsonl", "test19", "test20", "blind49",
    "data/gold/test20/documents.jsonl", "test21", "blind50", "blind51", "round21",
    "heldout18", "heldout19", "heldout20",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev23", "dev22", "dev", "blind42", "blind43", "blind29", "round18",
    "/work/wt/ev_read19.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test17/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
