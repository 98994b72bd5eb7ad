"""Entities built or re-anchored at a speaker's token.

A mention named again by a later word (:func:`at_token`), a NOMINAL entity built from an unnamed
noun phrase (:func:`nominal`), the organisation a generic noun names again (:func:`known_nominal`)
and the person a bare surname names in full (:func:`surname_person`). Shared by the speaker
finder (:mod:`.speakers`) and the pronoun resolver (:mod:`.antecedents`).
"""

from __future__ import annotations

import bisect
from typing import Any

from spacy.tokens import Token

from ..models import Entity
from ..vocabulary import COLLECTIVE, ORG_WORDS, PERSON_ROLE_NOUNS
from .descriptions import fits_qualifiers, leader_of, of_country, only_titled, title_words
from .index import DocIndex, referent
from .lexicon import (
    OUTLET_NOUNS,
    PUBLISHED_NOUNS,
    REPORT_VERBS,
    ROYAL_TITLES,
    RULER_NOUNS,
    words,
)
from .naming import full_name_before
from .ranks import earlier_person, is_rank_phrase
from .regions import REGION_ADJECTIVES, region_countries

__all__ = ["at_token", "continuing_person", "document_author", "issuing_body", "known_nominal",
           "names_person", "nominal", "outlet_title",
           "proper_nominal",
           "surname_person", "titled_earlier", "unnamed"]

_DETERMINERS = words("the a an this that these those")


def unnamed(entity: Entity | None) -> bool:
    """Return True when ``entity`` gives no reliable person's name.

    None, a title or a group, a bare rank ("Army Sgt"), or a name found in a script in
    capitals (the model's tags are noise there: "COMMANDER OF THE DIVISION" as a person).
    """
    if entity is None or entity.kind in ("NOMINAL", "ORG"):
        return True
    raw = entity.raw_text or ""
    return entity.kind == "PERSON" and (is_rank_phrase(entity.entity_name or "")
                                        or (raw.isupper() and len(raw) > 3))


