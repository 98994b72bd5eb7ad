"""Disapproving characterisations: "called X criminals", "described X as aggression" (round 15).

An analyst codes a party's pejorative naming of another party or of its act as ACCUSE
(codebook ACCUSE, disapprove: "criticize, condemn, denounce"): "Freedonia branded the
blockade an act of piracy", "Ruritania described the raid as a provocation", "what Veridia
called an invasion". The verb of naming is neutral; only the predicate it gives (the object
predicate, the second object, the ``as`` phrase) says whether it disapproves. The lexicon
entries ``accuse.epithet_as``, ``accuse.epithet_called`` and ``accuse.epithet_named`` match
the verb in these frames; :func:`epithet_holds` is their content test, read in
:func:`wirecoder.events.rules._has_content`: the event is kept only when the predicate holds
a word of disapproval. "called the talks constructive" and "described the visit as a
milestone" are no accusation.

The entries live in ``data/events/epithets.yaml``, opt-in in rounds 15-17 (on round 15's
CHECK part the class lost one dyad; docs/events.md, "Recall round 15: the analyst's
misses") and loaded by default since round 18 (``Settings.epithet_namings``,
``--no-epithet-namings``; :func:`wirecoder.events.lexicon.extra_paths`). Round 18 also gives
the accusation the party the naming names as recipient (:func:`named_party`): the
participant rules read the verb's arguments, and the party sits inside the object or the
predicate.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex

if TYPE_CHECKING:
    from .triggers import Trigger

__all__ = ["EPITHET_ENTRIES", "PEJORATIVE_WORDS", "absorbed_by_naming", "epithet_holds",
           "named_party", "named_things", "naming_within_judgement", "object_tokens",
           "one_act_per_judgement", "pejorative_predicate", "predicate_tokens", "predicates"]

#: Lexicon entries whose content test is :func:`pejorative_predicate`.
EPITHET_ENTRIES = frozenset({"accuse.epithet_as", "accuse.epithet_called",
                             "accuse.epithet_named"})

#: Lemmas of disapproval a naming predicate may hold: labels of wrongdoers, of wrongful
#: acts, and evaluative words (the adjectives of ``accuse.unacceptable`` are read too).
PEJORATIVE_WORDS = frozenset({
    # wrongdoers
    "terrorist", "criminal", "bandit", "mercenary", "thug", "puppet", "tyrant", "dictator",
    "aggressor", "occupier", "invader", "pirate", "extremist", "fascist", "nazi", "racist",
    "traitor", "enemy", "bully", "coward", "hypocrite", "liar", "murderer", "killer",
    "butcher", "gangster", "mafia", "warmonger", "spy", "saboteur", "rogue",
    "tyranny", "junta",
    # wrongful acts and situations
    "terrorism", "crime", "aggression", "invasion", "occupation", "provocation", "violation",
    "piracy", "propaganda", "lie", "hysteria", "farce", "travesty", "sham", "hoax", "pretext",
    "blackmail", "extortion", "interference", "meddling", "genocide", "massacre", "atrocity",
    "persecution", "repression", "oppression", "abuse", "outrage", "insult", "scandal",
    "stunt", "charade", "mockery", "disgrace", "betrayal", "cliche", "stereotype",
    "threat", "danger", "mistake", "blunder", "failure", "disaster", "fiasco", "adventure",
    "adventurism", "colonialism", "neocolonialism", "imperialism", "repressive", "coup",
    "lawlessness", "injustice", "harassment", "intimidation", "hostility",
    # evaluative adjectives
    "biased", "unacceptable", "illegal", "illegitimate", "unlawful", "provocative",
    "irresponsible", "outrageous", "deplorable", "reprehensible", "egregious", "insulting",
    "abusive", "hostile", "inhumane", "unjust", "unfair", "shameful", "disgraceful",
    "hypocritical", "reckless", "unjustified", "unwarranted", "discriminatory", "despicable",
    "heinous", "barbaric", "cowardly", "appalling", "unconscionable", "pointless", "needless",
    "senseless", "absurd", "ridiculous", "baseless", "groundless", "false", "aggressive",
    "dangerous", "neocolonial", "unforgivable", "unforgiveable", "badly",
    "hysterical", "cynical", "brutal", "savage", "evil", "contrived", "fabricated",
    "politicized", "politicised", "destabilizing", "destabilising", "terrible",
})


def predicates(verb: Token) -> Iterator[Token]:
    """The predicates a naming verb gives: object predicate, second object, ``as`` phrase.

    "called the leaders criminals" (a second ``dobj`` or an ``oprd``), "described the raid
    as piracy" (``as`` + ``pobj``), "what it called aggression" (``oprd``).
    """
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1:
        yield objects[-1]
    for child in verb.children:
        if child.dep_ in {"oprd", "attr", "acomp"}:
            yield child
        # "as" on the verb, or hung on its object ("portrayed the embargo as blackmail");
        # an adjective or participle after "as" is parsed as its modifier or clause
        # ("described the raids as pointless", "as badly negotiated", round 23)
        for prep in (child, *_object_preps(child)):
            if prep.dep_ == "prep" and prep.lower_ == "as":
                yield from (c for c in prep.children if c.dep_ in _AS_PREDICATE_DEPS)


def _object_preps(child: Token) -> Iterator[Token]:
    """Where "as" may hang under a naming's object: on it, or on a participle modifying it.

    "described the incursions reported by X as aggressive actions": the parse hangs the
    ``as`` phrase on "reported" (round 25).
    """
    if child.dep_ != "dobj":
        return
    for c in child.children:
        yield c
        if c.dep_ == "acl" and c.tag_ == "VBN":
            yield from c.children


#: Dependencies of what "as" introduces: its noun, or an adjective or participle the parse
#: hangs on it as a modifier or a clause.
_AS_PREDICATE_DEPS = frozenset({"pobj", "amod", "acomp", "pcomp"})


#: Dependents a predicate's words are not read through: prepositions ("a shield against
#: aggression", "a victory over mistrust" name what the thing opposes, not the thing) and
#: clauses ("a deal that ends the occupation").
_NOT_READ = frozenset({"prep", "agent", "relcl", "acl", "advcl", "ccomp", "xcomp", "pcomp"})

#: Light head nouns whose ``of`` complement is the naming itself: "an act of piracy", "an
#: instrument of repression", "a continuation of the aggression".
_LIGHT_HEADS = frozenset({"act", "form", "kind", "instrument", "tool", "continuation",
                          "escalation", "extension", "example", "case", "campaign", "policy"})


def _predicate_words(pred: Token) -> Iterator[Token]:
    """The words of a predicate that say what it names.

    The predicate's head and its dependents (modifiers, conjuncts: "reckless thugs and
    liars"), read down the tree but not through a preposition or a clause
    (:data:`_NOT_READ`), except the ``of`` object of a light head ("an act of piracy").
    """
    stack = [pred]
    while stack:
        tok = stack.pop()
        yield tok
        for child in tok.children:
            if child.dep_ not in _NOT_READ:
                stack.append(child)
            elif (child.dep_ == "prep" and child.lower_ == "of"
                  and tok.lemma_.lower() in _LIGHT_HEADS):
                stack.extend(c for c in child.children if c.dep_ == "pobj")


def pejorative_predicate(verb: Token) -> bool:
    """Whether the naming verb's predicate holds a word of disapproval.

    Args:
        verb: The naming verb ("called", "described", "branded").

    Returns:
        True when a word of the predicate outside its prepositions and clauses
        (:func:`_predicate_words`) is in :data:`PEJORATIVE_WORDS`.
    """
    for pred in predicates(verb):
        if _negated(pred):
            continue  # "described the closure as not pointless"
        for tok in _predicate_words(pred):
            if (tok.lemma_.lower() in PEJORATIVE_WORDS or tok.lower_ in PEJORATIVE_WORDS) and (
                    not _negated(tok)):
                return True
    return False


def _negated(tok: Token) -> bool:
    """A negation on a predicate or its word ("as not pointless", "not a provocation")."""
    return any(c.dep_ == "neg" for c in tok.children)


#: Categories of a judgement inside the naming that already codes it ("called the charges
#: baseless" is the REJECT of ``reject.baseless``; "described the accusations as lies" rejects
#: the accusation named).
_JUDGEMENT_CATEGORIES = frozenset({"ACCUSE", "REJECT"})


def predicate_tokens(verb: Token) -> set[int]:
    """Token indices of a naming verb's predicates (:func:`predicates`) and their subtrees."""
    return {t.i for pred in predicates(verb) for t in pred.subtree}


