"""Quantities stage (first version: spaCy MONEY/QUANTITY/PERCENT entities)."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .models import Quantity
from .stages import StageContext, register_stage
from .textutil import sentence_index

__all__ = ["extract"]

_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


@register_stage("quantities", requires=("entities",))
def extract(doc: Doc, ctx: StageContext) -> tuple[Quantity, ...]:
    """Return the quantities in ``doc``."""
    out = []
    for ent in doc.ents:
        match = _NUMBER.search(ent.text)
        if ent.label_ not in {"MONEY", "QUANTITY", "PERCENT"} or not match:
            continue
        value = float(match.group().replace(",", ""))
        value *= next((v for k, v in _SCALE.items() if k in ent.text.lower()), 1.0)
        out.append(Quantity(text=ent.text, value=value, kind=ent.label_.lower(),
                            start=ent.start_char, end=ent.end_char,
                            sentence=sentence_index(doc, ent.start_char)))
    return tuple(out)
