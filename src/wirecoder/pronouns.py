"""Pronoun antecedents: the one resolver the actors and quotes stages share.

Both stages ask the same question ("who is *he* in 'he said'?") about their own records:
the actors stage about its mentions (for events), the quotes stage about its entities
(for speakers). The search and the agreement rules live here once:

* **Search order.** First the subject of a clause that embeds the pronoun's clause ("the
  Kremlin accused Kyiv and said it would ..."). Then sentences from the pronoun's own
  backwards, within a window; in each sentence the subjects come first. A pronoun that
  reports speech ("he said", "she added") takes the subject of the main clause first, then
  the subject of a reporting verb, then other subjects (the previous speaker goes on
  speaking; the source of "according to X" counts as such a subject); any other pronoun
  takes the nearest subject (the topic goes on acting). A
  sentence whose main verb the parse left without a subject ("Like X, Y Z, an adviser,
  emphasized ...") offers the agreeing word nearest before that verb instead. The
  nearest agreeing word in any other position is the fallback when no sentence offers an
  agreeing subject. A name that opens a sentence, set off by a comma ("Trump, in a taped
  interview ..., dodged"), counts as that sentence's subject when no subject agrees (the
  parser often loses it). A person of the pronoun's gender (known from a title or a given
  name) named in a nearer sentence outside its subject outweighs an earlier subject whose
  gender is unknown ("The same message came from the bank's chief, Anna X. 'We ...,' she
  said" after "'...,' said Dorn": Anna X).
* **Quoted words are skipped.** A name said only inside quotation marks
  ('"...will lose to Smith," he said') is never the antecedent.
* **Agreement.** Each stage says which pronouns a candidate can stand for (a
  :class:`Candidate` with ``takes``): he/she take a singular person of that gender or of
  unknown gender (:func:`person_takes`), *it* a singular organisation or state, *they* a
  plural or a group.

A stage passes a function that maps a token to its candidate (or None); the resolver never
sees the stage's record types.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from spacy.tokens import Doc, Token

from .vocabulary import name_gender

__all__ = ["REPORT_LEMMAS", "SUBJECTS", "Candidate", "QuotedText", "noun_subject",
           "opening_topic", "person_takes", "pronoun_class", "resolve", "root_read_as_noun",
           "stands_as_subject", "subject_rank"]

T = TypeVar("T")

#: Common reporting verbs, for a stage without its own list: their subjects are preferred
#: antecedents after the main clause's.
REPORT_LEMMAS = frozenset({"say", "tell", "add", "state", "announce", "note", "warn", "claim",
                           "report", "write", "confirm", "deny", "explain", "insist"})

#: Dependency labels of subjects.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj"})

_CLASSES = {
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
    **dict.fromkeys(("it", "its", "itself"), "it"),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), "they"),
}
_QUOTE_PAIR = re.compile(r"[\"“]([^\"“”\n]{1,1200})[\"”]")


@dataclass(frozen=True)
class Candidate(Generic[T]):
    """A word that can be a pronoun's antecedent: the stage's record and what it agrees with.

    Attributes:
        item: The stage's record (a mention, an entity).
        takes: The pronoun classes ("he", "she", "it", "they") it can stand for.
        rank: The stage's own rank for a subject (:func:`subject_rank`'s scale), or None
            for the rank the parse gives.
    """

    item: T
    takes: frozenset[str]
    rank: int | None = None


def pronoun_class(word: str) -> str | None:
    """Return "he", "she", "it" or "they" for a third-person pronoun, None for other words."""
    return _CLASSES.get(word.lower())


def person_takes(name: str, gender: str | None = None) -> frozenset[str]:
    """Return the pronouns a singular person can take: he and/or she.

    Args:
        name: The person's words and name ("Mrs. Roe", "Jim Mattis"); a title or a known
            given name decides the gender (:func:`~wirecoder.vocabulary.name_gender`).
        gender: "m" or "f" when the stage knows better (a his/her in the same clause).
    """
    found = gender or {"male": "m", "female": "f"}.get(name_gender(name) or "")
    if found == "m":
        return frozenset({"he"})
    if found == "f":
        return frozenset({"she"})
    return frozenset({"he", "she"})


def noun_subject(token: Token) -> Token:
    """Return the noun a misparsed clausal subject stands for, else ``token`` itself.

    "Aid workers in Juba say ...", "Rescue teams say ...": the small parser reads the first
    noun of the compound as a verb with the second as its object (a ``csubj``). A capitalized
    verb that opens its sentence, has no subject and governs a plural noun right after it is
    that noun phrase.
    """
    if token.dep_ != "csubj" or token.pos_ != "VERB" or token.i != token.sent.start:
        return token
    if not token.text[:1].isupper() or token.tag_ == "VBG" or any(
            c.dep_ in SUBJECTS for c in token.children):
        return token
    following = token.nbor(1) if token.i + 1 < len(token.doc) else None
    if following is not None and following.head.i == token.i and following.dep_ == "dobj" and (
            following.tag_ == "NNS"):
        return following
    return token


def subject_rank(token: Token, report_verbs: frozenset[str]) -> int:
    """Return 0 for the subject of the main clause, 1 of a reporting verb, else 2.

    The object of "according to" is a source like the subject of a reporting verb (1).
    """
    if _according_object(token):
        return 1
    verb = token.head
    if verb.dep_ == "ROOT" or (verb.dep_ == "conj" and verb.head.dep_ == "ROOT"):
        return 0
    return 1 if verb.lemma_ in report_verbs else 2


class QuotedText:
    """Which tokens of a document lie between double quotation marks (pairs in a paragraph).

    Built from one regular-expression pass over the text; a token is looked up by bisection,
    so only the candidates the resolver visits are checked.
    """

    def __init__(self, doc: Doc, text: str) -> None:
        spans = [(m.start(), m.end()) for m in _QUOTE_PAIR.finditer(text)]
        self._starts = [s for s, _ in spans]
        self._ends = [e for _, e in spans]
        self._doc = doc

    def __call__(self, i: int) -> bool:
        """Return True when token ``i`` is inside a quotation."""
        char = self._doc[i].idx
        at = bisect.bisect_right(self._starts, char) - 1
        return at >= 0 and char < self._ends[at]


#: Words of one sentence a pronoun's search reads backwards (round 22). News sentences are far
#: shorter; a run-on "sentence" of thousands of words (a list, a page without full stops) would
#: otherwise make every pronoun read all of it, quadratic in the text's length
#: (tests/test_robust_limits.py, "pronoun chain").
MAX_SCAN = 200


def resolve(
    pronoun: Token,
    candidate: Callable[[Token], Candidate[T] | None],
    *,
    quoted: Callable[[int], bool],
    sentences: Sequence[tuple[int, int]],
    sentence: int,
    report_verbs: frozenset[str],
    window: int = 4,
) -> T | None:
    """Return the antecedent of ``pronoun``: the item of the best agreeing candidate.

    Args:
        pronoun: The pronoun token.
        candidate: Maps a token to the candidate it offers, or None.
        quoted: Whether token ``i`` is inside a quotation (skipped).
        sentences: Token ranges ``[start, end)`` of the document's sentences.
        sentence: Index of the pronoun's sentence in ``sentences``.
        report_verbs: Lemmas of reporting verbs (their subjects rank second).
        window: Sentences searched, the pronoun's own included.
    """
    wanted = pronoun_class(pronoun.text)
    if wanted is None:
        return None
    for subject in _embedding_subjects(pronoun):
        found = candidate(subject) if not quoted(subject.i) else None
        if found is not None and wanted in found.takes:
            return found.item  # "the Kremlin accused Kyiv and said it would ..."
    speaks = pronoun.head.lemma_ in report_verbs  # "he said": the previous speaker
    if speaks:  # "Firms such as X have adapted, she said": what she says names not her
        reported = _reported_before(pronoun)
        if reported is not None:
            quoted = _also_skipping(quoted, reported)
    fallback: T | None = None
    gendered: T | None = None  # a nearer non-subject person known to be of the pronoun's gender
    for number in range(sentence, max(0, sentence - window + 1) - 1, -1):
        lo, hi = sentences[number]
        root = _subjectless_root(pronoun.doc, lo, hi) if number != sentence else None
        start = min(hi, pronoun.i)  # at most MAX_SCAN words of one sentence: a run-on
        scan = _scan(pronoun, range(start - 1, max(lo, start - MAX_SCAN) - 1, -1),
                     candidate, quoted, root, speaks, report_verbs)  # "sentence" stays linear
        fallback = fallback if fallback is not None else scan.fallback
        if scan.best is not None:
            if gendered is not None and scan.best_takes != {wanted}:
                return gendered  # "... came from X, the bank's chief. '...,' she said"
            return scan.best
        if scan.opening is not None:
            return scan.opening  # "Like X, Y Z, an adviser, emphasized ...": the parse lost Y Z
        if number != sentence:
            first = _opening_name(pronoun.doc, lo, hi, candidate, wanted, quoted)
            if first is not None:
                return first  # "Trump, in a taped interview ..., dodged": a lost subject
            if gendered is None and wanted in ("he", "she"):
                gendered = scan.gendered
    return fallback


@dataclass
class _Scan(Generic[T]):
    """What one sentence offers a pronoun: its best subject and the other candidates."""

    best: T | None = None
    best_rank: int = 3
    best_takes: frozenset[str] = frozenset()
    fallback: T | None = None  # the nearest agreeing word in another position
    opening: T | None = None  # the agreeing word nearest before a subjectless main verb
    gendered: T | None = None  # the nearest such word known to be of the pronoun's gender


def _scan(
    pronoun: Token, positions: range, candidate: Callable[[Token], Candidate[T] | None],
    quoted: Callable[[int], bool], root: int | None, speaks: bool,
    report_verbs: frozenset[str],
) -> _Scan[T]:
    """Read the candidates of one sentence, from the pronoun backwards."""
    wanted = pronoun_class(pronoun.text) or ""
    scan: _Scan[T] = _Scan()
    for i in positions:
        if quoted(i):
            continue
        token = pronoun.doc[i]
        found = candidate(token)
        if found is None or wanted not in found.takes:
            continue
        owner = speaks and _owns_subject(token, candidate, wanted)
        if owner:  # "Ana Roe's agency opened ... '...,' she said": the owner is the topic
            if scan.best is None:  # last of the subjects: any other one of its sentence wins
                scan.best, scan.best_rank, scan.best_takes = found.item, 3, found.takes
            continue
        standing = _standing_for(token)  # "Aid workers say": the csubj "Aid" they stand for
        if token.dep_ not in SUBJECTS and standing is None and not _according_object(token):
            scan.fallback = scan.fallback if scan.fallback is not None else found.item
            if root is not None and scan.opening is None and i < root:
                scan.opening = found.item
            if scan.gendered is None and found.takes == {wanted} and _main_clause_word(token):
                scan.gendered = found.item
            continue
        rank = found.rank if found.rank is not None else subject_rank(
            standing if standing is not None else token, report_verbs)
        if scan.best is None or (speaks and rank < scan.best_rank):
            scan.best, scan.best_rank, scan.best_takes = found.item, rank, found.takes
    return scan


def _standing_for(token: Token) -> Token | None:
    """Return the misparsed clausal subject a noun stands for (:func:`noun_subject`), else None.

    A noun the parser made the root, with the sentence's verb hung on it as a modifier
    ("the airline's chief pilot named Monday the crew ..."), stands for the subject of the
    main clause: the token itself is returned.
    """
    head = token.head
    if root_read_as_noun(token):
        return token
    return head if token.dep_ == "dobj" and noun_subject(head).i == token.i else None


def stands_as_subject(token: Token) -> bool:
    """Return True for a noun that is no subject in the parse but stands as its sentence's.

    The noun of an opening "For ..." phrase (:func:`opening_topic`) and a root noun whose
    verb the parser made its modifier (:func:`root_read_as_noun`).
    """
    if root_read_as_noun(token):
        return True
    if token.dep_ != "pobj" or token.head.lower_ != "for" or token.head.dep_ != "prep":
        return False  # cheap tests first: finding the sentence costs its length
    sent = token.sent
    return opening_topic(token.doc, sent.start, sent.end) == token


def root_read_as_noun(token: Token) -> bool:
    """Return True for a noun root whose finite verb right after it the parser made a modifier.

    "The airline's chief pilot named Monday the three crew members": the small parser reads
    "named" as a participle of "pilot" (``acl``) and leaves the sentence without a subject.
    """
    if token.dep_ != "ROOT" or token.pos_ not in ("NOUN", "PROPN") or token.i + 1 >= len(
            token.doc):
        return False
    verb = token.doc[token.i + 1]
    finite = verb.tag_ in ("VBD", "VBZ", "VBN")  # the tagger reads "named" either way
    return verb.head.i == token.i and verb.dep_ == "acl" and finite and not any(
        c.dep_ in SUBJECTS for c in verb.children)


def _owns_subject(token: Token, candidate: Callable[[Token], Candidate[T] | None],
                 wanted: str) -> bool:
    """Return True for the possessor of a subject that cannot itself be the antecedent.

    "Ivo Marek's firm, Altona, sells boats. '...,' he said": the firm is no "he", its owner
    is the sentence's topic and ranks as its subject. Not so when the subject agrees ("Ivo
    Marek's lawyer said ... he said": the lawyer). So is the name in the "of" phrase of such
    a subject, or of the noun after the verb of a sentence without subject ("Still open is
    the file of Lena Voss. She said ...": the file is no "she").
    """
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "of" and token.pos_ == "PROPN":
        head = head.head
        if head.dep_ == "attr" and not any(c.dep_ in SUBJECTS for c in head.head.children):
            offered = candidate(head)
            return offered is None or wanted not in offered.takes
    elif token.dep_ != "poss":
        return False
    if head.dep_ not in SUBJECTS or head.i == token.i:
        return False
    offered = candidate(head)
    return offered is None or wanted not in offered.takes


#: Dependencies of a noun phrase of the main clause a gendered antecedent may fill.
_ARGUMENT_DEPS = frozenset({"pobj", "dobj", "appos", "attr", "dative", "agent", "conj"})
#: Dependencies that open a subordinate clause.
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "acl", "relcl", "csubj", "pcomp"})


def _main_clause_word(token: Token) -> bool:
    """Return True for an argument of the main clause: no possessive, no embedded clause.

    "The message came from bank chief Ana Roe" (Ana Roe: yes); "rebuffed fears that
    Trump's tariffs would ..." (a possessive inside a clause: no).
    """
    while token.dep_ in ("compound", "flat", "amod"):
        token = token.head
    if token.dep_ not in _ARGUMENT_DEPS:
        return False
    return not any(a.dep_ in _CLAUSE_DEPS for a in token.ancestors)


#: Most words of a name that opens a sentence before its comma.
_OPENING_WORDS = 4


def _opening_name(
    doc: Doc, lo: int, hi: int, candidate: Callable[[Token], Candidate[T] | None],
    wanted: str, quoted: Callable[[int], bool],
) -> T | None:
    """Return the agreeing name that opens a sentence, set off by a comma, if it offers one.

    "Kavel, in a taped interview with a radio show, dodged a question ...": a name followed
    by a comma at the start of a sentence is its subject even when the parser lost it (read
    it as an interjection and took a noun of the aside for the subject); after a capitalized
    preposition ("For Kavel, the trip was long.") it is the sentence's topic. Only
    capitalized words may stand before the comma.
    """
    topic = opening_topic(doc, lo, hi)
    found = candidate(topic) if topic is not None and not quoted(topic.i) else None
    if found is not None and wanted in found.takes:
        return found.item  # "For the drivers of Velk, the strike is not over. ... they say"
    for i in range(lo, min(hi - 1, lo + _OPENING_WORDS)):
        token = doc[i]
        if not token.text[:1].isupper() or not token.is_alpha or quoted(i):
            return None  # the tagger may call the name an interjection: its shape tells
        if doc[i + 1].text != ",":
            continue
        found = candidate(token)
        return found.item if found is not None and wanted in found.takes else None
    return None


#: Most words of a topic phrase that opens a sentence ("For the drivers of Velk,").
_TOPIC_WORDS = 15


def opening_topic(doc: Doc, lo: int, hi: int) -> Token | None:
    """Return the noun of a "For ..." phrase that opens sentence ``[lo, hi)`` before a comma.

    "For the drivers of Velk, the strike is not over": the drivers are the sentence's topic
    though not its subject; a later "they say" goes on about them. The phrase must end in a
    comma within :data:`_TOPIC_WORDS` words.
    """
    first = doc[lo]
    if first.lower_ != "for" or first.dep_ != "prep":
        return None
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    if noun is None or noun.pos_ not in ("NOUN", "PROPN"):
        return None
    end = noun.right_edge.i + 1
    if end >= hi or end - lo > _TOPIC_WORDS or doc[end].text != ",":
        return None
    return noun


def _also_skipping(quoted: Callable[[int], bool],
                   span: tuple[int, int]) -> Callable[[int], bool]:
    """Return ``quoted`` widened to the tokens ``[start, end)`` of ``span``, skipped too."""
    start, end = span

    def skipped(i: int) -> bool:
        return quoted(i) or start <= i < end

    return skipped


def _reported_before(pronoun: Token) -> tuple[int, int] | None:
    """Return the tokens of the clause a pronoun's reporting verb reports before it.

    "Firms such as X have adapted, she said": the clause before a trailing attribution is
    what the pronoun's referent says, so it cannot name her (as words in quotation marks).
    The parser hangs it on the verb (``ccomp``) or the verb on it (``parataxis``, ``ccomp``).
    So does the part before a parenthetical attribution ("The troops, it said, withdrew").
    """
    verb = pronoun.head
    for child in verb.children:
        if child.dep_ in ("ccomp", "parataxis") and child.i < pronoun.i:
            return child.left_edge.i, child.right_edge.i + 1
    head = verb.head
    if verb.dep_ in ("parataxis", "ccomp", "conj") and head.i < pronoun.i and head.i != verb.i:
        return head.left_edge.i, verb.left_edge.i
    if verb.dep_ == "parataxis" and head.i > verb.i and head.left_edge.i < verb.left_edge.i:
        return head.left_edge.i, verb.left_edge.i  # "The harvest, it reported, was late"
    return None


def _according_object(token: Token) -> bool:
    """Return True for the source named by "according to X" (X, or X's head noun)."""
    prep = token.head
    return token.dep_ == "pobj" and prep.lower_ == "to" and prep.head.lower_ == "according"


def _subjectless_root(doc: Doc, lo: int, hi: int) -> int | None:
    """Return the main verb of sentence ``[lo, hi)`` when the parse gave it no subject."""
    root = next((t for t in doc[lo:hi] if t.dep_ == "ROOT"), None)
    if root is not None and root.tag_ == "VBG" and root.i == _first_word(doc, lo, hi):
        # "Arriving late, the mayor of Tarvik thanked ...": the parser made the opening
        # participle the root and the finite verb after it a modifier; that verb lost its subject
        root = next((t for t in doc[root.i + 1 : hi] if t.tag_ in ("VBD", "VBZ", "VBP")
                     and t.dep_ in ("acl", "relcl", "advcl", "conj")
                     and not any(c.dep_ in SUBJECTS for c in t.children)), None)
        return root.i if root is not None else None
    if root is None or root.pos_ not in ("VERB", "AUX") or root.tag_ in ("VB", "VBG"):
        return None  # no verb, an imperative or a participle: nobody is missing
    if any(c.dep_ in SUBJECTS or c.dep_ == "expl" for c in root.children):
        return None
    return root.i


def _first_word(doc: Doc, lo: int, hi: int) -> int:
    """Return the index of the first token of ``[lo, hi)`` that is no punctuation or space."""
    return next((t.i for t in doc[lo:hi] if not t.is_punct and not t.is_space), lo)


def _embedding_subjects(pronoun: Token, most: int = 4) -> list[Token]:
    """Return the subjects of the clauses that embed the pronoun's clause, nearest first.

    "X said it would ...", "X accused Y and said it would ...": the verb above the
    pronoun's verb, or the verb it is coordinated with, lends its subject; a relative
    pronoun subject stands for the noun its clause hangs on ("Ottawa, which had said it
    ..."). Only subjects before the pronoun count.
    """
    found: list[Token] = []
    verb = pronoun.head
    if pronoun.dep_ not in SUBJECTS or verb.i == pronoun.i:
        return found
    for _ in range(most):
        if verb.dep_ not in ("ccomp", "conj", "advcl", "xcomp") or verb.head.i == verb.i:
            break
        verb = verb.head
        subject = next((noun_subject(c) for c in verb.children if c.dep_ in SUBJECTS), None)
        if subject is not None and subject.lower_ in ("which", "who", "that") and (
                verb.dep_ == "relcl"):
            subject = verb.head  # "Ottawa, which had said it opposed ...": Ottawa
        if subject is not None and subject.i < pronoun.i:
            found.append(subject)
            break
    return found
