"""Leave-one-set-out figures of the readout comparer's pool-chosen settings (round 23).

Every knob of the alignment that was chosen on the pooled development sets (the matter
joins ``LOOSE_JOIN``, ``SUPPORTING_QUOTE``, ``MERGE_SAME_VOICE``; the learned linker's
threshold; the linker's training data) is re-chosen here with one development set held out:
the setting that wins on the *other* sets (pooled relation accuracy over all points, ties
to the shipped setting) is scored on the held-out set. Summed over the held-out sets, that
is the estimate of what a setting chosen on the pool carries to a set nobody has seen.

Run from the repository root (analyses are cached as pickles keyed by the story's text, so
only the first run parses; ``compare/`` edits do not need a new cache, pipeline edits do)::

    PYTHONPATH=src python scripts/readouts_loso.py --cache /tmp/readouts_cache [--json OUT]

``--new dev23`` names the newly opened set: it is held out of every choice and scored with
the setting chosen on the whole pool. Sealed sets are never read: only names that
``evaluation.default_gold`` resolves to an opened development file are accepted.
"""

from __future__ import annotations

import argparse
import hashlib
import itertools
import json
import pickle
import time
from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from wirecoder.compare import link_training, matters
from wirecoder.compare.align import align
from wirecoder.compare.api import within_claims
from wirecoder.compare.initiator import resolve_initiator_conflict
from wirecoder.compare.lexicon import load_lexicon
from wirecoder.compare.link_training import Story
from wirecoder.compare.linker import Linker, default_linker
from wirecoder.evaluation import default_gold
from wirecoder.evaluation.common import Score, read_gold
from wirecoder.evaluation.readouts import _headline, score_group
from wirecoder.evaluation.sealed import opened_file

POOL = tuple(["dev", "dev2", "dev3", "dev4", "dev5", "dev6"] + [f"dev{i}" for i in range(7, 23)])
KNOBS = ("LOOSE_JOIN", "SUPPORTING_QUOTE", "MERGE_SAME_VOICE")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
KEYS = ("gold_points", "system_points", "point_f1", "relation_accuracy_all",
        "divergent_recall", "one_sided_recall")


@dataclass
class Counts:
    """Summable readout counts of some stories."""

    tp: int = 0
    fp: int = 0
    fn: int = 0
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    stories: int = 0

    def add(self, other: Counts) -> Counts:
        """Return the sum of two counts."""
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                      self.confusion + other.confusion, self.stories + other.stories)

    def headline(self) -> dict[str, float | int]:
        """The eval headline of these counts."""
        return _headline(Score(tp=self.tp, fp=self.fp, fn=self.fn), self.confusion,
                         self.stories)

    def right(self) -> int:
        """Gold points whose relation the system got right (relation-all's numerator)."""
        return sum(n for (g, s), n in self.confusion.items() if g == s)


def _cached_analyze(cache: Path) -> Any:
    from wirecoder import pipeline

    def analyze(text: str, **kwargs: Any) -> Any:
        key = hashlib.sha256(json.dumps([text, kwargs.get("published"), kwargs.get("id")],
                                        default=str).encode()).hexdigest()
        path = cache / f"{key}.pkl"
        if path.exists():
            return pickle.loads(path.read_bytes())
        found = pipeline.analyze(text, **kwargs)
        path.write_bytes(pickle.dumps(found))
        return found
    return analyze


def load(sets: Sequence[str], cache: Path) -> list[Story]:
    """Every within-story group of the opened development ``sets``, analyzed once (cached)."""
    cache.mkdir(parents=True, exist_ok=True)
    analyze = _cached_analyze(cache)
    lexicon = load_lexicon()
    stories = []
    for split in sets:
        path = default_gold("readouts", split)
        if split not in ("dev", "dev2", "dev3", "dev4", "dev5", "dev6") and opened_file(
                "readouts", split, path.parents[1]) is None:
            raise SystemExit(f"{split} is not an opened development set")
        for gold in read_gold(path):
            if gold.get("mode") != "within":
                continue
            analysis = analyze(gold["text"], published=gold.get("source", {}).get("published"),
                               id=gold["group"])
            stories.append(Story(split, gold, analysis, within_claims(analysis, lexicon)))
    return stories


