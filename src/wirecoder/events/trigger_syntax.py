"""Syntax checks of trigger conditions: objects, subjects, modifiers, prepositions, governors.

The words a lexicon entry's ``requires`` / ``excludes`` conditions are checked against
(``events/lexicon_format.py``), read off the dependency parse around a candidate trigger, and
the verb that governs a noun trigger (light verbs, "claimed responsibility for", "responded
with"). Shared by the verb, noun and judgement triggers of :mod:`.triggers`.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from spacy.tokens import Token

from .lexicon import Condition
from .trigger_words import (
    INVERSE_LIGHT_VERBS,
    LIGHT_VERBS,
    QUANTIFIERS,
    RESPONSE_VERBS,
    verb_lemma,
)

__all__ = ["GOVERNED", "NOUN_POS", "OBJ_DEPS", "clause_verb", "condition_holds", "first_conjunct",
           "governing_verb", "marked_partners", "modifier_words", "named_author", "placed_under",
           "temporal_prep", "undergone"]

NOUN_POS = frozenset({"NOUN", "PROPN"})
OBJ_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr", "oprd"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod"})
GOVERNED = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


def _object_tokens(token: Token) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in OBJ_DEPS]
    if token.dep_ == "relcl" and any(o.tag_ in {"WDT", "WP"} for o in objs):
        objs.append(token.head)  # "the group that Seoul and Washington established"
    elif _passive_participle(token) and not objs:
        objs.append(token.head)  # "the ceasefire signed by both sides": what was signed
    objs.extend(_bare_infinitive_subjects(token))
    if not objs:
        objs.extend(_raised_objects(token))
    for prep in token.children:
        if prep.dep_ in {"prep", "agent", "prt"}:
            objs.extend(c for c in prep.children if c.dep_ in {"pobj", "pcomp"})
    objs.extend(c for o in list(objs) for c in o.conjuncts)
    objs.extend(counted for o in list(objs) if (counted := _counted(o)) is not None)
    return objs


def _raised_objects(verb: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it ("stopped and boarded X").

    The parse hangs a shared object on the last verb only: "intercepted and boarded the
    freighter" gives "intercepted" no object. Only a verb directly followed by its
    conjunction, whose conjunct shares its subject (has none of its own).
    """
    if verb.pos_ != "VERB" or verb.i + 1 >= len(verb.doc) or verb.doc[verb.i + 1].dep_ != "cc":
        return []
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and conj.i > verb.i and not any(
                c.dep_ in {"nsubj", "nsubjpass"} for c in conj.children):
            return [c for c in conj.children if c.dep_ == "dobj" and c.i > conj.i]
    return []


#: Heads of "N of X" objects that count X ("dozens of women", "thousands of websites").
_COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                          "million", "millions", "ten", "tens", "score", "scores", "number",
                          "group", "some", "many", "all", "most", "several", "few", "both",
                          "tonne", "ton", "kilogram", "kg", "litre", "liter", "barrel",
                          "truckload", "planeload", "shipload", "container", "crate", "pallet",
                          "consignment", "batch", "total", "pound", "shipment", "load"})


def _counted(obj: Token) -> Token | None:
    """The counted noun of a quantity object ("dozens of women" -> women)."""
    if obj.lower_ not in _COUNT_NOUNS and obj.lemma_.lower() not in _COUNT_NOUNS \
            and obj.pos_ != "NUM":
        return None
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return _counted(pobj) or pobj
    return None


def _bare_infinitive_subjects(token: Token) -> list[Token]:
    """The subject of an infinitive complement that is the verb's object.

    A bare infinitive ("helped Mauritius build an airstrip"), or a "to" infinitive of a
    verb of permission or request, which the parse often reads as a clause with its own
    subject ("allowed a U.N. convoy to enter": the convoy is what is allowed).
    """
    out = [s for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VB"
           and not any(a.dep_ in {"aux", "mark"} for a in c.children)
           for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]
    if token.lemma_.lower() in _PERMISSION_VERBS:
        out += [s for c in token.children if c.dep_ in {"ccomp", "xcomp"} and c.tag_ == "VB"
                and any(a.lower_ == "to" for a in c.children)
                for s in c.children if s.dep_ == "nsubj" and s.pos_ in {"NOUN", "PROPN"}]
    return out


