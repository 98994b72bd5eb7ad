"""Training and evaluation data of the learned event type model (no scikit-learn here).

Reads the development gold sets of events, parses each passage once and runs the stages the
events stage needs, then gives (a) the labelled candidates of every passage (features from
:mod:`.candidates`, label = the gold category of the event whose trigger the token anchors,
else ``NONE``) and (b) the events stage's output under any settings, scored with the
project's events scorer (:mod:`wirecoder.evaluation.events`). Used by
``scripts/train_event_model.py`` and its tests.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..evaluation.common import Report, _day
from ..evaluation.events import _report, _Tally
from ..evaluation.halves import half
from ..io import make_story
from ..models import Story
from ..nlp import nlp_for
from ..parsing import parse_one
from ..pipeline import prepare
from ..settings import Settings
from ..stages import StageContext
from .entity_index import EntityIndex
from .lexicon import Lexicon, load_lexicon
from .rules import absorb_frames
from .stage import code_events, extract
from .triggers import Trigger, find_triggers
from .type_model import NONE, VECTOR_PREFIX, candidate_features, model_input

__all__ = ["FOLDS", "Example", "Passage", "evaluate_passages", "examples", "load_folds",
           "parse_passages"]

#: The development folds: name -> gold files (relative to the repository root). The
#: spot-check files give offsets into VOA corpus stories (their text is read from there).
#: dev10 and dev11 (annotated blind by evgold) were first scored with a model trained on
#: the other folds (docs/quality.md), then added. Round 9 (branch evlearn9) added the text
#: read since (dev12 = ``test6``, dev13 = ``test7``, blind12–17) and round 9's READ part
#: (every other document of dev14 = ``test8``, from the first: suffix ``::even``, plus
#: blind18 and blind23; ``scripts/read_check_split.py 9``). Round 9's CHECK part (the other
#: documents of dev14, blind19, blind22) is never trained on.
FOLDS: dict[str, tuple[str, ...]] = {
    "dev": ("data/gold/events/dev.jsonl",),
    "dev2": ("data/gold/events/dev2.jsonl",),
    "dev3": ("data/gold/test/documents.jsonl",),
    "dev4-11": (*(f"data/gold/events/dev{n}.jsonl" for n in range(4, 12)),
                "data/gold/spotcheck/round3.jsonl", "data/gold/spotcheck/round4.jsonl"),
    "dev12-13": ("data/gold/test6/documents.jsonl", "data/gold/test7/documents.jsonl"),
    "blind12-17": tuple(f"data/gold/events/blind{n}.jsonl" for n in range(12, 18)),
    "read9": ("data/gold/test8/documents.jsonl::even", "data/gold/events/blind18.jsonl",
              "data/gold/events/blind23.jsonl"),
    # round 14 (branch evlearn14): every events text opened since round 9, in folds of
    # similar size: round 9's CHECK part (spent, opened since), dev15-18 (``test9`` ...
    # ``test12``), the other blind sets up to blind33, the spot checks of rounds 5-13 and
    # round 14's READ part by path (``split:``; never its CHECK part).
    "check9": ("data/gold/test8/documents.jsonl::odd", "data/gold/events/blind19.jsonl",
               "data/gold/events/blind22.jsonl"),
    "dev15-18": tuple(f"data/gold/test{n}/documents.jsonl" for n in range(9, 13)),
    "blind20-33": tuple(f"data/gold/events/blind{n}.jsonl"
                        for n in (20, 21, *range(24, 34))),
    "spot5-13": tuple(f"data/gold/spotcheck/round{n}.jsonl" for n in range(5, 14)),
    "read14": ("split:ev_read14.jsonl",),
    # round 18 (branch retrain18): every events text opened since round 14, in folds of
    # similar size: round 14's CHECK part (spent, the other halves of ``test13``, blind34,
    # blind35), dev20-22 (``test14`` ... ``test16``, whose halves were the READ / CHECK parts of
    # rounds 15-17), blind36-41, the spot checks of rounds 14-17 and round 18's READ part by
    # path (never its CHECK part, nor any other document of ``test17``, blind42, blind43).
    "check14": ("data/gold/test13/documents.jsonl::odd", "data/gold/events/blind34.jsonl::odd",
                "data/gold/events/blind35.jsonl::odd"),
    "dev20-22": tuple(f"data/gold/test{n}/documents.jsonl" for n in range(14, 17)),
    "blind36-41": tuple(f"data/gold/events/blind{n}.jsonl" for n in range(36, 42)),
    "spot14-17": tuple(f"data/gold/spotcheck/round{n}.jsonl" for n in range(14, 18)),
    "read18": ("split:ev_read18.jsonl",),
}
#: Selector suffixes of a gold file: keep every other record, from the first / the second.
EVEN = "::even"
ODD = "::odd"
#: Prefix of a file of the READ / CHECK split directory (``WIRECODER_SPLIT_DIR``, default
#: ``.splits`` in the repository, as :data:`.arg_training.SPLIT_PREFIX`).
SPLIT = "split:"
_VOA = "../shared/corpora/voa/voa_stories.jsonl"

#: Stages the events stage reads (run before it, in this order).
_BEFORE_EVENTS = ("time_expressions", "entities", "quotes")


@dataclass
class Passage:
    """One gold record, parsed, with the results of the stages before events."""

    fold: str
    record: dict[str, Any]
    story: Story
    doc: Doc
    results: dict[str, tuple[Any, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Example:
    """One candidate token: its features and gold label."""

    passage: int
    features: tuple[str, ...]
    label: str
    vector: tuple[float, ...] = ()


def load_folds(root: Path, names: Iterable[str] | None = None,
               limit: int | None = None) -> list[tuple[str, dict[str, Any]]]:
    """Return (fold name, gold record with its text) for the folds ``names`` (default: all).

    Args:
        root: The repository root.
        names: Fold names of :data:`FOLDS`.
        limit: Keep at most this many records per fold (for smoke tests).
    """
    out: list[tuple[str, dict[str, Any]]] = []
    voa: dict[str, str] | None = None
    for name in names or FOLDS:
        records: list[dict[str, Any]] = []
        for rel in FOLDS[name]:
            path = _fold_path(root, rel.removesuffix(EVEN).removesuffix(ODD))
            if not path.exists():
                continue
            rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
                    if line.strip()]
            if rel.endswith((EVEN, ODD)):  # by place as first built (evaluation/halves.py)
                rows = half(rows, "even" if rel.endswith(EVEN) else "odd")
            stories = _voa_texts(path.with_name(path.stem + "-stories.jsonl"))
            for record in rows:
                if "text" not in record and record["id"] in stories:
                    record["text"] = stories[record["id"]]  # spot checks since round 7
                if "text" not in record:
                    voa = voa if voa is not None else _voa_texts(root / _VOA)
                    if record["id"] not in voa:
                        continue
                    record["text"] = voa[record["id"]]
                records.append(record)
        out.extend((name, r) for r in records[:limit])
    return out


def _fold_path(root: Path, rel: str) -> Path:
    """The file of a fold entry (``split:`` names a file of the READ / CHECK split directory)."""
    if rel.startswith(SPLIT):
        split_dir = Path(os.environ.get("WIRECODER_SPLIT_DIR", root / ".splits"))
        return split_dir / rel[len(SPLIT):]
    return root / rel


def _voa_texts(path: Path) -> dict[str, str]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as fh:
        return {s["id"]: s["text"] for s in map(json.loads, fh)}


def parse_passages(records: Sequence[tuple[str, dict[str, Any]]],
                   settings: Settings | None = None) -> list[Passage]:
    """Parse each record once and run the stages the events stage reads."""
    settings = settings or Settings()
    stages = {s.name: s for s in prepare(settings)}
    nlp = nlp_for(settings)
    out = []
    for fold, record in records:
        story = make_story({"id": record["id"], "text": record["text"],
                            "published": _day(record.get("published")),
                            **{k: record[k] for k in ("title", "url") if record.get(k)},
                            **({"source": record.get("source") or record["agency"]}
                               if record.get("source") or record.get("agency") else {})})
        passage = Passage(fold, record, story, parse_one(nlp, story.text))
        for name in _BEFORE_EVENTS:
            ctx = StageContext(story=story, settings=settings, results=passage.results)
            passage.results[name] = tuple(stages[name].func(passage.doc, ctx))
        out.append(passage)
    return out


def rule_pass(passage: Passage, lexicon: Lexicon) -> tuple[list[Trigger], list, EntityIndex]:
    """The rule coder's triggers and events of a passage (as :func:`.stage.code_events`)."""
    doc, res = passage.doc, passage.results
    index = EntityIndex(doc, res["entities"])
    triggers = [t for sent in doc.sents
                for t in absorb_frames(find_triggers(sent, lexicon, index.by_token))]
    events = code_events(doc, lexicon, res["entities"], res["time_expressions"], res["quotes"],
                         story_id=passage.story.id, published=passage.story.published,
                         source=passage.story.source)
    return triggers, events, index