def surname_person(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Return the person named in full before, for a bare surname ("Ruiz said").

    Also for a surname the model tagged as a group, place or nationality when a known
    given name stood before it earlier ("Oskar Dane ... said Dane"), and for a given name
    so tagged that opens the one full name given before ("Georgia Lund ... Georgia said").
    """
    if entity is None or " " in entity.raw_text or not entity.raw_text.istitle():
        return None
    token = index.doc[index.token_at(entity.start)]
    earlier = earlier_person(index, entity.raw_text, entity.start)
    if earlier is not None:
        return at_token(index, earlier, token)
    full = full_name_before(index, entity.raw_text, entity.start)
    if full is None:
        given = _given_name_person(index, entity)
        return at_token(index, given, token) if given is not None else None
    return at_token(index, entity, token, kind="PERSON", entity_name=full, country_code=None,
                     country_name=None)


def _given_name_person(index: DocIndex, entity: Entity) -> Entity | None:
    """Return the one person named in full before whose given name a mistagged word is.

    "Georgia Lund was elected ... Georgia told the council": a given name that is also a
    country's or a place's ("Jordan", "Georgia", "Chad", "Israel"), used alone for a person
    named in full earlier, is tagged as the place; it names that person when exactly one
    person named before starts with it.
    """
    if entity.kind not in ("GPE", "NORP", "ORG") or " " in entity.raw_text:
        return None
    word = entity.raw_text
    found = {other.entity_name: other for other in index.entities
             if other.kind == "PERSON" and other.start < entity.start
             and len((other.entity_name or "").split()) > 1
             and (other.entity_name or "").split()[0] == word}
    return next(iter(found.values())) if len(found) == 1 else None


def known_nominal(index: DocIndex, token: Token) -> Entity | None:
    """Return an earlier ORG mention the noun names again ('the ministry' -> Foreign Ministry)."""
    if token.pos_ != "NOUN":
        return None
    entity = _last_org_ending(index, token.lower_, token.idx)
    if entity is not None:
        return at_token(index, entity, token)
    return _generic_org(index, token)


def _last_org_ending(index: DocIndex, word: str, before: int) -> Entity | None:
    """Return the last ORG mention starting before ``before`` whose last word is ``word``.

    The ORG mentions are grouped by last word once per index (a lookup, not a search back
    through every mention of the story).
    """
    memo: dict[str, tuple[list[int], list[Entity]]] | None = index.__dict__.get(
        "_orgs_by_last_word")
    if memo is None:
        memo = {}
        for entity in index.entities:
            if entity.kind == "ORG":
                starts, found = memo.setdefault(entity.raw_text.lower().rsplit(" ", 1)[-1],
                                                ([], []))
                starts.append(entity.start)
                found.append(entity)
        index.__dict__["_orgs_by_last_word"] = memo
    starts, found = memo.get(word, ([], []))
    if index.entity_starts is not None:
        k = bisect.bisect_left(starts, before)
        return found[k - 1] if k else None
    return next((e for e in reversed(found) if e.start < before), None)


#: Head nouns that name again the organisation just named ("Lakeview Mining ... the company").
_GENERIC_ORG_NOUNS = frozenset({"company", "firm", "group", "agency", "organization",
                                "organisation", "bank", "carrier", "airline", "insurer",
                                "lender", "retailer", "automaker", "manufacturer", "utility"})


def _generic_org(index: DocIndex, token: Token) -> Entity | None:
    """Return the organisation "the company" names again: the nearest earlier ORG mention.

    Only for a definite generic head noun without its own name ("the company", "the
    firm"), within the two sentences before, outside quotations.
    """
    if token.lower_ not in _GENERIC_ORG_NOUNS or token.tag_ != "NN" or not any(
            c.lower_ in ("the", "this") and c.dep_ == "det" for c in token.children):
        return None
    if any(c.dep_ == "compound" or c.pos_ == "PROPN" for c in token.children):
        return None  # "the mining company X", "the Lakeview group": a name of its own
    low = index.sent_tokens[max(0, index.sentence_of(token.i) - 2)][0]
    floor = index.doc[low].idx
    for number in range(index.before(token.idx) - 1, -1, -1):
        entity = index.entities[number]
        if entity.start < floor:
            break
        if entity.start >= token.idx:
            continue
        if entity.kind == "ORG" and not index.quoted(index.doc[index.token_at(entity.start)]):
            return at_token(index, entity, token, coref_of=number)
    return None


def at_token(index: DocIndex, entity: Entity, token: Token, **changes: Any) -> Entity:
    """Return ``entity`` re-anchored on ``token`` as a coreference, with ``changes`` applied.

    Args:
        index: The document's index (gives the token's sentence).
        entity: The entity the token refers to.
        token: The token that names it again (a noun or a pronoun).
        **changes: Further fields to set, e.g. ``kind`` and ``coref_of``.

    Returns:
        A copy of ``entity`` with the token's text, offsets and sentence,
        ``resolved_by="coref"`` and ``changes``.
    """
    update = {
        "raw_text": token.text,
        "start": token.idx,
        "end": token.idx + len(token),
        "sentence": index.sentence_of(token.i),
        "resolved_by": "coref",
        **changes,
    }
    return entity.model_copy(update=update)


#: Nouns of number that head a group: "Hundreds of nurses", "dozens of farmers".
_MULTITUDES = frozenset({"hundred", "thousand", "dozen", "million", "score", "ten"})


def multitude_group(token: Token) -> Token | None:
    """Return the group a noun of number counts ("Hundreds of nurses" -> nurses), else None."""
    if token.lemma_.lower() not in _MULTITUDES or token.tag_ != "NNS":
        return None
    prep = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    group = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep else None
    return group if group is not None and group.pos_ == "NOUN" else None


def nominal(index: DocIndex, token: Token) -> Entity:
    """Build a NOMINAL entity from the noun phrase headed by ``token``."""
    doc = index.doc
    first = token.left_edge.i
    while first < token.i and (doc[first].is_punct or index.quoted(doc[first])):
        first += 1
    span = doc[first : token.i + 1]
    words = span.text.split()
    name = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in _DETERMINERS else span.text
    title = outlet_title(token)
    if title:
        name = title  # "the Kestrel weekly" -> "Kestrel"
    inner = [index.entities[n] for n in {index.entity_of(t) for t in span} if n is not None]
    coded = next((e for e in inner if e.country_code), None)
    org = next((e for e in inner if e.kind == "ORG"), None)
    return Entity(
        raw_text=span.text,
        entity_name=name,
        kind="NOMINAL",
        start=span.start_char,
        end=span.end_char,
        sentence=index.sentence_of(token.i),
        resolved_by="pattern",
        country_code=coded.country_code if coded else None,
        country_name=coded.country_name if coded else None,
        sector_code=coded.sector_code if coded else None,
        organization=org.entity_name if org else None,
    )


def issuing_body(index: DocIndex, document: Token, author: Token) -> Entity | None:
    """Return the body a common noun before a document names: "a Dutch navy statement".

    The issuer is the document's modifiers up to that noun ("Dutch navy", not "navy" nor
    the country "Dutch" stands for), as the guideline names a statement's issuer; None
    when ``author`` is no common noun compounded on ``document``.
    """
    if author.pos_ != "NOUN" or author.dep_ != "compound" or author.head.i != document.i:
        return None
    doc = index.doc
    first = author.i  # back over the body's own modifiers: not "40-page", "leaked"
    while first > document.left_edge.i and _names_body(doc[first - 1], first, document.i):
        first -= 1
    body = nominal(index, author)
    span = doc[first : author.i + 1]
    inner = [index.entities[n] for n in {index.entity_of(t) for t in span} if n is not None]
    coded = next((e for e in inner if e.country_code), None)
    update: dict[str, Any] = {"raw_text": span.text, "entity_name": span.text,
                              "start": span.start_char}
    if coded is not None and not body.country_code:
        update.update(country_code=coded.country_code, country_name=coded.country_name)
    return body.model_copy(update=update)


#: Entity types of a word that may open a body's name ("Dutch navy", "Kessa port authority").
_BODY_NAME_TYPES = frozenset({"NORP", "GPE", "ORG", "FAC", "LOC"})


def _names_body(token: Token, first: int, last: int) -> bool:
    """Return True for a modifier that is part of a body's name.

    A nationality, a name or a noun ("Dutch navy", "fisheries ministry") hanging on a token
    from ``first`` to ``last``; not a measure ("40-page") nor a participle ("leaked").
    """
    if token.dep_ not in ("compound", "amod", "nmod") or not first <= token.head.i <= last:
        return False
    if token.ent_type_ in _BODY_NAME_TYPES:
        return True
    hyphenated = token.i > 0 and token.doc[token.i - 1].text == "-"
    return token.pos_ in ("NOUN", "PROPN") and not token.ent_type_ and not hyphenated


def outlet_title(token: Token) -> str | None:
    """Return the name of an outlet written before its kind: 'the Kestrel weekly' -> 'Kestrel'.

    None unless ``token`` is an outlet noun (:data:`OUTLET_NOUNS`) with proper nouns
    compounded on it.
    """
    news = any(c.lower_ == "news" and c.dep_ == "compound" for c in token.children)
    if token.lemma_.lower() not in OUTLET_NOUNS and not (news and token.lower_ == "agency"):
        return None  # "the Reuters news agency" is an outlet, "the United Nations agency" not
    names = [c for c in token.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
    if not names:
        return None
    return token.doc[names[0].left_edge.i : names[-1].i + 1].text


def document_author(token: Token) -> Token | None:
    """Return who issued a document noun: 'a statement from X', "X's statement".

    Also the agent of a participle on the noun: 'a readout released by X', and the outlet
    that printed a piece: 'a commentary in X', 'an editorial in the paper'.
    """
    printed = token.lemma_.lower() in PUBLISHED_NOUNS
    for child in token.children:
        if printed and child.dep_ == "prep" and child.lower_ == "in":
            outlet = next((c for c in child.children if c.dep_ == "pobj"), None)
            if outlet is not None and _is_outlet(outlet):
                return _earlier_outlet(outlet) or outlet
        if child.ent_type_ in ("DATE", "TIME"):
            continue  # "Tuesday's statement": a date issues nothing
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "compound" and child.pos_ == "NOUN" and child.lemma_.lower() in (
                _BODY_NOUNS):
            return child  # "a Dutch navy statement": the navy
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
        if child.dep_ == "acl" and child.tag_ == "VBN":
            agent = next((c for c in child.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent else None
            if pobj is not None:
                return pobj
    return None


#: Common nouns for a body that issues documents ("an army statement", "a police report").
_BODY_NOUNS = frozenset(ORG_WORDS) | COLLECTIVE

#: Entity types of a place or time: "a report in Geneva", "an article in March" name no outlet.
_NOT_OUTLETS = frozenset({"GPE", "LOC", "FAC", "DATE", "TIME", "EVENT", "NORP"})


def _is_outlet(token: Token) -> bool:
    """Return True for a word that can name a publication: a name, or 'the paper'."""
    if token.lemma_.lower() in OUTLET_NOUNS:
        return True
    return token.pos_ == "PROPN" and token.ent_type_ not in _NOT_OUTLETS


def _earlier_outlet(token: Token) -> Token | None:
    """Return the named outlet 'the paper' stands for: 'the Gazette newspaper', two sentences back.

    The name is the proper noun compounded with an outlet noun ("the Courier newspaper");
    None when ``token`` is a name itself or no such outlet is named before it.
    """
    if token.lemma_.lower() not in OUTLET_NOUNS:
        return None
    first = token.sent.start
    for _ in range(2):
        if first > 0:
            first = token.doc[first - 1].sent.start
    for word in reversed(token.doc[first : token.i]):
        if word.lemma_.lower() not in OUTLET_NOUNS:
            continue
        names = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if names:
            return names[-1]
    return None


def names_person(index: DocIndex, entity: Entity) -> bool:
    """Return True for a description the entities stage resolved to a person's name.

    "Trade Minister Nils Aro opened the fair ... Visitors met the Veridian Trade Minister at
    noon, and he told them ...": the guideline names the pronoun's speaker by the person's
    fullest name, not by the description that stood between (nor by its capitalized words).
    """
    number = entity.coref_of
    if number is None or not 0 <= number < len(index.entities):
        return False
    person = index.entities[number]
    return person.kind == "PERSON" and person.entity_name == entity.entity_name


def proper_nominal(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Return ``entity`` named by its own words when it is a capitalized phrase.

    "The Kurdish-led Autonomous Administration" is a name the recognizer missed: a NOMINAL
    speaker (or a pronoun resolved to one) whose words after the determiner are all
    capitalized, two or more, keeps those words as its name instead of a normalized head.
    """
    if entity is None:
        return None
    source = referent(index, entity)
    if source.kind != "NOMINAL" or names_person(index, source):
        return entity  # "the Veridian Trade Minister" resolved to the minister's name
    names = source.raw_text.split()
    if names and names[0].lower() in _DETERMINERS:
        names = names[1:]
    if len(names) < 2 or not all(w[:1].isupper() for w in names):
        return entity
    phrase = " ".join(names)
    return entity if entity.entity_name == phrase else entity.model_copy(
        update={"entity_name": phrase})


