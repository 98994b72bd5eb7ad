"""Actor and recipient of a verb trigger, read from the dependency parse.

Subjects (or ``by`` agents of passives) are actors; objects and ``to/against/on/with``
phrases are recipients (:func:`verb_roles`). Also the pieces the nominal and frame rules
share: the :class:`Roles` record, :func:`finish` (swaps, reciprocal acts) and
:func:`verb_objects`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .lexicon import Entry
from .modifiers import SPEECH_VERBS
from .phrases import dedupe, entity_key, passive_agent, phrase_entities, pobjs, prep_entities
from .subjects import subject_entities
from .triggers import Trigger

__all__ = ["COMPLAINT_VERBS", "COOPERATIVE", "HOSTILE", "NOUN_RECIPIENT_PREPS", "Roles",
           "borrowed_patient", "finish", "passive_patient", "reduced_relative", "verb_objects",
           "verb_roles"]

_VERB_RECIPIENT_PREPS = ("against", "to", "with", "on", "toward", "towards", "at", "into")
NOUN_RECIPIENT_PREPS = ("to", "against", "on", "with", "toward", "towards", "at", "between",
                         "for")
#: Verbs whose direct object is a topic, not a participant ("discussed Taiwan").
_TOPIC_VERBS = frozenset({"discuss", "negotiate", "debate", "address", "raise", "consider"})
COOPERATIVE = frozenset({"CONSULT", "AGREE", "COOPERATE", "SUPPORT"})


class Roles:
    """Actor and recipient entities found for one trigger."""

    def __init__(self, actor: list[Entity], recipient: list[Entity], from_subject: bool) -> None:
        self.actor = tuple(dedupe(actor))
        keys = {entity_key(e) for e in self.actor}
        self.recipient = tuple(e for e in dedupe(recipient) if entity_key(e) not in keys)
        self.from_subject = from_subject


def verb_roles(trig: Trigger, index: EntityIndex) -> Roles:
    """Return the actor and recipient of a verb trigger (subject, objects, phrases)."""
    verb, entry = trig.token, trig.entry
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children) or (
        verb.dep_ == "acl" and verb.tag_ == "VBN"  # "a meeting requested by Japan"
        and not any(c.dep_ == "nsubj" for c in verb.children)) or (  # "that Kyiv had agreed"
        _shared_passive(verb)) or (  # "were arrested and later deported by X"
        reduced_relative(verb) and entry.category != "MOBILIZE")  # "troops deployed": a state
    if passive:
        actor = phrase_entities(passive_agent(verb), index)
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if entry.category != "MOBILIZE":  # "troops stationed at X": what moves, no target
            patient = passive_patient(verb)
        recipient = phrase_entities(patient, index)
        actor, recipient = _mobilized_owner(entry, actor, recipient)
    else:
        actor = subject_entities(verb, index)
        topic = verb.lemma_.lower() in _TOPIC_VERBS and entry.category == "CONSULT"
        recipient = [] if topic else verb_objects(verb, index)
        recipient = _given_to(verb, entry, actor, recipient, index)
        if entry.category == "MOBILIZE":
            recipient = _mobilize_target(actor, recipient)
        elif not recipient and entry.category in HOSTILE:
            recipient = _speaker_possessor(verb, index, actor)
    preps = _recipient_preps(entry)
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
    if not passive and not entry.reciprocal:
        actor, recipient = _joint_agreement(verb, entry, actor, recipient, index)
    if entry.category == "MOBILIZE" or (entry.category, entry.mode) == ("RETREAT", "withdraw"):
        # a show of force aims at another state, never its own; a party pulling back inside
        # its own country withdraws from no other party (military moves round 12)
        own = {e.country_code for e in actor if e.country_code}
        recipient = [e for e in recipient if e.country_code not in own]
    entry = _directed_fight(verb, entry, actor, index, passive)  # "rebels fought the army"
    return _finish_verb(entry, actor, recipient, with_entities)


def _finish_verb(entry: Entry, actor: list[Entity], recipient: list[Entity],
                 with_entities: list[Entity]) -> Roles:
    """:func:`finish` for a verb; a charge in the verb judges its doer (round 19).

    "X committed abuses against Y", "X violated the truce": the speaker judges the doer,
    who is the recipient (the judge is found in the events stage); the act's victims and
    objects are not accused.
    """
    if entry.swap and entry.category == "ACCUSE":
        return Roles([], actor, False)
    return finish(entry, actor, recipient, with_entities, from_subject=bool(actor))


def _directed_fight(verb: Token, entry: Entry, actor: list[Entity], index: EntityIndex,
                    passive: bool) -> Entry:
    """Fighting inside one country with a party as object ("rebels battled the army").

    Returns the entry, made non-reciprocal (actor → recipient) for such a verb.

    Two-sided fighting is joint (guideline decision 17, round 17): "X and Y clashed", "X
    fought with Y", "X battled Y" between two states stay reciprocal. Only when every
    country of the object party is one of the subject's, or the subject names no country
    (rebels against their own government, two domestic factions), does the transitive verb
    name who fights whom, as the development golds code it (a joint reading would be a
    self-loop). An object that is
    no party keeps the joint reading ("Ruritania and Freedonia fought a short river war").
    """
    if entry.category != "ASSAULT" or not entry.reciprocal or passive:
        return entry
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lower_ in {"each", "one"}:  # "fought each other / one another"
        return entry
    target = {e.country_code for e in phrase_entities(obj, index) if not e.is_place}
    own = {e.country_code for e in actor if e.country_code}
    if target and (not own or target <= own):
        return replace(entry, reciprocal=False)
    return entry


def _recipient_preps(entry: Entry) -> tuple[str, ...]:
    """The verb's recipient prepositions; talks are held "on" a topic, never with it."""
    preps = entry.recipient_preps or _VERB_RECIPIENT_PREPS
    return tuple(p for p in preps if p != "on") if entry.category == "CONSULT" else preps