def examples(passages: Sequence[Passage], lexicon: Lexicon | None = None,
             ) -> tuple[list[Example], dict[str, int]]:
    """Return the labelled candidates of ``passages`` and alignment counts.

    The counts are ``gold`` (events with a type), ``aligned`` (their trigger found on a
    candidate token) and ``unaligned``.
    """
    lexicon = lexicon or load_lexicon(())
    out: list[Example] = []
    counts = {"gold": 0, "aligned": 0, "unaligned": 0}
    for n, passage in enumerate(passages):
        triggers, events, index = rule_pass(passage, lexicon)
        cands = candidate_features(passage.doc, lexicon, index, passage.results["quotes"],
                                   triggers, events)
        by_token = {tok.i: k for k, (tok, _) in enumerate(cands)}
        labels = [NONE] * len(cands)
        ruled = {t.token.i for t in triggers}
        for gold in passage.record.get("events", []):
            if not gold.get("event_type"):
                continue
            counts["gold"] += 1
            token = _gold_token(passage.doc, passage.record["text"], gold, by_token, ruled)
            if token is None:
                counts["unaligned"] += 1
                continue
            counts["aligned"] += 1
            k = by_token[token.i]
            if labels[k] == NONE:
                labels[k] = gold["event_type"]
        out.extend(Example(n, tuple(feats), label, _vector(tok))
                   for (tok, feats), label in zip(cands, labels, strict=True))
    return out, counts


