"""The gender a person's own clause tells: "X cannot say how he got out".

A given name ending in -a is the weakest evidence of a woman's name, and many men's names end
so (West African, Slavic, South Asian). The text often tells better: a he or she, or a his or
her, in a clause below the verb whose subject the person is, in a sentence naming no one else
("X cannot say how he got out", "X does not know why he was chosen"), is that person's --
unless a noun for a person of that gender ("her brother", "his wife") comes in the previous
sentence or before the person in the same one: the pronoun may be that person's.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .index import DocIndex
from .kinship import noun_gender

__all__ = ["own_clause_gender"]

_SUBJECTS = ("nsubj", "nsubjpass")
_GENDERS = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}


def own_clause_gender(index: DocIndex, entity: Entity) -> str | None:
    """Return "m" or "f" when the clauses below the person's own verbs tell, else None.

    Every mention of the person (the same family name) that is the subject of its verb is
    read; the pronouns found must all agree.

    Args:
        index: The document's index.
        entity: A person's mention.

    Returns:
        The one gender the pronouns in the person's own clauses give, else None.
    """
    if entity.kind != "PERSON" or not entity.entity_name:
        return None
    family = entity.entity_name.split()[-1].lower()
    told = set()
    for other in index.entities:
        names = (other.entity_name or "").split()
        if other.kind == "PERSON" and names and names[-1].lower() == family:
            found = _clause_pronoun(index, other)
            if found is not None:
                told.add(found)
    return told.pop() if len(told) == 1 else None


def _clause_pronoun(index: DocIndex, entity: Entity) -> str | None:
    """Return the gender of the first he/she/his/her below the verb ``entity`` is subject of."""
    doc = index.doc
    first, last = index.token_range(entity.start, entity.end)
    if last <= first or last > len(doc) or index.quoted(doc[first]):
        return None
    token = doc[last - 1]
    while token.dep_ in ("compound", "flat", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ not in _SUBJECTS:
        return None
    verb = token.head
    lo, hi = index.sent_tokens[index.sentence_of(first)]
    if any(_person(index, t) and not first <= t.i < last for t in doc[lo:hi]):
        return None  # another person in the sentence may own the pronoun
    for word in doc[last:hi]:
        gender = _GENDERS.get(word.lower_)
        if gender is None or index.quoted(word) or (word.lower_ == "her" and word.dep_ != "poss"):
            continue
        if word.dep_ in (*_SUBJECTS, "poss") and any(a.i == verb.i for a in word.ancestors):
            return None if _kin_before(index, first, gender) else gender
    return None


def _kin_before(index: DocIndex, first: int, gender: str) -> bool:
    """Return True when a noun for a person of ``gender`` comes just before the person.

    "Her brother was taken in March. X does not know whether he is alive": the he is the
    brother's, not X's. The previous sentence and the person's own sentence are read.
    """
    number = index.sentence_of(first)
    lo = index.sent_tokens[max(number - 1, 0)][0]
    return any(noun_gender(t) == gender for t in index.doc[lo:first])


def _person(index: DocIndex, token: Token) -> bool:
    number = index.entity_of(token)
    return token.ent_type_ == "PERSON" or (
        number is not None and index.entities[number].kind == "PERSON")
