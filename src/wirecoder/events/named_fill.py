"""A named candidate fills a role the combination left empty (issue 9 §1, round 25).

The learned chooser (:mod:`.arg_model`) fills an empty role with its most probable country
only above ``fill`` (.8), a threshold chosen in the training folds over every kind of
candidate: descriptions, pronouns and names alike. Counted on the dev pool and READ
(``scripts/passed_over_named.py``, docs/events.md "Named candidates the chooser passed
over, round 25"), a *name* (a person, organization, state or facility mention carrying
its own country; not a place of the act, not a nationality) whose role probability lies
between .5 and .8, for a role the combination left without a country while the event has
a country elsewhere, is more often the gold party than not: 12 roles empty → right against
9 made wrong on the pool (dev19, dev20, blind41: roles the gold leaves empty), 5 right
against 3 wrong on the sets the chooser was never trained on. A description's or a
pronoun's country is second-hand (context, coreference) and keeps the common threshold.

Thresholds ``actor_named_fill`` / ``recipient_named_fill`` (.5, chosen on alternate halves
of the dev sets, :mod:`wirecoder.evaluation.halves`; 1.01 means never, as in training).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..models import Entity
from .arg_candidates import Candidate

__all__ = ["NAMED_KINDS", "named_fill"]

#: Mention kinds that name their party (the actors stage's entity labels). Not a nationality
#: (NORP): "aboard a Spanish trawler" names an owner, not a side.
NAMED_KINDS = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC"})


def named_fill(cands: Sequence[Candidate], probs: Sequence[tuple[float, float]],
               kept: list[list[Entity]], joint: bool,
               thresholds: dict[str, float]) -> None:
    """Fill each role without a country with its most probable named candidate, in place.

    Only when the rules resolved the event (the caller checks), never the recipient of a
    joint act the rules gave none, never a place ("detained herders inside <state>": where,
    not whom; as the domestic fill), never a country the other role holds (no self-loop),
    and only above the role's ``named_fill`` threshold.

    Args:
        cands: The candidates.
        probs: (actor, recipient) probability of each candidate.
        kept: The actor and recipient after the combination (changed in place).
        joint: Whether the rules' actor is joint with no recipient.
        thresholds: The chooser's thresholds (``actor_named_fill`` ...).
    """
    for role, name in enumerate(("actor", "recipient")):
        limit = thresholds.get(f"{name}_named_fill", 1.01)
        if limit > 1.0 or (joint and role == 1):
            continue
        if any(e.country_code for e in kept[role]):
            continue
        other = {e.country_code for e in kept[1 - role] if e.country_code}
        named = [(p[role], c.entity) for c, p in zip(cands, probs, strict=True)
                 if c.entity.kind in NAMED_KINDS and c.entity.country_code
                 and not c.entity.is_place]  # where it happened is no party
        if not named:
            continue
        p, entity = max(named, key=lambda item: item[0])
        if p > limit and entity.country_code not in other:
            kept[role].append(entity)
