"""The built-in event lexicon and type model read back from the disk cache unchanged."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from wirecoder.events import arg_model, type_model
from wirecoder.events import lexicon as lexicon_module
from wirecoder.events.lexicon import builtin_path, compile_lexicon, load_lexicon
from wirecoder.learned import LinearModel, load_shipped


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
    shipped = type_model.builtin_model_path()
    built = load_shipped(shipped)
    [entry] = cache.glob("linear-model-type_model*.pickle")
    read = load_shipped(shipped)
    fresh = LinearModel.load(shipped)
    for model in (built, read):
        assert model.labels == fresh.labels and model.meta == fresh.meta
        assert model._index == fresh._index
        assert np.array_equal(model._weights, fresh._weights)
        assert np.array_equal(model._bias, fresh._bias)
    assert read is not built
    assert list(cache.glob("linear-model-type_model*.pickle")) == [entry]
    type_model.load_model.cache_clear()
    assert np.array_equal(type_model.load_model().model._weights, fresh._weights)


def test_builtin_argument_weights_are_cached(cache: Path) -> None:
    arg_model._load.cache_clear()
    try:
        model = arg_model._load(str(arg_model.BUILTIN_WEIGHTS))
    finally:
        arg_model._load.cache_clear()
    [_] = cache.glob("linear-model-arg_model*.pickle")
    fresh = LinearModel.load(arg_model.BUILTIN_WEIGHTS)
    assert model.labels == fresh.labels and model.meta == fresh.meta
    assert np.array_equal(model._weights, fresh._weights)
