"""A speaker who gives their own name: "a ferryman who gave his name as Ivo Marek said ...".

An unnamed speaker ("a ferryman", "she" for a Freedonian nurse the story has not named) is
named by the name they give in their own clause. The clause hangs on the speaker as a
relative clause ("a ferryman who gave his name as Ivo Marek said ...", "'The bridge is
gone,' said a nurse who introduced herself as Ada Lenz") or shares the speaker as its
subject ("She identified herself as Ada Lenz and told us ..."). The forms: gave his/her
name as X, identified or introduced himself/herself as X, said his/her name was X. The
speaker keeps its words; the name becomes the speaker's name.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import Entity
from ..pronouns import SUBJECTS
from .index import DocIndex

__all__ = ["NAMING_VERBS", "self_named"]

#: Verbs by which a person gives their own name, with the object each needs:
#: "identified herself as X", "introduced himself as X", "gave her name as X".
NAMING_VERBS = {"identify": "self", "introduce": "self", "give": "name"}
_REFLEXIVES = frozenset({"himself", "herself", "themselves"})
_OWNERS = frozenset({"his", "her", "their"})


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
    if verb.lemma_ == "say":
        return _name_said(verb)
    needs = NAMING_VERBS.get(verb.lemma_)
    if needs is None:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if needs == "self":
        objects = [o for o in objects if o.lower_ in _REFLEXIVES]
    else:
        objects = [o for o in objects if o.lower_ == "name"]
    if not objects:
        return None
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "as":
            continue
        noun = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if noun is None:
            break  # "as" left without its noun: the name is read off the words after it
        if noun.pos_ != "PROPN":
            return None
        words = [t for t in noun.subtree if t.pos_ == "PROPN" or t.text in ("-", ".")]
        return " ".join(t.text for t in words) or None
    # the parser may hang "as" elsewhere and make the name the next verb's subject
    # ("a porter who gave his name as Ugo Tamm said ..."): the words right after "as"
    after = objects[0].i + 1
    if after < len(verb.doc) and verb.doc[after].lower_ == "as":
        return _name_at(verb.doc, after + 1)
    return None


def _name_said(verb: Token) -> str | None:
    """Return X of "said his name was X" (``verb`` is the "said"), else None."""
    for clause in verb.children:
        if clause.dep_ != "ccomp" or clause.lemma_ != "be":
            continue
        if any(c.dep_ in SUBJECTS and c.lower_ == "name"
               and any(p.dep_ == "poss" and p.lower_ in _OWNERS for p in c.children)
               for c in clause.children):
            return _name_at(verb.doc, clause.i + 1)
    return None


def _name_at(doc: Doc, start: int) -> str | None:
    """Return the run of proper-noun words that begins at token ``start``, else None."""
    words: list[str] = []
    for t in doc[start:]:
        if t.pos_ == "PROPN" or (words and t.text == "-"):
            words.append(t.text)
        else:
            break
    while words and words[-1] == "-":
        words.pop()
    return " ".join(words) or None