#: Sentences searched back for the person a definite title names again ("the president").
TITLE_WINDOW = 5


def titled_earlier(index: DocIndex, token: Token) -> Entity | None:
    """Return the person a definite title names again: "President X said ... The president says".

    The title word must stand in the person's earlier mention or right before it ("U.S.
    President Donald Trump", "Foreign Minister Y"), within :data:`TITLE_WINDOW` sentences,
    outside quotations; the nearest such person is taken.
    """
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ not in ("NN", "NNP"):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    word = token.lower_
    low = index.sent_tokens[max(0, index.sentence_of(token.i) - TITLE_WINDOW)][0]
    floor = index.doc[low].idx
    for number in range(index.before(token.idx) - 1, -1, -1):
        entity = index.entities[number]
        if entity.start >= token.idx or entity.kind != "PERSON":
            continue
        if entity.start < floor:
            break
        before = index.text[max(0, entity.start - 40) : entity.start].split()[-3:]
        titles = [w.lower().strip(".,") for w in (*before, *entity.raw_text.split())]
        if word in titles and not index.quoted(index.doc[index.token_at(entity.start)]) and (
                fits_qualifiers(index, number, token)):  # "the army spokesman": not the
            return at_token(index, entity, token, coref_of=number)  # ministry's spokesman
    head = leader_of(index, token, floor)  # "the Veridian leader": its president, named before
    if head is not None:
        return at_token(index, index.entities[head], token, coref_of=head)
    only = only_titled(index, token, floor)  # the story's one senator, titled long before
    return at_token(index, index.entities[only], token, coref_of=only) if only is not None else None


