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
  a call to end, stop or ignore a protest stays REQUEST, and so does a call for an attack
  (round 21 review): "a strike on / against X", "a military strike", "to strike X", "to
  launch strikes on X", "to strike a deal", forces asked to march. The protest's "against"
  object is the recipient (:func:`protest_recipient`).
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

from ..models import Entity
from .entity_index import EntityIndex
from .phrases import entity_key, phrase_entities

__all__ = ["denied_necessities", "protest_called", "protest_recipient", "protest_target",
           "refused_exit_or_assembly", "rejected_hostile_act"]

#: Nouns and verbs of collective protest in the streets or at work (codebook PROTEST).
#: A boycott is left out: a call to boycott a vote or goods was not seen in the golds, and a
#: call on voters to boycott stays the REQUEST it was.
_PROTEST_NOUNS = frozenset({"protest", "march", "strike", "rally", "demonstration", "sit-in"})
_PROTEST_VERBS = frozenset({"protest", "march", "strike", "rally", "demonstrate"})
#: Verbs that carry on or join a protest named as their object ("to keep up the sit-ins").
_PROTEST_CARRIERS = frozenset({"maintain", "continue", "join", "stage", "hold", "keep", "resume",
                               "take", "launch"})
#: Words that ask for a protest to end, not to happen.
_ENDING = frozenset({"end", "stop", "halt", "ignore", "cancel", "call", "suspend", "refrain",
                     "cease", "abandon"})
#: Modifiers of "strike" in its labour sense, and in its attack sense (round 21 review: "a
#: strike on <a state's> facilities", "a military strike against X" are attacks asked for).
_LABOUR_STRIKE = frozenset({"general", "nationwide", "national", "indefinite", "hunger",
                            "labour", "labor", "worker", "workers", "wildcat", "token",
                            "one-day", "two-day", "24-hour", "48-hour", "rail", "teacher",
                            "teachers", "transport"})
_ATTACK_STRIKE = frozenset({"military", "air", "missile", "drone", "nuclear", "retaliatory",
                            "pre-emptive", "preemptive", "rocket", "targeted", "punitive",
                            "surgical", "precision", "artillery", "naval", "limited"})
#: Prepositions of an attack's target ("strikes on X", "to strike at X").
_TARGET_PREPS = frozenset({"on", "against", "at"})
#: People asked who are armed forces: "called on his troops to march on X" is an order.
_FORCES = frozenset({"troop", "troops", "army", "force", "forces", "soldier", "soldiers",
                     "military", "militia", "fighter", "fighters", "navy", "unit", "units",
                     "battalion", "brigade", "commander", "commanders", "general"})


def _targets(word: Token) -> list[Token]:
    """The objects of ``word``'s on/against/at phrases that are no date ("on Monday")."""
    return [g for c in word.children if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS
            for g in c.children if g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"}]


def _in_protest(word: Token) -> bool:
    """Whether ``word`` has an "in protest / in solidarity" phrase (the labour sense)."""
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(
        g.lemma_.lower() in {"protest", "solidarity"} for g in c.children) for c in word.children)


def _attack_noun(noun: Token) -> bool:
    """Whether a "strike" noun is an attack: a target, or a military modifier, no labour one."""
    if noun.lemma_.lower() != "strike" and noun.lower_ != "strikes":
        return False
    mods = {c.lower_ for c in noun.children if c.dep_ in {"amod", "compound", "nmod"}}
    if mods & _LABOUR_STRIKE or _in_protest(noun):
        return False
    return bool(mods & _ATTACK_STRIKE) or bool(_targets(noun))


def _protest_noun(token: Token) -> bool:
    return ((token.lemma_.lower() in _PROTEST_NOUNS or token.lower_ in _PROTEST_NOUNS)
            and not _attack_noun(token))