#: Verbs whose object is the subject of a following "to" infinitive ("allowed X to enter",
#: "wants X to withdraw", "we expect X to honor").
_PERMISSION_VERBS = frozenset({"allow", "permit", "let", "enable", "authorize", "authorise",
                               "want", "expect"})


#: Dependencies of an adjective that completes a verb's object ("hold X accountable").
_COMPLEMENT_DEPS = frozenset({"ccomp", "oprd", "acomp"})


def _object_words(token: Token, entities: dict[int, list]) -> set[str]:
    words: set[str] = set() if _naming(token) else {
        f"to {c.lemma_.lower()}" for c in token.children  # "refused to comment"
        if c.pos_ in {"VERB", "AUX"} and (c.dep_ == "xcomp" or (
            c.dep_ == "advcl" and _to_marked(c)))}
    # an object complement the parse hangs on the verb as a clause: "will hold accountable
    # those responsible", "would hold Freedonia accountable" (accountable: ccomp)
    words.update(c.lemma_.lower() for c in token.children
                 if c.dep_ in _COMPLEMENT_DEPS and c.pos_ == "ADJ")
    for obj in _object_tokens(token):
        words.update({obj.lemma_.lower(), obj.lower_})
        left = [c for c in obj.lefts if c.dep_ in {"compound", "amod"}]
        if left:
            words.add(" ".join([*(c.lower_ for c in left), obj.lower_]))
            words.add(" ".join([*(c.lower_ for c in left), obj.lemma_.lower()]))
            # each modifier with the head: "a joint border commission" is a joint commission
            words.update(f"{c.lower_} {obj.lemma_.lower()}" for c in left)
        if obj.ent_type_ == "PERSON":  # "expel Ambassador John Doe": the title names the person
            words.update(c.lemma_.lower() for c in left if not c.ent_type_)
        if _quality_noun(obj):  # "the strength of the alliance": the tie too
            words.update(p.lemma_.lower() for of in obj.children
                         if of.dep_ == "prep" and of.lower_ == "of"
                         for p in of.children if p.dep_ == "pobj")
        phrase = obj.doc[obj.left_edge.i: min(obj.right_edge.i + 1, obj.left_edge.i + 6)]
        words.add(phrase.text.lower())
        if obj.i in entities and (obj.dep_ in {"dobj", "dative", "nsubjpass"}
                                  or obj.dep_ == "nsubj"):
            words.add("entity")
        if any(getattr(e, "kind", "") == "ORG" for e in entities.get(obj.i, ())):
            words.add("entity:org")
        if obj.ent_type_ == "MONEY" or any(c.tag_ == "$" for c in obj.children):
            words.add("money")  # "provided $300,000"
    return words


#: Nouns naming a quality of what their "of" object names ("the strength of the alliance").
_QUALITY_NOUNS = frozenset({"strength", "closeness"})

#: Nouns naming a part of an agreement, read as the agreement only as what is broken or
#: kept ("violated the terms of the accord", "a violation of the spirit of the truce"; not
#: "talks on the terms of a truce"; round 21 review).
_PART_NOUNS = frozenset({"term", "terms", "spirit", "provision", "provisions"})


def _quality_noun(obj: Token) -> bool:
    """Whether ``obj`` names a quality or a part of its "of" object, which it stands for."""
    lemma = obj.lemma_.lower()
    return lemma in _QUALITY_NOUNS or (lemma in _PART_NOUNS and (
        obj.dep_ == "dobj" or (obj.dep_ == "pobj" and obj.head.lower_ == "of")))

#: ``doc.user_data`` key of :func:`_held_object_words` (derived data, not a stage's output).
_OBJECT_WORDS_KEY = "wirecoder.object_words"


def _held_object_words(token: Token, entities: dict[int, list]) -> set[str]:
    """:func:`_object_words`, computed once per token and entity table (read-only result).

    A token's entries share the words (a verb lemma has several entries, each with its
    ``requires`` and ``excludes``). The memo lives in ``doc.user_data`` with the table it was
    built from, and starts afresh for another table.
    """
    held: tuple[dict[int, list], dict[int, set[str]]] | None = token.doc.user_data.get(
        _OBJECT_WORDS_KEY)
    if held is None or held[0] is not entities:
        held = token.doc.user_data[_OBJECT_WORDS_KEY] = (entities, {})
    memo = held[1]
    words = memo.get(token.i)
    if words is None:
        words = memo[token.i] = _object_words(token, entities)
    return words


