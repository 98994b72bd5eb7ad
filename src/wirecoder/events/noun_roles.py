"""Actor and recipient of a nominal trigger ("Beijing's opposition", "the expulsion of X by Y").

Possessives and modifiers of a nominalization are its actor, unless the noun names an act
done to its possessor ("Mhlanga's arrest"); ``by`` phrases, participles and light verbs
("launched an attack") give the actor; prepositional phrases the recipient.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .lexicon import Entry
from .phrases import (
    dedupe,
    participle,
    passive_agent,
    phrase_entities,
    pobjs,
    prep_entities,
    subtree_entities,
)
from .subjects import subject_entities, subject_of
from .trigger_words import QUANTIFIERS
from .triggers import Trigger, light_noun
from .verb_roles import (
    COMPLAINT_VERBS,
    COOPERATIVE,
    HOSTILE,
    NOUN_RECIPIENT_PREPS,
    Roles,
    finish,
    verb_objects,
)

__all__ = ["PATIENT_NOMINALS", "names_of_patient", "noun_roles"]

def noun_roles(trig: Trigger, index: EntityIndex) -> Roles:
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
    counted = _quantifier(noun)
    if counted is not None:  # "a wave of arrests by Freedonian police"
        heads.append(counted)
    if trig.governor is None:
        happening = occurrence_verb(counted if counted is not None else noun)
        if happening is not None:  # "fighting erupted between X and Y"
            heads.append(happening)
    actor, patient = _modifier_roles(trig, light, index)
    actor, patient = _agent_roles(trig, heads, actor, patient, index)
    actor, recipient, from_subject = _governor_roles(trig, actor, patient, index)
    recipient, with_entities = _noun_recipients(entry, heads, recipient, index)
    recalled = _recalled_envoy(noun, entry, index)
    if recalled is not None:  # "the recall of Peru's envoy to Chile": Peru recalls
        actor, recipient = actor or recalled[0], recalled[1]
    if _mutual(noun) and actor:  # "traded accusations with X": both accuse
        partners = [e for h in (noun, noun.head) for _, obj in pobjs(h, ("with",))
                    if index.at(obj) for e in phrase_entities(obj, index) if not e.is_place]
        actor = actor + [e for e in partners if e not in actor]
        recipient = [e for e in recipient if e not in partners]
    if not recipient and entry.category in HOSTILE:
        recipient = _patient_owner(noun, actor, index)
    if not actor and entry.category == "PROTEST":  # "protests were held in Ruritania"
        actor = _country_place(heads, index)
    roles = finish(entry, actor, recipient, with_entities, from_subject)
    if (entry.category in _PLACED_HARM and not entry.reciprocal
            and not _coded(roles.actor, roles.recipient)):
        place = _country_place(heads, index, _HARM_PLACE_PREPS)  # "an airstrike in Ruritania"
        if place:
            return Roles([], place, from_subject)
    return roles


#: One-sided attacks whose place names the side that suffers them when no party is named
#: (two-sided fighting has two parties, neither of them the place).
_PLACED_HARM = frozenset({"ASSAULT"})
#: Prepositions that place an attack ("strikes near Zenda", "shelling across the border").
_HARM_PLACE_PREPS = ("in", "near", "across", "along", "outside", "inside")
#: Prepositions of an attack's target, inside which its place may be named.
_TARGET_PREPS = ("on", "against", "at")


#: Envoys whose recall or withdrawal is a diplomatic sanction by their own state.
_ENVOYS = frozenset({"ambassador", "envoy", "diplomat", "consul", "commissioner", "attache",
                     "chargé", "charge", "emissary"})


def _recalled_envoy(noun: Token, entry: Entry,
                    index: EntityIndex) -> tuple[list[Entity], list[Entity]] | None:
    """Recaller and host of a recalled envoy ("the recall of Peru's envoy to Chile").

    The envoy is the recaller's own: its state (possessor or nationality) is the actor when
    no possessor, ``by`` phrase or light verb named one, and the state it was posted ``to``
    or recalled ``from`` is the recipient (round 24 review: the parse hangs "to Chile" on
    the recall, and the envoy read as recipient left the chooser to make Chile the actor).
    None when the noun is no recall or withdrawal of an envoy.
    """
    if entry.mode != "withdraw" or noun.lemma_.lower() not in {"recall", "withdrawal"}:
        return None
    envoy = next((obj for _, obj in pobjs(noun, ("of",))
                  if obj.lemma_.lower() in _ENVOYS or obj.lower_ in _ENVOYS), None)
    if envoy is None:
        return None
    own = [e for e in phrase_entities(envoy, index) if not e.is_place]
    codes = {e.country_code for e in own if e.country_code}
    hosts = [e for head in (noun, envoy) for _, obj in pobjs(head, ("to", "from"))
             for e in phrase_entities(obj, index) if e.country_code not in codes]
    return own, dedupe(hosts)


def _coded(*groups: tuple[Entity, ...]) -> bool:
    return any(e.country_code for group in groups for e in group)


#: Verbs that only say an event happened ("fighting erupted", "clashes broke out", "protests
#: were reported"): their prepositional phrases belong to the event noun that is their subject.
OCCURRENCE_VERBS = frozenset({
    "erupt", "break", "flare", "rage", "continue", "resume", "intensify", "escalate", "occur",
    "begin", "start", "spread", "persist", "subside", "happen", "take", "report", "unfold"})


def _quantifier(noun: Token) -> Token | None:
    """The quantifier noun whose ``of`` phrase holds ``noun`` ("a wave of arrests").

    The parse hangs the event's own phrases on the quantifier: "a wave of arrests by
    Freedonian police", "a series of attacks on army posts".
    """
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTIFIERS:
        return head.head
    return None


def occurrence_verb(noun: Token) -> Token | None:
    """The verb that only tells that ``noun`` happened, when the noun is its subject.

    "Heavy fighting erupted between A and B", "clashes broke out between A and B", "protests
    were held in Ruritania", "talks took place in Strelsau": the parse hangs the event's
    "between/in" phrase on the verb. "take" counts only as "take place", "break" only as
    "break out".
    """
    verb = noun.head
    if noun.dep_ not in {"nsubj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return None
    lemma = verb.lemma_.lower()
    if lemma not in OCCURRENCE_VERBS:
        return None
    parts = {c.lower_ for c in verb.children if c.dep_ in {"prt", "dobj", "prep", "advmod"}}
    if lemma == "break" and "out" not in parts:
        return None
    if lemma == "take" and "place" not in parts:
        return None
    return verb


def _country_place(heads: list[Token], index: EntityIndex,
                   preps: tuple[str, ...] = ("in",)) -> list[Entity]:
    """The country of the place an event noun happens in (the first one resolved).

    Protesters named only by where they march are that country's people ("Protests were
    held in Ruritania", "protests in Freedonian towns"); a one-sided attack that names no
    party targets the country it strikes ("strikes near Zenda", "an attack on a base in
    Strelsau": the place may sit inside the target phrase). Only a place resolved to a
    country.
    """
    targets = [obj for head in heads for _, obj in pobjs(head, _TARGET_PREPS)]
    for head in [*heads, *targets]:
        for _, obj in pobjs(head, preps):
            places = [e for e in (*phrase_entities(obj, index), *subtree_entities(obj, index))
                      if e.country_code]
            if places:  # "near Benghazi in Libya": the first mention with a country
                return places[:1]
    return []


#: Light verbs of a two-way act: "traded accusations", "exchanged threats" (events guideline:
#: mutual accusations are reciprocal, every party an actor).
_MUTUAL_VERBS = frozenset({"trade", "exchange", "swap"})


def _mutual(noun: Token) -> bool:
    """Whether the nominal is the object of a verb of exchange ("traded barbs with X")."""
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MUTUAL_VERBS


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
    if not own and (verb is None or verb.lemma_.lower() not in COMPLAINT_VERBS):
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
    has_of = names_of_patient(noun)
    lefts = [*noun.lefts, *(light.lefts if light is not None else ())]
    for child in sorted(lefts, key=lambda c: -c.i):
        if child.dep_ not in {"poss", "compound", "amod", "nmod"}:
            continue
        if _speaker_own(trig, child, index):
            continue  # "The Secretary expressed his thanks": "his" is the one who expresses
        found = phrase_entities(child, index)
        if found and child.dep_ == "poss" and not has_of and _patient_poss(noun):
            return [], found  # "Mhlanga's arrest": the possessor undergoes the act
        if found:
            return found, []
    return [], []


#: Light verbs (:data:`~wirecoder.events.trigger_words.LIGHT_VERBS`) by which a speaker
#: gives their own feeling or stance ("expressed his sympathies", "extended her thanks",
#: "reiterated their support"): a possessive pronoun on the noun is the speaker. "offer",
#: "convey" and "relay" are no light verbs: "offered his condolences" is not read here.
_EXPRESSING_VERBS = frozenset({"express", "voice", "extend", "reiterate", "renew", "reaffirm",
                               "restate", "deliver", "give"})
#: Possessive pronouns that stand for a person or group named elsewhere.
_PERSONAL_POSSESSIVES = frozenset({"his", "her", "their", "my", "our"})


def _speaker_own(trig: Trigger, child: Token, index: EntityIndex) -> bool:
    """Whether ``child`` is the possessive pronoun of the speaker of an expressing verb.

    "The Secretary expressed his gratitude to the minister": the pronoun is bound
    by the subject of "expressed", who is the actor; the actors stage may have resolved it
    to the last person named (the minister). Only when the verb's subject itself
    resolves to an entity (a readout's "he" the actors stage could not resolve keeps the
    pronoun's own resolution).
    """
    verb = trig.governor
    return (verb is not None and child.dep_ == "poss"
            and child.lower_ in _PERSONAL_POSSESSIVES
            and any(r.startswith("light:") for r in trig.rules)
            and verb.lemma_.lower() in _EXPRESSING_VERBS
            and bool(subject_entities(verb, index)))


#: Participles that say where a request or a message comes from ("a request coming from X").
_ORIGIN_VERBS = frozenset({"come", "originate", "emanate"})


def _agent_roles(trig: Trigger, heads: list[Token], actor: list[Entity],
                 patient: list[Entity], index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Actor from ``by`` phrases ("the expulsion of X by Y"), idioms and participles.

    Appends the passive participle to ``heads`` ("sanctions imposed on X").
    """
    noun, entry = trig.token, trig.entry
    for head in heads:
        for _, found in prep_entities(head, entry.actor_preps, index, deep=False):
            actor = actor or found
    if not actor and "from" in entry.actor_preps:  # "a request coming from X" (round 22)
        actor = next((found for origin in noun.children
                      if origin.dep_ == "acl" and origin.lemma_.lower() in _ORIGIN_VERBS
                      for _, found in prep_entities(origin, ("from",), index, deep=False)), [])
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
            recipient = _governed_patient(trig.governor, trig.token, index)
    elif not actor and trig.entry.category in COOPERATIVE:
        actor = _clause_subject(trig.token, index)
    elif not actor and trig.entry.category in _ATTITUDES and trig.token.dep_ == "dobj":
        actor = subject_entities(trig.token.head, index)  # "X shared concerns over Y"
    return actor, recipient, from_subject


def _noun_recipients(entry: Entry, heads: list[Token], recipient: list[Entity],
                     index: EntityIndex) -> tuple[list[Entity], list[Entity]]:
    """Recipient from ``to/against/on/...`` phrases; ``with/between`` partners apart."""
    preps = tuple(p for p in (entry.recipient_preps or NOUN_RECIPIENT_PREPS)
                  if p not in entry.actor_preps)
    if entry.category in _ATTITUDES:  # "concern over X's decision", "anger about"
        preps = (*preps, *_ATTITUDE_PREPS)
    with_entities: list[Entity] = []
    for deep in (False, True):  # a named object of any head before a mention deep inside
        for head in heads:
            for prep, found in prep_entities(head, (*preps, "between"), index, deep=deep):
                if deep and prep in _ATTITUDE_PREPS and not _state_of_affairs(head, prep):
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


#: Nouns of a state of affairs: "concern over the situation in X" is about X itself
#: (recipients round 12), unlike an act ("the violence in X"), whose agents are not named.
_SITUATIONS = frozenset({"situation", "crisis", "conditions", "developments", "turmoil",
                         "unrest", "instability"})


def _state_of_affairs(head: Token, prep: str) -> bool:
    """Whether ``head``'s ``prep`` phrase names a state of affairs ("concern over the crisis")."""
    return any(obj.lemma_.lower() in _SITUATIONS or obj.lower_ in _SITUATIONS
               for word, obj in pobjs(head, (prep,)) if word == prep)


def _governed_patient(verb: Token, noun: Token, index: EntityIndex) -> list[Entity]:
    """Object or passive subject of a verb ("sentenced X to ...", "X was held in custody").

    Mentions inside the trigger noun's own phrase are not its patient: when the noun is the
    verb's object ("we offer our condolences to ..."), its possessor is the actor, and the
    recipient is left to the prepositional phrases (round 20).
    """
    lo, hi = noun.left_edge.idx, noun.right_edge.idx + len(noun.right_edge)
    found = [e for e in verb_objects(verb, index) if not (lo <= e.start and e.end <= hi)]
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


#: Entity types of an "of" object that is a span or amount, not the act's patient ("the
#: sailors' arrest of last week", "the activist's detention of more than two years").
_NO_PARTY_ENTS = frozenset({"DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY",
                            "ORDINAL"})


def names_of_patient(noun: Token) -> bool:
    """Return True when the nominal names its patient in an "of" phrase.

    "China's detention of a fisherman": the "of" object undergoes the act (so the
    possessor did it). An "of" object that is a time span or an amount ("the sailors'
    arrest of last week", "his detention of more than two years") names no patient (round 18
    review).

    Args:
        noun: The nominal token ("detention").
    """
    return any(obj.dep_ == "pobj" and obj.ent_type_ not in _NO_PARTY_ENTS
               and obj.pos_ in {"NOUN", "PROPN", "PRON"}
               for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
               for obj in prep.children)


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
