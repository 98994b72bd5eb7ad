"""Scorers for the gold sets in ``data/gold/`` (``wirecoder eval``).

Each task module (``actors``, ``events``, ``quotes``, ``quantities``, ``time``,
``commitments``) exposes
``evaluate(gold_path, settings) -> Report``.

Splits: ``dev``, ``dev2`` and ``dev3`` were all looked at while developing (``dev2`` was first
written as a held-out set, then scored after every development round; ``dev3`` is a former
sealed test set whose errors were analysed, so they are development sets too; ``dev4`` is
the quantities test2 set, seen the same way);
``test`` is a *sealed* set: its gold file's sha256 is checked against ``SHA256SUMS`` before
scoring and every scoring run is appended to ``LOG.md`` in its folder (see
``data/gold/README.md``). A later sealed set of a task is a split ``heldoutN`` (N ≥ 2), read
from ``TASK/heldoutN.jsonl`` and checked and logged the same way.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import os
import re
import subprocess
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from .common import Report, Score

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

#: A later sealed held-out set of a task: ``heldout2``, ``heldout3``… (``TASK/heldoutN.jsonl``).
SEALED_SPLIT = re.compile(r"heldout[2-9]\d*")

#: Sealed test sets by name, oldest first; ``test`` is the newest one of a task. Every name
#: here is checked against its ``SHA256SUMS`` and logged in its folder's ``LOG.md``.
#: (quantities ``test2`` is not listed: its errors were seen, it is a development set now.)
_SEALED_FILES: dict[str, dict[str, Path]] = {
    "events": {"test2": Path("test2") / "documents.jsonl",
               "test3": Path("test3") / "documents.jsonl",
               "test4": Path("test4") / "documents.jsonl",
               "test5": Path("test5") / "documents.jsonl",
               "test6": Path("test6") / "documents.jsonl"},
    "quotes": {"test2": Path("quotes") / "test2.jsonl",
               "test3": Path("quotes") / "test3.jsonl",
               "test4": Path("quotes") / "test4.jsonl"},
    "quantities": {"test3": Path("quantities") / "test3.jsonl",
                   "test4": Path("quantities") / "test4.jsonl",
                   "test5": Path("quantities") / "test5.jsonl"},
    "commitments": {"heldout": Path("commitments") / "heldout.jsonl"},
    "readouts": {"heldout2": Path("readouts") / "heldout2.jsonl",
                 "heldout3": Path("readouts") / "heldout3.jsonl",
                 "heldout4": Path("readouts") / "heldout4.jsonl"},
}

#: Named sealed splits besides ``test`` and ``heldoutN``.
SEALED_NAMES = ("test2", "test3", "test4", "test5", "test6")


def _sealed_file(task: str, split: str, root: Path) -> Path | None:
    """Return the sealed gold file ``split`` of ``task``, or None when it has no such set.

    ``test`` is the newest sealed set of the task whose file exists.
    """
    sets = _SEALED_FILES.get(task, {})
    if split != "test":
        return root / sets[split] if split in sets else None
    existing = [root / rel for rel in sets.values() if (root / rel).exists()]
    return existing[-1] if existing else None


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
        ConfigError: C006 for a named sealed split (``test2`` … ``test6``) the task lacks.
    """
    root = find_gold_dir(gold_dir)
    sealed = _sealed_file(task, split, root) if is_sealed(split) else None
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


def is_sealed(split: str) -> bool:
    """Return whether ``split`` names a sealed set (``test`` or ``heldoutN``, N ≥ 2)."""
    return split == "test" or split in SEALED_NAMES or bool(SEALED_SPLIT.fullmatch(split))


def _check_sealed(path: Path) -> str:
    """Return the sha256 of a sealed gold file after checking it against ``SHA256SUMS``.

    Raises:
        ConfigError: when the folder has no ``SHA256SUMS`` entry for the file or the file
            changed since it was sealed.
    """
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    sums = path.parent / "SHA256SUMS"
    listed = {}
    if sums.exists():
        for line in sums.read_text(encoding="utf-8").splitlines():
            parts = line.split()
            if len(parts) == 2:
                listed[parts[1].lstrip("*")] = parts[0]
    if path.name not in listed:
        raise ConfigError(detail=f"Sealed gold {path} has no entry in {sums}. "
                                 "Fix: seal it with `sha256sum FILE > SHA256SUMS`.")
    if listed[path.name] != digest:
        raise ConfigError(detail=f"Sealed gold {path} changed since it was sealed "
                                 f"(sha256 {digest[:12]}… is not {listed[path.name][:12]}…). "
                                 "Fix: restore the sealed file; a changed set is no test set.")
    return digest


def _log_sealed_run(path: Path, task: str, digest: str, report: Report) -> None:
    """Append one line for this scoring run to ``LOG.md`` next to the sealed gold file."""
    try:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True,
                                text=True, check=False, timeout=5).stdout.strip() or "?"
    except OSError:
        commit = "?"
    figures = ", ".join(f"{k} {v}" for k, v in report.headline.items()
                        if isinstance(v, float))
    stamp = dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC")
    line = f"- {stamp} · task {task} · commit {commit} · gold sha256 {digest[:12]} · {figures}\n"
    with (path.parent / "LOG.md").open("a", encoding="utf-8") as log:
        log.write(line)
    report.notes.append(f"Sealed set: this scoring run was logged in {path.parent / 'LOG.md'}.")


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
        split: ``dev``, ``dev2``, ``dev3`` or ``devN`` (N ≥ 4; used while developing) or ``test`` /
            ``heldoutN`` (sealed: checked against its sha256 in ``SHA256SUMS`` and logged in
            its folder's ``LOG.md`` on every run).
        gold_dir: Directory of the gold sets; found by :func:`find_gold_dir` when omitted.

    Raises:
        ConfigError: for an unknown task or split, or a missing gold file.
    """
    if task not in TASKS:
        raise ConfigError("C006", detail=f"Unknown eval task {task!r}. "
                          f"Fix: use one of {', '.join(TASKS)}.")
    if split not in SPLITS and not is_sealed(split) and not DEV_SPLIT.fullmatch(split):
        hint = " ('heldout' was renamed 'dev2': it was used while developing)" \
            if split == "heldout" else ""
        raise ConfigError("C006", detail=f"Unknown split {split!r}{hint}. "
                                         "Fix: use dev, dev2, dev3, devN (N ≥ 4), test, test2, "
                                         "test3 … test6 or heldoutN (N ≥ 2).")
    path = Path(gold) if gold else default_gold(task, split, gold_dir)
    if not path.exists():
        raise ConfigError("C006", detail=f"Gold file {path} not found. Fix: pass its path.")
    digest = _check_sealed(path) if is_sealed(split) and not gold else None
    module = importlib.import_module(f"{__name__}.{task}")
    report: Report = module.evaluate(path, settings or Settings())
    if digest:
        _log_sealed_run(path, task, digest, report)
    return report
