"""Reported clauses the small parser broke apart, found from the words around the cue.

The dependency parse is the first source of a reported clause (:mod:`.indirect`); these
repairs read the surface when the parse lost it: "said that" whose "that" became an object,
"told a radio station that ..." read as a relative clause, a gerund subject ("said creating a
council would ..."), a relative word the parser made the cue's subject ("in what he says is
..."), a trailing credit whose name became a conjunct. A noun complement ("expressed concern
that ...") is told apart from a report.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .index import DocIndex

__all__ = ["DAY_WORDS", "EXTRACTED", "FINITE", "HEARER_VERBS", "MEDIUM_PREPS", "credited_name",
           "free_relative", "gerund_clause", "noun_complement", "that_clause"]

#: Finite verb tags: a clause has one.
FINITE = frozenset({"MD", "VBD", "VBZ", "VBP"})
#: Day words the parser puts at the head of a reported clause ("said Monday X").
DAY_WORDS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                       "sunday", "yesterday", "today", "tonight"})
#: Words that open a relative clause or a free relative and stand for a word of it.
EXTRACTED = frozenset({"who", "what", "which", "that", "whom"})
#: Prepositions of the medium or occasion of a statement ("said in a statement that").
MEDIUM_PREPS = frozenset({"in", "on", "during", "at", "via", "through"})
#: Prepositions of the occasion or medium between a cue and its "that" ("during a briefing",
#: "for the first time").
_OCCASION_PREPS = MEDIUM_PREPS | {"over", "by", "after", "for"}

#: Verbs whose object is a hearer: "told reporters that ..." reports the clause.
HEARER_VERBS = frozenset({"tell", "inform", "assure", "notify", "remind", "warn", "advise",
                           "convince", "ask", "promise", "caution"})


def noun_complement(token: Token, first: int) -> bool:
    """Return True when the clause completes the cue's object noun, not the cue.

    "expressed concern that civilians were trapped", "voiced hope that ...": the clause says
    what the concern is (a noun complement, ``GUIDELINE.md``), no words were reported. The
    object of a verb with a hearer ("told reporters that") does not count.

    Args:
        token: The cue verb.
        first: Index of the clause's first token.

    Returns:
        True when the clause is the complement of the cue's object noun.
    """
    if token.lemma_ in HEARER_VERBS:
        return False
    doc = token.doc
    return any(c.dep_ == "dobj" and c.pos_ == "NOUN" and token.i < c.i < first
               and c.ent_type_ == "" and c.i + 1 < len(doc) and doc[c.i + 1].lower_ == "that"
               for c in token.children)


#: Parts of speech of a hearer's noun phrase ("a local radio station"), and its longest run.
_HEARER_WORDS = frozenset({"DET", "ADJ", "NOUN", "PROPN", "NUM", "PRON"})
_MAX_HEARER = 6


def free_relative(token: Token) -> tuple[int, int] | None:
    """Return the clause after a cue whose subject a relative word replaced, parse broken.

    "in what he says is an effort to ...", "a minister who analysts say tends to ...", "the
    drought that they said made farming ...": the relative word stands right before the cue's
    subject (or the parser made it the cue's subject), and the finite verb right after the
    cue opens the reported words; the parser hung that verb elsewhere or made it an open
    complement, which a finite verb cannot be.

    Args:
        token: The cue verb.

    Returns:
        The reported clause as token indexes (start, end exclusive), or None.
    """
    doc = token.doc
    verb = doc[token.i + 1] if token.i + 2 < len(doc) else None
    if verb is None or verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in FINITE | {
            "VBN", "VB"}:
        return None  # right after the cue, "made" read as a participle is a past tense, and
        # "use" read as a base form a present ("traders who the ministry says use ...")
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i > token.i and c.i != verb.i
           for c in token.children):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i
                    and c.lower_ not in EXTRACTED), None)
    moved = any(c.lower_ in EXTRACTED and c.dep_ in ("nsubj", "dobj") and c.i < token.i
                for c in token.children) or (
        subject is not None and subject.left_edge.i > 0
        and doc[subject.left_edge.i - 1].lower_ in EXTRACTED)
    end = max(verb.right_edge.i, token.right_edge.i) + 1
    if not moved or end - verb.i < 2:
        return None
    return token.i + 1, end


def gerund_clause(token: Token) -> tuple[int, int] | None:
    """Return a clause whose subject is a gerund, which the parser made an object of the cue.

    "said creating such a body would deter an attack": the parser reads "creating" as the
    cue's open complement and the finite verb as its clause; together they are the report.

    Args:
        token: The cue verb.

    Returns:
        The gerund's clause as token indexes (start, end exclusive), or None.
    """
    gerund = next((c for c in token.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                   and c.i == token.i + 1), None)
    if gerund is None or token.lemma_ in HEARER_VERBS:
        return None
    verb = next((c for c in gerund.children if c.dep_ == "ccomp" and c.i > gerund.i), None)
    if verb is None or not any(c.tag_ == "MD" or c.tag_ in FINITE for c in (verb, *verb.children)):
        return None
    # the gerund's object became the clause's subject ("creating such a body would ..."); a
    # clause with a pronoun subject or a relative word ("stresses living what they regard
    # as natural") is the gerund's own complement, no report
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN") or any(
            c.lower_ in EXTRACTED for c in verb.children):
        return None
    if any(c.dep_ == "nsubj" and c.lower_ in EXTRACTED for c in token.children):
        return None  # "a religion that stresses living ...": a relative clause
    return gerund.i, gerund.right_edge.i + 1


def _past_phrase(doc: Doc, at: int, limit: int) -> int:
    """Return the index after the noun phrase starting at ``at`` (at most up to ``limit``)."""
    while at < len(doc) and at <= limit and doc[at].lower_ != "that" and (
            doc[at].pos_ in _HEARER_WORDS or doc[at].tag_ == "POS"):
        at += 1
    return at


def that_clause(index: DocIndex, token: Token) -> tuple[int, int] | None:
    """Return the words after "said that" when the parse lost the clause.

    "X said that the envoy proposed to ...": the small model sometimes reads "that" as an
    object or a preposition and breaks the clause apart; after the hearer of "told" it often
    reads it as a relative pronoun ("told a radio station that X had fled"). Right after a
    reporting verb (a day word may stand between) or after the hearer of a verb that takes
    one, "that" followed by a word is a complementizer; the clause runs to the end of the
    sentence (or a semicolon) and must hold a finite verb.

    Args:
        index: The document's index of tokens and entities.
        token: The cue verb.

    Returns:
        The words after "that" as token indexes (start, end exclusive), or None.
    """
    doc = token.doc
    at = token.i + 1
    while at < len(doc) and doc[at].lower_ in DAY_WORDS:
        at += 1
    if token.lemma_ in HEARER_VERBS:  # "told a regional newspaper that ..."
        at = _past_phrase(doc, at, token.i + _MAX_HEARER)
    if at < len(doc) and doc[at].lower_ in _OCCASION_PREPS:  # "told VOA during a briefing that"
        at = _past_phrase(doc, at + 1, at + _MAX_HEARER)
        if at < len(doc) and doc[at].lower_ == "of":  # "said at the end of the talks that"
            at = _past_phrase(doc, at + 1, at + _MAX_HEARER)
    if at + 1 >= len(doc) or doc[at].lower_ != "that" or not doc[at + 1].is_alpha:
        return None
    if doc[at + 1].pos_ in ("VERB", "AUX"):
        return None  # "told the story that had shocked them": a relative clause
    if any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return None
    stop = index.sent_tokens[index.sentence_of(token.i)][1]
    end = next((j for j in range(at + 1, stop) if doc[j].text == ";"), stop)
    while end > at + 1 and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if any(index.in_quote[j] >= 0 for j in range(at + 1, end)):
        return None
    if not any(t.tag_ in FINITE for t in doc[at + 2 : end]):
        return None
    return at + 1, end


def credited_name(index: DocIndex, token: Token) -> int | None:
    """Return where a name set off by commas right before a subjectless cue starts.

    "Funds are short, Jan Oduya, a spokesman for the agency, told VOA": the parser made the
    name a conjunct of the clause and the cue a conjunct of its verb.

    Args:
        index: The document's index of tokens and entities.
        token: The subjectless cue verb.

    Returns:
        The index of the name's first token, or None.
    """
    doc = index.doc
    if token.dep_ != "conj" or token.i < 2 or doc[token.i - 1].text != ",":
        return None
    for j in range(token.i - 2, max(0, token.i - 20), -1):
        number = index.entity_of(doc[j])
        if number is not None and index.entities[number].kind == "PERSON" and (
                doc[j + 1].text == ","):
            return index.token_at(index.entities[number].start)
        if index.quoted(doc[j]):
            return None
    return None
