"""Trigger detection: lexicon lookup on lemmas, pattern and dependent checks, light verbs.

A trigger is a verb or a noun (nominalization) that evokes a PLOVER event. Each token
gets at most one lexicon entry: entries whose ``requires`` conditions hold win over
plain ones, and entries from user files win over built-in ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from spacy.tokens import Span, Token

from ..textutil import lemma_lower_columns
from .lexicon import Condition, Entry, Lexicon, NounPattern, VerbPattern
from .modifiers import is_negated
from .trigger_words import (
    INVERSE_LIGHT_VERBS,
    LIGHT_NOUNS,
    LIGHT_VERBS,
    QUANTIFIERS,
    RESPONSE_VERBS,
)

__all__ = ["INVERSE_LIGHT_VERBS", "LIGHT_NOUNS", "LIGHT_VERBS", "Trigger", "find_triggers",
           "light_noun"]

_NOUN_POS = frozenset({"NOUN", "PROPN"})
#: spaCy entity labels of names that may contain trigger words ("Economic Cooperation").
_NAME_LABELS = frozenset({"DATE", "TIME", "PERSON", "GPE", "ORG", "EVENT", "WORK_OF_ART",
                          "LAW", "FAC", "PRODUCT", "NORP"})
_OBJ_DEPS = frozenset({"dobj", "dative", "nsubjpass", "attr", "oprd"})
_MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "npadvmod"})
_GOVERNED = frozenset({"dobj", "nsubjpass", "attr", "oprd"})


@dataclass
class Trigger:
    """A token that evokes an event, with the entry that codes it."""

    token: Token
    entry: Entry
    kind: str
    start: int
    end: int
    governor: Token | None = None
    inverse: bool = False
    rules: list[str] = field(default_factory=list)
    absorbed: list[Entry] = field(default_factory=list)
    inner: list[Trigger] = field(default_factory=list)


def _object_tokens(token: Token) -> list[Token]:
    objs = [c for c in token.children if c.dep_ in _OBJ_DEPS]
    if token.dep_ == "relcl" and any(o.tag_ in {"WDT", "WP"} for o in objs):
        objs.append(token.head)  # "the group that Seoul and Washington established"
    objs.extend(_bare_infinitive_subjects(token))
    for prep in token.children:
        if prep.dep_ in {"prep", "agent", "prt"}:
            objs.extend(c for c in prep.children if c.dep_ in {"pobj", "pcomp"})
    objs.extend(c for o in list(objs) for c in o.conjuncts)
    objs.extend(counted for o in list(objs) if (counted := _counted(o)) is not None)
    return objs


#: Heads of "N of X" objects that count X ("dozens of women", "thousands of websites").
_COUNT_NOUNS = frozenset({"dozen", "dozens", "hundred", "hundreds", "thousand", "thousands",
                          "million", "millions", "ten", "tens", "score", "scores", "number",
                          "group", "some", "many", "all", "most", "several", "few", "both",
                          "tonne", "ton", "kilogram", "kg", "litre", "liter", "barrel",
                          "truckload", "planeload", "shipload", "container", "crate", "pallet",
                          "consignment", "batch"})


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
    """The subject of a bare infinitive complement ("helped Mauritius build an airstrip")."""
    return [s for c in token.children if c.dep_ == "ccomp" and c.tag_ == "VB"
            and not any(a.dep_ in {"aux", "mark"} for a in c.children)
            for s in c.children if s.dep_ == "nsubj" and s.pos_ == "PROPN"]


def _object_words(token: Token, entities: dict[int, list]) -> set[str]:
    words: set[str] = {f"to {c.lemma_.lower()}" for c in token.children  # "refused to comment"
                       if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}}
    for obj in _object_tokens(token):
        words.update({obj.lemma_.lower(), obj.lower_})
        left = [c for c in obj.lefts if c.dep_ in {"compound", "amod"}]
        if left:
            words.add(" ".join([*(c.lower_ for c in left), obj.lower_]))
            words.add(" ".join([*(c.lower_ for c in left), obj.lemma_.lower()]))
            # each modifier with the head: "a joint border commission" is a joint commission
            words.update(f"{c.lower_} {obj.lemma_.lower()}" for c in left)
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


def _modifier_words(token: Token) -> set[str]:
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
    heads = [token] if governor is None else [token, governor]
    return {c.lower_ for h in heads for c in h.children
            if c.dep_ in {"prep", "agent", "prt"} and not _temporal_prep(c)}


def _condition_holds(cond: Condition, token: Token, governor: Token | None,
                     entities: dict[int, list], want_all: bool) -> bool:
    """Check ``cond``: with ``want_all`` every part must hold, else any part suffices."""
    checks = []
    if cond.prep:
        checks.append(bool(cond.prep & _prep_words(token, governor)))
    if cond.object:
        words = _object_words(token, entities)
        checks.append(any(w in words or _phrase_in(w, words) for w in cond.object))
    if cond.modifier:
        checks.append(bool(cond.modifier & _modifier_words(token)))
    if cond.dep:
        deps = {c.dep_ for c in token.children}
        if _to_infinitive(token):
            deps.add("to_infinitive")
        checks.append(bool(cond.dep & deps))
    if cond.subject:
        checks.append(bool(cond.subject & _subject_words(token)))
    if cond.head:
        verb = clause_verb(token)
        words = {verb.lemma_.lower()} if verb is not None else set()
        if token.dep_ == "pobj":
            words.add(token.head.lower_)
        checks.append(bool(cond.head & words))
    return all(checks) if want_all else any(checks)


def _to_infinitive(token: Token) -> bool:
    """Whether "to" + a base verb follows ``token`` ("Haiti's call to serve"), however parsed."""
    doc = token.doc
    return (token.i + 2 < len(doc) and doc[token.i + 1].lower_ == "to"
            and doc[token.i + 2].tag_ == "VB")


def _undergone(token: Token, verb: Token) -> bool:
    """A state the subject is in ("went on trial", "is on trial"): the subject undergoes it."""
    return (token.dep_ == "pobj" and token.head.lower_ == "on"
            and verb.lemma_.lower() in {"go", "be", "remain"})


def _placed_under(token: Token, governor: Token) -> bool:
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

    A relative clause's subject is the noun it modifies ("a conflict that blew up"); a
    coordinated verb and a participial adjunct share their head's subject.
    """
    cur = token
    for _ in range(3):
        subjects = [c for c in cur.children if c.dep_ == "nsubj"]
        if subjects and subjects[0].tag_ not in {"WDT", "WP"}:
            break
        if cur.dep_ in {"relcl", "acl"} and cur.head.pos_ in _NOUN_POS:
            subjects = [cur.head]
            break
        if cur.dep_ != "conj" and not (cur.dep_ == "advcl" and cur.tag_ == "VBG"):
            break  # "the earthquake struck, killing 400": the participle shares the subject
        cur = cur.head
    words: set[str] = set()
    for subj in subjects:
        words.update({subj.lower_, subj.lemma_.lower()})
        words.update(f"{c.lower_} {subj.lemma_.lower()}" for c in subj.lefts
                     if c.dep_ in {"compound", "amod"})
    return words