def object_tokens(verb: Token) -> set[int]:
    """Token indices of what a naming verb names as its object, less the predicate.

    "described the Russian military buildup near the border as a provocation" -> "the
    Russian military buildup near the border" (the ``as`` phrase hung on the object is the
    predicate, not the thing named). Relative clauses and appositions of the object are left
    out: they state other things.
    """
    pred = predicate_tokens(verb)
    out: set[int] = set()
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        stack = [obj]
        while stack:
            tok = stack.pop()
            if tok.i in pred:
                continue
            out.add(tok.i)
            stack.extend(c for c in tok.children if c.dep_ not in {"relcl", "appos"})
    return out


def absorbed_by_naming(verb: Token, inner: Token) -> bool:
    """Whether a trigger inside a naming is part of the naming's one act.

    The judgement word of the predicate, of the naming's own category, is the accusation
    itself ("described the drills as a provocation": one ACCUSE, not one for "described" and
    one for "provocation"). An act the object describes is another act, not swallowed
    ("described the Russian military buildup as a provocation" also codes the MOBILIZE).
    Anything else inside the complement is the naming's content, as for any frame.

    Args:
        verb: The naming verb.
        inner: The head token of the trigger inside the naming's complement or predicate.

    Returns:
        True when the inner trigger gives no event of its own.
    """
    if inner.i in predicate_tokens(verb):
        return True
    return inner.i not in object_tokens(verb)


