r"""Case-insensitive regex scans run as case-sensitive ones over the lower-cased text.

Python's ``re`` cannot skip ahead with a case-insensitive pattern (no literal prefix, no
first-character set): it tries the whole pattern at every character. Compiled without the
flag and run over ``text.lower()``, the same pattern finds the same spans several times
faster, and the two runs are the same step by step when every character ``c`` of the text
satisfies:

- ``c.lower()`` is one character (so offsets do not move);
- ``c`` and ``c.lower()`` are in the same ``\w``, ``\s`` and ``\d`` classes (so ``\b``,
  ``\s``, ``\d`` and lookarounds read the same);
- ``c.lower()`` is an ASCII letter exactly when ``re.IGNORECASE`` folds ``c`` onto it, and
  is a caseless character of the pattern only when ``c`` is that character.

Over all of Unicode only three characters break this (a test checks every code point):
"İ" lowers to two characters, "ı" and "ſ" lower to themselves but the flag folds them
onto "i" and "s" (:data:`UNFOLDED`). A text holding one of them is scanned as before.
A pattern qualifies (:func:`twin`) when it has the flag, no upper-case letter outside
``(?P<name>`` / ``(?P=name)`` (so no ``\S``, ``\W``, ``\B``, ``[A-Z]`` or upper-case
literal), no inline flag group, and only caseless non-ASCII characters.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

__all__ = ["UNFOLDED", "finditer", "lowered", "search", "spans", "starts", "twin"]

#: The characters whose ``str.lower`` differs from the folding of ``re.IGNORECASE``.
UNFOLDED = ("İ", "ı", "ſ")

_NAMED_GROUP = re.compile(r"\(\?P[<=]")
_INLINE_FLAGS = re.compile(r"\(\?[aiLmsux-]+[:)]")


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str | None:
    """Return ``text.lower()``, or None when ``text`` holds a character of :data:`UNFOLDED`.

    Kept for the last texts: every stage's scans of one story share it.
    """
    return None if any(c in text for c in UNFOLDED) else text.lower()


@functools.lru_cache(maxsize=128)
def twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """Return ``pattern`` compiled without ``re.IGNORECASE``, or None when it does not qualify.

    See the module docstring for what qualifies.
    """
    source = pattern.pattern
    if not pattern.flags & re.IGNORECASE or not isinstance(source, str):
        return None
    bare = _NAMED_GROUP.sub("", source)
    if _INLINE_FLAGS.search(bare) or any(c.isupper() for c in bare):
        return None
    if any(not c.isascii() and (c.lower() != c or c.upper() != c) for c in bare):
        return None
    return re.compile(source, pattern.flags & ~re.IGNORECASE)


def _runner(pattern: re.Pattern[str], text: str) -> tuple[re.Pattern[str], str]:
    """The pattern and text to scan: the twin over the lowered text when both exist."""
    same = twin(pattern)
    low = lowered(text) if same is not None else None
    if same is None or low is None:
        return pattern, text
    return same, low


def spans(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int]]:
    """Yield ``m.span()`` of every ``pattern.finditer(text)`` match."""
    scan, target = _runner(pattern, text)
    for m in scan.finditer(target):
        yield m.span()


def starts(pattern: re.Pattern[str], text: str) -> Iterator[int]:
    """Yield ``m.start()`` of every ``pattern.finditer(text)`` match."""
    scan, target = _runner(pattern, text)
    for m in scan.finditer(target):
        yield m.start()


def finditer(pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Yield the matches of ``pattern.finditer(text)``, as ``pattern``'s own matches.

    Found with the twin, each is then matched by ``pattern`` at its start (the same match;
    only its ``pos`` attribute is that start, not 0).
    """
    scan, target = _runner(pattern, text)
    if scan is pattern:
        yield from pattern.finditer(text)
        return
    for found in scan.finditer(target):
        m = pattern.match(text, found.start())
        if m is None:  # pragma: no cover - excluded by the module's argument
            raise AssertionError(f"{pattern.pattern[:40]!r} missed its twin's match")
        yield m


def search(pattern: re.Pattern[str], text: str) -> bool:
    """Return whether ``pattern.search(text)`` finds a match."""
    scan, target = _runner(pattern, text)
    return scan.search(target) is not None
