"""The discourse context of mentions that name no country ("authorities", "the military").

A nominal, an unknown person or an unknown organisation with no country of its own
takes the country the discourse makes clear, marked ``resolved_by="context"``:

1. the nearest state mention before it, in its sentence or the sentence before
   ("Hong Kong police arrested six people" -> HKG; "Authorities said" after "the
   Moroccan counterterror agency broke up a cell" -> MAR);
2. else the nearest state mention after it in its own sentence ("Sarbast Nabi,
   professor at Koya University in Iraqi Kurdistan");
3. else the article's main country (the one its mentions name most).

Otherwise the mention keeps no country: a wrong country is worse than none.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Doc

from .syntax import NONSTATE

__all__ = ["assign_context", "focus"]

#: Kinds of mentions that may take the context's country.
CONTEXT_KINDS = frozenset({"NOMINAL", "PERSON", "ORG"})


#: Sectors of mentions whose country does not tell where the story happens.
NO_SCENE = frozenset({"JRN", "BUS", "SOC", "EDU", "MED", "REL"})


class _Mention(Protocol):
    start: int
    end: int
    kind: str
    country: str | None
    sector: str | None
    is_place: bool
    resolved_by: str
    extra: dict[str, object]


def focus(mentions: Sequence[_Mention]) -> str | None:
    """Return the article's main country: the one its mentions name most.

    Places and nationality words count twice.
    """
    counts: Counter[str] = Counter()
    for m in mentions:
        if _states(m):
            counts[str(m.country)] += 2 if m.kind in {"GPE", "NORP"} else 1
    ranked = counts.most_common(1)
    return ranked[0][0] if ranked else None


def _states(m: _Mention) -> bool:
    """Return True for a mention that gives its own (state) country.

    Media, companies, schools and civil-society bodies report on or work in other
    countries ("... shared with VOA details ... as the military"): they set no scene.
    """
    return (bool(m.country) and m.country not in NONSTATE and m.resolved_by != "context"
            and not m.extra.get("modifier") and m.sector not in NO_SCENE)


def _needs_context(m: _Mention) -> bool:
    if m.extra.get("place_context"):
        return m.country is None  # an unknown place: "in the town of Aungban"
    return (m.country is None and m.kind in CONTEXT_KINDS and not m.is_place
            and not m.extra.get("no_context"))


def _nearest(states: list[_Mention], starts: list[int], m: _Mention,
             bounds: tuple[int, int]) -> str | None:
    """Return the country of the nearest state mention around ``m`` (see module doc)."""
    first, sent_end = bounds
    i = bisect.bisect_left(starts, m.start)
    j = i - 1
    while j >= 0 and states[j].start >= first:
        if states[j].end <= m.start:
            return states[j].country
        j -= 1
    while i < len(states) and states[i].start < sent_end:
        if states[i].start >= m.end:
            return states[i].country
        i += 1
    return None


def _bounds(doc: Doc) -> list[tuple[int, int]]:
    """Per token: (start of the previous sentence, end of its own sentence)."""
    out: list[tuple[int, int]] = [(0, 0)] * len(doc)
    previous = 0
    for sent in doc.sents:
        for i in range(sent.start, sent.end):
            out[i] = (previous, sent.end)
        previous = sent.start
    return out


def assign_context(doc: Doc, mentions: list[_Mention]) -> None:
    """Give mentions without a country the discourse's country (in place)."""
    todo = [m for m in mentions if _needs_context(m)]
    if not todo:
        return
    ordered = sorted(mentions, key=lambda x: x.start)
    main = focus(ordered)
    states = [x for x in ordered if _states(x)]
    starts = [x.start for x in states]
    bounds = _bounds(doc)
    for m in sorted(todo, key=lambda x: x.start):
        code = _nearest(states, starts, m, bounds[m.start]) or main
        if code:
            m.country, m.resolved_by = code, "context"
