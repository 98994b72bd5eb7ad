"""A role held by a description without a country, filled by the name the description carries.

Round 24 (issue 9 §1–2, dyad F1; branch evargs24). The rules and the chooser put the
grammatical subject or object in a role; when that is a description the actors stage could
not resolve ("The militant group <name> claimed responsibility for the attack", "<Name>
fighters ambushed a convoy", "Top diplomats from <body> gathered"), the party is named
inside the description itself. The name is the description's own evidence (issue 9 §2: an
apposition, a name modifying the noun, a "from" phrase on the noun), not a guess from the
sentence:

* an appositive of the description's head that is a name ("the group <name>");
* a name compounded onto the head ("<Name> fighters", "<Name> militants");
* the object of a "from" phrase on the head ("leaders from <A> and <B>"), with its
  conjuncts; not for a "foreign" description ("foreign fighters from <A>" are not <A>'s),
  nor for a weapon ("rockets from <A>" names a maker or supplier as often as the state
  that fires them; review rfargs24), while a formation ("a battalion from <A>") is <A>'s.

Only when no mention of the role has a country, only names (never a place: "fighters in
<town>" is where they are, and "from" reads only names of states, bodies and groups that
are not places), and never a country the other role holds (no self-loop is made here).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Entity
from .arg_candidates import mention_head
from .entity_index import EntityIndex
from .subjects import INSTRUMENTS

__all__ = ["named_in_description"]

#: Mention kinds that are names (a description's own name must be one).
_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP"})
#: Mention kinds of a description whose name may stand in for it.
_DESCRIPTIONS = frozenset({"NOMINAL"})
#: Formations among the instruments: a unit "from" a state is that state's ("a battalion
#: from <A>"); the other instruments are weapons and craft, whose "from" is no party.
_FORMATIONS = frozenset({"unit", "battalion", "brigade", "division", "regiment", "squadron",
                         "fleet", "flotilla", "convoy", "patrol"})
_WEAPONS = INSTRUMENTS - _FORMATIONS


def _named_at(token: Token, index: EntityIndex, doc: Doc) -> Entity | None:
    """The name mention whose head is ``token`` and that carries a country, or None."""
    for mention in index.at(token):
        if (mention.country_code and mention.kind in _NAMES and not mention.is_place
                and getattr(mention_head(doc, mention), "i", -1) == token.i):
            return mention
    return None


def _own_names(head: Token, index: EntityIndex, doc: Doc) -> list[Entity]:
    """The names a description's head carries: appositive, compound, "from" phrase.

    A weapon's "from" phrase is not read (see the module doc).
    """
    found: list[Entity] = []
    if any(c.dep_ == "amod" and c.lower_ == "foreign" for c in head.children):
        return found
    for child in head.children:
        if child.dep_ in {"appos", "compound"}:
            named = _named_at(child, index, doc)
            if named is not None:
                found.append(named)
        elif (child.dep_ == "prep" and child.lower_ == "from"
              and head.lemma_.lower() not in _WEAPONS):
            for obj in (c for c in child.children if c.dep_ == "pobj"):
                for token in (obj, *obj.conjuncts):
                    named = _named_at(token, index, doc)
                    if named is not None:
                        found.append(named)
    return found


def named_in_description(role: Sequence[Entity], other: Sequence[Entity], index: EntityIndex,
                         doc: Doc) -> tuple[Entity, ...]:
    """Return the role with the names its country-less descriptions carry (see module doc).

    Args:
        role: The role's mentions.
        other: The other role's mentions (their countries are never added).
        index: Token -> mention lookup of the document.
        doc: The parsed document.
    """
    if not role or any(e.country_code for e in role):
        return tuple(role)
    held = {e.country_code for e in other if e.country_code}
    out = list(role)
    for mention in role:
        if mention.kind not in _DESCRIPTIONS:
            continue
        head = mention_head(doc, mention)
        if head is None:
            continue
        for named in _own_names(head, index, doc):
            if named.country_code not in held and named not in out:
                out.append(named)
    return tuple(out)
