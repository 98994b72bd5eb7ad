"""The drafts the events stage drops, handed to the learned rescue (round 19, issue 9).

Until round 18 the rescue (:mod:`.rescue`) found the dropped drafts by replaying the
stage's sentence steps on the whole document (trigger search, drafting, merging, the
reference test) -- about a third of the events stage's time with the rescue on. Since
round 19 the stage records what it drops while it codes: :func:`~.stage.code_events` takes
a :class:`DroppedDrafts` and fills it, only when the rescue is on (the output is the same
whether it is given or not). Each record says the step that dropped the draft, as the
replay named them (``frame``, ``sense``, ``merge``, ``reference``, ``later``), the reason
the draft records (the rescue model's feature) and, for a reference, its kind
(:data:`~.references.REFERENCE_KINDS`): the rescue filters on it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..models import Event
from .arguments import EntityIndex
from .rules import Draft
from .triggers import Trigger

__all__ = ["DroppedDraft", "DroppedDrafts", "draft_reason"]


def draft_reason(why: Sequence[str]) -> str:
    """The reason a draft's ``why`` records for its drop (the last ``dropped:``), or "".

    Args:
        why: The draft's ``why`` entries.
    """
    reason = next((w.removeprefix("dropped:") for w in reversed(why)
                   if w.startswith("dropped:")), "")
    if not reason and "not-an-act" in why:
        reason = "not-an-act"
    return reason.split(" ")[0][:40]


@dataclass
class DroppedDraft:
    """One draft (or frame-absorbed trigger) the stage dropped.

    Attributes:
        trig: The trigger.
        step: ``frame`` (absorbed by a frame: no draft was made), ``sense``, ``merge``,
            ``reference`` or ``later`` (kept by the sentence steps, then coded no event).
        draft: The stage's draft; None for a ``frame`` trigger.
        why: The draft's ``why`` before the stage built it (``later`` drafts only).
        event: The event the stage built from it (``later`` drafts the stage built).
        kind: A reference's kind (:data:`~.references.REFERENCE_KINDS`), else "".
        blockers: Token indices of the sentence's kept nominal triggers.
        frame: For a ``frame`` trigger, the category of the frame that absorbed it
            ("ACCUSE" for "accused X of shelling"), else "".
    """

    trig: Trigger
    step: str
    draft: Draft | None = None
    why: tuple[str, ...] | None = None
    event: Event | None = None
    kind: str = ""
    blockers: frozenset[int] = frozenset()
    frame: str = ""


#: The note of a purpose clause dropped as another draft's purpose
#: (:func:`~.remention.purpose_of_act`, round 19).
PURPOSE_OF_ACT = "dropped:purpose-of-act"


def _merged(draft: Draft) -> DroppedDraft:
    """The record of a draft the merge steps dropped.

    A purpose clause that repeats another draft's act ("donated ambulances to help
    clinics", :func:`~.remention.purpose_of_act`, new in round 19) is recorded as the
    replay the shipped weights were trained on saw it (round 18, before that step): kept by
    the sentence steps and coded no event (step ``later``, its notes without the drop's).
    """
    if PURPOSE_OF_ACT not in draft.why:
        return DroppedDraft(draft.trig, "merge", draft)
    why = tuple(w for w in draft.why if w != PURPOSE_OF_ACT)
    return DroppedDraft(draft.trig, "later", draft, why)


@dataclass
class DroppedDrafts:
    """What the stage drops in one document, in the stage's order.

    Attributes:
        sentences: The records of the sentence steps, sentence by sentence (frame, sense,
            merge, reference).
        later: The drafts the sentence steps keep, each with what the stage built.
        index: The stage's entity index of the document.
    """

    sentences: list[DroppedDraft] = field(default_factory=list)
    later: list[DroppedDraft] = field(default_factory=list)
    index: EntityIndex | None = None

    def sentence(self, raw: Sequence[Trigger], absorbing: Sequence[Trigger],
                 drafts: Sequence[Draft], merged: Sequence[Draft],
                 references: Sequence[tuple[Draft, str]], blockers: frozenset[int],
                 index: EntityIndex) -> None:
        """Record the drops of one sentence's steps.

        Args:
            raw: The sentence's triggers.
            absorbing: The triggers left after the frames absorbed theirs.
            drafts: The drafts of ``absorbing`` (sense-dropped ones included).
            merged: The drafts left after merging nominals into their acts.
            references: The merged drafts dropped as settings or references, with their kind.
            blockers: Token indices of the sentence's kept nominal triggers.
            index: The stage's entity index of the document.
        """
        self.index = index
        left = {id(t) for t in absorbing}
        frames = {id(inner): t.entry.category for t in raw for inner in t.inner}
        out = [DroppedDraft(t, "frame", frame=frames.get(id(t), "")) for t in raw
               if id(t) not in left]
        out += [DroppedDraft(d.trig, "sense", d) for d in drafts if not d.keep]
        kept = {id(d) for d in merged}
        out += [_merged(d) for d in drafts if d.keep and id(d) not in kept]
        out += [DroppedDraft(d.trig, "reference", d, kind=kind) for d, kind in references]
        for record in out:
            record.blockers = blockers
            if record.draft is not None:
                record.draft.blockers = blockers
        self.sentences.extend(out)

    def coded(self, draft: Draft, why: tuple[str, ...], event: Event | None,
              built: bool) -> None:
        """Record what the stage made of a draft the sentence steps kept.

        Args:
            draft: The draft.
            why: Its ``why`` before the stage built it.
            event: The event the stage built (None: none).
            built: Whether the stage built it (False: skipped as a re-mention); a draft
                built into no event cannot be rescued and is not recorded.
        """
        if built and event is None:
            return
        self.later.append(DroppedDraft(draft.trig, "later", draft, why, event))