def epithet_holds(verb: Token, inner: Iterable[tuple[Token, str]]) -> bool:
    """Whether a naming verb is coded: a pejorative predicate no inner judgement codes.

    A judgement of the object ("described the accusations as lies") or a judgement of
    another category in the predicate ("called the charges baseless", a REJECT) codes the
    sentence instead; an ACCUSE word in the predicate is the naming's own word
    (:func:`absorbed_by_naming`) and does not block it.

    Args:
        verb: The naming verb.
        inner: The head tokens and categories of the triggers inside the verb's complement
            and predicate.

    Returns:
        True when the naming is the accusation.
    """
    pred = predicate_tokens(verb)
    if any(cat in _JUDGEMENT_CATEGORIES and not (cat == "ACCUSE" and tok.i in pred)
           for tok, cat in inner):
        return False
    return pejorative_predicate(verb)


def _free_relative_outer(verb: Token) -> Token | None:
    """The verb whose object is the free relative a naming heads ("condemned what it called")."""
    if verb.dep_ == "relcl" and verb.head.lower_ == "what" and verb.head.dep_ == "dobj":
        return verb.head.head
    if verb.dep_ in {"ccomp", "dobj", "xcomp"} and any(
            c.dep_ == "dobj" and c.lower_ == "what" for c in verb.children):
        return verb.head
    return None


