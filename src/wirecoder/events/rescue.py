"""Learned rescue of the drafts the rule coder drops (round 14, issue 9: recall).

The rule coder finds many trigger words and then drops the draft: absorbed by a frame,
a word-sense or "not an act" filter (``sense``), merged into a governing trigger, a setting
or reference, coded again later (re-mention, the learned type filter), or built but left
out because no participant is resolved (``participants``). :func:`candidates` reads what
the stage dropped in one document (round 19: the stage records it,
:mod:`.dropped_drafts`; no replay) and returns every dropped draft for which an event can
still be built (``_build`` of the stage gives one), with its features; a small binary logistic
regression (:class:`~wirecoder.learned.LinearModel`, numpy only; trained by
``scripts/train_rescue_model.py``) scores each, and :func:`rescue` adds the drafts scored
at or above the threshold stored with the weights. A rescued event keeps its own roles (an
empty role stays empty) and says ``model:rescued p=…`` in ``why``. Negation and the
hypothetical and future flags are not drops: they are kept as the rules set them.

Round 18: a weights file may name a participant constraint (``meta["roles"]``): the shipped
weights rescue only a draft whose actor or recipient resolves to a country
(``one-resolved``). Off by default (``Settings.rescue_dropped``); docs/events.md, "Learned
rescue of dropped drafts, round 14", "Rescue round 18" and "Rescue round 19", give the
figures.

Round 19: no replay (the stage's own drops), a draft that could not reach the threshold
however it is built is not built (:func:`could_rescue`), and a reference that only says
what reports say is never rescued (:data:`NOT_RESCUED`). The rescue's own CPU on the 89
VOA stories goes from about 1.1 s to 0.2 s; still about 0.014 of the throughput ratio, over
the 0.01 its switch-on needs, and CHECK's F1 does not rise: it stays off. Branch speed19:
a draft the bound lets through is scored exactly once its participants and date are
settled (:func:`~.stage.build_parts`) and gets no event unless the rescue would add it
(about 5 % of the rescue's CPU; docs/quality.md, "Round 19 speed (speed19)").

Round 22 (evrescue22): a naming its content test dropped is never rescued
(:data:`NOT_RESCUED_ENTRIES`). Switched on, the rescue still wins out of fold, on READ and
on the dev sets but loses F1 and dyad F1 on CHECK by about one event: it stays off
(docs/events.md, "Rescue round 22").
"""

from __future__ import annotations

import datetime as dt
import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from ..errors import ConfigError
from ..learned import LinearModel
from ..models import Entity, Event, TimeExpression
from ..textutil import sentence_index
from . import arg_model, when_where
from .dropped_drafts import DroppedDraft, DroppedDrafts, draft_reason
from .epithets import EPITHET_ENTRIES
from .lexicon import Lexicon
from .rules import Draft

__all__ = [
    "BUILTIN_SHA256",
    "BUILTIN_WEIGHTS",
    "NOT_RESCUED",
    "NOT_RESCUED_ENTRIES",
    "NOT_RESCUED_FRAMES",
    "ROLE_CONSTRAINTS",
    "Candidate",
    "Rescuer",
    "candidates",
    "could_rescue",
    "features",
    "rescue",
    "rescuer_for",
    "roles_allow",
]

