"""Judgement triggers: predicative adjectives and verdict nouns ("called the vote rigged").

A judgement adjective or noun codes an event (ACCUSE, SUPPORT ...) when it is predicated of
something: after a copula ("the election was a sham"), as the second object or "as" phrase
of a verb of naming ("described the plan as a disaster"). The copula or naming verb is the
trigger's governor.
"""

from __future__ import annotations

from spacy.tokens import Token

from .lexicon import Entry, Lexicon
from .modifiers import is_negated
from .trigger_record import Trigger
from .trigger_syntax import NOUN_POS, condition_holds

__all__ = ["ATTRIBUTIVE_ONLY", "NAMING_VERBS", "act_noun", "adj_trigger"]

NOUN_POS = NOUN_POS


#: Dependencies of a predicative adjective ("is deeply concerned", "called the claims baseless").
_PREDICATIVE = frozenset({"acomp", "oprd", "ROOT", "ccomp", "xcomp", "advcl", "conj"})


def adj_trigger(token: Token, lexicon: Lexicon, entities: dict[int, list]) -> Trigger | None:
    """A judgement adjective or noun; its copula or "call"-verb is its governor.

    A noun of breach judged by what it breaks ("was a violation of the truce", round 21)
    first, then the predicative and attributive judgements.
    """
    return (_breach_trigger(token, lexicon, entities)
            or _predicative_trigger(token, lexicon, entities))


def _predicative_trigger(token: Token, lexicon: Lexicon,
                         entities: dict[int, list]) -> Trigger | None:
    """A predicative judgement adjective; its copula or "call"-verb is its governor."""
    if token.dep_ in {"amod", "conj"} and token.pos_ == "ADJ" and act_noun(token) is not None:
        return _attributive_trigger(token, lexicon, entities)
    if _named_as(token):  # "described the plan as a disaster"
        return _judgement_trigger(token, lexicon, _naming_verb(token.head) or token.head.head)
    namer = _naming_of_modified(token)
    if namer is not None:  # "called the vote a sham poll": the judgement modifies the name
        trig = _judgement_trigger(token, lexicon, namer)
        if trig is not None:  # the name is the judged predicate; the span covers both
            trig.token, trig.end = token.head, token.head.idx + len(token.head)
        return trig
    if token.dep_ not in _PREDICATIVE and not _predicate_noun(token):
        return None
    if token.dep_ == "advcl" and token.head.lower_ == "far":
        return None  # "as far as X is concerned": a hedge, no judgement (round 20)
    if token.pos_ == "VERB" and any(c.dep_ == "dobj" for c in token.children):
        return None  # "may have committed an act of war": a verb with its object (round 19)
    if not (token.pos_ == "ADJ" or (token.pos_ == "VERB" and (
            token.tag_ == "VBN" or token.dep_ == "oprd"))  # "called the vote rigged"
            or (token.pos_ == "NOUN" and token.dep_ == "oprd") or _predicate_noun(token)):
        return None
    head = token.head
    if token.dep_ == "conj" and any(e.id not in ATTRIBUTIVE_ONLY
                                    for e in _adj_entries(head, lexicon)):
        return None  # "hostile and abusive" is one judgement
    governor = head if token.dep_ in {"acomp", "oprd"} and head.pos_ in {"VERB", "AUX"} else None
    negated = is_negated(token) or (governor is not None and is_negated(governor))
    for entry in _adj_entries(token, lexicon):
        if entry.id in ATTRIBUTIVE_ONLY:
            continue
        if entry.when != "any" and negated != (entry.when == "negated"):
            continue
        if entry.excludes and condition_holds(entry.excludes, token, None, entities, False):
            continue
        if entry.requires.subject and not entry.requires.subject & _judged_words(token):
            continue  # "the vote was credible" is a verdict; "the threat is credible" no
        return Trigger(token=token, entry=entry, kind="adj", start=token.idx,
                       end=token.idx + len(token), governor=governor,
                       rules=["judgement-adjective"])
    return None


#: Judgement nouns that judge their subject after a copula ("the vote was a sham"); wider
#: ones ("a disaster", "a crime") also describe events and stay limited to "called X a ...".
_VERDICT_NOUNS = frozenset({"sham", "farce", "travesty", "mockery", "fraud", "betrayal",
                            "affront", "disgrace"})


def _predicate_noun(token: Token) -> bool:
    """A verdict noun predicated of its subject by a copula ("the election was a sham")."""
    return (token.pos_ == "NOUN" and token.dep_ == "attr" and token.lower_ in _VERDICT_NOUNS
            and token.head.lemma_ == "be")


