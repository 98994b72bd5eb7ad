"""The antecedent of a pronoun speaker ("he said", "they said").

The search is the shared resolver's (:func:`wirecoder.pronouns.resolve`); this module says what
each earlier token offers: an entity that fits and agrees in gender and number, an unnamed noun
subject, a ranked name, or an earlier subject pronoun of the same gender resolved in turn.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS, Candidate, pronoun_class, resolve, stands_as_subject
from ..vocabulary import COLLECTIVE, ORG_WORDS, PERSON_ROLE_NOUNS
from .clause_edges import in_earlier_report
from .closing_names import apposed_person
from .elided import elided_member, is_elided
from .gender import agrees, gender_of, plural_noun, pronoun_gender
from .index import DocIndex
from .kinship import noun_gender
from .lexicon import DOCUMENT_NOUNS, NON_PERSON_NOUNS, PERSON_NOUNS, PERSON_PRONOUNS, REPORT_VERBS
from .mentions import (
    at_token,
    continuing_person,
    document_author,
    issuing_body,
    known_nominal,
    multitude_group,
    names_person,
    nominal,
    surname_person,
    titled_earlier,
    unnamed,
)
from .misread_names import described_as_person, group_name, misread_name, split_person
from .naming import (
    description_as_written,
    fuller_description,
    named_after_comma,
    named_apposition,
    past_dateline,
    titled_person,
    written_words,
)
from .ranks import phrase_before, ranked_person
from .stand_ins import (
    PERSON_SUFFIXES,
    people_as_written,
    person_noun,
    relative_subject,
    shown_gender,
    shown_person,
    without_unwritten_suffix,
)
from .topic import topic_person

__all__ = ["PRONOUN_WINDOW", "pronoun_speaker"]

#: Sentences searched backwards for the antecedent of a pronoun speaker.
PRONOUN_WINDOW = 4
#: Sentences searched for he/she when the first window holds no candidate at all (a speaker
#: introduced before a run of background sentences); only a named person is taken there.
WIDE_PRONOUN_WINDOW = 10

_PERSONS = frozenset({"PERSON"})
#: Links of a chain of same-gender pronouns followed back ("He said ... he added ... He
#: said"); a longer chain falls back on the nearest subject of the sentences before.
_CHAIN_LINKS = 8
#: Kinds of place mentions: a word the story named so before is never he/she.
_PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
_GROUPS = frozenset({"ORG", "GPE", "NORP", "NOMINAL"})

def pronoun_speaker(index: DocIndex, token: Token, depth: int = 0) -> Entity | None:
    """Resolve a pronoun speaker to its most recent plausible antecedent.

    Memoised per document, token and depth: a chain of pronouns ("He said ... he said")
    would otherwise be resolved again for every later pronoun (cubic in the window).
    """
    memo: dict[tuple[int, int], Entity | None] = index.__dict__.setdefault(
        "_pronoun_memo", {})
    key = (token.i, depth)
    if key not in memo:
        memo[key] = _resolve_pronoun(index, token, depth)
    return memo[key]


def _resolve_pronoun(index: DocIndex, token: Token, depth: int) -> Entity | None:
    word = token.lower_
    if word not in PERSON_PRONOUNS and word not in ("it", "they", "them"):
        return None
    person = word in PERSON_PRONOUNS
    found = (_cataphor(index, token, person, depth)
             or _coordinated_object(index, token, person, depth)
             or _antecedent(index, token, person, depth))
    if found is None and depth == 0 and person:  # nothing in reach: a named person further back
        found = _antecedent(index, token, person, depth, window=WIDE_PRONOUN_WINDOW)
        if found is not None and not _named_person(index, found):
            found = None
    if found is None:
        return None
    antecedent, number = found
    if person and antecedent.kind == "NOMINAL":  # "insists the owner's daughter, Rosamund. She ..."
        antecedent = named_after_comma(index, antecedent) or antecedent
    if word in ("they", "them"):  # "Veridians in the border towns ... they say": the people
        antecedent = people_as_written(antecedent)
    return at_token(
        index,
        _named_as_written(index, antecedent),
        token,
        kind="PRONOUN",
        coref_of=number if number is not None else antecedent.coref_of,
    )


def _named_person(index: DocIndex, found: tuple[Entity, int | None]) -> bool:
    """Return True for a person, or a pronoun resolved in turn to a person's mention."""
    entity, number = found
    if entity.kind == "PERSON":
        return True
    return entity.kind == "PRONOUN" and number is not None and (
        index.entities[number].kind == "PERSON")


