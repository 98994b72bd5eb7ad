"""The name that closes a described subject, wherever the parser hung it.

"The chair of a regional farmers' league, Tomasz Brel, says ...": the description is the
subject and the name between commas says who speaks. The small model often hangs such a
name on the last noun of the description's prepositional phrase ("league") rather than on
its head, leaves an auxiliary between the closing comma and the verb ("..., Tomasz Brel,
has been here"), makes the name a second subject ("the acting governor, Brel said"), puts a
relative clause between the name and the verb ("..., Tomasz Brel, who chaired the talks,
told"), or tags the name as an organisation. :func:`closing_name` reads the subject's words
up to its verb instead of the parse below the subject, and :func:`apposed_person` gives
such a name, tagged as a group, as the person it is.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS
from ..vocabulary import COLLECTIVE, FEMALE_NAMES, MALE_NAMES, ORG_WORDS, PERSON_ROLE_NOUNS
from .given_names import MORE_FEMALE_NAMES, MORE_MALE_NAMES
from .index import DocIndex

__all__ = ["apposed_person", "closing_name"]

#: Recognizer labels a name between commas may carry (an organisation: a mis-tagged name).
_NAME_LABELS = frozenset({"", "PERSON", "ORG"})
#: Lower-case particles inside a person's name ("Maria de la Vega", "Omar al Rashid").
_PARTICLES = frozenset({"de", "la", "del", "da", "van", "von", "der", "al", "el", "bin", "ibn"})
#: Words between the closing comma and the verb that belong to the verb ("has", "not").
_VERB_WORDS = frozenset({"aux", "auxpass", "neg", "advmod"})
#: Longest name read between commas, in words.
_MAX_NAME_WORDS = 4
#: Nouns for an organisation or a body of people: a description ending in one ("the president
#: of the football club, X,") is closed by the body's name, not the person's, unless the name
#: begins with a known given name ("the chair of a growers' cooperative, Tomasz Brel,").
_BODY_NOUNS = frozenset(ORG_WORDS) | COLLECTIVE | frozenset({
    "club", "team", "side", "federation", "league", "airline", "carrier", "newspaper", "paper",
    "firm", "organization", "organisation", "alliance", "coalition", "faction", "militia",
    "cooperative", "society", "confederation", "syndicate", "outlet", "broadcaster", "channel",
    "magazine", "charity", "lender", "insurer", "operator", "producer", "maker", "band",
    "orchestra", "choir", "board", "panel", "fund"})
#: Given names of men and women: a name that begins with one is a person's.
_GIVEN = MALE_NAMES | FEMALE_NAMES | MORE_MALE_NAMES | MORE_FEMALE_NAMES


def closing_name(index: DocIndex, token: Token) -> Token | None:
    """Return the last word of the name that closes the described subject ``token``, or None.

    ``token`` is a singular description of a person (a common noun, or a capitalized title
    that names nobody itself) that is the subject of its verb. Its words up to the verb are
    cut at commas; read from the verb back, a relative clause is passed over and the first
    other part must be one to four capitalized words (a name), none of them an organisation
    word nor a place's label. A name tagged as an organisation counts only after a noun for
    a person's role ("the president of a mosque, X Y,"), never as an acronym ("the head
    of the fund, UNICEF,") nor after a description ending in a noun for a body ("the chairman
    of the football club, X Y,": the club's name) unless it begins with a given name; a name
    in a person's entity after any singular description.

    Args:
        index: The document's index.
        token: The subject token, as the parse gives it.

    Returns:
        The name's last token (covered by an entity), or None when no such name closes it.
    """
    verb = token.head
    if token.dep_ not in SUBJECTS or verb.i <= token.i or token.tag_ not in ("NN", "NNP"):
        return None
    if token.pos_ == "PROPN" and _own_person(index, token):
        return None  # a person's own name is no description
    doc, end = index.doc, verb.i
    while end > token.i + 1 and doc[end - 1].head.i == verb.i and doc[end - 1].dep_ in _VERB_WORDS:
        end -= 1
    commas = [t.i for t in doc[token.i + 1 : end] if t.text == ","]
    if not commas:
        return None
    bounds = [*commas, end]
    for left, right in reversed(list(pairwise(bounds))):
        words = list(doc[left + 1 : right])
        if not words or all(_in_clause(w, verb) for w in words):
            continue  # the closing comma itself, or a relative clause after the name
        return _name(index, token, words)
    return None


def apposed_person(index: DocIndex, entity: Entity) -> Entity | None:
    """Return ``entity`` as a person when it is a name closing a described subject.

    "The president of a mosque, X Y, says ... he said": the model tagged X Y as an
    organisation; the description before it tells it is a person.
    """
    if entity.kind not in ("ORG", "NORP"):
        return None
    last = index.doc[index.token_at(entity.end - 1)]
    sentence = last.sent
    for token in sentence:
        if token.i >= last.i:
            break
        named = closing_name(index, token) if token.dep_ in SUBJECTS else None
        if named is not None and named.i == last.i:
            return entity.model_copy(update={"kind": "PERSON"})
    return None


def _name(index: DocIndex, subject: Token, words: list[Token]) -> Token | None:
    """Return the last of ``words`` when they are a person's name closing ``subject``."""
    if len(words) > _MAX_NAME_WORDS or not words[0].text[:1].isupper():
        return None
    for word in words:
        if word.lower_ in _PARTICLES:
            continue
        if (word.pos_ != "PROPN" or not word.text[:1].isupper() or word.lower_ in ORG_WORDS
                or word.ent_type_ not in _NAME_LABELS):
            return None
    number = index.entity_of(words[-1])
    if number is None:
        return None
    entity = index.entities[number]
    if entity.kind == "PERSON":
        return words[-1]
    role = subject.lower_ in PERSON_ROLE_NOUNS or subject.lemma_.lower() in PERSON_ROLE_NOUNS
    if any(w.text.isupper() and len(w.text) > 1 for w in words):
        return None  # "the head of the children's fund, UNICEF,": an acronym is the body
    if _body_closes(index, subject, words[0]):
        return None  # "the chairman of the football club, Red Star X,": the club's name
    return words[-1] if role and entity.kind in ("ORG", "NORP") else None


def _body_closes(index: DocIndex, subject: Token, name: Token) -> bool:
    """Return True when the description's last noun before ``name`` names a body.

    ``name`` is the first word of the name; a name that begins with a given name is a person's.
    """
    if name.lower_ in _GIVEN:
        return False
    nouns = [t for t in index.doc[subject.i : name.i] if t.pos_ == "NOUN"]
    return bool(nouns) and (nouns[-1].lower_ in _BODY_NOUNS
                            or nouns[-1].lemma_.lower() in _BODY_NOUNS)


def _own_person(index: DocIndex, token: Token) -> bool:
    number = index.entity_of(token)
    return number is not None and index.entities[number].kind == "PERSON"


def _in_clause(word: Token, verb: Token) -> bool:
    """Return True when ``word`` belongs to a relative clause below the subject."""
    if word.text == "," or word.is_space:
        return False
    for above in (word, *word.ancestors):
        if above.i == verb.i:
            return False
        if above.dep_ in ("relcl", "acl"):
            return True
    return False
