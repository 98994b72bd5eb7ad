"""Actor and recipient of a trigger, read from the dependency parse.

Tokens are mapped to the actors stage's :class:`~wirecoder.models.Entity` records by
character overlap. Subjects (or ``by`` agents of passives) are actors; objects and
``to/against/on/with`` phrases are recipients; possessives and modifiers of a
nominalization ("Beijing's opposition", "U.S. arms sales") are its actor. Coordinated
mentions ("X and Y") and compound entities (an optional ``members`` field) give several
entities. Reciprocal events put every participant in the actor.

This module holds the entry point :func:`roles` (frames, reciprocal pronouns, judgement
adjectives); verbs are read by :mod:`.verb_roles`, nominals by :mod:`.noun_roles`.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .judged_acts import judged_agents, judged_victim
from .judgements import act_noun
from .noun_roles import noun_roles
from .phrases import antecedent, entity_key, phrase_entities, prep_entities, subtree_entities
from .subjects import nominal_subject, subject_entities, subject_of
from .triggers import Trigger
from .verb_roles import Roles, verb_roles

__all__ = ["EntityIndex", "Roles", "phrase_entities", "roles", "subject_entities", "subject_of"]


def roles(trig: Trigger, index: EntityIndex, depth: int = 0) -> Roles:
    """Return the actor and recipient entities of ``trig``.

    A frame with no recipient of its own takes it from its content: the subject of a
    that-clause of a request or accusation ("demanded that Beijing remove them", "alleged
    that the military was behind"), else the recipient of the absorbed event ("threatened
    to use force against North Korea", "refused to lift sanctions on Iran").
    """
    if trig.kind == "adj":
        return _accused(trig, _adj_roles(trig, index), index)
    found = verb_roles(trig, index) if trig.kind == "verb" else noun_roles(trig, index)
    if any(_reciprocal_pronoun(e) for e in found.recipient):  # "expelled each other's envoys"
        actor = list(found.actor)
        if not actor and trig.kind == "noun":  # "met after the expulsion of each other's ..."
            actor = _reciprocal_parties(trig.token, index)
        found = Roles(actor, [e for e in found.recipient if not _reciprocal_pronoun(e)],
                      found.from_subject)
        if not found.recipient:
            return found
    if trig.kind == "verb" and _reciprocal_object(trig.token):
        # "X and Y accused each other of breaking an accord Z brokered": the parties are
        # the actors, and Z, deep in the content, is no recipient
        return Roles(list(found.actor), [], found.from_subject)
    found = _accused(trig, found, index)
    if trig.entry.category in _OWN_SIDE_NO_TARGET and found.recipient:
        own = {e.country_code for e in found.actor if e.country_code}
        kept = [e for e in found.recipient if not (e.country_code in own and _own_side(e))]
        found = Roles(list(found.actor), kept, found.from_subject)
    clause = trig.entry.category in _CLAUSE_RECIPIENT and trig.kind == "verb"
    if found.recipient or not (trig.entry.frame or clause) or depth > 2:
        return found
    recipient: list[Entity] = []
    if trig.entry.category in _CLAUSE_RECIPIENT and trig.kind == "verb":
        recipient = _clause_subject_entities(trig.token, index)
    if not recipient and trig.entry.category in _INNER_RECIPIENT:
        for inner in trig.inner:
            recipient = _inner_recipient(inner, found, index, depth)
            if recipient:
                break
    if not recipient and trig.entry.category in _INNER_RECIPIENT and trig.kind == "verb":
        recipient = _complement_target(trig.token, index,
                                       threat=trig.entry.category == "THREATEN")
    if not recipient:
        return found
    return Roles(list(found.actor), recipient, found.from_subject)


def _accused(trig: Trigger, found: Roles, index: EntityIndex) -> Roles:
    """An accusation's recipient: not the victims of the act it judges, but its agents.

    "condemned the attack on <victims>" accuses nobody named; "condemned the shelling by
    <army>" and "concerned about <militia>'s siege" accuse the army and the militia
    (:mod:`.judged_acts`).
    """
    if trig.entry.category != "ACCUSE":
        return found
    scope = trig.token
    if trig.kind == "noun" and trig.governor is not None and trig.token.dep_ == "pobj":
        scope = trig.governor  # "noted with concern the detention of X by Y": the verb's object
    accused = [e for e in found.recipient if not judged_victim(e, scope)]
    if not accused:
        accused = judged_agents(scope, index)
    if trig.entry.mode == "disapprove":  # "regrets the closure of its embassy": no self-accusation
        own = {e.country_code for e in found.actor if e.country_code}
        accused = [e for e in accused if not (e.country_code in own and _own_side(e))]
    return Roles(list(found.actor), accused, found.from_subject)


def _inner_recipient(inner: Trigger, found: Roles, index: EntityIndex,
                     depth: int) -> list[Entity]:
    """Recipient a frame takes from the act it is about ("refused to meet Chile's president").

    A reciprocal act lists all its participants as actors: those other than the frame's
    actor are the recipient. A place is not the target of a verbal frame ("rejected
    allegations linking the attack in Balochistan with Afghanistan").
    """
    inner_roles = roles(inner, index, depth + 1)
    found_keys = {entity_key(e) for e in found.actor}
    names = {(e.entity_name, e.country_code) for e in found.actor}
    candidates = list(inner_roles.recipient)
    if not candidates and inner.entry.reciprocal:
        candidates = [e for e in inner_roles.actor if entity_key(e) not in found_keys]
    # "warned that it would be forced to ...": the frame's own actor undergoes nothing here;
    # "pledged his government would not ...": the actor's own side is no recipient either
    own = {e.country_code for e in found.actor if e.country_code}
    return [e for e in candidates if not e.is_place
            and (e.entity_name, e.country_code) not in names
            and not (e.country_code in own and _own_side(e))]


def _reciprocal_parties(noun: Token, index: EntityIndex) -> list[Entity]:
    """The parties of "each other('s)" in a nominal.

    The nearest clause subject up the parse that names two or more countries ("X and Y
    met ... after expulsions of each other's envoys"); none when no subject does.
    """
    cur = noun
    for _ in range(8):
        if cur.head == cur:
            break
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            found = [e for e in subject_entities(cur, index) if e.country_code]
            if len({e.country_code for e in found}) >= 2:
                return found
    return []


def _reciprocal_object(verb: Token) -> bool:
    """Whether the verb's object is "each other" / "one another" (no mention of its own)."""
    for child in verb.children:
        if child.dep_ in {"dobj", "dative"} and child.lower_ in {"other", "another"} and any(
                c.lower_ in {"each", "one"} for c in child.lefts):
            return True
    return False


def _reciprocal_pronoun(entity: Entity) -> bool:
    """Whether a mention is "each other('s) ..." / "one another": the actors themselves.

    Reciprocal acts list every party as actor and no recipient (events guideline).
    """
    text = (entity.raw_text or "").lower().replace("’", "'")
    return text.startswith(("each other", "one another"))


def _own_side(entity: Entity) -> bool:
    """Whether a mention is a possessive reference ("his government", "its forces")."""
    first = entity.raw_text.split(maxsplit=1)[0].lower() if entity.raw_text else ""
    return first in {"his", "her", "its", "their", "our"}


def _adj_roles(trig: Trigger, index: EntityIndex) -> Roles:
    """Roles of a judgement adjective.

    "called the claims baseless": the caller judges the owner of the object. "X is deeply
    concerned about Y": the subject (experiencer) judges the ``about/over/at/by/of`` object.
    For an evaluative adjective (entry ``swap``: "X's decision is unacceptable") the
    subject is what is judged; the judge is the speaker, added by the caller.
    """
    adj, entry, verb = trig.token, trig.entry, trig.governor
    conduct = act_noun(adj) if "judgement-attributive" in trig.rules else None
    if conduct is not None:  # "Russia's irresponsible decision": the owner is judged
        owner = [e for c in conduct.children if c.dep_ == "poss"
                 for e in phrase_entities(c, index)]
        return Roles([], owner or [e for _, found in prep_entities(
            conduct, ("by",), index, deep=False) for e in found], False)
    preps = ("by",) if "judgement-breach" in trig.rules else _ADJ_PREPS  # "of": the broken
    about = [e for _, found in prep_entities(adj, preps, index, deep=False) for e in found]
    if verb is not None and (adj.dep_ == "oprd" or adj.head.lower_ == "as"):
        obj = next((c for c in (*verb.children, *adj.children)  # small clause subject
                    if c.dep_ in {"dobj", "nsubj"} and c != adj and c.i > verb.i), adj)
        actor = subject_entities(verb, index)
        return Roles(actor, phrase_entities(obj, index) or about, bool(actor))
    clause = verb if verb is not None else adj
    if entry.swap:  # the judged subject may be an act with its author ("Kenya's decision")
        return Roles([], phrase_entities(subject_of(clause), index) + about, False)
    subject = subject_entities(clause, index) or _experiencer(adj, index)
    return Roles(subject, about or _authors(adj, index), bool(subject))


def _authors(adj: Token, index: EntityIndex) -> list[Entity]:
    """The author named in a relative clause on what a feeling is about (round 20 review).

    "pleased by a statement that was issued by X", "... that came out yesterday by X",
    "concerned about the offensive that X launched": X wrote or did what is judged.
    """
    out: list[Entity] = []
    for prep in (c for c in adj.children if c.dep_ in {"prep", "agent"}
                 and c.lower_ in _ADJ_PREPS):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            for verb in (c for c in obj.children if c.dep_ in {"relcl", "acl"}):
                for arg in verb.children:
                    if arg.dep_ == "nsubj" and arg.pos_ != "PRON":
                        out += phrase_entities(arg, index)
                    elif arg.dep_ in {"agent", "prep"} and arg.lower_ == "by":
                        out += [e for o in arg.children if o.dep_ == "pobj"
                                for e in phrase_entities(o, index)]
    return out


def _experiencer(adj: Token, index: EntityIndex) -> list[Entity]:
    """The one who feels a judgement read as a passive participle ("X is alarmed by Y").

    The parse makes "alarmed", "angered", "disappointed" passive verbs with X as their
    passive subject; for a judgement of feeling (no ``swap``) X is the judge, not the one
    judged, and the ``by`` phrase is what is judged (round 20).
    """
    if adj.pos_ != "VERB" or adj.tag_ != "VBN":
        return []
    # the parse may hang the subject on the auxiliary ("States/nsubj <- is/auxpass")
    found = [c for c in adj.children if c.dep_ == "nsubjpass"] + [
        g for c in adj.children if c.dep_ in {"auxpass", "aux"}
        for g in c.children if g.dep_ in {"nsubj", "nsubjpass"}]
    if not found:
        return []
    own = found[0]
    return phrase_entities(antecedent(own), index)


_ADJ_PREPS = ("about", "over", "at", "by", "of", "with", "to", "toward", "towards", "regarding")


#: Cooperative acts whose recipient is never the actor's own side named by a possessive
#: ("pledged his government would ...", "offered its support": the parse may make the
#: possessed noun an object); hostile and verbal acts may target it ("sacked his cabinet").
_OWN_SIDE_NO_TARGET = frozenset({"AGREE", "SUPPORT", "COOPERATE", "AID", "CONCEDE",
                                 "CONSULT"})
#: Frames whose that-clause subject is the recipient ("demanded that X ...", "alleged that X").
_CLAUSE_RECIPIENT = frozenset({"REQUEST", "ACCUSE"})
#: Frames that share the recipient of the act they are about ("threatened to strike X").
_INNER_RECIPIENT = frozenset({"THREATEN", "REJECT", "AGREE", "CONCEDE", "ACCUSE"})


def _complement_target(verb: Token, index: EntityIndex, threat: bool = False) -> list[Entity]:
    """Target of a complement that is no event ("threatened to use force against X").

    For a threat also the target of its that-clause, down a chain of complements: "warned
    that it will continue to exert pressure on Iran", "warned that his forces would
    target ships linked to Israel" (the object, else a phrase inside it).
    """
    for child in verb.children:
        if child.dep_ == "xcomp":
            for _, found in prep_entities(child, ("against", "on", "at"), index, deep=False):
                return found
    if not threat:
        return []
    todo = [c for c in verb.children if c.dep_ == "ccomp"]
    for _ in range(3):
        nxt: list[Token] = []
        for comp in todo:
            obj = next((c for c in comp.children if c.dep_ == "dobj"), None)
            for cand in (obj,) if obj is not None else ():
                found = phrase_entities(cand, index) or subtree_entities(cand, index)
                if found:
                    return found
            for _, found in prep_entities(comp, ("against", "on", "at"), index, deep=False):
                return found
            nxt.extend(c for c in comp.children if c.dep_ in {"xcomp", "ccomp", "acomp"})
        todo = nxt
    return []


def _clause_subject_entities(verb: Token, index: EntityIndex) -> list[Entity]:
    """Entities of the active subject of the that-clause of ``verb``."""
    for child in verb.children:
        if child.dep_ != "ccomp":
            continue
        subj = next((c for c in child.children if c.dep_ == "nsubj"), None)
        if subj is not None and subj.pos_ == "NOUN" and not index.at(subj):
            return nominal_subject(subj, index)  # "alleged that Somali troops attacked"
        if subj is not None and subj.pos_ != "PRON":
            return phrase_entities(subj, index)
    return []
