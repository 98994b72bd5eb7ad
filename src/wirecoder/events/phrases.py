"""Entities of a noun phrase, read from the dependency parse (the event coder's primitives).

A phrase's entities are those of its head token, else of its modifiers, its ``of/from/by``
phrase, the agent of its participle or the subject of an object relative clause (the
author of "the proposal put forward by X", "the steps X has taken"); coordinated heads and
coordinated modifiers ("Thai and Cambodian troops") give one entity each, and compound
entities ("the two leaders") expand to their members.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .trigger_syntax import marked_partners

__all__ = [
    "antecedent",
    "coordinated_modifiers",
    "dedupe",
    "entity_key",
    "participle",
    "passive_agent",
    "phrase_entities",
    "pobjs",
    "prep_entities",
    "subtree_entities",
]

CORE_DEPS = frozenset({"compound", "poss", "amod", "nmod", "appos", "flat", "npadvmod"})
RELATIVE = frozenset({"WDT", "WP", "WP$"})


def entity_key(entity: Entity) -> tuple:
    """Identity of an entity record (span, name, country)."""
    return (entity.start, entity.end, entity.entity_name, entity.country_code)


def dedupe(entities: list[Entity]) -> list[Entity]:
    """Return ``entities`` without repeats, in order."""
    seen, out = set(), []
    for ent in entities:
        if entity_key(ent) not in seen:
            seen.add(entity_key(ent))
            out.append(ent)
    return out


def antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the group, which ..."), else ``token``."""
    if token.tag_ in RELATIVE and token.head.dep_ == "relcl":
        return token.head.head
    return token


def _phrase(token: Token, index: EntityIndex, depth: int = 0) -> list[Entity]:
    token = antecedent(token)
    found = index.at(token)
    if found or depth > 3:
        return [*found, *coordinated_modifiers(token, index)] if found else []
    if token.pos_ == "PRON":
        return index.pronoun_antecedent(token)
    coordinated = coordinated_modifiers(token, index)
    if coordinated:
        return coordinated
    author = _relative_author(token)  # "the steps Chile has taken": Chile's
    if author is not None:
        found = phrase_entities(author, index, depth + 1)
        if found:
            return found
    mods = sorted((c for c in token.children if c.dep_ in CORE_DEPS),
                  key=lambda c: abs(c.i - token.i))
    for child in mods:
        got = _phrase(child, index, depth + 1)
        if got:
            return got
    for child in token.children:
        if child.dep_ in {"prep", "agent"} and child.lower_ in {"of", "including", "from", "by"}:
            for obj in child.children:
                if obj.dep_ == "pobj":
                    got = phrase_entities(obj, index, depth + 1)
                    if got:
                        return got
    part = participle(token)  # "the proposal put forward by X": its author
    agent = passive_agent(part) if part is not None else None
    return phrase_entities(agent, index, depth + 1) if agent is not None else []


