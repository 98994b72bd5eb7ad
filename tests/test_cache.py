"""The on-disk cache of compiled package data: keyed by content, never required."""

from __future__ import annotations

from pathlib import Path

import pytest

from wirecoder.cache import cached


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "data.yaml"
    path.write_text("a: 1\n", encoding="utf-8")
    return path


def test_value_is_built_once_then_read_back(tmp_path, source, monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    calls = []

    def build():
        calls.append(1)
        return {"value": len(calls)}

    assert cached("thing", [source], build) == {"value": 1}
    assert cached("thing", [source], build) == {"value": 1}
    assert len(calls) == 1


def test_a_changed_source_is_never_read_from_a_stale_entry(tmp_path, source, monkeypatch):
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(tmp_path / "cache"))
    assert cached("thing", [source], lambda: "old") == "old"
    source.write_text("a: 2\n", encoding="utf-8")
    assert cached("thing", [source], lambda: "new") == "new"


def test_an_unusable_cache_is_ignored(tmp_path, source, monkeypatch):
    blocked = tmp_path / "file-not-dir"
    blocked.write_text("x", encoding="utf-8")
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(blocked))
    assert cached("thing", [source], lambda: 42) == 42
    monkeypatch.setenv("WIRECODER_CACHE_DIR", "off")
    assert cached("thing", [source], lambda: 43) == 43


def test_a_corrupt_entry_is_rebuilt(tmp_path, source, monkeypatch):
    folder = tmp_path / "cache"
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(folder))
    cached("thing", [source], lambda: 1)
    [entry] = folder.glob("thing-*.pickle")
    entry.write_bytes(b"not a pickle")
    assert cached("thing", [source], lambda: 2) == 2
