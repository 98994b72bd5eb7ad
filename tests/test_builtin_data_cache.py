"""The built-in event lexicon and type model read back from the disk cache unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from wirecoder.events import lexicon as lexicon_module
from wirecoder.events import type_model
from wirecoder.events.lexicon import builtin_path, compile_lexicon, load_lexicon
from wirecoder.learned import LinearModel


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("WIRECODER_CACHE_DIR", str(folder))
    lexicon_module._cached.cache_clear()
    yield folder
    lexicon_module._cached.cache_clear()


def test_builtin_lexicon_is_cached_and_read_back_equal(cache: Path) -> None:
    first = load_lexicon()
    [entry] = cache.glob("event-lexicon-*.pickle")
    lexicon_module._cached.cache_clear()
    again = load_lexicon()  # from the pickle this time
    assert again is not first
    assert again == first == compile_lexicon((builtin_path(),))
    assert list(cache.glob("event-lexicon-*.pickle")) == [entry]


def test_builtin_type_model_is_cached_and_read_back_equal(cache: Path) -> None:
    built = type_model._builtin_model()
    [entry] = cache.glob("event-type-model-*.pickle")
    read = type_model._builtin_model()
    fresh = LinearModel.load(type_model.builtin_model_path())
    for model in (built, read):
        assert model.labels == fresh.labels and model.meta == fresh.meta
        assert model._index == fresh._index
        assert np.array_equal(model._weights, fresh._weights)
        assert np.array_equal(model._bias, fresh._bias)
    assert list(cache.glob("event-type-model-*.pickle")) == [entry]
