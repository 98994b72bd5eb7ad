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

``--new dev26`` names the newly opened set: it is held out of every choice and scored with
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
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from wirecoder.compare import link_training, matters
from wirecoder.compare import linker as linker_module
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

POOL = tuple(["dev", "dev2", "dev3", "dev4", "dev5", "dev6"] + [f"dev{i}" for i in range(7, 26)])
KNOBS = ("LOOSE_JOIN", "SUPPORTING_QUOTE", "MERGE_SAME_VOICE")
THRESHOLDS = (0.3, 0.4, 0.5, 0.6, 0.7)
GAPS = (None, 1, 2, 3)  # round 25: ``Linker.mutual_gap`` (None: a weak link needs no ground)
WEAK_WORDS = (1, 2, 3, 99)  # round 25: ``linker.WEAK_LINK_WORDS`` (99: words never ground it)
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


def choose(table: dict[Any, dict[str, Counts]], sets: Sequence[str], default: Any,
           min_f1: float = 0.0) -> Any:
    """The setting with most right relations over ``sets`` (ties: the shipped default).

    Relation accuracy does not see a system point that matches no gold point, so it rewards
    splitting matters; ``min_f1`` keeps only the settings whose pooled point F1 over ``sets``
    reaches it (the shipped default always stays a candidate).
    """
    allowed = [k for k in table if k == default
               or float(total(table[k], sets).headline()["point_f1"]) >= min_f1]
    return max(allowed, key=lambda k: (total(table[k], sets).right(), k == default))


def loso(table: dict[Any, dict[str, Counts]], pool: Sequence[str], default: Any,
         new: Sequence[str], min_f1: float = 0.0) -> dict[str, Any]:
    """Per held-out set: the setting chosen on the other pool sets and its counts there."""
    rows: dict[str, Any] = {}
    out = Counts()
    for held in pool:
        pick = choose(table, [s for s in pool if s != held], default, min_f1)
        rows[held] = (pick, table[pick][held])
        out = out.add(table[pick][held])
    pick = choose(table, pool, default, min_f1)
    return {"rows": rows, "out_of_set": out, "pool_choice": pick,
            "pool_choice_in_sample": total(table[pick], pool),
            "new": {s: table[pick][s] for s in new}}


def _together(story: Story) -> set[tuple[int, int]]:
    """Pairs of claim indexes of ``story`` that its matters put in one matter."""
    found = matters.matters_of(story.claims, matters.anchor_weights(story.claims))
    index = {id(c): i for i, c in enumerate(story.claims)}
    return {(index[id(a)], index[id(b)]) for m in found for a in m.claims for b in m.claims
            if index[id(a)] < index[id(b)]}


def _gold_points(story: Story, i: int) -> set[int]:
    """The gold points whose evidence overlaps claim ``i`` of ``story``."""
    claim = story.claims[i]
    return {g for g, point in enumerate(story.gold["points"])
            for spans in point["evidence"].values() for a, b in spans
            if a < claim.end and claim.start < b}


def join_agreement(stories: Sequence[Story]) -> dict[str, Counter[str]]:
    """Per matter join: of the claim pairs it alone merges, how many one gold point holds.

    Each join is turned on with the other two off; the pairs it adds to the matters of all
    three off are "together" (one gold point holds both), "apart" (both in gold, in different
    points) or "unscored". Unlike relation accuracy, this sees a join that splits a point.
    """
    out: dict[str, Counter[str]] = {k: Counter() for k in KNOBS}
    for story in stories:
        with knobs(dict.fromkeys(KNOBS, False)):
            base = _together(story)
        for knob in KNOBS:
            with knobs({**dict.fromkeys(KNOBS, False), knob: True}):
                added = _together(story) - base
            for i, j in added:
                a, b = _gold_points(story, i), _gold_points(story, j)
                out[knob]["together" if a & b else "apart" if a and b else "unscored"] += 1
    return out


