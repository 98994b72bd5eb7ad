"""A counterpart's state named after it (round 23, issue 9 §1–§2).

"Secretary Varga met with his counterpart from Freedonia", "her counterparts of Chile and
Peru": the possessive makes the resolver give the counterpart its possessor's country (the
possessor's side of a joint act, round 22), while the text names the counterpart's own state
in its "from / of" phrase. That state is the counterpart's own evidence and wins.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .mention import Mention

__all__ = ["counterparts_from"]

#: Heads that name the other side of a meeting.
_HEADS = frozenset({"counterpart", "counterparts"})
#: Resolvers that read a state mention's country from its own words.
_OWN = frozenset({"kb", "pattern"})


def counterparts_from(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Give a counterpart the state of its "from / of <state>" phrase (in place).

    Args:
        doc: The parsed document.
        mentions: The linked mentions; a counterpart nominal followed by a state mention in
            a "from" or "of" phrase takes that state's code (one state only: "counterparts
            from Chile and Peru" are two sides, left as they are).
    """
    states = {m.end - 1: m for m in mentions
              if m.kind == "GPE" and m.country and m.resolved_by in _OWN}
    for m in mentions:
        head = doc[m.start:m.end].root
        if m.kind != "NOMINAL" or head.lower_ not in _HEADS:
            continue
        prep = next((c for c in head.rights if c.dep_ == "prep" and c.lower_ in {"from", "of"}),
                    None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if pobj is None or pobj.conjuncts or pobj.i not in states:
            continue
        m.country, m.resolved_by, m.antecedent = states[pobj.i].country, "pattern", None
