"""Token -> entity lookup for the event coder, built once per document."""

from __future__ import annotations

import bisect
import unicodedata
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Entity

__all__ = ["EntityIndex"]


def _fold(name: str) -> str:
    """Name without accents or case: members are stored folded ("Lopez Obrador")."""
    return unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()


class EntityIndex:
    """Token -> overlapping entities, built once per document."""

    def __init__(self, doc: Doc, entities: Sequence[Entity]) -> None:
        self.entities = tuple(entities)
        self.by_token: dict[int, list[Entity]] = {}
        self._within: dict[tuple[int, int], tuple[Entity, ...]] = {}
        starts = doc.to_array("IDX").tolist() if len(doc) else []
        # ``tok.idx + len(tok)`` of every token from the columns: no Token built (speed21)
        ends = [a + n for a, n in zip(starts, doc.to_array("LENGTH").tolist(),
                                      strict=True)] if starts else []
        size = len(starts)
        for ent in self.entities:
            first = max(0, bisect.bisect_right(starts, ent.start) - 1)
            for i in range(first, size):
                if starts[i] >= ent.end:
                    break
                if ends[i] > ent.start:
                    self.by_token.setdefault(i, []).append(ent)

    def within(self, lo: int, hi: int) -> tuple[Entity, ...]:
        """Return the entities inside characters ``lo``..``hi``, in index order (cached).

        The same as filtering ``entities`` by ``lo <= e.start and e.end <= hi``; the events
        stage asks it once per draft of a sentence (round 19, speed19).
        """
        key = (lo, hi)
        found = self._within.get(key)
        if found is None:
            found = self._within[key] = tuple(
                e for e in self.entities if lo <= e.start and e.end <= hi)
        return found

    def at(self, token: Token) -> list[Entity]:
        """Return the entities overlapping ``token``."""
        return self.by_token.get(token.i, [])

    def expand(self, entity: Entity) -> list[Entity]:
        """Return the members of a compound entity ("the two leaders"), or the entity."""
        members = getattr(entity, "members", None)
        if not members:
            return [entity]
        out = []
        for member in members:
            if isinstance(member, Entity):
                out.append(member)
            elif isinstance(member, int) and 0 <= member < len(self.entities):
                out.append(self.entities[member])
            elif isinstance(member, str):
                named = self._by_name(member, entity.start)
                if named is not None:
                    out.append(named)
        return out if len(out) == len(members) else [entity]

    def _by_name(self, name: str, before: int) -> Entity | None:
        """Return the mention named ``name`` nearest before offset ``before`` (else after)."""
        key = _fold(name)
        named = [e for e in self.entities
                 if e.entity_name and _fold(e.entity_name) == key
                 and not getattr(e, "members", ())]
        earlier = [e for e in named if e.start < before]
        if earlier:
            return earlier[-1]
        return named[0] if named else None

    def pronoun_antecedent(self, token: Token) -> list[Entity]:
        """Fallback for a pronoun with no entity: the nearest earlier person or group mention."""
        if token.lower_ not in {"he", "his", "him", "she", "her"}:
            return []
        floor = token.sent.start_char - 400
        for ent in reversed(self.entities):
            if floor <= ent.end <= token.idx and ent.kind == "PERSON" and ent.country_code:
                return [ent]
        return []
