"""A definite description that names again the person the story is about.

"Lena Varga, the best-known critic of the mayor, is back in politics. She ended her silence
this week ... The long-time foe of the mayor made it clear that she is willing to run. She
said ...": "the long-time foe of the mayor" is no new person but Lena Varga, the subject of
the sentence before (named there, or a he/she that goes back to her). Without this, the
pronouns after the description find no person in it and take the name in its "of" phrase.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS
from ..vocabulary import PERSON_ROLE_NOUNS
from .index import DocIndex
from .lexicon import PERSON_NOUNS, PERSON_PRONOUNS
from .mentions import at_token

__all__ = ["topic_person"]


def topic_person(
    index: DocIndex, token: Token, person_of: Callable[[Token], Entity | None]
) -> Entity | None:
    """Return the person a definite description subject names again, or None.

    Only for a subject "the ... <noun>" whose noun is a person's by trade or circumstance
    (:data:`~.lexicon.PERSON_NOUNS`; an office or role title is left to the title rules: "the
    judge" is most often someone new), which the story did not write before (no "a survivor
    ... the survivor"), whose sentence directly follows one whose main subject is a person:
    a named one, or a he/she that ``person_of`` resolves to one. That person must not be
    named inside the description ("the lawyer of X" is not X).

    Args:
        index: The quotes stage's index of the parsed document.
        token: The head noun of the description.
        person_of: Resolves a he/she subject of the sentence before to its entity.

    Returns:
        A mention of that person at ``token`` (``coref_of`` points at its entity).
    """
    word = token.lower_
    if token.dep_ not in SUBJECTS or token.tag_ != "NN" or word not in PERSON_NOUNS or (
            word in PERSON_ROLE_NOUNS):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
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
