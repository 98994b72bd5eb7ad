"""Pronouns linked to the mentions they stand for (part of :mod:`.coref`).

"he", "she", "it" and "they" as clause subjects become ``PRONOUN`` mentions carrying their
antecedent's codes: the subject of a reporting clause ("the army said it had ..."),
a pair of people conjoined or met in the sentence before ("They ..."), else the shared
pronoun resolver of :mod:`wirecoder.pronouns`. "him", "her" and "them" as the direct object
of a charge verb ("accused them of ...") are resolved only when the window holds one
compatible party besides the clause's own subjects (:func:`_object_source`).
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..pronouns import (
    REPORT_LEMMAS,
    Candidate,
    QuotedText,
    person_takes,
    pronoun_class,
    resolve,
)
from ..textutil import doc_text, tokens_with
from ..vocabulary import PERSON_ROLE_NOUNS
from .resolve import Mention
from .titles import copy_reference

__all__ = ["common_sector", "is_person", "pronoun_mentions"]

#: Heads of an expletive "it" ("it seems", "it is ..."), never a pronoun to resolve.
EXPLETIVE_HEADS = frozenset({"appear", "seem", "be", "remain", "look", "matter", "happen",
                             "mean", "take", "rain", "become"})


def common_sector(members: list[Mention]) -> str | None:
    """Return the sector all ``members`` share, else None."""
    sectors = {x.sector for x in members}
    return sectors.pop() if len(sectors) == 1 else None


def is_person(m: Mention) -> bool:
    """Return True for a person: a name, or a bare title resolved to its holder."""
    return m.kind == "PERSON" or bool(m.extra.get("title_ref") and m.country)


def pronoun_mentions(doc: Doc, taken: list[bool], mentions: list[Mention]) -> list[Mention]:
    """Return ``PRONOUN`` mentions for resolved pronouns.

    Subject pronouns he/she/it/they, and him/her/them as the direct object of a charge
    verb (:data:`CHARGE_VERBS`) when their antecedent is not in doubt.

    Args:
        doc: The parsed document.
        taken: Per token, whether a mention already covers it.
        mentions: The document's mentions so far (the antecedent pool).

    Returns:
        One new mention per resolved pronoun, carrying its antecedent's codes.
    """
    out: list[Mention] = []
    pool = sorted(mentions, key=lambda m: m.start)
    shared = _SharedResolver(doc, pool)
    for i in tokens_with(doc, ("he", "she", "it", "they", "him", "her", "them")):
        tok = doc[i]
        lower = tok.lower_
        if taken[i]:
            continue
        if lower in OBJECT_PRONOUNS:
            found = _object_source(tok, pool + out, shared) if (
                tok.dep_ == "dobj" and tok.head.lemma_ in CHARGE_VERBS) else None
            if found is not None:
                m = Mention(tok.i, tok.i + 1, "PRONOUN", found.name, resolved_by="coref")
                copy_reference(m, found)
                m.role, m.members = found.role, found.members
                out.append(m)
            continue
        if tok.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        if lower == "it" and tok.head.lemma_ in EXPLETIVE_HEADS:
            continue
        source = _pronoun_source(lower, tok, pool, shared)
        if lower == "they":
            pair = _conjoined_people(tok, pool)  # "Aldana and Voss met. They discussed"
            if pair is not None and (source is None or source.end <= pair.start):
                source = pair
        if source is None:
            continue
        m = Mention(tok.i, tok.i + 1, "PRONOUN", source.name, resolved_by="coref")
        copy_reference(m, source)
        m.role = source.role
        m.members = source.members
        out.append(m)
        shared.add(m)
    return out


#: Object pronouns resolved when they are the direct object of a charge verb.
OBJECT_PRONOUNS = frozenset({"him", "her", "them"})
#: Verbs of accusing, charging and holding a person ("accused him of", "jailed them"): their
#: object is the target; other verbs' pronoun objects ("urged them", "helped them") stay
#: unresolved (round 19: resolving them lost as many dyads as it won).
CHARGE_VERBS = frozenset({"accuse", "charge", "blame", "indict", "convict", "sentence", "sue",
                          "prosecute", "implicate", "arrest", "detain", "jail", "imprison",
                          "hold", "try", "extradite", "deport", "expel", "kidnap", "abduct"})


def _object_source(tok: Token, pool: list[Mention], shared: _SharedResolver) -> Mention | None:
    """Return the antecedent of an object pronoun ("Lagos accused him of ...").

    A pronoun object never stands for the subject of its own clause (nor of the clauses
    its verb is coordinated with or completes): "X blamed them" is not X blaming itself.
    Those subjects, and any mention of their state or name (:func:`_same_party`), are no
    candidates. An object pronoun is as often the earlier sentence's object (the people
    caught, rescued, escorted) as its subject, and the resolver prefers subjects; so the
    pronoun is resolved only when one party in the window fits it, else it stays
    unresolved (unresolved beats wrong).
    """
    mates = _clause_subjects(tok, pool)
    found = shared.antecedent(tok, excluded=mates)
    if found is None or any(_same_party(found, m) for m in mates):
        return None
    if _rival(tok, pool, shared, found, mates):
        return None  # "X caught Y. Z accused them": X or Y
    return found


#: Argument relations of a noun that can be a pronoun object's antecedent.
_ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "conj", "appos", "attr"})
#: Singular nouns for a person with no name ("a man", "the suspect").
_PERSON_NOUNS = PERSON_ROLE_NOUNS | frozenset({"man", "woman", "boy", "girl", "suspect"})


def _rival(tok: Token, pool: list[Mention], shared: _SharedResolver, found: Mention,
           mates: list[Mention]) -> bool:
    """Return True when another party in the window fits the object pronoun ``tok``.

    A party is a mention the pronoun can stand for, or a nameless noun phrase of its
    number that reads as people (:func:`_people` for "them", "a man" for "him"), in the
    pronoun's sentence or the one before, that is not ``found``, a clause subject in
    ``mates`` or their party.
    """
    first = _window(tok, tok.sent.start)
    kind = pronoun_class(tok.lower_)
    spans = [(m.start, m.end) for m in (found, *mates)]
    for m in pool:
        if not first <= m.end - 1 < tok.i or _same_party(m, found) or any(
                _same_party(m, x) for x in mates):
            continue
        candidate = shared.offer(tok.doc[m.end - 1], ())
        if candidate is not None and candidate.item is m and kind in candidate.takes:
            return True
    for word in tok.doc[first:tok.i]:
        if word.pos_ != "NOUN" or word.dep_ not in _ARGUMENT_DEPS or any(
                a <= word.i < b for a, b in spans):
            continue
        if kind == "they" and word.tag_ == "NNS" and _people(word, pool):
            return True
        if kind in {"he", "she"} and word.tag_ == "NN" and word.lower_ in _PERSON_NOUNS:
            return True
    return False


def _people(noun: Token, pool: list[Mention]) -> bool:
    """Return True when the plural ``noun`` reads as people ("two Afghan pilgrims").

    A role noun, a noun counted ("forty smugglers", "dozens of traders") or a noun a
    mention modifies ("Iranian pilgrims"); "their cattle", "the roads" are not.
    """
    if noun.lower_ in PERSON_ROLE_NOUNS or noun.lemma_ in PERSON_ROLE_NOUNS:
        return True
    if any(c.dep_ == "nummod" for c in noun.children) or (
            noun.head.lower_ == "of" and noun.head.head.tag_ in {"NNS", "CD"}):
        return True
    return any(c.dep_ in {"amod", "compound"} and any(m.start <= c.i < m.end for m in pool)
               for c in noun.children)


def _clause_subjects(tok: Token, pool: list[Mention]) -> list[Mention]:
    """Return the mentions of the subjects of ``tok``'s verb and the verbs it hangs on."""
    verb, found = tok.head, []
    for _ in range(4):
        subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is not None:
            found += [m for m in pool if m.start <= subject.i < m.end]
        if verb.dep_ not in {"conj", "xcomp", "advcl"} or verb.head.i == verb.i:
            break
        verb = verb.head
    return found