#: The shipped weights of the rescue model.
BUILTIN_WEIGHTS = Path(__file__).resolve().parents[1] / "data" / "events" / "rescue_model.json.gz"
#: sha256 of the shipped weights (round 18, branch rescue18: the 17 folds of
#: ``model_data.FOLDS``, ``--roles one-resolved``; docs/events.md, "Rescue round 18").
BUILTIN_SHA256 = "6aa494ca8cd74608d32f63662a1a35d5093f453febbdef84add684a03e6a5b19"
#: Threshold used when the weights file names none.
DEFAULT_THRESHOLD = 0.5
#: The positive label of the model.
YES = "rescue"
#: Participant constraints a weights file may name (``meta["roles"]``; round 18): ``any``
#: (no constraint, the round-14 behaviour), ``one-resolved`` (the actor or the recipient
#: resolves to a country) and ``both-resolved`` (both do).
ROLE_CONSTRAINTS = ("any", "one-resolved", "both-resolved")
#: Reference kinds (:data:`~.references.REFERENCE_KINDS`) never rescued (round 19): what
#: reports say ("alarm at reports of an attack") is not an act (PLOVER codes events that
#: happened, not their coverage); the stage drops such a draft and it stays dropped.
NOT_RESCUED = frozenset({"reported"})
#: Categories of frames whose absorbed content is never rescued (round 19, fixrescue19):
#: none. Leaving out the content of ACCUSE, REJECT (denials) and THREATEN frames, as events
#: GUIDELINE decision 2 would ("accused Sudan of attacking" codes only the ACCUSE), left
#: READ unchanged and lost on the pooled dev sets (F1 .6696 -> .6689, dyad .4613 -> .4607;
#: ACCUSE+REJECT alone and THREATEN alone lose too): docs/events.md, "Rescue round 19 —
#: review fixes". The stage records each absorbed trigger's frame
#: (:attr:`~.dropped_drafts.DroppedDraft.frame`) so that the filter is one set away.
NOT_RESCUED_FRAMES: frozenset[str] = frozenset()
#: Lexicon entries whose drafts are never rescued (round 22, evrescue22): the disapproving
#: namings of :mod:`.epithets` ("called the blockade piracy"). The stage drops such a word
#: by a content test (the naming's predicate disapproves of nothing: "is called the
#: Communist Party", "called President X to inform him"; or it only words another act's
#: object), so the drop is a decision, not a missed event; and the shipped weights never
#: saw them (their trainer read the built-in lexicon alone). Every one of the four the
#: rescue revived on READ and the rounds 19-21 dev sets was spurious (docs/events.md,
#: "Rescue round 22").
NOT_RESCUED_ENTRIES: frozenset[str] = EPITHET_ENTRIES


@dataclass(frozen=True)
class Candidate:
    """A dropped draft that can still be built into an event.

    Attributes:
        event: The event the draft gives when built.
        step: The step that dropped it (as :mod:`.explain` names them; ``later`` = coded
            no event after the sentence steps: re-mention, the learned type filter, ...).
        reason: The recorded reason, when there is one.
        lemma: Lemma of the trigger word.
        kind: ``verb``, ``noun`` or ``adj`` trigger.
        dep: Dependency label of the trigger word.
    """

    event: Event
    step: str
    reason: str
    lemma: str
    kind: str
    dep: str


@dataclass(frozen=True)
class Rescuer:
    """The rescue model, its threshold and the participants a rescued draft needs.

    Attributes:
        model: The binary rescue model.
        threshold: Smallest score rescued.
        roles: One of :data:`ROLE_CONSTRAINTS` (``any``: no constraint).
    """

    model: LinearModel
    threshold: float
    roles: str = "any"


def _later(record: DroppedDraft, starts: set[int]) -> bool:
    """A draft the sentence steps kept whose event the document's events do not hold."""
    return record.trig.start not in starts


