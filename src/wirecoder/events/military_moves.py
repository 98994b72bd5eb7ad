"""Readings of military moves the lexicon alone gets wrong (issue 9, military moves round 12).

Two codebook rules about MOBILIZE that depend on the clause around the trigger:

- *Preparing an offensive is the move, not the attack* (PLOVER MOBILIZE: "all military or
  police moves that fall short of the actual use of force", "military readiness"): an attack
  noun that a party prepares ("is preparing an offensive", "readied a ground assault") or
  plans as a campaign ("is planning a spring offensive") is coded MOBILIZE
  `troops`, happening now (``future=false``). A plot of a single attack or bombing stays a
  future ASSAULT, as before (:func:`wirecoder.events.state_senses.planned_object`).
- *Forces mobilized for disaster relief are AID* (MOBILIZE ambiguities): a deployment whose
  purpose clause or "for" phrase names a natural disaster or relief work.
- *Forces sent to help, rescue or protect people are AID* (events guideline 12: "rescues of
  hostages or passengers, and forces deployed for disaster relief or for peacekeeping
  protection, are AID"; round 21, which found round 12's reading — rescues stay a move —
  against the guideline and the development golds): a "to" infinitive of help, assist,
  rescue, protect or aid on the deploying verb or its object. "Protect" is AID only when
  its object is people (civilians, refugees, residents, aid workers …) who are not the
  sender's own (round 21 review): guarding a place, a city, a thing ("shipping", "the oil
  fields", "its interests") or the sender's own soldiers or nationals abroad stays
  MOBILIZE, and so does a purpose that is also a fight ("to drive out the insurgents and
  guard the villages", "to help X defeat Y") or one that supports an operation.
"""

from __future__ import annotations

from spacy.tokens import Token

from .modifiers import PREPARING_VERBS

__all__ = ["prepared_offensive", "protection_deployment", "relief_deployment"]

#: Attack nouns that name a military campaign, not a single strike.
_CAMPAIGN_NOUNS = frozenset({"offensive", "counteroffensive", "counter-offensive", "invasion",
                             "incursion", "operation", "campaign", "assault", "push"})
#: Words of a purpose's object or setting that make a deployment disaster relief (codebook:
#: AID). Evacuating is no such word: forces also evacuate an embassy; what they evacuate
#: or where must name the disaster (people rescued, helped or protected are read by
#: :func:`protection_deployment`).
_RELIEF_WORDS = frozenset({
    "flood", "flooding", "floods", "earthquake", "quake", "tsunami", "cyclone", "hurricane",
    "typhoon", "storm", "wildfire", "wildfires", "landslide", "mudslide", "drought",
    "disaster", "relief", "survivor", "survivors",
    "flood-hit", "quake-hit", "storm-hit", "earthquake-hit",
})
#: Verbs of a purpose clause under a deployment ("to help", "to assist").
_PURPOSE_VERBS = frozenset({"help", "assist", "aid", "support", "rescue", "evacuate",
                            "deliver", "distribute", "clear", "rebuild", "fight", "battle",
                            "respond", "provide"})


def _preparing_verb(noun: Token) -> Token | None:
    """The verb that prepares or plans ``noun`` (its direct object, or a conjunct of one)."""
    head = noun.head
    if noun.dep_ not in {"dobj", "conj"}:
        return None  # "preparing for a counter-attack" may brace for the other side's
    if noun.dep_ == "conj":  # "preparing a ground operation and an air offensive"
        return _preparing_verb(head) if head.pos_ == "NOUN" else None
    return head if head.pos_ == "VERB" else None


def prepared_offensive(token: Token, category: str) -> bool:
    """Whether an attack noun is an offensive being prepared, so the act is a MOBILIZE.

    Args:
        token: The trigger token of the draft.
        category: The draft's PLOVER category; only ASSAULT is read.

    Returns:
        True for the object of "prepare / ready" and for a campaign noun ("offensive",
        "invasion", "operation" …) planned by "plan".
    """
    if category != "ASSAULT" or token.pos_ != "NOUN":
        return False
    verb = _preparing_verb(token)
    if verb is None:
        return False
    lemma = verb.lemma_.lower()
    if lemma in PREPARING_VERBS:
        return True
    # of the planning verbs only "plan" makes a campaign a move ("considering an offensive"
    # weighs it, still a future act)
    return lemma == "plan" and token.lemma_.lower() in _CAMPAIGN_NOUNS


def relief_deployment(token: Token, category: str) -> bool:
    """Whether a MOBILIZE verb sends forces for disaster relief (codebook: AID).

    Args:
        token: The trigger token of the draft.
        category: The draft's PLOVER category; only a MOBILIZE verb is read.

    Returns:
        True when a purpose clause ("to help flood victims") or a "for" phrase ("for
        earthquake relief") of the verb names a disaster or relief work, or when forces are
        sent to help, rescue or protect people (:func:`protection_deployment`).
    """
    if category != "MOBILIZE" or token.pos_ != "VERB":
        return False
    for child in token.children:
        purpose = child.dep_ in {"xcomp", "advcl"} and child.lemma_.lower() in _PURPOSE_VERBS
        if not purpose and not (child.dep_ == "prep" and child.lower_ == "for"):
            continue
        # the purpose's object and setting, not its verb: "to rescue hostages" is no relief
        context = [t for t in child.subtree if t is not child]
        words = {t.lower_ for t in context} | {t.lemma_.lower() for t in context}
        if words & _RELIEF_WORDS:
            return True
    return protection_deployment(token)


