"""Why gold one-sided points are missed: a diagnosis of the comparer on development gold.

A gold ``only_in_one`` point (one side states the matter, no other side addresses it) is
found when a system point that matches it (``wirecoder eval readouts`` matching: evidence
sentences overlap, one-to-one) is ``only_in_one`` too. Otherwise it failed in one of three
ways, each with its own fix:

- ``linked``: the matching system point holds another side's sentences too — the linker
  joined the matter to another side's matter (a one-sided point turned divergent or shared);
- ``merged``: no system point is left for it, though its sentences have a side — they were
  merged into a neighbouring matter of the same side that matched another gold point;
- ``no side``: no system point is left and none of its sentences was given a side.

``python -m wirecoder.compare.diagnose --split dev12 [--split dev11 …] [--points]`` prints the
counts per set (and, with ``--points``, every failed point). Sealed sets are refused: their
errors must not be read.

With ``--relations`` (round 14) it diagnoses every gold point that has two or more sides
(``shared``, ``different_framing``, ``contradiction``) and was not found with its relation
(:func:`relation_causes`): a matched two-sided system point with another relation is
counted as "gold → system (rule)", the rule read from the point's ``why``
(:func:`rule_of`); a point found one-sided or not at all is counted by why its sides never
met — ``no side`` (a side's evidence sentences have no side), ``one side`` (all are sided,
but the comparer put the gold sides' sentences on fewer sides: a sentence on the wrong
side), ``no link`` (the sides are right, the linker did not join their matters).

With ``--links`` (round 16) each gold one-sided point found ``linked`` is counted by what its
sentences share with the other sides' sentences of the system point (:func:`link_ground`):
a topic anchor, a participant other than the two sides, a measured quantity, an event type
(any combination, joined by "+"), else ``wording`` (some shared content words) or ``none``.

With ``--unlinked`` (round 18) each gold two-sided point classed ``no link`` is counted by its
shape, by what its best unlinked pair of matters shares and by that pair's link probability
(``compare/unlinked.py``).

With ``--spurious`` (round 19, ro19) every system point no gold point matched is counted by why
(``compare/spurious.py``): ``background``, a fragment of a gold point another system point
matched (``fragment of one-sided``, ``fragment, same side``), the ``unlinked side`` or
``other side`` of a gold two-sided point, or ``gold unmatched``.

With ``--sides`` (round 18, rosides18) every gold evidence sentence is counted by the sides
the comparer gave it (:func:`side_errors`): ``right``, ``no side``, ``wrong side`` (none of
its system sides stands for one of its gold sides) or ``fewer sides`` (a sentence two gold
sides state, given fewer). As in ``wirecoder eval readouts``' ``side_attribution``, each
system side stands for the gold side most of its sentences carry (a tie: the sorted first,
``evaluation.readouts.stands_for``, so the counts do not move with the hash seed).
"""

from __future__ import annotations

import argparse
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import Any

from ..errors import ConfigError
from ..evaluation.readouts import match_points, stands_for
from .claims import content_words
from .models import Claim
from .spurious import SPURIOUS

__all__ = ["CAUSES", "LINK_CAUSES", "SIDE_CLASSES", "classify", "diagnose_split", "link_ground",
           "main", "relation_causes", "rule_of", "side_errors"]

#: The outcomes of a gold one-sided point, in the order they are printed.
CAUSES = ("right", "linked", "merged", "no side")
#: Why a gold two-sided point was found one-sided or not at all.
LINK_CAUSES = ("no side", "one side", "no link")
#: What the comparer made of a gold evidence sentence's sides (``--sides``).
SIDE_CLASSES = ("right", "no side", "wrong side", "fewer sides")
TWO_SIDED = frozenset({"shared", "different_framing", "contradiction"})

#: The rule a point's ``why`` names (relations._pair_relation, exclusive_scope, initiator), by the
#: words the ``why`` opens with or holds; first match wins.
RULES: tuple[tuple[str, str], ...] = (
    ("no counterpart", "no counterpart"),
    ("different numbers", "numbers"),
    ("a total below a part", "numbers"),
    ("different places", "places"),
    ("each accuse the other", "counter-accusations"),
    ("blame each other or disagree", "reciprocal sentence"),
    ("withholds judgment", "withheld judgment"),
    ("counter-demands", "counter-demands"),
    ("proposes or demands", "rejected proposal"),
    ("refers back to it", "answer"),
    ("opposite stance on a prediction", "negated modal"),
    ("opposite polarity", "polarity"),
    ("course of action", "course of action"),
    ("opposite tone", "tone"),
    ("different predicate", "predicate"),
    ("in its own words", "stated apart"),
    ("answers the other in one sentence", "answered in one sentence"),
    ("compatible statements", "compatible"),
    ("exclusive scope", "exclusive scope"),
    ("conflicting initiator", "initiator"),
)


