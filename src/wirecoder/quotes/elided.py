"""A speaker named by "another" whose noun the story gave just before ("One voter ... Another").

Vox-pop and call-in reports list their speakers by count: "One caller asked ... Another said
...". "Another" has no noun of its own; it names one more of the kind the earlier "one ..."
or "a ..." subject named, and so does a he/she that goes back to it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .index import DocIndex
from .lexicon import REPORT_VERBS
from .mentions import nominal

__all__ = ["elided_member", "is_elided"]

#: Sentences before "another" searched for the subject whose noun it leaves out.
_WINDOW = 2
#: Words that open the first of a series of speakers: "One caller", "A resident".
_FIRST = frozenset({"one", "a", "an"})


def elided_member(index: DocIndex, token: Token) -> Entity | None:
    """Return a NOMINAL speaker for a bare "another" subject, named by the elided noun.

    "One caller suggested ... Another said ...": "Another" is a caller. Only a bare subject
    pronoun (no noun, no "of" phrase) counts; the noun comes from an earlier subject of a
    reporting verb within two sentences, a singular common noun opened by "one", "a" or "an"
    (the nearest "one ..." first, else the nearest "a ..."), and the speaker takes its words
    without the opener ("caller", "elderly voter"), placed on "another". "A gunman opened
    fire ... Another said" names no speaker: the gunman reported nothing.
    """
    if token.lower_ != "another" or token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if any(c.dep_ == "prep" for c in token.children) or token.head.pos_ not in ("VERB", "AUX"):
        return None
    floor = index.sent_tokens[max(0, index.sentence_of(token.i) - _WINDOW)][0]
    found: Token | None = None
    for i in range(token.i - 1, floor - 1, -1):
        noun = index.doc[i]
        if (noun.dep_ != "nsubj" or noun.tag_ != "NN" or index.quoted(noun)
                or noun.head.lemma_.lower() not in REPORT_VERBS):
            continue  # "A gunman opened fire ... Another said": no speaker of the series
        opener = next((c for c in noun.children if c.dep_ in ("det", "nummod")
                       and c.i == noun.left_edge.i), None)
        if opener is None or opener.lower_ not in _FIRST:
            continue
        if found is None or opener.lower_ == "one":
            found = opener
        if opener.lower_ == "one":  # "One resident said ... A soldier told her ... Another"
            break
    if found is None:
        return None
    words = index.doc[found.i + 1 : found.head.i + 1]
    return nominal(index, token).model_copy(update={
        "entity_name": words.text, "country_code": None, "country_name": None})


def is_elided(entity: Entity) -> bool:
    """Return True for a speaker :func:`elided_member` built: named by a noun it does not hold."""
    return entity.kind == "NOMINAL" and entity.raw_text.lower() == "another"
