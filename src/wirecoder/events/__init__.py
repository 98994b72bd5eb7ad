"""PLOVER event coder: the ``events`` stage.

A dependency-parse coder driven by a YAML lexicon written from the PLOVER codebook
(``wirecoder/data/events/lexicon.yaml``, extendable by user files). For every sentence:

1. find triggers (verbs, nominalizations, multiword patterns, light verbs) — :mod:`.triggers`;
2. apply the codebook's rules (frames, future cooperation -> AGREE, merges) — :mod:`.rules`;
3. read actor / recipient from the parse and map them to entities — :mod:`.arguments`;
4. read negation, future, hypothetical, historical, reporter, date, place — :mod:`.modifiers`;
5. add score, quad and CAMEO root — :mod:`wirecoder.codebook`.

Every event records in ``why`` the lexicon entry and the rules that produced it.
"""

from __future__ import annotations

from .stage import code_events, extract, has_resolved_participant, kept_by_default, load_lexicon

__all__ = ["code_events", "extract", "has_resolved_participant", "kept_by_default",
           "load_lexicon"]