def fit_linker(stories: Sequence[Story], base: Linker, threshold: float) -> Linker:
    """A linker of the shipped mode, refitted on ``stories``, linking at ``threshold``."""
    model = link_training.fit(stories, threshold)
    return replace(base, model=model, threshold=threshold)


def _fmt(counts: Counts) -> str:
    h = counts.headline()
    return " ".join(f"{k.replace('relation_accuracy_all', 'rel').replace('_recall', '')}"
                    f"={h[k]}" for k in KEYS) + f" right={counts.right()}"


@dataclass
class Run:
    """One run of the harness: the stories, the shipped linker and what was printed."""

    stories: list[Story]
    pool: list[str]
    new: list[str]
    shipped: Linker
    args: argparse.Namespace
    base: dict[str, Counts] = field(default_factory=dict)
    report: dict[str, Any] = field(default_factory=dict)

    def show(self, name: str, res: dict[str, Any]) -> None:
        """Print (and keep for ``--json``) one leave-one-set-out result."""
        print(f"\n== {name}: chosen on the other sets, scored on the held-out set")
        for held, (pick, counts) in res["rows"].items():
            print(f"  {held:6} pick={pick} {_fmt(counts)}  [shipped {_fmt(self.base[held])}]")
        print(f"  OUT OF SET pooled: {_fmt(res['out_of_set'])}")
        print(f"  pool choice {res['pool_choice']} in sample: {_fmt(res['pool_choice_in_sample'])}")
        for s, c in res["new"].items():
            print(f"  {s} with the pool choice: {_fmt(c)}")
        self.report[name] = {
            "out_of_set": res["out_of_set"].headline(), "pool_choice": str(res["pool_choice"]),
            "rows": {h: [str(p), c.headline()] for h, (p, c) in res["rows"].items()},
            "new": {s: c.headline() for s, c in res["new"].items()}}

    def grid(self) -> None:
        """Matter knobs × linker threshold × ``mutual_least``, re-chosen per held-out set."""
        only = self.args.only
        default = tuple(bool(getattr(matters, k)) for k in KNOBS)
        table: dict[Any, dict[str, Counts]] = {}
        settings = list(itertools.product((True, False), repeat=len(KNOBS))) if only != (
            "threshold") else [default]
        thresholds = THRESHOLDS if only != "knobs" else (self.shipped.threshold,)
        for setting in settings:
            with knobs(dict(zip(KNOBS, setting, strict=True))):
                for t, least in itertools.product(thresholds, self.args.mutual):
                    linker = replace(self.shipped, threshold=t, mutual_least=least)
                    table[(setting, t, least)] = per_set(self.stories, linker)
        print("\n== every setting, in sample (pool) and on the new set(s), shown only: "
              "the new sets never choose")
        for key, found in table.items():
            print(f"  {key}: pool {_fmt(total(found, self.pool))} | "
                  + " | ".join(f"{s} {_fmt(found[s])}" for s in self.new))
        self.show(f"knobs {KNOBS} x threshold x mutual_least", loso(
            table, self.pool, (default, self.shipped.threshold, self.shipped.mutual_least),
            self.new, self.args.min_f1))

    def weak(self) -> None:
        """The round-25 ground test of weak links (``mutual_gap`` × ``WEAK_LINK_WORDS``)."""
        shipped_words = linker_module.WEAK_LINK_WORDS
        shipped_rebuts = linker_module.WEAK_LINK_REBUTS
        default = (self.shipped.mutual_gap, shipped_words, shipped_rebuts)
        table: dict[Any, dict[str, Counts]] = {}
        try:
            for gap, words, rebuts in itertools.product(GAPS, WEAK_WORDS, (False, True)):
                if gap is None and (words != shipped_words or rebuts != shipped_rebuts):
                    continue  # no ground test: the words and rebuttals do not matter
                linker_module.WEAK_LINK_WORDS = words
                linker_module.WEAK_LINK_REBUTS = rebuts  # round 25b
                table[(gap, words, rebuts)] = per_set(self.stories, replace(
                    self.shipped, mutual_gap=gap))
        finally:
            linker_module.WEAK_LINK_WORDS = shipped_words
            linker_module.WEAK_LINK_REBUTS = shipped_rebuts
        for key, found in table.items():
            print(f"  {key}: pool {_fmt(total(found, self.pool))} | "
                  + " | ".join(f"{s} {_fmt(found[s])}" for s in self.new))
        self.show("weak links: mutual_gap x WEAK_LINK_WORDS x WEAK_LINK_REBUTS", loso(
            table, self.pool, default, self.new, self.args.min_f1))

    def refit(self, fit_on: list[Story]) -> Linker:
        """Refit on ``fit_on``; with ``--refit-threshold`` choose the threshold there too."""
        linker = fit_linker(fit_on, self.shipped, self.shipped.threshold)
        if not self.args.refit_threshold:
            return linker
        sets = list(dict.fromkeys(s.split for s in fit_on))
        by_t = {t: total(per_set(fit_on, replace(linker, threshold=t)), sets).right()
                for t in THRESHOLDS}
        return replace(linker, threshold=max(
            by_t, key=lambda t: (by_t[t], t == self.shipped.threshold)))

    def training(self) -> None:
        """The linker's training data: refit on the other sets, score the held-out set.

        Two recipes: every other pool set, or only the shipped weights' sets (dev … dev8)
        minus the held-out one. The new set is scored with a fit on the whole recipe.
        """
        for name, train_sets in (("refit on the other sets", self.pool),
                                 ("refit on dev…dev8 minus the held-out set",
                                  list(link_training.DEV_SETS))):
            out = Counts()
            rows = {}
            for held in self.pool:
                linker = self.refit([s for s in self.stories
                                     if s.split in train_sets and s.split != held])
                got = total(per_set([s for s in self.stories if s.split == held], linker),
                            [held])
                rows[held] = (f"fit, t={linker.threshold}", got)
                out = out.add(got)
            linker = self.refit([s for s in self.stories if s.split in train_sets])
            in_pool = per_set([s for s in self.stories if s.split in self.pool], linker)
            self.show(f"linker {name}", {
                "rows": rows, "out_of_set": out, "pool_choice": "fit on the pool",
                "pool_choice_in_sample": total(in_pool, self.pool),
                "new": per_set([s for s in self.stories if s.split in self.new], linker)})


