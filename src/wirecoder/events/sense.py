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
* **General conditions.** "It has to respond when civilians are being targeted": a
  present-tense "when/whenever" clause under an obligation or a modal states a rule, not
  an act (the "if" clause of :func:`.modifiers.in_condition`, said with "when").
* **Idioms and states.** "Reviewing its rights with an eye to oil" has no meeting partner;
  "North Korea faces international restrictions" (present "face", no one imposing them)
  states a standing situation, not an act.
* **Other senses of violence verbs.** "Attacked the opposition's plan" is a verbal attack
  (ACCUSE, not ASSAULT); "fired his defense minister" is a dismissal; "is targeting 8%
  growth" aims at a figure; "Brazil beat Argentina 2-0 in the qualifier" is a match.
* **Metaphors.** "Colombia's war on drugs", "the fight against corruption": a campaign
  against a social ill is a policy, not an armed act.
* **Document content.** "The agreement requires Armenia and Azerbaijan to withdraw their
  troops", "the treaty bans nuclear tests": what a text obliges, allows or forbids is not
  an act (a material act with a treaty, law or deal as subject in the present tense, or
  under its verb of obligation); neither is the act a ban forbids ("bans nuclear tests").
* **Generic agents.** "Other countries are resisting X": an act whose only actor is a
  generic group (no country can be coded) is an analyst's generalisation; the events
  guideline codes no event whose actor is only such a construct.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .modifiers import clause_head
from .phrases import antecedent

