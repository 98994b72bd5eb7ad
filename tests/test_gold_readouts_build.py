"""The readouts gold rebuilds from its annotations: dev3 and dev4 (texts outside the VOA
corpus) byte for byte, and every evidence span of them is a whole sentence of its story."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parents[1] / "data" / "gold" / "readouts"
VOA = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "voa" / "voa_stories.jsonl"


def _build_module():
    spec = importlib.util.spec_from_file_location("readouts_build", GOLD / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.skipif(not VOA.exists(), reason="VOA corpus (../shared) absent")
@pytest.mark.parametrize("split", ["dev3", "dev4"])
def test_dev_set_rebuilds_byte_for_byte_from_its_annotations_and_stored_texts(split):
    build = _build_module()
    groups = build.build(VOA, (f"annotations-{split}.yaml",))[split]
    rebuilt = "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in groups)
    assert rebuilt == (GOLD / f"{split}.jsonl").read_text(encoding="utf-8")


@pytest.mark.parametrize("split", ["dev3", "dev4"])
def test_dev_set_evidence_spans_are_sentences_of_their_story(split):
    build = _build_module()
    for line in (GOLD / f"{split}.jsonl").read_text(encoding="utf-8").splitlines():
        group = json.loads(line)
        spans = build.sentence_spans(group["text"])
        starts, ends = {s for s, _ in spans}, {e for _, e in spans}
        assert len({a["side"] for a in group["accounts"]}) >= 2
        for point in group["points"]:
            for side, found in point["evidence"].items():
                assert side in point["in"]
                for start, end in found:
                    assert start in starts and end in ends, (group["group"], point["topic"])
