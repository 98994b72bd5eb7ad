"""Who asked for the contact, and a contradiction when the sides' accounts disagree on it.

"at the request of the U.S. side" in one account and "at the invitation of China" in the
other cannot both be true: the sentences that say so become one ``contradiction`` point.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from ..models import Entity
from .lexicon import Lexicon
from .models import Claim, Point

__all__ = ["initiator_of", "resolve_initiator_conflict"]


def _clean(name: str) -> str:
    name = name.strip()
    if name.endswith(".") and name.count(".") == 1:
        name = name[:-1]
    return name


def initiator_of(texts: Mapping[str, str], lexicon: Lexicon
                 ) -> tuple[str | None, dict[str, tuple[int, int]] | None]:
    """Who asked for the contact, when an account says so ("at the request of ...")."""
    seen: set[str] = set()
    for account, text in texts.items():
        if text in seen:
            continue
        seen.add(text)
        for pattern in lexicon.initiator:
            match = pattern.search(text)
            if match:
                return _clean(match.group("x")), {account: (match.start(), match.end())}
    return None, None


def _key(name: str, start: int, end: int, entities: Sequence[Entity]) -> str:
    """The country code of the entity the initiator's name mentions, else the name itself."""
    for entity in entities:
        if entity.start < end and start < entity.end and entity.country_code:
            return entity.country_code
    words = [w for w in name.lower().replace(".", "").split() if w not in {"the", "side"}]
    return " ".join(words)


def resolve_initiator_conflict(points: list[Point], claims: Sequence[Claim],
                               entities: Mapping[str, Sequence[Entity]],
                               lexicon: Lexicon) -> list[Point]:
    """Make one contradiction point of two sides' sentences naming different initiators."""
    found: list[tuple[Claim, str, str]] = []
    for claim in claims:
        for pattern in lexicon.initiator:
            match = pattern.search(claim.text)
            if match:
                name = _clean(match.group("x"))
                start = claim.start + match.start("x")
                found.append((claim, name, _key(name, start, start + len(name),
                                                entities.get(claim.account, ()))))
                break
    for i, (first, name_a, key_a) in enumerate(found):
        for second, name_b, key_b in found[i + 1:]:
            if first.side != second.side and key_a != key_b:
                why = (f"conflicting initiator: {first.side} says the contact was at the "
                       f"request of {name_a}, {second.side} says {name_b}")
                return _merge(points, (first.id, second.id), why)
    return points


def _merge(points: list[Point], claim_ids: tuple[str, ...], why: str) -> list[Point]:
    """Join the points holding ``claim_ids`` into one contradiction point."""
    holding = [p for p in points if set(p.claims) & set(claim_ids)]
    if not holding:
        return points
    evidence: dict[str, set[tuple[int, int]]] = {}
    for point in holding:
        for account, spans in point.evidence.items():
            evidence.setdefault(account, set()).update(spans)
    merged = Point.model_validate({
        "topic": "who initiated the contact", "relation": "contradiction",
        "in": tuple(evidence), "sides": tuple(dict.fromkeys(s for p in holding for s in p.sides)),
        "evidence": {k: tuple(sorted(v)) for k, v in evidence.items()},
        "claims": tuple(dict.fromkeys(c for p in holding for c in p.claims)),
        "records": tuple(dict.fromkeys(r for p in holding for r in p.records)), "why": why})
    rest = [p for p in points if p not in holding]
    return sorted([*rest, merged],
                  key=lambda p: min(s[0] for v in p.evidence.values() for s in v))
