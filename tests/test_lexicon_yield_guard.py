"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-11 CHECK part."""

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
    "dev16", "blind25", "blind28", "test10",
    "data/gold/events/blind25.jsonl", "data/gold/events/blind28.jsonl",
    "data/gold/test10/documents.jsonl", "/elsewhere/copy/test10/documents.jsonl",
    "/work/wt/ev_check11.jsonl", "blind30", "blind31", "round11", "round12",
    "data/gold/test11/documents.jsonl", "test11", "test12", "blind32",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev15", "dev14", "dev", "blind21", "blind26", "blind24", "blind29", "round10",
    "/work/wt/ev_read11.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test9/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