def _relative_author(noun: Token) -> Token | None:
    """Subject of an object relative clause: "the role the country plays" -> the country."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        deps = {c.dep_ for c in clause.children}
        if deps & {"dobj", "ccomp", "xcomp", "nsubjpass"}:
            continue  # the noun is not the clause's object ("vehicles that X fears could")
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.tag_ not in RELATIVE and subj.pos_ != "PRON":
            return subj
    return None


def coordinated_modifiers(noun: Token, index: EntityIndex) -> list[Entity]:
    """Entities of coordinated modifiers of ``noun``: "Chinese and Russian bombers".

    Each conjunct modifies the head: "Brazilian and Paraguayan police" are the police of
    both countries, "U.S. and NATO troops" the troops of both. A single modifier gives
    nothing here (the caller's own lookup covers it).
    """
    out: list[Entity] = []
    for child in noun.children:
        if child.dep_ in {"amod", "compound", "nmod"} and child.i < noun.i and any(
                c.dep_ == "conj" for c in child.children):
            for tok in (child, *child.conjuncts):
                out.extend(index.at(tok)[:1])
    return out


def phrase_entities(token: Token | None, index: EntityIndex, depth: int = 0) -> list[Entity]:
    """Return the entities of the noun phrase headed by ``token`` (with its conjuncts)."""
    if token is None:
        return []
    out = _phrase(token, index, depth)
    for conj in (*antecedent(token).conjuncts, *_listed_states(antecedent(token), index)):
        out.extend(index.at(conj))
    return [m for ent in dedupe(out) for m in index.expand(ent)]


def _listed_states(token: Token, index: EntityIndex) -> list[Token]:
    """States of a list the parse read as an apposition ("The United States, Russia, ...").

    "The Netherlands, Belgium, Austria and Ireland urged ...": the small model hangs
    "Belgium" on "Netherlands" as an appositive and the rest on one of them as
    conjuncts. A state is never in apposition to another state,
    so a state appositive in a coordination continues the list; a lone one is a place's
    state ("Damascus, Syria"), no list.
    """
    if not _state(token, index):
        return []
    for appos in (c for c in token.children if c.dep_ == "appos"):
        if _state(appos, index) and (appos.conjuncts or token.conjuncts):
            return [appos, *appos.conjuncts]
        if appos.conjuncts and _other_party(appos, token, index):
            return [appos, *appos.conjuncts]  # "Peru, the Bolivian government and Ecuador"
    return []


def _other_party(appos: Token, state: Token, index: EntityIndex) -> bool:
    """An appositive naming another country's party than the state it hangs on."""
    own = {e.country_code for e in index.at(state)}
    return any(e.country_code and e.country_code not in own and not e.is_place
               for e in index.at(appos))


def _state(token: Token, index: EntityIndex) -> bool:
    found = index.at(token)
    return bool(found) and found[0].kind == "GPE" and not found[0].is_place


def subtree_entities(token: Token, index: EntityIndex,
                     skip: frozenset[int] = frozenset()) -> list[Entity]:
    """Entities of the first mention inside ``token``'s phrase, with its conjuncts.

    The mention is read at its syntactic head ("the partnership between the United
    States and Afghanistan" gives both), not at its first word. Tokens whose index is in
    ``skip`` are passed over.
    """
    for tok in token.subtree:
        found = index.at(tok) if tok.i not in skip else []
        if found:
            ent = found[0]
            head = tok
            while head.head != head and head.head.idx < ent.end and head.head.idx >= ent.start:
                head = head.head
            return phrase_entities(head, index)
    return []


def passive_agent(verb: Token) -> Token | None:
    """The object of the ``by`` agent phrase of a passive verb."""
    for child in verb.children:
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    return None


#: Prepositions that name a target: a gerund clause under them names it by its subject.
_TARGET_PREPS = frozenset({"at", "against", "on", "upon", "toward", "towards"})


def pobjs(token: Token, preps: Sequence[str]) -> list[tuple[str, Token]]:
    """Objects of ``token``'s prepositions ``preps``.

    "spoke with X to discuss ...", "fired at protesters marching on parliament": the parse
    makes X the subject of a clause under the preposition (``pcomp``, an infinitive, or a
    gerund after a preposition of a target); that subject is the preposition's object. Not
    after "with": "with X speaking by phone" is a circumstance, not a partner.
    """
    return [(word, obj) for word, objs in _pobj_groups(token, preps) for obj in objs]


def _pobj_groups(token: Token, preps: Sequence[str]) -> list[tuple[str, list[Token]]]:
    """:func:`pobjs` grouped by phrase: coordinated prepositions make one group.

    "to the families and to the government of X" is one recipient phrase of two conjuncts
    (recipients round 12), read like "to the families and the government of X".
    """
    out: list[tuple[str, list[Token]]] = []
    for first in token.children:
        if first.dep_ not in {"prep", "agent", "dative"} or first.lower_ not in preps:
            continue
        objs: list[Token] = []
        # the same word repeated: "over X and on Y" is no list of one phrase's objects
        for prep in (first, *(c for c in first.children if c.dep_ == "conj"
                              and c.pos_ == "ADP" and c.lower_ == first.lower_)):
            objs.extend(c for c in prep.children if c.dep_ == "pobj")
            objs.extend(s for c in prep.children if c.dep_ == "pcomp"
                        and ((c.tag_ == "VBG" and prep.lower_ in _TARGET_PREPS)
                             or any(a.tag_ == "TO" for a in c.children))
                        for s in c.children if s.dep_ == "nsubj" and s.pos_ != "PRON")
        if objs:
            out.append((first.lower_, objs))
    marked = [partner for prep, partner in marked_partners(token) if prep in preps]
    if marked:  # "spoke with X to consult" parsed as a clause "with X to consult"
        out.append(("with", marked))
    return out


def prep_entities(token: Token, preps: Sequence[str], index: EntityIndex,
                  deep: bool = True) -> list[tuple[str, list[Entity]]]:
    """(preposition, entities) of ``token``'s phrases ``preps``; ``deep``: search inside.

    The conjuncts of coordinated prepositions give one entry ("to X and to Y": X and Y).
    """
    out = []
    for prep, objs in _pobj_groups(token, preps):
        found = dedupe([e for obj in objs for e in (phrase_entities(obj, index) or (
            subtree_entities(obj, index, venue_tokens(obj)) if deep else []))])
        if found:
            out.append((prep, found))
    return out


#: Nouns of a gathering: a place in their locative phrase is where it met ("at a briefing
#: in X", "during a summit at Y"), not whom an act inside the phrase targets.
_GATHERINGS = frozenset({"briefing", "conference", "meeting", "summit", "session", "forum",
                         "ceremony", "rally", "gathering", "hearing", "seminar", "interview",
                         "event", "congress", "convention", "visit", "trip", "tour"})
_LOCATIVE_PREPS = frozenset({"in", "at", "near"})


def venue_tokens(noun: Token) -> frozenset[int]:
    """Token indices of the place phrases ("in/at/near X") of a gathering noun.

    A deep search for a recipient inside such a phrase ("denied the report at a briefing in
    X") skips them: a location is a recipient only when the act is aimed at it (events
    guideline; recipients round 12).
    """
    if noun.lemma_.lower() not in _GATHERINGS:
        return frozenset()
    return frozenset(t.i for c in noun.children
                     if c.dep_ == "prep" and c.lower_ in _LOCATIVE_PREPS
                     for t in c.subtree)


def participle(noun: Token) -> Token | None:
    """The passive participle modifying ``noun`` ("attacks carried out by X")."""
    return next((c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"), None)
