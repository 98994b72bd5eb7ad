"""The victims of a condemned act are not the recipient of the condemnation (issue 9, round 7).

An ACCUSE event's recipient is the party accused: "X condemned the attack by Y" and "X
condemned Y's siege of Z" accuse Y. The people, places and bodies the condemned act was
done to or in are not accused: "Veloria condemns the raid on the Red Cross office",
"... the violence against farmers and aid workers in <country>", "... the latest bombings
in <city>, which struck worshippers", "deeply dismayed by the sentencing of <person>". Every
events gold set of the project codes these with the victim outside the recipient (an
ACCUSE with an empty recipient when the attacker is not named); the rules and the learned
chooser filled it with the victim.

:func:`judged_victim` reads the parse: a mention inside the trigger's content that hangs on
a hostile or coercive nominal ("attack", "violence", "detention") as its target (``on``,
``against``, ``at``, ``of`` ...), its place (``in``), the object of a relative clause on it
("attacks which targeted X") or the possessor of an act done to the possessor ("his
detention") is a victim. Agents stay: ``by`` and ``between`` phrases and the possessor of
an attack ("the RSF's siege") or of an act done to someone that names its patient with
"of" ("<state>'s detention of <fishermen>", round 18); when the accusation has no
recipient of its own, they are its recipient (:func:`judged_agents`: "condemns the
detention of <activists> by <state>'s authorities" accuses that state).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..models import Entity
from .entity_index import EntityIndex
from .noun_roles import PATIENT_NOMINALS, names_of_patient
from .phrases import phrase_entities

__all__ = ["HOSTILE_NOMINALS", "agent_possessor", "judged_agents", "judged_victim"]

#: Nominals of hostile acts whose targets are victims, not accused.
HOSTILE_NOMINALS = frozenset({
    "attack", "assault", "violence", "bombing", "shelling", "strike", "airstrike", "raid",
    "massacre", "siege", "abuse", "crackdown", "shooting", "explosion", "blast",
    "bombardment", "offensive", "seizure", "harassment", "repression", "persecution",
    "intimidation", "targeting", "hostility", "fighting", "aggression", "escalation",
    "incursion", "invasion", "atrocity", "violation", "threat", "act", "outbreak",
}) | PATIENT_NOMINALS
#: Prepositions that attach a victim (or the place of the act) to a hostile nominal.
VICTIM_PREPS = frozenset({"on", "against", "at", "upon", "toward", "towards", "of", "in",
                          "inside", "near", "across", "targeting"})
#: Prepositions that attach the act's agents.
AGENT_PREPS = frozenset({"by", "between", "from"})


def _head(entity: Entity, doc: Doc) -> Token | None:
    """The syntactic head token of a mention (the token whose head lies outside it)."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return None if span is None or not len(span) else span.root


def judged_victim(entity: Entity, trigger: Token) -> bool:
    """Return True when ``entity`` is a victim (or place) of an act the trigger judges.

    Args:
        entity: A mention in the trigger's sentence.
        trigger: The ACCUSE trigger token ("condemns", "condemnation", "troubled").
    """
    tok = _head(entity, trigger.doc)
    if tok is None:
        return False
    for _ in range(12):
        parent = tok.head
        if parent.i == tok.i or tok.i == trigger.i or parent.i == trigger.i:
            return False
        if tok.dep_ == "pobj" and parent.lower_ == "between":
            return False  # "violence along the border between X and Y": the parties
        nominal = parent.head if tok.dep_ == "pobj" and parent.dep_ == "prep" else None
        if nominal is not None and nominal.lemma_.lower() in HOSTILE_NOMINALS:
            if parent.lower_ in AGENT_PREPS:
                return False  # "the attack by Y", "fighting between X and Y"
            if parent.lower_ in VICTIM_PREPS:
                return _under(nominal, trigger)
        if tok.dep_ == "poss" and parent.lemma_.lower() in HOSTILE_NOMINALS:
            # "his detention" (done to him) vs "the RSF's siege" (done by it)
            return not agent_possessor(parent) and _under(parent, trigger)
        if (tok.dep_ in {"dobj", "nsubjpass"} and parent.dep_ in {"relcl", "acl"}
                and parent.head.lemma_.lower() in HOSTILE_NOMINALS):
            return _under(parent.head, trigger)  # "attacks which targeted pilgrims"
        tok = parent
    return False


