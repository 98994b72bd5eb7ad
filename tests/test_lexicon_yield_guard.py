"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-13 CHECK part."""

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
    "dev18", "blind32", "blind33", "test12",
    "data/gold/events/blind32.jsonl", "data/gold/events/blind33.jsonl",
    "data/gold/test12/documents.jsonl", "/elsewhere/copy/test12/documents.jsonl",
    "/work/wt/ev_check13.jsonl", "blind34", "blind35", "blind36", "round13", "round14",
    "data/gold/test13/documents.jsonl", "test13", "test14", "blind37",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev17", "dev16", "dev", "blind30", "blind31", "blind29", "round12",
    "/work/wt/ev_read13.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test11/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