def _forces_asked(call: Token, comp: Token) -> bool:
    """Whether the people asked ("urged X to", "called on X to") are armed forces."""
    asked = [c for c in call.children if c.dep_ == "dobj"]
    asked += [g for c in call.children if c.dep_ == "prep" and c.lower_ == "on"
              for g in c.children if g.dep_ == "pobj"]
    asked += [c for c in comp.children if c.dep_ == "nsubj"]
    return any(a.lemma_.lower() in _FORCES or a.lower_ in _FORCES for a in asked)


def _protest_verb(comp: Token) -> bool:
    """Whether an infinitive is a protest: "strike" only with no object and no target."""
    if comp.lemma_.lower() not in _PROTEST_VERBS or comp.pos_ != "VERB":
        return False
    if comp.lemma_.lower() == "strike":  # "to strike Iran", "to strike a deal", "strike at"
        return not any(c.dep_ == "dobj" for c in comp.children) and (
            _in_protest(comp) or not _targets(comp))  # "to strike in protest at X": labour
    return True


def protest_called(token: Token) -> Token | None:
    """The protest noun or verb a REQUEST verb calls for ("called for a march"), if any.

    Args:
        token: The trigger of a REQUEST draft ("called", "urged", "asked").

    Returns:
        The request's object when it is a protest noun, or its infinitive when that is a
        protest verb (the carrier's object when it carries on a protest noun); None for calls
        to end or avoid a protest, for an attack asked for ("a strike on X", "to strike X",
        "to launch strikes on X"), for "strike a deal", and for forces asked to march.
    """
    if token.pos_ not in {"VERB", "AUX"}:
        return None
    objects = [c for c in token.children if c.dep_ == "dobj"]
    objects += [g for c in token.children if c.dep_ == "prep" and c.lower_ == "for"
                for g in c.children if g.dep_ == "pobj"]
    found = next((o for o in objects if _protest_noun(o)), None)
    if found is not None:
        return found
    for comp in (c for c in token.children if c.dep_ in {"xcomp", "ccomp"}):
        lemma = comp.lemma_.lower()
        if lemma in _ENDING or _forces_asked(token, comp):
            return None
        if _protest_verb(comp):
            return comp
        if lemma in _PROTEST_CARRIERS:
            carried = next((c for c in comp.children
                            if c.dep_ == "dobj" and _protest_noun(c)), None)
            if carried is not None and not (carried.lemma_.lower() == "strike"
                                            and _targets(comp)):
                return carried  # not "to launch strikes on X" (the target on the carrier)
    return None


def protest_target(protest: Token) -> Token | None:
    """The party a called protest is against ("a march against X", "to protest against X")."""
    for prep in (c for c in protest.children if c.dep_ == "prep" and c.lower_ == "against"):
        target = next((g for g in prep.children if g.dep_ == "pobj"), None)
        if target is not None:
            return target
    return None


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
_HELD_MODS = frozenset({"detained", "jailed", "imprisoned", "arrested", "held", "abducted",
                        "kidnapped", "captured"})
#: Places of detention: "to leave prison" is a release (REJECT).
_DETENTION = frozenset({"prison", "jail", "custody", "detention", "cell", "gaol"})
#: Places whose leaving is an exit (codebook COERCE restrict); any other object ("leave the
#: meeting early") is no restriction of movement.
_EXITS = frozenset({"country", "nation", "territory", "region", "province", "city", "town",
                    "village", "district", "neighbourhood", "neighborhood", "slum", "area",
                    "enclave", "strip", "island", "zone", "camp", "campus", "compound",
                    "airport", "embassy", "consulate", "crossing", "border", "port"})


def _held(noun: Token) -> bool:
    """Whether ``noun`` names people already held ("detainees", "the detained tourists")."""
    return noun.lemma_.lower() in _HELD or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in _HELD_MODS for c in noun.children)


