"""Train the learned rescue of dropped drafts (``wirecoder/events/rescue.py``, round 14).

Usage (repository root, this checkout's ``src`` on ``PYTHONPATH``; needs scikit-learn)::

    python scripts/train_rescue_model.py [--cache PASSAGES.pkl] [--out WEIGHTS] [--no-save]

1. Parses the development folds of the event type model (``events/model_data.FOLDS``;
   never a CHECK part or a sealed set) and runs the events stage's steps on each passage,
   with the round-15 resolution of dropped events' participants (``events/dropped_roles.py``)
   unless ``--without-dropped-participants``.
2. Collects every dropped draft that can still be built (:func:`rescue.candidates`),
   labelled ``rescue`` when a gold event of its type in its sentence is matched by no
   kept event (and, for the dyad count, when the draft's actor and recipient codes are the
   gold's), and prints the counts by drop step x label x fold.
3. Out-of-fold figures: for each fold, a model trained on the other folds, with its
   threshold chosen by leave-one-fold-out inside them (best pooled F1 + dyad F1), is
   run in the events stage on the held-out fold; P, R, F1 and dyad F1 of the rules and
   of rules + rescue, per fold and pooled.
4. Trains the shipped model on every fold (threshold by leave-one-fold-out, as in 3)
   and saves it (``wirecoder/data/events/rescue_model.json.gz``, or ``--out``) unless
   ``--no-save``.

Reproducibility: the shipped weights (sha256 6aa494ca...) were trained in round 18 (branch
rescue18) with ``python scripts/train_rescue_model.py --cache PASSAGES.pkl --roles
one-resolved --out W.json.gz`` on the 17 folds of ``FOLDS`` (``trained_on`` in the weights'
meta), with the round-15 resolution of dropped participants and the round-18 type filter,
``Settings.rescue_dropped`` off while training (the rules baseline of step 3 is the default
pipeline). ``--roles`` (round 18) rescues only drafts whose participants meet the
constraint and picks the threshold with the best F1 that does not lower dyad F1; without
it the threshold maximises F1 + dyad F1 (round 14; retrain18's weights, sha256 e1ee2957...,
came from that). Round 22 (evrescue22): the rows are collected with the stage's own lexicon
(``extra_paths``: the disapproving namings, which the round-18 weights never saw) and the
stage's steps between the rule coder and the gate (dropped participants, role paths,
meeting topics, the negation switch), so training sees what the stage hands the rescue.
``--out`` defaults to the shipped file, so pass ``--out`` (or
``--no-save``) to keep the shipped weights. The rescue is off by default
(``Settings.rescue_dropped``): docs/events.md, "Learned rescue of dropped drafts, round 14",
"Learned models, round 18" and "Rescue round 18".
"""

from __future__ import annotations

import argparse
import collections
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

from wirecoder.evaluation.events import _dyad_ok, _report, _same_sentence, _Tally, match_events
from wirecoder.events import arg_model, rescue
from wirecoder.events.dropped_drafts import DroppedDrafts
from wirecoder.events.dropped_roles import resolve_dropped
from wirecoder.events.lexicon import extra_paths, load_lexicon
from wirecoder.events.meeting_topics import topics_of_coded_meeting
from wirecoder.events.model_data import FOLDS, load_folds, parse_passages
from wirecoder.events.role_paths import attach_paths
from wirecoder.events.stage import code_events, extract, kept_by_default
from wirecoder.events.type_model import hybrid_for
from wirecoder.learned import LinearModel
from wirecoder.settings import Settings
from wirecoder.stages import StageContext

ROOT = Path(__file__).resolve().parents[1]
#: Regularisation of the logistic regression (inverse strength).
C = 0.3
#: Thresholds tried when choosing one.
GRID = tuple(round(x, 2) for x in np.arange(0.3, 0.96, 0.05))


