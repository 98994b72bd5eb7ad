"""Speakers: from a cue to the :class:`~wirecoder.models.Entity` that spoke.

The speaker is the subject of the cue verb (or the object of "according to"), mapped
to the actors stage's entity covering it. Pronouns take the actors stage's PRONOUN
mention when there is one, else the most recent plausible antecedent; common-noun
speakers ("the spokesperson") become NOMINAL entities built from the noun phrase.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS, noun_subject
from ..vocabulary import PERSON_ROLE_NOUNS
from .antecedents import PRONOUN_WINDOW, pronoun_speaker
from .closing_names import apposed_person
from .cues import Cue
from .elided import elided_member
from .gender import agrees
from .index import DocIndex, referent
from .lexicon import (
    CARRIED_NOUNS,
    DOCUMENT_NOUNS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    THING_PRONOUNS,
)
from .mentions import (
    at_token,
    continuing_person,
    document_author,
    issuing_body,
    known_nominal,
    multitude_group,
    nominal,
    outlet_title,
    surname_person,
    titled_earlier,
    unnamed,
)
from .naming import (
    given_named,
    mistagged_surname,
    named_after_comma,
    named_apposition,
    past_dateline,
)
from .ranks import phrase_after, phrases_before, ranked_person
from .selfnamed import self_named
from .stand_ins import without_unwritten_suffix
from .subjects import subject_of

__all__ = ["PRONOUN_WINDOW", "entity_for", "ranked_speaker", "speaker_for_token", "speaker_of",
           "subject_of"]

_SUBJECTS = SUBJECTS
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_APPOSITIVE = re.compile(
    r",\s+(?:an?\s+|the\s+)?(?P<role>[a-z][\w\-]*(?:\s+[\w\-.]+){0,5}?)\s+(?:at|of|for|with)\s+"
    r"(?:the\s+)?(?P<org>[A-Z][\w&.\-’']*(?:\s+(?:[A-Z][\w&.\-’']*|of|for|and|on|&))*)"
)
_ORG_TAIL = re.compile(r"(?:\s+(?:of|for|and|on|&))+$")


def speaker_of(index: DocIndex, cue: Cue) -> Entity | None:
    """Return the speaker of ``cue``, or None when the text does not name one.

    When the subject gives no person's name (a title, a mis-tagged rank, no subject at
    all), a rank-and-name phrase next to the cue names the speaker
    ("CAREER COUNSELOR, STAFF SERGEANT CRISTI PETTIT SAYS", "said Pvt. Brandon Hickle").
    """
    token = subject_of(index, cue.token)
    if token is not None and token.lemma_.lower() in _EVIDENCE_NOUNS:
        token = _according_source(cue.token) or token
    if token is not None:
        token = named_apposition(index, past_dateline(index, token))
    entity = self_named(index, token, entity_for(index, token)) if token is not None else None
    entity = (apposed_person(index, entity) or entity) if entity is not None else None
    if unnamed(entity) or mistagged_surname(entity):
        entity = (ranked_speaker(index, cue.token, token) or surname_person(index, entity)
                  or given_named(entity) or entity)
    if entity is None:
        return None
    if token is not None and entity.kind == "NOMINAL" and token.dep_ == "dobj":
        entity = _compound_read_as_verb(index, token, entity)
    named = _with_appositive(index, _apposed_person(index, entity) or entity)
    named = without_unwritten_suffix(index.text, named) if named is not None else None
    return _outlet_named(index, named)  # "Rudolf Ruritan III": as the story names him


def _outlet_named(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Return ``entity`` named by its outlet's name: 'the Kestrel weekly' -> 'Kestrel'.

    For a description (or a pronoun resolved to one) headed by an outlet noun with a proper
    name compounded on it, which the recognizer left unnamed.
    """
    if entity is None or entity.kind not in ("NOMINAL", "PRONOUN"):
        return entity
    source = referent(index, entity)
    if source.kind != "NOMINAL":
        return entity
    for position in range(index.token_at(source.start), len(index.doc)):
        token = index.doc[position]
        if token.idx >= source.end:
            break
        title = outlet_title(token)
        if title:
            return entity.model_copy(update={"entity_name": title})
    return entity


