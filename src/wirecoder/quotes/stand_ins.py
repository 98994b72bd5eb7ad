"""Words that stand for a person or a group when a pronoun speaker looks back (round 18).

A relative pronoun that is the subject of its clause ("the nurses who say they were not
paid") stands for the noun its clause hangs on: a later "they say" goes back to the nurses,
as the clause's subject. A noun for a person that a demonstrative opens ("this barber",
"that man"), in a report that shows the person it speaks of, is a person a later "he" or
"she" can name even outside a subject ("nothing stopped this tailor from opening his shop.
He says ..."): a listed noun for a person, or one a his/her right after goes back to. A
noun for a person that an article or a possessor opens ("the squad leader", "the army's
commander") is one too when it is a subject. A people named by a plural nationality
("Israelis in towns near the border ... they say") are named as written, not as the
country their code stands for.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS
from ..vocabulary import PERSON_ROLE_NOUNS
from .kinship import gendered_person
from .lexicon import PERSON_NOUNS, RELATIVE_PRONOUNS

__all__ = ["PERSON_SUFFIXES", "people_as_written", "person_noun", "relative_subject",
           "shown_gender", "shown_person", "without_unwritten_suffix"]

#: Endings of agent nouns for people: leader, commander, officer, spokesman, chairwoman.
PERSON_SUFFIXES = ("leader", "commander", "officer", "man", "woman", "person", "ist", "ian",
                   "sergeant", "soldier", "director", "minister", "chief")
#: Words that open a noun phrase for one known person: articles and, in reports that show
#: the person ("this barber", "This shop owner"), demonstratives.
_DEFINITE = frozenset({"the", "a", "an", "this", "that"})
_DEMONSTRATIVES = frozenset({"this", "that"})


def relative_subject(token: Token) -> Token | None:
    """Return the noun a relative pronoun subject stands for, else None.

    "Guards stopped the drivers, who say they waited two days": "who" is the subject of
    "say"; the drivers are the ones who say it. Only a noun (never a pronoun) is returned.
    """
    verb = token.head
    if token.lower_ not in RELATIVE_PRONOUNS or token.dep_ not in SUBJECTS or (
            verb.dep_ != "relcl"):
        return None
    noun = verb.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.i < token.i else None


def person_noun(token: Token) -> bool:
    """Return True for a definite agent noun that names a person ("the squad leader").

    A possessor makes it definite too: "Tervia's foreign minister", "the army's commander";
    so does a demonstrative ("this shop owner").
    """
    first = token.left_edge
    word = token.lower_
    owned = any(c.dep_ == "poss" for c in token.children)  # "Georgia's foreign minister"
    return (first.lower_ in _DEFINITE or owned) and (
        word in PERSON_ROLE_NOUNS or word in PERSON_NOUNS or gendered_person(token) is not None
        or (word.endswith(PERSON_SUFFIXES) and len(word) > 5))


def shown_person(token: Token) -> bool:
    """Return True for a singular noun for a person that a demonstrative opens.

    "nothing has stopped this tailor from opening his workshop": the report points at the
    person it shows; a later "he says" goes back to the tailor though the noun is an object.
    """
    if not _demonstrative_noun(token):
        return False
    return person_noun(token) or _owner_after(token) is not None


def shown_gender(token: Token) -> str | None:
    """Return "m" or "f" when a his or her after a demonstrative noun goes back to it.

    "stopped this baker from reopening her oven": the baker is a woman, so a later "he"
    names someone else. None for any other token, or when no possessive follows.
    """
    return _owner_after(token) if _demonstrative_noun(token) else None


def _demonstrative_noun(token: Token) -> bool:
    """Return True for a singular common noun opened by "this" or "that"."""
    return token.pos_ == "NOUN" and token.tag_ == "NN" and any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in token.children)


def _owner_after(token: Token) -> str | None:
    """Return the gender of a his or her after the noun, in its verb's clause, that goes back to it.

    "stopped this barber from reopening his shop": no other noun stands between the noun and
    the possessive, so the possessive is the noun's and the noun a man's ("m") or a woman's
    ("f"). None when no such possessive follows.
    """
    verb = token.head
    for word in token.doc[token.i + 1 : verb.right_edge.i + 1]:
        if word.lower_ in ("his", "her") and _possessive(word):
            return "m" if word.lower_ == "his" else "f"
        if word.pos_ in ("NOUN", "PROPN") and word.dep_ != "compound":
            return None
    return None


def _possessive(word: Token) -> bool:
    """Return True for a his or her that owns a noun ("her oven", read as an object too)."""
    if word.dep_ == "poss" or word.tag_ == "PRP$":
        return True
    after = word.doc[word.i + 1] if word.i + 1 < len(word.doc) else None
    return after is not None and after.pos_ in ("NOUN", "PROPN", "ADJ") and after.is_alpha


def people_as_written(entity: Entity) -> Entity:
    """Return a people a "they" names under their written plural name, not their country's.

    "Veridians in the border towns ... they say": the recognizer's NORP mention "Veridians"
    carries the country's name ("Veridia") for its codes; those who speak are the people.
    Only a plural of capitalized words (no article) is renamed; other entities are returned
    as they are.
    """
    raw = " ".join(entity.raw_text.split())
    words = raw.split()
    if entity.kind != "NORP" or not words or raw == entity.entity_name:
        return entity
    if not all(w[:1].isupper() for w in words) or not words[-1].endswith("s"):
        return entity
    return entity.model_copy(update={"entity_name": raw})


#: A generational suffix after a name the knowledge base gives: "Jr.", "III".
_SUFFIX = re.compile(r",?\s+(?:Jr\.?|Sr\.?|II|III|IV)$")


def without_unwritten_suffix(text: str, entity: Entity) -> Entity:
    """Return a person without a generational suffix the story never writes.

    "Rudolf Ruritan III" from the knowledge base, where the story says "Rudolf Ruritan":
    the speaker is named as the story names him. Any other entity is returned as it is.
    """
    name = entity.entity_name or ""
    bare = _SUFFIX.sub("", name)
    if entity.kind not in ("PERSON", "PRONOUN") or bare == name:
        return entity
    lowered = text.lower()
    if bare.lower() in lowered and name.lower() not in lowered:
        return entity.model_copy(update={"entity_name": bare})
    return entity