def _rows(passages: list, settings: Settings) -> list[dict[str, Any]]:
    """The labelled candidates of every passage."""
    lexicon = load_lexicon(extra_paths(settings))  # the stage's (round 22: namings too)
    hybrid = hybrid_for(settings.event_model, settings.event_model_file)
    chooser = arg_model.chooser_for(settings)
    rows = []
    for n, p in enumerate(passages):
        res = p.results
        dropped = DroppedDrafts()  # the stage's own drops (round 19: no replay)
        events = code_events(p.doc, lexicon, res["entities"], res["time_expressions"],
                             res["quotes"], story_id=p.story.id, published=p.story.published,
                             source=p.story.source, hybrid=hybrid, chooser=chooser,
                             reported_acts=settings.reported_acts, settings=settings,
                             dropped=dropped)
        # the steps the stage runs between the rule coder and the gate (events/stage.extract)
        events = resolve_dropped(events, res["entities"], p.doc, settings.dropped_participants)
        events = attach_paths(events, res["entities"], p.doc, res["quotes"],
                              settings.role_paths)
        if settings.meeting_topics:
            events = topics_of_coded_meeting(events, p.doc)
        kept = [e for e in events if kept_by_default(e)
                and not (settings.drop_negated and e.negated)]
        cands = rescue.candidates(p.doc, lexicon, dropped, events,
                                  res["time_expressions"], res["quotes"], kept=kept,
                                  story_id=p.story.id, published=p.story.published,
                                  source=p.story.source, chooser=chooser)
        golds = [g for g in p.record.get("events", []) if g.get("event_type")]
        _, lost, _ = match_events(p.record["text"], golds, kept)
        for c in cands:
            hits = [golds[i] for i in lost if golds[i]["event_type"] == c.event.event_type
                    and _same_sentence(golds[i], c.event)]
            rows.append({"fold": p.fold, "passage": n, "step": c.step, "reason": c.reason,
                         "key": (n, c.event.sentence, c.event.event_type),
                         "features": rescue.features(c, kept), "label": bool(hits),
                         "allow": {r: rescue.roles_allow(c.event, r)
                                   for r in rescue.ROLE_CONSTRAINTS},
                         "dyad": any(_dyad_ok(g, c.event) for g in hits)})
    return rows


def _fit(rows: list[dict[str, Any]]) -> LinearModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    x = vec.fit_transform([dict.fromkeys(r["features"], 1) for r in rows])
    y = np.array([r["label"] for r in rows])
    clf = LogisticRegression(C=C, max_iter=2000).fit(x, y)
    labels = ["keep-dropped", rescue.YES]
    return LinearModel.from_matrix(labels, vec.get_feature_names_out().tolist(), clf.coef_,
                                   clf.intercept_)


def _prob(model: LinearModel, rows: list[dict[str, Any]]) -> list[float]:
    k = model.labels.index(rescue.YES)
    return [float(model.proba(r["features"])[k]) for r in rows]


def _gain(rows: list[dict[str, Any]], probs: list[float], t: float,
          base: tuple[int, int, int, int], roles: str = "any") -> tuple[float, ...]:
    """How good rescuing at threshold ``t`` is (at most one per passage, sentence and type).

    Both measures are in the keep/drop gate: a rescued event adds to the system events of
    both, and to the dyad hits only when its actor and recipient codes are the gold's. With
    ``roles`` = ``any`` (round 14) the score is pooled F1 + dyad F1; with a participant
    constraint (round 18) it is (F1 gain, 1) when dyad F1 does not fall, else (-1, 0), so
    the threshold chosen is the best F1 that keeps dyad F1.
    """
    best: dict[tuple, tuple[float, bool, bool]] = {}
    for r, p in zip(rows, probs, strict=True):
        if p >= t and r["allow"][roles] and (r["key"] not in best or p > best[r["key"]][0]):
            best[r["key"]] = (p, r["label"], r["dyad"])
    tp, dyad, system, gold = base
    k = sum(b[1] for b in best.values())
    kd = sum(b[2] for b in best.values())
    if roles == "any":
        return ((2 * (tp + k) + 2 * (dyad + kd)) / (system + len(best) + gold),)
    if (dyad + kd) * (system + gold) < dyad * (system + len(best) + gold):
        return (-1.0, 0.0)
    return (2 * (tp + k) / (system + len(best) + gold) - 2 * tp / (system + gold), 1.0)


def _threshold(rows: list[dict[str, Any]],
               base: dict[str, tuple[int, int, int, int]], roles: str = "any") -> float:
    """The threshold with the best pooled score (:func:`_gain`), leave-one-fold-out."""
    folds = sorted({r["fold"] for r in rows})
    probs = [0.0] * len(rows)
    for f in folds:
        model = _fit([r for r in rows if r["fold"] != f])
        idx = [i for i, r in enumerate(rows) if r["fold"] == f]
        for i, p in zip(idx, _prob(model, [rows[i] for i in idx]), strict=True):
            probs[i] = p
    total = tuple(sum(base[f][j] for f in folds) for j in range(4))
    scores = {t: _gain(rows, probs, t, total, roles) for t in GRID}  # type: ignore[arg-type]
    return max(scores, key=lambda t: (tuple(round(x, 4) for x in scores[t]), t))


def _evaluate(passages: list, settings: Settings, pooled: _Tally | None = None) -> _Tally:
    tally = _Tally()
    for p in passages:
        ctx = StageContext(story=p.story, settings=settings, results=p.results)
        events = list(extract(p.doc, ctx))
        tally.add(p.record, events)
        if pooled is not None:
            pooled.add(p.record, events)
    return tally


