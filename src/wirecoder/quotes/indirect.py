"""Reported speech: content clauses of reporting verbs and of "according to"."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass

from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from ..pronouns import SUBJECTS
from ..textutil import lemma_lower_columns
from .clause_edges import QUOTE_CHARS, mostly_quoted, trimmed
from .credits import credit_after, has_own_subject, is_credit, is_cue_verb
from .cues import Cue, cue_at, finite_conjunct_owner, reporting_participle_owner
from .index import DocIndex
from .lexicon import QUESTION_VERBS, QUOTE_ONLY_VERBS, REPORT_VERBS
from .repairs import (
    DAY_WORDS,
    EXTRACTED,
    FINITE,
    HEARER_VERBS,
    MEDIUM_PREPS,
    credited_name,
    free_relative,
    gerund_clause,
    noun_complement,
    that_clause,
)

__all__ = ["Reported", "has_own_subject", "reported_speech"]


@dataclass(frozen=True)
class Reported:
    """A reported clause: its token range and the cue that introduces it."""

    first: int
    last: int
    cue: Cue


#: Reporting verbs whose object is never the hearer: their object may be a misread clause.
_OBJECT_CLAUSE_VERBS = frozenset({"say", "add", "claim", "state"})

#: Dependencies by which a clause before a trailing cue may hang on it.
_CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "dep", "conj", "punct", "nsubj"})


def reported_speech(index: DocIndex) -> Iterator[Reported]:
    """Yield the reported-speech clauses of the document, in text order.

    A credit ("X said Y, Reuters reported", "according to Reuters") whose clause holds an
    attribution of its own reports nothing itself: the inner attribution is kept.
    """
    doc = index.doc
    candidates: list[Reported] = []
    for i in _cue_words(doc):
        if index.in_quote[i] >= 0 or _impersonal(doc[i]):
            continue
        cue = cue_at(doc[i]) or _question_cue(doc[i])
        if cue is None:
            continue
        found = _clause(index, cue)
        if found is not None and not mostly_quoted(index, found, i):
            candidates.append(Reported(found[0], found[1], cue))
    taken: list[tuple[int, int]] = []
    cues = [r.cue.token.i for r in candidates]  # in text order: a credit's inner cues by bisection
    for reported in candidates:
        span = (reported.first, reported.last)
        inner = candidates[bisect.bisect_left(cues, reported.first):
                           bisect.bisect_left(cues, reported.last)]
        if is_credit(reported, inner) or _inside(span, taken):
            continue
        taken.append(span)
        yield reported


def _impersonal(token: Token) -> bool:
    """Return True for the reporter's own remark, which nobody else speaks.

    "It is worth noting that ...", "It should be noted that ..." (a modal passive with a
    dummy "it"); "it was announced that ..." stays a report.
    """
    return token.head.lower_ == "worth" or (token.tag_ == "VBN" and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in token.children)
        and any(c.tag_ == "MD" for c in token.children))


_CUE_LEMMA_IDS = frozenset(get_string_id(w) for w in REPORT_VERBS | QUESTION_VERBS)
_ACCORDING = get_string_id("according")


def _cue_words(doc: Doc) -> list[int]:
    """Return the tokens whose lemma is a reporting verb or whose form is "according".

    Read from the LEMMA and LOWER columns (no Token built per word).
    """
    lemmas, lowers = lemma_lower_columns(doc)
    cues = _CUE_LEMMA_IDS
    return [i for i, (lemma, lower) in enumerate(zip(lemmas, lowers, strict=True))
            if lemma in cues or lower == _ACCORDING]


def _clause(index: DocIndex, cue: Cue) -> tuple[int, int] | None:
    """Return the token range of the clause ``cue`` reports, if it has one.

    An infinitival directive ("urged Canada to settle", "called on both sides to stop") is an
    appeal, not reported words (``GUIDELINE.md``): it yields no clause; quoted words inside it
    are still partial quotes of the one who appealed.
    """
    token = cue.token
    if cue.kind == "according":
        return _according(index, token)
    if cue.kind == "question":  # "described how the ward ran out of oxygen"
        span = _child_span(token, "ccomp", clause=True)
        return trimmed(index, span, question=True) if span else None
    if token.lemma_ not in REPORT_VERBS:
        return None  # "urged X to ...", "called on X to ...": an appeal reports no words
    if token.lemma_ in QUOTE_ONLY_VERBS and not _that_marked(token):
        return None  # "replied" opens a clause only with "that": "replied that they had"
    span = _after_hearer(index, token, _child_span(token, "ccomp", clause=True))
    if span is not None and noun_complement(token, span[0]):
        return None
    if span is None:
        span = (_parenthetical(token) or _trailing(index, token) or _object_clause(token)
                or that_clause(index, token) or gerund_clause(token) or free_relative(token)
                or _inverted_clause(token))
    return trimmed(index, span, question=_asks(token), relative=token.dep_ == "relcl") if (
        span) else None


def _asks(token: Token) -> bool:
    """Return True for a verb of account or question whose wh-clause reports speech.

    "The captain recounted where the lifeboats drifted", "the mayor questioned why the repairs
    stalled": the verb is finite or has a subject of its own (not the opening participle of
    "Asked whether ..., X said") and is no word of a script in capitals ("SERGEANT Y DESCRIBES
    HOW ..."), whose gold convention reports no content for it.
    """
    return token.lemma_ in QUESTION_VERBS and token.pos_ == "VERB" and not token.is_upper and (
        token.tag_ in FINITE or any(c.dep_ == "nsubj" for c in token.children))


def _question_cue(token: Token) -> Cue | None:
    """Return the cue of a verb of account or question outside the reporting verbs."""
    if token.lemma_ in REPORT_VERBS or not _asks(token):
        return None
    if any(c.dep_ == "neg" for c in token.children):
        return None
    return Cue(token, token.text, token.idx, token.idx + len(token), "question")


def _inverted_clause(token: Token) -> tuple[int, int] | None:
    """Return the clause of a concessive report the parser turned upside down.

    "While he acknowledged the strike had hurt exports, he said ...": the parser made the
    reported clause's verb ("hurt") the head of the cue, which it hangs on as an adverbial
    clause. When the cue has a subject and a conjunction but nothing after it, and its head's
    subject starts right after the cue, the words from there to the head's end are reported.
    """
    head = token.head
    if token.dep_ != "advcl" or head.i <= token.i or head.tag_ not in FINITE:
        return None
    if not any(c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in token.children):
        return None
    if not has_own_subject(token) or any(c.i > token.i for c in token.children):
        return None
    subject = next((c for c in head.children if c.dep_ in SUBJECTS and token.i < c.i < head.i),
                   None)
    if subject is None or subject.left_edge.i != token.i + 1:
        return None
    return token.i + 1, head.right_edge.i + 1


def _that_marked(token: Token) -> bool:
    """Return True when the verb's clause opens with the complementizer "that"."""
    return any(c.dep_ == "ccomp" and c.i > token.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children) for c in token.children)


