"""PLOVER event coder (first version: a handful of trigger lemmas, subject/object actors)."""

from __future__ import annotations

from spacy.tokens import Doc

from ..models import Event
from ..stages import StageContext, register_stage
from ..textutil import sentence_index

__all__ = ["extract"]

_TRIGGERS = {"meet": "CONSULT", "call": "CONSULT", "attack": "ASSAULT", "kill": "ASSAULT",
             "sanction": "SANCTION", "accuse": "ACCUSE", "urge": "REQUEST", "agree": "AGREE"}


@register_stage("events", requires=("entities", "time_expressions", "quotes"))
def extract(doc: Doc, ctx: StageContext) -> tuple[Event, ...]:
    """Return the PLOVER events of ``doc``."""
    entities = ctx.get("entities")
    out = []
    for token in doc:
        kind = _TRIGGERS.get(token.lemma_) if token.pos_ == "VERB" else None
        if not kind:
            continue
        sent = token.sent
        actors = tuple(e for e in entities
                       if sent.start_char <= e.start < sent.end_char and e.end <= token.idx)
        out.append(Event(id=f"{ctx.story.id}-e{len(out)}", story_id=ctx.story.id,
                         event_type=kind, actor=actors[-1:], event_text=token.text,
                         text=sent.text, start=token.idx, end=token.idx + len(token.text),
                         sentence=sentence_index(doc, token.idx)))
    return tuple(out)
