"""A speaker who gives their own name: "He identified himself as X, and said ...".

An unnamed speaker ("a man", "he" for a man the story has not named, "a woman who gave her
name as X") is named by the name they give in their own clause: the verb shares the
speaker as its subject ("He identified himself as X and said ...") or hangs on the speaker
as a relative clause ("a man who introduced himself as X said ..."). The speaker keeps its
words; the name becomes the speaker's name.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS
from .index import DocIndex

__all__ = ["NAMING_VERBS", "self_named"]

#: Verbs by which a person gives their own name, with the object each needs:
#: "identified himself as X", "introduced herself as X", "gave his name as X".
NAMING_VERBS = {"identify": "self", "introduce": "self", "give": "name"}
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})


def self_named(index: DocIndex, token: Token, entity: Entity | None) -> Entity | None:
    """Return ``entity`` named by the name its speaker gives in their own clause.

    Args:
        index: The quotes stage's index of the parsed document.
        token: The speaker's word ("He", "man").
        entity: The speaker found for it (a pronoun's antecedent, a description), or None.

    Returns:
        The entity with the given name as its name, or ``entity`` unchanged.
    """
    if entity is None or entity.kind not in ("PRONOUN", "NOMINAL"):
        return entity
    for verb in _own_verbs(token):
        name = _given_name(verb)
        if name is not None:
            return entity.model_copy(update={"entity_name": name})
    return entity


def _own_verbs(token: Token) -> list[Token]:
    """Return the verbs whose subject the speaker is: its own, the coordinated, a relative."""
    verbs = [c for c in token.children if c.dep_ == "relcl"]
    if token.dep_ in SUBJECTS:
        verb = token.head
        verbs.append(verb)
        verbs.extend(c for c in verb.children if c.dep_ == "conj")
        if verb.dep_ == "conj":
            verbs.append(verb.head)
    return verbs


def _given_name(verb: Token) -> str | None:
    """Return the name after "as" when ``verb`` gives its subject's own name, else None."""
    needs = NAMING_VERBS.get(verb.lemma_)
    if needs is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if needs == "self" and not any(o.lower_ in _REFLEXIVES for o in objects):
        return None
    if needs == "name" and not any(o.lower_ == "name" for o in objects):
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None or noun.pos_ != "PROPN":
            return None
        words = [t for t in noun.subtree if t.pos_ == "PROPN" or t.text in ("-", ".")]
        return " ".join(t.text for t in words) or None
    return None