#: Parts of speech a reported clause without "that" may start with.
_CLAUSE_START = frozenset({"DET", "PRON", "PROPN", "NOUN", "NUM", "ADJ"})
#: Parts of speech of a subject noun phrase torn off its clause.
_SUBJECT_WORDS = frozenset({"DET", "PROPN", "NOUN", "NUM", "ADJ"})


def _after_hearer(index: DocIndex, token: Token,
                  span: tuple[int, int] | None) -> tuple[int, int] | None:
    """Return the clause after the hearer of "told", when the parser merged them.

    "told VOA tear gas was fired": the clause's subject became part of the object;
    "told VOA there should be more pressure": the clause became a second object. A "that"-less
    clause right after a named hearer runs from the word after the hearer.
    """
    if token.lemma_ != "tell" or token.i + 2 >= len(token.doc):
        return span
    doc = token.doc
    nxt = doc[token.i + 1]
    number = index.entity_of(nxt)
    if number is not None:
        hearer_end = index.token_at(index.entities[number].end - 1)
        while doc[hearer_end].pos_ == "ADJ" and doc[hearer_end].head.i > hearer_end:
            hearer_end = doc[hearer_end].head.i  # "told Iranian viewers"
    elif nxt.pos_ == "PRON" or (nxt.tag_ == "NNS" and nxt.dep_ in ("dobj", "dative", "compound")):
        hearer_end = nxt.i  # "told him", "told reporters"
    else:
        return span
    start = hearer_end + 1
    if start >= len(doc) or doc[start].pos_ not in _CLAUSE_START or doc[start].lower_ in (
            "that", *DAY_WORDS):
        return span
    if span is not None:
        between = doc[start : span[0]]
        clause = next((c for c in token.children if c.dep_ == "ccomp"), None)
        if clause is None or any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in clause.children):
            return span  # "told the AFP news service he believes": the clause has its subject
        if span[0] > start and all(t.pos_ in _SUBJECT_WORDS for t in between) and (
                doc[start].lower_ not in DAY_WORDS and doc[span[0]].dep_ != "mark"):
            return start, span[1]  # the torn-off subject joins its clause
        return span
    end = token.right_edge.i + 1
    if token.head.i != token.i or any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None
    return (start, end) if any(_main_finite(t, start) for t in doc[start:end]) else None