def _phrase_in(word: str, words: set[str]) -> bool:
    return (" " in word or "-" in word) and any(word in w for w in words)


def _verb_matches(pattern: VerbPattern, token: Token) -> tuple[bool, int]:
    """Return whether the particles of ``pattern`` follow ``token``, and the span end index."""
    if not pattern.particles:
        return True, token.i + 1
    near = {}
    for child in token.children:
        if child.dep_ in {"prt", "prep", "dobj", "advmod", "oprd", "npadvmod", "acomp"}:
            near[child.lower_] = near[child.lemma_.lower()] = child
    first = near.get(pattern.particles[0])
    if first is None or _temporal_prep(first):
        return False, token.i + 1  # "called Zelensky on Tuesday" is no "call on"
    if len(pattern.particles) == 1 and _prep_after_object(token, first):
        return False, token.i + 1  # "gives inflated tolls in such attacks" is no "give in"
    rest = {t.lower_ for t in first.subtree} | {t.lemma_.lower() for t in first.subtree}
    rest |= {t.lower_ for c in token.children for t in c.subtree if c.dep_ in _OBJ_DEPS}
    if not all(p in rest for p in pattern.particles[1:]):
        return False, token.i + 1
    end = first.i + 1 if first.i == token.i + 1 else token.i + 1
    return True, end


def _prep_after_object(verb: Token, prep: Token) -> bool:
    """A preposition with its own object after the verb's direct object.

    "gives inflated tolls in such attacks": the "in" phrase is an adjunct of the clause,
    not the particle of "give in" (a particle comes before the object or stands alone).
    """
    return prep.dep_ == "prep" and any(c.dep_ == "pobj" for c in prep.children) and any(
        c.dep_ == "dobj" and verb.i < c.i < prep.i for c in verb.children)


def _temporal_prep(prep: Token) -> bool:
    """Return True for a preposition whose object is a date or time ("on Tuesday")."""
    return prep.dep_ == "prep" and any(
        c.dep_ == "pobj" and c.ent_type_ in {"DATE", "TIME"} for c in prep.children)


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
    if _modifier_words(token) >= set(mods):
        lefts = [c.i for c in token.lefts if c.lower_ in mods or c.lemma_.lower() in mods]
        return True, min(lefts, default=token.i)
    return False, token.i


def _entry_ok(entry: Entry, token: Token, governor: Token | None,
              entities: dict[int, list]) -> bool:
    if entry.requires and not _condition_holds(entry.requires, token, governor, entities, True):
        return False
    if entry.excludes and _condition_holds(entry.excludes, token, governor, entities, False):
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