__all__ = [
    "assertion",
    "banned_act",
    "captured_combatants",
    "characterisation",
    "compared",
    "denied_content",
    "dismissal",
    "document_content",
    "facilitating_help",
    "general_condition",
    "generic_group_subject",
    "idiomatic_with",
    "metaphorical_fight",
    "metaphorical_war",
    "necessity",
    "not_ruled_out",
    "numeric_target",
    "permitted",
    "person_modifier",
    "sports_result",
    "standing_prospect",
    "struck_with_weapon",
    "topic_nominal",
    "verbal_attack",
    "wished_for",
]

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

    "Amid concerns over Argentine policy" (no actor), "leverage for future negotiations
    with China" (a generic "future" nominal after a preposition, with or without parties)
    and points of comparison ("a body similar to the arrangement between X and Y").

    Args:
        token: The noun trigger.
        governed: Whether a light verb or a light noun carries it.
        has_actor: Whether an actor was found for it.
    """
    if token.pos_ not in {"NOUN", "PROPN"} or governed:
        return False
    if compared(token):
        return True  # "a body similar to an arrangement between X and Y": a reference
    if token.dep_ != "pobj":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _GENERIC_TIME for c in token.children):
        return True  # "leverage for future negotiations with China": no act, with anyone
    return not has_actor and token.head.lower_ in _TOPIC_PREPS


#: Adjectives and verbs of likeness: their object is a point of comparison.
_LIKENESS_ADJ = frozenset({"similar", "akin", "comparable", "equivalent", "identical",
                           "analogous"})
_LIKENESS_VERBS = frozenset({"resemble", "mirror", "emulate", "model", "pattern",
                             "mimic", "copy"})


def compared(noun: Token) -> bool:
    """Whether a noun is only a point of comparison.

    "Similar to an arrangement", "like an Asian NATO", "would resemble the group", "modeled
    on the deal".
    """
    head = noun.head
    if noun.dep_ == "pobj":
        if head.lower_ in {"like", "unlike"}:
            return True
        if head.lower_ == "to" and head.head.lemma_.lower() in _LIKENESS_ADJ:
            return True
        return head.lower_ in {"on", "after"} and head.head.lemma_.lower() in _LIKENESS_VERBS
    return noun.dep_ == "dobj" and head.lemma_.lower() in _LIKENESS_VERBS


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


#: Modals and verbs of obligation that make a "when" clause a general condition.
_OBLIGATION_AUX = frozenset({"must", "should", "can", "could", "will", "would", "may",
                             "might", "shall", "'ll"})
_OBLIGATION_VERBS = frozenset({"have", "need", "ought"})
_PRESENT = frozenset({"VBZ", "VBP"})


def general_condition(anchor: Token) -> bool:
    """Whether the trigger's clause is a general "when/whenever" condition, not an act.

    "It has to respond when civilians are being targeted", "we will act whenever our ships
    are attacked". Only a present-tense clause under an obligation or a modal, or any
    "whenever" clause; "police fired when protesters attacked" (past) stays two acts.
    """
    verb = clause_head(anchor)
    if verb.dep_ != "advcl":
        return False
    marks = {c.lower_ for c in verb.children if c.dep_ in {"advmod", "mark"}}
    if "whenever" in marks:
        return True
    if "when" not in marks or not _present(verb):
        return False
    head = verb.head
    if {c.lower_ for c in head.children if c.dep_ == "aux"} & _OBLIGATION_AUX:
        return True
    return head.dep_ == "xcomp" and head.head.lemma_.lower() in _OBLIGATION_VERBS


def _present(verb: Token) -> bool:
    if verb.tag_ in _PRESENT:
        return True
    return any(c.dep_ in {"aux", "auxpass"} and c.tag_ in _PRESENT for c in verb.children)


#: Objects of "with" that name a purpose or a manner, not a partner ("with an eye to").
_WITH_IDIOMS = frozenset({"eye", "view", "aim", "intent", "intention", "goal", "purpose",
                          "concern", "interest", "caution", "regard", "hope", "respect"})


def idiomatic_with(verb: Token) -> bool:
    """Whether every "with" phrase of a meeting verb is an idiom ("with an eye to oil")."""
    objs = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"]
    return bool(objs) and all(o.lemma_.lower() in _WITH_IDIOMS for o in objs)


def standing_prospect(governor: Token | None, inverse: bool, has_actor: bool) -> bool:
    """Whether "X faces <measure>" in the present, with no one imposing it, is a state.

    "North Korea faces strong international restrictions": the sanctions stand or loom;
    no one is reported acting. "Iran faced new U.S. sanctions on Monday" has an actor.
    """
    return (inverse and governor is not None and governor.lemma_.lower() == "face"
            and governor.tag_ in _PRESENT and not has_actor)


#: Nouns of statements, plans and decisions: attacking one is a verbal attack.
_PROPOSITIONS = frozenset({
    "plan", "policy", "proposal", "decision", "remark", "comment", "statement", "idea", "law",
    "bill", "record", "report", "claim", "speech", "approach", "stance",
    "handling", "move", "budget", "reform", "strategy", "rhetoric", "view", "narrative",
    "agenda", "suggestion", "argument", "initiative", "program", "programme",
    "announcement", "ruling", "verdict", "election", "vote", "result", "motion", "article",
    "editorial", "tweet", "interview", "deal", "agreement", "accord",
})
#: Verbs of violence that take a verbal sense with such an object.
_VERBAL_ATTACK_VERBS = frozenset({"attack", "assault", "blast", "slam", "hammer", "bash",
                                  "savage", "lambast", "lambaste"})


def verbal_attack(token: Token) -> bool:
    """Whether a violence verb attacks a statement or plan ("attacked the opposition's plan").

    A plan, a remark or a decision cannot be shot at: the verb means criticise (ACCUSE,
    disapprove).
    """
    if token.pos_ != "VERB" or token.lemma_.lower() not in _VERBAL_ATTACK_VERBS:
        return False
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _PROPOSITIONS


#: Munitions one fires; any other object of "fire" is a person dismissed.
_MUNITIONS = frozenset({
    "missile", "rocket", "shot", "shell", "bullet", "round", "gas", "cannon", "projectile",
    "mortar", "artillery", "torpedo", "flare", "salvo", "volley", "weapon", "gun", "grenade",
    "drone", "bomb", "munition", "ammunition", "barrage", "fire", "burst", "dart", "arrow",
    "stone", "rock", "pellet", "bolt", "warhead", "interceptor", "cruise", "ballistic",
})


def dismissal(token: Token) -> bool:
    """Whether "fire" dismisses someone ("fired his defense minister"), not a weapon."""
    if token.lemma_.lower() != "fire" or token.pos_ != "VERB":
        return False
    if any(c.dep_ == "prt" for c in token.children):
        return False  # "fired off a letter", "fired back"
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() in _MUNITIONS:
        return False
    return obj.ent_type_ == "PERSON" or any(
        c.dep_ == "poss" and c.pos_ == "PRON" for c in obj.children) or obj.tag_ == "NNP"


def numeric_target(token: Token) -> bool:
    """Whether a violence verb aims at a figure ("is targeting 8% growth", "hit 5 percent")."""
    obj = next((c for c in token.children if c.dep_ == "dobj"), None)
    if token.pos_ != "VERB" or obj is None:
        return False
    if obj.lemma_.lower() in _FIGURES:
        return True
    return any(t.lower_ in {"%", "percent"} for t in obj.subtree if t.i <= obj.i)


#: Nouns of figures and levels one "targets" or "hits".
_FIGURES = frozenset({"percent", "%", "growth", "rate", "level", "mark", "figure", "revenue",
                      "sales", "output", "gdp", "inflation", "deficit", "quota", "threshold"})
_SCORE = re.compile(r"^\d{1,2}[-\u2013]\d{1,2}$")
#: Nouns of sporting contests: "beat Argentina 2-0 in the qualifier".
_CONTESTS = frozenset({"match", "game", "qualifier", "final", "semifinal", "semi-final",
                       "quarterfinal", "tournament", "championship", "league", "cup", "race",
                       "derby", "friendly", "olympics", "series", "playoff", "fixture"})


def sports_result(token: Token) -> bool:
    """Whether a verb of defeat reports a sporting result ("beat Argentina 2-0 in the cup")."""
    if token.lemma_.lower() not in _DEFEAT_VERBS:
        return False
    doc = token.doc
    for tok in token.subtree:
        if _SCORE.match(tok.text) or (  # "2-1", or the three tokens "2", "-", "1"
                tok.like_num and tok.i + 2 < len(doc) and doc[tok.i + 1].text in _DASHES
                and doc[tok.i + 2].like_num and len(doc[tok.i + 2]) <= 2 and len(tok) <= 2):
            return True
        if (tok.dep_ == "pobj" and tok.head.lower_ == "in" and tok.head.head == token
                and {tok.lower_, tok.lower_.rstrip("s")} & _CONTESTS):
            return True
    return False


_DASHES = frozenset({"-", "\u2013"})


#: Verbs of defeat that report games as well as battles.
_DEFEAT_VERBS = frozenset({"beat", "defeat", "thrash", "crush", "rout", "trounce", "edge",
                           "outplay", "eliminate", "overpower", "down"})


#: Nouns of armed struggle used as metaphors for policies against a social ill.
_CAMPAIGN_NOUNS = frozenset({"war", "battle", "fight", "crusade", "offensive", "assault"})
#: Social ills a "war on" or a "fight against" targets (not a party).
_ILLS = frozenset({
    "drug", "drugs", "narcotic", "poverty", "corruption", "crime", "inflation", "disease",
    "cancer", "misinformation", "disinformation", "obesity", "hunger", "illiteracy",
    "climate", "plastic", "smoking", "graft", "fraud", "malaria", "aids", "hiv", "covid",
    "pandemic", "virus", "inequality", "unemployment", "waste", "pollution", "bureaucracy",
    "woke", "wokeness", "tax", "evasion", "counterfeiting", "smuggling", "trafficking",
    "extremism", "radicalization", "radicalisation", "hate", "racism", "antisemitism",
})


def metaphorical_war(noun: Token, index: EntityIndex) -> bool:
    """Whether a noun of armed struggle names a policy against a social ill ("war on drugs")."""
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _CAMPAIGN_NOUNS:
        return False
    targets = [o for p in noun.children if p.dep_ == "prep" and p.lower_ in {"on", "against"}
               for o in p.children if o.dep_ == "pobj"]
    return bool(targets) and all(
        o.lemma_.lower() in _ILLS and not index.at(o) for o in targets)


#: Nouns of texts whose provisions are not acts.
_DOCUMENTS = frozenset({
    "treaty", "agreement", "accord", "deal", "law", "bill", "resolution", "decree",
    "constitution", "charter", "convention", "pact", "protocol", "text", "document",
    "framework", "provision", "clause", "article", "regulation", "rule", "statute", "act",
    "memorandum", "ordinance", "directive", "plan", "proposal", "arrangement", "mou",
})
#: Verbs by which a text obliges, allows or forbids.
_PROVISION_VERBS = frozenset({"require", "oblige", "obligate", "commit", "allow", "permit",
                              "authorize", "authorise", "force", "compel", "enable",
                              "empower", "entitle", "bind"})
#: Verbs of forbidding: their object is an act that does not take place.
_BAN_VERBS = frozenset({"ban", "prohibit", "outlaw", "forbid", "bar", "proscribe"})


def _document_subject(verb: Token) -> bool:
    """A text as subject; not a new one ("Kenya's new law bans ...": its enactment is news)."""
    subj = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return (subj is not None and subj.lemma_.lower() in _DOCUMENTS and subj.pos_ == "NOUN"
            and not any(c.lower_ in _NEW for c in subj.children if c.dep_ == "amod"))


_NEW = frozenset({"new", "latest", "revised", "amended", "updated", "draft"})


def document_content(anchor: Token, material: bool) -> bool:
    """Whether the act is a provision of a text ("the agreement requires X to withdraw").

    Args:
        anchor: The trigger, or the light verb that governs it.
        material: Whether the category is a material act (a text's verbal acts, "the
            resolution condemns X", are its authors' statements and are kept).
    """
    verb = clause_head(anchor)
    if (material and anchor.pos_ == "VERB" and verb.tag_ in {"VBZ", "VBP"}
            and _document_subject(verb)):
        return True  # "the treaty bans nuclear tests": a standing provision
    head = verb.head
    return (verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in _PROVISION_VERBS
            and _document_subject(head))


def banned_act(noun: Token) -> bool:
    """Whether a noun trigger is the act a ban forbids ("bans nuclear tests")."""
    return (noun.pos_ == "NOUN" and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() in _BAN_VERBS)


#: Verbs of permission: their complement is allowed, not done ("would permit X to deliver").
_PERMIT_VERBS = frozenset({"permit", "allow", "let"})


def permitted(anchor: Token) -> bool:
    """Whether the act is what someone is allowed to do, not what was done.

    "It would permit the Philippines to deliver supplies and evacuate personnel": the
    permission may be an event of its own; the permitted act is not reported. (An
    authorisation, "parliament authorized the government to send aid", is left as it is:
    it commits the act.)
    """
    verb = clause_head(anchor)
    for _ in range(3):
        head = verb.head
        if verb.dep_ in {"xcomp", "ccomp"} and head.lemma_.lower() in _PERMIT_VERBS:
            return True
        if verb.dep_ != "conj" or head == verb:
            return False
        verb = head
    return False


#: Verbs that mean criticise or strike; with a weapon in a "with" phrase they strike.
_STRIKE_WITH = frozenset({"blast", "hit", "pound", "slam", "hammer", "pelt", "spray", "douse",
                          "target", "attack"})


def struck_with_weapon(token: Token) -> bool:
    """Whether "blasted X with water cannons" strikes physically (ASSAULT, not ACCUSE)."""
    if token.lemma_.lower() not in _STRIKE_WITH:
        return False
    objs = [o for p in token.children if p.dep_ == "prep" and p.lower_ == "with"
            for o in p.children if o.dep_ == "pobj"]
    return any(o.lemma_.lower() in _MUNITIONS | {"cannon", "canon", "water", "laser"}
               for o in objs)


#: Verbs that demand with a bare (subjunctive) clause and assert with an indicative one.
_MANDATIVE = frozenset({"insist"})
_INDICATIVE_AUX = frozenset({"had", "has", "have", "was", "were", "is", "are", "did", "does",
                             "do", "'s", "'d"})


def assertion(token: Token) -> bool:
    """Whether "insisted that it had exercised restraint" asserts (no REQUEST).

    "Insisted that Russia withdraw" (a bare verb, or "should") demands; an indicative
    clause (past tense, perfect, present) states a position.
    """
    if token.lemma_.lower() not in _MANDATIVE:
        return False
    clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
    if clause is None:
        return False
    aux = {c.lower_ for c in clause.children if c.dep_ in {"aux", "auxpass"}}
    return clause.tag_ in {"VBD", "VBZ", "VBP"} or bool(aux & _INDICATIVE_AUX)


#: Disasters one "battles" or "fights" (a metaphor, as are the social ills above).
_DISASTERS = frozenset({"wildfire", "fire", "blaze", "flood", "flooding", "drought", "locust",
                        "epidemic", "outbreak", "storm", "heatwave", "famine", "erosion"})


def metaphorical_fight(verb: Token) -> bool:
    """Whether "battle/fight/combat X" fights a disaster or an ill ("battle the wildfires")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in {"battle", "fight", "combat", "tackle"}:
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    return obj is not None and obj.lemma_.lower() in _ILLS | _DISASTERS


#: People named by an event noun in compound: "genocide suspect", "coup leaders".
_PERSON_HEADS = frozenset({
    "suspect", "leader", "victim", "survivor", "activist", "veteran", "refugee", "official",
    "commander", "negotiator", "envoy", "expert", "analyst", "monitor", "convict", "accused",
    "plotter", "mastermind", "organizer", "organiser", "participant", "witness", "prisoner",
    "detainee", "hostage", "fugitive", "defendant", "perpetrator", "planner",
})


def person_modifier(noun: Token) -> bool:
    """Whether an event noun only modifies a person noun ("genocide suspect", "coup leaders")."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in _PERSON_HEADS


#: Verbs of denial and the nouns through which they deny a part in an act.
_DENY_VERBS = frozenset({"deny", "reject", "dismiss", "disclaim", "disavow", "refute"})
_PART_NOUNS = frozenset({"role", "involvement", "responsibility", "part", "hand", "link",
                         "connection", "participation", "complicity"})


def denied_content(noun: Token) -> bool:
    """Whether an event noun is the content of a denial ("denied any role in the shelling").

    Events guideline 2: the content of accusations and denials is not coded as its own
    event (the denier would become its actor).
    """
    cur = noun
    for _ in range(3):
        head = cur.head
        if cur.dep_ == "dobj" and head.lemma_.lower() in _DENY_VERBS:
            return True
        if cur.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_.lower() in _PART_NOUNS:
            cur = head.head  # "role in the shelling": up to "role"
            continue
        verb = head.head
        return (cur.dep_ == "pobj" and head.lower_ in {"in", "for"}
                and verb.lemma_.lower() in _DENY_VERBS and any(  # the phrase hung on "denied"
                    c.dep_ == "dobj" and c.lemma_.lower() in _PART_NOUNS for c in verb.children))
    return False


#: Combatants: capturing them is an act of war (ASSAULT abduct), not an arrest.
_COMBATANTS = frozenset({"soldier", "troop", "fighter", "militant", "combatant", "serviceman",
                         "servicemen", "marine", "insurgent", "rebel", "guerrilla", "sailor",
                         "pilot", "commander", "paratrooper", "conscript"})


def captured_combatants(verb: Token) -> bool:
    """Whether "captured two soldiers" takes combatants (events guideline 12: ASSAULT abduct)."""
    if verb.lemma_.lower() not in {"capture", "seize"}:
        return False
    obj = next((c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return obj is not None and obj.lemma_.lower() in _COMBATANTS


def not_ruled_out(verb: Token) -> bool:
    """Whether "refused to rule out using force" keeps an option open (a THREATEN)."""
    if verb.lemma_.lower() not in {"refuse", "decline"}:
        return False
    for comp in (c for c in verb.children if c.dep_ == "xcomp"):
        lemma = comp.lemma_.lower()
        if lemma == "exclude" or (lemma == "rule" and any(
                c.dep_ == "prt" and c.lower_ == "out" for c in comp.children)):
            return True
    return False