def rule_of(why: str) -> str:
    """Return the short name of the relation rule a point's ``why`` names ("other" if none)."""
    return next((name for words, name in RULES if words in why), "other")


def _sentences(evidence: Mapping[str, Sequence[Sequence[int]]],
               spans: Sequence[tuple[int, int]]) -> set[int]:
    return {i for ranges in evidence.values() for start, end in ranges
            for i, (a, b) in enumerate(spans) if a < end and start < b}


def classify(gold: dict[str, Any], points: Sequence[dict[str, Any]],
             spans: Sequence[tuple[int, int]], sided: set[int]
             ) -> list[tuple[int, str]]:
    """Return (gold point index, cause) for every gold ``only_in_one`` point of one group.

    Args:
        gold: The gold group (``points`` with ``relation`` and ``evidence``).
        points: The system points (``relation``, ``evidence``), as in the comparison's JSON.
        spans: The story's sentence spans.
        sided: Indexes of the sentences the comparer gave a side.

    Returns:
        One of :data:`CAUSES` per gold one-sided point, in gold order.
    """
    within = gold.get("mode") == "within"
    matched = dict(match_points(gold["points"], list(points), within))
    found = []
    for g, point in enumerate(gold["points"]):
        if point["relation"] != "only_in_one":
            continue
        s = matched.get(g)
        if s is not None:
            system = points[s]
            cause = "right" if system["relation"] == "only_in_one" else "linked"
        elif _sentences(point["evidence"], spans) & sided:
            cause = "merged"
        else:
            cause = "no side"
        found.append((g, cause))
    return found


def link_ground(own: Sequence[Claim], other: Sequence[Claim]) -> str:
    """Return what one side's sentences share with other sides' sentences of one point.

    Args:
        own: The claims of the gold one-sided point's side in the system point.
        other: The claims of the other sides in the same system point.

    Returns:
        The kinds of shared ground joined by "+" ("anchor", "participant", "quantity",
        "event type"), else "wording" when they share a content word, else "none".
    """
    sides = {c.side for c in (*own, *other)}

    def union(claims: Sequence[Claim], field: str) -> set[Any]:
        return {x for c in claims for x in getattr(c, field)}

    found = [name for name, shared in (
        ("anchor", union(own, "anchors") & union(other, "anchors")),
        ("participant", (union(own, "participants") & union(other, "participants")) - sides),
        ("quantity", {k for k, _ in union(own, "quantities")}
         & {k for k, _ in union(other, "quantities")} - {""}),
        ("event type", union(own, "event_types") & union(other, "event_types")))
        if shared]
    if found:
        return "+".join(found)
    words = [frozenset().union(*(content_words(c.text) for c in group)) for group in (own, other)]
    return "wording" if words[0] & words[1] else "none"


def _linked_ground(gold: dict[str, Any], points: Sequence[dict[str, Any]],
                   claims: Sequence[Claim]) -> list[tuple[int, str]]:
    """Return (gold index, "linked: GROUND") for every gold one-sided point found linked."""
    matched = dict(match_points(gold["points"], list(points), True))
    by_id = {c.id: c for c in claims}
    found = []
    for g, point in enumerate(gold["points"]):
        s = matched.get(g)
        if point["relation"] != "only_in_one" or s is None:
            continue
        if points[s]["relation"] == "only_in_one":
            continue
        held = [by_id[i] for i in points[s].get("claims", ()) if i in by_id]
        spans = [(a, b) for ranges in point["evidence"].values() for a, b in ranges]
        own_sides = {c.side for c in held if any(a < c.end and c.start < b for a, b in spans)}
        own = [c for c in held if c.side in own_sides]
        other = [c for c in held if c.side not in own_sides]
        found.append((g, f"linked: {link_ground(own, other)}"))
    return found


