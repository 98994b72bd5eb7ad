"""The sparse linear model of :mod:`wirecoder.learned`: predict, save/load, errors."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from wirecoder.errors import ConfigError
from wirecoder.learned import LinearModel, file_sha256


def _model() -> LinearModel:
    return LinearModel(["NONE", "AID", "ASSAULT"],
                       {"lemma=bomb": [0.0, -1.0, 3.0], "lemma=donate": [-0.5, 2.5, 0.0],
                        "dep=dobj": [0.2, 0.1, 0.1]},
                       [1.0, 0.0, 0.0], meta={"what": "test"})


def test_predict_sums_known_features_and_ignores_unknown_ones() -> None:
    model = _model()
    assert model.predict(["lemma=bomb", "never-seen"])[0] == "ASSAULT"
    assert model.predict(["lemma=donate"])[0] == "AID"
    assert model.predict([])[0] == "NONE"
    p = model.proba(["lemma=bomb", "dep=dobj"])
    assert p.sum() == pytest.approx(1.0)
    expected = np.exp([1.2, -0.9, 3.1]) / np.exp([1.2, -0.9, 3.1]).sum()
    assert p == pytest.approx(expected)


def test_mapping_features_scale_the_weights() -> None:
    model = _model()
    assert model.scores({"lemma=bomb": 2.0}) == pytest.approx([1.0, -2.0, 6.0])


def test_save_load_round_trip_is_byte_reproducible(tmp_path) -> None:
    model = _model()
    a, b = tmp_path / "a.json.gz", tmp_path / "b.json.gz"
    sha = model.save(a)
    assert sha == model.save(b) == file_sha256(a)
    assert a.read_bytes() == b.read_bytes()
    again = LinearModel.load(a)
    assert again.labels == model.labels and again.meta == {"what": "test"}
    for feats in (["lemma=bomb"], ["lemma=donate", "dep=dobj"], []):
        assert again.proba(feats) == pytest.approx(model.proba(feats))


def test_binary_matrix_becomes_two_columns() -> None:
    model = LinearModel.from_matrix(["no", "yes"], ["f1", "f2", "zero"],
                                    [[2.0, -1.0, 0.0]], [0.5])
    assert model.n_features == 2  # an all-zero column is left out
    p_yes = model.probabilities(["f1"])["yes"]
    assert p_yes == pytest.approx(1 / (1 + np.exp(-2.5)))


def test_bad_files_and_shapes_are_config_errors(tmp_path) -> None:
    bad = tmp_path / "bad.json.gz"
    with gzip.open(bad, "wt") as fh:
        fh.write('{"format": "other"}')
    with pytest.raises(ConfigError, match="not a wirecoder-linear"):
        LinearModel.load(bad)
    with pytest.raises(ConfigError, match="cannot read"):
        LinearModel.load(tmp_path / "missing.json.gz")
    with pytest.raises(ConfigError, match="weights"):
        LinearModel(["a", "b"], {"f": [1.0]}, [0.0, 0.0])