def _governor(token: Token) -> Token | None:
    head = token.head
    if (token.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in QUANTIFIERS
            and head.head.dep_ in _GOVERNED):
        token, head = head.head, head.head.head  # "carried out a series of airstrikes"
    if token.dep_ in _GOVERNED and head.pos_ in {"VERB", "AUX"}:
        return head
    if token.dep_ == "pobj" and head.lower_ == "for" and head.head.lemma_ == "responsibility":
        claim = head.head.head
        return claim if claim.pos_ == "VERB" else None
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
    if token.pos_ not in _NOUN_POS or token.ent_type_ in _NAME_LABELS:
        return None
    if any(e.kind in {"ORG", "PERSON", "GPE"} and " " in e.raw_text
           for e in entities.get(token.i, ())):
        return None
    governor = _governor(token)
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
            trig.inverse = _undergone(token, trig.governor)  # "went on trial": the accused
    elif governor is not None:
        lemma = governor.lemma_.lower()
        if token.dep_ == "pobj" and token.head.lower_ == "for":
            trig.governor = governor
            trig.rules.append(f"claimed-responsibility:{lemma}")
        elif lemma in RESPONSE_VERBS and token.head.lower_ == "with":
            trig.governor = governor
            trig.rules.append(f"responded-with:{lemma}")
        elif _placed_under(token, governor):  # "placed X under arrest": X undergoes it
            trig.governor = governor
            trig.rules.append(f"placed-under:{lemma}")
        elif lemma in INVERSE_LIGHT_VERBS or (token.dep_ == "pobj" and token.head.lower_ != "of"):
            trig.governor, trig.inverse = governor, True
            trig.rules.append(f"inverse-light:{lemma}")
        elif lemma in LIGHT_VERBS:
            trig.governor = governor
            trig.rules.append(f"light:{lemma}")
        elif entry.requires.head:  # "stressed the need for X to ...": the stresser acts
            trig.governor = governor
            trig.rules.append(f"governed:{lemma}")
    return trig


#: Dependencies of a predicative adjective ("is deeply concerned", "called the claims baseless").
_PREDICATIVE = frozenset({"acomp", "oprd", "ROOT", "ccomp", "xcomp", "advcl", "conj"})


def _adj_trigger(token: Token, lexicon: Lexicon, entities: dict[int, list]) -> Trigger | None:
    """A predicative judgement adjective; its copula or "call"-verb is its governor."""
    if _named_as(token):  # "described the plan as a disaster"
        return _judgement_trigger(token, lexicon, _naming_verb(token.head) or token.head.head)
    if token.dep_ not in _PREDICATIVE and not _predicate_noun(token):
        return None
    if not (token.pos_ == "ADJ" or (token.pos_ == "VERB" and (
            token.tag_ == "VBN" or token.dep_ == "oprd"))  # "called the vote rigged"
            or (token.pos_ == "NOUN" and token.dep_ == "oprd") or _predicate_noun(token)):
        return None
    head = token.head
    if token.dep_ == "conj" and _adj_entries(head, lexicon):
        return None  # "hostile and abusive" is one judgement
    governor = head if token.dep_ in {"acomp", "oprd"} and head.pos_ in {"VERB", "AUX"} else None
    negated = is_negated(token) or (governor is not None and is_negated(governor))
    for entry in _adj_entries(token, lexicon):
        if entry.when != "any" and negated != (entry.when == "negated"):
            continue
        if entry.excludes and _condition_holds(entry.excludes, token, None, entities, False):
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
        return {w for c in own if c.pos_ in _NOUN_POS for w in (c.lower_, c.lemma_.lower())}
    head = token.head.head if token.head.lower_ == "as" else token.head
    if head.pos_ in _NOUN_POS:  # "declared the vote as credible": "as" on the object
        return {head.lower_, head.lemma_.lower()}
    deps = {"dobj", "npadvmod", "nsubjpass"} if head.lemma_.lower() in NAMING_VERBS else {
        "nsubj", "nsubjpass"}
    nouns = [c for c in head.children if c.dep_ in deps]
    nouns += [c for c in token.children if c.dep_ in {"nsubj", "npadvmod"}]  # small clause
    return {w for c in nouns if c.pos_ in _NOUN_POS for w in (c.lower_, c.lemma_.lower())}


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


def _naming_verb(as_word: Token) -> Token | None:
    """The verb of naming of an "as" phrase, attached to the verb or to its object."""
    head = as_word.head
    if head.pos_ in _NOUN_POS and head.dep_ == "dobj":  # "declared the vote as credible"
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
                or _adj_trigger(token, lexicon, entities))
        if trig is not None:
            triggers[token.i] = trig
    for i, trig in list(triggers.items()):
        if trig.kind != "noun" or trig.token.dep_ not in {"compound", "amod"}:
            continue
        head = triggers.get(trig.token.head.i)
        if head is None and trig.token.head.lemma_.lower() in QUANTIFIERS:
            trig.governor = _governor(trig.token.head)  # "a bombing campaign": the bombing
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
        verb = triggers.get(head.i) if trig.token.dep_ in _GOVERNED else None
        if verb is None or verb.kind != "verb":
            continue
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


def _merge_context(verb: Entry, noun: Entry) -> Entry:
    if not noun.context:
        return verb
    merged = tuple(dict.fromkeys((*verb.context, *noun.context)))
    return replace(verb, context=merged)