def candidates(doc: Doc, lexicon: Lexicon, dropped: DroppedDrafts, events: Sequence[Event],
               times: Sequence[TimeExpression] = (), quotes: Sequence = (), *,
               kept: Sequence[Event] = (), story_id: str = "story",
               published: dt.date | None = None, source: str | None = None,
               chooser: arg_model.Chooser | None = None,
               rescuer: Rescuer | None = None) -> list[Candidate]:
    """Return the dropped drafts of ``doc`` that can be built into an event.

    The drafts are the stage's own (``dropped``, filled by
    :func:`~.stage.code_events`; round 19): nothing is replayed. A draft the stage built
    keeps the event it built; the others are built here (a frame-absorbed trigger is
    drafted first). A reference whose kind is in :data:`NOT_RESCUED`, and a trigger absorbed
    by a frame of a category in :data:`NOT_RESCUED_FRAMES` (none by default), is no
    candidate. Given the
    ``rescuer``, a draft that could not reach its threshold however it is built
    (:func:`could_rescue`) is not built and is left out (the rescue would not add it); it
    takes its trigger word all the same, so a later record of the same word is not tried
    either, even where building the draft would have given no event (round 18's replay
    left the word free then; on the VOA corpus and the written tests the rescued events are
    the same).

    Args:
        doc: The parsed document.
        lexicon: The compiled lexicon.
        dropped: What the stage dropped in ``doc`` (:class:`~.dropped_drafts.DroppedDrafts`).
        events: Every event the rule coder built (before the participants filter).
        times: Time expressions of the document.
        quotes: Quote records of the document.
        kept: The events the stage keeps (a candidate overlapping one is left out).
        story_id: Prefix of event ids.
        published: Publication date.
        source: The publishing outlet.
        chooser: The learned argument chooser (as the stage uses it).
        rescuer: The rescue model the candidates are for; None: every candidate is built
            (training).

    Returns:
        The candidates, in text order; at most one per trigger word.
    """
    from .stage import _draft, build_parts, built_event  # the stage imports this module

    index = dropped.index
    starts = {e.start for e in events}
    taken = [(e.start, e.end) for e in kept]
    out: dict[int, Candidate] = {}
    hopeless: set[int] = set()  # trigger words of drafts not built: below the threshold
    for record in (*dropped.sentences, *(r for r in dropped.later if _later(r, starts))):
        trig = record.trig
        if trig.start in out or trig.start in hopeless or any(
                trig.start < b and a < trig.end for a, b in taken):
            continue
        if _never_rescued(record):
            continue
        draft = record.draft
        if draft is None:  # absorbed by a frame: the stage made no draft
            draft = _draft(trig, lexicon)
            draft.blockers = record.blockers
        if record.why is not None:  # the reason the draft gave before the stage built it
            reason = draft_reason(record.why)
            if record.event is None:
                draft.why[:] = record.why  # undo a skip's note ("dropped:remention-subject")
        else:
            reason = draft_reason(draft.why)
        event = record.event
        tok = trig.token
        if event is None and rescuer is not None and not could_rescue(
                rescuer, (record.step, reason, tok.lemma_.lower(), trig.kind, tok.dep_), draft,
                sentence_index(doc, trig.start), kept, times, published):
            hopeless.add(trig.start)
            continue
        if event is None and index is not None:
            parts = build_parts(draft, index, times, quotes, source, published, chooser)
            if parts is None:
                continue  # dropped by the build: no candidate, the trigger stays free
            if rescuer is not None and not _rescued(
                    rescuer, (record.step, reason, tok.lemma_.lower(), trig.kind, tok.dep_),
                    draft, parts, sentence_index(doc, trig.start), kept):
                hopeless.add(trig.start)  # built, it would be a candidate the rescue skips
                continue
            event = built_event(draft, parts, story_id, published, 0)
        if event is None:
            continue
        out[trig.start] = Candidate(event, record.step, reason, tok.lemma_.lower(), trig.kind,
                                    tok.dep_)
    kept_ids = {id(e) for e in kept}
    for e in events:
        if id(e) in kept_ids or e.start in out or e.start in hopeless or any(
                e.start < b and a < e.end for a, b in taken):
            continue
        span = doc.char_span(e.start, e.end, alignment_mode="expand")
        root = span.root if span is not None and len(span) else None
        out[e.start] = Candidate(e, "participants", "no-resolved-participant",
                                 root.lemma_.lower() if root is not None else "",
                                 "noun" if root is not None and root.pos_ in {"NOUN", "PROPN"}
                                 else "verb", root.dep_ if root is not None else "")
    return [out[k] for k in sorted(out)]


def _never_rescued(record: DroppedDraft) -> bool:
    """Whether a dropped draft is left dropped whatever the model says.

    "Voiced alarm at reports of an attack" (:data:`NOT_RESCUED`: what reports say is no
    act); the content of a frame of :data:`NOT_RESCUED_FRAMES` (none by default); a naming
    its content test dropped, "is called the Union Party" (:data:`NOT_RESCUED_ENTRIES`).
    """
    return (record.kind in NOT_RESCUED or record.frame in NOT_RESCUED_FRAMES
            or record.trig.entry.id in NOT_RESCUED_ENTRIES)


def _role(entities: Sequence[Entity]) -> str:
    if not entities:
        return "none"
    if any(e.country_code and e.resolved_by != "story" for e in entities):
        return "resolved"
    return "unresolved"


def roles_allow(event: Event, roles: str) -> bool:
    """Whether ``event``'s participants meet the constraint ``roles``.

    Args:
        event: A candidate's event.
        roles: One of :data:`ROLE_CONSTRAINTS`; a country resolved from the story's
            context alone (``resolved_by == "story"``) does not count.
    """
    if roles == "any":
        return True
    found = [_role(event.actor) == "resolved", _role(event.recipient) == "resolved"]
    return all(found) if roles == "both-resolved" else any(found)


def features(cand: Candidate, kept: Sequence[Event]) -> list[str]:
    """The model's features of a candidate, given the events the stage keeps.

    Args:
        cand: The candidate.
        kept: The events the stage keeps (the sentence's other events are read from them).
    """
    e = cand.event
    return _features(cand, e.event_type, e.mode, e.sentence, kept, e.actor, e.recipient,
                     e.reported_by is not None, (e.negated, e.future, e.hypothetical))


