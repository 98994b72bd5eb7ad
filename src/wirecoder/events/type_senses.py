"""Readings that give a trigger another PLOVER type than its lexicon entry (issue 9, round 12).

Round 12 counted the spurious system events of READ and the development sets that pair with
an unmatched gold event of another type on the same trigger (``docs/events.md``, "Types
round 12"). The checks here pick between two candidate types by the codebook, reading the
trigger's arguments; :func:`.stage._other_reading` applies them:

* **regret**: the codebook's CONCEDE is regret for one's own act; regretting another
  party's act is disapproval, ACCUSE (events guideline 14). "Ruritania regrets that the
  Freedonian navy ignored its warnings" is ACCUSE (recipient: the clause's subject), "we
  regret our error" stays CONCEDE.
* **non-material support**: AID is material; a giving verb whose only object is support
  named diplomatic, moral or political gives SUPPORT (codebook SUPPORT: political,
  diplomatic, non-material).
  Support named material ("military / logistical support") is no ``support.back`` noun
  (its modifier excludes it) and stays AID.
* **blocking roads**: PROTEST is civilian collective action (codebook PROTEST); police,
  troops, militants or a state blocking a road restrict movement, COERCE/restrict.
* **casualty tallies**: a passive perfect count of victims over a period with no agent and
  no named attack ("five engineers have been wounded since work on the dam began") is a
  statistic (events guideline 13), not one attack; no event is coded.
* **crowds gathering**: "gather" is a CONSULT verb for officials; a crowd of non-officials
  gathering before a building of authority or in order to demand something is a PROTEST
  (codebook: "rally, gather to protest"), and no event when it only gathers ("families
  fleeing a flood gathered in a school"). Members of an organisation, a state or an
  official body who gather meet: CONSULT stands.
* **warnings off**: a future refusal to permit another party a hostile act against the
  speaker ("would never permit their militias to destabilize its provinces") warns that
  party off (THREATEN: "coercive or forceful warnings", as "will not tolerate"); a refused
  permission to leave, enter or go stays REJECT.
* **joint exercises**: a drill or exercise held with or between partners is COOPERATE
  (events guideline 12 codes joint drills COOPERATE); one state's drill stays MOBILIZE.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..codebook import cameo_root, quad, score
from ..models import Event
from .place_captures import captured_place
from .purpose_types import (
    denied_necessities,
    protest_called,
    refused_exit_or_assembly,
    rejected_hostile_act,
)
from .state_senses import appeal_call

__all__ = ["armed_obstruction", "crowd_gathering", "cumulative_tally", "entry_ban_rejected",
           "hosted_welcome", "joint_exercise", "nonmaterial_support", "other_type",
           "regretted_other_act",
           "regretted_party", "warned_off"]

#: Verbs of regret that code CONCEDE (``concede.apologize``) when the act is one's own.
_REGRET_VERBS = frozenset({"regret"})
#: Clause dependencies of a regretted proposition ("regret that the council failed").
_CLAUSE_DEPS = frozenset({"ccomp"})
#: Subject dependencies inside that clause.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)


def _own(mention: Token, regretter: Token | None) -> bool:
    """Whether ``mention`` is the regretter itself: a pronoun, or the same head word."""
    if mention.pos_ == "PRON" or mention.tag_ == "PRP$":
        return True  # "we regret that we could not", "Ruritania regrets that it did"
    return regretter is not None and mention.lemma_.lower() == regretter.lemma_.lower()


def regretted_party(verb: Token) -> Token | None:
    """The other party whose act "regret" deplores, or None when the regret is for one's own.

    The regretted proposition is a clause whose subject is a noun phrase that is not the
    regretter ("regrets that the Freedonian parliament refused to ratify"). A pronoun
    subject ("regret that we") is taken as the regretter's own. The clause's subject is the
    recipient of the disapproval. An act named as the object ("regrets Freedonia's decision")
    is the lexicon's: ``accuse.regret_act`` codes it ACCUSE with its possessor as recipient.

    Args:
        verb: The CONCEDE trigger verb.

    Returns:
        The head of the other party's phrase, or None.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _REGRET_VERBS:
        return None
    regretter = _subject(verb)
    for child in verb.children:
        if child.dep_ in _CLAUSE_DEPS and child.pos_ in {"VERB", "AUX"}:
            subj = _subject(child)
            if subj is not None and not _own(subj, regretter):
                return subj
    return None