def _word_sentences(index: DocIndex) -> tuple[list[tuple[int, int]], list[int]]:
    """Return the document's sentences with word-less ones merged into the sentence before.

    A closing quotation mark and a paragraph break the parser left as a sentence of their own
    ('"' then a blank line) are no sentence the pronoun window should count. Also returns, for
    each parser sentence, the number of the merged sentence that holds it. Memoised per index.
    """
    memo: dict[str, tuple[list[tuple[int, int]], list[int]]] = index.__dict__.setdefault(
        "_word_sentences", {})
    if "all" not in memo:
        merged: list[tuple[int, int]] = []
        where: list[int] = []
        for lo, hi in index.sent_tokens:
            if merged and not any(t.is_alpha or t.like_num for t in index.doc[lo:hi]):
                merged[-1] = (merged[-1][0], hi)
            else:
                merged.append((lo, hi))
            where.append(len(merged) - 1)
        memo["all"] = (merged, where)
    return memo["all"]


def _named_as_written(index: DocIndex, entity: Entity) -> Entity:
    """Return a person named as the story names them, not as the knowledge base does.

    A generational suffix the story never writes is dropped ("Rudolf Ruritan III" ->
    "Rudolf Ruritan"). "Tervia's interior minister told parliament ... 'We will ...,' he
    said": the knowledge base knows who held the post, but the speaker is the one the story
    names, so a name none of whose words the text holds gives way to the description
    ("Tervia's interior minister").
    """
    name = entity.entity_name or ""
    raw = " ".join((entity.raw_text or "").split())
    if entity.kind not in ("PERSON", "NOMINAL", "ORG") or not name or raw == name or is_elided(
            entity):
        return entity
    if entity.kind == "ORG" and name != entity.country_name:
        return entity  # an organisation's own name ("United Nations" for "the U.N.")
    if entity.kind == "NOMINAL" and names_person(index, entity):
        return entity  # "the Veridian Trade Minister" resolved to the minister named before
    fuller = fuller_description(index, entity)
    if fuller is not None:  # "the bank" after "the Veridian central bank"
        return entity.model_copy(update={"entity_name": fuller})
    if entity.kind != "PERSON":
        written = written_words(raw, name)
        if written is not None:  # "The Pakistani military", not the code's "Pakistan military"
            return entity.model_copy(update={"entity_name": written})
        if entity.kind == "ORG":
            return entity
        described = description_as_written(raw, name)
        if described is not None:  # "former Veridian envoy", not the code's "Veridia envoy"
            return entity.model_copy(update={"entity_name": described})
    bare = without_unwritten_suffix(index.text, entity)
    if bare is not entity:  # "Rudolf Ruritan III" where the story says "Rudolf Ruritan"
        return bare
    if not any(w.isalpha() and w.islower() and len(w) > 2 for w in raw.split()):
        return entity  # no description ("The U.N.", a spelling variant of a name)
    text = index.text.lower()
    if any(re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text)
           for w in name.lower().split() if len(w) > 2):
        return entity
    first, _, rest = raw.partition(" ")
    described = rest if first.lower() in _OPENERS and rest else raw
    return entity.model_copy(update={"entity_name": described})


def _cataphor(
    index: DocIndex, token: Token, person: bool, depth: int
) -> tuple[Entity, int | None] | None:
    """Return the subject after an opening adverbial clause a pronoun looks ahead to.

    "While she acknowledged the strike had hurt exports, Finance Minister Ana Soler said
    ...": the subject of a subordinate clause that opens the sentence refers to the main
    clause's subject when that subject is a noun phrase that agrees.
    """
    verb = token.head
    if token.dep_ != "nsubj" or verb.dep_ != "advcl" or verb.head.i < verb.i:
        return None
    if not any(c.dep_ == "mark" and c.i < token.i for c in verb.children):
        return None
    start = index.sent_tokens[index.sentence_of(token.i)][0]
    if any(not t.is_punct and not t.is_space for t in index.doc[start : verb.left_edge.i]):
        return None  # the clause does not open the sentence
    subject = next((c for c in verb.head.children
                    if c.dep_ in SUBJECTS and c.i > verb.right_edge.i), None)
    if subject is None or subject.pos_ == "PRON" or index.quoted(subject):
        return None
    return _subject_antecedent(index, subject, token, person, depth)


#: Arcs of the objects a coordinated "and he said" looks back to: the person the first clause
#: reached, met, interviewed or called.
_OBJECTS = frozenset({"dobj", "dative"})


