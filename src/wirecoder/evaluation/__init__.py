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

__all__ = ["TASKS", "Report", "Score", "default_gold", "evaluate"]

TASKS = ("actors", "events", "quotes", "quantities", "time")


def default_gold(task: str) -> Path:
    """Return the path of the repository's development gold set for ``task``."""
    return Path("data") / "gold" / task / "dev.jsonl"


def evaluate(task: str, gold: str | Path | None = None, settings: Settings | None = None) -> Report:
    """Score wirecoder on the gold set of ``task`` and return the report.

    Raises:
        ConfigError: for an unknown task or a missing gold file.
    """
    if task not in TASKS:
        raise ConfigError(detail=f"Unknown eval task {task!r}. Fix: use one of {', '.join(TASKS)}.")
    path = Path(gold) if gold else default_gold(task)
    if not path.exists():
        raise ConfigError(detail=f"Gold file {path} not found. Fix: pass its path.")
    module = importlib.import_module(f"{__name__}.{task}")
    return module.evaluate(path, settings or Settings())
