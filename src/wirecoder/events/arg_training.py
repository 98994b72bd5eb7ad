"""Training data, training and cross-validation of the learned argument chooser.

Used by ``scripts/train_arg_model.py`` and ``scripts/cv_arg_model.py``; training needs
scikit-learn (a development dependency, imported only here, inside :func:`train`), running
the chooser does not (:mod:`.arg_model`).

An example is one candidate mention of one system event whose type and sentence match a gold
event (the scorer's matching, :func:`wirecoder.evaluation.events.match_events`). Its label is
``actor`` / ``recipient`` / ``both`` / ``none``: whether the mention's country is in the gold
actor set, the gold recipient set, both or neither.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..learned import LinearModel
from ..settings import Settings
from . import arg_model
from .arg_candidates import Candidate

__all__ = ["FOLDS", "SENTENCE_FOLDS", "EventCase", "choose_thresholds", "collect",
           "fold_records", "label_of", "predict", "score_cases", "train"]

#: Prefix of a fold file read from the READ / CHECK split directory (``WIRECODER_SPLIT_DIR``,
#: default ``.splits`` in the repository; ``scripts/read_check_split.py`` writes it) instead of
#: ``data/gold``.
SPLIT_PREFIX = "split:"
#: Development folds of the leave-one-set-out cross-validation: name -> gold files.
FOLDS: dict[str, tuple[str, ...]] = {
    "dev": ("events/dev.jsonl",),
    "dev2": ("events/dev2.jsonl",),
    "dev3": ("test/documents.jsonl",),
    "dev4-9": tuple(f"events/dev{n}.jsonl" for n in range(4, 10)),
    "spotcheck": ("spotcheck/round3.jsonl", "spotcheck/round4.jsonl"),
    "dev10": ("events/dev10.jsonl",),  # added after its first (fresh) reading
    # round 6 (branch evrecip): sets judged in round 5, dev resources since
    "dev11": ("events/dev11.jsonl",),
    "blind12-13": ("events/blind12.jsonl", "events/blind13.jsonl"),
    # round 7 (branch evarg7): added after their first (fresh) reading, recorded in
    # docs/events.md ("Round 7: who did it to whom on fresh text")
    "dev12": ("test6/documents.jsonl",),
    "blind14-15": ("events/blind14.jsonl", "events/blind15.jsonl"),
    # round 13 (branch evlearn13): the text annotated and opened since round 8 (round 8's
    # READ file, half of dev13 and blind16, is inside dev13-14 and blind16-23 now), grouped
    # into folds of similar size, and round 13's READ part by path (never its CHECK part)
    "dev13-14": ("test7/documents.jsonl", "test8/documents.jsonl"),
    "dev15-17": tuple(f"test{n}/documents.jsonl" for n in range(9, 12)),
    "blind16-23": tuple(f"events/blind{n}.jsonl" for n in range(16, 24)),
    "blind24-31": tuple(f"events/blind{n}.jsonl" for n in range(24, 32)),
    "spot5-12": tuple(f"spotcheck/round{n}.jsonl" for n in range(5, 13)),
    # round 14 (branch evlearn14): round 13's spent sets, opened whole (dev18 = ``test12``,
    # blind32, blind33; round 13's READ file is inside them, so its own fold is dropped), the
    # spot check of round 13, and round 14's READ part by path (never its CHECK part)
    "dev18-blind32-33": ("test12/documents.jsonl", "events/blind32.jsonl",
                         "events/blind33.jsonl"),
    "spot13": ("spotcheck/round13.jsonl",),
    "read14": (f"{SPLIT_PREFIX}ev_read14.jsonl",),
    # round 18 (branch retrain18): every events text opened since round 14, in folds of
    # similar size: round 14's CHECK part (spent, by path: the other halves of ``test13``,
    # blind34, blind35), dev20-22 (``test14`` ... ``test16``, whose halves were the READ /
    # CHECK parts of rounds 15-17), blind36-41, the spot checks of rounds 14-17 and round 18's
    # READ part by path (never its CHECK part, nor any other document of ``test17``, blind42,
    # blind43)
    "check14": (f"{SPLIT_PREFIX}ev_check14.jsonl",),
    "dev20-22": tuple(f"test{n}/documents.jsonl" for n in range(14, 17)),
    "blind36-41": tuple(f"events/blind{n}.jsonl" for n in range(36, 42)),
    "spot14-17": tuple(f"spotcheck/round{n}.jsonl" for n in range(14, 18)),
    "read18": (f"{SPLIT_PREFIX}ev_read18.jsonl",),
}
#: Folds of single sentences (every other fold holds whole documents: stories, statements).
SENTENCE_FOLDS = frozenset({"dev", "dev2"})
#: The split directory when ``WIRECODER_SPLIT_DIR`` is unset, relative to the repository root
#: (git-ignored; as ``scripts/read_check_split.py``'s default).
DEFAULT_SPLIT_DIR = ".splits"
#: Where the spot-check records find their story texts (they store offsets only).
VOA_CORPUS = Path("corpora") / "voa" / "voa_stories.jsonl"
#: Threshold grids searched inside the training folds (1.01: never).
FILL_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
ADD_GRID = (0.8, 0.9, 0.95, 1.01)
DROP_GRID = (0.0, 0.05, 0.1, 0.2)
#: Grid of the threshold above which an empty role takes a mention of the other role's
#: country (a domestic event; 1.01: never).
DOMESTIC_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 1.01)
#: Thresholds under which the chooser keeps the rules' answer.
RULES_ONLY = {"actor_fill": 1.01, "actor_add": 1.01, "actor_drop": 0.0,
              "recipient_fill": 1.01, "recipient_add": 1.01, "recipient_drop": 0.0,
              "actor_domestic": 1.01, "recipient_domestic": 1.01}


@dataclass
class EventCase:
    """One system event matched to a gold event, with its candidates.

    Attributes:
        fold: The fold the event comes from.
        candidates: The candidates (features, rule choice, entity).
        labels: The label of each candidate.
        gold_actor: The gold actor codes.
        gold_recipient: The gold recipient codes.
        rule_actor: The rules' actor entities (codes and mentions).
        rule_recipient: The rules' recipient entities.
    """

    fold: str
    candidates: list[Candidate]
    labels: list[str]
    gold_actor: frozenset[str]
    gold_recipient: frozenset[str]
    rule_actor: tuple[Any, ...]
    rule_recipient: tuple[Any, ...]


def label_of(code: str | None, actor: Iterable[str], recipient: Iterable[str]) -> str:
    """Return the label of a candidate of country ``code`` given the gold roles."""
    in_actor, in_recipient = code in set(actor), code in set(recipient)
    if in_actor and in_recipient:
        return "both"
    return "actor" if in_actor else ("recipient" if in_recipient else "none")


def fold_records(name: str, gold_dir: Path, shared: Path | None = None) -> list[dict[str, Any]]:
    """Return the gold records of fold ``name`` (spot-check records get their story text).

    Args:
        name: A key of :data:`FOLDS`, or a path to a gold JSONL file.
        gold_dir: The ``data/gold`` directory.
        shared: The shared directory holding the VOA corpus (for the spot-check fold).
    """
    files = [_fold_file(f, gold_dir) for f in FOLDS[name]] if name in FOLDS else [Path(name)]
    records = []
    for file in files:
        rows = [json.loads(line) for line in file.read_text("utf-8").splitlines()
                if line.strip()]
        stories = file.with_name(file.stem + "-stories.jsonl")  # spot checks since round 7
        if any("text" not in r for r in rows) and stories.is_file():
            texts = {s["id"]: s["text"] for s in map(json.loads, stories.open(encoding="utf-8"))}
            for row in rows:
                row.setdefault("text", texts.get(row["id"]))
                if row["text"] is None:
                    del row["text"]
        records.extend(rows)
    if any("text" not in r for r in records):
        if shared is None:
            raise ValueError(f"fold {name} needs the VOA corpus: pass the shared directory")
        with (shared / VOA_CORPUS).open(encoding="utf-8") as fh:
            texts = {s["id"]: s["text"] for s in map(json.loads, fh)}
        for record in records:
            if "text" not in record:
                record["text"] = texts[record["id"]]
    return records


def _fold_file(name: str, gold_dir: Path) -> Path:
    """Return the path of one file of a fold (``split:`` names the split directory's)."""
    if name.startswith(SPLIT_PREFIX):
        default = gold_dir.resolve().parents[1] / DEFAULT_SPLIT_DIR
        split_dir = Path(os.environ.get("WIRECODER_SPLIT_DIR", default))
        return split_dir / name[len(SPLIT_PREFIX):]
    return gold_dir / name


def collect(records: list[dict[str, Any]], fold: str,
            settings: Settings | None = None) -> list[EventCase]:
    """Run the rules on ``records`` and return the matched events with their candidates."""
    from ..evaluation.common import analyze_records
    from ..evaluation.events import match_events

    choosers: list[arg_model.Chooser] = []

    def recording(_settings: Any) -> arg_model.Chooser:
        chooser = arg_model.Chooser(model=None, record=[])
        choosers.append(chooser)
        return chooser

    original = arg_model.chooser_for
    arg_model.chooser_for = recording  # type: ignore[assignment]
    try:
        analyses = analyze_records(records, settings or Settings(argument_chooser="rules"))
    finally:
        arg_model.chooser_for = original
    if len(choosers) < len(records):
        raise RuntimeError(f"{len(choosers)} documents reached the events stage, "
                           f"{len(records)} expected")
    choosers = choosers[len(choosers) - len(records):]  # the first may be the warm-up story
    cases = []
    for record, analysis, chooser in zip(records, analyses, choosers, strict=True):
        golds = [g for g in record.get("events", []) if g.get("event_type")]
        system = list(analysis.events)
        recorded = {(s, e): c for s, e, c in chooser.record or []}
        pairs, _, _ = match_events(record["text"], golds, system)
        for gi, si in pairs:
            event, gold = system[si], golds[gi]
            cands = recorded.get((event.start, event.end), [])
            actor, recipient = gold.get("actor") or [], gold.get("recipient") or []
            cases.append(EventCase(
                fold=fold, candidates=cands,
                labels=[label_of(c.entity.country_code, actor, recipient) for c in cands],
                gold_actor=frozenset(actor), gold_recipient=frozenset(recipient),
                rule_actor=tuple(event.actor), rule_recipient=tuple(event.recipient)))
    return cases


def train(cases: Sequence[EventCase], c_value: float = 1.0,
          meta: dict[str, Any] | None = None) -> LinearModel:
    """Fit the multinomial logistic regression on the candidates of ``cases``."""
    from sklearn.feature_extraction import DictVectorizer  # type: ignore[import-untyped]
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    rows = [dict.fromkeys(c.features, 1.0) for case in cases for c in case.candidates]
    labels = [label for case in cases for label in case.labels]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(rows)
    clf = LogisticRegression(C=c_value, max_iter=500, solver="newton-cg")
    with threadpool_limits(1):  # many threads on a small problem are much slower
        clf.fit(matrix, labels)
    names = list(vectorizer.get_feature_names_out())
    classes = [str(c) for c in clf.classes_]
    return LinearModel.from_matrix(classes, names, clf.coef_, clf.intercept_, meta)


Probs = list[tuple[float, float]]


def predict(cases: Sequence[EventCase], model: LinearModel | None) -> list[Probs | None]:
    """Return the (actor, recipient) probabilities of every candidate of every case."""
    if model is None:
        return [None] * len(cases)
    return [[arg_model.role_probabilities(model, c.features) for c in case.candidates]
            for case in cases]


def _choice(case: EventCase, probs: Probs | None,
            thresholds: dict[str, float]) -> tuple[set[str], set[str]]:
    if probs is None or not case.candidates:
        actor, recipient = case.rule_actor, case.rule_recipient
    else:
        actor, recipient = arg_model.combine(case.candidates, probs, case.rule_actor,
                                             case.rule_recipient, thresholds)
    return ({e.country_code for e in actor if e.country_code},
            {e.country_code for e in recipient if e.country_code})


def score_cases(cases: Sequence[EventCase], probs: Sequence[Probs | None],
                thresholds: dict[str, float]) -> dict[str, int]:
    """Count matched events whose actor, recipient and both are right under a chooser."""
    out = {"matched": len(cases), "actor": 0, "recipient": 0, "both": 0}
    for case, p in zip(cases, probs, strict=True):
        actor, recipient = _choice(case, p, thresholds)
        a_ok, r_ok = actor == case.gold_actor, recipient == case.gold_recipient
        out["actor"] += a_ok
        out["recipient"] += r_ok
        out["both"] += a_ok and r_ok
    return out


def choose_thresholds(cases_by_fold: dict[str, list[EventCase]],
                      c_value: float = 1.0, domestic: bool = False,
                      macro: bool = False, documents: bool = False) -> dict[str, float]:
    """Pick the thresholds by leave-one-fold-out predictions inside the given folds.

    Each fold is predicted by a model trained on the others; the thresholds that make the
    most matched events fully right (actor and recipient), pooled over the folds, are
    returned. With ``macro`` the share of events right is averaged over the folds instead (a
    small fold of fresh articles weighs as much as a large dev set); ``domestic`` also
    searches the domestic fill (:func:`.arg_model.combine`). Both are off by default: neither
    helped in the leave-one-set-out cross-validation of round 6 (docs/events.md). With
    ``documents`` the thresholds are scored on the folds of whole documents only (not
    :data:`SENTENCE_FOLDS`, whose records are single sentences chosen for holding an event):
    how readily an empty role is filled, or abstained from, is set on text like the text
    the coder reads (round 7). Every fold still trains the inner models.
    """
    folds: list[tuple[list[EventCase], list[Probs | None]]] = []
    for held in cases_by_fold:
        rest = [c for f, cs in cases_by_fold.items() if f != held for c in cs]
        model = train(rest, c_value)
        if not (documents and held in SENTENCE_FOLDS):
            folds.append((cases_by_fold[held], predict(cases_by_fold[held], model)))

    def right(thresholds: dict[str, float]) -> float:
        counts = [score_cases(cs, ps, thresholds)["both"] for cs, ps in folds]
        if macro:
            return sum(n / max(1, len(cs)) for n, (cs, _) in zip(counts, folds, strict=True))
        return float(sum(counts))

    chosen = dict(RULES_ONLY)
    for role in ("actor", "recipient"):  # one role at a time, the other as chosen so far
        best: tuple[float, dict[str, float]] = (-1.0, chosen)
        for fill, add, drop in itertools.product(FILL_GRID, ADD_GRID, DROP_GRID):
            thresholds = {**chosen, f"{role}_fill": fill, f"{role}_add": add,
                          f"{role}_drop": drop}
            score = right(thresholds)
            if score > best[0] + 1e-9:
                best = (score, thresholds)
        chosen = best[1]
    for role in ("actor", "recipient") if domestic else ():
        best = (-1.0, chosen)
        for limit in DOMESTIC_GRID:  # ties keep the higher (more cautious) limit
            thresholds = {**chosen, f"{role}_domestic": limit}
            score = right(thresholds)
            if score >= best[0] - 1e-9:
                best = (score, thresholds)
        chosen = best[1]
    return chosen
