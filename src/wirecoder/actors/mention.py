"""The mention record of the actor resolver and small helpers on title phrases."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

__all__ = ["Mention", "merge", "role_start"]


@dataclass
class Mention:
    """A mention under construction (token offsets; converted to an Entity later)."""

    start: int
    end: int
    kind: str
    name: str
    country: str | None = None
    sector: str | None = None
    others: tuple[str, ...] = ()
    role: str | None = None
    org: str | None = None
    is_place: bool = False
    resolved_by: str = "kb"
    antecedent: Mention | None = None
    members: tuple[str, ...] = ()
    title: str | None = None
    plural: bool = False
    extra: dict[str, object] = field(default_factory=dict)


def role_start(words: list[Token], first: int, former: frozenset[str]) -> int:
    """Extend a role phrase left over its lowercase modifiers ('finance adviser')."""
    while first > 0:
        tok = words[first - 1]
        inside = tok.head.i in {w.i for w in words[first:]}
        if (tok.dep_ not in {"compound", "amod"} or not inside or not tok.is_alpha
                or tok.lower_ in former or tok.ent_type_ in {"NORP", "GPE"}):
            break
        first -= 1
    return first


def merge(a: dict[str, str | None], b: dict[str, str | None]) -> dict[str, str | None]:
    """Return ``b`` updated with the non-empty values of ``a``."""
    out = dict(b)
    out.update({k: v for k, v in a.items() if v})
    return out
