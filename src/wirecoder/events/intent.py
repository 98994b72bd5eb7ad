"""Acts that a sentence names as an aim or as not having happened.

Two constructions name an act without reporting it (PLOVER codes acts, not goals):

* a **purpose clause**: an infinitive of purpose ("held talks to reach an agreement",
  "in an effort to secure a deal", "in order to assist", "tried to curb the flow") states what
  an actor aims at, not what it did;
* a **"without" gerund** ("negotiated for hours without reaching an agreement"): the act did
  not happen, so the event is negated.

A purpose clause produces no event of any category ("released documents to back up its
claim", "deployed troops to deter an attack"); the act that has the purpose keeps its own
trigger, which is not in the clause. An attempt ("tried to curb") is a goal only for the
categories whose goal is commonly stated that way (:data:`PURPOSE_CATEGORIES`: agreements,
aid, coercion, sanctions and concessions); "tried to storm the building" stays an attack.
A bare nominal in a purpose clause names an existing act ("trying to break an Israeli
blockade") and is kept; an attempted act ("the attempt to overthrow", "is seeking to finalize
a deal") is reported, so "attempt" and "seek" are not goal markers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..actors.kb import compile_kb
from .modifiers import clause_head

if TYPE_CHECKING:
    from .trigger_record import Trigger

__all__ = ["PURPOSE_CATEGORIES", "SPEECH_CATEGORIES", "advised_against", "alleged_reason",
           "asked_question", "asking_verb",
           "generic_agent", "in_purpose_clause", "pattern_of_acts", "praised_quality",
           "press_contact",
           "requested_content",
           "said_in_contact", "support_commitment", "without_gerund"]

#: Categories whose trigger inside a purpose clause is a goal, not an act.
PURPOSE_CATEGORIES = frozenset({"AGREE", "AID", "COERCE", "SANCTION", "CONCEDE"})
#: Nouns whose infinitive states a goal ("an effort/a bid/an attempt to secure a deal").
_PURPOSE_NOUNS = frozenset({"effort", "bid", "order", "push", "drive", "quest",
                            "aim", "goal", "hope", "endeavor", "endeavour", "way"})
#: Verbs of trying whose infinitive is not (yet) done ("tried to curb", "seeks to secure").
_ATTEMPT_VERBS = frozenset({"try", "strive", "aim", "hope", "endeavor", "endeavour",
                            "struggle", "scramble"})


#: Verbs of contact whose purpose clause is performed by the contact itself ("spoke with X to
#: reaffirm support", "called X to congratulate him").
_CONTACT_VERBS = frozenset({"speak", "call", "phone", "telephone", "meet", "talk", "confer",
                            "visit", "write", "host", "convene", "travel", "receive"})
#: Nouns of contact after a light verb ("held a call with X to thank him").
_CONTACT_NOUNS = frozenset({"call", "meeting", "talk", "conversation", "videoconference",
                            "conference", "discussion", "visit", "touch", "contact", "letter",
                            "message"})
#: Verbal categories: the act is done by saying it.
SPEECH_CATEGORIES = frozenset({"SUPPORT", "ACCUSE", "REQUEST", "REJECT", "THREATEN"})


def said_in_contact(anchor: Token) -> bool:
    """Whether ``anchor`` heads the purpose clause of a contact ("spoke with X to thank him").

    A verbal act (praise, thanks, a request, a pledge) stated as the purpose of a call,
    meeting or visit is performed in it: a readout's "spoke with X to reaffirm support" reports
    the support, unlike "held talks to reach an agreement", whose aim may fail.
    """
    verb = clause_head(anchor)
    for _ in range(3):
        if not _infinitive(verb) or verb.dep_ not in {"advcl", "conj", "xcomp"}:
            return False
        if verb.dep_ == "advcl":
            break
        verb = verb.head
    head = verb.head
    if head.lemma_.lower() in _CONTACT_VERBS:
        return True
    return any(c.lemma_.lower() in _CONTACT_NOUNS
               for c in head.children if c.dep_ in {"dobj", "attr", "nsubj"}) or any(
        g.lemma_.lower() in _CONTACT_NOUNS
        for p in head.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")


def _infinitive(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _is_purpose(verb: Token, attempts: bool = True) -> bool:
    """Whether ``verb`` heads an infinitive of purpose (or of an attempt, with ``attempts``)."""
    if not _infinitive(verb):
        return False
    head = verb.head
    if verb.dep_ == "advcl" and head.pos_ in {"VERB", "AUX"}:
        return True  # "held talks to reach an agreement"
    if verb.dep_ == "acl" and head.lemma_.lower() in _PURPOSE_NOUNS:
        return True  # "in an effort to secure a deal", "in order to assist"
    if verb.dep_ == "pcomp" and head.dep_ == "prep" and head.head.pos_ in {"VERB", "AUX"} and any(
            c.dep_ == "nsubj" for c in verb.children):
        return True  # "spoke with X to discuss": the parse hangs the purpose on "with X"
    return attempts and verb.dep_ == "xcomp" and head.lemma_.lower() in _ATTEMPT_VERBS


def in_purpose_clause(anchor: Token, attempts: bool = True) -> bool:
    """Whether the clause of ``anchor`` (or a clause it is coordinated in) states a goal.

    Args:
        anchor: The trigger, or the light verb that governs it.
        attempts: Count infinitives of trying ("tried to curb") as goals too.

    Returns:
        True for "to reach an agreement" after a main verb, "in an effort to secure a deal",
        "tried to curb ..."; False for main clauses and for "agreed to", "plans to".

    """
    verb = clause_head(anchor)
    for _ in range(4):
        if _is_purpose(verb, attempts):
            return True
        if verb.dep_ not in {"conj", "xcomp"} or verb.head == verb:
            return False
        verb = verb.head
    return False


def without_gerund(anchor: Token) -> bool:
    """Whether ``anchor`` heads a "without" gerund ("without reaching an agreement")."""
    verb = clause_head(anchor)
    return verb.dep_ == "pcomp" and verb.head.lower_ == "without"


#: Verbs of punishing or blaming whose "for" gerund names the alleged wrongdoing.
_PUNISH_VERBS = frozenset({
    "sanction", "designate", "arrest", "detain", "charge", "indict", "convict", "sentence",
    "jail", "imprison", "prosecute", "punish", "fine", "expel", "ban", "deport", "extradite",
    "investigate", "sue", "penalize", "penalise", "blacklist", "try"})


def alleged_reason(anchor: Token) -> bool:
    """Whether ``anchor`` heads the "for" gerund of a punishment or blame.

    "OFAC sanctioned two firms for supporting the drone program", "was sentenced for
    smuggling arms": the gerund is the alleged wrongdoing, the content of the accusation
    (guideline 2), not an event of its own. Condemning or blaming an act ("condemned
    Thailand for sending Uyghurs back") does not make it alleged: it stays coded.
    """
    verb = clause_head(anchor)
    if verb.dep_ != "pcomp" or verb.tag_ != "VBG" or verb.head.lower_ != "for":
        return False
    return verb.head.head.lemma_.lower() in _PUNISH_VERBS


#: Nouns of the news media: talking to them is how a statement is made, not a meeting.
_MEDIA_NOUNS = frozenset({"reporter", "reporters", "journalist", "journalists", "press",
                          "media", "newsman", "newsmen", "correspondent", "correspondents",
                          "newspaper", "broadcaster", "outlet"})


def press_contact(anchor: Token) -> bool:
    """Whether a contact is with the news media: "talking to reporters", "an interview with CNN".

    A party that speaks to, meets or briefs the press makes a statement through it; the
    contact is no CONSULT (guideline 13: declining to comment to the media is not coded;
    the round-7 spot check counts a spokesman's exchange with the press as spurious).
    Journalists named as a party ("met Ugandan journalists jailed in Kampala") stay: a
    nationality or a clause of their own makes them the people met, not the channel.

    Args:
        anchor: The contact's trigger, or the light verb that governs it.

    Returns:
        True when the partner met or spoken to is the news media.
    """
    partners = [c for c in anchor.children if c.dep_ in {"dobj", "dative"}]
    partners += [p for prep in anchor.children if prep.dep_ == "prep"
                 and prep.lower_ in {"to", "with"} for p in prep.children if p.dep_ == "pobj"]
    return any(_media(p) for p in partners)


def _media(noun: Token) -> bool:
    if noun.pos_ == "PROPN" and any(actor.kind == "ORG" and actor.sector == "JRN"
                                    for actor in compile_kb().lookup(noun.text)):
        return True  # a news organisation of the knowledge base ("an interview with <outlet>")
    if noun.lower_ not in _MEDIA_NOUNS:
        return False
    return not any(c.ent_type_ in {"NORP", "GPE"} or c.dep_ in {"acl", "relcl", "poss"}
                   for c in noun.children)


#: Verbs of praise or thanks whose "for" phrase names what is praised.
_PRAISE_VERBS = frozenset({"commend", "thank", "praise", "applaud", "laud", "hail", "salute",
                           "congratulate", "credit", "appreciate", "recognize", "recognise"})


#: Nouns of a promise that a welcome praises ("welcome her pledge to rule for everyone").
_PROMISE_NOUNS = frozenset({"commitment", "pledge", "promise", "undertaking", "assurance"})


def praised_quality(noun: Token) -> bool:
    """Whether a commitment noun is the quality praised ("commended them for their commitment").

    "thanked the minister for his country's long-term commitment in Afghanistan" praises a
    standing disposition; no promise is made in the sentence. A commitment welcomed or
    saluted as an object ("we welcome her pledge to rule for everyone") is the praised
    thing too: the events gold codes the welcome (SUPPORT), and the promised act itself
    when the sentence names one, not an AGREE for the noun.
    """
    head = noun.head
    if noun.dep_ == "dobj":  # not "welcomed the agreements signed today": news
        return (noun.lemma_.lower() in _PROMISE_NOUNS
                and head.lemma_.lower() in _PRAISE_VERBS | {"welcome"})
    return (noun.dep_ == "pobj" and head.lower_ == "for"
            and head.head.lemma_.lower() in _PRAISE_VERBS)


#: Nouns whose "of" phrase names a kind of act, not one act ("the practice of holding
#: political prisoners", "a pattern of threats", "a long line of raids").
_PATTERN_NOUNS = frozenset({"practice", "pattern", "history", "record", "habit", "tradition",
                            "culture", "policy", "line", "form", "kind", "type", "sort"})


def pattern_of_acts(token: Token) -> bool:
    """Whether the act is named as a kind of conduct, not reported as one act.

    "the habit of jailing critics", "a broader pattern of intimidation ... and moves to
    silence journalists", "a long line of raids, arrests and reprisals", "every other form
    of assault", "has experience battling insurgents": the sentence characterises conduct
    over time; the acts it sums up are coded where they are reported (dev12 and blind15 of
    round 7). "line" counts only as "a long line of". A pattern with a possessor names a
    party's ongoing conduct and is kept ("Veloria's continued pattern of unjustly holding
    foreign visitors" is a COERCE).

    Args:
        token: The act's trigger token.

    Returns:
        True when the act is named as a kind of conduct.
    """
    cur = token
    for _ in range(5):
        head = cur.head
        if cur.dep_ in {"xcomp", "acl"} and head.lemma_.lower() == "experience":
            return True
        if cur.dep_ in {"pobj", "pcomp"} and head.lower_ == "of":
            noun = head.head
            lemma = noun.lemma_.lower()
            if any(c.dep_ == "poss" or any(g.dep_ == "case" for g in c.children)
                   for c in noun.children):  # a "'s" possessor, however it is parsed
                return False  # "Veloria's continued pattern of holding": a named conduct
            return lemma in _PATTERN_NOUNS and (lemma != "line" or any(
                c.lower_ == "long" for c in noun.children))
        if cur.dep_ in {"conj", "acl"} or (cur.dep_ == "amod" and cur.tag_ == "VBG"):
            cur = head
            continue
        return False
    return False


#: Heads of a generic agent ("those who threaten our forces", "anyone who attacks").
_GENERIC = frozenset({"those", "anyone", "anybody", "whoever", "everyone", "whomever"})


def generic_agent(anchor: Token) -> bool:
    """Whether the act's agent is generic: a rule or warning about whoever does it.

    "We will hold accountable those who threaten our forces", "anyone who attacks" state a
    policy about any such act; no act is reported.
    """
    verb = clause_head(anchor)
    if verb.dep_ == "relcl" and (verb.head.lower_ in _GENERIC or _warned_class(verb)):
        return True
    return any(c.dep_ == "nsubj" and c.lower_ in _GENERIC for c in verb.children)


#: Auxiliaries of a warning's main clause ("would not be safe", "will pay").
_WARNING_AUX = frozenset({"will", "would", "shall", "'ll", "wo"})


def _warned_class(relcl: Token) -> bool:
    """A present-tense relative clause on a plural (or "any") noun inside a future clause.

    "the capitals of the countries that attack Yemen would not be safe": the warning names a
    class of whoever attacks, not an attack (round 22's spot check). The relative clause
    has no auxiliary of its own, its subject is the relative pronoun, and the clause the
    noun belongs to is announced with "will/would".
    """
    noun = relcl.head
    every = any(c.dep_ == "det" and c.lower_ in {"any", "every"} for c in noun.children)
    if not ((noun.tag_ == "NNS" and relcl.tag_ == "VBP") or every) or any(
            c.dep_ in {"aux", "auxpass"} for c in relcl.children):
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in {"that", "who", "which"}
               for c in relcl.children):
        return False
    head = noun
    while head.dep_ not in {"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj"} and (
            head.head != head):
        head = head.head
    return any(c.dep_ == "aux" and c.lower_ in _WARNING_AUX for c in head.children)


#: Verbs of asking whose infinitive complement (and its conjuncts) is what is asked for.
_REQUEST_VERBS = frozenset({"urge", "ask", "appeal", "implore", "press", "encourage",
                            "request", "demand", "exhort", "beseech", "entreat", "plead"})
#: Edges from an act up to the verb whose content it is ("to halt ..., and disarm").
_CONTENT_EDGES = frozenset({"xcomp", "conj", "advcl", "ccomp", "dep"})


def asking_verb(verb: Token) -> bool:
    """Whether ``verb`` asks for an act: "urge", "ask", "demand"; "call" only with "on/for"."""
    return _asks(verb)


def _asks(verb: Token) -> bool:
    """A verb of asking: "urge", "ask", "demand"; "call" only as "call on/upon/for"."""
    lemma = verb.lemma_.lower()
    if lemma == "call":
        return any(c.dep_ == "prep" and c.lower_ in {"on", "upon", "for"}
                   for c in verb.children)
    return lemma in _REQUEST_VERBS


def requested_content(anchor: Token) -> bool:
    """Whether the act is part of what a request asks for, not a reported act.

    The request frame absorbs the first act it asks for ("urged X to hold talks" is one
    REQUEST); acts coordinated with it or asked further down ("urge Marlow to halt the
    fighting, order his militia back to its camps, and disarm"; "called on both commanders
    to hold their troops, pull them back to base") are the same request's content.
    Only verbs reached through infinitive complements and their conjuncts count: a clause
    of its own ("X urged talks, and Y attacked") has a subject and stops the walk.

    Args:
        anchor: The act's trigger token.

    Returns:
        True when the act is content of a request.
    """
    verb = clause_head(anchor)
    if verb.pos_ not in {"VERB", "AUX"} or verb.tag_ not in {"VB", "VBP"}:
        return False
    for _ in range(4):
        if verb.dep_ not in _CONTENT_EDGES or verb.head == verb:
            return False
        if any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return False  # a clause with its own subject reports its own act
        head = verb.head
        if _asks(head) and (verb.dep_ != "conj" or _misattached(verb, head)):
            return True
        verb = head
    return False


def _misattached(conj: Token, verb: Token) -> bool:
    """A bare infinitive parsed as a conjunct of a finite verb of asking.

    "Kenya called on Ethiopia to end the offensive, instruct its army ...": "instruct"
    cannot be coordinated with "called" (it would be "instructed"); it continues the
    infinitive complement. Only a tensed head counts ("we call ... and urge" is ambiguous).
    """
    return conj.tag_ == "VB" and verb.tag_ in {"VBD", "VBZ"}


#: Verbs of advising against an act ("cautioned X against closing a border").
_ADVISE_AGAINST = frozenset({"warn", "caution", "advise", "counsel", "urge"})


def advised_against(anchor: Token) -> bool:
    """Whether the act is what someone is warned or advised against: it has not happened.

    "Veloria cautioned its neighbours against closing the border": the warning may be an
    event; the closure is its content, not an act.

    Args:
        anchor: The act's trigger token.

    Returns:
        True when the act is what a warning or advice is against.
    """
    verb = clause_head(anchor)
    prep = verb.head
    return (verb.dep_ == "pcomp" and prep.lower_ == "against"
            and prep.head.lemma_.lower() in _ADVISE_AGAINST)


#: Commitment words whose support content is support stated now; a pledge to support
#: ("pledged to support the talks") stays a promise, AGREE (the dev sets code it so).
_SUPPORT_COMMITMENTS = frozenset({"commitment", "agree"})
#: Modifiers of a commitment kept over time (AGREE by events guideline 19).
_KEPT_OVER_TIME = frozenset({"continued", "continuing", "ongoing", "enduring"})


def support_commitment(trig: Trigger) -> bool:
    """Whether a commitment frame states support ("restated its commitment to backing X").

    A commitment to supporting a party, or to its security, expresses SUPPORT now (the
    events gold codes a restated commitment to backing a people and a commitment to a
    state's security as SUPPORT, and "agreed to support" too; "is committed to supporting
    X" states the same stance); pledges and commitments to assist, meet or withdraw stay
    AGREE. A commitment kept over time ("remains committed to supporting X", "a continued
    commitment to backing X") is AGREE, as the open golds code it (events guideline 19).

    Args:
        trig: A trigger of the commitment entry with what it absorbed.

    Returns:
        True when the commitment states support now.
    """
    if trig.entry.id not in {"agree.commit", "agree.willing"} or not trig.absorbed or (
            trig.absorbed[0].id != "support.back"):
        return False
    token = trig.token
    if trig.entry.id == "agree.willing":  # "is committed to", not "is willing to"
        return _committed_state(token)
    if any(c.dep_ == "amod" and c.lower_ in _KEPT_OVER_TIME for c in token.children):
        return False  # "a continued commitment to backing X": AGREE (guideline 19)
    return token.lemma_.lower() in _SUPPORT_COMMITMENTS or _committed_state(token)


def _committed_state(token: Token) -> bool:
    """"is committed to supporting X": a stance held now ("remains committed": guideline 19).

    The active verb ("committed to support X", "has committed to backing") is a pledge made
    in the sentence and stays AGREE.
    """
    if token.lower_ != "committed" or token.tag_ not in {"VBN", "JJ"}:
        return False
    return any(c.dep_ == "auxpass" or (c.dep_ in {"aux", "cop"} and c.lemma_ == "be")
               for c in token.children) or token.head.lemma_.lower() == "be"  # not "remain"


def asked_question(verb: Token) -> bool:
    """Whether "ask" puts a question, not a request ("asked X if he agreed", "What ...? she asked").

    PLOVER's REQUEST asks for something: an act ("asked X to withdraw") or a thing ("asked X
    for troops"). A clause that is a question (a wh-word first, "if/whether", or a question
    mark) asks for information; the events gold codes no REQUEST for it ("asked the old
    farmer whether he trusted them"; a rhetorical question of a survivor).

    Args:
        verb: The verb of asking.

    Returns:
        True when the verb puts a question rather than a request.
    """
    if verb.lemma_.lower() not in {"ask", "inquire", "enquire"}:
        return False
    children = list(verb.children)
    if any(c.dep_ == "xcomp" or (c.dep_ == "prep" and c.lower_ == "for") for c in children):
        return False
    for clause in (c for c in children if c.dep_ in {"ccomp", "advcl", "dep", "parataxis"}):
        words = list(clause.subtree)
        if any(c.dep_ == "mark" and c.lower_ in {"if", "whether"} for c in clause.children):
            return True
        if words[0].tag_ in {"WP", "WRB", "WDT", "WP$"} or any(t.text == "?" for t in words):
            return True
    return False
