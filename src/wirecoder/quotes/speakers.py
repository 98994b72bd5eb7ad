"""Speakers: from a cue to the :class:`~wirecoder.models.Entity` that spoke.

The speaker is the subject of the cue verb (or the object of "according to"), mapped
to the actors stage's entity covering it. Pronouns take the actors stage's PRONOUN
mention when there is one, else the most recent plausible antecedent; common-noun
speakers ("the spokesperson") become NOMINAL entities built from the noun phrase.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.tokens import Token

from ..models import Entity
from ..pronouns import SUBJECTS, Candidate, pronoun_class, resolve
from ..vocabulary import COLLECTIVE, FEMALE_NAMES, MALE_NAMES, ORG_WORDS
from .cues import Cue, reporting_participle_owner
from .gender import agrees, plural_noun, pronoun_gender
from .index import DocIndex
from .lexicon import (
    DOCUMENT_NOUNS,
    NON_PERSON_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORT_VERBS,
    THING_PRONOUNS,
    words,
)
from .naming import (
    full_name_before,
    given_named,
    mistagged_surname,
    named_apposition,
    past_dateline,
    titled_person,
)
from .ranks import (
    earlier_person,
    is_rank_phrase,
    phrase_after,
    phrase_before,
    phrases_before,
    ranked_person,
)

__all__ = ["ranked_speaker", "speaker_for_token", "speaker_of"]

#: Sentences searched backwards for the antecedent of a pronoun speaker.
PRONOUN_WINDOW = 4

_SUBJECTS = SUBJECTS
_INHERIT = frozenset({"conj", "advcl", "xcomp", "pcomp", "dep"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_PERSONS = frozenset({"PERSON"})
_GROUPS = frozenset({"ORG", "GPE", "NORP", "NOMINAL"})
#: Endings of agent nouns for people: leader, commander, officer, spokesman, chairwoman.
_PERSON_SUFFIXES = ("leader", "commander", "officer", "man", "woman", "person", "ist", "ian",
                    "sergeant", "soldier", "director", "minister", "chief")
_DETERMINERS = words("the a an this that these those")
_CUE_TAILS = words("in aloud back")
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
    if token is not None:
        token = named_apposition(index, past_dateline(index, token))
    entity = entity_for(index, token) if token is not None else None
    if _unnamed(entity) or mistagged_surname(entity):
        entity = (ranked_speaker(index, cue.token, token) or _surname(index, entity)
                  or given_named(entity) or entity)
    if entity is None:
        return None
    return _with_appositive(index, _apposed_person(index, entity) or entity)


def _unnamed(entity: Entity | None) -> bool:
    """Return True when ``entity`` gives no reliable person's name.

    None, a title or a group, a bare rank ("Army Sgt"), or a name found in a script in
    capitals (the model's tags are noise there: "COMMANDER OF THE DIVISION" as a person).
    """
    if entity is None or entity.kind in ("NOMINAL", "ORG"):
        return True
    raw = entity.raw_text or ""
    return entity.kind == "PERSON" and (is_rank_phrase(entity.entity_name or "")
                                        or (raw.isupper() and len(raw) > 3))


def _surname(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Return the person named in full before, for a bare surname ("Ruiz said").

    Also for a surname the model tagged as a group, place or nationality when a known
    given name stood before it earlier ("Oskar Dane ... said Dane").
    """
    if entity is None or " " in entity.raw_text or not entity.raw_text.istitle():
        return None
    token = index.doc[index.token_at(entity.start)]
    earlier = earlier_person(index, entity.raw_text, entity.start)
    if earlier is not None:
        return _at_token(index, earlier, token)
    full = full_name_before(index, entity.raw_text, entity.start)
    if full is None:
        return None
    return _at_token(index, entity, token, kind="PERSON", entity_name=full, country_code=None,
                     country_name=None)


def ranked_speaker(index: DocIndex, verb: Token, subject: Token | None) -> Entity | None:
    """Return the person a rank-and-name phrase next to ``verb`` names (see :mod:`.ranks`)."""
    if verb.lower_ == "according":
        return None
    if subject is None or subject.i < verb.i:
        for phrase in phrases_before(index, verb):
            found = ranked_person(index, phrase, before=True)
            if found is not None:
                return found
    if subject is None or subject.i > verb.i:
        return ranked_person(index, phrase_after(index, verb), before=False)
    return None


def speaker_for_token(index: DocIndex, token: Token) -> Entity | None:
    """Return the speaker a word names (a name, a description, a message's author)."""
    entity = entity_for(index, token)
    return _with_appositive(index, _apposed_person(index, entity) or entity)


def subject_of(index: DocIndex, verb: Token, depth: int = 0) -> Token | None:
    """Return the token naming who speaks through ``verb``."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    for child in verb.children:
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i == child.sent.start:
            continue  # "Speaking in Geneva, X called ...": an opening participle, no subject
        if child.dep_ in _SUBJECTS and not index.quoted(child):
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return child
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    inverted = _after_verb(index, verb)
    if inverted is not None:
        return inverted
    if verb.pos_ == "NOUN":  # "the notice read": the tagger made a compound of it
        noun = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1),
                    None)
        if noun is not None and noun.pos_ in _NOUN_POS:
            return noun
    if verb.dep_ == "acl" and verb.head.pos_ in _NOUN_POS:
        return verb.head
    outer = reporting_participle_owner(verb)
    if outer is not None and depth < 3:  # "X says Y will ..., saying Z": X says Z
        return subject_of(index, outer, depth + 1)
    if verb.dep_ in _INHERIT and verb.head.i != verb.i and depth < 3:
        inherited = subject_of(index, verb.head, depth + 1)
        if inherited is not None:
            return inherited
    return _before_verb(index, verb) or _clause_subject(index, verb)


def _after_verb(index: DocIndex, verb: Token) -> Token | None:
    """Return the speaker of an inverted cue (', said Neo Wang'), if the verb follows a quote."""
    doc = index.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or verb.tag_ == "VBG" or not (
        index.quoted(before) or before.is_quote or (
            before.text == "," and not any(c.dep_ in ("ccomp", "dobj", "oprd") and c.i > verb.i
                                           for c in verb.children))
    ):
        return None  # a cue after a quotation or a comma: ", said X"
    last = None
    first = verb.i + 1
    if first < len(doc) and doc[first].lower_ in _CUE_TAILS:
        first += 1  # "chimed in Senator X", "wondered aloud one trader"
    for token in doc[first : min(len(doc), first + 5)]:
        if token.pos_ in _NOUN_POS or index.entity_of(token) is not None:
            last = token
        elif last is not None or not (token.pos_ in ("DET", "ADJ") or token.lower_ == "one"):
            break
    return last


def _before_verb(index: DocIndex, verb: Token) -> Token | None:
    """Return a name standing right before the verb, when the parse gave no subject.

    A comma-delimited phrase between the name and the verb is skipped ("X, flanked by
    the heads of the armed forces, announced").
    """
    doc = index.doc
    named = _before_parenthetical(index, verb)
    if named is not None:
        return named
    for token in reversed(doc[max(0, verb.i - 3) : verb.i]):
        if index.quoted(token):
            return None
        if index.entity_of(token) is not None or token.lower_ in PERSON_PRONOUNS:
            return token
    return None


def _before_parenthetical(index: DocIndex, verb: Token) -> Token | None:
    """Return the name before a ", ... ," phrase that ends right before ``verb``."""
    doc = index.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for j in range(verb.i - 2, max(0, verb.i - 20), -1):
        if index.quoted(doc[j]):
            return None
        if doc[j].text == ",":
            number = index.entity_of(doc[j - 1]) if j > 0 else None
            if number is not None and index.entities[number].kind in ("PERSON", "ORG"):
                return doc[j - 1]
            return None
    return None


def _clause_subject(index: DocIndex, verb: Token) -> Token | None:
    """Return the nearest earlier subject of the sentence for a participle ('..., adding')."""
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    low = index.sent_tokens[index.sentence_of(verb.i)][0]
    for token in reversed(index.doc[low : verb.i]):
        if token.dep_ in _SUBJECTS and not index.quoted(token):
            return token
    return None


def entity_for(index: DocIndex, token: Token) -> Entity | None:
    """Return the entity a speaker token stands for (pronouns and nominals included)."""
    number = index.entity_of(token)
    if token.pos_ == "PRON" or token.lower_ in PERSON_PRONOUNS | THING_PRONOUNS:
        resolved = _pronoun(index, token)  # the careful resolver first, then the actors stage's
        if resolved is not None or number is None:
            return resolved
        if not _actors_answer_agrees(index, token, index.entities[number]):
            return None
    if number is not None:
        entity = index.entities[number]
        if entity.kind != "PRONOUN" or entity.coref_of is not None:
            return entity
    if token.lemma_.lower() in DOCUMENT_NOUNS:
        author = _author(token)
        if author is not None:
            return entity_for(index, author)
        issuer = _issuer(index, token)
        if issuer is not None:
            return issuer
    for child in token.children:
        position = index.entity_of(child) if child.dep_ == "appos" else None
        if position is not None:
            return index.entities[position]
    if token.pos_ not in _NOUN_POS:
        return None
    return _known_nominal(index, token) or _nominal(index, token)


def _actors_answer_agrees(index: DocIndex, token: Token, mention: Entity) -> bool:
    """Return False when the actors stage resolved a pronoun to a person of the other gender."""
    if mention.kind != "PRONOUN" or mention.coref_of is None:
        return True
    return agrees(index, token, index.entities[mention.coref_of])


def _author(token: Token) -> Token | None:
    """Return who issued a document noun: 'a statement from X', "X's statement"."""
    for child in token.children:
        if child.dep_ == "poss" or (child.dep_ in ("compound", "nmod") and child.pos_ == "PROPN"):
            return child
        if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    return None


def _issuer(index: DocIndex, token: Token) -> Entity | None:
    """Return who issued 'the statement' named earlier: the subject that issued it.

    Only for a definite document noun ("the statement read"): the nearest earlier
    sentence subject that is a named organisation, state or person, within two sentences.
    """
    before = index.doc[token.i - 1].lower_ if token.i > 0 else ""
    if before not in ("the", "this") and not any(c.lower_ in ("the", "this")
                                                 for c in token.children):
        return None
    sentence = index.sentence_of(token.i)
    low = index.sent_tokens[max(0, sentence - 2)][0]
    for i in range(token.i - 1, low - 1, -1):
        candidate = index.doc[i]
        if index.quoted(candidate) or candidate.dep_ not in _SUBJECTS:
            continue
        number = index.entity_of(candidate)
        if number is not None and index.entities[number].kind in ("ORG", "GPE", "PERSON"):
            return _at_token(index, index.entities[number], token,
                             coref_of=number, kind=index.entities[number].kind)
        if number is None and candidate.pos_ == "NOUN" and candidate.lemma_ not in DOCUMENT_NOUNS:
            return _known_nominal(index, candidate) or _nominal(index, candidate)
    return None


def _known_nominal(index: DocIndex, token: Token) -> Entity | None:
    """Return an earlier ORG mention the noun names again ('the ministry' -> Foreign Ministry)."""
    if token.pos_ != "NOUN":
        return None
    word = token.lower_
    for entity in reversed(index.entities):
        if entity.start >= token.idx or entity.kind != "ORG":
            continue
        if entity.raw_text.lower().rsplit(" ", 1)[-1] == word:
            return _at_token(index, entity, token)
    return _generic_org(index, token)


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
    for number in range(len(index.entities) - 1, -1, -1):
        entity = index.entities[number]
        if entity.start < floor:
            break
        if entity.start >= token.idx:
            continue
        if entity.kind == "ORG" and not index.quoted(index.doc[index.token_at(entity.start)]):
            return _at_token(index, entity, token, coref_of=number)
    return None


def _at_token(index: DocIndex, entity: Entity, token: Token, **changes: Any) -> Entity:
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


def _nominal(index: DocIndex, token: Token) -> Entity:
    """Build a NOMINAL entity from the noun phrase headed by ``token``."""
    doc = index.doc
    first = token.left_edge.i
    while first < token.i and (doc[first].is_punct or index.quoted(doc[first])):
        first += 1
    span = doc[first : token.i + 1]
    words = span.text.split()
    name = " ".join(words[1:]) if len(words) > 1 and words[0].lower() in _DETERMINERS else span.text
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


def _pronoun(index: DocIndex, token: Token, depth: int = 0) -> Entity | None:
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
    if word not in PERSON_PRONOUNS and word not in ("it", "they"):
        return None
    found = _antecedent(index, token, word in PERSON_PRONOUNS, depth)
    if found is None:
        return None
    antecedent, number = found
    return _at_token(
        index,
        antecedent,
        token,
        kind="PRONOUN",
        coref_of=number if number is not None else antecedent.coref_of,
    )


def _antecedent(
    index: DocIndex, token: Token, person: bool, depth: int
) -> tuple[Entity, int | None] | None:
    """Return the antecedent of a pronoun and its entity index, or None.

    The search is the shared resolver's (:func:`wirecoder.pronouns.resolve`: sentences
    backwards, subjects first, quoted words skipped); this stage says what a token offers:
    an entity that fits and agrees (:func:`.gender.agrees`), an unnamed noun subject, a
    ranked name, or an earlier subject pronoun of the same gender resolved in turn.
    """

    def offer(candidate: Token) -> Candidate[tuple[Entity, int | None]] | None:
        named = named_apposition(index, past_dateline(index, candidate))
        if named is not candidate:  # "the mayor of the city, X, said ... he said" -> X
            found = _fitting(index, named, token, person)
        elif candidate.dep_ in SUBJECTS:
            found = _subject_antecedent(index, candidate, token, person, depth)
        else:
            found = _fitting(index, candidate, token, person)
        return Candidate(found, wanted) if found is not None else None

    wanted = frozenset({pronoun_class(token.text) or ""})
    return resolve(token, offer, quoted=lambda i: index.in_quote[i] >= 0,
                   sentences=index.sent_tokens, sentence=index.sentence_of(token.i),
                   report_verbs=REPORT_VERBS, window=PRONOUN_WINDOW + 1)


def _fitting(
    index: DocIndex, candidate: Token, pronoun: Token, person: bool
) -> tuple[Entity, int | None] | None:
    """Return the entity at a non-subject token when it can be the pronoun's antecedent."""
    number = index.entity_of(candidate)
    if number is None:
        return None
    entity = index.entities[number]
    if person and not _fits(entity, person):
        entity = titled_person(entity) or entity  # "Colonel Ivo Brand", tagged ORG
    if _fits(entity, person) and agrees(index, pronoun, entity):
        return entity, number
    return None


def _subject_antecedent(
    index: DocIndex, candidate: Token, pronoun: Token, person: bool, depth: int
) -> tuple[Entity, int | None] | None:
    """Return the antecedent a subject token offers to ``pronoun``, if it agrees."""
    if candidate.lower_ in PERSON_PRONOUNS:
        same = pronoun_gender(candidate.text) == pronoun_gender(pronoun.text)
        if not (person and same and depth < 2):
            return None
        entity = _pronoun(index, candidate, depth + 1)
        return (entity, entity.coref_of) if entity is not None else None
    number = index.entity_of(candidate)
    if person and candidate.i < candidate.head.i and (
        number is None or _unnamed(index.entities[number])
    ):
        ranked = ranked_person(index, phrase_before(index, candidate.head), before=True)
        if ranked is not None and agrees(index, pronoun, ranked):
            return ranked, None  # "Sgt. 1st Class Rideout said ... he said"
    if number is not None:
        entity = index.entities[number]
        named = _fits(entity, person)
        if not named and person and _misread_name(index, candidate, number):
            named, entity = True, _surname(index, entity) or entity
        if person and entity.kind == "NOMINAL" and _plausible_nominal(candidate, person):
            named = True  # "a resident of Mandalay ... he said"
        return (entity, number) if named and agrees(index, pronoun, entity) else None
    if not _plausible_nominal(candidate, person):
        return None
    if pronoun.lower_ == "they" and not plural_noun(candidate) and candidate.pos_ == "NOUN":
        return None
    if pronoun.lower_ == "it" and plural_noun(candidate):
        return None
    return _nominal(index, candidate), None


def _misread_name(index: DocIndex, token: Token, number: int) -> bool:
    """Return True for a speaking surname the model took for a place or an organisation.

    "Alasow said", "Ford said": a one-word proper name the knowledge base does not know,
    subject of a reporting verb, is a person even when the NER labelled it ORG or GPE.
    """
    entity = index.entities[number]
    if token.pos_ != "PROPN" or token.head.lemma_ not in REPORT_VERBS:
        return False
    words = entity.raw_text.split()
    if entity.kind == "ORG" and len(words) > 1 and words[-2].lower() in MALE_NAMES | FEMALE_NAMES:
        return True  # "Marina Tavares said", tagged ORG: a given name before the surname
    if len(words) == 1 and full_name_before(index, words[0], entity.start) is not None:
        return True  # "Michael Bloomberg announced ... Bloomberg said", both tagged ORG
    return entity.resolved_by in ("ner", "gazetteer", "context") and len(words) == 1


def _person_noun(token: Token) -> bool:
    """Return True for a definite agent noun that names a person ("the squad leader")."""
    first = token.left_edge
    return first.lower_ in ("the", "a", "an") and token.lower_.endswith(_PERSON_SUFFIXES) and (
        len(token.lower_) > 5)


def _plausible_nominal(token: Token, person: bool) -> bool:
    """Return True when an unnamed subject can be a pronoun's antecedent.

    For he/she: a name the model missed, or a singular noun for a person that speaks
    ("the spokesman said"), never a plural ("officials") nor an organisation word
    ("the group", "the ministry"). For it/they: any noun.
    """
    if token.pos_ == "PROPN":
        return True
    if token.pos_ != "NOUN":
        return False
    if not person:
        return True
    lemma = token.lemma_.lower()
    return (
        (token.head.lemma_ in REPORT_VERBS or _person_noun(token))
        and token.tag_ == "NN"
        and lemma not in ORG_WORDS
        and lemma not in COLLECTIVE
        and lemma not in DOCUMENT_NOUNS
        and lemma not in NON_PERSON_NOUNS
    )


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
    return None


def _fits(entity: Entity, person: bool) -> bool:
    if entity.is_place:
        return False
    return entity.kind in _PERSONS if person else entity.kind in _GROUPS


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
