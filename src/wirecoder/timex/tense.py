"""Direction of a time expression's clause: past, present or future, from the parse.

Walking up from the expression's root, the first decisive sign wins: a planning
modifier on a noun ("a planned trip in June", "the last meeting in October"), a
future auxiliary ("will", "would", "is going to"), a planning verb governing the
clause ("slated to hold", "plans to visit"), or the tense of the finite verb.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..models import Direction
from ..textutil import doc_text
from ..vocabulary import words

__all__ = ["direction"]

_FUTURE_MODIFIERS = words(
    "planned upcoming scheduled proposed expected next coming future forthcoming anticipated "
    "slated possible potential prospective")
_PAST_MODIFIERS = words(
    "last previous recent former past earlier prior")
_FUTURE_AUX = frozenset({"will", "'ll", "shall", "wo", "gon"})
_NEAREST = "nearest"  # future-in-the-past ("would"): neither direction, take the nearest
_DIRECTIONS: dict[str, Direction] = {"past": "past", "present": "present", "future": "future"}
_LIMIT_PREPS = frozenset({"until", "till", "by", "before"})
_ONSET_CUES = ("starting at", "starting on", "starting", "beginning on", "beginning",
               "effective", "effective from")
_PLAN_VERBS = words(
    "plan schedule slate expect set due aim hope intend prepare seek want propose agree "
    "promise pledge vow threaten decide")
_PLAN_FORMS = words(
    "planned scheduled slated expected set due poised")
_PAST_PREPS = frozenset({"since", "ago"})
_FUTURE_CUES = ("as soon as", "as early as", "no later than", "ahead of")
_PAST_CUES = ("earlier in", "since", "until last")


def _plans(verb: Token) -> bool:
    return verb.lemma_.lower() in _PLAN_VERBS or verb.lower_ in _PLAN_FORMS


def _modifier_direction(tok: Token) -> str | None:
    for child in tok.children:
        if child.dep_ in {"amod", "compound", "acl"} and child.i < tok.i:
            word = child.lower_
            if word in _FUTURE_MODIFIERS:
                return "future"
            if word in _PAST_MODIFIERS:
                return "past"
    return None


def _object_direction(verb: Token, span: Span) -> str | None:
    """Read "reviewed her planned trip in May": the object just before the date."""
    prep = span.root.head
    if prep.head.i != verb.i or prep.dep_ != "prep":
        return None
    for child in verb.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.i < prep.i:
            return _modifier_direction(child)
    return None


def _verb_direction(verb: Token) -> str | None:
    auxes = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    words = {a.lower_ for a in auxes}
    if words & _FUTURE_AUX or ("going" in words and any(a.lower_ == "to" for a in auxes)):
        return "future"
    if "would" in words:
        return _NEAREST
    if verb.lower_ in _PLAN_FORMS and any(a.dep_ == "auxpass" and a.lower_ in {"is", "are", "am"}
                                          for a in auxes):
        return "future"  # "elections are expected in April"
    if verb.dep_ in {"xcomp", "ccomp"} and _plans(verb.head):
        return "future"
    if verb.lower_ in _PLAN_FORMS and any(c.dep_ == "xcomp" for c in verb.children):
        return "future"
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and verb.lemma_ == "come":
        return "future"
    if any(a.tag_ in {"VBD"} or a.lower_ in {"has", "have", "had"} for a in auxes):
        return "past"
    if verb.tag_ == "VBD":
        return "past"
    if verb.tag_ in {"VBZ", "VBP"} or any(a.tag_ in {"VBZ", "VBP"} for a in auxes):
        return "present"
    return None


def direction(span: Span) -> Direction | None:
    """Return "past", "present", "future" or None for the clause holding ``span``.

    "until/by/before" + date points ahead of a present or future clause and is
    left undirected (the nearest date) in a past one ("delayed ... until April 2").

    Args:
        span: The time expression's tokens.

    Returns:
        The direction the text points to, or None when the parse does not say.
    """
    found = _direction(span)
    before = doc_text(span.doc)[max(0, span.start_char - 16) : span.start_char].lower().rstrip()
    if _limited(span) or any(before.endswith(cue) for cue in _ONSET_CUES):
        return None if found in {"past", _NEAREST} else "future"
    return _DIRECTIONS.get(found or "")  # None for _NEAREST


def _limited(span: Span) -> bool:
    """Return True under "until/by/before", also through "before the season in November"."""
    tok = span.root
    for _ in range(3):
        head = tok.head
        if head.lower_ in _LIMIT_PREPS:
            return True
        if head.pos_ in {"ADP", "SCONJ"} and head.lower_ not in {"in", "on", "at", "of"}:
            return False  # "since May", "by conducting tests since May"
        if head.i == tok.i or tok.dep_ not in {"pobj", "prep", "npadvmod"}:
            return False
        tok = head
    return False


def _direction(span: Span) -> str | None:
    tok = span.root
    if tok.head.lower_ in _PAST_PREPS:
        return "past"
    before = doc_text(span.doc)[max(0, span.start_char - 16) : span.start_char].lower()
    if any(before.rstrip().endswith(cue) for cue in _FUTURE_CUES):
        return "future"
    if any(before.rstrip().endswith(cue) for cue in _PAST_CUES):
        return "past"
    for _ in range(12):
        if tok.pos_ in {"VERB", "AUX"}:
            found = _object_direction(tok, span) or _verb_direction(tok)
            if found is not None:
                return found
        elif tok.pos_ in {"NOUN", "PROPN"} and tok.i not in range(span.start, span.end):
            found = _modifier_direction(tok)
            if found is not None:
                return found
        if tok.head.i == tok.i:
            break
        tok = tok.head
    return None