def save(run: Run, out: Path) -> None:
    """Fit the linker on every pool set (threshold as ``Run.refit`` chooses) and save it."""
    linker = run.refit([s for s in run.stories if s.split in run.pool])
    assert linker.model is not None
    linker.model.meta.update({
        "threshold": linker.threshold, "veto": linker.veto, "mutual_rules": linker.mutual_rules,
        "anchored": linker.anchored, "sets": list(run.pool),
        "answer_features": sorted(linker_module.ANSWER_FEATURES),
        "ground_features": sorted(linker_module.GROUND_FEATURES),
        "command": "scripts/readouts_loso.py --save (round 25b)"})
    print(f"saved {out}: sha256 {linker.model.save(out)}, t={linker.threshold}")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--cache", type=Path, required=True)
    parser.add_argument("--new", nargs="*", default=["dev26"])
    parser.add_argument("--json", type=Path)
    parser.add_argument("--only", choices=("knobs", "threshold", "training", "weak", "all"),
                        default="all")
    parser.add_argument("--off", nargs="*", default=[], choices=KNOBS,
                        help="knobs turned off for the whole run (the shipped default then)")
    parser.add_argument("--on", nargs="*", default=[], choices=KNOBS,
                        help="knobs turned on for the whole run (main's setting before round 23)")
    parser.add_argument("--threshold", type=float,
                        help="the linker's threshold for the whole run (refits too)")
    parser.add_argument("--mutual", nargs="*", type=float, default=[1.0],
                        help="least probabilities of a one-to-one most probable pair to try "
                             "(1.0: off)")
    parser.add_argument("--C", type=float, help="inverse L2 strength of a refit (default: "
                        "link_training.C)")
    parser.add_argument("--min-f1", type=float, default=0.0,
                        help="choose only settings whose point F1 on the choosing sets "
                             "reaches this (the shipped default always may be chosen)")
    parser.add_argument("--joins", action="store_true",
                        help="print, per matter join, how often one gold point holds the "
                             "sentences it alone merges (pool and new sets)")
    parser.add_argument("--answer-features", nargs="*", default=None,
                        choices=("none", *sorted(linker_module.ANSWER_FEATURES)),
                        help="the round-24 'who answers whom' features a refit reads "
                             "(default all four; 'none': the features before round 24)")
    parser.add_argument("--ground-features", nargs="*", default=None,
                        choices=("none", *sorted(linker_module.GROUND_FEATURES)),
                        help="the round-25b ground features a refit reads (default all "
                             "three; 'none': the features before round 25b)")
    parser.add_argument("--save", type=Path,
                        help="fit on every pool set (the linker's recipe since round 24) "
                             "and save the weights there")
    parser.add_argument("--mutual-gap", type=int,
                        help="the linker's mutual_gap for the whole run (refits too; -1: "
                             "no ground test of weak links)")
    parser.add_argument("--refit-threshold", action="store_true",
                        help="a refitted linker's threshold is chosen on its training sets")
    return parser


