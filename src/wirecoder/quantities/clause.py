"""Fallback ``about`` nouns read from the clause that governs a quantity.

When no noun is attached to the quantity itself, what it measures is usually an
argument of the verb that governs it:

* an amount that is the verb's object takes the "in"/"for" complement that follows
  it ("pledged $4.5 billion in aid", "allocated Rs 2.1 trillion for defense"), else
  the verb's subject ("the missile traveled 1,000 kilometers");
* a duration or distance in a prepositional phrase or as a bare measure takes the
  verb's object ("delayed the tariffs for four weeks"), else its subject ("exports
  surging 60% in the past three years", "a war that lasted three years");
* a verb that is a reduced relative clause hands over the noun it modifies ("a
  project valued at $55 billion", "a PCR test taken 72 hours before departure").

Only tokens on the anchor's path to its clause are read: no rescanning of the text.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..textutil import parsed_text

__all__ = ["clause_noun", "complement_noun", "subject_noun", "undated"]

_NOUNS = frozenset({"NOUN", "PROPN"})
_VERBS = frozenset({"VERB", "AUX"})
_HOPS = frozenset({"ADV", "ADJ", "ADP"})
_OBJECT_DEPS = frozenset({"dobj", "attr", "oprd"})
_AMOUNT_PREPS = frozenset({"in", "for", "on"})
_REL_PRONOUNS = frozenset({"which", "that", "who", "what", "whom"})
_BAD_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_PLACE_ENTS = frozenset({"GPE", "LOC"})
_MODIFIER_CLAUSES = frozenset({"relcl", "acl"})
_REFERENCE_PREPS = frozenset({"of", "from", "off", "below", "above", "beyond"})
_SPAN_PREPS = frozenset({"for", "in", "over", "during", "within"})
#: Verbs that borrow the arguments of the verb they hang on ("was kept opened for two weeks").
_DEPENDENT_VERBS = frozenset({"oprd", "xcomp", "conj", "advcl", "acomp"})


_DASHES = frozenset({"–", "—", "-", "--"})


def _dateline(tok: Token) -> bool:
    """Return True for the place of a dateline the parser made a subject: "STRELSAU, Ore. –"."""
    starts = tok.i == tok.sent.start or (tok.idx > 0 and parsed_text(tok.doc)[tok.idx - 1] == "\n")
    return (starts and tok.text.isupper() and len(tok.text) > 2 and any(
        t.text in _DASHES for t in tok.doc[tok.i + 1 : min(tok.i + 6, tok.sent.end)]))


def undated(subject: Token | None, verb: Token) -> Token | None:
    """Return the real subject when the parser took a dateline's place for it.

    "STRELSAU, Ore. – Snowmelt in the Dremel hills was 880,000 acre feet": the dateline's
    place heads the sentence; the subject is its apposition (Snowmelt) or the verb's other
    subject.

    Args:
        subject: The subject the parse gives.
        verb: Its verb.

    Returns:
        The subject, the one after the dateline, or None when there is none.
    """
    if subject is None or not _dateline(subject):
        return subject
    appos = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
    if appos is not None:
        return appos
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}
                 and c.i > subject.i), None)


def _usable(tok: Token | None) -> bool:
    return (tok is not None and tok.pos_ in _NOUNS and not tok.like_num
            and tok.ent_type_ not in _BAD_ENTS)


def _governor(anchor: Token) -> tuple[Token, Token | None]:
    """Return (verb, the verb's child on the anchor's path) or (noun, None).

    The noun is the subject of a verbless predicate on the path ("with wheat output
    down 40%"); the verb is ``anchor`` itself with no child when neither is found.
    """
    tok = anchor
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head  # "2,000 tons of flour and 500,000 liters of water"
    for _ in range(3):
        head = tok.head
        if head.i == tok.i:
            break
        if head.pos_ in _VERBS:
            ranked = _ranked_noun(tok)
            return (ranked, None) if ranked is not None else (head, tok)
        if head.pos_ in _NOUNS and tok.dep_ == "prep" and tok.lower_ in _SPAN_PREPS \
                and _usable(head):
            # "a farmer for half a century", "the worst flood in decades"; "the toll from
            # Peru's worst crash in 30 years": the ranked noun before the phrase wins
            return _ranked_noun(tok) or head, None
        if head.pos_ not in _HOPS:
            break
        subject = next((c for c in head.children if c.dep_ == "nsubj"), None)
        if subject is not None and _usable(subject):
            return subject, None
        if head.pos_ == "ADV" and head.dep_ == "advmod" and _usable(head.head):
            return head.head, None  # "with rice output down 15%"
        tok = head  # "300 kilometers north of", "down 40%", "for four weeks"
    return anchor, anchor


#: Words that rank a noun within a span of time: "the driest conditions in four decades",
#: "the lowest level in 30 years", "the first time in a decade".
_RANKS = frozenset({"first", "last", "only"})


def _ranked_noun(prep: Token) -> Token | None:
    """Return the superlative noun just before a span phrase the parser hung on the verb."""
    if prep.dep_ != "prep" or prep.lower_ not in _SPAN_PREPS or prep.i == 0:
        return None
    noun = prep.doc[prep.i - 1]
    ranked = any(c.tag_ == "JJS" or c.lower_ in _RANKS for c in noun.children
                 if c.i < noun.i)
    return noun if ranked and _usable(noun) else None


#: Duration words: a duration may measure a counted subject ("troops ... for six months").
_DURATIONS = frozenset({"days", "weeks", "months", "years", "hours", "decades", "day", "week",
                        "month", "year", "hour", "decade"})


def _is_measure(tok: Token) -> bool:
    return tok.like_num or tok.lower_ == "%" or any(
        c.dep_ in {"nummod", "quantmod"} for c in tok.children)


def _sibling(verb: Token, child: Token) -> Token | None:
    """Return what the verb's measured object is of.

    "issue 1.3 trillion yuan in bonds, up from 1 trillion yuan" -> bonds for the
    second amount.
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != child.i), None)
    if obj is None or not _is_measure(obj):
        return None
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return (_pobj(of) if of is not None else None) or complement_noun(obj, obj.i) or \
        complement_noun(verb, obj.i)