def _vector(token: Token) -> tuple[float, ...]:
    vec = model_input(token, ())
    return tuple(vec[f"{VECTOR_PREFIX}{k}"] for k in range(len(vec)))


def _gold_token(doc: Doc, text: str, gold: dict[str, Any], candidates: dict[int, int],
                ruled: set[int]) -> Token | None:
    """The candidate token that anchors a gold event's trigger, or None."""
    span = _gold_span(doc, text, gold)
    if span is None:
        return None
    tokens = [t for t in span if t.i in candidates]
    if not tokens:
        return None
    for pick in ([t for t in tokens if t.i in ruled],
                 [t for t in tokens if not (span.start <= t.head.i < span.end) or t.head is t],
                 [t for t in tokens if t.pos_ == "VERB"], tokens):
        if pick:
            return pick[0]
    return None  # pragma: no cover - tokens is not empty


def _gold_span(doc: Doc, text: str, gold: dict[str, Any]) -> Span | None:
    trigger = gold.get("trigger") or ""
    if "trigger_start" in gold and "trigger_end" in gold:
        start, end = int(gold["trigger_start"]), int(gold["trigger_end"])
    else:
        lo = int(gold.get("sentence_start", 0))
        at = text.find(trigger, lo) if trigger else -1
        if at < 0:
            return None
        start, end = at, at + len(trigger)
    return doc.char_span(start, end, alignment_mode="expand")


def evaluate_passages(passages: Sequence[Passage], settings: Settings) -> Report:
    """Run the events stage with ``settings`` on parsed passages and score it.

    The report is the one ``wirecoder eval events`` gives for the same records.
    """
    tally = _Tally()
    for passage in passages:
        ctx = StageContext(story=passage.story, settings=settings, results=passage.results)
        tally.add(passage.record, list(extract(passage.doc, ctx)))
    return _report(tally, len(passages))
