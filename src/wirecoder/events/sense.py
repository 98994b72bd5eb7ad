"""Mentions that look like events but are not acts: characterisations, topics, wishes, senses.

Issue 9 (precision on unseen text) found these classes of spurious events; each check below
reads the dependency parse, never one article's wording:

* **Characterisations.** An evaluative noun names no act: "the North Korean threat",
  "a growing threat to the region", "condemned the launch as a possible threat",
  "China's aggression in the strait". A threat is a THREATEN event only when someone issues
  it (a light or speech verb: "issued a threat", "repeated its threats") or when it has a
  content ("threats to use force", "the threat of sanctions"); "aggression" is an ASSAULT only
  when committed ("committed aggression against").
* **Topic nominals.** A bare nominal with no actor inside an "amid / despite" phrase
  ("amid concerns over Argentine policy") or a generic "future" nominal after a preposition
  ("leverage for future negotiations with China") is the story's topic, not an event.
* **Wishes and necessities.** "Farmers want their government to step up opposition to X":
  the farmers wish, nobody acted. "Deterrence was necessary to resist X's aggression": the
  infinitive after an adjective of necessity is the content of a remark.
* **Word sense.** "help" with a verb complement whose subject is a thing, not an actor
  ("the new law will help Brazil tighten control") means *facilitate*, not AID.
* **Generic agents.** "Other countries are resisting X": an act whose only actor is a
  generic group (no country can be coded) is an analyst's generalisation; the events
  guideline codes no event whose actor is only such a construct.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .modifiers import clause_head
from .phrases import antecedent

__all__ = ["characterisation", "facilitating_help", "generic_group_subject", "necessity",
           "topic_nominal", "wished_for"]

#: Evaluative nouns that characterise a party rather than report an act, by category.
_CHARACTERISING = {"THREATEN": frozenset({"threat", "menace"}),
                   "ASSAULT": frozenset({"aggression"})}
#: Prepositions whose object is the story's setting or topic ("amid concerns over X").
_TOPIC_PREPS = frozenset({"amid", "amidst", "despite"})
#: Adjectives that make a nominal generic or not yet real ("future negotiations").
_GENERIC_TIME = frozenset({"future", "eventual"})
#: Verbs of wishing: their complement with its own subject is a wish, not an act.
_WISH_VERBS = frozenset({"want", "wish", "prefer", "like", "love", "hope"})
#: Adjectives of necessity: their infinitive is what someone thinks needed, not an act.
_NECESSITY = frozenset({"necessary", "essential", "vital", "crucial", "imperative",
                        "important", "critical", "needed", "required", "indispensable",
                        "key", "urgent"})
#: Heads of a generic group of unnamed parties ("other countries", "many nations").
_GROUP_NOUNS = frozenset({"country", "nation", "state", "government", "power", "democracy",
                          "neighbor", "neighbour", "economy", "capital", "member", "other",
                          "regime", "people", "society"})
#: Determiners or quantifiers of a generic group.
_GROUP_DETS = frozenset({"other", "many", "some", "several", "most", "all", "few", "various",
                         "numerous", "such", "certain", "more", "smaller", "larger"})


def characterisation(token: Token, category: str, governed: bool) -> bool:
    """Whether a noun trigger only characterises someone ("the North Korean threat").

    Args:
        token: The noun trigger.
        category: Its PLOVER category.
        governed: Whether a light verb or a light noun carries it ("issued a threat",
            "the use of aggression").

    Returns:
        True for an evaluative noun with no issuing verb and no content.
    """
    if token.pos_ not in {"NOUN", "PROPN"} or governed:
        return False
    if token.lemma_.lower() not in _CHARACTERISING.get(category, ()):
        return False
    return not _has_content(token)


def _has_content(noun: Token) -> bool:
    """A threat with its content: "threats to use force", "the threat of sanctions"."""
    for child in noun.children:
        if child.dep_ in {"acl", "relcl"} and any(c.tag_ == "TO" for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            obj = next((c for c in child.children if c.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and (obj.tag_ == "VBG" or not obj.ent_type_):
                return True
    return False


def topic_nominal(token: Token, governed: bool, has_actor: bool) -> bool:
    """Whether a noun trigger is the story's topic, not an act.

    "Amid concerns over Argentine policy" (no actor) and "leverage for future negotiations
    with China" (a generic "future" nominal after a preposition, with or without parties).

    Args:
        token: The noun trigger.
        governed: Whether a light verb or a light noun carries it.
        has_actor: Whether an actor was found for it.
    """
    if token.pos_ not in {"NOUN", "PROPN"} or governed or token.dep_ != "pobj":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _GENERIC_TIME for c in token.children):
        return True  # "leverage for future negotiations with China": no act, with anyone
    return not has_actor and token.head.lower_ in _TOPIC_PREPS


def wished_for(anchor: Token) -> bool:
    """Whether the trigger's clause is what someone else wants done ("want X to step up").

    "Want to meet" (the subject's own plan) is left to the future flag; only a complement
    with its own subject is a wish about another party.
    """
    verb = clause_head(anchor)
    for _ in range(3):
        head = verb.head
        if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in _WISH_VERBS:
            own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
            object_of_wish = any(c.dep_ in {"dobj", "dative"} for c in head.children)
            return own_subject or object_of_wish
        if verb.dep_ != "conj" or head == verb:
            return False
        verb = head
    return False


def necessity(anchor: Token) -> bool:
    """Whether the trigger is the infinitive of an adjective of necessity.

    "Deterrence was necessary to resist X": the content of a judgement, not an act.
    """
    verb = clause_head(anchor)
    for _ in range(2):
        head = verb.head
        if (verb.dep_ in {"xcomp", "advcl", "ccomp"} and _necessary(head)
                and any(c.tag_ == "TO" for c in verb.children)):
            return True
        if verb.dep_ != "conj" or head == verb:
            return False
        verb = head
    return False


def _necessary(head: Token) -> bool:
    """"necessary" itself, or the copula whose complement it is ("was necessary to ...")."""
    if head.pos_ == "ADJ":
        return head.lemma_.lower() in _NECESSITY
    return head.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in _NECESSITY
                                       for c in head.children)


def facilitating_help(token: Token, index: EntityIndex) -> bool:
    """Whether "help" with a verb complement means facilitate ("the law will help X tighten").

    Material help is given by an actor ("India helped Mauritius build an airstrip"); when the
    subject of "help" is a thing (a law, an update, intelligence, arms), it only makes
    something easier: no AID event.
    """
    if token.lemma_.lower() != "help" or not any(
            c.dep_ in {"xcomp", "ccomp"} and c.pos_ in {"VERB", "AUX"} for c in token.children):
        return False
    subj = next((c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return False
    subj = antecedent(subj)
    if subj.pos_ == "PRON" or subj.ent_type_ or index.at(subj):
        return False
    return subj.pos_ == "NOUN" and not _agentive(subj)


#: Nouns of people and bodies that act (an actor, not a thing).
_AGENT_NOUNS = frozenset({
    "government", "official", "ministry", "minister", "army", "military", "force", "troop",
    "soldier", "police", "agency", "team", "authority", "administration", "country",
    "nation", "state", "leader", "president", "embassy", "mission", "donor", "organization",
    "organisation", "group", "coalition", "alliance", "navy", "worker", "volunteer",
    "diplomat", "envoy", "delegation", "company", "firm", "bank", "charity", "unit",
    "department", "office", "service", "partner", "ally", "neighbor", "neighbour", "people",
})


def _agentive(noun: Token) -> bool:
    return noun.lemma_.lower() in _AGENT_NOUNS


def generic_group_subject(verb: Token, actor: tuple[Entity, ...], index: EntityIndex) -> bool:
    """Whether a verb trigger's subject is an unnamed generic group ("other countries").

    Only when no actor with a code was found: "other Gulf states" that resolve to nobody
    are a generalisation; a resolved group ("the two countries") is a named actor.
    """
    if verb.pos_ not in {"VERB", "AUX"} or any(a.country_code for a in actor):
        return False
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or index.at(subj):
        return False
    if subj.pos_ == "PRON":
        return subj.lower_ in {"others", "many", "some", "several", "most", "few"}
    if subj.tag_ not in {"NNS", "NNPS"} or subj.lemma_.lower() not in _GROUP_NOUNS:
        return False
    if any(c.dep_ in {"poss", "compound", "nummod"} for c in subj.children):
        return False  # "their neighbours", "member states", "two countries": specific
    dets = [c for c in subj.children if c.dep_ in {"det", "predet"}]
    return all(c.lower_ in _GROUP_DETS for c in dets)
