"""Actors stage: every mention of a state, organisation or person as a PLOVER actor.

The stage is offline and time-aware: a compiled knowledge base (built-in YAML files
plus :attr:`Settings.actor_files`) resolves names, aliases, demonyms and capitals;
people's dated roles decide their sector on the publication date (in office: GOV;
afterwards: ELI). Names the knowledge base does not know are resolved from how the
text introduces them (titles, appositives, nationality words, headquarters phrases);
coreference links surnames, titles, pronouns and descriptions to their antecedents.

Modules: :mod:`.kb` (knowledge base), :mod:`.match` (phrase matching, gazetteer),
:mod:`.resolve` (mentions), :mod:`.coref` (references).
"""

from __future__ import annotations

from .stage import ActorFile, compile_kb, extract, load_actors, to_entities

__all__ = ["ActorFile", "compile_kb", "extract", "load_actors", "to_entities"]
