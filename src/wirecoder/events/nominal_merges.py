"""One event for an act and the nominal that tells it again (moved from ``rules.py``, round 25).

"met ... at the summit", "detonated a car bomb", "killed and injured", "attacked the convoy,
killing ...": a trigger governed by a same-category trigger is part of its act and merges
into it. The fighting around a place taken ("captured the town after heavy fighting") is an
act of its own (events guideline 18; review of evtype25):
:func:`.place_captures.fight_around_taking`.
"""

from __future__ import annotations

from .place_captures import fight_around_taking
from .rules import Draft

__all__ = ["merge_nominals"]

_MERGE_DEPS = frozenset({"prep", "pobj", "npadvmod", "pcomp", "acl", "compound", "nsubj",
                         "dobj", "conj", "advcl"})


def _mergeable(draft: Draft) -> bool:
    token = draft.trig.token
    if draft.trig.governor is not None:  # "alleged ..., calling it a crime": one accusation
        gov = draft.trig.governor
        if draft.trig.kind == "noun" and draft.trig.entry.requires.head:
            return True  # "taken into custody": the place of the arrest, one act
        return draft.trig.kind == "adj" and gov.dep_ == "advcl" and gov.tag_ == "VBG"
    if draft.trig.kind == "noun":
        return True
    if token.dep_ == "acl":
        return True
    # "attacked ..., killing", "blamed X, accusing it of": a participle elaborating its
    # head's act; "killed and injured": consequences of one violent act
    if token.dep_ == "advcl" and token.tag_ == "VBG":
        return True
    # "the strike on the hospital, which killed 20": the relative clause tells the toll
    return draft.category == "ASSAULT" and token.dep_ in {"conj", "relcl"}


def merge_nominals(drafts: list[Draft]) -> list[Draft]:
    """Merge a trigger into a same-category trigger that governs it.

    One event is coded for "met ... at the summit", "detonated a car bomb", "killed and
    injured", "attacked the convoy, killing ..." (the consequence of the same act).
    """
    gone: set[int] = set()
    for noun in drafts:
        if not _mergeable(noun):
            continue
        host = (_antecedent_draft(noun, drafts) if noun.trig.token.dep_ == "relcl"
                else _governing_draft(noun, drafts))
        if host is None:
            continue
        if host.category == noun.category:
            host.mode = host.mode or noun.mode
        for ctx in noun.context:
            if ctx not in host.context:
                host.context.append(ctx)
        host.why.append(f"merged:{noun.trig.entry.id}")
        if noun.trig.governor is None:  # "killing 100": the victims are the act's recipients
            host.parts.append(noun.trig)
        gone.add(id(noun))
    return [d for d in drafts if id(d) not in gone]


def _antecedent_draft(clause: Draft, drafts: list[Draft]) -> Draft | None:
    """The nominal act a relative clause tells more of ("a strike that killed 20").

    Only the noun the clause modifies: in "killed the attackers who laid siege" the siege
    is another act.
    """
    head = clause.trig.token.head
    return next((d for d in drafts if d is not clause and d.trig.token == head
                 and d.trig.kind == "noun" and d.category == clause.category), None)


def _governing_draft(noun: Draft, drafts: list[Draft]) -> Draft | None:
    cur = noun.trig.governor if noun.trig.kind == "adj" else noun.trig.token
    if cur is None:
        return None
    for _ in range(6):
        if cur.dep_ not in _MERGE_DEPS or cur.head == cur:
            return None
        cur = cur.head
        for other in drafts:
            if other is not noun and other.trig.token == cur and _same_act(other, noun):
                return other
        if cur.pos_ == "VERB" and noun.trig.kind == "noun" and cur.dep_ not in {"acl"}:
            return None
    return None


def _same_act(host: Draft, part: Draft) -> bool:
    """Same category, or a reduced host's category ("will travel for meetings": one visit).

    A nominal reduced on its own ("discussed her planned visit") is a topic, not a part.
    """
    if fight_around_taking(host.trig.token, host.trig.kind == "verb", host.trig.entry.id,
                           part.trig.token):
        return False  # "captured the town after heavy fighting": two acts (guideline 18)
    reduced = host.category != host.trig.entry.category
    return host.category == part.category or (
        reduced and host.trig.entry.category == part.category and part.trig.kind == "noun")