#: Verbs of a relief or protection purpose (the infinitive after a deployment).
#: "evacuate" is left out: forces evacuating an embassy's staff stay a move (round 12).
_PROTECTION_VERBS = frozenset({"help", "assist", "rescue", "protect", "aid"})
#: People whose protection by foreign forces is AID (guideline 12: "peacekeeping
#: protection"). Guarding a place, a thing ("shipping", "the oil fields", "its interests") or
#: anyone else (troops, settlers, a state's own citizens abroad) stays MOBILIZE (round 21
#: review): the list allows, it does not exclude.
_PROTECTED_PEOPLE = frozenset({
    "civilian", "civilians", "resident", "residents", "population", "populace", "people",
    "refugee", "refugees", "villager", "villagers", "displaced", "family", "families",
    "pilgrim", "pilgrims", "worker", "workers", "hostage", "hostages", "passenger",
    "passengers", "victim", "victims", "survivor", "survivors", "evacuee", "evacuees",
    "child", "children", "woman", "women", "minority", "minorities",
    # a government or leader protected at its request (pool golds: AID)
    "government", "president", "leader", "minister", "premier",
})
#: Possessives that make the protected people the sender's own ("its citizens abroad").
_OWN = frozenset({"its", "their", "his", "her", "our"})
#: Fighting words: helping a party fight, or supporting an operation, is military help.
_FIGHTING = frozenset({
    "defeat", "fight", "attack", "combat", "battle", "repel", "retake", "recapture", "crush",
    "destroy", "counter", "confront", "deployment", "operation", "offensive", "campaign",
    "war", "assault", "strike", "invasion", "push", "drive", "oust", "expel", "flush",
})
#: Dependencies of a purpose infinitive on the deploying verb or its object.
_PURPOSE_DEPS = frozenset({"advcl", "xcomp", "acl", "relcl"})


def _purposes(token: Token) -> list[Token]:
    """The "to"-infinitives hanging on ``token`` or on one of its own dependents."""
    heads = [token, *(c for c in token.children if c.dep_ in {"dobj", "nsubjpass", "prep",
                                                              "npadvmod", "pobj"})]
    heads += [g for h in heads if h.dep_ == "prep" for g in h.children if g.dep_ == "pobj"]
    out = []
    for head in heads:
        for child in head.children:
            if (child.dep_ in _PURPOSE_DEPS and child.pos_ == "VERB"
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in child.children)):
                out.append(child)
                out.extend(c for c in child.children if c.dep_ == "conj" and c.pos_ == "VERB")
    return out


def protection_deployment(token: Token) -> bool:
    """Whether a verb sends forces to help, rescue or protect people (guideline 12, round 21).

    Args:
        token: The trigger of a MOBILIZE draft (a verb: "sent", "deployed", "dispatched").

    Returns:
        True when a purpose infinitive of help, assistance or rescue names no operation or
        fight, or when one of protection names people (:data:`_PROTECTED_PEOPLE`, or a
        person's full name: the parser tags a lone "Kyiv" PERSON) who are not the sender's own.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    purposes = _purposes(token)
    if any(v.lemma_.lower() in _FIGHTING for v in purposes):
        return False  # "sent to drive out the insurgents and protect villagers": a fight too
    for verb in purposes:
        if verb.lemma_.lower() not in _PROTECTION_VERBS:
            continue
        below = [t.lemma_.lower() for t in verb.subtree if t.i != verb.i]
        if any(word in _FIGHTING for word in below):
            continue
        if verb.lemma_.lower() in {"help", "assist", "aid"} and any(
                c.dep_ == "prep" and c.lower_ == "against" for c in verb.children):
            continue  # "to help X against the insurgents": help in a fight
        if verb.lemma_.lower() == "protect" and not _people(verb, token):
            continue  # "to protect the capital / shipping / its soldiers": a move
        return True
    return False


def _people(verb: Token, sender: Token) -> bool:
    """Whether the object of "protect" is people other than the sender's own."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    subject = next((c for c in sender.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    stems = {t.lower_[:4] for t in subject.subtree if t.pos_ == "PROPN"} if subject else set()
    for obj in objects:
        mods = [c for c in obj.children if c.dep_ in {"poss", "amod", "compound"}]
        if any(m.lower_ in _OWN for m in mods):
            continue  # "its citizens", "their people": the sender's own
        if any(m.ent_type_ == "NORP" and m.lower_[:4] in stems for m in mods):
            continue  # "Ruritania … to protect Ruritanian civilians": its own nationals
        if obj.lower_ in _PROTECTED_PEOPLE or obj.lemma_.lower() in _PROTECTED_PEOPLE:
            return True
        if obj.ent_type_ == "PERSON" and (obj.ent_iob_ == "I" or (
                obj.i + 1 < len(obj.doc) and obj.doc[obj.i + 1].ent_iob_ == "I")):
            return True  # a person's full name ("Prime Minister Ana Vell"); not "Kyiv" alone
    return False