def _coordinated_object(
    index: DocIndex, token: Token, person: bool, depth: int
) -> tuple[Entity, int | None] | None:
    """Return the person object of the clause a "..., and he said" is coordinated with.

    "The news agency says it reached Ivo Dorn by phone, and he said ...": the clause before
    "and" has no subject that can be "he" (an agency, "it"), so the person it reached speaks,
    not a subject of the sentences before. Only for he/she subject of a verb coordinated after
    the verb (or the reported clause under it) whose object is that person; any subject of
    those clauses that agrees leaves the search to the resolver.
    """
    verb = token.head
    if not person or token.dep_ != "nsubj" or verb.dep_ != "conj" or verb.head.i > token.i:
        return None
    clauses = [verb.head, *(c for c in verb.head.children
                            if c.dep_ in ("ccomp", "xcomp") and c.i < token.i)]
    found: tuple[Entity, int | None] | None = None
    for clause in clauses:
        for child in clause.children:
            if child.i > token.i or index.quoted(child):
                continue
            if child.dep_ in SUBJECTS and _subject_antecedent(
                    index, child, token, person, depth) is not None:
                return None  # "X reached Y, and he said": the subject speaks on
            if child.dep_ in _OBJECTS and found is None and child.pos_ == "PROPN":
                found = _fitting(index, child, token, person)
    return found if found is not None and found[0].kind == "PERSON" else None


def _antecedent(
    index: DocIndex, token: Token, person: bool, depth: int, window: int = PRONOUN_WINDOW
) -> tuple[Entity, int | None] | None:
    """Return the antecedent of a pronoun and its entity index, or None.

    The search is the shared resolver's (:func:`wirecoder.pronouns.resolve`: sentences
    backwards, subjects first, quoted words skipped); this stage says what a token offers:
    an entity that fits and agrees (:func:`.gender.agrees`), an unnamed noun subject, a
    ranked name, or an earlier subject pronoun of the same gender resolved in turn.
    """

    def offer(candidate: Token) -> Candidate[tuple[Entity, int | None]] | None:
        if speaks_for_group and in_earlier_report(candidate, token):
            return None  # "X said the navy had struck. It also said ...": X, not the navy
        relative = relative_subject(candidate)
        if relative is not None:  # "... met nurses who say they ... They say": the nurses
            found = _subject_antecedent(index, relative, token, person, depth)
            # the last to report speaks on: above the main clause's subject
            rank = 0 if candidate.head.lemma_ in REPORT_VERBS else None
            return Candidate(found, _takes(index, relative, found[0], wanted, person),
                             rank) if found is not None else None
        named = named_apposition(index, past_dateline(index, candidate))
        if named is not candidate:  # "the mayor of the city, X, said ... he said" -> X
            found = _fitting(index, named, token, person)
        elif candidate.dep_ in SUBJECTS or _common_owner(candidate) or stands_as_subject(
                candidate):  # "For the drivers of X, ...", a root noun with its verb misread
            found = _subject_antecedent(index, candidate, token, person, depth)
        else:
            found = _fitting(index, candidate, token, person)
        if found is None:
            return None
        return Candidate(found, _takes(index, candidate, found[0], wanted, person))

    wanted = frozenset({pronoun_class(token.text) or ""})
    speaks_for_group = not person and token.head.lemma_ in REPORT_VERBS
    sentences, where = _word_sentences(index)
    return resolve(token, offer, quoted=lambda i: index.in_quote[i] >= 0,
                   sentences=sentences, sentence=where[index.sentence_of(token.i)],
                   report_verbs=REPORT_VERBS, window=window + 1)


def _number_disagrees(pronoun: Token, candidate: Token, entity: Entity) -> bool:
    """Return True when a described group or person cannot take the pronoun by number.

    "it" never names a plural noun (the board fined two ferries ... "it": the board) nor one
    person described by a title (the envoy ... "it": not the envoy); "they" never names one
    person described by a singular noun (the mayor ... "they": not the mayor).
    Collective nouns ("the army", "the government") take either.
    """
    if entity.kind != "NOMINAL":
        return False
    wanted = pronoun_class(pronoun.text)
    while candidate.dep_ in _INSIDE_PHRASE and candidate.head.pos_ in ("NOUN", "PROPN"):
        candidate = candidate.head  # a word inside the phrase: "trade" of "the trade minister"
    word = candidate.lower_
    one_person = candidate.tag_ == "NN" and (
        word in PERSON_ROLE_NOUNS or word in PERSON_NOUNS or noun_gender(candidate) is not None
        or (word.endswith(PERSON_SUFFIXES) and len(word) > 5))
    if wanted == "it":  # nor a person described by a title ("the trade minister ... it")
        return plural_noun(candidate) or one_person
    return wanted == "they" and one_person