def modifier_words(token: Token) -> set[str]:
    """Words modifying ``token``: its left modifiers, an "of" postmodifier, a manner adverb."""
    words = {c.lower_ for c in token.lefts if c.dep_ in _MOD_DEPS}
    words |= {c.lemma_.lower() for c in token.lefts if c.dep_ in _MOD_DEPS}
    for prep in token.rights:  # "war of words": a postmodifier names the kind of war
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words.update(f"of {c.lower_}" for c in prep.children if c.dep_ == "pobj")
    if token.pos_ == "VERB":  # "helps the claimants militarily": a manner adverb after it
        words |= {c.lower_ for c in token.rights if c.dep_ == "advmod"}
    if token.i > 0:
        words.add(token.doc[token.i - 1].lower_)
    return words


def _prep_words(token: Token, governor: Token | None) -> set[str]:
    """Prepositions on the trigger (and its governor), and target prepositions on its object.

    The parse often hangs a verb's target on its direct object ("used a water cannon
    against a boat").
    """
    heads = [token] if governor is None else [token, governor]
    words = {c.lower_ for h in heads for c in h.children
             if c.dep_ in {"prep", "agent", "prt"} and not temporal_prep(c)}
    words.update(prep for prep, _ in marked_partners(token))
    if token.pos_ == "VERB":
        words |= {p.lower_ for o in token.children if o.dep_ == "dobj"
                  for p in o.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS}
    return words


def marked_partners(verb: Token) -> list[tuple[str, Token]]:
    """("with", partner) of "spoke with X to consult", parsed as a clause "with X to consult".

    The small model often reads the preposition before a purpose infinitive as the mark of
    a clause whose subject is the preposition's object: "spoke today with Chancellor X of
    Ruritania to consult about ..." (with: mark, X: nsubj of "consult"). Only "with", and
    only a to-infinitive with a subject that is no pronoun (round 23, evgov23), and only
    after the verb (round 23 review, rfgov23).
    """
    out: list[tuple[str, Token]] = []
    for clause in verb.rights:  # "With Russia to blame, Ukraine spoke": no partner
        if clause.dep_ != "advcl" or not any(a.dep_ == "aux" and a.tag_ == "TO"
                                             for a in clause.children):
            continue
        if not any(m.dep_ == "mark" and m.lower_ == "with" and m.i < clause.i
                   for m in clause.children):
            continue
        out.extend(("with", s) for s in clause.children if s.dep_ == "nsubj"
                   and s.pos_ != "PRON")
    return out


#: Prepositions naming the target of an act, read on a verb's object too.
_TARGET_PREPS = frozenset({"against", "at", "upon", "onto"})


def condition_holds(cond: Condition, token: Token, governor: Token | None,
                     entities: dict[int, list], want_all: bool) -> bool:
    """Check ``cond``: with ``want_all`` every part must hold, else any part suffices.

    The parts are read in order and the reading stops at the first part that decides (a
    failing one with ``want_all``, else a holding one): each part only reads the parse.
    """
    for holds in _parts(cond, token, governor, entities):
        if holds != want_all:
            return holds
    return want_all


def _parts(cond: Condition, token: Token, governor: Token | None,
           entities: dict[int, list]) -> Iterator[bool]:
    """Whether each part ``cond`` sets holds, in a fixed order, read lazily."""
    if cond.prep:
        yield bool(cond.prep & _prep_words(token, governor))
    if cond.object:
        words = _held_object_words(token, entities)
        yield not cond.object.isdisjoint(words) or any(
            _phrase_in(w, words) for w in _phrases(cond.object))
    if cond.modifier:
        yield bool(cond.modifier & modifier_words(token))
    if cond.dep:
        deps = {c.dep_ for c in token.children}
        if _to_infinitive(token):
            deps.add("to_infinitive")
        if any(c.dep_ == "poss" and c.tag_ != "PRP$" for c in token.children):
            deps.add("named_poss")  # "Pakistan's concerns", not "its concerns" (round 20)
        yield bool(cond.dep & deps)
    if cond.subject:
        yield bool(cond.subject & _subject_words(token))
    if cond.head:
        verb = clause_verb(token)
        words = {verb.lemma_.lower()} if verb is not None else set()
        if token.dep_ == "pobj":
            words.add(token.head.lower_)
        yield bool(cond.head & words)


