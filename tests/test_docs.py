"""Docs that drift fail the build: every Python block in docs/api.md runs."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parent.parent / "docs" / "api.md"
BLOCKS = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.S)


@pytest.mark.parametrize("block", BLOCKS, ids=[f"block{i}" for i in range(len(BLOCKS))])
def test_api_doc_block_runs(block):
    exec(compile(block, str(DOC), "exec"), {})


def test_api_doc_has_examples():
    assert len(BLOCKS) >= 4
