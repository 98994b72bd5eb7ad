"""Cues: the reporting verb or phrase that ties a quotation to its speaker."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from .index import DocIndex
from .lexicon import (
    ALL_CUES,
    CHARACTERIZE_VERBS,
    INDIRECT_ONLY_VERBS,
    NAMING_VERBS,
    QUOTE_ONLY_VERBS,
    REPORT_VERBS,
)

__all__ = ["Cue", "cue_at", "finite_conjunct_owner", "governing_cues", "is_credit", "nearby_cue",
           "reporting_participle_owner"]

#: Dependencies of a participle that inherits its subject from the verb it hangs on.
_PARTICIPLE_DEPS = frozenset({"conj", "advcl", "xcomp", "pcomp", "dep"})

#: Furthest a cue may stand from the quotation it attributes, in tokens.
MAX_CUE_DISTANCE = 30
#: Most dependency arcs walked up from a quotation to its governing cue.
MAX_ANCESTORS = 10

_VERB_POS = frozenset({"VERB", "AUX"})
#: Verbs never taken as the nearby cue of a quotation.
_NOT_NEARBY = CHARACTERIZE_VERBS | INDIRECT_ONLY_VERBS


@dataclass(frozen=True)
class Cue:
    """A cue: its head token, the words shown, and their character span."""

    token: Token
    text: str
    start: int
    end: int
    kind: str  # "report", "urge", "characterize", "according" or "question"


def cue_at(token: Token, within: int | None = None) -> Cue | None:
    """Return the cue headed by ``token``, or None when it is no cue.

    Args:
        token: A candidate head: a reporting verb or the word "according".
        within: Index of a token of the quotation being attributed; a characterizing
            verb counts only when its "as" phrase holds that token.

    """
    if token.lower_ == "according":
        to = next((c for c in token.children if c.lower_ == "to"), None)
        if to is None:
            return None
        return Cue(token, f"{token.text} {to.text}", token.idx, to.idx + len(to), "according")
    if token.lemma_ not in ALL_CUES or not (token.pos_ in _VERB_POS or _misread_verb(token)):
        return None
    if any(child.dep_ == "neg" and not _quoted_apart(child, token) for child in token.children):
        return None  # "did not comment" reports no speech
    if _attributive(token):
        return None  # "in a written reply": a participle describing a noun reports nothing
    if _determined(token) and not _misread_verb(token):
        return None  # "the mayor's remarks that ...", "a warning that ...": a noun, no verb
    lemma = token.lemma_
    prep = _particle(token, ("on", "for")) if lemma == "call" else None
    if prep is not None:
        return Cue(token, f"{token.text} {prep.text}", token.idx, prep.idx + len(prep), "urge")
    if lemma in _OWN_SUBJECT_ONLY and not any(c.dep_ == "nsubj" for c in token.children) and (
            token.dep_ != "relcl"):
        return None  # "songs deemed 'disloyal'": a participle names no judge
    if lemma in CHARACTERIZE_VERBS and lemma not in REPORT_VERBS:
        return _characterize(token, within)
    kind = "report" if lemma in REPORT_VERBS else "urge"
    tail = _tail(token)
    if tail is not None:  # "chimed in", "wondered aloud"
        return Cue(token, f"{token.text} {tail.text}", token.idx, tail.idx + len(tail), kind)
    return Cue(token, token.text, token.idx, token.idx + len(token), kind)


#: Verbs of judgement that attribute quoted words only with a subject of their own
#: ("inspectors judged the roof 'sound'", "which the audit office deemed 'wasteful'"), never
#: as a bare participle.
_OWN_SUBJECT_ONLY = frozenset({"deem", "judge"})

_MARKS = frozenset('"“”')


def _quoted_apart(word: Token, verb: Token) -> bool:
    """Return True when a quotation mark stands between ``word`` and ``verb``.

    '"Absolutely not," he said': the parser hung the quoted "not" on the cue; it negates
    nothing the speaker did.
    """
    lo, hi = sorted((word.i, verb.i))
    return any(t.text in _MARKS for t in word.doc[lo:hi])


def _attributive(token: Token) -> bool:
    """Return True for a participle used as an adjective before its noun ("a written note").

    Such a word describes the noun ("a written answer", "a posted message"); it is no verb of
    speech with a subject, so a quotation near it must not take the words around it as speaker.
    """
    return (token.dep_ == "amod" and token.tag_ in ("VBN", "JJ")
            and token.head.i > token.i and token.head.pos_ in ("NOUN", "PROPN"))


def _determined(token: Token) -> bool:
    """Return True for a cue word opened by an article or a possessor: a noun, not a verb.

    The tagger reads "remarks" or "warning" as a verb when a clause follows ("the
    governor's remarks that firms are thriving", "his warning that the march will be
    stopped"); a verb never takes a determiner or a possessor of its own, nor follows a
    possessive ending or pronoun.
    """
    if any(c.dep_ in ("det", "poss") and c.i < token.i and c.tag_ != "WDT"
           for c in token.children):
        return True
    previous = token.doc[token.i - 1] if token.i > 0 else None  # the parse may hang it apart
    return previous is not None and previous.tag_ in ("POS", "PRP$")


def _misread_verb(token: Token) -> bool:
    """Return True for a reporting verb the tagger read as a noun ('the note read.')."""
    if token.dep_ != "ROOT" or token.tag_ not in ("NN", "VBN", "VBD"):
        return False
    return any(c.dep_ == "nsubj" for c in token.children) or (
        any(c.dep_ == "ccomp" for c in token.children)
        and any(c.dep_ == "compound" and c.i == token.i - 1 for c in token.children)
    )


def _tail(token: Token) -> Token | None:
    """Return the particle or 'aloud' that belongs to a cue verb, right after it."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return None
    nxt = doc[token.i + 1]
    if (nxt.dep_ == "prt" and nxt.head.i == token.i) or nxt.lower_ == "aloud" or (
        token.lemma_ == "chime" and nxt.lower_ == "in"
    ):
        return nxt
    return None


def _particle(token: Token, words: tuple[str, ...]) -> Token | None:
    return next(
        (c for c in token.rights if c.dep_ == "prep" and c.lower_ in words),
        None,
    )


def _characterize(token: Token, within: int | None) -> Cue | None:
    """Return 'cast ... as' style cues, or a bare 'called' when no 'as' is used."""
    as_prep = _particle(token, ("as",))
    if as_prep is not None:
        if within is not None and not _holds(as_prep, within):
            return None
        return Cue(
            token, f"{token.text} ... as", token.idx, as_prep.idx + len(as_prep), "characterize"
        )
    if within is None:
        return None
    return Cue(token, token.text, token.idx, token.idx + len(token), "characterize")


def _holds(head: Token, within: int) -> bool:
    return head.left_edge.i <= within <= head.right_edge.i


def governing_cues(index: DocIndex, number: int) -> Iterator[Cue]:
    """Yield the cues whose dependency subtree holds quotation ``number``, nearest first."""
    first, last = index.quote_tokens[number]
    doc = index.doc
    for i in range(first, last):
        token = doc[i]
        if token.is_punct or (first <= token.head.i < last and token.head.i != i):
            continue  # not a root of the quoted words
        if token.head.i != i:
            yield from _walk_up(index, token.head, i)


def _walk_up(index: DocIndex, token: Token, within: int) -> Iterator[Cue]:
    if not index.quoted(token) and _voices_nested(token, index.doc[within]):
        cue = cue_at(token, within)
        if cue is not None:  # "X said a guard had yelled, '...'": the guard's words
            yield cue
    for _ in range(MAX_ANCESTORS):
        if not index.quoted(token) and token.lemma_ not in QUOTE_ONLY_VERBS | INDIRECT_ONLY_VERBS:
            cue = cue_at(token, within)
            if cue is not None:
                yield cue
        if token.head.i == token.i:
            return
        token = token.head


_ADVERBIAL_DEPS = frozenset({"prep", "pobj", "advmod", "npadvmod", "agent"})
#: Quote-only verbs of a voice that may govern quoted words inside another's report.
_VOICE_VERBS = frozenset({"shout", "yell", "chant", "exclaim", "retort", "snap", "scoff", "quip",
                          "interject"})


def _voices_nested(token: Token, quoted: Token) -> bool:
    """Return True for a voice verb with its own subject inside a clause another verb reports.

    "A clerk said a guard had yelled, '...'": the quotation hangs on "yelled", whose subject
    (the guard) is its speaker, not the one who reports the scene. The quoted words must be
    what the verb voices (not an adverbial phrase: "would shout down critics 'with facts'").
    """
    return (quoted.dep_ not in _ADVERBIAL_DEPS and token.lemma_ in _VOICE_VERBS
            and token.pos_ in _VERB_POS and token.dep_ == "ccomp"
            and token.head.lemma_ in REPORT_VERBS
            and any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children))


