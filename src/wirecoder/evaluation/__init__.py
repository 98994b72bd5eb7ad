"""Scorers for the development gold sets in ``data/gold/`` (``wirecoder eval``).

Each task module (``actors``, ``events``, ``quotes``, ``quantities``, ``time``) exposes
``evaluate(gold_path, settings) -> Report``.
"""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from .common import Report, Score

__all__ = ["SPLITS", "TASKS", "Report", "Score", "default_gold", "evaluate"]

TASKS = ("actors", "events", "quotes", "quantities", "time", "readouts")


SPLITS = ("dev", "heldout")


def default_gold(task: str, split: str = "dev") -> Path:
    """Return the path of the repository's gold set ``split`` (dev or heldout) for ``task``."""
    return Path("data") / "gold" / task / f"{split}.jsonl"


def evaluate(
    task: str,
    gold: str | Path | None = None,
    settings: Settings | None = None,
    split: str = "dev",
) -> Report:
    """Score wirecoder on a gold set of ``task`` and return the report.

    Args:
        task: One of :data:`TASKS`.
        gold: A gold JSONL file; by default the repository's set ``split``.
        settings: Run options.
        split: ``dev`` (used for development) or ``heldout`` (never used for tuning).

    Raises:
        ConfigError: for an unknown task or split, or a missing gold file.
    """
    if task not in TASKS:
        raise ConfigError(detail=f"Unknown eval task {task!r}. Fix: use one of {', '.join(TASKS)}.")
    if split not in SPLITS:
        raise ConfigError(detail=f"Unknown split {split!r}. Fix: use dev or heldout.")
    path = Path(gold) if gold else default_gold(task, split)
    if not path.exists():
        raise ConfigError(detail=f"Gold file {path} not found. Fix: pass its path.")
    module = importlib.import_module(f"{__name__}.{task}")
    return module.evaluate(path, settings or Settings())