#: Sentences searched backwards for the person a definite description continues.
CONTINUE_WINDOW = 2


def continuing_person(index: DocIndex, token: Token) -> Entity | None:
    """Return the one person the sentences before name, whom a definite role names again.

    "Harbor master X said ... The spokeswoman told reporters ...": a definite description
    with no person or possessor in it, and no country but the speaker's ("the spokeswoman",
    "the Commerce chief", "the U.S. leader" after an American; not "Dassel's mayor", nor "the
    Velmoran minister" after a speaker of another country), that names nobody earlier by its
    title refers to the speaker just named, when the two sentences before (and its own,
    before it) name exactly one person outside quotations as the subject of a reporting verb
    or after one ("said X", "according to X").

    Args:
        index: The quotes stage's index of the parsed document.
        token: The head noun of the description ("spokeswoman").

    Returns:
        A mention of that person at ``token`` (``coref_of`` points at the person's entity),
        or None when the description is no definite role or no single speaker precedes it.
    """
    if token.tag_ != "NN" or token.lower_ not in PERSON_ROLE_NOUNS | RULER_NOUNS:
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    if any(t.ent_type_ == "PERSON" or t.tag_ == "POS" for t in token.subtree if t.i != token.i):
        return None  # "Dassel's mayor": maybe someone else
    regions = [t for t in token.subtree if t.i != token.i and (t.lower_ in REGION_ADJECTIVES or (
        t.lower_ == "american" and t.i > 0 and t.doc[t.i - 1].lower_ == "latin"))]
    places = [t for t in token.subtree if t.i != token.i and t.ent_type_ in ("NORP", "GPE")
              and t not in regions]  # "the African leader": a region, checked below
    if any((n := index.entity_of(t)) is None or not index.entities[n].country_code
           for t in places):
        return None  # "the Velmoran minister": a country we cannot compare
    countries = {index.entities[n].country_code for t in token.subtree
                 if (n := index.entity_of(t)) is not None and index.entities[n].country_code
                 and (t.ent_type_ in ("NORP", "GPE") or index.entities[n].kind == "NOMINAL")}
    sentence = index.sentence_of(token.i)
    floor = index.doc[index.sent_tokens[max(0, sentence - CONTINUE_WINDOW)][0]].idx
    speakers = _persons_speaking(index, token, floor)
    if speakers is None:
        return None  # another speaker (an organisation, an unresolved pronoun) came between
    if len(speakers) > 1:  # two people spoke: only a country tells them apart
        speakers = of_country(speakers, countries,
                              {n: _countries_of(index, n) for n in speakers})
    if len(speakers) != 1:
        return None  # nobody spoke, or the description is ambiguous
    found = speakers[0]
    if countries and not countries <= _countries_of(index, found):
        return None  # "the Velmoran minister" after a speaker of another country
    if any(t.lower_ in REGION_ADJECTIVES and not region_countries(t.lower_) & {
            c for c in _countries_of(index, found) if c} for t in regions):
        return None  # "the Asian leader" after a Kenyan
    if token.lower_ in RULER_NOUNS and not _title_words(index, found) & ROYAL_TITLES:
        return None  # "the ruler" after "Prime Minister X"
    names = {t.lower_ for t in token.subtree if t.i != token.i and t.pos_ == "PROPN"
             and t.ent_type_ not in ("NORP", "GPE")}
    if names and not names <= _title_words(index, found):
        return None  # "the Commerce chief" only for a person called so ("Commerce Secretary X")
    return at_token(index, index.entities[found], token, coref_of=found)


