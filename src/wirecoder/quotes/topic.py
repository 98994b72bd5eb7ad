"""A definite description that names again the person the story is about.

"Lena Varga wants her old seat back. She toured the north on Monday. The fiercest critic
of the mayor spoke in three towns. She said ...": "the fiercest critic of the mayor" is no
new person but Lena Varga, the subject of the sentence before (named there, or a he/she
that goes back to her). Without this, the pronouns after the description find no person in
it and take the name in its "of" phrase.

Only an epithet does so: a relational noun (foe, critic, rival ...) whose "of" object is
another person. A trade noun ("the pilot", "the survivor") most often brings in someone new,
and so does a description with an appositive ("The driver, a father of three,").
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS
from ..vocabulary import PERSON_ROLE_NOUNS
from .index import DocIndex
from .lexicon import PERSON_NOUNS, PERSON_PRONOUNS, words
from .mentions import at_token

__all__ = ["topic_person"]

#: Nouns of a person defined by another person: "the long-time foe of the mayor".
_EPITHET_NOUNS = words("foe critic opponent rival challenger adversary enemy nemesis detractor")


def topic_person(
    index: DocIndex, token: Token, person_of: Callable[[Token], Entity | None]
) -> Entity | None:
    """Return the person a definite description subject names again, or None.

    Only for a subject "the ... <noun>" whose noun is an epithet (:data:`_EPITHET_NOUNS`)
    with an "of" object naming another person ("the fiercest critic of the mayor", "the
    rival of Ms. Roe"), with no appositive ("the critic, a former judge," is someone new),
    which the story did not write before (no "a critic ... the critic"), and whose sentence
    directly follows one whose main subject is a person: a named one, or a he/she that
    ``person_of`` resolves to one. That person must not be the one the "of" phrase names.

    Args:
        index: The quotes stage's index of the parsed document.
        token: The head noun of the description.
        person_of: Resolves a he/she subject of the sentence before to its entity.

    Returns:
        A mention of that person at ``token`` (``coref_of`` points at its entity).
    """
    word = token.lower_
    if token.dep_ not in SUBJECTS or token.tag_ != "NN" or word not in _EPITHET_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(c.dep_ == "appos" for c in token.children) or not _of_person(index, token):
        return None  # "The critic, a former judge,": someone new; "the pilot of the jet"
    if any(t.lower_ == word for t in index.doc[: token.i]):
        return None  # "a survivor ... the survivor": the one written before
    number = _previous_subject_person(index, token, person_of)
    if number is None:
        return None
    named = index.entities[number].entity_name
    inside = {index.entity_of(t) for t in token.subtree if t.i != token.i}
    if any(n is not None and index.entities[n].entity_name == named for n in inside):
        return None
    return at_token(index, index.entities[number], token, coref_of=number)


def _of_person(index: DocIndex, token: Token) -> bool:
    """Return True when ``token`` has an "of" object that is a person ("foe of the mayor")."""
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            number = index.entity_of(obj)
            if number is not None and index.entities[number].kind == "PERSON":
                return True
            if obj.lower_ in PERSON_ROLE_NOUNS or obj.lower_ in PERSON_NOUNS:
                return True  # "of the president", "of the mayor"
    return False


def _previous_subject_person(
    index: DocIndex, token: Token, person_of: Callable[[Token], Entity | None]
) -> int | None:
    """Return the entity number of the person who is the main subject of the sentence before."""
    sentence = index.sentence_of(token.i) - 1
    while sentence >= 0:
        lo, hi = index.sent_tokens[sentence]
        if any(t.is_alpha for t in index.doc[lo:hi]):
            break
        sentence -= 1  # a closing mark or a blank line the parser made a sentence
    if sentence < 0:
        return None
    lo, hi = index.sent_tokens[sentence]
    root = next((t for t in index.doc[lo:hi] if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root else None
    if subject is None or index.quoted(subject):
        return None
    if subject.lower_ in PERSON_PRONOUNS:
        found = person_of(subject)
        number = found.coref_of if found is not None and found.kind == "PRONOUN" else None
    else:
        number = index.entity_of(subject)
    if number is None or not 0 <= number < len(index.entities):
        return None
    return number if index.entities[number].kind == "PERSON" else None
