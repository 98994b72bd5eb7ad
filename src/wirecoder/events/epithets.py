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

The entries live in the opt-in lexicon ``data/events/epithets.yaml`` (not loaded by
default: on round 15's CHECK part the class lost one dyad; docs/events.md, "Recall round
15: the analyst's misses"); without them this module is never reached.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.tokens import Token

__all__ = ["EPITHET_ENTRIES", "PEJORATIVE_WORDS", "epithet_holds", "pejorative_predicate",
           "predicates"]

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
        # "as" on the verb, or hung on its object ("portrayed the embargo as blackmail")
        for prep in (child, *(c for c in child.children if child.dep_ == "dobj")):
            if prep.dep_ == "prep" and prep.lower_ == "as":
                yield from (c for c in prep.children if c.dep_ == "pobj")


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
        for tok in _predicate_words(pred):
            if tok.lemma_.lower() in PEJORATIVE_WORDS or tok.lower_ in PEJORATIVE_WORDS:
                return True
    return False


#: Categories of a judgement inside the predicate that already codes the naming
#: ("called the charges baseless" is the REJECT of ``reject.baseless``; a judgement noun
#: inside the predicate, "termed the referendum a farce", is that noun's own ACCUSE).
_JUDGEMENT_CATEGORIES = frozenset({"ACCUSE", "REJECT"})


def epithet_holds(verb: Token, inner_categories: Iterable[str]) -> bool:
    """Whether a naming verb is coded: a pejorative predicate no inner judgement codes.

    Args:
        verb: The naming verb.
        inner_categories: Categories of the events inside the verb's complement.

    Returns:
        True when the naming is the accusation.
    """
    if _JUDGEMENT_CATEGORIES & set(inner_categories):
        return False
    return pejorative_predicate(verb)
