"""Counts whose noun is far or implied: "four of them", "compared with 116", "grew from 5 million".

A bare number that is an argument (subject, object, object of a preposition) and
modifies no noun takes its counted noun from the parse around it, in this order:
the antecedent of "N of them" / "N others"; the "X" of "the number of X" (or the
plural subject) of the verb it is the goal or source of ("the number of tourists
grew from 5 million to 15 million"); the noun it is the "of"-complement of ("a
workforce of 50,000"); else the nearest earlier plural noun of the sentence that
is itself counted or counts people ("launched 504 attacks, compared with 116").
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import PERSON_NOUNS, UNITS, words

__all__ = ["antecedent", "implied_noun", "unit_subject"]

_ARG_DEPS = words("nsubj nsubjpass dobj pobj attr appos conj npadvmod ROOT")
_PRONOUNS = words("them those these whom which others other")
_NUMBER_NOUNS = words("number total tally count toll figure")
_GOAL_PREPS = words("to from with at than by")
#: Level nouns: a bare number after them is a level or a change, never a count of them
#: ("Prices rose by 5 to 80").
_LEVELS = words("price prices rate rates yield yields cost costs share shares stock stocks index "
                "indexes indices level levels value values wage wages tariff tariffs premium "
                "premiums temperature temperatures score scores")
_SKIP = frozenset({*UNITS, *_LEVELS, *words("point points time times percent way")})


def _of_object(tok: Token) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _usable(noun: Token | None) -> bool:
    return (noun is not None and noun.pos_ in {"NOUN", "PROPN"} and noun.lower_ not in _SKIP
            and noun.lemma_.lower() not in _SKIP and not noun.like_num
            and noun.ent_type_ not in {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY"})


def _plural(tok: Token) -> bool:
    return tok.tag_ in {"NNS", "NNPS"}


def _candidates(last: Token, span_start: int, back_sents: int) -> list[Token]:
    doc = last.doc
    sent = last.sent
    first = sent.start
    for _ in range(back_sents):
        if first > 0:
            first = doc[first - 1].sent.start
    return [t for t in reversed(doc[first:span_start]) if _plural(t) and _usable(t)]


def _antecedent(last: Token, span_start: int, back_sents: int) -> Token | None:
    """Return the nearest earlier plural noun that counts people or is itself counted."""
    found = _candidates(last, span_start, back_sents)
    people = [t for t in found if t.lemma_.lower() in PERSON_NOUNS or t.ent_type_ == "NORP"]
    counted = [t for t in found if any(c.dep_ == "nummod" for c in t.children)]
    return (people or counted)[0] if people or counted else None


def antecedent(last: Token, span_start: int) -> Token | None:
    """Return the noun that "N others" / "N of them" refers back to, or None."""
    return _antecedent(last, span_start, 1)


def _subject_noun(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "nsubjpass", "dobj"} and child.i < verb.i + 8:
            if child.lemma_.lower() in _NUMBER_NOUNS:
                obj = _of_object(child)
                return obj if _usable(obj) else None
            if _plural(child) and _usable(child):
                return child
    return None


def _goal_verb(last: Token) -> Token | None:
    """Return the verb a number is the goal, source or size of: "fell by 9,000 to 336,000"."""
    if last.dep_ == "quantmod" and last.head.dep_ == "pobj" and last.i > 0 and (
            last.doc[last.i - 1].lower_ == "by"):
        last = last.head  # "by 9,000 to 336,000" parsed as one range
    if last.dep_ != "pobj" or last.head.lower_ not in _GOAL_PREPS:
        return None
    verb = last.head.head
    for _ in range(4):  # "compared with", "downward to", "by 9,000 to 336,000"
        if verb.pos_ in {"VERB", "AUX"} or verb.head.i == verb.i:
            break
        if verb.dep_ not in {"prep", "pobj", "advmod", "npadvmod"}:
            break
        verb = verb.head
    return verb if verb.pos_ in {"VERB", "AUX"} else None


#: Physical kinds a plural unit noun may lend to a bare number ("hectares ... reached 30,000").
_MEASURED_KINDS = words("mass volume area length rate other")


def unit_subject(last: Token) -> Token | None:
    """Return the unit noun a bare level measures: "Hectares under wheat reached 3.1 million".

    The number is the goal, source or object of a measure verb ("reach", "be", "fall by ...
    to") whose subject (or the X of its "the number of X") is a plural unit word; a unit
    the text names once as the thing measured is not repeated after the figure.

    Args:
        last: The last token of the bare number ("million" of "3.1 million").

    Returns:
        The subject's plural unit noun ("Hectares"), or None when the number is not the
        level of such a verb or its subject is no unit of a measured kind.
    """
    verb = _goal_verb(last)
    if verb is None and last.dep_ in {"dobj", "attr"} and last.head.lemma_ in {
            "reach", "hit", "top", "be", "total", "exceed", "stand"}:
        verb = last.head
    if verb is None:
        return None
    for child in verb.children:
        if child.dep_ not in {"nsubj", "nsubjpass"} or child.i > last.i:
            continue
        noun = _of_object(child) if child.lemma_.lower() in _NUMBER_NOUNS else child
        if (noun is not None and _plural(noun) and UNITS.get(noun.lower_, ("", ""))[1]
                in _MEASURED_KINDS):
            return noun
    return None


def implied_noun(last: Token, span_start: int) -> Token | None:
    """Return the noun a bare number counts, read from its context, or None.

    Args:
        last: The number's last token.
        span_start: Index of the number's first token.

    Returns:
        The counted noun (possibly far from the number), or None.
    """
    if last.dep_ not in _ARG_DEPS and not (last.dep_ == "quantmod" and _goal_verb(last)):
        return None
    obj = _of_object(last)
    if obj is not None and obj.lower_ in _PRONOUNS:
        return _antecedent(last, span_start, 1)
    head = last.head
    verb = _goal_verb(last)
    if verb is not None:
        found = _subject_noun(verb)
        if found is not None:
            return found
    if last.dep_ == "pobj" and head.lower_ == "of" and _usable(head.head):
        return head.head
    if last.dep_ in {"dobj", "attr"} and head.pos_ in {"VERB", "AUX"}:
        found = _subject_noun(head) if head.lemma_ in {"reach", "hit", "top", "be"} else None
        if found is not None:
            return found
    return _antecedent(last, span_start, 0)
