"""The registered actors stage: its entry point :func:`extract` and what it builds on.

See the package docstring (:mod:`wirecoder.actors`) for what the stage does.
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ..models import Entity
from ..stages import StageContext, register_stage
from ..textutil import parsed_text, sentence_index
from .coref import link
from .counterparts import counterparts_from
from .kb import KB, ActorFile, compile_kb, load_actors
from .publisher import publisher_of
from .resolve import Mention, build_mentions
from .us_offices import shared_offices

__all__ = ["ActorFile", "compile_kb", "extract", "load_actors", "to_entities"]


@register_stage("entities")
def extract(doc: Doc, ctx: StageContext) -> tuple[Entity, ...]:
    """Return one entity record per actor mention in ``doc``, sorted by start offset."""
    kb = compile_kb(tuple(Path(p) for p in ctx.settings.actor_files))
    date = ctx.story.published
    publisher = publisher_of(ctx.story.source, ctx.story.url)
    built = build_mentions(doc, kb, date)
    shared_offices(built)  # "The Vatican said Secretary of State X ...": not the US's
    mentions = link(doc, kb, date, built, publisher)
    counterparts_from(doc, mentions)  # "his counterpart from Freedonia"
    return to_entities(doc, kb, mentions)


def to_entities(doc: Doc, kb: KB, mentions: list[Mention]) -> tuple[Entity, ...]:
    """Convert token-offset mentions into :class:`Entity` records (char offsets)."""
    mentions = sorted(mentions, key=lambda m: m.start)
    index = {id(m): i for i, m in enumerate(mentions)}
    out: list[Entity] = []
    text = parsed_text(doc)
    for m in mentions:
        first, last = doc[m.start], doc[m.end - 1]
        start, end = first.idx, last.idx + len(last.text)
        coref = index.get(id(m.antecedent)) if m.antecedent is not None else None
        out.append(Entity(
            raw_text=text[start:end], entity_name=m.name, country_code=m.country,
            country_name=kb.country_name(m.country), sector_code=m.sector,
            other_sector_codes=tuple(m.others), kind=m.kind, role=m.role, organization=m.org,
            is_place=m.is_place, resolved_by=m.resolved_by,
            coref_of=coref if coref is not None and coref < len(out) else None,
            members=m.members, start=start, end=end, sentence=sentence_index(doc, start)))
    return tuple(out)