def _continued(index: DocIndex, after: int) -> int:
    """Return where the attribution after a closing mark starts.

    The parser often ends a sentence at '?"' or '!"'; when the next word is lower-case
    ('"Who pays?" he asked.'), that next sentence is the quotation's attribution.
    """
    text = index.text
    pos = after
    while pos < len(text) and text[pos] in " '\u2019\u201d\"":
        pos += 1
    if pos >= len(text) or text[max(0, after - 3) : after].strip(" '\u2019\u201d\"")[-1:] not in (
        "?", "!"
    ):
        return after
    if text[pos].islower() or _name_then_cue(index, pos):
        return pos
    return after


def _name_then_cue(index: DocIndex, pos: int) -> bool:
    """Return True when a name and a reporting verb follow ('"Who pays?" Ekberg asked')."""
    doc = index.doc
    first = index.token_at(pos)
    for token in doc[first : min(len(doc), first + 6)]:
        if token.is_punct or index.in_quote[token.i] >= 0:
            return False
        if token.lemma_ in REPORT_VERBS and token.pos_ in _VERB_POS:
            return not any(c.dep_ in ("ccomp", "dobj") for c in token.children)
        if token.pos_ != "PROPN" and not token.text[:1].isupper():
            return False
    return False


def _sentence_ends_between(index: DocIndex, token: int, char: int) -> bool:
    """Return True when a sentence ends between a token and a character offset.

    '"Why?" the interviewer asked. "Ask me," X replied': "asked" is in the sentence before.
    """
    doc = index.doc
    for i in range(token + 1, len(doc)):
        if doc[i].idx >= char:
            return False
        if index.in_quote[i] < 0 and doc[i].text in (".", "!", "?"):
            return True
    return False


