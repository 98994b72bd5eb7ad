"""Scorers for the development gold sets in ``data/gold/`` (``wirecoder eval``).

Each task module (``actors``, ``events``, ``quotes``, ``quantities``, ``time``) exposes
``evaluate(gold_path, settings) -> Report``.
"""

from __future__ import annotations

import importlib
import os
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from .common import Report, Score

__all__ = ["SPLITS", "TASKS", "Report", "Score", "default_gold", "evaluate", "find_gold_dir"]

TASKS = ("actors", "events", "quotes", "quantities", "time")


SPLITS = ("dev", "heldout")


def find_gold_dir(gold_dir: str | Path | None = None) -> Path:
    """Return the directory of the gold sets (holding ``TASK/SPLIT.jsonl``).

    Looked for in this order: ``gold_dir``; ``$WIRECODER_GOLD_DIR``; ``data/gold`` in the
    working directory; ``data/gold`` of the source checkout this package runs from.

    Raises:
        ConfigError: C006 naming where it looked, when none of these exists.
    """
    candidates = [Path(gold_dir)] if gold_dir else [
        *([Path(os.environ["WIRECODER_GOLD_DIR"])] if os.environ.get("WIRECODER_GOLD_DIR")
          else []),
        Path("data") / "gold",
        Path(__file__).resolve().parents[3] / "data" / "gold",
    ]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    looked = ", ".join(str(c) for c in candidates)
    raise ConfigError("C006", detail=f"No gold-set directory found (looked in {looked}). "
                      "Fix: pass --gold-dir DIR (the data/gold folder of a wirecoder checkout), "
                      "or a gold JSONL file")


def default_gold(task: str, split: str = "dev", gold_dir: str | Path | None = None) -> Path:
    """Return the path of the gold set ``split`` (dev or heldout) for ``task``."""
    return find_gold_dir(gold_dir) / task / f"{split}.jsonl"


def evaluate(
    task: str,
    gold: str | Path | None = None,
    settings: Settings | None = None,
    split: str = "dev",
    gold_dir: str | Path | None = None,
) -> Report:
    """Score wirecoder on a gold set of ``task`` and return the report.

    Args:
        task: One of :data:`TASKS`.
        gold: A gold JSONL file; by default the repository's set ``split``.
        settings: Run options.
        split: ``dev`` (used for development) or ``heldout`` (never used for tuning).
        gold_dir: Directory of the gold sets; found by :func:`find_gold_dir` when omitted.

    Raises:
        ConfigError: for an unknown task or split, or a missing gold file.
    """
    if task not in TASKS:
        raise ConfigError("C006", detail=f"Unknown eval task {task!r}. "
                          f"Fix: use one of {', '.join(TASKS)}.")
    if split not in SPLITS:
        raise ConfigError("C006", detail=f"Unknown split {split!r}. Fix: use dev or heldout.")
    path = Path(gold) if gold else default_gold(task, split, gold_dir)
    if not path.exists():
        raise ConfigError("C006", detail=f"Gold file {path} not found. Fix: pass its path.")
    module = importlib.import_module(f"{__name__}.{task}")
    return module.evaluate(path, settings or Settings())
