"""Actors stage (first version: spaCy entities, countries looked up in pycountry)."""

from __future__ import annotations

import pycountry
from spacy.tokens import Doc

from ..models import Entity
from ..stages import StageContext, register_stage
from ..textutil import sentence_index

__all__ = ["extract"]


@register_stage("entities")
def extract(doc: Doc, ctx: StageContext) -> tuple[Entity, ...]:
    """Return one entity record per actor mention in ``doc``."""
    out = []
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP"}:
            continue
        country = _country(ent.text) if ent.label_ == "GPE" else None
        out.append(Entity(
            raw_text=ent.text, entity_name=country.name if country else ent.text,
            country_code=country.alpha_3 if country else None,
            country_name=country.name if country else None,
            kind=ent.label_, start=ent.start_char, end=ent.end_char,
            sentence=sentence_index(doc, ent.start_char)))
    return tuple(out)


def _country(name: str):
    try:
        return pycountry.countries.lookup(name)
    except LookupError:
        return None