#: Nouns of talk (CONSULT) whose "on" phrase is their topic ("Freedonia hosted a forum on
#: Ruritania"). Documents ("report", "statement", "resolution") are not talk: their "on"
#: phrase names whom a judgement of them is about ("condemned the report on Ruritania's
#: programme" keeps Ruritania as recipient).
_TALK_NOUNS = frozenset({"discussion", "debate", "conference", "meeting", "session", "talks",
                         "consultation", "consultations", "dialogue", "briefing", "hearing",
                         "seminar", "forum", "summit"})


def reduced_relative(verb: Token) -> bool:
    """A participle the parse made the main verb of its noun ("officers arrested ... were sent").

    A past participle with a subject but no auxiliary cannot head a clause: when a verb
    coordinated after it carries the sentence, it modifies its "subject", which undergoes it.
    """
    if verb.tag_ != "VBN" or verb.dep_ != "ROOT" or any(
            c.dep_ in {"aux", "auxpass", "nsubjpass"} for c in verb.children):
        return False
    if any(c.dep_ == "cc" for c in verb.children):
        return False  # "X detained Y and sent Z home": a real coordination
    return any(c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "conj" and c.pos_ in {"VERB", "AUX"} and c.i > verb.i
        and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
        for c in verb.children)


def _shared_passive(verb: Token) -> bool:
    """A bare past participle sharing the passive of the clause it joins or is attached to.

    "were arrested and later deported by X", "were expelled, accused of spying". Only a past
    participle with no subject or auxiliary of its own.
    """
    if verb.tag_ != "VBN" or verb.dep_ not in {"conj", "advcl"} or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"}
            or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in verb.children):
        return False  # "when attacked", "if convicted": a condition, not an act
    head = verb.head
    if verb.dep_ == "conj":
        return any(c.dep_ in {"nsubjpass", "auxpass"} for c in head.children)
    return (head.pos_ in {"VERB", "AUX"} and verb.i > head.i  # "Asked by VOA, X said": a
            and not any(c.dep_ == "dobj" for c in head.children))  # frame, not a new act


def borrowed_patient(verb: Token) -> bool:
    """Whether a passive participle takes its patient from the noun or clause it joins.

    "the Chilean soldiers killed in the clash", "were arrested and later deported", "remain in
    custody, accused of ..." (:func:`passive_patient`); not a verb with a passive subject of
    its own.
    """
    if any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    return passive_patient(verb) is not None


#: Verbs that undo a past sanction: their object's participle tells its past, not a new act.
_UNDOING_VERBS = frozenset({"pardon", "amnesty", "acquit", "exonerate", "commute"})


def passive_patient(verb: Token, depth: int = 0) -> Token | None:
    """Who undergoes a passive verb: its passive subject, else what its participle shares.

    "X was detained": X. A participle modifying a noun undergoes it ("the Chilean soldiers
    killed in the clash", "activists being held"); a participle coordinated with a passive
    shares its subject ("were arrested and later deported"); a participial adjunct of an
    intransitive or passive clause says it of that clause's subject ("the activists remain in
    custody, accused of ...").
    """
    own = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if own is not None or depth > 3:
        return own
    if reduced_relative(verb):
        return next(c for c in verb.children if c.dep_ == "nsubj")
    head = verb.head
    if head == verb:
        return None
    if verb.dep_ == "acl" and verb.tag_ == "VBN" and head.pos_ in {"NOUN", "PROPN", "PRON"}:
        undone = head.dep_ == "dobj" and head.head.lemma_.lower() in _UNDOING_VERBS
        return None if undone else head  # "pardoned the strikers convicted of": their past
    if not _shared_passive(verb):
        return None
    if verb.dep_ == "conj":
        return passive_patient(head, depth + 1)
    return next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