def nearby_cue(index: DocIndex, number: int) -> Cue | None:
    """Return the nearest cue outside any quotation in the sentences of quotation ``number``."""
    first, last = index.quote_tokens[number]
    if first >= last:
        return None
    quote = index.quotes[number]
    after = quote.close_mark + 1 if quote.close_mark is not None else quote.end
    lo = index.sent_tokens[index.sentence_of(index.token_at(max(0, quote.open_mark - 1)))][0]
    hi = index.sent_tokens[index.sentence_of(index.token_at(_continued(index, after)))][1]
    best: tuple[int, Cue] | None = None
    doc = index.doc
    for i in range(max(lo, first - MAX_CUE_DISTANCE), min(hi, last + MAX_CUE_DISTANCE)):
        if index.in_quote[i] >= 0 or first <= i < last:
            continue
        token = doc[i]
        cue = cue_at(token) if token.lemma_ not in _NOT_NEARBY else None
        if cue is None or (cue.kind == "urge" and token.lemma_ not in REPORT_VERBS):
            continue
        if is_credit(cue, index):
            continue  # '"...," the company said, Reuters reports': the company speaks
        distance = first - i if i < first else i - last + 1
        if i < first and _sentence_ends_between(index, i, quote.open_mark):
            distance += MAX_CUE_DISTANCE * 10  # a cue of the previous sentence comes last
        if best is None or distance < best[0]:
            best = (distance, cue)
    return best[1] if best else None