def regretted_other_act(verb: Token) -> bool:
    """Whether "regret" deplores another party's act rather than apologizing for its own.

    Two places code regret as ACCUSE, each for a shape the other cannot see: the lexicon
    entry ``accuse.regret_act`` takes an act noun as object ("regrets the decision",
    "regrets Freedonia's refusal"; removing it changes development events), and this check
    takes a "that" clause with another subject, which no entry's object can express
    (:func:`regretted_party`). An object-possessor test that this check also made was
    removed in review: it changed no development or READ event.

    Args:
        verb: The CONCEDE trigger verb.

    Returns:
        True when the regret is disapproval of someone else (ACCUSE/disapprove).
    """
    return regretted_party(verb) is not None


#: Nouns of a material thing given beside the support ("support and weapons"): AID stands.
_SUPPORT_NOUNS = frozenset({"support", "backing"})


def nonmaterial_support(verb: Token, rules: list[str]) -> bool:
    """Whether an AID verb gives only non-material support ("gave Freedonia moral support").

    The verb coded AID through its object, the ``support.back`` noun (``object:support.back``
    in ``rules``), and it has no other object ("provided support and weapons" stays AID).

    Args:
        verb: The AID trigger verb.
        rules: The trigger's rule notes (:attr:`.triggers.Trigger.rules`).

    Returns:
        True when the event is SUPPORT (codebook: only material help is AID).
    """
    if "object:support.back" not in rules or verb.pos_ != "VERB":
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [c for o in objects for c in o.conjuncts]
    return bool(objects) and all(o.lemma_.lower() in _SUPPORT_NOUNS for o in objects)


#: Subjects that are forces or authorities, not civilians (codebook PROTEST: civilian action).
_FORCES = frozenset({
    "police", "policeman", "officer", "soldier", "troop", "army", "force", "military",
    "militant", "rebel", "fighter", "insurgent", "guerrilla", "militia", "gunman", "guard",
    "authority", "government", "regime", "junta", "marine", "jihadist", "extremist",
})


def armed_obstruction(verb: Token) -> bool:
    """Whether a road is blocked by forces or a state, not by protesters.

    "Freedonian soldiers blocked the road", "police kept blocking the motorway": the
    obstruction restricts movement (COERCE/restrict); "farmers blocked roads" stays PROTEST.
    The subject is the verb's own, or that of the verb it is a conjunct or complement of
    ("seized the bridge and blocked the highway", "kept blocking").

    Args:
        verb: The PROTEST obstruct trigger verb.

    Returns:
        True when the subject is a force, an authority or a state (GPE).
    """
    if verb.pos_ != "VERB":
        return False
    subj = _subject(verb)
    if subj is None and verb.dep_ in {"conj", "xcomp"}:
        subj = _subject(verb.head)
    if subj is None:
        return False
    return subj.lemma_.lower() in _FORCES or subj.ent_type_ == "GPE"


#: Verbs of casualties counted in a tally.
_CASUALTY_VERBS = frozenset({"kill", "injure", "wound", "die"})
#: Named episodes of violence: casualties "in the offensive" are that act's, not a tally.
_EPISODES = frozenset({"offensive", "attack", "operation", "raid", "clash", "strike", "bombing",
                       "shelling", "ambush", "assault", "battle", "airstrike", "incursion"})
