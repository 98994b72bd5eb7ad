"""Shared fixtures: the spaCy pipeline (loaded once), the seed story and the VOA corpus."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED = SHARED / "seed" / "trump-xi-call-2026-02-04.txt"
VOA = SHARED / "corpora" / "voa" / "voa_stories.jsonl"
SEED_PUBLISHED = "2026-02-04"


@pytest.fixture(scope="session")
def nlp():
    from wirecoder.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip("seed story not available (../shared/seed/)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    import wirecoder

    return wirecoder.analyze(seed_text, published=SEED_PUBLISHED, id="seed")


@pytest.fixture(scope="session")
def voa_stories() -> list[dict]:
    if not VOA.exists():
        pytest.skip("VOA corpus not available (../shared/corpora/voa/)")
    with VOA.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]