#: Nouns for what shows a thing, never who says it ("the figures suggest that ...").
_EVIDENCE_NOUNS = frozenset({"fact", "data", "figure", "number", "result", "finding",
                             "evidence", "statistic", "trend"})


def _according_source(verb: Token) -> Token | None:
    """Return the source an "according to" phrase on ``verb`` or its heads credits.

    "According to the panel's auditors, the fact that exports held up shows that ...": the
    verb's subject is the evidence, the phrase names who reads it so.
    """
    node = verb
    for _ in range(3):
        for child in node.children:
            to = next((c for c in child.children if c.lower_ == "to"), None)
            if child.lower_ == "according" and to is not None:
                return next((c for c in to.children if c.dep_ == "pobj"), None)
        if node.head.i == node.i:
            break
        node = node.head
    return None


def _compound_read_as_verb(index: DocIndex, token: Token, entity: Entity) -> Entity:
    """Return the description a misparsed compound names whole: "Aid workers", not "workers"."""
    verb = token.head
    if noun_subject(verb).i != token.i or entity.start <= verb.idx:
        return entity
    text = index.text[verb.idx : entity.end]
    return entity.model_copy(update={"start": verb.idx, "raw_text": text,
                                     "entity_name": text.lower()})


def ranked_speaker(index: DocIndex, verb: Token, subject: Token | None) -> Entity | None:
    """Return the person a rank-and-name phrase next to ``verb`` names (see :mod:`.ranks`)."""
    if verb.lower_ == "according":
        return None
    if subject is None or subject.i < verb.i:
        for phrase in phrases_before(index, verb):
            if _reported_by(verb, phrase[0]):
                break  # "<clause naming Secretary-General X>, the ministry said": X is reported
            found = ranked_person(index, phrase, before=True)
            if found is not None:
                return found
    if subject is None or subject.i > verb.i:
        return ranked_person(index, phrase_after(index, verb), before=False)
    return None


def _reported_by(verb: Token, i: int) -> bool:
    """Return True when token ``i`` lies in the clause ``verb`` reports."""
    return any(c.dep_ in ("ccomp", "parataxis") and c.left_edge.i <= i <= c.right_edge.i
               for c in verb.children) or (
        verb.dep_ in ("conj", "parataxis") and verb.head.i < verb.i
        and verb.head.left_edge.i <= i <= verb.head.i)


def speaker_for_token(index: DocIndex, token: Token) -> Entity | None:
    """Return the speaker a word names (a name, a description, a message's author)."""
    entity = self_named(index, token, entity_for(index, token))  # "a nurse who gave her name as X"
    named = _with_appositive(index, _apposed_person(index, entity) or entity)
    named = without_unwritten_suffix(index.text, named) if named is not None else None
    return _outlet_named(index, named)  # "Rudolf Ruritan III": as the story names him


def entity_for(index: DocIndex, token: Token) -> Entity | None:
    """Return the entity a speaker token stands for (pronouns and nominals included)."""
    number = index.entity_of(token)
    standing, found = _stands_for_others(index, token, number)
    if standing:
        return found
    if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
        # the careful resolver first, then the actors stage's
        resolved = pronoun_speaker(index, token)
        if resolved is not None or number is None:
            return resolved
        if not _actors_answer_agrees(index, token, index.entities[number]):
            return None
    if number is not None:
        entity = index.entities[number]
        document = entity.kind == "NOMINAL" and token.lemma_.lower() in DOCUMENT_NOUNS
        if entity.kind == "NOMINAL" and not document:
            return (_apposed_body(index, token) or titled_earlier(index, token)
                    or continuing_person(index, token) or entity)  # "The president says" -> X
        if not document and (entity.kind != "PRONOUN" or entity.coref_of is not None):
            return entity
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        author = document_author(token) or _document_subject(index, token)
        if author is not None:
            return issuing_body(index, token, author) or entity_for(index, author)
        issuer = _issuer(index, token)
        if issuer is not None:
            return issuer
        if number is not None:
            return index.entities[number]
    for child in token.children:
        position = index.entity_of(child) if child.dep_ == "appos" else None
        if position is not None:
            return index.entities[position]
    if token.pos_ not in _NOUN_POS:
        return None
    return (known_nominal(index, token) or titled_earlier(index, token)
            or continuing_person(index, token) or nominal(index, token))