def _switches(args: argparse.Namespace) -> Linker:
    """Set the run's module switches from ``args``; return the shipped linker as set."""
    for knob in args.off:
        setattr(matters, knob, False)
    for knob in args.on:
        setattr(matters, knob, True)
    if args.answer_features is not None:
        linker_module.ANSWER_FEATURES = frozenset(args.answer_features) - {"none"}
    if args.ground_features is not None:
        linker_module.GROUND_FEATURES = frozenset(args.ground_features) - {"none"}
    if args.C is not None:
        link_training.C = args.C
    shipped = default_linker()
    if args.threshold is not None:
        shipped = replace(shipped, threshold=args.threshold)
    if args.mutual_gap is not None:
        shipped = replace(shipped, mutual_gap=None if args.mutual_gap < 0 else args.mutual_gap)
    return shipped


def main(argv: Sequence[str] | None = None) -> None:
    """Print per held-out set and pooled out-of-set figures of every pool-chosen knob."""
    args = _parser().parse_args(argv)
    shipped = _switches(args)
    pool = list(POOL)
    started = time.process_time()
    stories = load(pool + list(args.new), args.cache)
    print(f"{len(stories)} stories loaded ({time.process_time() - started:.1f} s CPU)")
    run = Run(stories, pool, list(args.new), shipped, args)
    run.base = per_set(stories, shipped)
    print("shipped, in sample (pool):", _fmt(total(run.base, pool)))
    for s in args.new:
        print(f"shipped on {s}:", _fmt(run.base[s]))
    run.report["shipped"] = {s: run.base[s].headline() for s in pool + list(args.new)}
    if args.joins:
        for name, sets in (("pool", pool), *((s, [s]) for s in args.new)):
            agreement = join_agreement([s for s in stories if s.split in sets])
            print(f"joins alone, {name}: " + "; ".join(
                f"{k} {dict(v)}" for k, v in agreement.items()))
            run.report[f"joins {name}"] = {k: dict(v) for k, v in agreement.items()}
    if args.only in ("knobs", "threshold", "all"):
        run.grid()
    if args.only in ("weak", "all"):
        run.weak()
    if args.only in ("training", "all"):
        run.training()
    if args.save:
        save(run, args.save)
    print(f"\n{time.process_time() - started:.1f} s CPU")
    if args.json:
        args.json.write_text(json.dumps(run.report, indent=1, default=str))


if __name__ == "__main__":
    main()
