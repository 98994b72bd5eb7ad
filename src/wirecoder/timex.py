"""Time expressions stage (first version: spaCy DATE/TIME entities, unresolved)."""

from __future__ import annotations

from spacy.tokens import Doc

from .models import TimeExpression
from .stages import StageContext, register_stage
from .textutil import sentence_index

__all__ = ["extract"]


@register_stage("time_expressions")
def extract(doc: Doc, ctx: StageContext) -> tuple[TimeExpression, ...]:
    """Return the time expressions of ``doc``."""
    return tuple(
        TimeExpression(text=ent.text, type="TIME" if ent.label_ == "TIME" else "DATE",
                       start=ent.start_char, end=ent.end_char,
                       sentence=sentence_index(doc, ent.start_char))
        for ent in doc.ents if ent.label_ in {"DATE", "TIME"}
    )
