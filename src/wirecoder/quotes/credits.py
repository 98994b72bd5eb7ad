"""Agency credits and layered attribution among reported clauses.

A credit ("X said Y, Reuters reported", "..., according to Reuters") whose clause holds an
attribution of its own reports nothing itself; a report that relays what a named other said
("Radio Tarvo reports that relief officials say ...") gives the inner speaker the words. Also
the small tests on cue verbs the clause finder of :mod:`.indirect` shares: a verb with a
subject of its own, a credit after the cue.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..pronouns import SUBJECTS
from .lexicon import REPORT_VERBS

if TYPE_CHECKING:
    from .indirect import Reported

__all__ = ["credit_after", "has_own_subject", "is_credit", "is_cue_verb"]


def is_credit(outer: Reported, candidates: list[Reported]) -> bool:
    """Return True when ``outer`` only credits a report its clause already attributes.

    Its clause holds the cue of another reported clause, a cue with a subject of its own
    linked to ``outer``'s cue in the parse, and ``outer``'s cue follows that cue ("…, a
    spokesman said, Reuters reported") or is an "according to" phrase.
    """
    for inner in candidates:
        token = inner.cue.token
        if inner is outer or not outer.first <= token.i < outer.last:
            continue
        if inner.cue.kind == "according" or not has_own_subject(token):
            continue
        if not _linked(outer.cue.token, token):
            continue  # not the attribution the credit is attached to
        if outer.cue.kind == "according" or outer.cue.token.i > token.i or _relayed(outer, inner):
            return True
    return False


def _relayed(outer: Reported, inner: Reported) -> bool:
    """Return True when ``outer`` relays what a named other said: layered attribution.

    "Radio Tarvo reports that relief officials say they are ...", "The agency reports a
    colonel told journalists that ...": the reported clause is itself a report whose speaker is
    a noun phrase (not a pronoun for the outer speaker); the inner speaker is the one quoted.
    """
    token = inner.cue.token
    if token.head.i != outer.cue.token.i or token.dep_ != "ccomp" or (
            token.lemma_ not in _RELAY_LEMMAS):
        return False
    if any(t.is_punct for t in token.doc[token.i + 1 : inner.first]):
        return False  # "X said a clerk had told them, '...', before ...": X's clause stays
    subject = next((c for c in token.children if c.dep_ in SUBJECTS), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return False
    opening = token.doc[outer.first]
    start = outer.first + 1 if opening.lower_ == "that" else outer.first
    return subject.left_edge.i <= start  # the report is the whole clause, not a later part


#: Verbs of plain speech whose clause, reported by another, is the quoted one's words.
_RELAY_LEMMAS = frozenset({"say", "tell", "report"})


def _linked(credit: Token, cue: Token) -> bool:
    """Return True when ``credit`` is ``cue``'s head or at most two arcs above it."""
    if credit.head.i == cue.i:
        return True
    up = cue
    for _ in range(2):
        if up.head.i == up.i:
            return False
        up = up.head
        if up.i == credit.i:
            return True
    return False


def is_cue_verb(token: Token) -> bool:
    """Return True for a reporting verb used as a verb ("said", not "the say")."""
    return token.lemma_ in REPORT_VERBS and token.pos_ in ("VERB", "AUX")


def credit_after(token: Token, child: Token) -> bool:
    """Return True for a child that is a credit after the cue (", Reuters reported").

    A clause opened by "that" is the cue's content, never a credit ("He said, however, that
    the rebels will not agree": "agree" is a cue verb with a subject after a comma).
    """
    if child.i < token.i or not is_cue_verb(child) or not has_own_subject(child):
        return False
    if any(c.dep_ == "mark" and c.lower_ == "that" for c in child.children):
        return False
    edge = child.left_edge.i
    comma = edge if child.doc[edge].text == "," else edge - 1
    return comma > 0 and child.doc[comma].text == "," and not any(
        c.dep_ in ("ccomp", "dobj") and c.i > child.i for c in child.children)


def has_own_subject(token: Token) -> bool:
    """Return True when a verb has its own subject or shares its conjunct's."""
    return token.dep_ == "conj" or any(c.dep_ in SUBJECTS for c in token.children)
