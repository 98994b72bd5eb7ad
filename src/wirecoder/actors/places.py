"""Places the knowledge base and the gazetteer do not know ("the town of Aungban").

A name the model tags as a place (GPE, LOC, FAC) in a place position ("in/near/at X"),
or any name in apposition to a place noun or after "the town/city/region of", is a
place. Its country is the gazetteer's, else the country of a known place right after it
("Charlevoix, Quebec"), else the discourse's (``resolved_by="context"``).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .syntax import base, locative

__all__ = ["FEATURE_HEADS", "PLACE_HEADS", "inside_feature_name", "place_position"]

#: Common nouns that name a place ("the central town of Aungban", "the capital, Harare").
PLACE_HEADS = frozenset({"capital", "city", "town", "village", "region", "province",
                         "district", "county", "area", "neighborhood", "neighbourhood",
                         "suburb", "port", "camp", "state", "municipality", "governorate",
                         "oblast", "settlement", "island", "enclave", "outskirts"})
#: Entity labels of names that are places wherever they stand in a place position.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def _named_place(tok: Token) -> bool:
    """Return True for 'X' in 'the town of X' or 'the capital, X'."""
    head = tok.head
    if tok.dep_ == "appos" and head.lower_ in PLACE_HEADS:
        return True
    return (tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in PLACE_HEADS
            and head.head.i < tok.i)


def place_position(span: Span, label: str) -> bool:
    """Return True when an unknown name stands where a place stands.

    Args:
        span: The name's tokens.
        label: Its spaCy entity label.

    Returns:
        True for a GPE/LOC/FAC name after a place preposition, or any name in apposition
        to a place noun or after "the town/city/... of".

    """
    root = span.root
    if _named_place(root):
        return True
    return label in PLACE_LABELS and (locative(root) or locative(base(root)))


#: Capitalised heads of names of seas, straits and time zones that hold a country's name
#: ("the South China Sea", "the Indian Ocean", "the Taiwan Strait", "China Standard Time").
FEATURE_HEADS = frozenset({"Sea", "Ocean", "Strait", "Straits", "Gulf", "Bay", "Channel",
                           "Standard", "Daylight"})
#: Capitalised heads that take the country after "of" ("the Sea of Japan", "Gulf of Mexico").
FEATURE_OF = frozenset({"Sea", "Gulf", "Bay", "Strait", "Straits"})


def inside_feature_name(doc: Doc, start: int, end: int) -> bool:
    """Return True when tokens ``start:end`` name a country inside a sea's or time zone's name.

    "Warships sailed in the South China Sea" names no Chinese party and no Chinese place:
    the country's name is part of the water's (or the clock's) name, so it makes no
    mention ("the Sea of Japan", "the Indian Ocean", "China Standard Time"). A city named
    after its country ("Mexico City") is not a feature name.

    Args:
        doc: The parsed document.
        start: The first token of the name.
        end: The token after it.
    """
    if end < len(doc) and doc[end].text in FEATURE_HEADS:
        if doc[end].text in {"Standard", "Daylight"}:
            return end + 1 < len(doc) and doc[end + 1].text == "Time"
        return True
    return (start >= 2 and doc[start - 1].lower_ == "of"
            and doc[start - 2].text in FEATURE_OF)