def _pobj(prep: Token) -> Token | None:
    obj = next((g for g in prep.children if g.dep_ == "pobj"), None)
    return obj if _usable(obj) else None


def complement_noun(head: Token, after: int) -> Token | None:
    """Return the noun of the first "in"/"for"/"on" phrase of ``head`` after ``after``.

    Args:
        head: The object or verb whose phrases are read.
        after: Token index the phrase must follow.

    Returns:
        The phrase's noun ("pledged $4.5 billion in aid" -> aid), or None.
    """
    for child in head.rights:
        if child.i > after and child.dep_ == "prep" and child.lower_ in _AMOUNT_PREPS:
            obj = _pobj(child)
            if obj is not None and not (child.lower_ == "in" and obj.ent_type_ in _PLACE_ENTS):
                return obj
    return None


def _reference(anchor: Token) -> Token | None:
    """Return the place or level a measure is taken from.

    "300 kilometers north of Mogadishu" -> Mogadishu, "6 kilometers from the site"
    -> site, "10% below its record high" -> high.
    """
    head = anchor.head
    if anchor.dep_ != "npadvmod" or head.pos_ not in {"ADV", "ADP"}:
        return None
    if head.pos_ == "ADP":
        return _pobj(head) if head.lower_ in _REFERENCE_PREPS else None
    prep = next((c for c in head.rights if c.dep_ == "prep"
                 and c.lower_ in _REFERENCE_PREPS), None)
    return _pobj(prep) if prep is not None else None


def _argument(verb: Token, deps: tuple[str, ...], skip: int,
              measures: bool = True) -> Token | None:
    """Return the first usable argument of ``verb``, trying ``deps`` in order.

    With ``measures`` False an argument that is itself an amount ("support 160,000
    people for one month") is passed over.
    """
    for dep in deps:
        for child in verb.children:
            if child.dep_ != dep or child.i == skip or (not measures and _is_measure(child)):
                continue
            if child.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
                return verb.head if _usable(verb.head) else None
            found = undated(child, verb) if dep in {"nsubj", "nsubjpass"} else child
            if _usable(found):
                return found
    return None


def clause_noun(anchor: Token) -> Token | None:
    """Return the noun the clause governing ``anchor`` says is measured, or None.

    Args:
        anchor: The quantity's anchor token (its unit or last number token).

    Returns:
        The head noun of what is measured, or None when the clause names none.
    """
    place = _reference(anchor)
    if place is not None:
        return place
    verb, child = _governor(anchor)
    if child is None:
        return verb
    if child.i == anchor.i and verb.i == anchor.i:
        return None
    subjects = ("nsubj", "nsubjpass")
    if child.dep_ in _OBJECT_DEPS:
        noun = (complement_noun(child, child.i) or complement_noun(verb, child.i)
                or _argument(verb, subjects, child.i))
    else:
        noun = _sibling(verb, child) or _argument(verb, ("dobj", *subjects), child.i,
                                                  measures=False)
        if noun is None and anchor.lower_ in _DURATIONS:  # "3,500 troops sent for six months"
            noun = _argument(verb, subjects, child.i, measures=True)
    if noun is None and verb.dep_ in _MODIFIER_CLAUSES and _usable(verb.head):
        noun = verb.head
    if noun is None and verb.dep_ in _DEPENDENT_VERBS and verb.head.pos_ in _VERBS:
        noun = _argument(verb.head, subjects, child.i)
    return noun


def subject_noun(anchor: Token) -> Token | None:
    """Return the subject of the nearest clause above ``anchor``, the last resort for ``about``.

    Used only when nothing else ties the measure to a noun (a misparsed verb, a measure
    hung on an adjective or an adverb): "The Osk ferry now crosses at 30 kilometers an
    hour" -> ferry. The first subject found on the way up decides; a pronoun subject
    gives None, a relative pronoun hands over the noun its clause modifies.

    Args:
        anchor: The quantity's anchor token.

    Returns:
        The subject noun, or None.
    """
    tok = anchor
    for _ in range(6):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        subject = next((c for c in tok.children
                        if c.dep_ in {"nsubj", "nsubjpass", "csubj"} and c.i != anchor.i), None)
        if subject is not None and subject.dep_ == "csubj":  # "The ship now steaming ... is"
            subject = next((c for c in subject.children if c.dep_ == "nsubj"), None)
        subject = undated(subject, tok)
        if subject is None:
            continue
        if subject.lower_ in _REL_PRONOUNS and tok.dep_ == "relcl":
            return tok.head if _usable(tok.head) else None
        return subject if _usable(subject) else None
    return None