#: Wars counted whole in a tally (a war named with its length in years or months).
_WARS = frozenset({"conflict", "war", "insurgency", "uprising", "crisis"})
#: Units of a war's length ("decade-long", "the 11-month war").
_UNITS = frozenset({"year", "years", "month", "months", "decade", "decades"})


def _period(prep: Token) -> bool:
    """Whether a preposition phrase is a period: "since 2013", "over the past 14 months"."""
    word = prep.lower_
    if word == "since":
        return True
    if word not in {"over", "in", "during", "throughout"}:
        return False
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is None:
        return False
    words = {t.lower_ for t in obj.subtree if t.i < obj.i or t == obj}
    if words & {"past", "last"}:
        return True  # "over the past 14 months", "in the last year"
    # a war named with its length ("the decade-long insurgency"): counted whole
    return obj.lemma_.lower() in _WARS and bool(
        words & _UNITS or any(w.endswith(("-year", "-month")) for w in words))


def cumulative_tally(verb: Token) -> bool:
    """Whether a passive perfect casualty verb counts the dead of a period.

    "N have been killed since ...", "... have been killed so far", "... in the past year",
    "... in the decade-long insurgency": a tally (events guideline 13, statistics), with no
    agent ("by ...") and no single attack named.

    Args:
        verb: The ASSAULT trigger verb.

    Returns:
        True when the clause is a casualty count over a period.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _CASUALTY_VERBS:
        return False
    children = list(verb.children)
    if not any(c.dep_ == "nsubjpass" for c in children) or any(
            c.dep_ == "agent" for c in children):
        return False
    if not any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"in", "during"} and any(
            o.dep_ == "pobj" and o.lemma_.lower() in _EPISODES for o in c.children)
           for c in children):
        return False  # casualties "in the offensive" belong to that one campaign
    if any(c.dep_ == "advmod" and c.lower_ == "far" and any(
            g.lower_ == "so" for g in c.children) for c in children):
        return True  # "have been killed so far"
    if any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "since"
                                     for m in c.children) for c in children):
        return True  # a "since" clause: counted from an event on ("since work began")
    return any(c.dep_ == "prep" and _period(c) for c in children)


#: Verbs of a crowd coming together.
_GATHER_VERBS = frozenset({"gather", "assemble", "converge", "mass"})
#: Heads of a crowd or of people who are no officials ("thousands of civilians", "members").
_CROWD = frozenset({
    "protester", "protestor", "demonstrator", "supporter", "activist", "member", "people",
    "civilian", "resident", "villager", "student", "monk", "woman", "man", "worker", "crowd",
    "thousand", "hundred", "dozen", "refugee", "follower", "family", "relative", "citizen",
})
#: Prepositions of standing before a building ("outside the embassy", "in front of").
_BEFORE = frozenset({"outside", "before", "front", "near", "at"})
#: Purposes that make a gathering a protest ("to call for a prisoner's freedom", "to denounce").
_PROTEST_PURPOSES = frozenset({"call", "demand", "protest", "denounce", "condemn", "urge",
                               "press", "demonstrate", "oppose", "rally", "mourn", "chant"})
#: Buildings of authority a crowd protests before.
_SEATS = frozenset({"embassy", "consulate", "parliament", "ministry", "palace", "office",
                    "headquarters", "court", "house", "building", "mission", "residence"})


#: Official bodies whose members meet rather than crowd ("members of the cabinet").
_BODIES = frozenset({
    "government", "cabinet", "council", "parliament", "assembly", "senate", "congress",
    "committee", "commission", "ministry", "delegation", "administration", "board",
    "organisation", "organization", "union", "league", "alliance", "bloc", "court",
    "legislature", "bureau", "secretariat", "presidium", "politburo", "junta", "party",
})


def _of_body(subj: Token) -> bool:
    """Whether a subject's "of" phrase names an organisation, a state or an official body.

    "members of the Coastal Council", "members of Ruritania's cabinet", "the people of two
    ministries": the members of a body who gather meet (CONSULT), they are no crowd. A number
    head reads through to its noun ("dozens of members of the council").
    """
    head = subj
    for _ in range(2):
        prep = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
        if obj is None:
            return False
        if obj.ent_type_ in {"ORG", "GPE"} or obj.lemma_.lower() in _BODIES:
            return True
        head = obj
    return False


def _crowd(subj: Token) -> bool:
    if subj.lemma_.lower() in _CROWD or subj.lower_ in _CROWD:
        return True
    return subj.like_num  # "thousands gathered"


def crowd_gathering(verb: Token) -> str | None:
    """How a CONSULT "gather" by a crowd reads: ``"PROTEST"``, ``"none"`` or None (a meeting).

    A crowd of non-officials (:data:`_CROWD`) that gathers before a building of authority or
    in order to demand something protests; one that only gathers holds no consultation.

    Args:
        verb: The CONSULT trigger verb.

    Returns:
        "PROTEST", "none" (no event), or None when the subject is no crowd.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _GATHER_VERBS:
        return None
    subj = _subject(verb)
    if subj is None and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or not _crowd(subj):
        return None
    for child in verb.children:
        if child.dep_ in {"advcl", "xcomp"} and child.lemma_.lower() in _PROTEST_PURPOSES:
            return "PROTEST"  # "gathered to demand a prisoner's freedom"
        if child.dep_ == "prep" and child.lower_ in _BEFORE:
            place = [t for t in child.subtree if t.lemma_.lower() in _SEATS]
            if place:
                return "PROTEST"  # "massed in front of a consulate"
        if child.dep_ == "prep" and child.lower_ == "in" and any(
                g.lower_ == "front" for g in child.children):
            return "PROTEST"
    if _of_body(subj):
        return None  # members of a body or state who gather meet: CONSULT stands
    return "none"