@contextmanager
def knobs(setting: dict[str, bool]) -> Iterator[None]:
    """Set the matter-join knobs for the duration of a block."""
    old = {k: getattr(matters, k) for k in setting}
    for k, v in setting.items():
        setattr(matters, k, v)
    try:
        yield
    finally:
        for k, v in old.items():
            setattr(matters, k, v)


def score_story(story: Story, linker: Linker) -> Counts:
    """Counts of one story linked by ``linker`` (the eval's path: align, initiator, score)."""
    found = align(story.claims, within=True, linker=linker)
    found = resolve_initiator_conflict(found, story.claims, {
        c.account: story.analysis.entities for c in story.claims}, load_lexicon())
    counts = score_group(story.gold, [p.model_dump(mode="json", by_alias=True) for p in found])
    return Counts(counts["matched"], counts["system"] - counts["matched"],
                  counts["gold"] - counts["matched"], Counter(counts["confusion"]), 1)


def per_set(stories: Sequence[Story], linker: Linker) -> dict[str, Counts]:
    """Counts per development set."""
    out: dict[str, Counts] = {}
    for story in stories:
        out[story.split] = out.get(story.split, Counts()).add(score_story(story, linker))
    return out


def total(found: dict[str, Counts], sets: Sequence[str]) -> Counts:
    """Summed counts of ``sets``."""
    out = Counts()
    for s in sets:
        out = out.add(found.get(s, Counts()))
    return out


def choose(table: dict[Any, dict[str, Counts]], sets: Sequence[str], default: Any) -> Any:
    """The setting with most right relations over ``sets`` (ties: the shipped default)."""
    return max(table, key=lambda k: (total(table[k], sets).right(), k == default))


def loso(table: dict[Any, dict[str, Counts]], pool: Sequence[str], default: Any,
         new: Sequence[str]) -> dict[str, Any]:
    """Per held-out set: the setting chosen on the other pool sets and its counts there."""
    rows: dict[str, Any] = {}
    out = Counts()
    for held in pool:
        pick = choose(table, [s for s in pool if s != held], default)
        rows[held] = (pick, table[pick][held])
        out = out.add(table[pick][held])
    pick = choose(table, pool, default)
    return {"rows": rows, "out_of_set": out, "pool_choice": pick,
            "pool_choice_in_sample": total(table[pick], pool),
            "new": {s: table[pick][s] for s in new}}


def fit_linker(stories: Sequence[Story], base: Linker, threshold: float) -> Linker:
    """A linker of the shipped mode, refitted on ``stories``, linking at ``threshold``."""
    model = link_training.fit(stories, threshold)
    return Linker(model, threshold, base.veto, base.mutual_rules, base.anchored,
                  base.mutual_floor)


def _fmt(counts: Counts) -> str:
    h = counts.headline()
    return " ".join(f"{k.replace('relation_accuracy_all', 'rel').replace('_recall', '')}"
                    f"={h[k]}" for k in KEYS) + f" right={counts.right()}"