def is_credit(cue: Cue, index: DocIndex | None = None) -> bool:
    """Return True for a cue that credits another attribution of its sentence.

    "…, the company said in a statement, Reuters reported" and "…, X said, according to
    Reuters": the later cue is linked in the parse to an earlier reporting verb that has a
    subject of its own, and reports nothing after itself. A verb inside quotation marks
    (with ``index``) is quoted content, not an attribution the phrase could credit.
    """
    token = cue.token
    if cue.kind == "according":
        head = token.head
        return head.i < token.i and head.lemma_ in REPORT_VERBS and head.pos_ in _VERB_POS and (
            index is None or not index.quoted(head))
    if any(c.dep_ == "ccomp" and c.i > token.i for c in token.children):
        return False
    linked = [token.head] + [c for c in token.children if c.dep_ in ("ccomp", "parataxis")]
    return any(
        other.i < token.i and other.i != token.i and other.lemma_ in REPORT_VERBS
        and other.pos_ in _VERB_POS
        and any(c.dep_ in ("nsubj", "nsubjpass") for c in other.children)
        for other in linked
    )


def reporting_participle_owner(verb: Token) -> Token | None:
    """Return the reporting verb a ", saying ..." participle belongs to, when misattached.

    The parser often hangs a participle after a comma on the verb of the reported clause
    before it ("Trump says the U.S. will cut aid, saying they ..."); the participle reports
    more of the same speech, so its speaker is the outer verb's. So does a participle that
    names what the clause told of ("X said the raids killed 40, calling them a crime").
    """
    if verb.tag_ != "VBG" or verb.lemma_ not in REPORT_VERBS | NAMING_VERBS or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != "," or verb.dep_ not in _PARTICIPLE_DEPS:
        return None
    head = verb.head
    for _ in range(4):
        if head.dep_ == "ccomp" and head.head.lemma_ in REPORT_VERBS:
            return head.head
        if head.head.i == head.i:
            return None
        head = head.head
    return None


def finite_conjunct_owner(verb: Token) -> Token | None:
    """Return the reporting verb a finite conjunct really belongs to.

    "He said decisions would continue to be taken jointly, and dismissed reports as
    'fantasy'": the parser coordinated "dismissed" with a verb of the reported clause, but a
    finite verb cannot share that verb's auxiliary ("would"); it is coordinated with "said".
    """
    head = verb.head
    parallel = _parallel_report(verb)
    if parallel is not None:
        return parallel
    if verb.dep_ != "conj" or verb.tag_ not in ("VBD", "VBZ", "VBP") or head.tag_ not in (
            "VB", "VBN", "VBG") or not any(c.dep_ in ("aux", "auxpass") and c.tag_ != "TO"
                                           for c in head.children):
        return None  # "failed to take X and shut Y": the infinitive's "to" is shared
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in verb.children):
        return None  # "have ramped up ..., but that access remains ...": a clause of its own
    up = head
    while up.dep_ in ("xcomp", "conj") and up.head.i != up.i:
        up = up.head
    if up.dep_ == "ccomp" and up.head.lemma_ in REPORT_VERBS:
        return up.head
    return None


def _parallel_report(verb: Token) -> Token | None:
    """Return the reporting verb a second, subjectless reporting verb is coordinated with.

    "She says the port is closed, and says the roads are cut": the parser coordinated the
    second "says" with the verb of the first reported clause; a reporting verb of the same
    form with no subject of its own repeats the outer one (same speaker, a clause of its own).
    """
    if verb.dep_ != "conj" or verb.lemma_ not in REPORT_VERBS or verb.tag_ not in (
            "VBD", "VBZ", "VBP"):
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "expl") for c in verb.children):
        return None
    up = verb.head
    for _ in range(3):
        if up.dep_ == "ccomp" and up.head.lemma_ in REPORT_VERBS and up.head.i < verb.i:
            outer = up.head
            return outer if outer.tag_ == verb.tag_ else None
        if up.dep_ not in ("conj", "xcomp") or up.head.i == up.i:
            return None
        up = up.head
    return None