#: Verbs of permission whose negation may warn another party off.
_PERMIT_VERBS = frozenset({"allow", "let", "permit"})
#: Auxiliaries of a commitment for the future ("will not allow", "would never let").
_FUTURE_AUX = frozenset({"will", "would", "shall", "wo", "'ll"})
#: Hostile acts against the speaker that a state warns others off.
_HARMS = frozenset({
    "undermine", "threaten", "harm", "hurt", "destabilize", "destabilise", "attack",
    "violate", "interfere", "meddle", "infringe", "encroach", "endanger", "jeopardize",
    "jeopardise", "intimidate", "provoke", "bully", "blackmail", "dictate", "occupy",
    "invade", "seize", "annex", "subvert", "sabotage", "disrupt", "terrorize", "terrorise",
})


def warned_off(verb: Token) -> bool:
    """Whether a negated future permission warns another party off a hostile act.

    "Ruritania would never permit Freedonian gunboats to intimidate its fishing fleet",
    "will not let the militias threaten our towns": the complement is the other party's act
    against the speaker (:data:`_HARMS`), so the statement is a forceful warning (THREATEN),
    not the refusal of a request ("will not allow the detainees to leave" stays REJECT).

    Args:
        verb: The REJECT trigger verb ("allow", "let", "permit").

    Returns:
        True when the refused permission is for a hostile act, announced for the future.
    """
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in _PERMIT_VERBS:
        return False
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
        return False
    return any(c.dep_ in {"ccomp", "xcomp"} and c.lemma_.lower() in _HARMS
               for c in verb.children)


#: Nouns of a military exercise.
_EXERCISES = frozenset({"exercise", "drill", "maneuver", "manoeuvre", "wargame"})
#: Modifiers of an exercise held by several forces.
_JOINT = frozenset({"joint", "combined", "bilateral", "trilateral", "multinational",
                    "multilateral"})