def relation_causes(gold: dict[str, Any], points: Sequence[dict[str, Any]],
                    spans: Sequence[tuple[int, int]], sides: Mapping[int, set[str]]
                    ) -> list[tuple[int, str]]:
    """Return (gold point index, class) for every gold two-sided point not found as such.

    Args:
        gold: The gold group (``points`` with ``relation`` and ``evidence`` per side).
        points: The system points (``relation``, ``evidence``, ``why``).
        spans: The story's sentence spans.
        sides: Sentence index -> the sides the comparer gave it (a sentence two sides state
            has two).

    Returns:
        For each gold shared / framing / contradiction point whose matched system point does
        not carry its relation: "GOLD → SYSTEM (rule)" when the system point is two-sided
        too, else "GOLD: cause" with a cause of :data:`LINK_CAUSES`.
    """
    within = gold.get("mode") == "within"
    matched = dict(match_points(gold["points"], list(points), within))
    found = []
    for g, point in enumerate(gold["points"]):
        relation = point["relation"]
        if relation not in TWO_SIDED:
            continue
        s = matched.get(g)
        system = points[s] if s is not None else None
        if system is not None and system["relation"] == relation:
            continue
        if system is not None and system["relation"] in TWO_SIDED:
            found.append((g, f"{relation} → {system['relation']} "
                             f"({rule_of(system.get('why', ''))})"))
            continue
        per_side = {side: _sentences({side: ranges}, spans)
                    for side, ranges in point["evidence"].items()}
        if any(not set().union(*(sides.get(i, set()) for i in where))
               for where in per_side.values()):
            cause = "no side"
        elif len(set().union(*(sides.get(i, set()) for where in per_side.values()
                               for i in where))) < len(per_side):
            cause = "one side"
        else:
            cause = "no link"
        found.append((g, f"{relation}: {cause}"))
    return found


def side_errors(gold: dict[str, Any], spans: Sequence[tuple[int, int]],
                sides: Mapping[int, set[str]]) -> list[tuple[int, str]]:
    """Return (sentence index, class of :data:`SIDE_CLASSES`) for each gold evidence sentence.

    Args:
        gold: The gold group (``points`` with ``evidence`` per gold side).
        spans: The story's sentence spans.
        sides: Sentence index -> the sides the comparer's claims give it.

    Returns:
        One class per sentence that is evidence of a gold point, in sentence order.
    """
    gold_of: dict[int, set[str]] = {}
    for point in gold["points"]:
        for side, ranges in point["evidence"].items():
            for index in _sentences({side: ranges}, spans):
                gold_of.setdefault(index, set()).add(side)
    votes: dict[str, Counter[str]] = {}
    for index, gold_sides in gold_of.items():
        for side in sides.get(index, ()):
            votes.setdefault(side, Counter()).update(gold_sides)
    standing = stands_for(votes)  # ties: the sorted first gold side
    found = []
    for index, gold_sides in sorted(gold_of.items()):
        mapped = {standing[side] for side in sides.get(index, ())}
        if not mapped:
            kind = "no side"
        elif gold_sides <= mapped:
            kind = "right"
        elif mapped & gold_sides:
            kind = "fewer sides"
        else:
            kind = "wrong side"
        found.append((index, kind))
    return found


def diagnose_split(split: str, *, show_points: bool = False, relations: bool = False,
                   links: bool = False, unlinked: bool = False, sided: bool = False,
                   spurious: bool = False) -> Counter[str]:
    """Return the causes of the gold one-sided points of development set ``split``.

    With ``relations``, the classes of the gold two-sided points not found with their
    relation (:func:`relation_causes`) instead; with ``links``, what the gold one-sided
    points found linked share with the other side (:func:`link_ground`); with
    ``unlinked``, the shape, shared ground and link probability of the gold two-sided points
    left unlinked (``no link``; :func:`wirecoder.compare.unlinked.unlinked_ground`); with
    ``spurious``, why the system points no gold point matched are left over
    (:func:`wirecoder.compare.spurious.spurious_causes`).

    Raises:
        ConfigError: C006 for a sealed set (its errors must not be read) or an unknown one.
    """
    from ..evaluation import default_gold, find_gold_dir
    from ..evaluation.common import read_gold
    from ..evaluation.sealed import is_sealed, opened_name, sealed_path
    from ..pipeline import analyze
    from .api import compare_within, within_claims
    from .sentences import sentence_spans

    renamed = opened_name("readouts", split) is not None  # default_gold names the new name
    path = default_gold("readouts", split) if renamed or not is_sealed(split) else None
    if path is None or sealed_path(path, find_gold_dir()):
        raise ConfigError("C006", detail=f"{split!r} is a sealed set: its errors must not be "
                                         "read. Fix: diagnose a development set (dev … devN).")
    counts: Counter[str] = Counter()
    for gold in read_gold(path):
        if gold.get("mode") != "within":
            continue
        analysis = analyze(gold["text"], published=gold.get("source", {}).get("published"),
                           id=gold["group"])
        spans = sentence_spans(analysis.text)
        sides: dict[int, set[str]] = {}
        claims = within_claims(analysis)
        for claim in claims:
            for i, (a, b) in enumerate(spans):
                if a < claim.end and claim.start < b:
                    sides.setdefault(i, set()).add(claim.side)
        points = compare_within(analysis, group=gold["group"]).to_dict()["points"]
        if unlinked:
            _count_unlinked(gold, points, spans, sides, claims, counts, show_points)
            continue
        if spurious:
            _count_spurious(gold, points, spans, counts, show_points)
            continue
        if sided:
            for index, kind in side_errors(gold, spans, sides):
                counts[kind] += 1
                if show_points and kind != "right":
                    a, b = spans[index]
                    print(f"  {gold['group']} s{index} {kind} {sorted(sides.get(index, ()))}: "
                          f"{analysis.text[a:b][:100]!r}")
            continue
        found = (relation_causes(gold, points, spans, sides) if relations
                 else _linked_ground(gold, points, claims) if links
                 else classify(gold, points, spans, set(sides)))
        for g, cause in found:
            counts[cause] += 1
            if show_points and cause != "right":
                print(f"  {gold['group']} #{g} {cause}: {gold['points'][g].get('topic', '')}")
    return counts