def main(argv: Sequence[str] | None = None) -> None:
    """Print per held-out set and pooled out-of-set figures of every pool-chosen knob."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--new", nargs="*", default=["dev23"])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", choices=("knobs", "threshold", "training", "all"),
                        default="all")
    parser.add_argument("--off", nargs="*", default=[], choices=KNOBS,
                        help="knobs turned off for the whole run (the shipped default then)")
    parser.add_argument("--threshold", type=float,
                        help="the linker's threshold for the whole run (refits too)")
    args = parser.parse_args(argv)
    for knob in args.off:
        setattr(matters, knob, False)
    pool = list(POOL)
    started = time.process_time()
    stories = load(pool + list(args.new), args.cache)
    print(f"{len(stories)} stories loaded ({time.process_time() - started:.1f} s CPU)")
    shipped = default_linker()
    if args.threshold is not None:
        shipped = Linker(shipped.model, args.threshold, shipped.veto, shipped.mutual_rules,
                         shipped.anchored, shipped.mutual_floor)
    default_knobs = tuple(bool(getattr(matters, k)) for k in KNOBS)
    report: dict[str, Any] = {}
    sets = pool + list(args.new)

    base = per_set(stories, shipped)
    print("shipped, in sample (pool):", _fmt(total(base, pool)))
    for s in args.new:
        print(f"shipped on {s}:", _fmt(base[s]))
    report["shipped"] = {s: base[s].headline() for s in sets}

    def show(name: str, res: dict[str, Any]) -> None:
        print(f"\n== {name}: chosen on the other sets, scored on the held-out set")
        for held, (pick, counts) in res["rows"].items():
            print(f"  {held:6} pick={pick} {_fmt(counts)}  [shipped {_fmt(base[held])}]")
        print(f"  OUT OF SET pooled: {_fmt(res['out_of_set'])}")
        print(f"  pool choice {res['pool_choice']} in sample: {_fmt(res['pool_choice_in_sample'])}")
        for s, c in res["new"].items():
            print(f"  {s} with the pool choice: {_fmt(c)}")
        report[name] = {"out_of_set": res["out_of_set"].headline(),
                        "pool_choice": str(res["pool_choice"]),
                        "rows": {h: [str(p), c.headline()] for h, (p, c) in res["rows"].items()},
                        "new": {s: c.headline() for s, c in res["new"].items()}}

    if args.only in ("knobs", "threshold", "all"):
        table: dict[Any, dict[str, Counts]] = {}
        grid = list(itertools.product((True, False), repeat=len(KNOBS))) if args.only != (
            "threshold") else [default_knobs]
        thresholds = THRESHOLDS if args.only != "knobs" else (shipped.threshold,)
        for setting in grid:
            with knobs(dict(zip(KNOBS, setting, strict=True))):
                for t in thresholds:
                    linker = Linker(shipped.model, t, shipped.veto, shipped.mutual_rules,
                                    shipped.anchored, shipped.mutual_floor)
                    table[(setting, t)] = per_set(stories, linker)
        print("\n== every setting, in sample (pool) and on the new set(s)")
        for key, found in table.items():
            print(f"  {key}: pool {_fmt(total(found, pool))} | "
                  + " | ".join(f"{s} {_fmt(found[s])}" for s in args.new))
        show(f"knobs {KNOBS} x threshold", loso(table, pool, (default_knobs, shipped.threshold),
                                                args.new))
    if args.only in ("training", "all"):
        # The linker's training data: refit on the other sets (all of them, or only the
        # shipped dev ... dev8), score the held-out set; the new set with a fit on the pool.
        for name, train_sets in (("refit on the other sets", pool),
                                 ("refit on dev…dev8 minus the held-out set",
                                  list(link_training.DEV_SETS))):
            out = Counts()
            rows = {}
            for held in pool:
                fit_on = [s for s in stories if s.split in train_sets and s.split != held]
                linker = fit_linker(fit_on, shipped, shipped.threshold)
                got = total(per_set([s for s in stories if s.split == held], linker), [held])
                rows[held] = ("fit", got)
                out = out.add(got)
            linker = fit_linker([s for s in stories if s.split in train_sets], shipped,
                                shipped.threshold)
            new = per_set([s for s in stories if s.split in args.new], linker)
            show(f"linker {name}", {"rows": rows, "out_of_set": out,
                                    "pool_choice": "fit on the pool",
                                    "pool_choice_in_sample": total(per_set(
                                        [s for s in stories if s.split in pool], linker), pool),
                                    "new": new})
    print(f"\n{time.process_time() - started:.1f} s CPU")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, default=str))


if __name__ == "__main__":
    main()