def _same_party(a: Mention, b: Mention) -> bool:
    """Return True when two mentions name one party (one name, or one state's codes)."""
    if a is b or (a.name and a.name == b.name):
        return True
    return a.country is not None and a.country == b.country


def _conjoined_people(tok: Token, pool: list[Mention]) -> Mention | None:
    """Return a pair mention for the conjoined people subject of the previous sentence.

    "President Aldana and Prime Minister Voss met on Monday. They discussed ..." -> the two;
    so is a subject and the partner of its verb ("Aldana spoke with Voss. They agreed").
    """
    first = _window(tok, tok.sent.start)
    people = [m for m in pool if first <= m.start and m.end <= tok.i and is_person(m)]
    for m in reversed(people):
        head = tok.doc[m.end - 1]
        if head.dep_ not in {"nsubj", "nsubjpass"}:
            continue
        linked = [c for c in head.children if c.dep_ == "conj"] + [
            o for prep in head.head.children if prep.dep_ == "prep" and prep.lower_ == "with"
            for o in prep.children if o.dep_ == "pobj"]  # "X spoke with Y. They ..."
        partners = [p for p in people if p is not m and any(
            p.start <= c.i < p.end for c in linked)]
        if len(partners) == 1:
            pair = [m, partners[0]]
            out = Mention(m.start, partners[0].end, "COMPOUND", " and ".join(x.name for x in pair),
                          resolved_by="coref")
            out.members = tuple(x.name for x in pair)
            codes = {x.country for x in pair}
            out.country = codes.pop() if len(codes) == 1 else None
            out.sector = common_sector(pair)
            return out
    return None


