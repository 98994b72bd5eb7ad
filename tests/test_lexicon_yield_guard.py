"""scripts/lexicon_yield.py refuses sealed text and the sources of the round-15 CHECK part."""

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
    "dev23", "blind42", "blind43", "test17",
    "data/gold/events/blind42.jsonl", "data/gold/events/blind43.jsonl",
    "data/gold/test17/documents.jsonl", "/elsewhere/copy/test17/documents.jsonl",
    "/work/wt/ev_check18.jsonl", "blind44", "blind45", "blind46", "round18", "round19",
    "data/gold/test18/documents.jsonl", "test18", "test19", "blind47",
])
def test_check_sources_and_sealed_sets_are_refused(lexicon_yield, name):
    assert lexicon_yield.refused(name)
    with pytest.raises(SystemExit):
        lexicon_yield._records(name)


@pytest.mark.parametrize("name", [
    "dev22", "dev21", "dev", "blind40", "blind41", "blind29", "round17",
    "/work/wt/ev_read18.jsonl", "data/gold/events/blind27.jsonl",
    "data/gold/test16/documents.jsonl",
])
def test_development_sets_pass(lexicon_yield, name):
    assert not lexicon_yield.refused(name)
