"""The sealed gold sets: which files they are, their sha256 check, the scoring log and the guard.

A sealed set is scored only at the start and the end of a development round (see
``data/gold/README.md``). Every run is checked against the set's ``SHA256SUMS`` and appended
to the ``LOG.md`` in its folder, whether the set is named by split (``--split test``) or given
by path; and a run must be asked for explicitly (``--sealed-run``), so that nobody spends a
sealed set by accident while developing.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import subprocess
from pathlib import Path

from ..errors import ConfigError
from .common import Report

#: A later sealed held-out set of a task: ``heldout2``, ``heldout3``… ``heldout12``…
#: (``TASK/heldoutN.jsonl``; N ≥ 2, so two-digit numbers from 10 on too).
SEALED_SPLIT = re.compile(r"heldout(?:[2-9]|[1-9]\d+)")

#: Sealed test sets by name, oldest first; ``test`` is the newest one of a task. Every name
#: here is checked against its ``SHA256SUMS`` and logged in its folder's ``LOG.md``.
#: (quantities ``test2`` is not listed: its errors were seen, it is a development set now.)
_SEALED_FILES: dict[str, dict[str, Path]] = {
    "events": {"test2": Path("test2") / "documents.jsonl",
               "test3": Path("test3") / "documents.jsonl",
               "test4": Path("test4") / "documents.jsonl",
               "test5": Path("test5") / "documents.jsonl",
               "test26": Path("test26") / "documents.jsonl",
               "test27": Path("test27") / "documents.jsonl"},
    "quotes": {"test2": Path("quotes") / "test2.jsonl",
               "test3": Path("quotes") / "test3.jsonl",
               "test4": Path("quotes") / "test4.jsonl",
               "test25": Path("quotes") / "test25.jsonl",
               "test26": Path("quotes") / "test26.jsonl"},
    "quantities": {"test3": Path("quantities") / "test3.jsonl",
                   "test4": Path("quantities") / "test4.jsonl",
                   "test5": Path("quantities") / "test5.jsonl",
                   "test26": Path("quantities") / "test26.jsonl",
                   "test27": Path("quantities") / "test27.jsonl"},
    "commitments": {"heldout": Path("commitments") / "heldout.jsonl"},
    "readouts": {"heldout2": Path("readouts") / "heldout2.jsonl",
                 "heldout3": Path("readouts") / "heldout3.jsonl",
                 "heldout4": Path("readouts") / "heldout4.jsonl",
                 "heldout25": Path("readouts") / "heldout25.jsonl",
                 "heldout26": Path("readouts") / "heldout26.jsonl"},
}

#: Spent sealed sets opened for development: each was scored only at the start and the end of
#: its round (headline keys; nobody read its errors), then opened at the start of the next round
#: (round 7 opened round 6's sets, round 8 opened round 7's, round 9 opened round 8's, round 10
#: opened round 9's, round 11 opened round 10's, round 12 opened round 11's, round 13 opened
#: round 12's, round 14 opened round 13's, round 15 opened round 14's, 2026-12-06; round 16
#: opened round 15's, 2026-12-07; round 17 opened round 16's, 2026-12-07; round 18 opened
#: round 17's, 2026-12-07; round 19 opened round 18's, 2026-12-07; round 20 opened round
#: 19's, 2026-12-07; round 21 opened round 20's, 2026-12-07; round 22 opened round 21's,
#: 2026-12-07; round 23 opened round 22's, 2026-12-07; round 24 opened round 23's,
#: 2026-12-07; round 25 opened round 24's, 2026-12-07; round 26 opened round 25's,
#: 2026-12-08). From then on each is a development set
#: under its new name and never "unseen" again.
OPENED_FILES: dict[str, dict[str, tuple[str, Path]]] = {
    "events": {"test6": ("dev12", Path("test6") / "documents.jsonl"),
               "test7": ("dev13", Path("test7") / "documents.jsonl"),
               "test8": ("dev14", Path("test8") / "documents.jsonl"),
               "test9": ("dev15", Path("test9") / "documents.jsonl"),
               "test10": ("dev16", Path("test10") / "documents.jsonl"),
               "test11": ("dev17", Path("test11") / "documents.jsonl"),
               "test12": ("dev18", Path("test12") / "documents.jsonl"),
               "test13": ("dev19", Path("test13") / "documents.jsonl"),
               "test14": ("dev20", Path("test14") / "documents.jsonl"),
               "test15": ("dev21", Path("test15") / "documents.jsonl"),
               "test16": ("dev22", Path("test16") / "documents.jsonl"),
               "test17": ("dev23", Path("test17") / "documents.jsonl"),
               "test18": ("dev24", Path("test18") / "documents.jsonl"),
               "test19": ("dev25", Path("test19") / "documents.jsonl"),
               "test20": ("dev26", Path("test20") / "documents.jsonl"),
               "test21": ("dev27", Path("test21") / "documents.jsonl"),
               "test22": ("dev28", Path("test22") / "documents.jsonl"),
               "test23": ("dev29", Path("test23") / "documents.jsonl"),
               "test24": ("dev30", Path("test24") / "documents.jsonl"),
               "test25": ("dev31", Path("test25") / "documents.jsonl")},
    "quotes": {"test5": ("dev9", Path("quotes") / "test5.jsonl"),
               "test6": ("dev10", Path("quotes") / "test6.jsonl"),
               "test7": ("dev11", Path("quotes") / "test7.jsonl"),
               "test8": ("dev12", Path("quotes") / "test8.jsonl"),
               "test9": ("dev13", Path("quotes") / "test9.jsonl"),
               "test10": ("dev14", Path("quotes") / "test10.jsonl"),
               "test11": ("dev15", Path("quotes") / "test11.jsonl"),
               "test12": ("dev16", Path("quotes") / "test12.jsonl"),
               "test13": ("dev17", Path("quotes") / "test13.jsonl"),
               "test14": ("dev18", Path("quotes") / "test14.jsonl"),
               "test15": ("dev19", Path("quotes") / "test15.jsonl"),
               "test16": ("dev20", Path("quotes") / "test16.jsonl"),
               "test17": ("dev21", Path("quotes") / "test17.jsonl"),
               "test18": ("dev22", Path("quotes") / "test18.jsonl"),
               "test19": ("dev23", Path("quotes") / "test19.jsonl"),
               "test20": ("dev24", Path("quotes") / "test20.jsonl"),
               "test21": ("dev25", Path("quotes") / "test21.jsonl"),
               "test22": ("dev26", Path("quotes") / "test22.jsonl"),
               "test23": ("dev27", Path("quotes") / "test23.jsonl"),
               "test24": ("dev28", Path("quotes") / "test24.jsonl")},
    "quantities": {"test6": ("dev9", Path("quantities") / "test6.jsonl"),
                   "test7": ("dev10", Path("quantities") / "test7.jsonl"),
                   "test8": ("dev13", Path("quantities") / "test8.jsonl"),
                   "test9": ("dev14", Path("quantities") / "test9.jsonl"),
                   "test10": ("dev15", Path("quantities") / "test10.jsonl"),
                   "test11": ("dev16", Path("quantities") / "test11.jsonl"),
                   "test12": ("dev17", Path("quantities") / "test12.jsonl"),
                   "test13": ("dev18", Path("quantities") / "test13.jsonl"),
                   "test14": ("dev19", Path("quantities") / "test14.jsonl"),
                   "test15": ("dev20", Path("quantities") / "test15.jsonl"),
                   "test16": ("dev21", Path("quantities") / "test16.jsonl"),
                   "test17": ("dev22", Path("quantities") / "test17.jsonl"),
                   "test18": ("dev23", Path("quantities") / "test18.jsonl"),
                   "test19": ("dev24", Path("quantities") / "test19.jsonl"),
                   "test20": ("dev25", Path("quantities") / "test20.jsonl"),
                   "test21": ("dev26", Path("quantities") / "test21.jsonl"),
                   "test22": ("dev27", Path("quantities") / "test22.jsonl"),
                   "test23": ("dev28", Path("quantities") / "test23.jsonl"),
                   "test24": ("dev29", Path("quantities") / "test24.jsonl"),
                   "test25": ("dev30", Path("quantities") / "test25.jsonl")},
    "readouts": {"heldout5": ("dev7", Path("readouts") / "heldout5.jsonl"),
                 "heldout6": ("dev8", Path("readouts") / "heldout6.jsonl"),
                 "heldout7": ("dev9", Path("readouts") / "heldout7.jsonl"),
                 "heldout8": ("dev10", Path("readouts") / "heldout8.jsonl"),
                 "heldout9": ("dev11", Path("readouts") / "heldout9.jsonl"),
                 "heldout10": ("dev12", Path("readouts") / "heldout10.jsonl"),
                 "heldout11": ("dev13", Path("readouts") / "heldout11.jsonl"),
                 "heldout12": ("dev14", Path("readouts") / "heldout12.jsonl"),
                 "heldout13": ("dev15", Path("readouts") / "heldout13.jsonl"),
                 "heldout14": ("dev16", Path("readouts") / "heldout14.jsonl"),
                 "heldout15": ("dev17", Path("readouts") / "heldout15.jsonl"),
                 "heldout16": ("dev18", Path("readouts") / "heldout16.jsonl"),
                 "heldout17": ("dev19", Path("readouts") / "heldout17.jsonl"),
                 "heldout18": ("dev20", Path("readouts") / "heldout18.jsonl"),
                 "heldout19": ("dev21", Path("readouts") / "heldout19.jsonl"),
                 "heldout20": ("dev22", Path("readouts") / "heldout20.jsonl"),
                 "heldout21": ("dev23", Path("readouts") / "heldout21.jsonl"),
                 "heldout22": ("dev24", Path("readouts") / "heldout22.jsonl"),
                 "heldout23": ("dev25", Path("readouts") / "heldout23.jsonl"),
                 "heldout24": ("dev26", Path("readouts") / "heldout24.jsonl")},
}


def opened_file(task: str, split: str, root: Path) -> Path | None:
    """Return the gold file of an opened set by its development name (``dev12``…), or None."""
    for dev_name, rel in OPENED_FILES.get(task, {}).values():
        if dev_name == split:
            return root / rel
    return None


def opened_name(task: str, split: str) -> str | None:
    """Return the development name of a spent sealed set opened for development, or None."""
    entry = OPENED_FILES.get(task, {}).get(split)
    return entry[0] if entry else None


#: Named sealed splits besides ``test`` and ``heldoutN``.
SEALED_NAMES = ("test2", "test3", "test4", "test5", "test6", "test7", "test8", "test9",
                "test10", "test11", "test12", "test13", "test14", "test15",
                "test16", "test17", "test18", "test19", "test20", "test21", "test22",
                "test23", "test24", "test25", "test26", "test27")

#: Sets built for the next development round: sealed (guarded, checked, logged) but not yet
#: what ``test`` means, so that this round's start and end are scored on the same set.
NEXT_ROUND: dict[str, str] = {"events": "test27", "quotes": "test26", "quantities": "test27",
                              "readouts": "heldout26"}


def sealed_file(task: str, split: str, root: Path) -> Path | None:
    """Return the sealed gold file ``split`` of ``task``, or None when it has no such set.

    ``test`` is the newest sealed set of the task whose file exists, leaving out a set
    kept for the next round (:data:`NEXT_ROUND`).
    """
    sets = _SEALED_FILES.get(task, {})
    if split != "test":
        return root / sets[split] if split in sets else None
    existing = [root / rel for name, rel in sets.items()
                if (root / rel).exists() and name != NEXT_ROUND.get(task)]
    return existing[-1] if existing else None


def is_sealed(split: str) -> bool:
    """Return whether ``split`` names a sealed set (``test`` or ``heldoutN``, N ≥ 2)."""
    return split == "test" or split in SEALED_NAMES or bool(SEALED_SPLIT.fullmatch(split))


def check_sealed(path: Path) -> str:
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


def log_sealed_run(path: Path, task: str, digest: str, report: Report) -> None:
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
    log = path.parent / "LOG.md"
    lines = log.read_text(encoding="utf-8").splitlines(keepends=True) if log.exists() else []
    at = section_end(lines, path.stem)
    if lines and not lines[at - 1].endswith("\n"):
        lines[at - 1] += "\n"
    log.write_text("".join([*lines[:at], line, *lines[at:]]), encoding="utf-8")
    report.notes.append(f"Sealed set: this scoring run was logged in {path.parent / 'LOG.md'}.")


def section_end(lines: list[str], name: str) -> int:
    """Return where a new run line of set ``name`` goes in a log's ``lines``.

    A log shared by several sets of a folder has one ``## name …`` section per set: the line
    goes after the last non-blank line of that set's section. A log with no such section
    (one set per folder) takes it at the end.
    """
    heads = [i for i, text in enumerate(lines) if text.startswith("## ")]
    mine = [i for i in heads if text_names(lines[i], name)]
    if not mine:
        return len(lines)
    start = mine[-1]
    end = next((i for i in heads if i > start), len(lines))
    while end > start + 1 and not lines[end - 1].strip():
        end -= 1
    return end


def text_names(header: str, name: str) -> bool:
    """Whether a ``## …`` header is the section of set ``name`` (``test6`` is not ``test60``)."""
    words = header[3:].replace("`", " ").replace("(", " ").replace(".", " ").split()
    return name in words