def agent_possessor(nominal: Token) -> bool:
    """Return True when the possessor of a hostile nominal is the one who did the act.

    The possessor of an agentive nominal did it ("the RSF's siege", "Russia's invasion"); the
    possessor of an act done to someone undergoes it ("his detention", "Lai's trial") unless
    the nominal names its patient in an "of" phrase, as :mod:`.noun_roles` reads it: "China's
    detention of a fisherman", "<state>'s deportation of refugees" were done by the possessor.
    An "of" phrase of time or amount names no patient ("the sailors' arrest of last week"),
    and a ``by`` agent on the nominal (or, misattached, on the verb it is the object of) did
    the act: "condemned the sailors' arrest of last week by <forces>" (round 18 review).

    Args:
        nominal: The hostile nominal token ("siege", "detention").
    """
    if nominal.lemma_.lower() not in PATIENT_NOMINALS:
        return True
    return names_of_patient(nominal) and not _by_agent(nominal)


def _by_agent(nominal: Token) -> bool:
    """Return True when a ``by`` phrase names the nominal's agent.

    On the nominal or its "of" object ("the arrest of X by Y"), or on the active verb whose
    object the nominal is (the parser's attachment of "condemned the arrest ... by Y").
    """
    holders = [nominal, *(o for p in nominal.children if p.dep_ == "prep" and p.lower_ == "of"
                          for o in p.children if o.dep_ == "pobj")]
    verb = nominal.head
    if nominal.dep_ == "dobj" and not any(c.dep_ == "auxpass" for c in verb.children):
        holders.append(verb)
    return any(c.dep_ == "prep" and c.lower_ == "by" and any(g.dep_ == "pobj" for g in c.children)
               for h in holders for c in h.children)  # not "by saying ..."


def _under(nominal: Token, trigger: Token) -> bool:
    """Return True when the hostile nominal is in the trigger's content (not the trigger)."""
    return nominal.i != trigger.i and trigger in nominal.ancestors


def judged_agents(trigger: Token, index: EntityIndex) -> list[Entity]:
    """Return the agents of the hostile acts that the trigger's content names.

    "condemned the shelling of the town by <army>" -> the army; "<militia>'s siege of
    <city>" -> the militia (a possessor of an act done to it, "his detention", is no agent).
    Only nominals in the trigger's own content (its subtree, in its sentence) count.

    Args:
        trigger: The ACCUSE trigger token.
        index: The document's entity index.
    """
    out: list[Entity] = []
    for tok in trigger.subtree:
        lemma = tok.lemma_.lower()
        if tok.i == trigger.i or tok.pos_ not in {"NOUN", "PROPN"} or lemma not in \
                HOSTILE_NOMINALS:
            continue
        # the parser may hang "by" on the act's object or its conjunct ("the detention of
        # X and 45 others by <police>"); a "by" on a verb ("a town held by rebels") is not
        nouns = {t.i for t in (tok, *tok.conjuncts) for t in t.subtree
                 if t.pos_ in {"NOUN", "PROPN"}}
        for child in (c for t in (tok, *tok.conjuncts) for c in t.subtree):
            if child.dep_ == "prep" and child.lower_ == "by" and child.head.i in nouns:
                for pobj in (c for c in child.children if c.dep_ == "pobj"):
                    out += phrase_entities(pobj, index)
            elif child.dep_ == "poss" and child.head.i == tok.i and agent_possessor(tok):
                out += phrase_entities(child, index)
    return [e for e in out if e.country_code]
