"""The learned trigger/type model and its combination with the rule coder (``hybrid``).

The rule coder (:mod:`.triggers`, :mod:`.stage`) finds about half of the events of unseen
text. The learned model scores every candidate token of a sentence (:mod:`.candidates`)
with a probability per PLOVER category and ``NONE``. In ``filter`` mode (the default since
round 9, ``Settings.event_model``) it only drops (first point below); in ``hybrid`` mode it
also adds (second point):

* a rule event whose trigger the model scores ``NONE`` with probability at least the
  model's ``drop_threshold`` is dropped;
* a candidate with no rule event whose best category has probability at least
  ``add_threshold`` becomes an event of that category, unless the sentence already has an
  event of that category. The event is built by the rule coder's own machinery for that
  token (a trigger with a generic lexicon entry of the category goes through the same
  modality, negation, purpose-clause, sense and argument checks), so it has actor,
  recipient, flags and date like any other event, and ``why`` says ``model:added p=…``.

The thresholds are stored with the weights (chosen by cross-validation inside the training
sets only; see ``scripts/train_event_model.py`` and ``docs/events.md``). The weights are
read once per process, when the first document is coded in ``hybrid`` mode.
"""

from __future__ import annotations

import bisect
import dataclasses
import functools
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.tokens import Doc, Token

from ..learned import LinearModel, load_shipped
from ..models import Event
from ..textutil import sentence_bounds
from .candidates import RuleView, candidate_tokens, features, quoted_tokens, rule_views
from .entity_index import EntityIndex
from .lexicon import Condition, Entry, Lexicon
from .triggers import Trigger

__all__ = ["BUILTIN_SHA256", "NEVER", "NONE", "Hybrid", "builtin_model_path", "hybrid_for",
           "load_model", "recombine"]

#: The label of a candidate that is no trigger.
NONE = "NONE"
#: sha256 of the shipped weights (``scripts/retrain_event_models.sh`` sets it; docs/events.md).
BUILTIN_SHA256 = "36f562a202c73ba98f240d6126b91c22ba96d2d409d702a0ff083db879506e5f"

#: Builds an event for a trigger with the rule coder's machinery (None: not an act).
BuildEvent = Callable[[Trigger], Event | None]


@dataclass(frozen=True)
class Hybrid:
    """A loaded model with the thresholds of its combination with the rules."""

    model: LinearModel
    add_threshold: float
    drop_threshold: float


def builtin_model_path() -> Path:
    """Return the path of the shipped weights (``wirecoder/data/events/type_model.json.gz``)."""
    return Path(str(resources.files("wirecoder") / "data" / "events" / "type_model.json.gz"))


#: Adds nothing (a probability never reaches it).
NEVER = 1.01


@functools.lru_cache(maxsize=8)
def load_model(path: Path | None = None, use: str = "hybrid") -> Hybrid:
    """Read a type model and the thresholds of one use (once per path, use and process).

    Args:
        path: A weights file written by the training script; None = the shipped one.
        use: ``hybrid`` (drops and additions: the file's ``add_threshold`` and
            ``drop_threshold``) or ``filter`` (drops only: the drop threshold chosen for
            that use, ``meta["uses"]["drop_only"]``, else the file's; nothing added).

    Raises:
        ConfigError: when the file is missing or not a model file.
    """
    model = LinearModel.load(path) if path is not None else load_shipped(builtin_model_path())
    if use == "filter":
        chosen = model.meta.get("uses", {}).get("drop_only", {})
        drop = chosen.get("drop_threshold", model.meta.get("drop_threshold", NEVER))
        return Hybrid(model, NEVER, float(drop))
    return Hybrid(model, float(model.meta.get("add_threshold", NEVER)),
                  float(model.meta.get("drop_threshold", NEVER)))


def hybrid_for(mode: str, path: Path | None) -> Hybrid | None:
    """Return the loaded model for ``Settings.event_model`` (None in ``rules`` mode)."""
    return load_model(path, mode) if mode in {"filter", "hybrid"} else None


def candidate_features(doc: Doc, lexicon: Lexicon, index: EntityIndex, quotes: Sequence,
                       triggers: Sequence[Trigger], events: Sequence[Event],
                       ruled_only: bool = False) -> list[tuple[Token, list[str]]]:
    """Return every candidate token of ``doc`` with its features (training and inference).

    Args:
        doc: The parsed document.
        lexicon: The compiled lexicon.
        index: The document's entities by token.
        quotes: The quote records of the document.
        triggers: The rule coder's triggers (every sentence).
        events: The events the rule coder output.
        ruled_only: Only the tokens the rule coder anchors an event on (all a model that
            adds nothing needs to score).
    """
    views = rule_views(triggers, events)
    starts = sentence_bounds(doc)[0]
    by_sentence: dict[int, list[int]] = {}  # the views' tokens by sentence, in the views' order
    for i in views:
        by_sentence.setdefault(bisect.bisect_right(starts, i) - 1, []).append(i)
    out = []
    for number, sent in enumerate(doc.sents):
        inside = by_sentence.get(number, [])
        coded = [(i, views[i].event_category) for i in inside]
        if ruled_only and not any(c is not None for _, c in coded):
            continue
        quoted = quoted_tokens(sent, quotes)
        tokens = candidate_tokens(sent, inside)
        if ruled_only:
            tokens = [t for t in tokens if views.get(t.i, RuleView()).event_category]
        for token in tokens:
            others = [c for i, c in coded if c is not None and i != token.i]
            out.append((token, features(token, lexicon, index, token.i in quoted,
                                        views.get(token.i, RuleView()), others)))
    return out


