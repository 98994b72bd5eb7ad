"""JSON parsing with bounds: nesting depth is checked *before* parsing, numbers are capped.

``json.loads`` raises ``RecursionError`` on input nested about 1,000 deep and
``ValueError`` on an integer of more than 4,300 digits; both escaped the readers and
killed whole runs. :func:`loads` turns every such input into one :class:`JSONError`.
"""

from __future__ import annotations

import json
import re
from typing import Any

__all__ = ["MAX_DEPTH", "MAX_NUMBER_CHARS", "JSONError", "loads", "nesting_depth"]

#: Deepest nesting of arrays and objects accepted (a story record needs 2 or 3).
MAX_DEPTH = 64
#: Longest number literal accepted, in characters.
MAX_NUMBER_CHARS = 64

_TOKENS = re.compile(r'"(?:[^"\\]|\\.)*"|[\[\]{}]', re.DOTALL)


class JSONError(ValueError):
    """The input is not acceptable JSON; ``detail`` says why, ``line`` where (1-based)."""

    def __init__(self, detail: str, line: int = 1) -> None:
        super().__init__(detail)
        self.detail = detail
        self.line = line


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> tuple[int, int]:
    """Return ``(depth, offset)``: the deepest nesting of ``text`` up to ``limit + 1``.

    Strings are skipped; the scan stops as soon as the depth passes ``limit`` (offset is
    where it did), so it is linear and cheap.
    """
    depth = deepest = 0
    for match in _TOKENS.finditer(text):
        token = match.group()
        if token in "[{":
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    return deepest, match.start()
        elif token in "]}":
            depth -= 1
    return deepest, -1


def _number(kind: type) -> Any:
    def parse(literal: str) -> Any:
        if len(literal) > MAX_NUMBER_CHARS:
            raise JSONError(f"a number of {len(literal):,} characters (at most "
                            f"{MAX_NUMBER_CHARS})")
        return kind(literal)

    return parse


def loads(text: str) -> Any:
    """Parse ``text`` as JSON within the bounds above.

    Raises:
        JSONError: for malformed JSON, nesting deeper than :data:`MAX_DEPTH` or a number
            longer than :data:`MAX_NUMBER_CHARS` characters.
    """
    depth, offset = nesting_depth(text)
    if depth > MAX_DEPTH:
        line = text.count("\n", 0, offset) + 1
        raise JSONError(f"nested deeper than {MAX_DEPTH} levels", line)
    try:
        return json.loads(text, parse_int=_number(int), parse_float=_number(float))
    except JSONError:
        raise
    except json.JSONDecodeError as exc:
        raise JSONError(exc.msg, exc.lineno) from None
    except (ValueError, RecursionError) as exc:  # pragma: no cover - bounds above catch these
        raise JSONError(f"{type(exc).__name__}: {exc}") from None