def _apposed_body(index: DocIndex, token: Token) -> Entity | None:
    """Return the organisation a description names in apposition: "the main party, the X".

    "Tarvo's main opposition group, the Movement for Civic Renewal, says ...": the speaker
    is the organisation's name (the guideline's fullest name), not the description. Only a
    singular noun that names no person, with the name set off by a comma.
    """
    if token.lower_ in PERSON_NOUNS | PERSON_ROLE_NOUNS or token.tag_ != "NN":
        return None  # "The general secretary of the party, X": a person's description
    for child in token.children:
        comma = child.left_edge.i > 0 and index.doc[child.left_edge.i - 1].text == ","
        number = index.entity_of(child) if child.dep_ == "appos" and comma else None
        if number is not None and index.entities[number].kind == "ORG" and not index.entities[
                number].is_place:
            return index.entities[number]
    return None


#: Quantifiers that stand for a group of speakers ("Some said", "Many of the residents say").
_QUANTIFIERS = frozenset({"some", "many", "most", "several", "others", "few", "fewer", "both",
                          "all"})


def _stands_for_others(
    index: DocIndex, token: Token, number: int | None
) -> tuple[bool, Entity | None]:
    """Return (True, speaker) for a word that speaks for others: a count of them, their sign.

    "many of the residents say", "Thousands of farmers say" (the group counted), "some of
    them said" (the group "them" stands for), "One of the protesters said", "with one saying"
    (an unnamed member of the group), "protesters carried banners reading ..." (the bearers).
    """
    if (number is None and token.lower_ in _QUANTIFIERS and token.pos_ not in _NOUN_POS) or (
            multitude_group(token) is not None):
        return True, _quantified(index, token)
    if number is None and token.lower_ == "one" and token.pos_ in ("NUM", "PRON"):
        return True, _member(index, token)
    member = elided_member(index, token) if number is None else None
    if member is not None:  # "One caller asked ... Another said": a caller
        return True, member
    bearer = _bearer(token)
    return (True, entity_for(index, bearer)) if bearer is not None else (False, None)


def _bearer(token: Token) -> Token | None:
    """Return who carries a sign whose words are quoted, else None.

    A sign speaks for its bearers: "Protesters carried banners reading ..." (the subject of
    the verb whose object the sign is), "protesters with signs that said ..." (the noun or
    the subject of the verb that "with" attaches to). A relative pronoun stands for its noun.
    """
    if token.lemma_.lower() not in CARRIED_NOUNS:
        return None
    verb = token.head
    if token.dep_ == "pobj" and verb.lower_ == "with":
        verb = verb.head
        if verb.pos_ in _NOUN_POS:
            return verb
    elif token.dep_ == "nsubj" and verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl"):
        verb = verb.head  # "carried banners reading ...", the participle's subject misparsed
    elif token.dep_ != "dobj":
        return None
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
        return verb.head
    return subject


def _quantified(index: DocIndex, token: Token) -> Entity | None:
    """Return the group a quantifier subject names: "many of the residents" -> residents.

    "some of them": the group the pronoun stands for, named at the quantifier's phrase; "some
    of those still waiting for a visa": the phrase itself.
    """
    group = _of_object(token)
    if group is not None and group.pos_ in _NOUN_POS:
        return entity_for(index, group)
    if group is not None:
        return _part_of(index, token, _group_of(index, group), "")
    return nominal(index, token)


def _member(index: DocIndex, token: Token) -> Entity:
    """Return the unnamed member of a group who speaks: "One of the protesters said".

    The group is the object of "of" ("one of the diplomats", "one of them"); without one, in
    an absolute phrase ("Six cyclists finished after dark, with one admitting ..."), the
    subject of the clause the phrase modifies. The speaker is named "one of" the group and
    placed on the words that name the member.
    """
    group = _of_object(token)
    if group is None:
        group = _absolute_owner(token)
    found = _group_of(index, group) if group is not None else None
    return _part_of(index, token, found, "one of ")