def sealed_path(path: Path, root: Path | None) -> bool:
    """Return whether ``path`` is one of the registered sealed gold files under ``root``.

    Args:
        path: A gold file given by path.
        root: The gold-set directory (``data/gold``), or None when there is none.
    """
    if root is None or not path.exists():
        return False
    target = path.resolve()
    registered = {(root / rel).resolve() for sets in _SEALED_FILES.values()
                  for rel in sets.values()}
    opened = {(root / rel).resolve() for sets in OPENED_FILES.values()
              for _, rel in sets.values()}
    if target in opened:
        return False
    return target in registered or bool(
        target.parent == (root / "readouts").resolve()
        and SEALED_SPLIT.fullmatch(target.stem))


def refuse_unconfirmed(path: Path) -> None:
    """Raise the guard's error for a sealed set scored without ``--sealed-run``.

    Raises:
        ConfigError: C006, always; it names the set, the rule and the fix.
    """
    raise ConfigError("C006", detail=(
        f"{path} is a sealed test set: scoring it spends it, and every run is logged in "
        f"{path.parent / 'LOG.md'}. Sealed sets are scored only at the start and at the end "
        "of a development round. Fix: score a development split (--split dev, dev2 … devN); "
        "if this is one of those two runs, add --sealed-run (Python: sealed_run=True)."))
