"""Types read from what an act is for or what it permits (issue 9 §3–4, round 21).

Round 21 listed the system events of READ and the development sets that sit on the trigger
of an unmatched gold event of another type (``docs/events.md``, "Type confusions, round
21"). Four of the confusions are decided by the act's complement, as the codebook and the
events guideline read it; :func:`.stage._other_reading` applies them through
:func:`.type_senses.other_type`:

* **relief deployments** (in :func:`.military_moves.relief_deployment`, which the stage calls
  earlier): troops sent *to* help, rescue or protect people are AID (events guideline 12).
* **calls for a protest**: a call, appeal or urging whose object is a march, strike, rally or
  demonstration ("called for a general strike", "urged supporters to march") is the
  organisers' PROTEST (codebook PROTEST: the demand of a protest is not a separate event);
  a call to end, stop or ignore a protest stays REQUEST.
* **refused exit or assembly**: refusing or barring one's own people from leaving, travelling
  abroad, demonstrating or assembling restricts movement or political freedom, COERCE
  restrict (events guideline 6(b): "is not allowed to leave the country"; codebook COERCE
  restrict). Barring entry stays REJECT (guideline 8), and so do a party's own refusal to
  leave ("refused to leave the country") and a refused release ("will not allow the
  detainees to leave").
* **rejected hostile acts**: "rejecting" another party's violence, acts of terrorism or
  efforts to undermine a state answers no proposal, demand or charge: it is disapproval,
  ACCUSE (codebook REJECT: rejecting a proposal, demand or accusation; events guideline 14:
  condemning, "opposes X" is ACCUSE/disapprove). Rejecting a demand, offer, plan, claim or
  an attempt to make the speaker yield stays REJECT.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["called_protest", "refused_exit_or_assembly", "rejected_hostile_act"]

#: Nouns and verbs of collective protest in the streets or at work (codebook PROTEST).
#: A boycott is left out: a call to boycott a vote or goods was not seen in the golds, and a
#: call on voters to boycott stays the REQUEST it was.
_PROTEST_NOUNS = frozenset({"protest", "march", "strike", "rally", "demonstration", "sit-in"})
_PROTEST_VERBS = frozenset({"protest", "march", "strike", "rally", "demonstrate"})
#: Verbs that carry on or join a protest named as their object ("to maintain street protests").
_PROTEST_CARRIERS = frozenset({"maintain", "continue", "join", "stage", "hold", "keep", "resume",
                               "take", "launch"})
#: Words that ask for a protest to end, not to happen.
_ENDING = frozenset({"end", "stop", "halt", "ignore", "cancel", "call", "suspend", "refrain",
                     "cease", "abandon"})


def _protest_noun(token: Token) -> bool:
    return token.lemma_.lower() in _PROTEST_NOUNS or token.lower_ in _PROTEST_NOUNS


def called_protest(token: Token) -> bool:
    """Whether a REQUEST verb calls for a protest to happen ("called for a march").

    Args:
        token: The trigger of a REQUEST draft ("called", "urged", "asked").

    Returns:
        True when the request's object is a protest noun, or its infinitive is a protest
        verb or carries on a protest noun; False for calls to end or avoid a protest.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    if any(_protest_noun(o) for o in objects):
        return True
    for comp in (c for c in token.children if c.dep_ in {"xcomp", "ccomp"}):
        lemma = comp.lemma_.lower()
        if lemma in _ENDING:
            return False
        if lemma in _PROTEST_VERBS and comp.pos_ == "VERB":
            return True
        if lemma in _PROTEST_CARRIERS and any(
                c.dep_ == "dobj" and _protest_noun(c) for c in comp.children):
            return True
    return False


#: Permission words: refusing them to someone restricts that person.
_PERMITS = frozenset({"allow", "let", "permit"})
#: Barring words that take "from" + a gerund ("barred from leaving").
_BARS = frozenset({"bar", "ban", "prevent", "stop", "forbid", "block"})
#: Verbs of leaving the country or of assembling (political freedom).
_EXIT_OR_ASSEMBLY = frozenset({
    "leave", "exit", "depart", "travel", "demonstrate", "protest", "assemble", "gather",
    "rally", "march",
})


#: People already held: refusing to let them leave refuses their release (REJECT).
_HELD = frozenset({"detainee", "prisoner", "hostage", "captive", "inmate"})


def _restricted(verb: Token) -> bool:
    """Whether ``verb`` (an infinitive or gerund) is leaving or assembling, not entering."""
    lemma = verb.lemma_.lower()
    if lemma not in _EXIT_OR_ASSEMBLY:
        return False
    if any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in _HELD
           for c in verb.children):
        return False  # "will not allow the detainees to leave": a refused release
    if lemma == "travel":  # only travel out: "to travel abroad", not "travel to the US"
        return any(c.lower_ == "abroad" for c in verb.children)
    return True


def refused_exit_or_assembly(token: Token) -> bool:
    """Whether a REJECT refuses a party leave to go out or to assemble (COERCE restrict).

    Args:
        token: The trigger of a REJECT draft ("refused", "allow", "barred", "refusals").

    Returns:
        True for a refused permission ("refused to allow X to leave", "did not let them
        demonstrate") or a bar ("barred from leaving") whose act is leaving the country,
        travelling abroad or assembling.
    """
    lemma = token.lemma_.lower()
    permits = [token] if lemma in _PERMITS else []
    permits += [c for c in token.children if c.dep_ in {"xcomp", "acl"}
                and c.lemma_.lower() in _PERMITS]
    for permit in permits:
        for child in permit.children:
            if child.dep_ in {"xcomp", "ccomp"} and _restricted(child):
                return True
            if child.dep_ == "dobj" and any(c.dep_ in {"acl", "relcl", "xcomp"}
                                            and _restricted(c) for c in child.children):
                return True
    if lemma in _BARS:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
            if any(g.dep_ == "pcomp" and _restricted(g) for g in prep.children):
                return True
    return False


#: Verbs of rejecting (the lexicon's ``reject.refuse`` words that take an object).
_REJECTING = frozenset({"reject", "repudiate"})
#: Objects that name a hostile act, not a proposal, demand or charge.
_HOSTILE_ACTS = frozenset({"violence", "terrorism", "aggression", "provocation", "extremism"})
#: Objects that are hostile only by their content ("efforts to undermine", "calls for a
#: return to violence", "acts of terrorism"); "any military action on our soil" is a
#: proposed act refused, REJECT.
_AIMS = frozenset({"effort", "attempt", "call", "move", "plan", "bid", "act", "action"})
_HOSTILE_WORDS = frozenset({"undermine", "destabilize", "destabilise", "foment", "subvert",
                            "disrupt", "sabotage", "incite", "violence", "conflict",
                            "terrorism", "overthrow"})


def rejected_hostile_act(verb: Token) -> bool:
    """Whether a REJECT verb rejects another party's hostile act (ACCUSE/disapprove).

    Args:
        verb: The trigger of a REJECT draft ("rejects", "repudiated").

    Returns:
        True when the verb's direct object names violence, terrorism or hostile actions, or
        an effort, attempt or call whose content is hostile ("efforts to undermine").
    """
    if verb.lemma_.lower() not in _REJECTING or verb.pos_ not in {"VERB", "AUX"}:
        return False
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        lemma = obj.lemma_.lower()
        if lemma in _HOSTILE_ACTS:
            return True
        if lemma in _AIMS and any(t.lemma_.lower() in _HOSTILE_WORDS
                                  for t in obj.subtree if t.i != obj.i):
            return True
    return False
