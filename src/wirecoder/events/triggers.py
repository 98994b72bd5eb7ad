"""Trigger detection: lexicon lookup on lemmas, pattern and dependent checks, light verbs.

A trigger is a verb or a noun (nominalization) that evokes a PLOVER event. Each token
gets at most one lexicon entry: entries whose ``requires`` conditions hold win over
plain ones, and entries from user files win over built-in ones. The syntax the conditions
read is in :mod:`.trigger_syntax`; judgement adjectives and nouns in :mod:`.judgements`.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from ..textutil import lemma_lower_columns
from .judgements import adj_trigger
from .lexicon import Entry, Lexicon, NounPattern, VerbPattern
from .modifiers import is_negated
from .trigger_record import Trigger
from .trigger_syntax import (
    GOVERNED,
    NOUN_POS,
    OBJ_DEPS,
    clause_verb,
    condition_holds,
    first_conjunct,
    governing_verb,
    modifier_words,
    placed_under,
    temporal_prep,
    undergone,
)
from .trigger_words import (
    INVERSE_LIGHT_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    QUANTIFIERS,
    RESPONSE_VERBS,
    verb_lemma,
)

__all__ = ["INVERSE_LIGHT_VERBS", "LIGHT_NOUNS", "LIGHT_VERBS", "Trigger", "clause_verb",
           "find_triggers", "light_noun"]

#: spaCy entity labels of names that may contain trigger words ("Economic Cooperation").
_NAME_LABELS = frozenset({"DATE", "TIME", "PERSON", "GPE", "ORG", "EVENT", "WORK_OF_ART",
                          "LAW", "FAC", "PRODUCT", "NORP"})


def _verb_matches(pattern: VerbPattern, token: Token) -> tuple[bool, int]:
    """Return whether the particles of ``pattern`` follow ``token``, and the span end index."""
    if not pattern.particles:
        return True, token.i + 1
    near = {}
    for child in token.children:
        if child.dep_ in {"prt", "prep", "dobj", "advmod", "oprd", "npadvmod", "acomp"}:
            near[child.lower_] = near[child.lemma_.lower()] = child
    if pattern.particles == ("to",) and token.lemma_.lower() in _INFINITIVE_TO_VERBS:
        mark = _infinitive_to(token)
        if mark is not None:
            return True, mark.i + 1
    first = near.get(pattern.particles[0])
    if first is None or temporal_prep(first) or first.i < token.i:
        # "called Zelensky on Tuesday" is no "call on"; a preposition before the verb ("In an
        # interview, X gave a response") is no particle of "give in"
        return False, token.i + 1
    if len(pattern.particles) == 1 and _prep_after_object(token, first):
        return False, token.i + 1  # "gives inflated tolls in such attacks" is no "give in"
    rest = {t.lower_ for t in first.subtree} | {t.lemma_.lower() for t in first.subtree}
    rest |= {t.lower_ for c in token.children for t in c.subtree if c.dep_ in OBJ_DEPS}
    if not all(p in rest for p in pattern.particles[1:]):
        return False, token.i + 1
    end = first.i + 1 if first.i == token.i + 1 else token.i + 1
    return True, end


#: Verbs whose "to" phrase commits to an act whether it holds a noun or an infinitive:
#: "committed to deepening cooperation" and "committed to deepen cooperation" (the parse
#: makes the second "to" the infinitive's marker, not a preposition of the verb).
_INFINITIVE_TO_VERBS = frozenset({"commit"})


def _infinitive_to(verb: Token) -> Token | None:
    """The "to" right after ``verb`` that marks its infinitive complement, if any.

    Not after a passive or adjectival "is committed to" (the adjective entry reads those).
    """
    if verb.dep_ in {"acomp", "amod"} or any(c.dep_ == "auxpass" for c in verb.children):
        return None
    return next((m for c in verb.children if c.dep_ in {"xcomp", "advcl"} for m in c.children
                 if m.dep_ == "aux" and m.lower_ == "to" and m.i == verb.i + 1), None)


def _prep_after_object(verb: Token, prep: Token) -> bool:
    """A preposition with its own object after the verb's direct object.

    "gives inflated tolls in such attacks": the "in" phrase is an adjunct of the clause,
    not the particle of "give in" (a particle comes before the object or stands alone).
    """
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" for c in prep.children) and any(
        c.dep_ == "dobj" and verb.i < c.i < prep.i for c in verb.children)

def _noun_matches(pattern: NounPattern, token: Token) -> tuple[bool, int]:
    """Return whether the modifiers of ``pattern`` precede ``token``, and the span start index."""
    mods = pattern.modifiers
    if not mods:
        return True, token.i
    start = token.i - len(mods)
    if start >= 0:
        before = token.doc[start:token.i]
        if [t.lower_ for t in before] == list(mods) or [t.lemma_.lower() for t in before] == list(
                mods):
            return True, start
    if modifier_words(token) >= set(mods):
        lefts = [c.i for c in token.lefts if c.lower_ in mods or c.lemma_.lower() in mods]
        return True, min(lefts, default=token.i)
    return False, token.i


def _entry_ok(entry: Entry, token: Token, governor: Token | None,
              entities: dict[int, list]) -> bool:
    if entry.requires and not condition_holds(entry.requires, token, governor, entities, True):
        return False
    if entry.excludes and condition_holds(entry.excludes, token, governor, entities, False):
        return False
    if entry.when in {"any", "irrealis"}:  # irrealis: checked on the draft (events.__init__)
        return True
    return is_negated(token) == (entry.when == "negated")


def _best(candidates: list[tuple[Entry, int, int]]) -> tuple[Entry, int, int] | None:
    if not candidates:
        return None
    specific = [c for c in candidates if c[0].requires or c[0].when not in {"any", "irrealis"}]
    pool = specific or candidates
    if pool[-1][0].source != pool[0][0].source:
        return pool[-1]  # a user file wins
    longest = max(c[2] - c[1] for c in pool)  # "sanctions relief" beats "relief"
    return next(c for c in pool if c[2] - c[1] == longest)

def _verb_trigger(token: Token, lexicon: Lexicon, entities: dict[int, list]) -> Trigger | None:
    if token.pos_ != "VERB" or token.dep_ in {"amod", "compound"}:
        return None
    found = []
    for pattern, entry in lexicon.verb_index.get(token.lemma_.lower(), ()):
        ok, end = _verb_matches(pattern, token)
        if ok and _entry_ok(entry, token, None, entities):
            found.append((entry, token.i, end))
    best = _best(found)
    if best is None:
        return None
    entry, first, last = best
    doc = token.doc
    return Trigger(token=token, entry=entry, kind="verb", start=doc[first].idx,
                   end=doc[last - 1].idx + len(doc[last - 1]))


def _noun_trigger(token: Token, lexicon: Lexicon, entities: dict[int, list]) -> Trigger | None:
    if token.pos_ not in NOUN_POS or token.ent_type_ in _NAME_LABELS:
        return None
    if any(e.kind in {"ORG", "PERSON", "GPE"} and " " in e.raw_text
           for e in entities.get(token.i, ())):
        return None
    governor = governing_verb(token)
    found = []
    for pattern, entry in lexicon.noun_index.get(token.lemma_.lower(), ()):
        ok, start = _noun_matches(pattern, token)
        if ok and _entry_ok(entry, token, governor, entities):
            found.append((entry, start, token.i + 1))
    best = _best(found)
    if best is None:
        return None
    entry, first, _ = best
    doc = token.doc
    trig = Trigger(token=token, entry=entry, kind="noun", start=doc[first].idx,
                   end=token.idx + len(token))
    if governor is None and entry.requires.head:  # "sentenced X to six years in prison"
        trig.governor = clause_verb(token)
        if trig.governor is not None:
            trig.rules.append(f"governed:{trig.governor.lemma_.lower()}")
            trig.inverse = undergone(token, trig.governor)  # "went on trial": the accused
    elif governor is not None:
        lemma = verb_lemma(governor)
        token = first_conjunct(token)  # "imposed tariffs and a ban": the ban's place
        if token.dep_ == "pobj" and token.head.lower_ == "for":
            trig.governor = governor
            trig.rules.append(f"claimed-responsibility:{lemma}")
        elif lemma in RESPONSE_VERBS and token.head.lower_ == "with":
            trig.governor = governor
            trig.rules.append(f"responded-with:{lemma}")
        elif placed_under(token, governor):  # "placed X under arrest": X undergoes it
            trig.governor = governor
            trig.rules.append(f"placed-under:{lemma}")
        elif lemma in INVERSE_LIGHT_VERBS or (token.dep_ == "pobj" and token.head.lower_ != "of"
                                              and token.head.head == governor):
            trig.governor, trig.inverse = governor, True
            trig.rules.append(f"inverse-light:{lemma}")
        elif lemma in LIGHT_VERBS:
            trig.governor = governor
            trig.rules.append(f"light:{lemma}")
        elif entry.requires.head:  # "stressed the need for X to ...": the stresser acts
            trig.governor = governor
            trig.rules.append(f"governed:{lemma}")
    return trig

def _candidates(sent: Span, lexicon: Lexicon) -> list[int]:
    """Indices of the sentence's tokens whose lemma or form the lexicon lists.

    Only these can be triggers; reading the LEMMA and LOWER columns once per document and
    remembering each word's answer spares building a Token for every other word.
    """
    doc = sent.doc
    lemmas, lowers = lemma_lower_columns(doc)
    memo: dict[str, dict[int, bool]] = lexicon.__dict__.setdefault("_trigger_words", {})
    by_lemma, by_form = memo.setdefault("lemma", {}), memo.setdefault("form", {})
    strings = doc.vocab.strings
    out = []
    for i in range(sent.start, sent.end):
        found = by_lemma.get(lemmas[i])
        if found is None:
            word = strings[lemmas[i]].lower()
            found = by_lemma[lemmas[i]] = (word in lexicon.verb_index
                                           or word in lexicon.noun_index
                                           or word in lexicon.adj_index)
        if not found:
            found = by_form.get(lowers[i])
            if found is None:
                found = by_form[lowers[i]] = strings[lowers[i]] in lexicon.adj_index
        if found:
            out.append(i)
    return out


def find_triggers(sent: Span, lexicon: Lexicon, entities: dict[int, list]) -> list[Trigger]:
    """Return the triggers of ``sent``, resolving light verbs and verb+object patterns.

    Args:
        sent: The sentence.
        lexicon: The compiled lexicon.
        entities: Token index -> entity records overlapping that token.

    """
    triggers: dict[int, Trigger] = {}
    doc = sent.doc
    for i in _candidates(sent, lexicon):
        token = doc[i]
        trig = (_verb_trigger(token, lexicon, entities) or _noun_trigger(token, lexicon, entities)
                or adj_trigger(token, lexicon, entities))
        if trig is not None:
            triggers[token.i] = trig
    for i, trig in list(triggers.items()):
        if trig.kind != "noun" or trig.token.dep_ not in {"compound", "amod"}:
            continue
        head = triggers.get(trig.token.head.i)
        if head is None and trig.token.head.lemma_.lower() in QUANTIFIERS:
            trig.governor = governing_verb(trig.token.head)  # "a bombing campaign": the bombing
            continue
        if head is not None:
            head.rules.append(f"modifier:{trig.entry.id}")
            head.absorbed.append(trig.entry)
        del triggers[i]  # a modifier ("war veteran", "ceasefire deal") is not an event
    _resolve_light(triggers)
    return sorted(triggers.values(), key=lambda t: t.token.i)


def light_noun(token: Token) -> Token | None:
    """The light noun whose "of" phrase holds ``token`` ("the imposition of sanctions")."""
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in LIGHT_NOUNS:
        return head.head
    return None


def _absorb_of_object(trig: Trigger, triggers: dict[int, Trigger]) -> bool:
    """Let a noun pattern absorb its "of" object ("lifting of sanctions" is one CONCEDE)."""
    head = trig.token.head
    if trig.token.dep_ != "pobj" or head.lower_ != "of":
        return False
    noun = triggers.get(head.head.i)
    if noun is None or noun.kind != "noun" or not noun.entry.requires.object:
        return False
    noun.rules.append(f"object:{trig.entry.id}")
    noun.absorbed.append(trig.entry)
    noun.entry = _merge_context(noun.entry, trig.entry)
    del triggers[trig.token.i]
    return True


def _resolve_light(triggers: dict[int, Trigger]) -> None:
    """Let object nouns carry the event of light verbs; let verb+object patterns absorb nouns."""
    for trig in list(triggers.values()):
        if trig.kind != "noun" or trig.token.i not in triggers:
            continue
        if _absorb_of_object(trig, triggers):
            continue
        head = trig.token.head
        verb = triggers.get(head.i) if trig.token.dep_ in GOVERNED else None
        if verb is None or verb.kind != "verb":
            continue
        if _judges(verb.entry):
            continue  # "deplores the arrest of X by Y": the judgement and the act are both coded
        if verb.entry.requires.object or (verb.entry.light and trig.entry.category == "AGREE"):
            verb.rules.append(f"object:{trig.entry.id}")
            verb.absorbed.append(trig.entry)
            verb.entry = _merge_context(verb.entry, trig.entry)
            del triggers[trig.token.i]
        elif verb.entry.light and not verb.entry.frame:
            trig.governor = head
            trig.rules.append(f"light:{head.lemma_.lower()}")
            del triggers[head.i]
        elif trig.governor is not None and trig.governor.i == head.i:
            trig.governor = None
            trig.rules = [r for r in trig.rules if "light:" not in r]


def _judges(entry: Entry) -> bool:
    """A verb that judges its object's act ("regrets/deplores the arrest"): never folds it.

    The act judged is an event of its own (GUIDELINE decision 1, nominal forms are coded);
    folding it into the judgement lost the COERCE of "deplores the arrest ... by police"
    (round 20 review).
    """
    return entry.category == "ACCUSE" and entry.mode == "disapprove"


def _merge_context(verb: Entry, noun: Entry) -> Entry:
    if not noun.context:
        return verb
    merged = tuple(dict.fromkeys((*verb.context, *noun.context)))
    return replace(verb, context=merged)
