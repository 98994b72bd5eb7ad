"""Nouns that tell a person's gender: "a man", "the president's wife".

An unnamed person described by such a noun can be a later he or she of that gender only:
"A woman who says she ran the clinic posted a video. She said ..." (the woman), while "the
minister's husband ... she said" skips the husband. Nouns ending in -man or -woman
("chairwoman", "businessman") are read by their ending. Only a person the story brings in
counts (:func:`gendered_person`): "the woman", "the mother of four" name again someone
named before, "his uncle" is someone's relative, and "a woman" inside a clause is often
generic ("a rule under which a woman may not travel alone").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import words

__all__ = ["FEMALE_NOUNS", "MALE_NOUNS", "gendered_person", "noun_gender"]

#: Singular nouns for a man.
MALE_NOUNS = words(
    "man boy father husband son brother uncle nephew grandfather grandson widower "
    "gentleman fiance stepfather king prince emperor monk priest"
)
#: Singular nouns for a woman.
FEMALE_NOUNS = words(
    "woman girl mother wife daughter sister aunt niece grandmother granddaughter widow "
    "lady fiancee stepmother queen princess empress nun actress"
)


def noun_gender(token: Token) -> str | None:
    """Return "m" or "f" for a singular common noun that tells a person's gender, else None.

    Args:
        token: The head noun of a description ("woman" of "a young woman").
    """
    if token.tag_ != "NN":
        return None
    word = token.lower_
    if word in MALE_NOUNS:
        return "m"
    if word in FEMALE_NOUNS:
        return "f"
    if word.endswith("woman") or word.endswith("women"):
        return "f" if word.endswith("woman") else None
    if word.endswith("man") and len(word) > 5 and word not in _NOT_MEN:
        return "m"
    return None


#: Nouns ending in -man that name no man ("German" is tagged as an adjective or a name).
_NOT_MEN = words("human superhuman ottoman caiman shaman")


def gendered_person(token: Token) -> str | None:
    """Return the gender of a person a gendered noun brings into the story, else None.

    "A woman selling fish blocked the lane ..." (an indefinite subject of the main clause) and
    "the governor's wife cut the ribbon" (owned by a noun) bring a person in; "the woman",
    "his uncle" and "a woman" in a subordinate clause do not.

    Args:
        token: The head noun of a description.
    """
    gender = noun_gender(token)
    if gender is None:
        return None
    owner = next((c for c in token.children if c.dep_ == "poss"), None)
    if owner is not None:
        return gender if owner.pos_ in ("NOUN", "PROPN") else None
    if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in token.children):
        return None
    verb = token.head
    main = verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT")
    return gender if token.dep_ in ("nsubj", "nsubjpass") and main else None
