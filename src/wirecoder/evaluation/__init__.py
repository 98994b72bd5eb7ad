"""Scorers for the gold sets in ``data/gold/`` (``wirecoder eval``).

Each task module (``actors``, ``events``, ``quotes``, ``quantities``, ``time``,
``commitments``) exposes
``evaluate(gold_path, settings) -> Report``.

Splits: ``dev``, ``dev2`` and ``dev3`` were all looked at while developing (``dev2`` was first
written as a held-out set, then scored after every development round; ``dev3`` is a former
sealed test set whose errors were analysed, so they are development sets too; ``dev4`` is
the quantities test2 set, seen the same way);
``test`` is a *sealed* set: scoring it must be asked for (``sealed_run=True``, CLI
``--sealed-run``), its gold file's sha256 is checked against ``SHA256SUMS`` before
scoring and every scoring run is appended to ``LOG.md`` in its folder (see
``data/gold/README.md`` and :mod:`.sealed`). A later sealed set of a task is a split
``heldoutN`` (N ≥ 2), read from ``TASK/heldoutN.jsonl`` and checked and logged the same way.
"""

from __future__ import annotations

import importlib
import os
import re
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from .common import Report, Score
from .sealed import (
    _SEALED_FILES,
    SEALED_NAMES,
    check_sealed,
    is_sealed,
    log_sealed_run,
    opened_file,
    opened_name,
    refuse_unconfirmed,
    sealed_file,
    sealed_path,
)

_check_sealed = check_sealed  # the name the split tests import

__all__ = ["SPLITS", "TASKS", "Report", "Score", "default_gold", "evaluate", "find_gold_dir",
           "is_sealed"]

TASKS = ("actors", "events", "quotes", "quantities", "time", "commitments", "readouts")


SPLITS = ("dev", "dev2", "dev3", "test")

#: A further development set of a task: ``dev4``, ``dev5``… (``TASK/devN.jsonl``, N ≥ 4).
DEV_SPLIT = re.compile(r"dev([4-9]|[1-9]\d+)")

#: Development sets under other names: the first sealed events test set (``data/gold/test``)
#: became ``dev3`` once its errors were analysed, and the quotes and quantities "test" files
#: were written by the developer who tuned on them (2026-12-05).
_DEV3_FILES = {"events": Path("test") / "documents.jsonl",
               "quotes": Path("quotes") / "test.jsonl",
               "quantities": Path("quantities") / "test.jsonl"}

#: ``dev4``: the quantities test2 set (US government documents), a development set since its
#: one sealed run printed its errors (2026-12-05, see ``quantities/LOG.md``).
_DEV4_FILES = {"quantities": Path("quantities") / "test2.jsonl"}

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
    """Return the path of the gold set ``split`` (dev, dev2, dev3, test, test2…) for ``task``.

    Raises:
        ConfigError: C006 for a named sealed split (``test2`` … ``test8``) the task lacks.
    """
    root = find_gold_dir(gold_dir)
    renamed = opened_name(task, split)
    if renamed:
        raise ConfigError("C006", detail=f"The {task} set {split!r} was spent and opened for "
                                         f"development. Fix: use --split {renamed}.")
    opened = opened_file(task, split, root)
    if opened is not None:
        return opened
    sealed = sealed_file(task, split, root) if is_sealed(split) else None
    if sealed is not None:
        return sealed
    if split in SEALED_NAMES:
        names = ", ".join(_SEALED_FILES.get(task, {})) or "none"
        raise ConfigError("C006", detail=f"Task {task} has no sealed set {split!r} (its sealed "
                                         f"sets: {names}). Fix: use --split test for the newest.")
    if split == "dev3" and task in _DEV3_FILES:
        return root / _DEV3_FILES[task]
    if split == "dev4" and task in _DEV4_FILES:
        return root / _DEV4_FILES[task]
    return root / task / f"{split}.jsonl"


def evaluate(
    task: str,
    gold: str | Path | None = None,
    settings: Settings | None = None,
    split: str = "dev",
    gold_dir: str | Path | None = None,
    sealed_run: bool = False,
) -> Report:
    """Score wirecoder on a gold set of ``task`` and return the report.

    Args:
        task: One of :data:`TASKS`.
        gold: A gold JSONL file; by default the repository's set ``split``.
        settings: Run options.
        split: ``dev``, ``dev2``, ``dev3`` or ``devN`` (N ≥ 4; used while developing) or ``test`` /
            ``heldoutN`` (sealed: checked against its sha256 in ``SHA256SUMS`` and logged in
            its folder's ``LOG.md`` on every run).
        gold_dir: Directory of the gold sets; found by :func:`find_gold_dir` when omitted.
        sealed_run: Must be True to score a sealed set (by split or by path): such a run
            spends the set and is logged (:mod:`wirecoder.evaluation.sealed`).

    Raises:
        ConfigError: for an unknown task or split, a missing gold file, or a sealed set
            scored without ``sealed_run``.
    """
    if task not in TASKS:
        raise ConfigError("C006", detail=f"Unknown eval task {task!r}. "
                          f"Fix: use one of {', '.join(TASKS)}.")
    if split not in SPLITS and not is_sealed(split) and not DEV_SPLIT.fullmatch(split):
        hint = " ('heldout' was renamed 'dev2': it was used while developing)" \
            if split == "heldout" else ""
        raise ConfigError("C006", detail=f"Unknown split {split!r}{hint}. "
                                         "Fix: use dev, dev2, dev3, devN (N ≥ 4), test, test2, "
                                         "test3 … test8 or heldoutN (N ≥ 2).")
    path = Path(gold) if gold else default_gold(task, split, gold_dir)
    if not path.exists():
        raise ConfigError("C006", detail=f"Gold file {path} not found. Fix: pass its path.")
    if (is_sealed(split) and not gold) or (gold and sealed_path(path, _gold_root(gold_dir))):
        if not sealed_run:
            refuse_unconfirmed(path)
        digest: str | None = check_sealed(path)
    else:
        digest = None
    module = importlib.import_module(f"{__name__}.{task}")
    report: Report = module.evaluate(path, settings or Settings())
    if digest:
        log_sealed_run(path, task, digest, report)
    return report


def _gold_root(gold_dir: str | Path | None) -> Path | None:
    """Return the gold-set directory, or None when there is none (a user's own gold file)."""
    try:
        return find_gold_dir(gold_dir)
    except ConfigError:
        return None
