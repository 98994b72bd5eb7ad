"""Scorers for the gold sets in ``data/gold/`` (``wirecoder eval``).

Each task module (``actors``, ``events``, ``quotes``, ``quantities``, ``time``,
``commitments``) exposes
``evaluate(gold_path, settings) -> Report``.

Splits: ``dev`` and ``dev2`` were both looked at while developing (``dev2`` was first written
as a held-out set, then scored after every development round, so it is a second dev set);
``test`` is a *sealed* set: its gold file's sha256 is checked against ``SHA256SUMS`` before
scoring and every scoring run is appended to ``LOG.md`` in its folder (see
``data/gold/README.md``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import importlib
import subprocess
from pathlib import Path

from ..errors import ConfigError
from ..settings import Settings
from .common import Report, Score

__all__ = ["SPLITS", "TASKS", "Report", "Score", "default_gold", "evaluate"]

TASKS = ("actors", "events", "quotes", "quantities", "time", "commitments", "readouts")


SPLITS = ("dev", "dev2", "test")

#: Sealed whole-document test sets that live outside the task folder.
_TEST_FILES = {"events": Path("test") / "documents.jsonl",
               "commitments": Path("commitments") / "heldout.jsonl",
               "readouts": Path("readouts") / "heldout.jsonl"}


def default_gold(task: str, split: str = "dev") -> Path:
    """Return the path of the repository's gold set ``split`` (dev, dev2 or test) for ``task``."""
    if split == "test" and task in _TEST_FILES:
        return Path("data") / "gold" / _TEST_FILES[task]
    return Path("data") / "gold" / task / f"{split}.jsonl"


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
) -> Report:
    """Score wirecoder on a gold set of ``task`` and return the report.

    Args:
        task: One of :data:`TASKS`.
        gold: A gold JSONL file; by default the repository's set ``split``.
        settings: Run options.
        split: ``dev`` or ``dev2`` (both used while developing) or ``test`` (sealed: checked
            against its sha256 and logged in its folder's ``LOG.md`` on every run).

    Raises:
        ConfigError: for an unknown task or split, or a missing gold file.
    """
    if task not in TASKS:
        raise ConfigError(detail=f"Unknown eval task {task!r}. Fix: use one of {', '.join(TASKS)}.")
    if split not in SPLITS:
        hint = " ('heldout' was renamed 'dev2': it was used while developing)" \
            if split == "heldout" else ""
        raise ConfigError(detail=f"Unknown split {split!r}{hint}. Fix: use dev, dev2 or test.")
    path = Path(gold) if gold else default_gold(task, split)
    if not path.exists():
        raise ConfigError(detail=f"Gold file {path} not found. Fix: pass its path.")
    digest = _check_sealed(path) if split == "test" and not gold else None
    module = importlib.import_module(f"{__name__}.{task}")
    report: Report = module.evaluate(path, settings or Settings())
    if digest:
        _log_sealed_run(path, task, digest, report)
    return report