def _main_finite(word: Token, start: int) -> bool:
    """Return True for a finite verb that no relative clause after ``start`` holds."""
    if word.tag_ not in FINITE:
        return False
    return not any(w.dep_ in ("relcl", "acl") and w.i >= start for w in (word, *word.ancestors))


def _object_clause(token: Token) -> tuple[int, int] | None:
    """Return a clause without 'that' the parser read as an object and a participle.

    "said Friday a former general planned to take over": the subject became the object of
    "said" and the finite verb a participle modifying it; a participle that takes an object
    or an infinitive of its own is active, so the words are a reported clause.
    """
    if token.lemma_ not in _OBJECT_CLAUSE_VERBS:
        return None
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN"):
        return None
    verb = next((c for c in obj.children if c.dep_ == "acl" and c.i > obj.i
                 and c.tag_ in ("VBD", "VBN")), None)
    if verb is None or not any(c.dep_ in ("dobj", "xcomp", "ccomp") for c in verb.children):
        return None
    if any(c.dep_ in ("agent", "auxpass") for c in verb.children):
        return None
    return obj.left_edge.i, obj.right_edge.i + 1


def _trailing(index: DocIndex, token: Token) -> tuple[int, int] | None:
    """Return the clause before a sentence-final attribution the parse did not link.

    "Russia is turning to old stocks, a senior official said on Monday": the parser often
    makes the cue a conjunct or root beside the clause; when the cue has a subject of its
    own right after a comma and reports nothing after it, the words from the start of the
    sentence to that comma are reported.
    """
    doc = index.doc
    subject = next((c for c in token.children if c.dep_ in SUBJECTS and c.i < token.i), None)
    if token.dep_ == "relcl" or (subject is not None and any(
            t.tag_ in ("WDT", "WP") for t in subject.subtree)):
        return None  # "..., most of whom were later freed": a relative clause reports none
    start_of = subject.left_edge.i if subject is not None else credited_name(index, token)
    if start_of is None or start_of < 2 or doc[start_of - 1].text != ",":
        return None
    hearer = token.lemma_ in HEARER_VERBS
    if any(c.dep_ in ("ccomp", "dobj", "xcomp") and c.i > token.i and not is_cue_verb(c)
           and not (hearer and c.dep_ == "dobj" and not any(
               g.pos_ in ("VERB", "AUX") for g in c.subtree))
           for c in token.children):
        return None  # "..., X told VOA": the hearer is no reported clause
    start, stop = index.sent_tokens[index.sentence_of(token.i)]
    end = start_of - 1
    if any(t.text in (":", *QUOTE_CHARS) for t in doc[token.i + 1 : stop]):
        return None  # "Asked whether X, the minister said: '...'": it introduces a quotation
    if not any(t.pos_ in ("VERB", "AUX") for t in doc[start:end]) or any(
            t.head.i == token.i and t.dep_ not in _CLAUSE_DEPS for t in doc[start:end]):
        return None  # an opening modifier of the cue ("Asked whether ...,") reports nothing
    return start, end