def _several(subj: Token) -> bool:
    """Whether a subject names two parties ("Ruritania and Freedonia", "Ruritanian and ...")."""
    if any(c.dep_ == "conj" for c in subj.children):
        return True
    return any(c.dep_ in {"amod", "compound"} and any(g.dep_ == "conj" for g in c.children)
               for c in subj.children)


def _paired_names(noun: Token) -> bool:
    """Whether two capitalized adjectives joined by a hyphen modify ``noun``.

    "the Veridian-Freedonian drills", "Sino-Russian exercises", "the Ruritanian-Freedonian
    drills": two parties named in one modifier. A name written with a hyphen ("Al-Shabab",
    a proper noun) or a lowercase second half ("Russian-backed") is not a pair.
    """
    doc = noun.doc
    for token in doc[noun.left_edge.i:noun.i]:
        if token.pos_ == "ADJ" and "-" in token.text.strip("-"):
            left, _, right = token.text.partition("-")
            if left[:1].isupper() and right[:1].isupper():
                return True
        if token.text == "-" and 0 < token.i < noun.i - 1:
            before, after = doc[token.i - 1], doc[token.i + 1]
            if (before.pos_ == after.pos_ == "ADJ" and before.text[:1].isupper()
                    and after.text[:1].isupper()):
                return True
    return False


def joint_exercise(noun: Token, governor: Token | None) -> bool:
    """Whether a MOBILIZE exercise noun is held with or between partners.

    "held a naval exercise with Freedonia", "the drill between the two armies", "a joint
    exercise", "Ruritanian and Freedonian troops completed a training exercise", "the
    Ruritanian-Freedonian drills", "an exercise led by Ruritania between its navy and
    Freedonia's" (the last two round 21).

    Args:
        noun: The MOBILIZE trigger noun.
        governor: Its light verb, if any ("held", "conducted").

    Returns:
        True when the exercise is joint (COOPERATE, events guideline 12).
    """
    if noun.lemma_.lower() not in _EXERCISES:
        return False
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in _JOINT for c in noun.children):
        return True
    if _paired_names(noun):
        return True  # "the Ruritanian-Freedonian drills", "Sino-Russian exercises" (round 21)
    heads = [noun] if governor is None else [noun, governor]
    heads += [c for c in noun.children if c.dep_ == "acl"]  # "an exercise led … between"
    if noun.dep_ in {"nsubj", "nsubjpass"} and noun.head.pos_ == "VERB":
        heads.append(noun.head)  # "the drill, held between the two armies, ended"
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between", "alongside"}
           for h in heads for c in h.children):
        return True
    subj = _subject(governor) if governor is not None else None
    return subj is not None and _several(subj)


#: A type choice: the new category (None: no event) and mode, and the note for ``why``.
Reading = tuple[str | None, str | None, str]


