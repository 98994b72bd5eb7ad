r"""Word lists as regex alternations that match exactly like ``a|b|c`` but much faster.

Python's ``re`` tries the alternatives of ``longest|longer|long`` one by one at every
position it scans; with ``re.IGNORECASE`` it cannot even skip an alternative by its first
character. A list of hundreds of unit names tried after every number made the quantity
patterns the costliest part of the quantities stage. :func:`alternation` writes the same
list as a trie (``lon(?:g(?:est|er|))``): the engine then follows one path per position.

The trie matches exactly what the flat alternation, longest word first, matches, in the
same order of preference: at each node the children start with characters that no other
child's first character can match (checked under the pattern's flags), so at most one
child can match a given text, and the node's own end (a shorter word) is tried after its
longer continuations. Where that check fails (e.g. a space written as ``[\s-]`` next to
a ``-``), the node falls back to the flat alternation of its words, in the original order.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["alternation"]


def alternation(words: Iterable[str], flags: int = 0, space: str | None = None) -> str:
    r"""Return a regex matching any of ``words``, preferring longer words (as a trie).

    Equivalent to ``"|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))``
    (with every escaped space replaced by ``space`` when given), used in a pattern compiled
    with ``flags``. The result is a single alternative or one non-capturing group, so it
    can stand wherever that joined string stood inside a group.

    Args:
        words: The words or phrases (plain text, not regexes).
        flags: The flags in force where the alternation is used (``re.IGNORECASE`` matters).
        space: The regex written for each space of a word (e.g. ``r"[\s-]"``); by default
            a literal space.
    """
    ordered = sorted(dict.fromkeys(words), key=len, reverse=True)
    return _node(ordered, 0, flags & re.IGNORECASE, space)


def _char(ch: str, space: str | None) -> str:
    return space if ch == " " and space is not None else re.escape(ch)


def _flat(words: list[str], depth: int, space: str | None) -> list[str]:
    return ["".join(_char(ch, space) for ch in word[depth:]) for word in words]


def _node(words: list[str], depth: int, flags: int, space: str | None) -> str:
    """The alternation of ``words[i][depth:]`` (all words share ``words[0][:depth]``)."""
    longer = [w for w in words if len(w) > depth]
    groups: dict[str, list[str]] = {}
    for word in longer:
        ch = word[depth]
        key = ch.lower() if flags else ch
        if key in groups and not _same(ch, groups[key][0][depth], flags):
            key = ch  # (never for ASCII) a case pair the engine does not treat as one
        groups.setdefault(key, []).append(word)
    if _exclusive([g[0][depth] for g in groups.values()], flags, space):
        alternatives = [_char(g[0][depth], space) + _node(g, depth + 1, flags, space)
                        for g in groups.values()]
    else:
        alternatives = _flat(longer, depth, space)
    if len(longer) < len(words):
        alternatives.append("")  # a word ends here: tried after every longer one
    if len(alternatives) == 1:
        return alternatives[0]
    return "(?:" + "|".join(alternatives) + ")"


def _same(a: str, b: str, flags: int) -> bool:
    """Return True when characters ``a`` and ``b`` match each other under ``flags``."""
    if a == b:
        return True
    return bool(re.fullmatch(re.escape(a), b, flags) and re.fullmatch(re.escape(b), a, flags))


def _exclusive(chars: list[str], flags: int, space: str | None) -> bool:
    """Return True when no text character can match two of ``chars`` (as written)."""
    if all(ch.isascii() for ch in chars) and (space is None or " " not in chars):
        return len({ch.lower() if flags else ch for ch in chars}) == len(chars)
    patterns = [re.compile(_char(ch, space), flags) for ch in chars]
    return not any(i != j and patterns[i].fullmatch(other)
                   for i in range(len(chars)) for j, other in enumerate(chars))