def _parenthetical(token: Token) -> tuple[int, int] | None:
    """Return the rest of the clause a parenthetical attribution interrupts.

    "Despite that, he said, the economy is growing": the cue, with its own subject and
    between commas, hangs on the main verb (``parataxis``); what follows it is reported.
    """
    doc, head = token.doc, token.head
    if token.dep_ != "parataxis" or head.i <= token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    after = token.right_edge.i + (doc[token.right_edge.i].text != ",")
    if after >= len(doc) or doc[after].text != "," or not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
        return None
    return after + 1, head.right_edge.i + 1


def _child_span(token: Token, dep: str, clause: bool = False) -> tuple[int, int] | None:
    """Return the span of ``token``'s ``dep`` child; with ``clause``, only a verb's clause.

    "declared the exercise a success": the small clause without a verb reports no speech.
    """
    child = next((c for c in token.children if c.dep_ == dep and not credit_after(token, c)),
                 None)
    if child is not None and dep == "ccomp" and child.i < token.i:
        # "While he acknowledged A, he said that B": a clause after the cue is its content,
        # not the clause the parser also hung before it ("X spoke after the envoy said B").
        # A quotation closing right before the cue and its subject is the content ('"...,"
        # X said. Gunmen attacked ...'): only a "that" clause after the cue wins then. So is
        # a clause ending in a comma there when the clause after is a hedge whose own
        # complement is that fronted content ("The war will end soon, the general said he
        # hoped"); a full clause after it still wins ("..., the army said the toll rose")
        opening = min((c.left_edge.i for c in token.children
                       if c.dep_ in SUBJECTS and c.i < token.i), default=token.i)
        comma = opening > 0 and token.doc[opening - 1].text == ","
        quoted = any(t.text in QUOTE_CHARS for t in token.doc[max(0, opening - 2):token.i])
        child = next((c for c in token.children if c.dep_ == "ccomp" and c.i > token.i
                      and not credit_after(token, c) and not _bare_cue(c) and (
                          any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                          or not (quoted or (comma and _hedge(c))))),
                     child)
    if child is None and dep == "ccomp":  # "has said so far that X": the clause hangs on "far"
        child = next((g for c in token.children if c.dep_ in ("advmod", "npadvmod")
                      for g in c.children if g.dep_ == "ccomp"), None)
    if child is None and dep == "ccomp":
        child = _clause_in_phrase(token)
    if child is None or (clause and child.pos_ not in ("VERB", "AUX") and not any(
            t.pos_ in ("VERB", "AUX") for t in child.subtree)):
        return None
    first, last = child.left_edge.i, child.right_edge.i + 1
    if first <= token.i < last:
        if not _extracted(token, child):
            return None
        first, last = token.i + 1, max(last, token.right_edge.i + 1)
    for inner in child.subtree:  # "says X will cut aid, saying Y": the participle reports Y
        owner = (reporting_participle_owner(inner) or finite_conjunct_owner(inner)
                 if inner.i > first else None)
        if owner is not None and owner.i == token.i:
            return first, inner.i - 1
        if inner.i > first and _contrasting_report(inner):
            return first, inner.left_edge.i  # "X insisted that A, while Y said B": B is Y's
        if inner.i > first and _others_relative_report(inner):
            return first, inner.left_edge.i  # "A before the vote, which observers say B": B
    if dep == "ccomp" and first > token.i:  # "said it would go on and (that) aid was safe"
        for other in token.children:
            if other.dep_ == "ccomp" and other.i > last and not credit_after(token, other):
                last = max(last, other.right_edge.i + 1)
    return first, last


