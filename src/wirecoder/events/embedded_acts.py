"""Acts a sentence names only as the content of a wish or of a report it denies (round 20).

Issue 9 §3–4 (precision): an act named inside what a party wants, or inside a report or
claim that the sentence denies, has not been reported as done. Two readings of the parse:

* **A wish of the subject's own** ("militants want to take over the delta", "opponents who
  want to seize power"): the infinitive complement of a verb of wishing (:data:`WISH_VERBS`)
  names what the subject would like to do, not an act (PLOVER codes acts that took place,
  and a commitment only by its own verb: a pledge, a threat, an agreement). The wish with its
  own subject ("want X to step up") is :func:`.sense.wished_for`'s. A negated wish ("does
  not want to meet") is a refusal and stays (the coder makes it a REJECT).
* **The performative wish** ("I want to thank you", "we would like to welcome the
  minister", "I wish to extend my condolences"): with a first-person subject and a speech
  act, the speaker does the act by saying so, now; it is not a future act (which the coder
  would turn into a future AGREE). :func:`performative_wish` says when.
* **A charge's list parsed loose** ("accused X of training and supporting the rebels",
  "accused X of planting mines, abducting residents and burning crops"): the parser often
  hangs the later gerunds of a charge's "of" list on the charging verb itself, as a conjunct
  or an adjunct, so that the check of the "of" phrase (:func:`.news_senses.charge_content`)
  does not see them. A gerund cannot be coordinated with a tensed verb ("accused ... and
  supported" would be), so it continues the list: :func:`listed_charge`.
* **A denied report** ("denied reports that its troops crossed the border", "dismissed the
  claims that it had shelled the town", "says reports that the army took the town are
  false"): the act inside the content clause of a report, claim or allegation that a
  verb of denial governs, or that the sentence calls false, is the content of the denial
  (events guideline 2), not an act the text asserts.

* **Any act of a kind** ("a treaty covers any attack on its territory", "opposes any
  attempts to intimidate the people", "any attempt to seize more land will be met with
  costs"): an event noun determined by "any", or the infinitive of "any attempt(s)", names a
  kind of act, not one that took place; :func:`any_act`. A negated clause ("has not staged
  any attacks", "failed to make any arrests") is a negated event, left to the negation.
  A verbal act in the conditional on "any" act ("we would condemn any seizure of power")
  states how the speaker would react to a kind of act: no act either (:func:`any_stance`).

* **A promise to be kept** ("urge the regime to fulfill its promises", "the last day for
  the government to fulfill a promise to release prisoners", "call on X to uphold his
  promise"): a promise, pledge or commitment that is the object of keeping or breaking it
  names a commitment made before, not a new one (events guideline 1(a): a back-reference
  adds no event); :func:`honoured_promise`.

Everything is read from the dependency parse of the trigger's sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from .modifiers import clause_head, reporting_clause

__all__ = ["WISH_VERBS", "any_act", "any_stance", "denied_report", "honoured_promise",
           "listed_charge", "own_wish", "performative_wish"]

#: Verbs of wishing whose infinitive complement is what the subject would like to do.
WISH_VERBS = frozenset({"want", "wish"})
#: "would like / would love to": a wish only with "would" ("likes to travel" is a habit).
_WOULD_VERBS = frozenset({"like", "love"})
#: First-person subjects: the speaker's own wish to thank, welcome, urge ... is the act.
_FIRST_PERSON = frozenset({"i", "we"})
#: Nouns of a report or claim whose content clause ("reports that X crossed") a denial covers.
_REPORT_NOUNS = frozenset({"report", "claim", "allegation", "accusation", "rumor", "rumour",
                           "suggestion", "assertion", "charge", "story", "speculation"})
#: Verbs of denial whose object is the report denied ("denied reports that ...").
_DENY_VERBS = frozenset({"deny", "reject", "dismiss", "refute", "disclaim", "disavow",
                         "discount", "debunk", "contradict"})
#: Predicates that call a report false ("reports that ... are false / baseless").
_FALSE_WORDS = frozenset({"false", "baseless", "untrue", "unfounded", "groundless", "wrong",
                          "fabricated", "incorrect", "inaccurate", "nonsense", "lie",
                          "fabrication", "fiction"})
#: Verbs of charging whose "of / with / for" list a loose gerund continues.
_CHARGE_VERBS = frozenset({"accuse", "charge", "blame", "convict", "suspect", "indict"})
#: Dependencies climbed from an act to the clause that holds it (coordination included).
_CLAUSE_DEPS = frozenset({"conj", "xcomp", "ccomp", "advcl", "pcomp", "pobj", "prep", "dobj"})


def _wish_head(verb: Token) -> Token | None:
    """The verb of wishing whose infinitive complement ``verb`` is (through conjuncts)."""
    cur = verb
    for _ in range(3):
        head = cur.head
        if cur.dep_ == "xcomp" and head is not cur and (
                head.lemma_.lower() in WISH_VERBS or (
                    head.lemma_.lower() in _WOULD_VERBS
                    and any(c.lower_ == "would" or c.lower_ == "'d" for c in head.children))):
            return head
        if cur.dep_ != "conj" or head.i == cur.i:
            return None
        if not _bare_infinitive(cur):
            return None  # "wants to buy X and signed / has massed": a tensed clause of its own
        cur = head
    return None


def _bare_infinitive(verb: Token) -> bool:
    """Whether a conjunct is a bare infinitive ("to buy jets and sign"), no tensed verb.

    Only an auxiliary "to" may go with it ("wants to buy jets and to sign"); "signed",
    "has massed" or "will sign" joined to a wish are acts of their own.
    """
    return verb.tag_ == "VB" and not any(
        c.dep_ in {"aux", "auxpass"} and c.tag_ != "TO" for c in verb.children)


def _negated(verb: Token) -> bool:
    return any(c.dep_ == "neg" for c in verb.children)


def _first_person(verb: Token) -> bool:
    return any(c.dep_ == "nsubj" and c.lower_ in _FIRST_PERSON for c in verb.children)


def performative_wish(token: Token) -> bool:
    """Whether the act is said now by a speaker who "wants / would like to" do it.

    "I want to thank you", "we would like to express our condolences": a first-person,
    present-tense, non-negated wish whose complement is the speech act itself.

    Args:
        token: The trigger token (a verb, or a noun object of the wished verb).

    Returns:
        True when the wish performs the act; the caller applies it to speech acts only.
    """
    verb = clause_head(token)
    head = _wish_head(verb)
    if head is None or _negated(head) or not _first_person(head):
        return False
    return head.tag_ in {"VBP", "VB", "MD"} or any(
        c.lower_ in {"would", "'d"} for c in head.children)


def own_wish(token: Token) -> bool:
    """Whether the act is only what its subject wants to do ("want to seize power").

    The trigger's clause is the subjectless infinitive complement of a verb of wishing
    that is not negated. The caller excuses a performative wish (:func:`performative_wish`)
    of a speech act ("we want to thank you").

    Args:
        token: The trigger token.

    Returns:
        True when the act is a wish, not an act.
    """
    verb = clause_head(token)
    if verb.pos_ not in {"VERB", "AUX"} or any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
        return False
    head = _wish_head(verb)
    return head is not None and not _negated(head)


def _report_noun(verb: Token) -> Token | None:
    """The report or claim noun whose content clause holds ``verb`` ("reports that X ...")."""
    cur = verb
    for _ in range(6):
        head = cur.head
        if head.i == cur.i:
            return None
        if cur.dep_ in {"acl", "ccomp", "relcl"} and head.pos_ == "NOUN" and (
                head.lemma_.lower() in _REPORT_NOUNS):
            if cur.dep_ == "relcl" and not any(c.lower_ == "that" and c.dep_ == "mark"
                                               for c in cur.children):
                return None  # "the report, which X wrote": a relative clause, no content
            return head
        if cur.dep_ not in _CLAUSE_DEPS:
            return None
        cur = head
    return None


def _called_false(noun: Token) -> bool:
    """Whether the sentence says the report is false ("reports ... are false")."""
    head = noun.head
    if noun.dep_ in {"nsubj", "nsubjpass"}:
        return any(c.dep_ in {"acomp", "attr", "oprd"} and c.lemma_.lower() in _FALSE_WORDS
                   for c in head.children)
    return False


def denied_report(token: Token) -> bool:
    """Whether the act is inside a report or claim that the sentence denies.

    "denied reports that its troops had crossed", "dismissed the reports that it had
    carried out strikes", "says reports that the army captured the town are false".

    Args:
        token: The trigger token.

    Returns:
        True when the act is the content of a denied report.
    """
    verb = clause_head(token)
    if verb.pos_ not in {"VERB", "AUX"}:
        return False
    noun = _report_noun(verb)
    if noun is None:
        return False
    if noun.dep_ in {"dobj", "nsubjpass"} and noun.head.lemma_.lower() in _DENY_VERBS:
        return True
    return _called_false(noun)


def listed_charge(token: Token, adjunct: bool = True) -> bool:
    """Whether the act is a gerund of a charge's list that the parse hung on the charge verb.

    "accused Chad of training and supporting the rebels" ("supporting": a conjunct of
    "accused"), "accused X of planting mines, abducting residents" ("abducting": an adjunct
    of "accused"). The charge verb must be tensed and carry its "of / with / for" phrase.

    Args:
        token: The trigger token.
        adjunct: Also read a gerund adjunct (``advcl``) as part of the list; the caller
            passes False for speech acts ("accused X of lying, saying ..." says something).

    Returns:
        True when the act is content of the charge.
    """
    verb = clause_head(token)
    if verb.tag_ != "VBG" or verb.dep_ not in ({"conj", "advcl"} if adjunct else {"conj"}):
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "mark"} for c in verb.children):
        return False
    head = verb.head
    if verb.dep_ == "conj" and head.tag_ == "VBG" and head.i != verb.i:
        return listed_charge(head, adjunct)  # "..., abducting residents and burning crops"
    if head.lemma_.lower() not in _CHARGE_VERBS or head.tag_ not in {"VBD", "VBZ", "VBP", "VBN"}:
        return False
    prep = next((c for c in head.children if c.dep_ == "prep"
                 and c.lower_ in {"of", "with", "for"}), None)
    if prep is None:  # "accused Chad's government of training": the phrase on the object
        prep = next((g for c in head.children if c.dep_ == "dobj" for g in c.children
                     if g.dep_ == "prep" and g.lower_ in {"of", "with", "for"}), None)
    return prep is not None and prep.i < verb.i


#: Nouns of trying whose "to" infinitive, after "any", is a kind of act ("any attempts to").
_ATTEMPT_NOUNS = frozenset({"attempt", "effort", "bid", "move"})


def _any(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ == "any" for c in noun.children)


def any_act(token: Token) -> bool:
    """Whether the trigger names a kind of act ("any attack", "any attempts to seize").

    Args:
        token: The trigger token; the caller leaves negated events out.

    Returns:
        True for an event noun determined by "any", or a verb that is the infinitive of
        "any attempt(s) / effort(s) / bid(s) / move(s)".
    """
    if token.pos_ == "NOUN":
        return _any(token)
    head = token.head
    return (token.pos_ == "VERB" and token.dep_ == "acl" and head.i != token.i
            and head.lemma_.lower() in _ATTEMPT_NOUNS and _any(head))


#: Modals of the conditional: "would condemn any ..." says how one would react.
_CONDITIONAL_MODALS = frozenset({"would", "could", "might", "'d"})


def any_stance(token: Token) -> bool:
    """Whether a verbal act is a conditional reaction to a kind of act ("would condemn any").

    The trigger verb has a conditional modal, is no reported future (no reporting verb
    above it: "said it would condemn" reports what the party will do) and its object is
    determined by "any". The caller applies it to verbal acts that are not negated.

    Args:
        token: The trigger token.

    Returns:
        True when the act is a conditional stance.
    """
    if token.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ in _CONDITIONAL_MODALS
                                       for c in token.children):
        return False
    if not any(c.dep_ == "dobj" and _any(c) for c in token.children):
        return False
    return reporting_clause(token) is None


#: Nouns of a commitment made before, when something is done with it.
_PROMISE_NOUNS = frozenset({"promise", "pledge", "commitment", "vow", "undertaking",
                            "obligation", "assurance", "guarantee"})
#: Verbs of keeping or breaking a commitment ("fulfill its promise", "broke its pledge").
_KEEP_VERBS = frozenset({"fulfill", "fulfil", "uphold", "honor", "honour", "keep", "implement",
                         "respect", "meet", "break", "violate", "breach", "betray", "abandon",
                         "renege", "deliver", "live", "abide", "stick", "stand"})


def honoured_promise(noun: Token) -> bool:
    """Whether a commitment noun is one being kept or broken ("fulfill its promises").

    Args:
        noun: The trigger token of an event noun.

    Returns:
        True when the noun is the object of a verb of keeping or breaking (directly, or
        after its particle or preposition: "deliver on", "live up to", "abide by").
    """
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _PROMISE_NOUNS:
        return False
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ in {"prep", "prt"}:
        head = head.head
    elif noun.dep_ != "dobj":
        return False
    return head.lemma_.lower() in _KEEP_VERBS
