"""Mentions that look like events but are not acts: characterisations, topics, wishes.

Issue 9 (precision on unseen text) found these classes of spurious events; each check below
reads the dependency parse, never one article's wording (word senses of trigger verbs are
in :mod:`.word_senses`):

* **Characterisations.** An evaluative noun names no act: "the North Korean threat",
  "a growing threat to the region", "condemned the launch as a possible threat",
  "China's aggression in the strait". A threat is a THREATEN event only when someone issues
  it (a light or speech verb: "issued a threat", "repeated its threats") or when it has a
  content ("threats to use force", "the threat of sanctions"); "aggression" is an ASSAULT only
  when committed ("committed aggression against").
* **Topics and references.** A bare nominal with no actor inside an "amid / despite" phrase
  ("amid concerns over Argentine policy"), a generic "future" nominal after a preposition
  ("leverage for future negotiations with China"), a point of comparison ("similar to an
  arrangement between X and Y"), an event noun modifying a person ("genocide suspect"), the
  act in a denied role ("denied any role in the shelling").
* **Wishes, necessities, duties, permissions.** "Farmers want their government to step up
  opposition to X", "deterrence was necessary to resist X", "are responsible for
  scrutinizing", "would permit X to deliver supplies": nobody acted.
* **General conditions.** "It has to respond when civilians are being targeted": a
  present-tense "when/whenever" clause under an obligation or a modal states a rule, not
  an act (the "if" clause of :func:`.modifiers.in_condition`, said with "when").
* **Idioms and states.** "Reviewing its rights with an eye to oil" has no meeting partner;
  "North Korea faces international restrictions" (present "face", no one imposing them)
  states a standing situation, not an act.
* **Document content.** "The agreement requires Armenia and Azerbaijan to withdraw their
  troops", "the treaty bans nuclear tests": what a text obliges, allows or forbids is not
  an act (a material act with a treaty, law or deal as subject in the present tense, or
  under its verb of obligation); neither is the act a ban forbids ("bans nuclear tests").
* **Generic agents.** "Other countries are resisting X": an act whose only actor is a
  generic group (no country can be coded) is an analyst's generalisation; the events
  guideline codes no event whose actor is only such a construct.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .modifiers import clause_head, intent_lemma

__all__ = [
    "banned_act",
    "characterisation",
    "compared",
    "countered_kind",
    "denied_content",
    "document_content",
    "general_condition",
    "generic_group_subject",
    "idiomatic_with",
    "necessity",
    "permitted",
    "person_modifier",
    "ranked",
    "standing_condition",
    "standing_duty",
    "standing_prospect",
    "topic_nominal",
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
    if token.pos_ in {"NOUN", "PROPN"} and ranked(token):
        return True  # "has no higher commitment than bringing home its citizens": a priority
    if token.pos_ not in {"NOUN", "PROPN"} or governed:
        return False
    if compared(token):
        return True  # "a body similar to an arrangement between X and Y": a reference
    if not has_actor and countered_kind(token):
        return True  # "tools to deter hostage-taking and wrongful detentions": a kind of act
    if token.dep_ != "pobj":
        return False
    if any(c.dep_ == "amod" and c.lower_ in _GENERIC_TIME for c in token.children):
        return True  # "leverage for future negotiations with China": no act, with anyone
    return not has_actor and token.head.lower_ in _TOPIC_PREPS


#: Verbs whose bare object names a kind of act to be countered, not an act that happened.
_COUNTER_VERBS = frozenset({"deter", "prevent", "disrupt", "combat", "counter", "tackle",
                            "curb", "fight", "discourage", "eradicate", "eliminate", "reduce"})


def countered_kind(noun: Token) -> bool:
    """Whether ``noun`` is a bare kind of act that a verb of countering takes as object.

    "Tools to deter and disrupt hostage-taking and wrongful detentions of U.S. nationals",
    "to combat kidnappings": no determiner or possessor, so no particular act is meant
    (issue 9, government releases). "Prevented the arrest of the editor" names one act and
    stays coded.
    """
    if any(c.dep_ in {"det", "poss", "nummod"} for c in noun.children):
        return False
    head = noun
    while head.dep_ == "conj" and head.head.pos_ in {"NOUN", "PROPN"}:
        head = head.head
    if head is not noun and any(c.dep_ in {"det", "poss"} for c in head.children):
        return False
    governor = head.head
    if head.dep_ == "conj" and governor.pos_ == "VERB":  # "to deter and disrupt X and Y",
        return governor.lemma_.lower() in _COUNTER_VERBS  # with the noun read as a conjunct
    return head.dep_ == "dobj" and governor.lemma_.lower() in _COUNTER_VERBS


def standing_condition(verb: Token) -> bool:
    """Whether a present passive relative clause describes a kind of people, not an act.

    "Secure the release of nationals who are wrongfully detained or held hostage": with
    "are" and no agent, on a bare plural with no determiner, the clause says what holds of
    a class (events guideline 1c: states are not coded). "The two journalists who were
    detained last week" reports an act and stays coded.
    """
    first = verb
    while first.dep_ == "conj" and first.head.pos_ in {"VERB", "AUX"}:
        first = first.head
    if first.dep_ != "relcl" or any(c.dep_ == "agent" for c in (verb, first)
                                    for c in c.children):
        return False
    if not any(c.dep_ == "auxpass" and c.lower_ in {"are", "is"} for c in first.children):
        return False
    noun = first.head
    return noun.tag_ in {"NNS", "NNPS"} and not any(
        c.dep_ in {"det", "poss", "nummod"} for c in noun.children)


def ranked(noun: Token) -> bool:
    """Whether "no higher commitment than X" ranks a priority instead of making a commitment.

    "The United States has no higher commitment than bringing home its citizens" says what
    matters most, not what anyone agreed to do; "made no commitment to withdraw" is a negated
    act and stays (it has no comparative).
    """
    return (any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)
            and any(c.tag_ in {"JJR", "RBR"} or c.lower_ in {"more", "greater"}
                    for c in noun.children if c.dep_ in {"amod", "advmod"}))


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
    with its own subject is a wish about another party. The small model lemmatizes "hoped"
    as "hop" (:func:`.modifiers.intent_lemma`); a verb trigger below a subjectless
    infinitive of the wished clause counts ("hope that X can stop harassing ...", round
    20). Both readings are for verb triggers only: a noun object of the wished act may name
    an act that took place ("hopes the sides can resolve a wave of attacks").
    """
    verb = clause_head(anchor)
    act = verb == anchor  # a verb trigger; a noun object may name an act that took place
    for _ in range(4):
        head = verb.head
        own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
        wish = intent_lemma(head) if act else head.lemma_.lower()
        if verb.dep_ in {"xcomp", "ccomp"} and wish in _WISH_VERBS:
            object_of_wish = any(c.dep_ in {"dobj", "dative"} for c in head.children)
            return own_subject or object_of_wish
        if act and verb.dep_ == "xcomp" and not own_subject and head != verb:
            verb = head  # "hope that X can stop harassing": up to "stop"
            continue
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



#: Adjectives and participles of a standing duty ("are responsible for scrutinizing"); not
#: "charged with" (an indictment: the content of an accusation).
_DUTY = frozenset({"responsible", "tasked", "mandated", "entrusted", "assigned"})


def standing_duty(anchor: Token) -> bool:
    """Whether the act is a duty described, not done ("are responsible for scrutinizing")."""
    verb = clause_head(anchor)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ not in {"for", "with"}:
        return False
    holder = verb.head.head
    return holder.lower_ in _DUTY or holder.lemma_.lower() in _DUTY