def _count_spurious(gold: dict[str, Any], points: Sequence[dict[str, Any]],
                    spans: Sequence[tuple[int, int]], counts: Counter[str], show: bool) -> None:
    """Count the classes of ``spurious_causes`` for each system point left unmatched."""
    from .spurious import spurious_causes

    for index, kind in spurious_causes(gold, points, spans):
        counts[kind] += 1
        if show:
            print(f"  {gold['group']} system #{index} {kind} "
                  f"{list(points[index]['sides'])}: {points[index]['topic']}")


def _count_unlinked(gold: dict[str, Any], points: Sequence[dict[str, Any]],
                    spans: Sequence[tuple[int, int]], sides: Mapping[int, set[str]],
                    claims: Sequence[Claim], counts: Counter[str], show: bool) -> None:
    """Count the labels of ``unlinked_ground`` for each gold point classed ``no link``."""
    from .unlinked import held_matters, pair_probabilities, unlinked_ground

    gaps = [g for g, cause in relation_causes(gold, points, spans, sides)
            if cause.endswith("no link")]
    if not gaps:
        return
    matters, probability = pair_probabilities(claims)
    for g in gaps:
        labels = unlinked_ground(held_matters(gold["points"][g]["evidence"], matters),
                                 matters, lambda i, j: probability.get((i, j)))
        counts.update(labels)
        if show:
            print(f"  {gold['group']} #{g} {'; '.join(labels)}: "
                  f"{gold['points'][g].get('topic', '')}")


def main(argv: Sequence[str] | None = None) -> None:
    """Print the causes of missed one-sided points per development set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", action="append", required=True,
                        help="a development set of data/gold/readouts (repeatable)")
    parser.add_argument("--points", action="store_true", help="list every failed point")
    parser.add_argument("--relations", action="store_true",
                        help="diagnose gold two-sided points not found with their relation")
    parser.add_argument("--links", action="store_true",
                        help="what gold one-sided points found linked share with the other side")
    parser.add_argument("--unlinked", action="store_true",
                        help="shape, shared ground and link probability of the gold two-sided "
                             "points left unlinked")
    parser.add_argument("--sides", action="store_true",
                        help="count the gold evidence sentences by the sides the comparer "
                             "gave them")
    parser.add_argument("--spurious", action="store_true",
                        help="count the system points no gold point matched, by why")
    args = parser.parse_args(argv)
    total: Counter[str] = Counter()
    for split in args.split:
        counts = diagnose_split(split, show_points=args.points, relations=args.relations,
                                links=args.links, unlinked=args.unlinked, sided=args.sides,
                                spurious=args.spurious)
        total.update(counts)
        listed = args.relations or args.links or args.unlinked
        names = (SIDE_CLASSES if args.sides else SPURIOUS if args.spurious
                 else sorted(counts) if listed else CAUSES)
        print(split, " ".join(f"{cause}={counts[cause]}" for cause in names))
    if len(args.split) > 1:
        names = (SIDE_CLASSES if args.sides else SPURIOUS if args.spurious
                 else sorted(total) if listed else CAUSES)
        print("pooled", "\n  ".join(f"{cause}={total[cause]}" for cause in names)
              if listed else " ".join(f"{cause}={total[cause]}" for cause in names))


if __name__ == "__main__":
    main()