def _naming(verb: Token) -> bool:
    """Whether ``verb`` names its object: "called the president a traitor to express anger".

    An object followed by an object predicate that is no name makes a naming; an infinitive
    after them is the naming's purpose, not the object of a call (round 23 review, rfgov23).
    A name as the predicate is the person called, its title split off as the object
    ("called Iraqi Council Speaker X to discuss"), and so is one before the object.
    """
    objects = [c.i for c in verb.children if c.dep_ == "dobj"]
    return any(c.dep_ == "oprd" and c.pos_ != "PROPN" and any(i < c.i for i in objects)
               for c in verb.children)


def _to_marked(verb: Token) -> bool:
    """Whether ``verb`` is a to-infinitive: "called X to discuss" parsed as a purpose clause."""
    return any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


def _to_infinitive(token: Token) -> bool:
    """Whether "to" + a base verb follows ``token`` ("Haiti's call to serve"), however parsed."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to"
            and doc[token.i + 2].tag_ == "VB")


def undergone(token: Token, verb: Token) -> bool:
    """A state the subject is in ("went on trial", "is on trial"): the subject undergoes it."""
    return (token.dep_ == "pobj" and token.head.lower_ == "on"
            and verb.lemma_.lower() in {"go", "be", "remain"})


def placed_under(token: Token, governor: Token) -> bool:
    """Whether ``token`` is the state a verb puts its object in ("placed X under arrest")."""
    return (token.dep_ == "pobj" and token.head.lower_ == "under"
            and any(c.dep_ == "dobj" for c in governor.children))


def clause_verb(token: Token) -> Token | None:
    """The nearest verb above a noun ("sentenced X to six years in prison" -> sentenced)."""
    cur = token
    for _ in range(5):
        if cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ == "VERB" or (cur.lemma_ == "be" and cur.dep_ in {"ROOT", "ccomp", "conj"}):
            return cur  # "officials are in touch with": the copula heads the clause
    return None


def _subject_words(token: Token) -> set[str]:
    """Words of the active subject of a verb trigger ("the dispute blew up", "troops withdrew").

    A relative clause's subject is the noun it modifies ("a quarrel that flared up"); a
    coordinated verb, a participial adjunct and a subject-control complement ("began
    pulling out") share their head's subject; an object-control complement has its head's
    object ("ordered the army to withdraw").
    """
    cur = token
    for _ in range(3):
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].tag_ not in {"WDT", "WP"}:
            break
        if cur.dep_ in {"relcl", "acl"} and cur.head.pos_ in NOUN_POS:
            subjects = [cur.head]
            break
        if cur.dep_ == "xcomp" and not subjects:  # "ordered the army to withdraw": the army
            subjects = [c for c in cur.head.children if c.dep_ in {"dobj", "dative"}]
            if subjects:
                break
        if cur.dep_ != "conj" and not (cur.dep_ == "advcl" and cur.tag_ == "VBG") \
                and not _subject_control(cur):
            break  # "the earthquake struck, killing 400": the participle shares the subject
        cur = cur.head
    words: set[str] = set()
    for subj in subjects:
        words.update({subj.lower_, subj.lemma_.lower()})
        words.update(f"{c.lower_} {subj.lemma_.lower()}" for c in subj.lefts
                     if c.dep_ in {"compound", "amod"})
    return words


def _subject_control(verb: Token) -> bool:
    """A complement whose subject is its head's ("troops began pulling out", "tried to flee").

    Not when the head has an object, which then controls it ("urged troops to pull out").
    """
    return verb.dep_ == "xcomp" and not any(c.dep_ in {"dobj", "dative"}
                                           for c in verb.head.children)


@functools.lru_cache(maxsize=4096)
def _phrases(words: frozenset[str]) -> tuple[str, ...]:
    """The words of ``words`` that :func:`_phrase_in` may find inside a longer word."""
    return tuple(w for w in words if " " in w or "-" in w)


def _phrase_in(word: str, words: set[str]) -> bool:
    return (" " in word or "-" in word) and any(word in w for w in words)


def temporal_prep(prep: Token) -> bool:
    """Return True for a preposition whose object is a date or time ("on Tuesday")."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


def first_conjunct(noun: Token) -> Token:
    """The first of coordinated nouns, whose place in the clause the others share.

    "imposed tariffs and a travel ban": the ban is imposed as the tariffs are (the parse
    hangs "ban" on "tariffs" as a conjunct, not on the verb).
    """
    cur = noun
    for _ in range(8):
        if cur.dep_ != "conj" or cur.head.pos_ not in NOUN_POS or cur.head == cur:
            break
        cur = cur.head
    return cur


#: Light verbs of stating a position ("reaffirmed support for X, as well as coordination"):
#: a noun coordinated with what they state is often its topic, not a second act.
_STATING = frozenset({"affirm", "reaffirm", "reiterate", "restate", "repeat", "express",
                      "voice", "claim", "declare", "announce", "unveil"})


def governing_verb(token: Token) -> Token | None:
    """The verb that carries a noun trigger's event ("imposed sanctions", "responded with").

    A coordinated noun has the governor of the first conjunct ("launched airstrikes and a
    ground offensive": launched), unless that verb states a position.
    """
    clause = _relative_light_verb(token)  # "the offensive that X launched"
    if clause is not None:
        return clause
    first = first_conjunct(token)
    if first is not token:
        verb = governing_verb(first)
        return None if verb is None or verb_lemma(verb) in _STATING else verb
    if clause is not None:
        return clause
    head = token.head
    if (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTIFIERS
            and head.head.dep_ in GOVERNED):
        token, head = head.head, head.head.head  # "carried out a series of airstrikes"
    if token.dep_ in GOVERNED and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ == "responsibility":
        claim = head.head.head
        return claim if claim.pos_ == "VERB" else None
    if token.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_ == "be":
        return head.head  # "the port was under siege by X": the subject undergoes it
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        verb = head.head
        if verb.lemma_.lower() == "meet" and head.lower_ != "with":
            return None  # "met for a summit", "met after the session": no undergoing
        if verb.lemma_.lower() in INVERSE_LIGHT_VERBS or head.lower_ == "under":
            return verb
        if head.lower_ == "with" and verb.lemma_.lower() in RESPONSE_VERBS and not any(
                c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children):
            return verb
    return None



def _passive_participle(verb: Token) -> bool:
    """A past participle modifying a noun ("the truce signed in Geneva", "the town seized")."""
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ in NOUN_POS


def _gapped_object(verb: Token) -> bool:
    """Whether the noun a relative clause modifies is the clause's object, not its subject.

    "the offensive that X launched": the noun is the object; "troops that launched it": the
    noun is the subject. (A passive participle, "an offensive launched by X", is read by the
    argument finder from its "by" agent; as a governor it would lend the main clause's
    subject: "welcomed the truce signed in Geneva".)
    """
    return verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ in {"WDT", "WP"}
                                        for c in verb.children)