def _hedge(verb: Token) -> bool:
    """Return True for a clause whose missing complement is content fronted before the cue.

    "..., the general said he hoped", "..., officials said they had learned", "..., the
    minister said he was sure": a pronoun subject and a verb (or a predicate adjective) with
    no object, clause or predicate of its own; a passive ("they were put under arrest") is
    a full clause.
    """
    return any(c.dep_ == "nsubj" and c.tag_ == "PRP" for c in verb.children) and not any(
        c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative", "oprd", "nsubjpass")
        or (c.dep_ == "acomp" and any(g.dep_ in ("ccomp", "xcomp") for g in c.children))
        for c in verb.children)


def _bare_cue(verb: Token) -> bool:
    """Return True for a reporting verb that reports nothing itself ("... charges X denied")."""
    return is_cue_verb(verb) and not any(c.dep_ in ("ccomp", "dobj") for c in verb.children)


def _extracted(cue: Token, clause: Token) -> bool:
    """Return True when the clause's subject or object was moved before the cue.

    "forces who he said launched an attack", "in what critics say is a fresh bid": the
    relative word stands for the reported clause's subject; the words after the cue are the
    reported clause.
    """
    return any(c.i < cue.i and c.lower_ in EXTRACTED and c.dep_ in ("nsubj", "nsubjpass", "dobj")
               for c in clause.children) and all(
        t.i < cue.i or t.i > cue.i for t in clause.subtree) and clause.i > cue.i


#: Conjunctions of a report set against the clause it hangs on ("while Y said ...",
#: "although he acknowledged ...").
_CONTRAST_MARKS = frozenset({"while", "whereas", "although", "though"})


def _others_relative_report(verb: Token) -> bool:
    """Return True for a report in a relative clause by someone named there by a noun.

    "X said talks must resume before the vote, which observers say the bloc will win": the
    relative clause is the observers' report, not part of X's; a pronoun subject ("forces who
    he said launched ...") is the same reporter and stays inside.
    """
    if verb.dep_ != "relcl" or verb.lemma_ not in REPORT_VERBS:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return (subject is not None and subject.pos_ in ("NOUN", "PROPN")
            and any(c.dep_ == "ccomp" and c.i > verb.i for c in verb.children))


def _contrasting_report(verb: Token) -> bool:
    """Return True for "while Y said ...": a report of its own set against the clause.

    "X said A, although he acknowledged B": the parser often hangs the concessive report
    inside the reported clause A; it is a report of its own (B), not part of A.
    """
    return verb.dep_ == "advcl" and is_cue_verb(verb) and has_own_subject(verb) and any(
        c.dep_ == "mark" and c.lower_ in _CONTRAST_MARKS for c in verb.children)


def _clause_in_phrase(token: Token) -> Token | None:
    """Return a 'that' clause the parser hung on the noun of the cue's phrase.

    "said in a statement that it would suspend operations": the clause became a modifier
    of "statement"; its "that" is a complementizer (a relative "that" is its subject or
    object, never its marker), so it is what was said.
    """
    for prep in token.children:
        if prep.dep_ != "prep" or prep.i < token.i or prep.lower_ not in MEDIUM_PREPS:
            continue  # "agreed with Y's remark that ...": the clause is Y's, a noun complement
        for pobj in prep.children:
            for clause in pobj.children:
                if clause.dep_ in ("acl", "relcl") and clause.i > pobj.i and any(
                        c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
                    return clause
    return None


def _according(index: DocIndex, token: Token) -> tuple[int, int] | None:
    """Return the clause an 'according to X' phrase attributes (minus the phrase).

    A phrase after the last of coordinated verbs attributes the whole coordination.
    """
    head = token.head
    if head.i == token.i or head.pos_ not in ("VERB", "AUX"):
        return None
    lo, hi = token.left_edge.i, token.right_edge.i + 1
    while head.dep_ == "conj" and head.head.i < head.i < lo:
        head = head.head  # "X was sent and determined Y, according to Z": Z reports both
    first, last = head.left_edge.i, head.right_edge.i + 1
    if lo <= first:
        first = hi
    elif hi >= last or lo - first >= last - hi:
        last = lo
    else:
        first = hi
    return trimmed(index, (first, last))


def _inside(span: tuple[int, int], taken: list[tuple[int, int]]) -> bool:
    return any(a <= span[0] and span[1] <= b for a, b in taken)