def _features(who: Candidate | tuple[str, str, str, str, str], kind: str, mode: str | None,
              sentence: int, kept: Sequence[Event], actor: Sequence[Entity],
              recipient: Sequence[Entity], quoted: bool,
              flags: tuple[bool, bool, bool]) -> list[str]:
    """:func:`features` from the parts of an event (built or not yet made)."""
    step = who.step if isinstance(who, Candidate) else who[0]
    known = _draft_features(who, kind, mode, sentence, kept)
    built = _event_features(step, _role(actor), _role(recipient), quoted)
    negated, future, hypothetical = flags
    # the round-14 order (the score is summed in it): ..., roles, mode, quoted, others, ...
    return [*known[:8], *built[:4], known[8], built[4], *known[9:],
            *(["negated"] if negated else []), *(["future"] if future else []),
            *(["hypothetical"] if hypothetical else [])]


def _rescued(rescuer: Rescuer, who: tuple[str, str, str, str, str], draft: Draft,
             parts: tuple, sentence: int, kept: Sequence[Event]) -> bool:
    """Whether :func:`rescue` could add the draft once its event is made (round 19, speed19).

    Exact, not a bound: after :func:`~.stage.build_parts` the draft's type, mode and flags
    and the participants and reporter are those of the event it gives, so its features and
    score are those :func:`rescue` reads. False: the participants do not meet the
    constraint, or the score is under the threshold (the event need not be made).
    """
    actor, recipient, _subject, reporter = parts[:4]
    found = [_role(actor) == "resolved", _role(recipient) == "resolved"]
    if rescuer.roles != "any" and not (
            all(found) if rescuer.roles == "both-resolved" else any(found)):
        return False
    feats = _features(who, draft.category, draft.mode, sentence, kept, actor, recipient,
                      reporter is not None, (draft.negated, draft.future, draft.hypothetical))
    p = float(rescuer.model.proba(feats)[rescuer.model.labels.index(YES)])
    return p >= rescuer.threshold


def _draft_features(who: Candidate | tuple[str, str, str, str, str], kind: str,
                    mode: str | None, sentence: int, kept: Sequence[Event]) -> list[str]:
    """The features a draft gives before it is built (all but roles, quote and flags).

    ``who`` is the candidate, or its step, reason, lemma, trigger kind and dependency.
    """
    step, reason, lemma, trig_kind, dep = (
        (who.step, who.reason, who.lemma, who.kind, who.dep) if isinstance(who, Candidate)
        else who)
    same = [k for k in kept if k.sentence == sentence]
    n_same_type = sum(k.event_type == kind for k in same)
    out = [f"step={step}", f"reason={step}:{reason}", f"type={kind}",
           f"lemma={lemma}", f"lemma_type={lemma}|{kind}",
           f"kind={trig_kind}", f"dep={dep}", f"step_type={step}|{kind}",
           f"mode={kind}|{mode}",
           f"others={min(len(same), 2)}", f"same_type={min(n_same_type, 2)}",
           f"doc_type={any(k.event_type == kind for k in kept)}"]
    return out + [f"other_type={k.event_type}" for k in same if k.event_type != kind][:4]


def _event_features(step: str, actor: str, recipient: str, quoted: bool) -> list[str]:
    """The features only the built event gives: its participants' resolution, its quote."""
    return [f"actor={actor}", f"recipient={recipient}", f"roles={actor}|{recipient}",
            f"step_roles={step}|{actor}|{recipient}", f"quoted={quoted}"]


#: Resolution values of a side (:func:`_role`).
_SIDES = ("none", "resolved", "unresolved")


@functools.lru_cache(maxsize=4)
def _margins(model: LinearModel) -> tuple[dict[str, float], float]:
    """Each feature's weight for a rescue less its weight against, and the bias's."""
    yes = model.labels.index(YES)
    no = 1 - yes
    bias = model.scores([])
    margins = {}
    for name in model.feature_names:
        w = model.scores([name]) - bias
        margins[name] = float(w[yes] - w[no])
    return margins, float(bias[yes] - bias[no])