#: Prefix of the features that carry the parser's contextual token vector (``doc.tensor``).
VECTOR_PREFIX = "vec"


def model_input(token: Token, feats: Sequence[str], vectors: bool = True) -> dict[str, float]:
    """The model's input for a candidate: its feature strings (value 1) and token vector.

    The vector is the row of ``doc.tensor`` (the tok2vec output of the spaCy pipeline that
    the tagger and parser read): it places words the training data never showed near the
    words that did.
    """
    out = dict.fromkeys(feats, 1.0)
    tensor = token.doc.tensor
    if vectors and tensor is not None and len(tensor.shape) == 2 and tensor.shape[0] == len(
            token.doc):
        out.update((f"{VECTOR_PREFIX}{k}", float(v)) for k, v in enumerate(tensor[token.i]))
    return out


def recombine(doc: Doc, lexicon: Lexicon, index: EntityIndex, quotes: Sequence,
              triggers: Sequence[Trigger], events: list[Event], hybrid: Hybrid,
              build: BuildEvent) -> list[Event]:
    """Return the rule ``events`` with the model's drops and additions (text order).

    Args:
        doc: The parsed document.
        lexicon: The compiled lexicon.
        index: The document's entities by token.
        quotes: The quote records of the document.
        triggers: The rule coder's triggers.
        events: The rule coder's events.
        hybrid: The model and its thresholds.
        build: Builds the event of a trigger with the rule coder's machinery.
    """
    at_token = {t.start: t.token.i for t in triggers}
    adds = hybrid.add_threshold < NEVER  # a filter (drops only) scores the rule events alone
    vectors = hybrid.model.knows(f"{VECTOR_PREFIX}0")  # else the (binary) strings suffice
    found = candidate_features(doc, lexicon, index, quotes, triggers, events, ruled_only=not adds)
    rows: Any = hybrid.model.proba_many([  # one softmax pass: the rows of model.probabilities
        model_input(token, feats) if vectors else list(dict.fromkeys(feats))
        for token, feats in found]) if found else []
    labels = hybrid.model.labels
    scored = {token.i: dict(zip(labels, (float(x) for x in row), strict=True))
              for (token, _), row in zip(found, rows, strict=True)}
    kept: list[Event] = []
    for event in events:
        probs = scored.get(at_token.get(event.start, -1))
        p_none = probs[NONE] if probs is not None else 0.0
        if p_none >= hybrid.drop_threshold:
            continue
        kept.append(event.model_copy(update={"why": f"{event.why}; model:p_none={p_none:.3f}"}))
    coded = {at_token.get(e.start) for e in events}
    covered = {(doc[at_token[e.start]].sent.start if e.start in at_token else -1, e.event_type)
               for e in kept}
    best = [(i, *max(((k, v) for k, v in probs.items() if k != NONE), key=lambda kv: kv[1]))
            for i, probs in scored.items() if i not in coded]
    for i, label, p in sorted(best, key=lambda b: (-b[2], b[0])):  # most probable first
        token = doc[i]
        if p < hybrid.add_threshold or (token.sent.start, label) in covered:
            continue
        added = _added(token, label, p, lexicon, build)
        if added is not None:
            kept.append(added)
            covered.add((token.sent.start, label))
    return sorted(kept, key=lambda e: (e.start, e.end))


def _added(token: Token, category: str, p: float, lexicon: Lexicon,
           build: BuildEvent) -> Event | None:
    if token.pos_ not in {"VERB", "NOUN", "PROPN"}:
        return None
    kind = "verb" if token.pos_ == "VERB" else "noun"
    entry = _generic_entry(lexicon, category, kind, round(p, 2))
    if entry is None:
        return None
    trig = Trigger(token=token, entry=entry, kind=kind, start=token.idx,
                   end=token.idx + len(token), rules=[f"model:added p={p:.3f}"])
    return build(trig)


def _generic_entry(lexicon: Lexicon, category: str, kind: str,
                   confidence: float) -> Entry | None:
    """A lexicon entry of ``category`` stripped of its conditions: the added event's entry.

    The entry with the most trigger words of the right kind gives the argument
    prepositions (its ``recipient_preps``) the category usually has.
    """
    template = _templates(lexicon).get((category, kind)) or _templates(lexicon).get(
        (category, "any"))
    if template is None:
        return None
    return dataclasses.replace(
        template, id=f"model.{category.lower()}", mode=None, requires=Condition(),
        excludes=Condition(), frame=False, light=False, reciprocal=False, swap=False,
        needs_content=False, when="any", confidence=confidence)


def _templates(lexicon: Lexicon) -> dict[tuple[str, str], Entry]:
    memo: dict[tuple[str, str], Entry] | None = lexicon.__dict__.get("_model_templates")
    if memo is not None:
        return memo
    best: dict[tuple[str, str], tuple[int, Entry]] = {}
    for entry in lexicon.entries:
        if entry.frame or entry.light or entry.swap or entry.when != "any":
            continue
        for kind, size in (("verb", len(entry.verbs)), ("noun", len(entry.nouns)),
                           ("any", len(entry.verbs) + len(entry.nouns))):
            key = (entry.category, kind)
            if size and (key not in best or size > best[key][0]):
                best[key] = (size, entry)
    memo = {k: v[1] for k, v in best.items()}
    lexicon.__dict__["_model_templates"] = memo
    return memo