def _restricted(verb: Token, leaver: Token | None = None) -> bool:
    """Whether ``verb`` (an infinitive or gerund) is leaving or assembling, not entering.

    ``leaver`` is the permission's object when the parse hangs the infinitive on it.
    """
    lemma = verb.lemma_.lower()
    if lemma not in _EXIT_OR_ASSEMBLY:
        return False
    leavers = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if leaver is not None:
        leavers.append(leaver)
    if any(_held(c) for c in leavers):
        return False  # "will not allow the detainees to leave": a refused release
    if lemma == "travel":  # only travel out: "to travel abroad", not "travel to the US"
        return any(c.lower_ == "abroad" for c in verb.children)
    if lemma == "leave":  # "leave prison" is a release, "leave the meeting" no exit
        places = [c for c in verb.children if c.dep_ == "dobj"]
        return all(p.lemma_.lower() in _EXITS or (p.ent_type_ == "GPE"
                                                  and p.lemma_.lower() not in _DETENTION)
                   for p in places)
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
                                            and _restricted(c, child) for c in child.children):
                return True
    if lemma in _BARS:
        for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ == "from"):
            if any(g.dep_ == "pcomp" and _restricted(g) for g in prep.children):
                return True
    return False


#: What people need to live (the codebook's human_security context: "access to water, food,
#: housing, energy"; medical care): withholding it from people is a restriction, COERCE.
#: Not "power": "denied him the power to dismiss the cabinet" withholds an authority (REJECT).
_NECESSITIES = frozenset({"care", "treatment", "medicine", "medication", "food", "water",
                          "electricity", "fuel", "shelter", "housing", "energy"})


def denied_necessities(token: Token) -> bool:
    """Whether "deny" withholds necessities from people (COERCE restrict, not REJECT).

    "Denied them medical treatment", "denied the villagers access to water and
    electricity": a party keeps people from what they need, a restriction (codebook COERCE,
    "restrictions on rights, or coercive uses of power"), not the refusal of a proposal,
    demand or charge. The verb needs a dative (the people deprived) and an object that is a
    necessity or access to one; "denied the inspectors access to the site", "denied him a
    visa" (entry barred: guideline 8, REJECT) and "denied the charges" stay REJECT.

    Args:
        token: The trigger of a REJECT draft.

    Returns:
        True for a denial of necessities to people.
    """
    if token.lemma_.lower() != "deny" or not any(c.dep_ == "dative" for c in token.children):
        return False
    for obj in (c for c in token.children if c.dep_ == "dobj"):
        things = [obj]
        if obj.lemma_.lower() == "access":
            things = [w for p in obj.children if p.dep_ == "prep" and p.lower_ == "to"
                      for w in p.children if w.dep_ == "pobj"]
            things += [c for w in list(things) for c in w.children if c.dep_ == "conj"]
        if any(w.lemma_.lower() in _NECESSITIES for w in things):
            return True
    return False

#: Verbs of rejecting (the lexicon's ``reject.refuse`` words that take an object).
_REJECTING = frozenset({"reject", "repudiate"})
#: Objects that name a hostile act, not a proposal, demand or charge.
_HOSTILE_ACTS = frozenset({"violence", "terrorism", "aggression", "provocation", "extremism"})
#: Objects that are hostile only by their content ("efforts to undermine", "calls to
#: overthrow the government", "acts of terrorism"); "any military action against smugglers"
#: is a proposed act refused, REJECT. A plan is a proposal whatever it plans: rejecting it
#: stays REJECT (round 21 review). A call stays: the review asked to drop it too, but a
#: dev18 gold codes the rejection of a call for renewed violence ACCUSE, and no gold codes
#: such a rejected call REJECT.
_AIMS = frozenset({"effort", "attempt", "call", "move", "bid", "act", "action"})
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


def protest_recipient(verb: Token, actor: tuple[Entity, ...],
                      index: EntityIndex) -> tuple[Entity, ...]:
    """Return the party a called protest is against ("called for a march against X").

    Args:
        verb: The trigger verb of the call.
        actor: The draft's actor; its members are never the recipient.
        index: The document's entity index.
    """
    protest = protest_called(verb)
    own = {entity_key(e) for e in actor}
    target = protest_target(protest) if protest is not None else None
    return tuple(e for e in phrase_entities(target, index) if entity_key(e) not in own)