#: Arcs of a word inside a noun phrase, below the phrase's head noun.
_INSIDE_PHRASE = frozenset({"compound", "poss", "amod", "case", "det", "nmod"})


def _common_owner(token: Token) -> bool:
    """Return True for a common noun owning a subject: "The sculptor's statue was removed"."""
    return token.dep_ == "poss" and token.pos_ == "NOUN" and token.head.dep_ in SUBJECTS


_EITHER = frozenset({"he", "she"})
#: Words a description drops from its front when it names a speaker: articles and the
#: demonstratives of a report that shows its person ("This commander" -> "commander").
_OPENERS = frozenset({"the", "a", "an", "this", "that"})


def _takes(index: DocIndex, candidate: Token, entity: Entity, wanted: frozenset[str],
           person: bool) -> frozenset[str]:
    """Return the pronouns an agreeing candidate takes.

    Only the wanted one when its gender is known (a he/she, a title, a given name), both he
    and she when it is not.
    """
    if not person or candidate.lower_ in PERSON_PRONOUNS:
        return wanted
    told = noun_gender(candidate) or shown_gender(candidate)  # "a woman", "this baker ... her"
    if told is not None and entity.kind == "NOMINAL":
        return frozenset({"he" if told == "m" else "she"})
    if entity.kind in ("PERSON", "PRONOUN") and gender_of(index, entity) is not None:
        return wanted
    return _EITHER


def _whole_phrase(index: DocIndex, candidate: Token, entity: Entity) -> Entity:
    """Return a description named by its own words, without the article.

    The guideline's convention, where the mention's name dropped or changed some words:
    "... while off-duty railway workers sat across it. They said ...": the mention is named
    "railway workers"; the speaker is "off-duty railway workers".
    """
    whole = nominal(index, candidate)
    named = set((entity.entity_name or "").lower().split())
    if entity.kind == "NOMINAL" and whole.end == entity.end and named < set(
            (whole.entity_name or "").lower().split()):  # words dropped, no name given
        return entity.model_copy(update={"raw_text": whole.raw_text,
                                         "entity_name": whole.entity_name,
                                         "start": whole.start})
    return entity


def _fitting(
    index: DocIndex, candidate: Token, pronoun: Token, person: bool
) -> tuple[Entity, int | None] | None:
    """Return the entity at a non-subject token when it can be the pronoun's antecedent."""
    number = index.entity_of(candidate)
    if number is None:  # "nothing stopped this tailor from ... He says": the tailor
        shown = nominal(index, candidate) if person and shown_person(candidate) else None
        told = shown_gender(candidate) if shown is not None else None  # "this baker ... her oven"
        if told is not None and told != pronoun_gender(pronoun.text):
            return None
        return (shown, None) if shown is not None and agrees(index, pronoun, shown) else None
    entity = index.entities[number]
    if _number_disagrees(pronoun, candidate, entity):
        return None  # a plural object ("fined the ferries") is no "it"
    if person and not _fits(entity, person):
        entity = titled_person(entity) or apposed_person(index, entity) or entity  # ORG-tagged
    fits = _fits(entity, person) or (person and described_as_person(index, entity))
    if fits and agrees(index, pronoun, entity):
        return entity, number
    return None