def _relative_light_verb(noun: Token) -> Token | None:
    """The light verb of a relative clause whose object is ``noun``.

    "the offensive that Kelor and Amsar launched": the clause's subject did what the noun
    names. The parse often attaches
    the clause to the object of the noun's preposition instead ("an offensive against the
    militants that Chad launched"), so that noun's clauses are read too.
    """
    heads = [noun]
    heads += [p for prep in noun.children if prep.dep_ == "prep" and prep.lower_ in _AGAINST
              for p in prep.children if p.dep_ == "pobj"]
    for head in heads:
        for verb in head.children:
            if verb.pos_ == "VERB" and verb_lemma(verb) in LIGHT_VERBS \
                    and _gapped_object(verb):
                return verb
    return None


#: Prepositions naming the target of an event noun, whose object may take its relative clause.
_AGAINST = frozenset({"against", "on"})


def named_author(noun: Token) -> bool:
    """Whether a nominal names its author ("Pakistan's allegation", "claims made by X").

    A frame does not swallow such a nominal act (:func:`wirecoder.events.rules.absorb_frames`).
    """
    if any(c.dep_ == "poss" for c in noun.children):
        return True
    for child in noun.children:
        if child.dep_ == "acl" and any(c.dep_ == "agent" for c in child.children):
            return True
        if child.dep_ == "prep" and child.lower_ in {"by", "from"}:
            return True
    return False
