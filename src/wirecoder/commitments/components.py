"""Parts of a commitment: figures that only say how a stated whole divides.

"The United States has committed $6.8 billion in security assistance to Ukraine,
*including* $6.1 billion since February 24"; "*This amount includes* nearly $143 million from
the State Department, and more than $205 million from USAID". The parts name no transaction
of their own: each is a commitment of its whole's kind, status and parties (GUIDELINE §4:
components), provided it measures the same kind of quantity (a package's value is not its
"155 mm" shells).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Commitment, Quantity
from .clause import walk_up

__all__ = ["component"]

_INCLUDE = frozenset({"include", "including"})
_BACK = frozenset({"this", "that", "these", "the", "those"})


def _root(doc: Doc, quantity: Quantity) -> Token | None:
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _inside(token: Token, commitment: Commitment) -> bool:
    return commitment.quantity.start <= token.idx < commitment.quantity.end


def _coordinated_whole(root: Token, found: Sequence[Commitment]) -> Commitment | None:
    """The commitment whose figure this one is coordinated with ("$25 million and $9 million")."""
    if root.dep_ != "conj":
        return None
    for head in walk_up(root, 3):
        whole = next((c for c in found if _inside(head, c)), None)
        if whole is not None:
            return whole
    return None


def _included_whole(root: Token, found: Sequence[Commitment], sentence: int) -> Commitment | None:
    """The whole an *including* / *includes* figure belongs to.

    The nearest earlier commitment of the sentence, else — when the verb's subject is a
    definite re-mention ("This amount includes") — of the sentence before.
    """
    verb = next((h for h in walk_up(root, 2) if h.lemma_.lower() in _INCLUDE
                 or h.lower_ in _INCLUDE), None)
    if verb is None:
        return None
    here = [c for c in found if c.sentence == sentence]
    if here:
        return here[-1]
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    definite = subject is not None and any(
        c.lower_ in _BACK for c in (subject, *subject.children))
    before = [c for c in found if c.sentence == sentence - 1]
    return before[-1] if definite and before else None


def component(doc: Doc, quantity: Quantity, found: Sequence[Commitment],
              index: int) -> Commitment | None:
    """Return the commitment a part figure makes, or None when it is not a part.

    Args:
        doc: The parsed article.
        quantity: A quantity no transaction word claimed.
        found: The article's commitments so far, in text order.
        index: The number the new commitment's id takes.

    Returns:
        A copy of the whole with this quantity, or None.
    """
    root = _root(doc, quantity)
    if root is None or not found:
        return None
    whole = _coordinated_whole(root, found) or _included_whole(root, found, quantity.sentence)
    if whole is None or whole.quantity.kind != quantity.kind:
        return None
    story = whole.story_id
    return whole.model_copy(update={
        "id": f"{story}-c{index}", "quantity": quantity, "sentence": quantity.sentence,
        "start": min(quantity.start, whole.action_part.start) if whole.sentence ==
        quantity.sentence else quantity.start,
        "end": quantity.end, "hedge": quantity.qualifier,
        "why": f"part of {whole.id} ({whole.quantity.text})"})