def other_type(category: str, mode: str | None, token: Token, governor: Token | None,
               kind: str, rules: list[str]) -> Reading | None:
    """Return round 12's reading of a trigger coded ``category``, or None to keep it.

    Args:
        category: The PLOVER category the entry (and frames) gave the draft.
        mode: Its mode.
        token: The trigger token.
        governor: The trigger's light verb, if any.
        kind: ``"verb"`` or ``"noun"`` (the trigger's kind).
        rules: The trigger's rule notes (:attr:`.triggers.Trigger.rules`).

    Returns:
        ``(category, mode, note)`` to retype the event, ``(None, None, reason)`` to drop it,
        or None when no check applies.
    """
    verb = kind == "verb"
    if category == "CONCEDE" and verb and regretted_other_act(token):
        return "ACCUSE", "disapprove", "regretted-other->ACCUSE"  # "regrets that X ignored"
    if category == "AID" and nonmaterial_support(token, rules):
        return "SUPPORT", None, "nonmaterial-support->SUPPORT"  # "gave moral support"
    if category == "PROTEST" and mode == "obstruct" and armed_obstruction(token):
        return "COERCE", "restrict", "armed-obstruction->COERCE"  # "soldiers blocked the road"
    if category == "ASSAULT" and verb and cumulative_tally(token):
        return None, None, "casualty-tally"  # a count of victims over a period: a statistic
    if category in {"SUPPORT", "AGREE"} and verb and hosted_welcome(token, category):
        return "CONSULT", "visit", "hosted-welcome->CONSULT"  # "pleased to welcome the minister"
    if category == "CONSULT" and not verb and appeal_call(token):
        return "REQUEST", None, "appeal-call->REQUEST"  # "renewed its call to X to end Y"
    if category == "CONSULT":
        crowd = crowd_gathering(token)
        if crowd == "PROTEST":
            return "PROTEST", "demo", "crowd-gathering->PROTEST"
        if crowd is not None:
            return None, None, "crowd-gathering"  # a crowd that only gathers: no meeting
    if category == "MOBILIZE" and joint_exercise(token, governor):
        return "COOPERATE", None, "joint-exercise->COOPERATE"  # guideline 12
    if category == "COERCE" and captured_place(token, verb):
        return "ASSAULT", None, "captured-place->ASSAULT"  # guideline 18: taken in fighting
    if category == "REJECT" and verb and warned_off(token):
        return "THREATEN", None, "warned-off->THREATEN"  # "would never permit X to harm Y"
    return _purpose_type(category, token) if verb else None


#: Words of a host's pleasure that make "to welcome X" said now ("it is a pleasure to welcome").
_HOST_PLEASURE = frozenset({"pleasure", "honor", "honour", "privilege", "pleased", "delighted",
                            "honored", "honoured", "glad", "happy", "proud"})
#: Nouns of the people a host receives (a visit is made by an official, not by a plan).
_VISITORS = frozenset({"minister", "president", "secretary", "leader", "premier", "king",
                       "queen", "prince", "ambassador", "delegation", "chancellor", "envoy",
                       "counterpart", "guest", "emir", "sultan", "governor", "ministers",
                       "leaders", "delegations", "guests", "counterparts"})


def hosted_welcome(verb: Token, category: str) -> bool:
    """Whether "welcome" receives a visiting official (CONSULT visit), not approval (SUPPORT).

    "we are delighted to welcome Freedonia's defence minister", "welcomed the Freedonian
    delegation to the royal palace", "welcomed Freedonia's premier to the capital": a host
    receives a visitor (codebook CONSULT visit / host; guideline 17: welcoming stays visitor
    -> host). The object is a person or an official's title, and the welcome is said now by
    a host's pleasure ("pleased / a pleasure / an honor to welcome") or names where the visitor
    comes ("to <place>", "back"). "Welcomed the decision", "welcome the troops for bringing
    security" (approval for a reason), "I want to welcome you" and "looked forward to
    welcoming the president" (a planned visit, AGREE) stay; so does "welcomed X back to the
    negotiating table" (a return to talks).

    Args:
        verb: The trigger token of a SUPPORT draft, or of an AGREE draft made from it.
        category: The draft's category (an AGREE needs the host's pleasure: it is said now).

    Returns:
        True for a hosted visit.
    """
    if verb.lemma_.lower() != "welcome" or verb.pos_ != "VERB":
        return False
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or any(c.dep_ == "prep" and c.lower_ == "for" for c in verb.children):
        return False
    if obj.ent_type_ != "PERSON" and obj.lemma_.lower() not in _VISITORS:
        return False
    if any(w.lemma_.lower() in _PROCESSES for w in _welcomed_to(verb)):
        return False  # "welcomed X back to the negotiating table": approval of a return
    head = verb.head
    pleasure = verb.dep_ in {"xcomp", "acl", "relcl"} and head.lemma_.lower() in _HOST_PLEASURE
    if category == "AGREE":
        return pleasure
    arrival = any((c.dep_ == "prep" and c.lower_ == "to") or (c.dep_ in {"prt", "advmod"}
                  and c.lower_ == "back") for c in verb.children)
    return pleasure or arrival


