"""Countries a phrase names ("Chinese", "U.S.", "Bolivia's"), from the actor knowledge base."""

from __future__ import annotations

import re
from functools import lru_cache

from ..actors.kb import compile_kb

__all__ = ["NONSTATE", "PLACE_KINDS", "countries_named"]

NONSTATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM"})
PLACE_KINDS = frozenset({"GPE", "NORP"})  # mentions that name a country


CAPITALIZED = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")


@lru_cache(maxsize=4096)
def countries_named(text: str) -> frozenset[str]:
    """Countries that a place name or nationality in ``text`` names ("Chinese", "U.S.")."""
    kb = compile_kb()
    found: set[str] = set()
    for match in CAPITALIZED.finditer(text):
        words = match.group(0).split()
        for size in range(len(words), 0, -1):  # longest first: "South Korean" before "South"
            codes = {code for first in range(len(words) - size + 1)
                     for a in kb.lookup(_bare(" ".join(words[first:first + size])))
                     if a.kind in PLACE_KINDS and (code := a.country or a.place_country)}
            if codes:
                found.update(codes)
                break
    return frozenset(found)


def _bare(phrase: str) -> str:
    """A name without its possessive ("Bolivia's" → "Bolivia")."""
    for suffix in ("'s", "’s", "'", "’"):
        if phrase.endswith(suffix):
            return phrase[: -len(suffix)]
    return phrase
