"""Score the readout comparer on ``data/gold/readouts`` (``wirecoder eval readouts``).

A system point matches a gold point of the same group when their evidence shares a
sentence (overlapping character spans in the same account; in within-article groups all
accounts share the story's text). Matching is one-to-one, most overlapping pairs first.
Figures: point precision / recall / F1; relation accuracy over matched gold points and
over all gold points (unmatched = wrong); recall of divergent gold points (contradiction or
different_framing, found as either) and of one-sided gold points (found as only_in_one).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from ..settings import Settings
from .common import Report, Score, one_to_one, read_gold

__all__ = ["evaluate", "match_points", "score_group", "side_attribution", "stands_for"]

DIVERGENT = frozenset({"contradiction", "different_framing"})
BASELINE_OVERLAP = 0.2


def _spans(point: dict[str, Any], within: bool) -> list[tuple[str, int, int]]:
    return [("" if within else account, int(s), int(e))
            for account, spans in point["evidence"].items() for s, e in spans]


def _overlap(a: list[tuple[str, int, int]], b: list[tuple[str, int, int]]) -> int:
    return sum(1 for x in a for y in b if x[0] == y[0] and x[1] < y[2] and y[1] < x[2])


def match_points(gold: list[dict[str, Any]], system: list[dict[str, Any]],
                 within: bool) -> list[tuple[int, int]]:
    """Return one-to-one (gold index, system index) matches, most overlap first."""
    candidates = []
    for g, gold_point in enumerate(gold):
        gold_spans = _spans(gold_point, within)
        for s, sys_point in enumerate(system):
            shared = _overlap(gold_spans, _spans(sys_point, within))
            if shared:
                candidates.append((shared, -abs(len(gold_spans) - len(sys_point["evidence"])),
                                   g, s))
    return one_to_one((g, s) for _shared, _size, g, s in sorted(candidates, reverse=True))


def score_group(gold: dict[str, Any], system: list[dict[str, Any]]) -> dict[str, Any]:
    """Return the counts of one group: matches, relation hits, confusion."""
    within = gold.get("mode") == "within"
    pairs = match_points(gold["points"], system, within)
    confusion: Counter[tuple[str, str]] = Counter()
    for g, s in pairs:
        confusion[(gold["points"][g]["relation"], system[s]["relation"])] += 1
    for g, point in enumerate(gold["points"]):
        if g not in {p[0] for p in pairs}:
            confusion[(point["relation"], "(missed)")] += 1
    return {"gold": len(gold["points"]), "system": len(system), "matched": len(pairs),
            "confusion": confusion}


def side_attribution(gold: dict[str, Any], spans: list[tuple[int, int]],
                     attributed: dict[int, tuple[str, str, str | None]]) -> tuple[int, int]:
    """Count the gold evidence sentences given the right side: (right, total).

    System sides are named differently from gold sides ("REB" / "DRB"), so each system side
    stands for the gold side most of its sentences carry; a sentence is right when its
    system side stands for one of the gold sides whose evidence it is. Sentences given no
    side are wrong. A tie of the vote goes to the sorted first gold side (:func:`stands_for`).
    """
    gold_of: dict[int, set[str]] = {}
    for point in gold["points"]:
        for side, evidence in point["evidence"].items():
            for start, end in evidence:
                for index, (a, b) in enumerate(spans):
                    if a < end and start < b:
                        gold_of.setdefault(index, set()).add(side)
    votes: dict[str, Counter[str]] = {}
    for index, sides in gold_of.items():
        if index in attributed:
            votes.setdefault(attributed[index][0], Counter()).update(sides)
    standing = stands_for(votes)
    right = sum(1 for index, sides in gold_of.items()
                if index in attributed and standing.get(attributed[index][0]) in sides)
    return right, len(gold_of)


def stands_for(votes: dict[str, Counter[str]]) -> dict[str, str]:
    """Map each system side to the gold side most of its sentences carry.

    Args:
        votes: System side -> how many of its sentences each gold side's evidence holds.

    Returns:
        System side -> the gold side with most votes; a tie goes to the first gold side in
        sorted order (not to the order a set was iterated in, which moves with the hash seed).
    """
    return {side: min(count, key=lambda gold: (-count[gold], gold))
            for side, count in votes.items() if count}


def _run(group: dict[str, Any], settings: Settings, sides: list[int] | None = None
         ) -> dict[str, list[dict[str, Any]]]:
    """Return the points of the comparer and of the lexical baseline for one group.

    ``sides``, when given, accumulates [right, total] of ``side_attribution`` (within mode).
    """
    from ..compare import compare, compare_within
    from ..compare.claims import build_claims
    from ..compare.lexicon import load_lexicon
    from ..compare.sentences import sentence_spans
    from ..compare.sides import sentence_sides
    from ..pipeline import analyze

    published = group.get("source", {}).get("published")
    if group.get("mode") != "within":
        comparison = compare(group["accounts"], group=group["group"], settings=settings)
        return {"wirecoder": comparison.to_dict()["points"]}
    analysis = analyze(group["text"], published=published, settings=settings, id=group["group"])
    comparison = compare_within(analysis, group=group["group"])
    lexicon = load_lexicon()
    spans = sentence_spans(analysis.text)
    attributed = sentence_sides(analysis, spans, lexicon)
    if sides is not None:
        right, total = side_attribution(group, spans, attributed)
        sides[0] += right
        sides[1] += total
    claims = [c for side in sorted({s for s, _, _ in attributed.values()})
              for c in build_claims(analysis, side, spans, {
                  i: v for i, v in attributed.items() if v[0] == side}, lexicon)]
    return {"wirecoder": comparison.to_dict()["points"], "lexical baseline": baseline(claims)}


def baseline(claims: list[Any]) -> list[dict[str, Any]]:
    """Return the points of a lexical baseline on the same attributed sentences.

    Each sentence is a point; a sentence pairs with the other side's sentence of highest
    word overlap (Jaccard >= ``BASELINE_OVERLAP``, one-to-one) as ``shared``; the rest are
    ``only_in_one``. It never finds framing or contradiction.
    """
    from ..compare.claims import content_words

    words = [content_words(c.text) for c in claims]
    pairs = sorted(((len(words[i] & words[j]) / len(words[i] | words[j]), i, j)
                    for i in range(len(claims)) for j in range(i + 1, len(claims))
                    if claims[i].side != claims[j].side and words[i] and words[j]),
                   reverse=True)
    partner: dict[int, int] = {}
    for overlap, i, j in pairs:
        if overlap >= BASELINE_OVERLAP and i not in partner and j not in partner:
            partner[i], partner[j] = j, i
    points, done = [], set()
    for i in range(len(claims)):
        if i in done:
            continue
        members = [i] + ([partner[i]] if i in partner else [])
        done.update(members)
        evidence: dict[str, list[list[int]]] = {}
        for m in members:
            evidence.setdefault(claims[m].account, []).append([claims[m].start, claims[m].end])
        points.append({"relation": "shared" if len(members) > 1 else "only_in_one",
                       "evidence": evidence})
    return points


def evaluate(gold_path: str | Path, settings: Settings) -> Report:
    """Score the comparer on the gold groups in ``gold_path``."""
    groups = list(read_gold(gold_path))
    points: dict[str, Score] = {}
    confusion: dict[str, Counter[tuple[str, str]]] = {}
    rows = []
    sides = [0, 0]
    for group in groups:
        for system, predicted in _run(group, settings, sides).items():
            counts = score_group(group, predicted)
            score = points.setdefault(system, Score())
            score.tp += counts["matched"]
            score.fp += counts["system"] - counts["matched"]
            score.fn += counts["gold"] - counts["matched"]
            confusion.setdefault(system, Counter()).update(counts["confusion"])
            if system == "wirecoder":
                rows.append({"group": group["group"], "gold": counts["gold"],
                             "system": counts["system"], "matched": counts["matched"],
                             "relation_right": sum(n for (g, s), n in counts[
                                 "confusion"].items() if g == s)})
    report = Report(title=f"readout comparison vs {gold_path}")
    report.headline.update(_headline(points["wirecoder"], confusion["wirecoder"], len(groups)))
    if sides[1]:
        report.headline["side_attribution"] = round(sides[0] / sides[1], 3)
        report.headline["side_sentences"] = sides[1]
    report.tables["systems"] = [{"system": name, **_headline(score, confusion[name], len(groups))}
                                for name, score in points.items()]
    report.tables["groups"] = rows
    report.tables["confusion (gold -> system)"] = [
        {"gold": g, "system": s, "n": n}
        for (g, s), n in sorted(confusion["wirecoder"].items())]
    report.notes.append("A system point matches a gold point when their evidence sentences "
                        "overlap; one-to-one, most overlap first (see data/gold/readouts/"
                        "GUIDELINE.md).")
    if sides[1]:
        report.notes.append("side_attribution: share of the gold evidence sentences (of "
                            "side_sentences) the comparer gives the right side; each system "
                            "side stands for the gold side most of its sentences carry.")
    return report


def _headline(points: Score, confusion: Counter[tuple[str, str]], groups: int
              ) -> dict[str, float | int]:
    gold_total = sum(confusion.values())
    matched = sum(n for (g, s), n in confusion.items() if s != "(missed)")
    right = sum(n for (g, s), n in confusion.items() if g == s)
    divergent = sum(n for (g, _s), n in confusion.items() if g in DIVERGENT)
    divergent_hit = sum(n for (g, s), n in confusion.items() if g in DIVERGENT and s in DIVERGENT)
    one_sided = sum(n for (g, _s), n in confusion.items() if g == "only_in_one")
    one_sided_hit = confusion[("only_in_one", "only_in_one")]
    return {
        "groups": groups, "gold_points": gold_total, "system_points": points.tp + points.fp,
        "point_precision": round(points.precision, 3), "point_recall": round(points.recall, 3),
        "point_f1": round(points.f1, 3),
        "relation_accuracy_matched": round(right / matched, 3) if matched else 0.0,
        "relation_accuracy_all": round(right / gold_total, 3) if gold_total else 0.0,
        "divergent_recall": round(divergent_hit / divergent, 3) if divergent else 0.0,
        "one_sided_recall": round(one_sided_hit / one_sided, 3) if one_sided else 0.0,
    }
