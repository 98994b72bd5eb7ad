"""Why a system point has no gold counterpart: a diagnosis of point precision (round 19, ro19).

``wirecoder eval readouts`` matches system and gold points one-to-one by shared evidence
sentences; a system point left over lowers point precision. It is one of:

- ``background``: it shares no sentence with any gold point (the gold makes no point of its
  sentences: narration or history given a side, a commentator, a correspondent);
- ``fragment of one-sided``: it shares sentences with a gold one-sided point that another
  system point matched (one side's statement split over two matters);
- ``fragment, same side``: it shares sentences with a gold two-sided point whose match holds
  sentences of the same gold side too (a side's part of the point split over two matters);
- ``unlinked side``: it shares sentences with a gold two-sided point whose match holds none of
  its gold side's sentences and is one-sided (the two sides' matters were never linked);
- ``other side``: as ``unlinked side``, but the match is two-sided (a third side, or a side
  linked elsewhere);
- ``gold unmatched``: it shares sentences with a gold point that no system point matched
  (a tie of the one-to-one matching).

``python -m wirecoder.compare.diagnose --spurious --split dev … [--points]`` prints the counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..evaluation.readouts import match_points

__all__ = ["SPURIOUS", "spurious_causes"]

#: The classes of a system point with no gold counterpart, in the order they are printed.
SPURIOUS = ("background", "fragment of one-sided", "fragment, same side", "unlinked side",
            "other side", "gold unmatched")


def _sentences(evidence: dict[str, Any], spans: Sequence[tuple[int, int]]) -> set[int]:
    return {i for found in evidence.values() for start, end in found
            for i, (a, b) in enumerate(spans) if a < end and start < b}


def spurious_causes(gold: dict[str, Any], points: Sequence[dict[str, Any]],
                    spans: Sequence[tuple[int, int]]) -> list[tuple[int, str]]:
    """Return (system point index, class) for each system point no gold point matched.

    Args:
        gold: One gold group (``points`` with ``in``, ``relation`` and ``evidence``).
        points: The comparer's points of the group (``Comparison.to_dict()["points"]``).
        spans: The story's sentence spans (``sentence_spans``).

    Returns:
        One entry per unmatched system point, classed as in :data:`SPURIOUS`.
    """
    golds = gold["points"]
    pairs = match_points(golds, list(points), True)
    matched = {s for _, s in pairs}
    match_of = dict(pairs)
    gold_sentences = [_sentences(p["evidence"], spans) for p in golds]
    side_of: dict[int, set[str]] = {}
    for point in golds:
        for side, found in point["evidence"].items():
            for i in _sentences({side: found}, spans):
                side_of.setdefault(i, set()).add(side)
    found_causes = []
    for s, point in enumerate(points):
        if s in matched:
            continue
        mine = _sentences(point["evidence"], spans)
        hit = [g for g, held in enumerate(gold_sentences) if held & mine]
        if not hit:
            found_causes.append((s, "background"))
            continue
        g = hit[0]
        other = match_of.get(g)
        if other is None:
            found_causes.append((s, "gold unmatched"))
            continue
        if len(golds[g]["in"]) < 2:
            found_causes.append((s, "fragment of one-sided"))
            continue
        here = set().union(*(side_of.get(i, set()) for i in mine & gold_sentences[g]))
        there = set().union(*(side_of.get(i, set()) for i in _sentences(
            points[other]["evidence"], spans) & gold_sentences[g]))
        if here & there:
            found_causes.append((s, "fragment, same side"))
        elif len(points[other]["sides"]) > 1:
            found_causes.append((s, "other side"))
        else:
            found_causes.append((s, "unlinked side"))
    return found_causes