#: Destinations of "welcome X (back) to" that are a process, not a place (review 24).
_PROCESSES = frozenset({"table", "talk", "talks", "negotiation", "process", "fold", "dialogue"})


def _welcomed_to(verb: Token) -> list[Token]:
    """The objects of the "to" phrases on "welcome" or on its "back"."""
    heads = [verb, *(c for c in verb.children if c.lower_ == "back")]
    return [o for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "to"
            for o in p.children if o.dep_ == "pobj"]

def _purpose_type(category: str, token: Token) -> Reading | None:
    """Round 21's readings by the act's purpose or permitted act (``purpose_types.py``)."""
    protest = protest_called(token) if category == "REQUEST" else None
    if protest is not None:
        strike = protest.lemma_.lower() == "strike" or protest.lower_ == "strikes"
        return "PROTEST", "strike" if strike else "demo", "called-protest->PROTEST"
    if category == "REJECT" and refused_exit_or_assembly(token):
        return "COERCE", "restrict", "refused-exit->COERCE"  # guideline 6(b)
    if category == "REJECT" and denied_necessities(token):
        return "COERCE", "restrict", "denied-necessities->COERCE"  # "denied them water"
    if category == "REJECT" and rejected_hostile_act(token):
        return "ACCUSE", "disapprove", "rejected-hostile-act->ACCUSE"  # guideline 14
    return None


#: The trigger of a ban on entering a territory: "travel ban", "entry bans".
_ENTRY_BAN = re.compile(r"\b(?:travel|entry)[\s-]+bans?$", re.IGNORECASE)
#: Words saying that a ban keeps its target in the country ("barred from leaving", "travel
#: abroad"): an exit ban on a state's own people, which stays COERCE restrict.
_EXIT = re.compile(r"\b(?:leav(?:e|es|ing)|exit(?:s|ing)?|depart(?:s|ing|ure)?|abroad|"
                   r"outside the country)\b", re.IGNORECASE)


def _own_people(event: Event) -> bool:
    """Whether every recipient of ``event`` has a country code that is one of its actors'."""
    actors = {a.country_code for a in event.actor if a.country_code}
    targets = {r.country_code for r in event.recipient}
    return bool(actors and targets) and None not in targets and targets <= actors


def entry_ban_rejected(event: Event, text: str) -> Event:
    """Code a ban on foreigners entering REJECT, not COERCE restrict (GUIDELINE decision 8).

    "Veridia put an entry ban on two Ruritanian generals": barring foreigners from
    entering a state's territory is REJECT per the codebook's COERCE ambiguities (the spot
    checks accept SANCTION, never COERCE). A state's ban on its own people travelling stays
    COERCE restrict (the codebook's restriction of movement): not retyped when every
    recipient is of the actor's own country ("a Ruritanian court put a travel ban on the
    Ruritanian banker") or when the sentence says the ban keeps its target in ("barring him
    from leaving"). The ban noun is found by ``coerce.restrict`` ("ban"); only its type and
    mode change here, after the learned filter has judged it an event, so what is coded
    stays the same.

    Args:
        event: A coded event.
        text: The document's text (the trigger may be "ban" after its modifier "entry").

    Returns:
        ``event`` as a REJECT when its trigger is a travel or entry ban coded COERCE that
        bars foreigners from entering.
    """
    if event.event_type != "COERCE" or not _ENTRY_BAN.search(
            text[max(0, event.start - 16):event.end]):
        return event
    if _own_people(event) or _EXIT.search(event.text):
        return event  # an exit ban on the state's own people: COERCE restrict
    return event.model_copy(update={
        "event_type": "REJECT", "mode": None, "score": score("REJECT", None),
        "quad": quad("REJECT"), "cameo_root": cameo_root("REJECT", None, event.context),
        "why": f"{event.why}; entry-ban->REJECT" if event.why else "entry-ban->REJECT"})
