"""Nominal mentions that are not events of their own.

Two kinds of nominal name an event without reporting it:

* a meeting used as the setting of another act of the same clause ("dismissed the
  accusations at Friday's meeting", "returned the trucks after border talks"): the clause
  reports the other act; the meeting is coded only when it names its own participants
  ("at talks with Kyiv");
* an agreement cited as a norm ("under the Pretoria agreement", "in line with the deal",
  "stemmed from the U.S.-Taliban deal") or a rule that is violated, broken or enforced
  ("would violate U.N. sanctions", "breached the arms embargo"): it refers to an accord or
  a measure in force, not to an act of this sentence;
* an act that is the topic of a discussion ("discussed imposing further costs", "debated
  support for Kyiv"): talked about, not done (planned visits and deals discussed stay
  AGREE);
* a nominal that modifies another noun through a preposition ("a ceasefire in the
  Russia-Ukraine war", "progress on a ceasefire deal"): it is the topic or setting of that
  noun, not a reported act; under a report noun ("reports of an attack", "reports about a
  raid", "a report on the strikes") it is what reports say (kind ``reported``);
* a cooperation that is the object of an appraisal ("the importance of close cooperation
  between X and Y", "appreciation for the partnership", "the value of the alliance"):
  the relationship is described, no act of cooperating is reported.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from .arguments import EntityIndex, phrase_entities
from .modifiers import clause_head
from .rules import Draft
from .triggers import LIGHT_NOUNS

__all__ = ["REFERENCE_KINDS", "is_setting_or_reference", "reference_kind"]

#: Kinds of nominal that name an event without reporting it (:func:`reference_kind`):
#: ``discussed`` (the topic of a discussion), ``cited`` (an accord or rule in force),
#: ``reported`` (what reports say: "reports of an attack"), ``setting`` (a meeting or tour
#: setting another act of its clause), ``topic`` (the topic or setting of another noun).
REFERENCE_KINDS = ("discussed", "cited", "reported", "setting", "topic")

#: Prepositions that place an act in time or space relative to a meeting.
_SETTING_PREPS = frozenset({"at", "after", "before", "during", "following", "since", "until",
                            "amid", "throughout"})
#: Heads of "X of <meeting>" settings ("on the sidelines of talks", "ahead of a meeting").
_SETTING_HEADS = frozenset({"sidelines", "sideline", "margins", "margin", "eve", "ahead",
                            "end", "start", "close", "outcome", "wake", "run-up"})
#: Prepositions that cite an agreement as a norm ("under", "pursuant to").
_NORM_PREPS = frozenset({"under", "per", "from"})
#: Verbs whose object is a rule in force, not an act ("violate sanctions").
_NORM_VERBS = frozenset({"violate", "breach", "flout", "contravene", "circumvent", "evade",
                         "enforce", "skirt"})
#: Prepositions by which a nominal becomes the topic or setting of another noun.
_TOPIC_OF_NOUN = frozenset({"in", "on", "over", "about", "regarding", "concerning", "amid",
                            "during", "from"})
#: Verbs whose object is a topic: an act discussed is not done ("discussed imposing costs").
_DISCUSS_VERBS = frozenset({"discuss", "debate", "examine", "explore", "review", "study"})
_TOPIC_PATH = frozenset({"dobj", "pobj", "prep", "pcomp", "conj", "xcomp", "compound", "amod",
                         "appos", "acl", "ccomp"})
#: Heads of "in X with <agreement>" citations ("in line with", "in accordance with").
_NORM_HEADS = frozenset({"line", "accordance", "keeping", "compliance", "conformity"})


def is_setting_or_reference(draft: Draft, drafts: Sequence[Draft], index: EntityIndex) -> bool:
    """Return True when a nominal draft only sets, cites or is the topic of something else."""
    return bool(reference_kind(draft, drafts, index))


def reference_kind(draft: Draft, drafts: Sequence[Draft], index: EntityIndex) -> str:
    """Which of :data:`REFERENCE_KINDS` a draft is, or "" when it reports an act of its own.

    :func:`is_setting_or_reference` is this test as a yes or no; the events stage records the
    kind of a draft it drops this way, for the learned rescue (round 19: what reports say is
    not an act, ``reported``, and is never rescued).
    """
    trig = draft.trig
    noun = trig.token
    if (draft.category != "AGREE" and _discussed(_anchor(draft))
            and not _request_weighed(draft)):
        return "discussed"  # "discussed imposing sanctions", "talked about support for Kyiv"
    if trig.kind == "verb" and draft.category in {"SUPPORT", "AGREE"} and _signed_cited(noun):
        return "cited"  # "breaches of the Ostrava accord that both had signed": background
    if trig.kind == "noun" and trig.entry.category == "AGREE" and _cited_accord(noun):
        return "cited"  # "in breach of the Ostrava accord", "set out in the treaty"
    if trig.kind == "noun" and trig.governor is None and _reported_only(noun):
        return "reported"  # "worried by reports of a looming raid": what reports say
    if trig.kind == "noun" and trig.governor is None and _part_of(noun):
        verb = clause_head(noun)  # "as part of a tour of South America, X will visit Y"
        return "setting" if any(other is not draft and clause_head(_anchor(other)) == verb
                                for other in drafts) else ""
    if trig.kind != "noun" or trig.governor is not None:
        if trig.kind != "noun" or noun.dep_ != "pobj":
            return ""
    elif noun.dep_ == "dobj" and noun.head.lemma_.lower() in _NORM_VERBS:
        return "cited"  # "would violate U.N. sanctions"
    elif noun.dep_ == "pobj" and _topic_of_noun(noun.head) and not (
            _topic_kind(noun.head) == "topic" and draft.category in _MATERIAL
            and _authored_act(noun, index)):  # what reports say stays unconfirmed
        return _topic_kind(noun.head)  # "a ceasefire in the Russia-Ukraine war"
    elif noun.dep_ == "pobj" and draft.category == "COOPERATE" and _appraised(noun.head):
        return "topic"  # "the importance of close cooperation between X and Y"
    if noun.dep_ != "pobj":
        return ""
    prep = noun.head
    if trig.entry.category == "AGREE":
        return "cited" if _cites_norm(prep) else ""
    if trig.entry.category != "CONSULT" or trig.governor is not None or not _is_setting(prep):
        return ""
    if _own_participants(noun, index):
        return ""
    verb = clause_head(noun)
    return "setting" if any(other is not draft and clause_head(_anchor(other)) == verb
                            for other in drafts) else ""


#: Nouns of a request made: weighing one ("is reviewing a request from X") presupposes it.
_REQUEST_NOUNS = frozenset({"request", "demand", "appeal", "plea", "petition"})
#: Modifiers and determiners of a request not yet made ("a possible request", "any demand").
_UNMADE = frozenset({"possible", "potential", "proposed", "prospective", "hypothetical",
                     "eventual", "future", "likely", "any", "no"})


#: Categories of material acts done to a party (an arrest, a seizure, an attack, a protest):
#: told with their author inside another noun's phrase they are still news; a support,
#: a refusal or a visit named there is most often the topic of a dispute (round 24).
_MATERIAL = frozenset({"COERCE", "ASSAULT", "SANCTION", "PROTEST"})


def _authored_act(noun: Token, index: EntityIndex) -> bool:
    """Whether an event noun names its author: a named possessor or a ``by`` phrase.

    "the dispute over Iran's seizure of a British crew", "concern over the detention of a
    captain by Tokyo": the act is told for the first time inside the phrase, with who did
    it, and the golds code it (round 24); "a ceasefire in the Russia-Ukraine war" names no
    author and stays a topic.
    """
    if any(c.dep_ == "poss" and c.tag_ != "PRP$" and c.ent_type_ not in {"DATE", "TIME"}
           and phrase_entities(c, index) for c in noun.children):
        return True
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(
        o.dep_ == "pobj" and phrase_entities(o, index) for o in c.children)
        for c in noun.children)


def _request_weighed(draft: Draft) -> bool:
    """Whether the draft is a request that a verb of discussing has as its object (round 22).

    "Sudan is reviewing an extradition request from Egypt": the request was made; only what
    it asks for is still open. A request talked about as a possibility stays a topic: a
    gerund ("discussed asking for aid") is not one of :data:`_REQUEST_NOUNS`, and a noun
    marked as not yet made (:data:`_UNMADE`: "debated a possible appeal to the court", "any
    demand") is no request made (review of round 22).
    """
    noun = draft.trig.token
    return (draft.trig.kind == "noun" and draft.category == "REQUEST"
            and noun.lemma_.lower() in _REQUEST_NOUNS and noun.dep_ == "dobj"
            and noun.head.pos_ == "VERB" and noun.head.lemma_.lower() in _DISCUSS_VERBS
            and not any(c.dep_ in {"amod", "det"} and c.lower_ in _UNMADE
                        for c in noun.children))


def _discussed(token: Token) -> bool:
    """Whether ``token`` is (inside) the topic of a verb of discussing."""
    cur = token
    for _ in range(8):
        if cur.dep_ not in _TOPIC_PATH or cur.head == cur:
            return False
        prev, cur = cur, cur.head
        if cur.pos_ == "VERB" and (cur.lemma_.lower() in _DISCUSS_VERBS or (
                cur.lemma_.lower() == "talk" and prev.lower_ == "about")):
            return True
    return False


def _topic_of_noun(prep: Token) -> bool:
    return (prep.lower_ in _TOPIC_OF_NOUN and prep.head.pos_ in {"NOUN", "PROPN"}
            and prep.head.dep_ != "compound")


def _topic_kind(prep: Token) -> str:
    """The kind of a nominal that is the topic of the noun ``prep`` hangs on.

    ``reported`` under a report noun ("reports about a raid", "a report on the strikes"):
    what reports say, whatever the preposition (round 19, fixrescue19); else ``topic``.
    """
    return "reported" if prep.head.lemma_.lower() in _REPORT_NOUNS else "topic"


def _appraised(prep: Token) -> bool:
    """Whether ``prep`` hangs a relationship on a noun that appraises it ("value of")."""
    return prep.lower_ in {"of", "for", "to"} and prep.head.pos_ == "NOUN" and (
        prep.head.dep_ != "compound") and prep.head.lower_ not in LIGHT_NOUNS


def _anchor(draft: Draft) -> Token:
    return draft.trig.governor if draft.trig.governor is not None else draft.trig.token


def _cites_norm(prep: Token) -> bool:
    word = prep.lower_
    if word in _NORM_PREPS:
        return True
    return word in {"with", "to"} and prep.head.lower_ in _NORM_HEADS | {"pursuant", "according"}


#: Nouns whose "of" object is an accord in force ("breaches of the Ostrava accord").
_NORM_OF_HEADS = frozenset({"violation", "breach", "implementation", "provision", "term",
                            "spirit", "letter", "framework", "signatory", "party",
                            "compliance", "adherence", "text", "clause", "article"})
#: Verbs whose "in" phrase is the text that states something ("set out in the treaty").
_STATED_IN = frozenset({"lay", "set", "outline", "enshrine", "stipulate", "specify",
                        "define", "spell", "describe", "state", "contain", "include"})
#: Nouns of accords that a signing in a relative clause may refer back to.
_ACCORD_NOUNS = frozenset({"agreement", "accord", "deal", "treaty", "ceasefire", "truce",
                           "pact", "memorandum", "protocol", "declaration", "roadmap"})


def _cited_accord(noun: Token) -> bool:
    """Whether an accord noun is cited as a norm by its head, not reached as news.

    "open breaches of the truce and the Ostrava accord", "what was set out in the Ostrava
    accord": the accord exists already; no agreement is reported (a conjunct is
    read through its first conjunct).
    """
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    if noun.dep_ != "pobj":
        return False
    prep = noun.head
    head = prep.head
    if prep.lower_ == "of" and head.lemma_.lower() in _NORM_OF_HEADS:
        return True
    return prep.lower_ == "in" and head.pos_ == "VERB" and head.lemma_.lower() in _STATED_IN


#: Nouns whose "of" phrase is what is reported or alleged, not an act the text reports.
_REPORT_NOUNS = frozenset({"report", "allegation", "claim", "account", "rumor", "rumour"})


def _reported_only(noun: Token) -> bool:
    """Whether an event noun is only what reports say ("reports of continued fighting").

    The events gold codes no act named in "reports / allegations / claims / accounts of X"
    (dev sets and dev12 of round 7: none of seven); the act is coded where a sentence
    reports it. Only ``of`` here (the stage drops these); a report noun's topic phrase
    ("reports about a raid", "a report on the strikes"), which the stage drops as a topic of
    a noun, is labelled ``reported`` too (round 19, fixrescue19: the label only, for the
    rescue's filter).
    """
    while noun.dep_ == "conj" and noun.head != noun:
        noun = noun.head
    prep = noun.head
    return (noun.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lemma_.lower() in _REPORT_NOUNS)


def _signed_cited(verb: Token) -> bool:
    """A signing in a relative clause on a cited accord ("the agreements they signed")."""
    noun = verb.head
    return (verb.dep_ == "relcl" and verb.lemma_.lower() in {"sign", "conclude", "ink"}
            and noun.lemma_.lower() in _ACCORD_NOUNS and _cited_accord(noun))


def _part_of(noun: Token) -> bool:
    """Whether ``noun`` is the whole in "as part of <noun>" ("as part of a tour of Asia").

    The act of the clause is one part of that tour, campaign or operation: the whole is its
    frame, not a second event of the sentence.
    """
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "of":
        return False
    part = prep.head
    return (part.lower_ == "part" and part.dep_ == "pobj"
            and part.head.lower_ in {"as", "in"})


def _is_setting(prep: Token) -> bool:
    word = prep.lower_
    return word in _SETTING_PREPS or (word == "of" and prep.head.lower_ in _SETTING_HEADS)


def _own_participants(noun: Token, index: EntityIndex) -> bool:
    """Whether the meeting names who meets ("talks with Kyiv", "a Security Council meeting").

    "At a meeting of the bloc's farm ministers" names them too (recall round 10: the ``of``
    participants of a meeting noun, as ``consult.meet`` reads them), and so does a person
    or a possessive pronoun that owns it ("after their meeting Tuesday", "during her visit
    to China": round 24); a state that owns it does not ("at China's annual political
    meetings" is a domestic gathering). A possessed meeting that names one coded before is
    still dropped as a re-mention (:func:`~.remention.possessive_remention`).
    """
    for child in noun.children:
        if child.dep_ in {"compound", "amod", "nmod"} and phrase_entities(child, index):
            return True
        if child.dep_ == "poss" and (child.tag_ == "PRP$" or child.ent_type_ == "PERSON"):
            return True  # "after their meeting", "during her visit to China" (round 24)
    preps = [p for p in noun.children if p.dep_ == "prep"
             and p.lower_ in {"with", "between", "of"}]
    return any(phrase_entities(obj, index) for prep in preps for obj in prep.children
               if obj.dep_ == "pobj")