def _of_object(token: Token) -> Token | None:
    """Return the object of the token's "of" phrase ("many of the residents" -> residents)."""
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None


def _absolute_owner(token: Token) -> Token | None:
    """Return the subject of the clause an absolute "with one saying" phrase modifies."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.tag_ != "VBG":
        return None
    prep = verb.head
    if prep.lower_ != "with" or prep.head.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in prep.head.children if c.dep_ in _SUBJECTS), None)


def _group_of(index: DocIndex, group: Token) -> Entity | None:
    """Return the entity a group word stands for: a noun's, a pronoun's antecedent, or None.

    "them" is resolved like "they"; "those still waiting for a visa" names itself (None).
    """
    if group.pos_ in _NOUN_POS:
        return entity_for(index, group)
    if group.lower_ in ("them", "they"):
        return pronoun_speaker(index, group)
    return None


def _part_of(index: DocIndex, token: Token, group: Entity | None, prefix: str) -> Entity:
    """Return a NOMINAL speaker on the quantifier's phrase, named after its group.

    The phrase runs from the quantifier to the end of its "of" phrase ("Some of them", "one
    of the rescue workers"); it takes the group's codes and, with ``prefix``, the name
    ``prefix`` + the group's name when the group is named elsewhere ("one of them" -> "one of
    diplomats"), its own words when the phrase names it ("one of the protesters"); with no
    group, its own words.
    """
    doc = index.doc
    first, last = token.left_edge.i, token.right_edge.i + 1
    while last > first + 1 and (doc[last - 1].is_punct or index.quoted(doc[last - 1])):
        last -= 1
    span = doc[first:last]
    opening = span[0].text if span[0].pos_ == "PROPN" else span[0].lower_
    own = nominal(index, token).model_copy(update={
        "raw_text": span.text, "start": span.start_char, "end": span.end_char,
        "entity_name": opening + span.text[len(span[0].text):]})
    if group is None:
        return own
    elsewhere = group.kind == "PRONOUN" or not own.start <= group.start < own.end
    named = prefix + (group.entity_name or "") if elsewhere else own.entity_name
    return own.model_copy(update={
        "entity_name": named if prefix else group.entity_name,
        "country_code": group.country_code, "country_name": group.country_name,
        "sector_code": group.sector_code, "organization": group.organization})


def _actors_answer_agrees(index: DocIndex, token: Token, mention: Entity) -> bool:
    """Return False when the actors stage resolved a pronoun to a person of the other gender."""
    if mention.kind != "PRONOUN" or mention.coref_of is None:
        return True
    return agrees(index, token, index.entities[mention.coref_of])


def _issuer(index: DocIndex, token: Token) -> Entity | None:
    """Return who issued 'the statement' named earlier: the subject that issued it.

    Only for a definite document noun ("the statement read"), within two sentences: the
    author of an earlier mention of the same document ("an assessment from X"), else a
    subject that issued a document ("X released a report"), else the nearest earlier active
    subject that is a named organisation, state or person, or a common noun.
    """
    before = index.doc[token.i - 1].lower_ if token.i > 0 else ""
    sentence = index.sentence_of(token.i)
    low = index.sent_tokens[max(0, sentence - 2)][0]
    if before not in ("the", "this") and not any(c.lower_ in ("the", "this")
                                                 for c in token.children):
        return _credited_source(index, token, low)  # "..., according to X. A statement said"
    for earlier in reversed(index.doc[low : token.i]):  # "an assessment from X ... the assessment"
        if earlier.lemma_ != token.lemma_ or index.quoted(earlier):
            continue
        author = document_author(earlier)
        if author is not None and index.entity_of(author) is not None:
            return entity_for(index, author)
        break
    candidates = [index.doc[i] for i in range(token.i - 1, low - 1, -1)
                  if index.doc[i].dep_ in _SUBJECTS and not index.quoted(index.doc[i])]
    # nearer sentences first; in a sentence, the main clause's subject before the subjects
    # of clauses it embeds ("A news channel aired footage of ... after snipers fired ... The
    # bulletin said")
    candidates.sort(key=lambda c: (-index.sentence_of(c.i), not _main_subject(c)))
    # who issued a document ("X released an assessment ... The report notes") comes first;
    # a passive subject ("facilities were damaged") issues nothing
    candidates = [c for c in candidates if _issues_document(c)] + [
        c for c in candidates if c.dep_ != "nsubjpass" and not _issues_document(c)]
    for candidate in candidates:
        number = index.entity_of(candidate)
        kinds = ("ORG", "GPE", "PERSON", "NOMINAL") if _issues_document(candidate) else (
            "ORG", "GPE", "PERSON")
        if number is not None and index.entities[number].kind in kinds:
            return at_token(index, index.entities[number], token,
                             coref_of=number, kind=index.entities[number].kind)
        nounlike = candidate.pos_ == "NOUN" or (candidate.pos_ == "PROPN"
                                                 and _issues_document(candidate))
        if nounlike and candidate.lemma_ not in DOCUMENT_NOUNS:
            if number is None:
                return known_nominal(index, candidate) or nominal(index, candidate)
            if index.entities[number].kind == "NOMINAL":  # "state television showed ..."
                return at_token(index, index.entities[number], token, coref_of=number)
    return None


def _main_subject(subject: Token) -> bool:
    """Return True for the subject of the sentence's main verb or of a verb coordinated with it."""
    verb = subject.head
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _document_subject(index: DocIndex, token: Token) -> Token | None:
    """Return who issued a document in the same clause: "the bureau put out a statement saying".

    A document noun that is the object of a verb ("issued", "released", "put out") speaks for
    that verb's active subject.
    """
    if token.dep_ != "dobj":
        return None
    subject = next((c for c in token.head.children if c.dep_ == "nsubj" and c.i < token.i), None)
    if subject is None or index.quoted(subject) or subject.lower_ in ("which", "that", "who"):
        return None
    return subject


def _credited_source(index: DocIndex, token: Token, low: int) -> Entity | None:
    """Return the source an "according to X" phrase of the sentence before credits.

    "X spoke to Y on Sunday, according to the White House. A statement said ...": an
    indefinite document with no author of its own comes from the source just credited.
    """
    sentence = index.sentence_of(token.i)
    start = index.sent_tokens[max(0, sentence - 1)][0]
    for word in reversed(index.doc[max(low, start) : token.i]):
        if word.lower_ != "according" or index.quoted(word):
            continue
        source = subject_of(index, word)
        number = index.entity_of(source) if source is not None else None
        if number is not None and index.entities[number].kind in ("ORG", "GPE", "PERSON"):
            return at_token(index, index.entities[number], token, coref_of=number,
                            kind=index.entities[number].kind)
        return None
    return None


def _issues_document(subject: Token) -> bool:
    """Return True for the subject of a verb whose object is a document ('released a report')."""
    return subject.dep_ == "nsubj" and any(
        c.dep_ == "dobj" and c.lemma_.lower() in DOCUMENT_NOUNS for c in subject.head.children)


def _apposed_person(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Return the person a description is in apposition with ('the UNRWA chief, X,')."""
    if entity is None or entity.kind not in ("NOMINAL", "ORG"):
        return None
    text = index.text
    for other in index.entities:
        if other.kind != "PERSON" or other.start < entity.end:
            continue
        gap = text[entity.end : other.start]
        if gap.strip() == "," and text[other.end : other.end + 1] in (",", ""):
            return other
        break
    return named_after_comma(index, entity)  # "insists the owner's daughter, Rosamund.": untagged


def _with_appositive(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Fill ``role``/``organization`` of a person from an appositive after the name."""
    if entity is None or entity.kind != "PERSON" or entity.role:
        return entity
    match = _APPOSITIVE.match(index.text, entity.end, min(len(index.text), entity.end + 160))
    if match is None:
        return entity
    role_end = match.end("role")
    role_last = index.doc[index.token_at(role_end - 1)]
    if role_last.pos_ not in _NOUN_POS:
        return entity
    org = _ORG_TAIL.sub("", match.group("org")).rstrip(".,")
    return entity.model_copy(
        update={
            "role": match.group("role"),
            "organization": entity.organization or org or None,
        }
    )
