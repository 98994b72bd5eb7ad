"""Actor and recipient of a trigger, read from the dependency parse.

Tokens are mapped to the actors stage's :class:`~wirecoder.models.Entity` records by
character overlap. Subjects (or ``by`` agents of passives) are actors; objects and
``to/against/on/with`` phrases are recipients; possessives and modifiers of a
nominalization ("Beijing's opposition", "U.S. arms sales") are its actor. Coordinated
mentions ("X and Y") and compound entities (an optional ``members`` field) give several
entities. Reciprocal events put every participant in the actor.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .lexicon import Entry
from .modifiers import SPEECH_VERBS
from .phrases import (
    dedupe,
    entity_key,
    participle,
    passive_agent,
    phrase_entities,
    pobjs,
    prep_entities,
    subtree_entities,
)
from .subjects import nominal_subject, subject_entities, subject_of
from .triggers import Trigger, light_noun

__all__ = ["EntityIndex", "Roles", "phrase_entities", "roles", "subject_entities", "subject_of"]

_VERB_RECIPIENT_PREPS = ("against", "to", "with", "on", "toward", "towards", "at", "into")
_NOUN_RECIPIENT_PREPS = ("to", "against", "on", "with", "toward", "towards", "at", "between",
                         "for")
#: Verbs whose direct object is a topic, not a participant ("discussed Taiwan").
_TOPIC_VERBS = frozenset({"discuss", "negotiate", "debate", "address", "raise", "consider"})
_COOPERATIVE = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


class Roles:
    """Actor and recipient entities found for one trigger."""

    def __init__(self, actor: list[Entity], recipient: list[Entity], from_subject: bool) -> None:
        self.actor = tuple(dedupe(actor))
        keys = {entity_key(e) for e in self.actor}
        self.recipient = tuple(e for e in dedupe(recipient) if entity_key(e) not in keys)
        self.from_subject = from_subject


def _verb_roles(trig: Trigger, index: EntityIndex) -> Roles:
    verb, entry = trig.token, trig.entry
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN")  # "a meeting requested by Japan"
    if passive:
        actor = phrase_entities(passive_agent(verb), index)
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        recipient = phrase_entities(patient, index)
    else:
        actor = subject_entities(verb, index)
        topic = verb.lemma_.lower() in _TOPIC_VERBS and entry.category == "CONSULT"
        recipient = [] if topic else _verb_objects(verb, index)
        if entry.category == "MOBILIZE":
            recipient = _mobilize_target(actor, recipient)
        elif not recipient and entry.category in _HOSTILE:
            recipient = _speaker_possessor(verb, index, actor)
    preps = entry.recipient_preps or _VERB_RECIPIENT_PREPS
    with_entities = []
    for prep, found in prep_entities(verb, preps, index, deep=not recipient):
        if prep in {"with", "between"} and entry.reciprocal:
            with_entities.extend(found)
        elif not recipient or _goal_wins(entry, prep, recipient, found):
            recipient = found
    if entry.category in _TRANSFERS and not passive:  # "handed X over to Y" (on the object)
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            for prep, found in prep_entities(obj, ("to",), index, deep=False):
                if _goal_wins(entry, prep, recipient, found):
                    recipient = found
    if entry.reciprocal and not with_entities:
        with_entities = _object_partners(verb, index)
    if entry.category == "MOBILIZE":  # a show of force aims at another state, never its own
        own = {e.country_code for e in actor if e.country_code}
        recipient = [e for e in recipient if e.country_code not in own]
    return _finish(entry, actor, recipient, with_entities, from_subject=bool(actor))


#: Hostile acts whose object's possessive pronoun is seldom the actor's own ("shelled its").
_HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
#: Verbs whose subject complains of an act done to it ("condemned the shelling of its embassy").
_COMPLAINT_VERBS = frozenset({"condemn", "denounce", "protest", "deplore", "decry", "criticize",
                              "criticise", "slam", "report", "complain", "confirm"})
#: Verbs that report a claim: a pronoun inside their that-clause may point to their subject.
_CLAIM_VERBS = frozenset({"charge", "allege", "claim", "contend", "accuse", "complain",
                          "insist", "protest"})


def _speaker_possessor(verb: Token, index: EntityIndex, actor: list[Entity]) -> list[Entity]:
    """The reporter of a hostile act on "its"/"their"/"our" object is its owner.

    "The Azerbaijani military charged that Armenian forces shelled its positions": a
    possessive pronoun on the patient of an attack reported in a that-clause points to the
    reporting subject, never to the attacker (so an actor's own country is never taken).
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or not any(c.dep_ == "poss" and c.lower_ in {"its", "their", "our"}
                              for c in obj.children):
        return []
    own = {e.country_code for e in actor if e.country_code}
    cur = verb
    for _ in range(4):
        if cur.dep_ == "ccomp" and (cur.head.lemma_.lower() in SPEECH_VERBS
                                    or cur.head.lemma_.lower() in _CLAIM_VERBS):
            found = subject_entities(cur.head, index)
            return [e for e in found if e.country_code and e.country_code not in own]
        if cur.head == cur:
            break
        cur = cur.head
    return []


def _mobilize_target(actor: list[Entity], objects: list[Entity]) -> list[Entity]:
    """The object of a MOBILIZE verb is a recipient only when it belongs to another country.

    What is mobilized is no recipient ("put its forces on alert", "deployed troops"); a
    foreign ship or plane that is shadowed or buzzed is ("shadowed a British warship").
    """
    own = {e.country_code for e in actor if e.country_code}
    return [e for e in objects if e.country_code and e.country_code not in own and own]


#: Categories of transfers: what is handed over is the object, who gets it the "to" phrase.
_TRANSFERS = frozenset({"AID", "RETREAT", "COOPERATE"})


def _goal_wins(entry: Entry, prep: str, objects: list[Entity], found: list[Entity]) -> bool:
    """Whether a ``to`` phrase, not the direct object, is the recipient.

    In a transfer the receiver is the goal ("extradited the cartel boss to the United
    States", "handed the bronzes over to Nigeria"); otherwise a goal with a country wins
    only over an object that has none.
    """
    if prep != "to" or not any(e.country_code for e in found):
        return False
    return entry.category in _TRANSFERS or not any(e.country_code for e in objects)


def _object_partners(verb: Token, index: EntityIndex) -> list[Entity]:
    """Partners the parse hung on the object: "discussed the war with Chancellor Scholz"."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and not index.at(obj):
            for _, found in prep_entities(obj, ("with",), index, deep=False):
                return found
    return []


#: Verbs whose object is also the subject of a bare infinitive ("helped Mauritius build").
_BARE_CONTROL = frozenset({"help", "assist", "let", "make"})


def _verb_objects(verb: Token, index: EntityIndex) -> list[Entity]:
    if verb.lemma_.lower() in _BARE_CONTROL:  # the parse makes the object a subject
        for comp in verb.children:
            if comp.dep_ in {"ccomp", "xcomp"} and not any(c.lower_ == "to" for c in
                                                            comp.children):
                subj = next((c for c in comp.children if c.dep_ == "nsubj"), None)
                found = phrase_entities(subj, index) if subj is not None else []
                if found:
                    return found
    for dep in ("dative", "dobj"):
        obj = next((c for c in verb.children if c.dep_ == dep), None)
        if obj is None:
            continue
        found = phrase_entities(obj, index)
        if found:
            return found
        for _, ents in prep_entities(obj, _NOUN_RECIPIENT_PREPS, index):
            return ents
    return []


def _finish(entry: Entry, actor: list[Entity], recipient: list[Entity],
            with_entities: list[Entity], from_subject: bool) -> Roles:
    if entry.swap and recipient and actor and not any(e.country_code for e in recipient):
        recipient = []  # "Kenya hosted the summit": the object is no party, nobody visits
    elif entry.swap:
        actor, recipient = recipient, actor  # "X hosted Y": Y visits
    if entry.reciprocal and entry.category != "COOPERATE":  # a place is where, not who
        partners = [e for e in with_entities + recipient if not e.is_place]
        return Roles(actor + partners, [], from_subject)
    if with_entities and not actor and not entry.swap:
        return Roles(with_entities, recipient, from_subject)
    if with_entities and not recipient:
        recipient = with_entities
    return Roles(actor, recipient, from_subject)


def _noun_roles(trig: Trigger, index: EntityIndex) -> Roles:
    """Roles of a nominal trigger, in named steps.

    1. the nominal's own modifiers: possessor, compound, adjective (:func:`_modifier_roles`);
    2. agents in ``by`` phrases, idioms and passive participles (:func:`_agent_roles`);
    3. the light verb's subject and object (:func:`_governor_roles`);
    4. recipients in prepositional phrases (:func:`_noun_recipients`).
    """
    noun, entry = trig.token, trig.entry
    light = light_noun(noun)  # "Trump's imposition of sanctions": the light noun's owner
    heads = [noun] if trig.governor is None else [noun, trig.governor]
    if light is not None:
        heads.append(light)
    actor, patient = _modifier_roles(trig, light, index)
    actor, patient = _agent_roles(trig, heads, actor, patient, index)
    actor, recipient, from_subject = _governor_roles(trig, actor, patient, index)
    recipient, with_entities = _noun_recipients(entry, heads, recipient, index)
    if not recipient and entry.category in _HOSTILE:
        recipient = _patient_owner(noun, actor, index)
    return _finish(entry, actor, recipient, with_entities, from_subject)


def _patient_owner(noun: Token, actor: list[Entity], index: EntityIndex) -> list[Entity]:
    """Owner of a hostile nominal's patient named by a pronoun: the clause subject.

    "Norway condemned the seizure of its tanker by Iranian forces": the possessive pronoun on
    the ``of`` object is bound by the subject of the clause holding the nominal. Never the
    actor's own country; without a known actor only when that clause is a complaint
    ("Chile denounced the shelling of its embassy"), not a defence ("Algeria defended the
    detention of its critics" names no target).
    """
    own = {e.country_code for e in actor if e.country_code}
    verb = _clause_verb(noun)
    if not own and (verb is None or verb.lemma_.lower() not in _COMPLAINT_VERBS):
        return []
    for _, obj in pobjs(noun, ("of",)):
        found = [e for e in _bound_possessor(obj, index)
                 if e.country_code and e.country_code not in own]
        if found:
            return found
    return []


def _modifier_roles(trig: Trigger, light: Token | None,
                    index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Actor (or patient) from the nominal's possessor, compound or adjective."""
    noun = trig.token
    if trig.governor is None and any(c.dep_ == "poss" and c.lower_ in {"its", "their"}
                                     for c in noun.children):
        actor = _bound_possessor(noun, index)  # "Russia used its Security Council veto"
        if actor:
            return actor, []
    has_of = any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
    lefts = [*noun.lefts, *(light.lefts if light is not None else ())]
    for child in sorted(lefts, key=lambda c: -c.i):
        if child.dep_ not in {"poss", "compound", "amod", "nmod"}:
            continue
        found = phrase_entities(child, index)
        if found and child.dep_ == "poss" and not has_of and _patient_poss(noun):
            return [], found  # "Mhlanga's arrest": the possessor undergoes the act
        if found:
            return found, []
    return [], []


def _agent_roles(trig: Trigger, heads: list[Token], actor: list[Entity],
                 patient: list[Entity], index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Actor from ``by`` phrases ("the expulsion of X by Y"), idioms and participles.

    Appends the passive participle to ``heads`` ("sanctions imposed on X").
    """
    noun, entry = trig.token, trig.entry
    for head in heads:
        for _, found in prep_entities(head, entry.actor_preps, index, deep=False):
            actor = actor or found
    if not actor and "by" in entry.actor_preps:  # "the expulsion of X by Y" (by on X)
        actor = next((found for _, obj in pobjs(noun, ("of",))
                      for _, found in prep_entities(obj, ("by",), index, deep=False)), [])
    idiom_actor, idiom_patient = _adverbial_idiom(noun, index)
    if idiom_patient:
        actor, patient = idiom_actor, idiom_patient
    part = participle(noun)
    if part is not None:  # "an offensive launched by X", "sanctions imposed on X"
        actor = actor or phrase_entities(passive_agent(part), index)
        heads.append(part)
    if not actor and trig.governor is None:
        actor = _bound_possessor(noun, index)
    return actor, patient


def _subject_possessor(verb: Token, index: EntityIndex) -> list[Entity]:
    """Entities of the possessor of ``verb``'s common-noun subject ("Malaysia's plan")."""
    subj = subject_of(verb)
    if subj is None or subj.pos_ != "NOUN":
        return []
    poss = next((c for c in subj.children if c.dep_ == "poss"), None)
    return phrase_entities(poss, index) if poss is not None else []


def _governor_roles(trig: Trigger, actor: list[Entity], patient: list[Entity],
                    index: EntityIndex) -> tuple[list[Entity], list[Entity], bool]:
    """Actor and recipient from the light verb ("launched an attack", "faced sanctions")."""
    recipient, from_subject = patient, False
    if trig.governor is not None:
        subject = subject_entities(trig.governor, index)
        if not subject and not trig.inverse:  # "attacks were carried out by X"
            subject = phrase_entities(passive_agent(trig.governor), index)
        if trig.inverse:  # "Malaysia's plan drew criticism": the plan's owner undergoes it
            recipient = subject or _subject_possessor(trig.governor, index)
        elif not actor:
            actor, from_subject = subject, bool(subject)
        if not recipient and any(r.startswith("governed:") for r in trig.rules):
            recipient = _governed_patient(trig.governor, index)
    elif not actor and trig.entry.category in _COOPERATIVE:
        actor = _clause_subject(trig.token, index)
    elif not actor and trig.entry.category in _ATTITUDES and trig.token.dep_ == "dobj":
        actor = subject_entities(trig.token.head, index)  # "X shared concerns over Y"
    return actor, recipient, from_subject


def _noun_recipients(entry: Entry, heads: list[Token], recipient: list[Entity],
                     index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Recipient from ``to/against/on/...`` phrases; ``with/between`` partners apart."""
    preps = tuple(p for p in (entry.recipient_preps or _NOUN_RECIPIENT_PREPS)
                  if p not in entry.actor_preps)
    if entry.category in _ATTITUDES:  # "concern over X's decision", "anger about"
        preps = (*preps, *_ATTITUDE_PREPS)
    with_entities: list[Entity] = []
    for deep in (False, True):  # a named object of any head before a mention deep inside
        for head in heads:
            for prep, found in prep_entities(head, (*preps, "between"), index, deep=deep):
                if deep and prep in _ATTITUDE_PREPS:
                    continue  # "concern over the violence in Israel" names no target
                if prep == "between" or (prep == "with" and entry.reciprocal):
                    if not deep or not with_entities:
                        with_entities.extend(found)
                elif not recipient:
                    recipient = found
    return recipient, dedupe(with_entities)


#: Categories of stated attitudes whose nominal names its object with "over/about".
_ATTITUDES = frozenset({"ACCUSE", "SUPPORT", "REJECT"})
_ATTITUDE_PREPS = ("over", "about", "regarding")


def _governed_patient(verb: Token, index: EntityIndex) -> list[Entity]:
    """Object or passive subject of a verb ("sentenced X to ...", "X was held in custody")."""
    found = _verb_objects(verb, index)
    if found:
        return found
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    return phrase_entities(passive, index) if passive is not None else []


def _clause_verb(noun: Token) -> Token | None:
    """The verb of the clause in which ``noun`` is an object ("affirmed [their support]")."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in {"dobj", "pobj", "prep", "conj", "appos", "attr"} or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


def _bound_possessor(noun: Token, index: EntityIndex) -> list[Entity]:
    """Actor of a nominal with an unresolved possessive pronoun: the clause subject.

    A possessive pronoun on an object is most often bound by the subject of its clause
    ("the G7 countries affirmed their support", "Europe retaliated with its own tariffs").
    """
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is None or poss.lower_ not in _THIRD_POSSESSIVES or index.at(poss):
        return []
    verb = _clause_verb(noun)
    return subject_entities(verb, index) if verb is not None else []


def _adverbial_idiom(noun: Token, index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Roles of "in support of X", "in protest of X": the clause subject acts on X."""
    head = noun.head
    if noun.dep_ != "pobj" or head.lower_ != "in" or not pobjs(noun, ("of",)):
        return [], []
    patient = [e for _, obj in pobjs(noun, ("of",)) for e in phrase_entities(obj, index)]
    verb = head.head if head.head.pos_ in {"VERB", "AUX"} else None
    return (subject_entities(verb, index) if verb is not None else []), patient


_THIRD_POSSESSIVES = frozenset({"its", "their", "his", "her"})


def _clause_subject(noun: Token, index: EntityIndex) -> list[Entity]:
    """Actor of a bare cooperative nominal in a prepositional phrase ("met during a call")."""
    cur = noun
    for _ in range(4):
        if cur.dep_ not in {"pobj", "prep", "pcomp", "compound"} or cur.head == cur:
            return []
        cur = cur.head
        if cur.pos_ == "VERB":
            return subject_entities(cur, index)
    return []


def roles(trig: Trigger, index: EntityIndex, depth: int = 0) -> Roles:
    """Return the actor and recipient entities of ``trig``.

    A frame with no recipient of its own takes it from its content: the subject of a
    that-clause of a request or accusation ("demanded that Beijing remove them", "alleged
    that the military was behind"), else the recipient of the absorbed event ("threatened
    to use force against North Korea", "refused to lift sanctions on Iran").
    """
    if trig.kind == "adj":
        return _adj_roles(trig, index)
    found = _verb_roles(trig, index) if trig.kind == "verb" else _noun_roles(trig, index)
    if any(_reciprocal_pronoun(e) for e in found.recipient):  # "expelled each other's envoys"
        actor = list(found.actor)
        if not actor and trig.kind == "noun":  # "met after the expulsion of each other's ..."
            actor = _reciprocal_parties(trig.token, index)
        found = Roles(actor, [e for e in found.recipient if not _reciprocal_pronoun(e)],
                      found.from_subject)
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
    about = [e for _, found in prep_entities(adj, _ADJ_PREPS, index, deep=False)
             for e in found]
    if verb is not None and (adj.dep_ == "oprd" or adj.head.lower_ == "as"):
        obj = next((c for c in (*verb.children, *adj.children)  # small clause subject
                    if c.dep_ in {"dobj", "nsubj"} and c != adj and c.i > verb.i), adj)
        actor = subject_entities(verb, index)
        return Roles(actor, phrase_entities(obj, index) or about, bool(actor))
    clause = verb if verb is not None else adj
    if entry.swap:  # the judged subject may be an act with its author ("Kenya's decision")
        return Roles([], phrase_entities(subject_of(clause), index) + about, False)
    subject = subject_entities(clause, index)
    return Roles(subject, about, bool(subject))


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


def _patient_poss(noun: Token) -> bool:
    """Return True for nominalizations whose possessor is the patient ("X's arrest").

    These name an act done to someone ("Maduro's arrest", "Gbagbo's acquittal"); the
    possessor of an agentive nominal is its actor ("Israel's crackdown", "Russia's invasion").
    """
    return noun.lemma_.lower() in PATIENT_NOMINALS


#: Nominalizations whose possessor undergoes the act.
PATIENT_NOMINALS = frozenset({
    "arrest", "detention", "imprisonment", "incarceration", "capture", "internment",
    "killing", "murder", "assassination", "execution", "kidnapping", "abduction", "torture",
    "beating", "release", "deportation", "expulsion", "extradition", "acquittal", "pardon",
    "conviction", "sentencing", "trial", "ouster", "overthrow", "removal", "dismissal",
    "impeachment", "indictment", "prosecution", "exile", "jailing", "rescue", "evacuation",
})
