"""Acts pressed "until" another party complies, and the compliance awaited (issue 9 §4).

A future hostile act announced to last until the other side gives in is a means of
pressure on it, a conditional threat (codebook THREATEN: "coercive or forceful warnings";
events guideline 5): "he will impound remittances … until Mexico agrees". The compliance
in the "until" clause has not happened ("until Mexico agrees" reports no agreement), as
an "if" clause reports no act. Only an "until" clause with its own subject and a verb of
compliance counts: "will hold them until next week", "fought until the rebels
surrendered" (past) are no condition. Read from the dependency parse alone.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["awaited_compliance", "pressed_until"]

#: Acts of compliance whose "until" clause makes a future hostile act a means of pressure
#: ("will impound remittances until Mexico agrees", "will block the roads until the
#: detainees are released").
_COMPLIANCE = frozenset({"agree", "pay", "comply", "accept", "yield", "relent", "release",
                         "free", "return", "withdraw", "stop", "cease", "halt", "abandon",
                         "drop", "meet", "concede", "surrender", "back", "resign", "step"})
#: Clauses of their own between an act and an "until" clause ("said that ... until").
_OWN_CLAUSES = frozenset({"ccomp", "relcl", "advcl", "parataxis", "csubj"})
#: Auxiliaries that announce the pressing act ("will impound", "would block").
_FUTURE_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _compliance_clause(clause: Token) -> bool:
    """An adverbial "until" clause with a subject and a verb of compliance."""
    return (clause.dep_ == "advcl" and clause.lemma_.lower() in _COMPLIANCE
            and any(m.dep_ == "mark" and m.lower_ == "until" for m in clause.children)
            and any(s.dep_ in {"nsubj", "nsubjpass"} for s in clause.children))


def _clause_of(token: Token) -> Token:
    """The verb whose clause holds ``token`` (through objects, conjuncts and modifiers)."""
    up = token
    while up.dep_ not in _OWN_CLAUSES and up.dep_ != "ROOT" and up.head != up:
        up = up.head
    return up


def pressed_until(token: Token, governor: Token | None = None) -> bool:
    """Whether the event's clause lasts "until" another party complies (a condition).

    The "until" clause may hang on a conjoined act, also one the parse puts under the
    object ("impound remittances derived from wages and increase fees until X agrees"),
    not inside another clause of the event's own.
    """
    cur = governor or token
    while cur.dep_ in {"xcomp", "conj"} and cur.head != cur:
        cur = cur.head
    doc = cur.doc
    # the "until" marks of the clause's span first: most clauses have none (no subtree walk)
    for mark in doc[cur.left_edge.i:cur.right_edge.i + 1]:
        if mark.lower_ != "until" or mark.dep_ != "mark":
            continue
        clause = mark.head
        if cur.is_ancestor(clause) and _compliance_clause(clause):
            up = clause.head
            while up != cur and up.dep_ not in _OWN_CLAUSES and up.head != up:
                up = up.head
            if up == cur:
                return True
    return False


def awaited_compliance(token: Token) -> bool:
    """Whether ``token`` is the compliance awaited by a future act ("until Mexico agrees")."""
    if not _compliance_clause(token):
        return False
    head = _clause_of(token.head)
    return any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in head.children)
