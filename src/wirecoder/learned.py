"""Sparse linear models over string features: load, save and predict with numpy only.

A learned component of wirecoder (the event trigger/type model, the argument chooser) is a
multinomial logistic regression whose inputs are named binary (or real-valued) features
such as ``"lemma=expel"`` or ``"dep=dobj|head=sanction"``. Training uses scikit-learn in a
script (``scripts/``); running the analysis needs only this module and numpy, and the weights
ship as a small package-data file.

The file format is gzip-compressed JSON with a zero timestamp, so that the same weights
always give the same bytes (and sha256)::

    {"format": "wirecoder-linear/1", "labels": [...], "bias": [...],
     "weights": {"feature": [w_label0, w_label1, ...], ...}, "meta": {...}}

Weights are rounded to a fixed number of decimals when saved; features whose weights are
all zero after rounding are left out.
"""

from __future__ import annotations

import gzip
import hashlib
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np

from .cache import cached
from .errors import ConfigError

__all__ = ["FORMAT", "LinearModel", "file_sha256"]

#: The format tag written into every model file.
FORMAT = "wirecoder-linear/1"

Features = Iterable[str] | Mapping[str, float]


class LinearModel:
    """A multinomial linear classifier over named features.

    Attributes:
        labels: The class names, in the order of the weight columns.
        meta: Free-form description (training command, data, thresholds, ...).
    """

    def __init__(self, labels: Sequence[str], weights: Mapping[str, Sequence[float]],
                 bias: Sequence[float], meta: Mapping[str, Any] | None = None) -> None:
        """Build a model from its weights.

        Args:
            labels: Class names (at least two).
            weights: Feature name -> one weight per label.
            bias: One intercept per label.
            meta: Free-form description kept with the model.

        Raises:
            ConfigError: when the shapes disagree.
        """
        self.labels: tuple[str, ...] = tuple(labels)
        n = len(self.labels)
        if n < 2 or len(bias) != n:
            raise _invalid(f"a linear model needs >= 2 labels and one bias per label "
                           f"(got {n} labels, {len(bias)} biases)")
        names = sorted(weights)
        self._index = {name: i for i, name in enumerate(names)}
        matrix = np.zeros((len(names), n), dtype=np.float64)
        for i, name in enumerate(names):
            row = weights[name]
            if len(row) != n:
                raise _invalid(f"feature {name!r} has {len(row)} weights, not {n}")
            matrix[i] = row
        self._weights = matrix
        self._bias = np.asarray(bias, dtype=np.float64)
        self.meta: dict[str, Any] = dict(meta or {})

    @classmethod
    def from_matrix(cls, labels: Sequence[str], features: Sequence[str], coef: Any,
                    intercept: Any, meta: Mapping[str, Any] | None = None) -> LinearModel:
        """Build a model from a label x feature coefficient matrix (as scikit-learn gives).

        A binary model with a single row of coefficients (scikit-learn's two-class
        logistic regression) becomes two columns, the first all zero: the softmax of
        ``[0, z]`` is the logistic function of ``z``.

        Args:
            labels: Class names, in the order of the matrix rows.
            features: Feature names, in the order of the matrix columns.
            coef: Array of shape (labels, features), or (1, features) for two labels.
            intercept: Array of shape (labels,), or (1,) for two labels.
            meta: Free-form description kept with the model.
        """
        coef = np.asarray(coef, dtype=np.float64)
        intercept = np.asarray(intercept, dtype=np.float64).reshape(-1)
        if coef.shape[0] == 1 and len(labels) == 2:
            coef = np.vstack([np.zeros_like(coef), coef])
            intercept = np.array([0.0, intercept[0]])
        columns = coef.T
        weights = {name: columns[i].tolist() for i, name in enumerate(features)
                   if np.any(columns[i])}
        return cls(labels, weights, intercept.tolist(), meta)

    @property
    def n_features(self) -> int:
        """Number of features with a weight."""
        return len(self._index)

    @property
    def feature_names(self) -> tuple[str, ...]:
        """The names of the features with a weight, sorted."""
        return tuple(self._index)

    def knows(self, name: str) -> bool:
        """Whether the model has a weight for the feature ``name``."""
        return name in self._index

    def scores(self, features: Features) -> np.ndarray:
        """Return the linear score of each label (bias plus the present features' weights).

        Args:
            features: Feature names (value 1 each) or a name -> value mapping; names the
                model does not know are ignored.
        """
        total = self._bias.copy()
        if isinstance(features, Mapping):
            for name, value in features.items():
                i = self._index.get(name)
                if i is not None:
                    total += value * self._weights[i]
        else:
            rows = [i for i in map(self._index.get, features) if i is not None]
            if rows:
                total += self._weights[rows].sum(axis=0)
        return total

    def proba(self, features: Features) -> np.ndarray:
        """Return the probability of each label (softmax of :meth:`scores`)."""
        z = self.scores(features)
        z = np.exp(z - z.max())
        out: np.ndarray = z / z.sum()
        return out

    def proba_many(self, many: Sequence[Features]) -> np.ndarray:
        """Return :meth:`proba` of each feature set, one row each, in one softmax pass.

        Each row is the same array :meth:`proba` returns (the same operations, element by
        element); the softmax runs once on the stacked scores instead of once per set.
        """
        z = np.empty((len(many), len(self.labels)), dtype=np.float64)
        for k, features in enumerate(many):
            z[k] = self.scores(features)
        z = np.exp(z - z.max(axis=1, keepdims=True))
        out: np.ndarray = z / z.sum(axis=1, keepdims=True)
        return out

    def predict(self, features: Features) -> tuple[str, float]:
        """Return the most probable label and its probability."""
        p = self.proba(features)
        best = int(np.argmax(p))
        return self.labels[best], float(p[best])

    def probabilities(self, features: Features) -> dict[str, float]:
        """Return label -> probability."""
        return dict(zip(self.labels, (float(x) for x in self.proba(features)), strict=True))

    def to_dict(self, decimals: int = 5) -> dict[str, Any]:
        """Return the model as JSON-compatible data, weights rounded to ``decimals``."""
        rounded = np.round(self._weights, decimals)
        names = sorted(self._index, key=self._index.__getitem__)
        weights = {name: [float(x) for x in rounded[i]] for i, name in enumerate(names)
                   if np.any(rounded[i])}
        return {"format": FORMAT, "labels": list(self.labels),
                "bias": [float(x) for x in np.round(self._bias, decimals)],
                "weights": weights, "meta": self.meta}

    def save(self, path: str | Path, decimals: int = 5) -> str:
        """Write the model (gzip JSON, reproducible bytes) and return the file's sha256."""
        text = json.dumps(self.to_dict(decimals), sort_keys=True, separators=(",", ":"))
        buffer = io.BytesIO()
        with gzip.GzipFile(filename="", mode="wb", fileobj=buffer, mtime=0) as fh:
            fh.write(text.encode("utf-8"))
        data = buffer.getvalue()
        Path(path).write_bytes(data)
        return hashlib.sha256(data).hexdigest()

    @classmethod
    def load(cls, path: str | Path) -> LinearModel:
        """Read a model written by :meth:`save`.

        Raises:
            ConfigError: when the file is missing, unreadable or not a model file.
        """
        try:
            with gzip.open(path, "rt", encoding="utf-8") as fh:
                data = json.load(fh)
        except (OSError, ValueError) as exc:
            raise _invalid(f"cannot read the linear model {path}: {exc}") from exc
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise _invalid(f"{path} is not a {FORMAT} model file")
        return cls(data["labels"], data["weights"], data["bias"], data.get("meta"))


def load_shipped(path: Path) -> LinearModel:
    """Read a weights file shipped with the package, through the disk cache.

    The parsed model is pickled in :func:`wirecoder.cache.cached` under the file's bytes,
    this module's source and the numpy version, so the JSON is parsed once per install
    (never use it for a user's file).

    Raises:
        ConfigError: when the file is missing or not a model file.
    """
    sources = [Path(path).resolve(), Path(__file__).resolve()]
    return cached(f"linear-model-{Path(path).name}-numpy{np.__version__}", sources,
                  lambda: LinearModel.load(path))


def _invalid(cause: str) -> ConfigError:
    return ConfigError("W011", detail=f"{cause}. Fix: pass a model file written by "
                                      "wirecoder.learned.LinearModel.save (or retrain it).")


def file_sha256(path: str | Path) -> str:
    """Return the hex sha256 of a file (to check shipped weights against their record)."""
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()