def _pronoun_source(lower: str, tok: Token, pool: list[Mention],
                    shared: _SharedResolver) -> Mention | None:
    speaker = _reporting_subject(tok, pool)
    if speaker is not None and (_fits(lower, speaker) or _titled_speaker(lower, tok, speaker)):
        return speaker  # "the navy said it seized two boats"
    return shared.antecedent(tok)




def _titled_speaker(lower: str, tok: Token, speaker: Mention) -> bool:
    """Return True when ``speaker`` is one person named by office and ``lower`` is he/she.

    "The U.N. High Commissioner for Human Rights announced she will travel to <state>":
    the reporting subject is a title (a nominal or a body's name in the knowledge base),
    not a name, yet "she" is that person, not someone named earlier.
    """
    if lower not in {"he", "she"} or speaker.is_place or speaker.plural:
        return False
    root = tok.doc[speaker.start:speaker.end].root
    return root.lower_ in PERSON_ROLE_NOUNS and root.tag_ in {"NN", "NNP"}


class _SharedResolver:
    """This stage's side of the shared pronoun resolver (:mod:`wirecoder.pronouns`).

    Maps a token to the mention it ends (the mention's head) and says which pronouns the
    mention can stand for: :func:`_fits` for the kind and number, the name's gender for
    he/she. Window: the pronoun's sentence and the one before.
    """

    def __init__(self, doc: Doc, pool: list[Mention]) -> None:
        self.doc = doc
        self.heads = {m.end - 1: m for m in pool}
        self.sentences: list[tuple[int, int]] = []
        self.starts: list[int] = []
        self.quoted: QuotedText | None = None

    def add(self, mention: Mention) -> None:
        """Make a resolved pronoun available as the antecedent of a later one."""
        self.heads[mention.end - 1] = mention

    def antecedent(self, tok: Token, excluded: list[Mention] | None = None) -> Mention | None:
        """Return the antecedent of ``tok``, never one of ``excluded``."""
        skip = list(excluded or ())
        if self.quoted is None:  # built on the first pronoun only
            self.sentences = [(s.start, s.end) for s in self.doc.sents]
            self.starts = [start for start, _ in self.sentences]
            self.quoted = QuotedText(self.doc, doc_text(self.doc))
        sentence = bisect.bisect_right(self.starts, tok.i) - 1
        return resolve(tok, lambda t: self.offer(t, skip), quoted=self.quoted,
                       sentences=self.sentences, sentence=sentence, report_verbs=REPORT_LEMMAS,
                       window=2)

    def offer(self, token: Token, excluded: Sequence[Mention]) -> Candidate[Mention] | None:
        """Return the candidate whose mention ends at ``token`` and is not in ``excluded``."""
        m = self.heads.get(token.i)
        if m is None or any(m is x for x in excluded):
            return None
        takes = {p for p in ("it", "they") if _fits(p, m)}
        if _fits("he", m):
            takes |= person_takes(f"{self.doc[m.start:m.end].text} {m.name}")
        return Candidate(m, frozenset(takes)) if takes else None


def _fits(lower: str, m: Mention) -> bool:
    """Return True when ``m`` can be the antecedent of the pronoun ``lower``."""
    if m.is_place:
        return False
    collective = bool(m.extra.get("collective"))
    if lower in {"he", "she", "him", "her"}:
        return m.kind == "PERSON"
    if lower == "it":
        return m.kind in {"ORG", "GPE", "NOMINAL"} and (not m.plural or collective) and (
            m.kind != "GPE" or m.sector == "GOV" or _subject_like(m))
    return lower in {"they", "them"} and (m.plural or m.kind == "COMPOUND" or bool(m.members))


def _reporting_subject(tok: Token, pool: list[Mention]) -> Mention | None:
    """Return the subject of the clause that embeds ``tok``'s clause ('X said it ...')."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp":
        return None
    subject = next((c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i > tok.i:
        return None
    return next((m for m in pool if m.start <= subject.i < m.end), None)


def _subject_like(m: Mention) -> bool:
    return bool(m.extra.get("subject"))


def _window(tok: Token, sent_start: int) -> int:
    """Return the first token of the sentence before the one holding ``tok``."""
    if sent_start == 0:
        return 0
    return tok.doc[sent_start - 1].sent.start
