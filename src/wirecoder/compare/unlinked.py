"""Why two sides' statements of one gold point were left apart: the ``no link`` class.

``python -m wirecoder.compare.diagnose --unlinked --split dev12`` (round 18) looks at every
gold two-sided point (``shared``, ``different_framing``, ``contradiction``) that
:func:`~wirecoder.compare.diagnose.relation_causes` classes ``no link`` — both gold sides'
sentences were given the right sides, but the linker left their matters apart — and counts
it three ways:

- ``shape``: ``spread`` when one gold side's statement lies in two or more of the comparer's
  matters (a statement split over sentences the matter rules did not join), else ``single``;
- ``ground``: what the best pair of the two sides' matters (highest link probability) shares,
  as :func:`~wirecoder.compare.diagnose.link_ground` names it — a topic anchor, a participant
  other than the two sides, a measured quantity, an event type, else ``wording`` (some
  shared content words only) or ``none``;
- ``p``: the link model's probability for that best pair, in bands (``<.2``, ``.2-.3``,
  ``.3-.5``, ``>=.5`` — the last one a pair the model links that the one-matter-per-side
  or cohesion constraints kept apart).

A point whose ground is ``wording`` or ``none`` is a paraphrase: the two sides state one
matter in different words and share no structured signal the comparer extracts.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from .align import Matter, anchor_weights, matters_of, pair_links
from .linker import Linker, default_linker
from .models import Claim

__all__ = ["BANDS", "held_matters", "pair_probabilities", "unlinked_ground"]

#: Upper bounds of the probability bands, with their names (the last band has no bound).
BANDS: tuple[tuple[float, str], ...] = ((0.2, "<.2"), (0.3, ".2-.3"), (0.5, ".3-.5"))


def _band(p: float) -> str:
    return next((name for bound, name in BANDS if p < bound), ">=.5")


def pair_probabilities(claims: Sequence[Claim], linker: Linker | None = None
                       ) -> tuple[list[Matter], dict[tuple[int, int], float]]:
    """Return the matters of one story's claims and the link probability of each pair.

    The matters, pairs and features are those ``align(claims, within=True)`` computes
    (``align.pair_links``).

    Args:
        claims: The story's claims (``api.within_claims``).
        linker: The link model; by default the shipped one (:func:`default_linker`).

    Returns:
        The story's matters, and the probability of each pair of two sides' matters keyed by
        both orders of their indexes: the model's, or (a linker without a model: the rules)
        1 for a pair the rules link, else 0.
    """
    linker = linker or default_linker()
    weights = anchor_weights(claims)
    matters = matters_of(claims, weights)
    probability: dict[tuple[int, int], float] = {}
    for pair in pair_links(matters, weights, True):
        p = (float(pair.rule) if linker.model is None
             else linker.probability(pair.features(matters)))
        probability[(pair.i, pair.j)] = probability[(pair.j, pair.i)] = p
    return matters, probability


def held_matters(evidence: Mapping[str, Sequence[Sequence[int]]], matters: Sequence[Matter]
                 ) -> dict[str, list[int]]:
    """Return, per gold side, the indexes of the matters holding a sentence of its evidence.

    Args:
        evidence: Gold side -> its evidence spans ([start, end] in the story's text).
        matters: The story's matters (:func:`pair_probabilities`).

    Returns:
        Gold side -> the indexes (into ``matters``) of the matters one of whose claims
        overlaps one of its spans, in order.
    """
    return {side: [k for k, matter in enumerate(matters)
                   if any(start < c.end and c.start < end
                          for start, end in spans for c in matter.claims)]
            for side, spans in evidence.items()}


def unlinked_ground(held: Mapping[str, Sequence[int]], matters: Sequence[Matter],
                    probability: Callable[[int, int], float | None]) -> list[str]:
    """Describe a gold two-sided point whose sides' matters were left apart.

    Args:
        held: Gold side -> indexes of the matters holding its evidence (:func:`held_matters`).
        matters: The story's matters.
        probability: The link probability of two matters (None for two of one side).

    Returns:
        Three labels, "shape: spread|single", "ground: …" and "p: …" (module docstring);
        ground and p are "no pair" when no pair of two sides' matters exists.
    """
    from .diagnose import link_ground

    shape = "spread" if any(len(found) > 1 for found in held.values()) else "single"
    sides = list(held)
    best: tuple[float, int, int] | None = None
    for x, first in enumerate(sides):
        for second in sides[x + 1:]:
            for i in held[first]:
                for j in held[second]:
                    p = probability(i, j) if i != j else None
                    if p is not None and (best is None or p > best[0]):
                        best = (p, i, j)
    if best is None:
        return [f"shape: {shape}", "ground: no pair", "p: no pair"]
    p, i, j = best
    return [f"shape: {shape}", f"ground: {link_ground(matters[i].claims, matters[j].claims)}",
            f"p: {_band(p)}"]