def _subject_antecedent(
    index: DocIndex, candidate: Token, pronoun: Token, person: bool, depth: int
) -> tuple[Entity, int | None] | None:
    """Return the antecedent a subject token offers to ``pronoun``, if it agrees."""
    plural = pronoun_class(pronoun.text) == "they"
    if candidate.lower_ in PERSON_PRONOUNS or (plural and candidate.lower_ == "they"):
        same = pronoun_gender(candidate.text) == pronoun_gender(pronoun.text)
        if not (same and depth < _CHAIN_LINKS):
            return None  # another pronoun class, or a chain past _CHAIN_LINKS links
        entity = pronoun_speaker(index, candidate, depth + 1)
        return (entity, entity.coref_of) if entity is not None else None
    topic = _topic(index, candidate, pronoun, person, depth)
    if topic is not None or (person and _names_again(index, candidate)):
        return topic  # "X, a reporter, ... The reporter was detained. He ...": X, further back
    member = elided_member(index, candidate) if person else None
    if member is not None:  # "One caller asked ... Another said he ... He said": a caller
        return member, None
    group = multitude_group(candidate) if not person else None
    if group is not None:  # "Hundreds of nurses marched ... They said": the nurses
        return _subject_antecedent(index, group, pronoun, person, depth)
    number = index.entity_of(candidate)
    if not person and candidate.lemma_.lower() in DOCUMENT_NOUNS:
        return _document_issuer(index, candidate)  # "The statement from X read: ... It said"
    if person and candidate.i < candidate.head.i and (
        number is None or unnamed(index.entities[number])
    ):
        ranked = ranked_person(index, phrase_before(index, candidate.head), before=True)
        if ranked is not None and agrees(index, pronoun, ranked):
            return ranked, None  # "Sgt. 1st Class Rideout said ... he said"
    own = _own_group(index, candidate, number) if plural else None
    if own is not None:
        return own, None  # "the coach and his squad ... they": the squad
    pair = _coordinated_persons(index, candidate, number) if plural else None
    if pair is not None:
        return pair, None  # "Rosa Ferrant and Ivan Dorn spoke ... They said"
    if number is not None:
        return _entity_antecedent(index, candidate, pronoun, person, number)
    if not _plausible_nominal(index, candidate, person) or (
            person and group_name(index, candidate)):
        return None
    if plural and not plural_noun(candidate) and candidate.pos_ == "NOUN":
        return None
    if pronoun.lower_ == "it" and plural_noun(candidate):
        return None
    known = (titled_earlier(index, candidate) or continuing_person(index, candidate)
             if person else known_nominal(index, candidate))
    found = known or nominal(index, candidate)
    return (found, None) if agrees(index, pronoun, found) else None


def _topic(
    index: DocIndex, candidate: Token, pronoun: Token, person: bool, depth: int
) -> tuple[Entity, int | None] | None:
    """Return the person a description subject names again (:func:`.topic.topic_person`).

    "Lena Varga ... The fiercest critic of the mayor spoke next. She said": Lena Varga.
    """
    if not person:
        return None
    topic = topic_person(index, candidate, lambda t: pronoun_speaker(index, t, depth + 1))
    return (topic, topic.coref_of) if topic is not None and agrees(index, pronoun, topic) else None


#: Sentences before a trade noun ("the reporter") searched for the person it names again.
_TRADE_WINDOW = 4


def _names_again(index: DocIndex, candidate: Token) -> bool:
    """Return True for a trade noun that likely names again a person named just before.

    "Anton Veck ... The reporter was detained. He ...": "the reporter" is a description of
    someone the story named, whose name the pronoun takes; only with no person named in the
    sentences before does the description itself stand for the speaker ("The sculptor's
    statue was removed. '...,' she said").
    """
    word = candidate.lower_
    if word not in PERSON_NOUNS or word in PERSON_ROLE_NOUNS:
        return False
    if index.first_subject(word, candidate.i) < candidate.i:
        return False  # "A critic wrote ... The critic said": the one brought in before
    floor = index.doc[index.sent_tokens[max(0, index.sentence_of(candidate.i) - _TRADE_WINDOW)][0]]
    return index.person_between(floor.idx, candidate.idx)


def _entity_antecedent(
    index: DocIndex, candidate: Token, pronoun: Token, person: bool, number: int
) -> tuple[Entity, int | None] | None:
    """Return the antecedent a subject that is an entity's mention offers, if it agrees."""
    entity = index.entities[number]
    if _number_disagrees(pronoun, candidate, entity):
        return None  # a plural subject ("the ferries") is no "it"
    if person and not _fits(entity, person):  # "Interior Minister Ivo Brand", an ORG
        entity = titled_person(entity) or split_person(index, candidate) or entity
    if entity.kind == "NOMINAL" and not person:  # "the association said ... it said"
        entity = known_nominal(index, candidate) or _whole_phrase(index, candidate, entity)
    named = _fits(entity, person)
    if not named and person and misread_name(index, candidate, number):
        named, entity = True, surname_person(index, entity) or entity
    if person and entity.kind == "NOMINAL" and _plausible_nominal(index, candidate, person):
        named = True  # "a resident of Mandalay ... he said"
        entity = (titled_earlier(index, candidate)  # "The president said"
                  or continuing_person(index, candidate) or entity)
    return (entity, number) if named and agrees(index, pronoun, entity) else None