def _breach_trigger(token: Token, lexicon: Lexicon,
                    entities: dict[int, list]) -> Trigger | None:
    """A noun of breach judged by what it breaks: "X was a violation of the truce".

    After a copula ("the launch was a clear violation of U.N. resolutions") or in "in
    violation / breach of" on a clause ("built a post in violation of the border accord",
    "the troops were in breach of the ceasefire"), for an entry whose ``requires.object``
    lists what binds parties (lexicon ``accuse.breach``): the subject of the copula or of
    the clause is the act judged, its author the recipient, the speaker the judge (round
    21). Negated ("is not a violation") is no charge.
    """
    if token.pos_ not in NOUN_POS:
        return None
    head = token.head
    if token.dep_ == "attr" and head.lemma_ == "be":
        governor = head
    elif token.dep_ == "pobj" and head.lower_ == "in" and head.dep_ == "prep":
        governor = head.head
        if governor.dep_ == "dobj" and governor.head.pos_ == "VERB":
            governor = governor.head  # "built a post in violation of": the parse hangs it low
        if governor.pos_ not in {"VERB", "AUX"}:
            return None
    else:
        return None
    if is_negated(governor) or _inside_charge(governor, lexicon):
        return None
    for entry in _adj_entries(token, lexicon):
        if entry.requires.object and entry.when != "negated" and condition_holds(
                entry.requires, token, None, entities, True):
            return Trigger(token=token, entry=entry, kind="adj", start=token.idx,
                           end=token.idx + len(token), governor=governor,
                           rules=["judgement-breach"])
    return None


