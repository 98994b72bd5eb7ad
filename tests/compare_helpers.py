"""Shared helpers of the comparer tests: hand-built analyses, given sides, sides carried over
sentences.

The tests build their analyses from sentences written for them (fictional countries and
people), so each helper only places a mention, a quote or a side where the test says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from wirecoder.compare.carried_sides import carried_sides
from wirecoder.compare.claims import build_claims
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.sentences import sentence_spans
from wirecoder.compare.sides import sentence_sides
from wirecoder.models import Analysis, Entity, Quote

Found = dict[int, tuple[str, str | None, str]]


def at(text: str, raw: str, nth: int = 0) -> int:
    """Return where the ``nth`` (0-based) occurrence of ``raw`` starts in ``text``."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(raw, start + 1)
    return start


def entity(text: str, raw: str, name: str, code: str | None, kind: str = "PERSON",
           nth: int = 0, **more: object) -> Entity:
    """Return a mention of ``raw`` (its ``nth`` occurrence in ``text``) in sentence 0.

    Args:
        text: The story.
        raw: The mention's words, as they stand in ``text``.
        name: The entity's name.
        code: Its country code.
        kind: Its entity kind.
        nth: Which occurrence of ``raw`` (0: the first).
        **more: Further ``Entity`` fields (``sector_code``, ``role``, ...).
    """
    start = at(text, raw, nth)
    return Entity(raw_text=raw, entity_name=name, country_code=code, kind=kind, start=start,
                  end=start + len(raw), sentence=0, **more)


def quote(text: str, quoted: str, speaker: Entity | None, kind: str = "direct") -> Quote:
    """Return a ``kind`` quote of the first occurrence of ``quoted`` in ``text``, in sentence 0."""
    start = text.index(quoted)
    return Quote(text=quoted, kind=kind, speaker=speaker, start=start,
                 end=start + len(quoted), sentence=0)


def analysis_of(text: str, entities: Sequence[Entity] = (),
                quotes: Sequence[Quote] = ()) -> Analysis:
    """Return an analysis of ``text`` with just these entities and quotes."""
    return Analysis(id="t", text=text, entities=tuple(entities), quotes=tuple(quotes))


def sides_of(analysis: Analysis) -> dict[int, str]:
    """Return sentence index -> the side :func:`sentence_sides` gives it."""
    found = sentence_sides(analysis, sentence_spans(analysis.text), load_lexicon())
    return {i: side for i, (side, _how, _name) in found.items()}


def story_sides(story: str, published: str) -> dict[int, str]:
    """Return sentence index -> side of ``story`` after the whole pipeline's analysis."""
    import wirecoder

    return sides_of(wirecoder.analyze(story, published=published))


def point_with(comparison: Any, fragment: str) -> Any:
    """Return the first point of ``comparison`` whose evidence holds ``fragment``."""
    text = next(iter(comparison.texts.values()))
    return next(p for p in comparison.points
                if any(fragment in text[s:e] for spans in p.evidence.values() for s, e in spans))


def given_claims(sentences: list[tuple[str, str]], *,
                 whole: bool = False) -> tuple[str, list[Any]]:
    """Return the text and the claims of ``[(sides, sentence), ...]`` with the sides given.

    Args:
        sentences: One (sides, sentence) pair per sentence; the sentences are joined by
            spaces. ``"A+B"`` gives a sentence to both A and B.
        whole: Also check that the splitter finds one sentence per pair.

    Returns:
        The joined text and the claims of every side (in order of first appearance).
    """
    text = " ".join(s for _, s in sentences)
    spans = sentence_spans(text)
    if whole:
        assert len(spans) == len(sentences)
    analysis = Analysis(id="t", text=text)
    lexicon = load_lexicon()
    sides = dict.fromkeys(x for found, _ in sentences for x in found.split("+"))
    claims = []
    for side in sides:
        mine = {i: (side, "given", f"speaker {side}") for i, (found, _) in enumerate(sentences)
                if side in found.split("+")}
        claims.extend(build_claims(analysis, side, spans, mine, lexicon))
    return text, claims


def carried(sentences: list[str], found: Found,
            commentary: dict[int, int] | None = None) -> Found:
    """Return ``found`` after :func:`carried_sides` over the sentences joined by spaces.

    Args:
        sentences: One string per sentence (the test fails if the splitter disagrees).
        found: Sentence index -> (side, speaker, how found) before carrying.
        commentary: Sentence index -> commentator, as ``carried_sides`` takes it.

    Returns:
        A copy of ``found`` with the carried sides added.
    """
    text = " ".join(sentences)
    spans = sentence_spans(text)
    assert len(spans) == len(sentences)
    out = dict(found)
    carried_sides(text, spans, out, commentary or {})
    return out