def _line(name: str, tally: _Tally, n: int) -> str:
    h = _report(tally, n).headline
    return (f"{name:12} P {h['micro_precision']:.3f} R {h['micro_recall']:.3f} "
            f"F1 {h['micro_f1']:.3f} dyad {h['dyad_f1']:.3f} (sys {h['system_events']}, "
            f"gold {h['gold_events']})")


def _base(tally: _Tally) -> tuple[int, int, int, int]:
    """True positives, dyad true positives, system and gold events of a rules run."""
    h = _report(tally, 1).headline
    gold = int(h["gold_events"])
    return (round(float(h["micro_recall"]) * gold), round(float(h["dyad_recall"]) * gold),
            int(h["system_events"]), gold)


def main(argv: list[str] | None = None) -> int:
    """Build the data, print the tables, train and save the model."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cache", type=Path, help="pickle of parsed passages (made if missing)")
    ap.add_argument("--out", type=Path, default=rescue.BUILTIN_WEIGHTS)
    ap.add_argument("--no-save", action="store_true")
    ap.add_argument("--without-dropped-participants", action="store_true",
                    help="train without the round-15 resolution of dropped events' mentions")
    ap.add_argument("--roles", choices=rescue.ROLE_CONSTRAINTS, default="any",
                    help="rescue only drafts whose participants meet this (round 18); the "
                         "threshold is then the best F1 that does not lower dyad F1")
    args = ap.parse_args(argv)
    if args.cache is not None and args.cache.exists():
        passages = pickle.loads(args.cache.read_bytes())
    else:
        passages = parse_passages(load_folds(ROOT))
        if args.cache is not None:
            args.cache.write_bytes(pickle.dumps(passages))
    settings = Settings(dropped_participants=not args.without_dropped_participants)
    rows = _rows(passages, settings)
    folds = list(FOLDS)
    print("## Dropped drafts that can be built, by step: rescuable (gold of the type in the "
          "sentence, unmatched) / dyad right / all, per fold")
    steps = sorted({r["step"] for r in rows})
    print("step".ljust(13) + "".join(f.rjust(15) for f in folds) + "total".rjust(15))
    for s in steps:
        cells = []
        for f in [*folds, None]:
            sel = [r for r in rows if r["step"] == s and (f is None or r["fold"] == f)]
            cells.append(f"{sum(r['label'] for r in sel)}/{sum(r['dyad'] for r in sel)}/"
                         f"{len(sel)}")
        print(s.ljust(13) + "".join(c.rjust(15) for c in cells))
    reasons = collections.Counter((r["step"], r["reason"], r["label"]) for r in rows)
    print("\n## Top reasons (step:reason  rescuable / all)")
    tot = collections.Counter((r["step"], r["reason"]) for r in rows)
    for (s, reason), n in tot.most_common(25):
        print(f"{s}:{reason}".ljust(50) + f"{reasons[(s, reason, True)]:5} / {n}")
    rules = {f: _evaluate([p for p in passages if p.fold == f], settings) for f in folds}
    base = {f: _base(rules[f]) for f in folds}
    print("\n## Out of fold: rules vs rules + rescue (threshold by inner leave-one-fold-out)")
    pooled_rules, pooled_rescue = _Tally(), _Tally()
    with tempfile.TemporaryDirectory() as tmp:
        for f in folds:
            train = [r for r in rows if r["fold"] != f]
            t = _threshold(train, base, args.roles)
            model = _fit(train)
            model.meta.update({"threshold": t, "roles": args.roles})
            path = Path(tmp) / f"rescue_{f}.json.gz"
            model.save(path)
            held = [p for p in passages if p.fold == f]
            on = settings.model_copy(update={"rescue_dropped": True, "rescue_weights": path})
            tally = _evaluate(held, on, pooled_rescue)
            _evaluate(held, settings, pooled_rules)
            print(_line(f"{f} rules", rules[f], len(held)))
            print(_line(f"{f} rescue", tally, len(held)) + f"  t={t}")
    print(_line("pooled rules", pooled_rules, len(passages)))
    print(_line("pooled rescue", pooled_rescue, len(passages)))
    t = _threshold(rows, base, args.roles)
    model = _fit(rows)
    model.meta.update({"threshold": t, "roles": args.roles, "trained_on": folds, "C": C,
                       "rows": len(rows),
                       "positives": sum(r["label"] for r in rows),
                       "dropped_participants": settings.dropped_participants,
                       "command": "python scripts/train_rescue_model.py"
                                  + (f" --roles {args.roles}" if args.roles != "any" else "")})
    print(f"\nfinal: {len(rows)} rows, {sum(r['label'] for r in rows)} positive, threshold {t}, "
          f"{model.n_features} features")
    if not args.no_save:
        print("saved", args.out, model.save(args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
