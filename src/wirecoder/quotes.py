"""Quotes stage (first version: text between double quotation marks, no speaker)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .models import Quote
from .stages import StageContext, register_stage
from .textutil import sentence_index

__all__ = ["extract"]

_QUOTE = re.compile(r"[\"“]([^\"”\n]{3,2000})[\"”]")


@register_stage("quotes", requires=("entities",))
def extract(doc: Doc, ctx: StageContext) -> tuple[Quote, ...]:
    """Return the quotations in ``doc``."""
    return tuple(
        Quote(text=m.group(1), kind="direct", start=m.start(1), end=m.end(1),
              sentence=sentence_index(doc, m.start(1)))
        for m in _QUOTE.finditer(doc.text)
    )