def _document_issuer(index: DocIndex, document: Token) -> tuple[Entity, int | None] | None:
    """Return who issued a document a pronoun names again: "a statement from X ... it said"."""
    author = document_author(document)
    if author is not None and (body := issuing_body(index, document, author)) is not None:
        return body, None  # "A Dutch navy statement said ... It said": the Dutch navy
    number = index.entity_of(author) if author is not None else None
    if number is None or index.entities[number].kind not in _GROUPS | _PERSONS:
        return None
    return index.entities[number], number


#: Possessive pronouns by which a group is named as a person's own ("his party").
_OWNING = frozenset({"his", "her", "their"})


def _own_group(index: DocIndex, candidate: Token, number: int | None) -> Entity | None:
    """Return the group a person is coordinated with as its member: "X and his coalition".

    "the coach and his squad" followed by "they": the group the person belongs to is what
    "they" names (the person is one of them). A common noun whose
    own possessive pronoun refers back to the person; its name leaves out that pronoun.
    """
    if number is None or index.entities[number].kind != "PERSON":
        return None
    for conj in candidate.children:
        if conj.dep_ != "conj" or conj.pos_ != "NOUN" or conj.tag_ != "NN":
            continue
        if not any(c.dep_ == "poss" and c.lower_ in _OWNING for c in conj.children):
            continue
        group = nominal(index, conj)
        words = group.raw_text.split()
        if words and words[0].lower() in _OWNING:
            first = index.doc[conj.left_edge.i + 1]
            group = group.model_copy(update={"entity_name": " ".join(words[1:]),
                                             "raw_text": " ".join(words[1:]),
                                             "start": first.idx})
        return group
    return None


def _coordinated_persons(index: DocIndex, candidate: Token, number: int | None) -> Entity | None:
    """Return a COMPOUND entity for a subject that coordinates persons ("X and Y said").

    Groups coordinate too: "The United Nations and aid agencies are ... they report" gives
    both (an organisation, a state or a described group with a person or another group).
    """
    if number is None or index.entities[number].kind not in _PERSONS | _GROUPS:
        return None
    kinds = _PERSONS | _GROUPS
    others = [index.entity_of(c) for c in candidate.children if c.dep_ == "conj"]
    people = [index.entities[n] for n in others
              if n is not None and index.entities[n].kind in kinds and n != number]
    if not people:
        return None
    first = index.entities[number]
    members = tuple(e.entity_name for e in (first, *people))
    codes = {e.country_code for e in (first, *people)}
    same = len(codes) == 1
    return first.model_copy(update={
        "kind": "COMPOUND", "members": members, "entity_name": " and ".join(members),
        "country_code": first.country_code if same else None,
        "country_name": first.country_name if same else None, "role": None,
        "organization": None, "coref_of": None})



def _plausible_nominal(index: DocIndex, token: Token, person: bool) -> bool:
    """Return True when an unnamed subject can be a pronoun's antecedent.

    For he/she: a name the model missed, or a singular noun for a person that speaks
    ("the spokesman said"), never a plural ("officials") nor an organisation word
    ("the group", "the ministry"). For it/they: any noun.
    """
    if token.pos_ == "PROPN":  # a name the model missed, but no place it tagged ("Mombasa")
        return not person or not _named_place(index, token)
    if token.pos_ != "NOUN":
        return False
    if not person:
        return True
    lemma = token.lemma_.lower()
    speaks = token.head.lemma_ in REPORT_VERBS and not any(
        c.dep_ == "neg" for c in token.head.children)  # "their return wouldn't signal"
    return (
        (speaks or person_noun(token))
        and token.tag_ == "NN"
        and lemma not in ORG_WORDS
        and lemma not in COLLECTIVE
        and lemma not in DOCUMENT_NOUNS
        and lemma not in NON_PERSON_NOUNS
    )


def _named_place(index: DocIndex, token: Token) -> bool:
    """Return True for a word the story named as a place before, though untagged here.

    "... in Mombasa. Mombasa was quiet by morning. She says ...": the second "Mombasa" went
    untagged, but an earlier mention of the same word is a place; it is no person a he/she
    stands for. (A recognizer's place label alone is not enough: it tags unknown names too.)
    """
    return any((e.is_place or e.kind in _PLACE_TYPES) and e.raw_text == token.text
               and e.start < token.idx for e in index.entities)


def _fits(entity: Entity, person: bool) -> bool:
    if entity.is_place:
        return False
    return entity.kind in _PERSONS if person else entity.kind in _GROUPS
