"""The learned chooser of actor and recipient, combined with the rules (issue 9, round 5).

A multinomial logistic regression (:class:`wirecoder.learned.LinearModel`, numpy only) reads
the features of :mod:`.arg_candidates` and gives each candidate mention the probability that
its country is the event's actor, its recipient, both (a stated domestic event) or neither.
It was trained on the project's event gold by ``scripts/train_arg_model.py`` (the command,
the data and the sha256 of the weights are in the model's ``meta`` and in
``docs/events.md``).

The combination (:meth:`Chooser.refine`) keeps the rules' answer unless the model is
confident:

* a country the rules chose for a role is dropped when its probability for that role is
  below ``drop`` (every mention of it counted: the best one decides);
* when the rules found no country for a role, the most probable candidate country fills it
  when its probability is above ``fill``; a further country the rules did not choose is
  added when its probability is above ``add``;
* a role left empty may take a mention of the other role's country — a domestic event
  ("police fired at protesters", both of one country) — only when the mention is another
  one than the other role's (span and name), no place, and its probability is above
  ``domestic`` (chosen inside the training folds; 1.01 means never);
* the model corrects events the rules resolved: when the rules found no country for
  either role, their answer stands (the event then falls under ``actorless_events``);
* when the rules' actor is joint (two or more countries) and they gave no recipient, the
  recipient stays empty: reciprocal acts list every party as actor ("X and Y met at the
  <forum> summit in <place>": neither the forum nor the place is a recipient);
* the model never gives a country to a mention that has none (candidates carry their own
  country, from the actors stage's evidence), never makes a self-loop the rules did not make
  (a country added to one role that the other role holds is not added), and keeps the
  rules' mentions without a country and their compound members (joint actors, "both
  sides").

The thresholds were chosen inside the training folds and ship in the model's ``meta``.
``Settings.argument_chooser`` selects ``"learned"`` or ``"rules"``;
``Settings.argument_weights`` names another weights file.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..learned import LinearModel, load_shipped
from ..models import Entity
from .arg_candidates import Candidate

__all__ = ["BUILTIN_SHA256", "BUILTIN_WEIGHTS", "LABELS", "Chooser", "chooser_for", "combine",
           "role_probabilities"]

#: The weights shipped with the package (trained by scripts/train_arg_model.py).
BUILTIN_WEIGHTS = Path(__file__).resolve().parent.parent / "data" / "events" / "arg_model.json.gz"
#: sha256 of the shipped weights (scripts/train_arg_model.py prints it; docs/events.md).
BUILTIN_SHA256 = "21c2da07b96637425cc93c48ab34a75c9e9ba47ce29696ea3a7f7dc1be063ae5"
#: The model's classes: the candidate's country is the actor, the recipient, both or neither.
LABELS = ("none", "actor", "recipient", "both")
#: Thresholds used when a weights file names none.
_DEFAULT_THRESHOLDS = {"actor_fill": 0.8, "actor_add": 0.9, "actor_drop": 0.05,
                       "recipient_fill": 0.8, "recipient_add": 0.9, "recipient_drop": 0.05}


def role_probabilities(model: LinearModel, features: Sequence[str]) -> tuple[float, float]:
    """Return the probabilities that a candidate is the actor and that it is the recipient."""
    p = dict(zip(model.labels, model.proba(features).tolist(), strict=True))
    both = p.get("both", 0.0)
    return p.get("actor", 0.0) + both, p.get("recipient", 0.0) + both


def _role_probabilities(model: LinearModel,
                        many: Sequence[Sequence[str]]) -> list[tuple[float, float]]:
    """:func:`role_probabilities` of each candidate's features, in one softmax pass."""
    column = {label: k for k, label in enumerate(model.labels)}
    rows = model.proba_many(many).tolist()
    actor, recipient, both = (column.get(label) for label in ("actor", "recipient", "both"))
    out = []
    for row in rows:
        extra = row[both] if both is not None else 0.0
        out.append(((row[actor] if actor is not None else 0.0) + extra,
                    (row[recipient] if recipient is not None else 0.0) + extra))
    return out


@dataclass
class Chooser:
    """Refines the rules' actor and recipient with a learned model.

    Attributes:
        model: The candidate classifier; None keeps the rules' answer (``"rules"``).
        thresholds: ``fill``, ``add`` and ``drop`` of each role (``actor_fill`` ...).
        record: When a list, every call appends ``(trigger start, trigger end, candidates)``
            (used to build training data).
    """

    model: LinearModel | None
    thresholds: dict[str, float] = field(default_factory=lambda: dict(_DEFAULT_THRESHOLDS))
    record: list[tuple[int, int, list[Candidate]]] | None = None

    def refine(self, span: tuple[int, int], cands: list[Candidate],
               actor: tuple[Entity, ...],
               recipient: tuple[Entity, ...]) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
        """Return the actor and recipient after the model's confident corrections.

        Args:
            span: Character offsets of the trigger.
            cands: The trigger's candidates (:func:`.arg_candidates.candidates`).
            actor: The rules' actor.
            recipient: The rules' recipient.
        """
        if self.record is not None:
            self.record.append((span[0], span[1], cands))
        if self.model is None or not cands:
            return actor, recipient
        probs = _role_probabilities(self.model, [c.features for c in cands])
        return combine(cands, probs, actor, recipient, self.thresholds)