#: Hostile acts whose object's possessive pronoun is seldom the actor's own ("shelled its").
HOSTILE = frozenset({"ASSAULT", "COERCE", "THREATEN", "SANCTION"})
#: Verbs whose subject complains of an act done to it ("condemned the shelling of its embassy").
COMPLAINT_VERBS = frozenset({"condemn", "denounce", "protest", "deplore", "decry", "criticize",
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


def _mobilized_owner(entry: Entry, actor: list[Entity],
                     patient: list[Entity]) -> tuple[list[Entity], list[Entity]]:
    """In a passive MOBILIZE with no agent, the owner of what moved is the actor.

    "Ruritanian troops were deployed to the border", "Ruritanian vessels were spotted near
    the islands": the units belong to the party that moves them (issue 9, military moves
    round 12); a shadowed or buzzed ship (``mobilize.shadow``) is the target instead.
    """
    if entry.category != "MOBILIZE" or actor or entry.id == "mobilize.shadow":
        return actor, patient
    return patient, []


def _mobilize_target(actor: list[Entity], objects: list[Entity]) -> list[Entity]:
    """The object of a MOBILIZE verb is a recipient only when it belongs to another country.

    What is mobilized is no recipient ("put its forces on alert", "deployed troops"); a
    foreign ship or plane that is shadowed or buzzed is ("shadowed a British warship").
    """
    own = {e.country_code for e in actor if e.country_code}
    return [e for e in objects if e.country_code and e.country_code not in own and own]


#: Categories whose object names what is given or backed ("pledged U.S. support for X").
_GIVING = frozenset({"AGREE", "SUPPORT", "AID", "COOPERATE"})
#: Prepositions that name who receives what a giving object gives ("support for X").
_GIVEN_TO_PREPS = ("for", "to", "with")
#: Dependencies of the modifiers that say whose the given thing is ("U.S. support").
_GIVER_DEPS = frozenset({"compound", "amod", "poss", "nmod"})


def _given_to(verb: Token, entry: Entry, actor: list[Entity], recipient: list[Entity],
              index: EntityIndex) -> list[Entity]:
    """The receiver of a given thing, not the giver its modifier names (round 18).

    "pledged continued U.S. support for Iraq", "offered German assistance to Jordan": the
    object of a pledge, offer or backing is a thing whose modifier says whose it is (the
    giver's side) and whose ``for`` / ``to`` / ``with`` phrase (or the verb's ``to`` / ``for``
    phrase: "offered Japanese assistance to X") says who gets it. When every
    object entity comes from such a modifier (the object noun is no mention itself), the
    modifier is the actor's own side (its countries are all the actor's) and the object
    has such a phrase naming another party with a country, that party is the recipient.
    Another side's modifier stays the recipient ("welcomed Kenya's support for X" is
    about Kenya); hostile and verbal categories keep their reading ("condemned Russian
    attacks on X" accuses Russia).
    """
    own = {e.country_code for e in actor if e.country_code}
    if entry.category not in _GIVING or not recipient or not own:
        return recipient
    if any(e.country_code not in own for e in recipient):
        return recipient
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or index.at(obj):
        return recipient
    mods = {entity_key(e) for c in obj.children if c.dep_ in _GIVER_DEPS
            for e in phrase_entities(c, index)}
    if not mods or any(entity_key(e) not in mods for e in recipient):
        return recipient
    phrases = [*prep_entities(obj, _GIVEN_TO_PREPS, index),  # "U.S. support for X"
               *prep_entities(verb, ("to", "for"), index, deep=False)]  # "offered it to X"
    for _, found in phrases:
        receivers = [e for e in found if e.country_code and e.country_code not in own
                     and entity_key(e) not in mods]  # another party: not the giver's side
        if receivers:
            return receivers
    return recipient


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


#: Verbs of agreeing and signing whose ``with`` partner is a party to the same agreement.
_AGREEMENT_VERBS = frozenset({"agree", "sign", "ratify", "initial", "conclude"})
#: Object modifiers that make one side's agreements its own ("signed separate deals with").
_SEPARATE = frozenset({"separate", "individual", "bilateral"})


def _joint_agreement(verb: Token, entry: Entry, actor: list[Entity], recipient: list[Entity],
                     index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Partners of an agreement made "with" a party join the actor (events guideline).

    "Chile agreed with Peru to reopen the border", "Ghana signed a trade deal with Togo":
    an agreement binds both sides, as "reached a deal with Togo" (a reciprocal entry)
    already says, so the partner is an actor and the recipient stays empty. Only parties
    with a country count (not places, not "agreed with the proposal"); "signed separate
    agreements with Brazil" keeps Brazil as the recipient of each side's act. A place is
    where an agreement is signed, never its recipient ("signed the accord in Strelsau", the
    Ruritanian capital).
    """
    lemma = verb.lemma_.lower()
    if (not actor or lemma not in _AGREEMENT_VERBS
            or entry.category != ("AGREE" if lemma == "agree" else "SUPPORT")):
        return actor, recipient  # "agreed with the U.S. proposal" is SUPPORT: an endorsement
    recipient = [e for e in recipient if not e.is_place]  # "signed it in Strelsau"
    holders = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
    if any(m.lower_ in _SEPARATE for h in holders[1:] for m in h.children if m.dep_ == "amod"):
        return actor, recipient
    partners = [e for h in holders for _, obj in pobjs(h, ("with",)) if index.at(obj)
                for e in phrase_entities(obj, index)]
    if not partners or any(e.is_place or not e.country_code for e in partners):
        return actor, recipient
    keys = {entity_key(e) for e in partners}
    if not keys & {entity_key(e) for e in recipient}:
        return actor, recipient  # the partner is not what the rules chose ("agreed with X's plan")
    return actor + partners, [e for e in recipient if entity_key(e) not in keys]


def _object_partners(verb: Token, index: EntityIndex) -> list[Entity]:
    """Partners the parse hung on the object: "discussed the war with Chancellor Scholz"."""
    for obj in verb.children:
        if obj.dep_ == "dobj" and not index.at(obj):
            for _, found in prep_entities(obj, ("with",), index, deep=False):
                return found
    return []


#: Verbs whose object is also the subject of a bare infinitive ("helped Mauritius build").
_BARE_CONTROL = frozenset({"help", "assist", "let", "make"})


def verb_objects(verb: Token, index: EntityIndex) -> list[Entity]:
    """Return the entities of a verb's indirect or direct object (or a phrase on it)."""
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
        preps = tuple(p for p in NOUN_RECIPIENT_PREPS if p != "on" or obj.lemma_.lower()
                      not in _TALK_NOUNS)
        for _, ents in prep_entities(obj, preps, index):
            return ents
    return _called_person(verb, index)


#: Verbs of a phone call: "called Minister X to thank him".
_CALL_VERBS = frozenset({"call", "phone", "telephone"})


def _called_person(verb: Token, index: EntityIndex) -> list[Entity]:
    """The person called when the parse makes it a predicate: "called Minister X to offer".

    Before a to-infinitive the small model often reads the person called as an object
    predicate (``oprd``, as in "called the raid piracy"); only with the infinitive of the
    call's purpose on the verb is it the other side of the call (round 23, evgov23).
    """
    if verb.lemma_.lower() not in _CALL_VERBS or not any(
            c.dep_ in {"xcomp", "advcl"} and any(a.dep_ == "aux" and a.tag_ == "TO"
                                                 for a in c.children)
            for c in verb.children):
        return []
    obj = next((c for c in verb.children if c.dep_ == "oprd"), None)
    return phrase_entities(obj, index) if obj is not None else []


def finish(entry: Entry, actor: list[Entity], recipient: list[Entity],
           with_entities: list[Entity], from_subject: bool) -> Roles:
    """Return the roles after swaps ("X hosted Y") and reciprocal acts (all are actors).

    A reciprocal cooperation ("joint exercises", events guideline) takes its ``with``
    partners as actors and keeps any other recipient ("joint patrols with X against Y").
    """
    if entry.swap and recipient and actor and not any(e.country_code for e in recipient):
        recipient = []  # "Kenya hosted the summit": the object is no party, nobody visits
    elif entry.swap:
        actor, recipient = recipient, actor  # "X hosted Y": Y visits
    if entry.reciprocal and entry.category != "COOPERATE":  # a place is where, not who
        partners = [e for e in with_entities + recipient if not e.is_place]
        return Roles(actor + partners, [], from_subject)
    if entry.reciprocal and with_entities:  # "held joint drills with X": X drills too
        partners = [e for e in with_entities if not e.is_place]
        keys = {entity_key(e) for e in partners}
        return Roles(actor + partners, [e for e in recipient if entity_key(e) not in keys],
                     from_subject)
    if with_entities and not actor and not entry.swap:
        return Roles(with_entities, recipient, from_subject)
    if with_entities and not recipient:
        recipient = with_entities
    return Roles(actor, recipient, from_subject)