def _same_speaker(naming: Token, outer: Token) -> bool:
    """Whether the naming's subject is the outer verb's (none, a pronoun, the same words)."""
    own = [c for c in naming.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not own or all(c.tag_ in {"PRP", "WP"} for c in own):
        return True
    other = [c for c in outer.children if c.dep_ == "nsubj"]
    return {c.lower_ for c in own} == {c.lower_ for c in other}


def naming_within_judgement(verb: Token, category: str,
                            judgements: dict[int, str]) -> bool:
    """Whether a naming is the wording of a judgement that holds it as its object.

    "Ukraine condemned what it called Russian aggression" is one ACCUSE: the naming ("what
    it called") only words the thing condemned, by the same party. A naming by another
    party ("condemned what Ruritania called ...") stays its own act.

    Args:
        verb: The naming verb.
        category: The naming's category.
        judgements: Head token index -> category of the sentence's other triggers.

    Returns:
        True when the naming gives no event of its own.
    """
    outer = _free_relative_outer(verb)
    return (outer is not None and judgements.get(outer.i) == category
            and _same_speaker(verb, outer))


def one_act_per_judgement(triggers: list[Trigger]) -> list[Trigger]:
    """The sentence's triggers less the namings that only word a judgement's object.

    Args:
        triggers: The triggers of one sentence left after the frames absorbed theirs.

    Returns:
        ``triggers`` without the namings of :func:`naming_within_judgement`.
    """
    heads = {t.token.i: t.entry.category for t in triggers}
    return [t for t in triggers if t.entry.id not in EPITHET_ENTRIES
            or not naming_within_judgement(t.token, t.entry.category, heads)]


#: Clauses a named thing's party is not looked for in: what the naming's subject says
#: besides ("called the raid piracy, adding that ..."), not who did the thing named.
_OTHER_CLAUSES = frozenset({"ccomp", "advcl", "parataxis"})
#: How far below the named thing or the predicate a party may sit ("a massive Russian troop
#: deployment": 2; "an adventure launched by Mr. X": 3).
_PARTY_DEPTH = 4


def named_things(verb: Token) -> list[Token]:
    """What a naming verb names: its object(s), or the noun its relative clause modifies.

    "called the arrests state terrorism" -> arrests; "the court, which they described as
    ..." and "a report they called biased" -> the noun the relative clause modifies (a
    relative pronoun or a gap as object); "what it called aggression" names nothing
    before the predicate (a free relative).
    """
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objects) > 1:  # "branded the blockade a violation": the last is the predicate
        objects = objects[:-1]
    things: list[Token] = []
    for obj in objects:
        if obj.tag_ in {"WDT", "WP"} or obj.lower_ in {"which", "that", "what"}:
            if verb.dep_ == "relcl" and obj.lower_ != "what":
                things.append(verb.head)
            continue
        things.extend((obj, *obj.conjuncts))
    if not objects and verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        things.append(verb.head)
    return things


def _nearest_parties(root: Token, index: EntityIndex, own: set[str]) -> list[Entity]:
    """The mentions with a country other than ``own`` nearest below ``root`` (by depth)."""
    level = [root]
    for _ in range(_PARTY_DEPTH + 1):
        found: list[Entity] = []
        for tok in level:
            found.extend(e for e in index.at(tok)
                         if e.country_code and e.country_code not in own and e not in found)
        if found:
            return found
        level = [c for tok in level for c in tok.children if c.dep_ not in _OTHER_CLAUSES]
        if not level:
            break
    return []


def named_party(verb: Token, actor: Iterable[Entity],
                index: EntityIndex) -> tuple[Entity, ...]:
    """The party a disapproving naming accuses: the author or owner of what it names.

    PLOVER ACCUSE's target is the party whose act or character is disapproved. A naming
    verb's object and predicate name it, often not as the verb's argument: the party is a
    nationality or possessor on the thing named ("called a massive Russian troop deployment
    a pretext", "described Moscow's reaction as hysteria"), the by-agent or place of the
    predicate ("an adventure launched by Mr. X", "the injustice in <state>"), or the noun
    a relative clause of naming modifies ("the court, which they described as ...").
    The nearest mention with a country (fewest dependency steps below the thing named,
    then below the predicate) that is not on the actor's side is taken; clausal complements
    are not read.

    Args:
        verb: The naming verb ("called", "described", "branded").
        actor: The naming's actor (mentions of its country are passed over: a domestic
            naming, "the premier called the opposition bandits", keeps the rule-based
            recipient).
        index: The document's entity index.

    Returns:
        The mentions of the party named, or () when the object and predicate name none.
    """
    own = {a.country_code for a in actor if a.country_code}
    for root in (*named_things(verb), *predicates(verb)):
        found = _nearest_parties(root, index, own)
        if found:
            return tuple(found)
    return ()