def _best(cands: list[Candidate], probs: list[tuple[float, float]],
          role: int) -> dict[str, tuple[float, Entity]]:
    """Country -> (highest probability for the role, the mention that has it)."""
    out: dict[str, tuple[float, Entity]] = {}
    for cand, p in zip(cands, probs, strict=True):
        code = cand.entity.country_code
        if code and (code not in out or p[role] > out[code][0]):
            out[code] = (p[role], cand.entity)
    return out


def combine(cands: list[Candidate], probs: list[tuple[float, float]],
            actor: tuple[Entity, ...], recipient: tuple[Entity, ...],
            thresholds: dict[str, float]) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """Combine the rules' roles with the candidates' probabilities (see the module doc).

    Args:
        cands: The candidates.
        probs: (actor, recipient) probability of each candidate.
        actor: The rules' actor.
        recipient: The rules' recipient.
        thresholds: ``fill``, ``add`` and ``drop`` of each role (``actor_fill`` ...).
    """
    if not any(e.country_code for e in (*actor, *recipient)):
        return actor, recipient  # an event the rules cannot resolve is not the model's to make
    best = (_best(cands, probs, 0), _best(cands, probs, 1))
    joint = len({e.country_code for e in actor if e.country_code}) >= 2 and not recipient
    if joint:
        best[1].clear()  # a joint act the rules gave no recipient keeps none ("X and Y met
        # on the sidelines of the <forum> summit in <place>"; 210 of the 266 gold events
        # with two or more actor countries have no recipient, 150 of 155 cooperative ones)
    rules = (actor, recipient)
    kept: list[list[Entity]] = []
    for role, name in enumerate(("actor", "recipient")):
        drop = {code for code, (p, _) in best[role].items() if p < thresholds[f"{name}_drop"]}
        kept.append([e for e in rules[role] if e.country_code not in drop])
    for role, name in enumerate(("actor", "recipient")):
        held = {e.country_code for e in kept[role]}
        other = {e.country_code for e in kept[1 - role]}
        ranked = sorted(best[role].items(), key=lambda item: (-item[1][0], item[0]))
        for code, (p, entity) in ranked:
            limit = thresholds[f"{name}_add" if held else f"{name}_fill"]
            if p > limit and code not in held and code not in other:
                kept[role].append(entity)
                held.add(code)
        if not kept[role] and not (joint and role == 1):  # nor a domestic recipient
            kept[role].extend(_domestic(cands, probs, role, kept[1 - role],
                                        thresholds.get(f"{name}_domestic", 1.01)))
    return tuple(kept[0]), tuple(kept[1])


def _domestic(cands: list[Candidate], probs: list[tuple[float, float]], role: int,
              other: list[Entity], limit: float) -> list[Entity]:
    """A mention of the other role's country that fills an empty role: a domestic event.

    "Police fired tear gas at protesters" (both Kenyan): only another mention than the
    other role's own (a different span and name), never a place, never the speaker of the
    quotation holding the trigger (whose "us" the rules keep out of the recipient of an act
    by their own side; round 13), and only above ``limit``
    (1.01, the default, never), a threshold chosen inside the training folds like the others.
    """
    if limit > 1.0 or not other:
        return []
    codes = {e.country_code for e in other if e.country_code}
    spans = {(e.start, e.end) for e in other}
    names = {e.entity_name for e in other}
    pick = max(((p[role], c.entity) for c, p in zip(cands, probs, strict=True)
                if c.entity.country_code in codes and not c.entity.is_place
                and not getattr(c, "speaker", False)
                and (c.entity.start, c.entity.end) not in spans
                and c.entity.entity_name not in names),
               key=lambda item: item[0], default=None)
    return [pick[1]] if pick is not None and pick[0] > limit else []


@functools.lru_cache(maxsize=4)
def _load(path: str) -> LinearModel:
    if Path(path) == BUILTIN_WEIGHTS:  # the shipped weights: parsed once per install
        return load_shipped(BUILTIN_WEIGHTS)
    return LinearModel.load(path)


def chooser_for(settings: Any) -> Chooser:
    """Return the chooser the settings ask for (the weights are read once, lazily).

    Args:
        settings: A :class:`~wirecoder.settings.Settings` (``argument_chooser``,
            ``argument_weights``).
    """
    if settings.argument_chooser == "rules":
        return Chooser(model=None)
    weights: Path | None = settings.argument_weights
    model = _load(str(weights if weights is not None else BUILTIN_WEIGHTS))
    thresholds = dict(_DEFAULT_THRESHOLDS)
    thresholds.update(model.meta.get("thresholds", {}))
    return Chooser(model=model, thresholds=thresholds)
