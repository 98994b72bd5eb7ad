"""Entities from a small name table, so event tests do not depend on the actors stage."""

from __future__ import annotations

import functools
import re

from wirecoder.models import Entity


@functools.lru_cache(maxsize=32)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(n)}(?!\w)" for n in ordered))


def name_entities(text: str, names: dict[str, tuple[str, str]]) -> list[Entity]:
    """Return one entity per occurrence of a name of ``names`` (name -> (country, kind))."""
    return [Entity(raw_text=m[0], entity_name=m[0], country_code=names[m[0]][0],
                   kind=names[m[0]][1], start=m.start(), end=m.end(), sentence=0)
            for m in _pattern(tuple(names)).finditer(text)]