def _persons_speaking(index: DocIndex, token: Token, floor: int) -> list[int] | None:
    """Return the persons who spoke between ``floor`` and a description, nearest first.

    One entity index per person (a he/she counts as its antecedent); None when another
    speaker (an organisation, an unresolved pronoun, a rank alone) came between.
    """
    speakers: list[int] = []
    for number in range(index.before(token.left_edge.idx) - 1, -1, -1):
        entity = index.entities[number]
        if entity.end > token.left_edge.idx:
            continue  # the description itself, or what follows it
        if entity.start < floor:
            break
        if index.quoted(index.doc[index.token_at(entity.start)]) or not _speaks(index, entity):
            continue
        if entity.kind == "PRONOUN" and entity.coref_of is not None:
            number, entity = entity.coref_of, index.entities[entity.coref_of]
        if entity.kind != "PERSON" or is_rank_phrase(entity.entity_name or ""):
            return None
        if not any(_same_name(index.entities[n], entity) for n in speakers):
            speakers.append(number)
    return speakers


def _title_words(index: DocIndex, number: int) -> set[str]:
    """Return the lower-cased words of every mention of a person and the words just before."""
    return title_words(index, number)


def _countries_of(index: DocIndex, number: int) -> set[str | None]:
    """Return the country codes of a person: its own and those its mention's words name."""
    entity = index.entities[number]
    first = max(0, index.token_at(entity.start) - 4)
    last = index.token_at(entity.end - 1)
    found: set[str | None] = {entity.country_code} if entity.country_code else set()
    for t in index.doc[first : last + 1]:
        other = index.entity_of(t) if t.ent_type_ in ("NORP", "GPE") else None
        if other is not None and index.entities[other].country_code:
            found.add(index.entities[other].country_code)
    return found


def _speaks(index: DocIndex, entity: Entity) -> bool:
    """Return True when a name is the subject of a reporting verb or follows one ("said X")."""
    head = index.doc[index.token_at(entity.end - 1)]
    while head.dep_ in ("compound", "flat") and head.head.i != head.i:
        head = head.head
    verb = head.head
    if verb.lower_ == "to" and verb.head.lower_ == "according":
        return True
    return verb.lemma_ in REPORT_VERBS and verb.pos_ in ("VERB", "AUX") and head.dep_ in (
        "nsubj", "dobj", "attr", "npadvmod", "appos", "nsubjpass")


def _same_name(one: Entity, other: Entity) -> bool:
    a, b = (one.entity_name or "").split(), (other.entity_name or "").split()
    return bool(a and b) and a[-1] == b[-1]