def could_rescue(rescuer: Rescuer, who: tuple[str, str, str, str, str], draft: Draft,
                 sentence: int, kept: Sequence[Event], times: Sequence[TimeExpression] = (),
                 published: dt.date | None = None) -> bool:
    """Whether a draft not yet built could score at or above the threshold once built.

    An upper bound of the model's score: the features the draft gives before it is built
    (:func:`_draft_features`) exactly, the best of its participants' resolutions the
    constraint allows and of quoted or not, and of the modes the build may give (a meeting
    may become a visit). A draft the build may still make future and retype (an unfinished
    act in a sentence that dates something after publication) is given the benefit of the
    doubt.

    Args:
        rescuer: The model, threshold and constraint.
        who: The draft's step, reason, trigger lemma, trigger kind and dependency label.
        draft: The draft (its type, mode and flags as the sentence steps left them).
        sentence: The index of its sentence.
        kept: The events the stage keeps.
        times: The document's time expressions.
        published: The publication date.
    """
    trig = draft.trig
    sent = trig.token.sent
    if not draft.future and trig.token.tag_ not in {"VBD", "VBN"} and any(
            sent.start_char <= t.start < sent.end_char
            and when_where.date_is_after(t.value, published) for t in times):
        return True  # the build may date it after publication, make it future, retype it
    margins, bias = _margins(rescuer.model)
    modes = {draft.mode}
    if draft.category == "CONSULT" and draft.mode in {None, "visit", "multilateral"}:
        modes.add("visit")  # the build may find a host country
    step = who[0]
    known = bias + max(sum(margins.get(f, 0.0) for f in _draft_features(
        who, draft.category, mode, sentence, kept)) for mode in modes)
    known += sum(margins.get(f, 0.0) for f, on in (
        ("negated", draft.negated), ("future", draft.future),
        ("hypothetical", draft.hypothetical)) if on)
    limit = math.log(rescuer.threshold / (1.0 - rescuer.threshold))
    return known + _best_sides(rescuer.model, step, rescuer.roles) >= limit - 1e-6


@functools.lru_cache(maxsize=64)
def _best_sides(model: LinearModel, step: str, roles: str) -> float:
    """The most the built event's own features can add to a draft of ``step``'s score."""
    margins, _ = _margins(model)
    return max(sum(margins.get(f, 0.0) for f in _event_features(step, a, r, q))
               for a in _SIDES for r in _SIDES for q in (False, True)
               if _sides_allow(a, r, roles))


def _sides_allow(actor: str, recipient: str, roles: str) -> bool:
    found = [actor == "resolved", recipient == "resolved"]
    return roles == "any" or (all(found) if roles == "both-resolved" else any(found))


def rescue(cands: Sequence[Candidate], kept: Sequence[Event], rescuer: Rescuer,
           story_id: str = "story") -> list[Event]:
    """Return ``kept`` plus the candidates the model scores at or above its threshold.

    At most one event is rescued per sentence and type (the best scored), and only a
    candidate whose participants meet ``rescuer.roles`` (:func:`roles_allow`); ids are
    renumbered in text order.

    Args:
        cands: The candidates of :func:`candidates`.
        kept: The events the stage keeps.
        rescuer: The model and threshold.
        story_id: Prefix of the event ids.
    """
    best: dict[tuple[int, str], tuple[float, Candidate]] = {}
    for cand in cands:
        if not roles_allow(cand.event, rescuer.roles):
            continue
        p = float(rescuer.model.proba(features(cand, kept))[rescuer.model.labels.index(YES)])
        if p < rescuer.threshold:
            continue
        key = (cand.event.sentence, cand.event.event_type)
        if key not in best or p > best[key][0]:
            best[key] = (p, cand)
    if not best:
        return list(kept)
    added = [c.event.model_copy(update={"why": "; ".join(
        w for w in (c.event.why, f"model:rescued p={p:.2f} ({c.step})") if w)})
        for p, c in best.values()]
    out = sorted([*kept, *added], key=lambda e: (e.start, e.end))
    return [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(out)]


@functools.lru_cache(maxsize=4)
def _load(path: str) -> LinearModel:
    return LinearModel.load(path)


def rescuer_for(settings: Any) -> Rescuer | None:
    """Return the rescue model the settings ask for, or None when rescue is off.

    Args:
        settings: A :class:`~wirecoder.settings.Settings` (``rescue_dropped``,
            ``rescue_weights``).

    Raises:
        ConfigError: C004 when the weights name an unknown participant constraint.
    """
    if not settings.rescue_dropped:
        return None
    weights: Path | None = settings.rescue_weights
    model = _load(str(weights if weights is not None else BUILTIN_WEIGHTS))
    roles = str(model.meta.get("roles", "any"))
    if roles not in ROLE_CONSTRAINTS:
        raise ConfigError("C004", value=roles, option="the rescue weights' meta 'roles'",
                          detail=str(weights or BUILTIN_WEIGHTS),
                          fix=f"use one of {', '.join(ROLE_CONSTRAINTS)}, or retrain with "
                              "scripts/train_rescue_model.py --roles")
    return Rescuer(model, float(model.meta.get("threshold", DEFAULT_THRESHOLD)), roles)