def _inside_charge(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a verb of ACCUSE above ``verb`` already codes the charge.

    "We condemn the fact that they seized the ferry port in violation of our sovereignty":
    the condemnation is the one judgement (GUIDELINE 2: the content of an accusation is not
    its own event). At most four steps up.
    """
    cur = verb
    for _ in range(4):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if any(e.category == "ACCUSE" for _, e in lexicon.verb_index.get(cur.lemma_.lower(), ())):
            return True
    return False


def _judged_words(token: Token) -> set[str]:
    """Words of the noun a predicative judgement is about.

    The copula's subject ("the election was credible"), or the object of a verb of naming
    ("declared the vote free and fair", "described the poll as credible"), whose own subject
    is the judge.
    """
    while token.dep_ == "conj":  # "free and credible": the first conjunct's head
        token = token.head
    own = [c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if own:  # "the vote was marred by irregularities": the participle's own subject
        return {w for c in own if c.pos_ in NOUN_POS for w in (c.lower_, c.lemma_.lower())}
    head = token.head.head if token.head.lower_ == "as" else token.head
    if head.pos_ in NOUN_POS:  # "declared the vote as credible": "as" on the object
        return {head.lower_, head.lemma_.lower()}
    deps = {"dobj", "npadvmod", "nsubjpass"} if head.lemma_.lower() in NAMING_VERBS else {
        "nsubj", "nsubjpass"}
    nouns = [c for c in head.children if c.dep_ in deps]
    nouns += [c for c in token.children if c.dep_ in {"nsubj", "npadvmod"}]  # small clause
    return {w for c in nouns if c.pos_ in NOUN_POS for w in (c.lower_, c.lemma_.lower())}


#: Verbs of naming whose "as" phrase or second object judges their object.
NAMING_VERBS = frozenset({"call", "describe", "denounce", "condemn", "brand", "label", "slam",
                          "decry", "characterize", "characterise", "dismiss", "criticize",
                          "criticise", "portray", "term", "deem", "see", "view", "regard",
                          "declare", "pronounce", "judge", "consider"})


def _named_as(token: Token) -> bool:
    """A noun in the "as" phrase of a verb of naming ("described X as a disaster")."""
    head = token.head
    if token.pos_ == "ADJ" and token.dep_ in {"amod", "pobj", "acomp"}:  # "as unfair"
        return head.lower_ == "as" and _naming_verb(head) is not None
    return (token.pos_ == "NOUN" and token.dep_ == "pobj" and head.lower_ == "as"
            and head.head.pos_ == "VERB" and head.head.lemma_.lower() in NAMING_VERBS)


def _naming_of_modified(token: Token) -> Token | None:
    """The verb of naming whose predicate noun ``token`` modifies ("called X a sham poll").

    The judgement word is a modifier of the name a verb of naming gives its object: the
    second object ("called the vote a sham poll") or the noun of its "as" phrase
    ("described the raid as a reckless act").
    """
    noun = token.head
    if token.dep_ not in {"amod", "compound"} or noun.pos_ not in NOUN_POS or noun is token:
        return None
    verb = noun.head
    if noun.dep_ == "oprd" and verb.pos_ == "VERB" and verb.lemma_.lower() in NAMING_VERBS:
        return verb
    if noun.dep_ == "pobj" and verb.lower_ == "as":
        return _naming_verb(verb)
    return None


def _naming_verb(as_word: Token) -> Token | None:
    """The verb of naming of an "as" phrase, attached to the verb or to its object."""
    head = as_word.head
    if head.pos_ in NOUN_POS and head.dep_ == "dobj":  # "declared the vote as credible"
        head = head.head
    return head if head.pos_ == "VERB" and head.lemma_.lower() in NAMING_VERBS else None


def _judgement_trigger(token: Token, lexicon: Lexicon, verb: Token) -> Trigger | None:
    entries = [e for e in _adj_entries(token, lexicon) if e.when != "negated" and not (
        e.requires.subject and not e.requires.subject & _judged_words(token))]
    if not entries:
        return None
    return Trigger(token=token, entry=entries[0], kind="adj", start=token.idx,
                   end=token.idx + len(token), governor=verb, rules=["judgement-noun"])


def _adj_entries(token: Token, lexicon: Lexicon) -> tuple[Entry, ...]:
    return lexicon.adj_index.get(token.lower_) or lexicon.adj_index.get(token.lemma_.lower(), ())



#: Entries whose adjectives judge only an act they modify ("dangerous actions by X"): as a
#: predicate they describe situations ("the road is dangerous").
ATTRIBUTIVE_ONLY = frozenset({"accuse.attributive"})
#: Nouns naming a party's conduct, which an attributive judgement condemns ("Russia's
#: irresponsible decision", "unacceptable actions by the authorities").
_ACT_NOUNS = frozenset({"action", "actions", "decision", "move", "step", "behavior",
                        "behaviour", "conduct", "attempt", "disregard", "policy", "policies",
                        "practice", "practices", "tactic", "tactics", "activity",
                        "activities", "rhetoric", "campaign"})


def act_noun(adj: Token) -> Token | None:
    """The conduct noun an attributive adjective judges ("irresponsible and dangerous decision")."""
    if adj.dep_ == "conj":
        adj = adj.head
    head = adj.head
    if adj.dep_ == "amod" and head.pos_ in NOUN_POS and head.lemma_.lower() in _ACT_NOUNS:
        return head
    return None


def _author(noun: Token, entities: dict[int, list]) -> bool:
    """Whether a named party owns the conduct: a possessor or a "by" agent."""
    owners = [c for c in noun.children if c.dep_ == "poss"]
    owners += [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "by"
               for p in prep.children if p.dep_ == "pobj"]
    return any(t.i in entities for o in owners for t in o.subtree)


def _judged_by_governor(noun: Token, lexicon: Lexicon) -> bool:
    """Whether a word of disapproval governs the conduct.

    "condemned the dangerous actions", "concerned by the reckless decision": that word is
    the one judgement.
    """
    head = noun.head
    if noun.dep_ == "pobj":
        head = head.head
    lemma = head.lemma_.lower()
    entries = [e for _, e in (*lexicon.verb_index.get(lemma, ()),
                              *lexicon.noun_index.get(lemma, ()))]
    entries += [*lexicon.adj_index.get(lemma, ()), *lexicon.adj_index.get(head.lower_, ())]
    return any(e.category == "ACCUSE" for e in entries)


def _attributive_trigger(token: Token, lexicon: Lexicon,
                         entities: dict[int, list]) -> Trigger | None:
    """A judgement adjective on a party's conduct: "Russia's irresponsible decision".

    Coded ACCUSE of the conduct's owner when a named party owns it; the judge is the
    speaker (a quote's speaker, the issuer of an official statement), added by the stage,
    which drops the judgement when there is none (a reporter's own adjective).
    """
    noun = act_noun(token)
    if noun is None or not _author(noun, entities) or is_negated(token) \
            or _judged_by_governor(noun, lexicon):
        return None
    if token.dep_ == "conj" and _adj_entries(token.head, lexicon):
        return None  # "irresponsible and dangerous": one judgement
    entries = [e for e in _adj_entries(token, lexicon)
               if e.category == "ACCUSE" and e.swap and e.when != "negated"]
    if not entries:
        return None
    return Trigger(token=token, entry=entries[0], kind="adj", start=token.idx,
                   end=token.idx + len(token), governor=None, rules=["judgement-attributive"])
