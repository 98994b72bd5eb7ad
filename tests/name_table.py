"""Entities from a small name table, so event tests do not depend on the actors stage."""

from __future__ import annotations

import datetime as dt
import functools
import re

from spacy.language import Language

from wirecoder.events import code_events, load_lexicon
from wirecoder.models import Entity, Event


@functools.lru_cache(maxsize=32)
def _pattern(names: tuple[str, ...]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile("|".join(rf"\b{re.escape(n)}(?!\w)" for n in ordered))


def name_entities(text: str, names: dict[str, tuple[str, str]]) -> list[Entity]:
    """Return one entity per occurrence of a name of ``names`` (name -> (country, kind))."""
    return [Entity(raw_text=m[0], entity_name=m[0], country_code=names[m[0]][0],
                   kind=names[m[0]][1], start=m.start(), end=m.end(), sentence=0)
            for m in _pattern(tuple(names)).finditer(text)]


#: The fictional states of the event tests, with their nationality adjectives.
FICTIONAL_STATES: dict[str, tuple[str, str]] = {
    "Ruritania": ("RUR", "GPE"), "Ruritanian": ("RUR", "NORP"),
    "Freedonia": ("FRE", "GPE"), "Freedonian": ("FRE", "NORP"),
}

#: The publication day of sentences written for the event tests.
TEST_DAY = dt.date(2025, 3, 1)


def code_with_names(nlp: Language, text: str, names: dict[str, tuple[str, str]],
                    published: dt.date = TEST_DAY) -> tuple[Event, ...]:
    """Code the events of ``text`` with the entities of ``names`` only (no actors stage)."""
    return tuple(code_events(nlp(text), load_lexicon(), name_entities(text, names),
                             story_id="t", published=published))
