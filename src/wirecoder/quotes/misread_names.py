"""Names the recognizer mislabelled: a person's name tagged as a group or a place.

The pronoun resolver (:mod:`.antecedents`) asks whether a mention it would refuse for he/she
(an ORG, GPE or NORP) is a person's name after all ("Alasow said", "Zamora, 67, attended",
"Lina Okafor, who heads ..."), and whether a capitalized word ends a group's name.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from ..models import Entity
from ..vocabulary import FEMALE_NAMES, MALE_NAMES, ORG_WORDS, PERSON_ROLE_NOUNS
from .index import DocIndex
from .lexicon import PERSON_NOUNS, REPORT_VERBS
from .naming import full_name_before
from .stand_ins import PERSON_SUFFIXES

__all__ = ["described_as_person", "group_name", "misread_name", "split_person"]


def misread_name(index: DocIndex, token: Token, number: int) -> bool:
    """Return True for a speaking surname the model took for a place or an organisation.

    "Alasow said", "Ford said": a one-word proper name the knowledge base does not know,
    subject of a reporting verb, is a person even when the NER labelled it ORG or GPE.
    """
    entity = index.entities[number]
    doc = index.doc
    if token.pos_ == "PROPN" and len(entity.raw_text.split()) == 1 and token.i + 3 < len(doc) and (
            doc[token.i + 1].text == "," and doc[token.i + 2].like_num
            and doc[token.i + 3].text == ","):
        return True  # "Zamora, 67, attended": a name with an age is a person's
    if described_as_person(index, entity):
        return True  # "Lina Okafor, 29, works ...", "Lina Okafor, who heads ..."
    if token.pos_ != "PROPN" or token.head.lemma_ not in REPORT_VERBS:
        return False
    words = entity.raw_text.split()
    if entity.kind == "ORG" and len(words) > 1 and words[-2].lower() in MALE_NAMES | FEMALE_NAMES:
        return True  # "Marina Tavares said", tagged ORG: a given name before the surname
    if len(words) == 1 and full_name_before(index, words[0], entity.start) is not None:
        return True  # "Michael Bloomberg announced ... Bloomberg said", both tagged ORG
    return entity.resolved_by in ("ner", "gazetteer", "context") and len(words) == 1


#: An age written before a name: "27-year-old", "63-year-old".
_AGE = re.compile(r"\d{1,3}-year-old")


def described_as_person(index: DocIndex, entity: Entity) -> bool:
    """Return True for a name the model tagged as a group or place that a person's words follow.

    Two or three capitalized words, none of them an organisation word, followed by an age or
    a "who" clause ("Lina Okafor, 29, works ...", "Lina Okafor, who heads ..."), or preceded
    by an age inside the mention ("27-year-old Lina Okafor").
    """
    words = entity.raw_text.split()
    if entity.kind not in ("ORG", "GPE", "NORP"):
        return False
    if words and _AGE.fullmatch(words[0]):
        return 2 <= len(words) <= 4 and all(w[:1].isupper() for w in words[1:])  # "27-year-old X Y"
    if not 2 <= len(words) <= 3:
        return False
    if not all(w[:1].isupper() and w.isalpha() for w in words) or any(
            w.lower() in ORG_WORDS for w in words):
        return False
    doc = index.doc
    after = index.token_at(entity.end - 1) + 1
    if _is_a_person(doc, after):
        return True  # "Querida Anselm is the chair of ...": a copula and a person's role
    if after + 1 >= len(doc) or doc[after].text != ",":
        return False
    nxt = doc[after + 1]
    return nxt.lower_ == "who" or (nxt.like_num and after + 2 < len(doc)
                                   and doc[after + 2].text == ",")


def _is_a_person(doc: Doc, after: int) -> bool:
    """Return True when the words at ``after`` say "is the spokesman", "was a farmer".

    A copula right after a name whose complement (its ``attr``) is a singular noun for a
    person: the name is a person's, whatever the recognizer tagged it.
    """
    if after >= len(doc) or doc[after].lemma_ != "be" or doc[after].pos_ not in ("AUX", "VERB"):
        return False
    for attr in doc[after].children:
        if attr.dep_ == "attr" and attr.i > after and attr.tag_ == "NN":
            word = attr.lower_
            return word in PERSON_ROLE_NOUNS or word in PERSON_NOUNS or (
                word.endswith(PERSON_SUFFIXES) and len(word) > 5)
    return False


def group_name(index: DocIndex, token: Token) -> bool:
    """Return True for a capitalized word ending a group's name ("News" of "Tarvo News").

    The recognizer tagged only the first words ("Tarvo") as the organisation; the rest of its
    name is no person a he/she can stand for.
    """
    return token.pos_ == "PROPN" and any(
        c.dep_ == "compound" and (number := index.entity_of(c)) is not None
        and index.entities[number].kind in ("ORG", "GPE", "NORP") for c in token.children)


def split_person(index: DocIndex, token: Token) -> Entity | None:
    """Return the person whose name the entities stage cut down to a place at its last word.

    "Amina Yusuf Kismayo owns a shop": the parser's recognizer reads the three words as a
    person, the entities stage keeps only "Kismayo", a town. The person is the recognizer's
    span of two to four words that ends at the place; a later bare "Kismayo" that is that
    place again ("Kismayo says ...") is the same person when the story gave such a name
    before.
    """
    place = _one_word_place(index, token)
    if place is None:
        return None
    span = _person_span(token)
    if span is not None:  # "Amina Yusuf Kismayo owns ...": the whole name
        return _as_person(place, span.text, span.text, span.start_char)
    earlier = next((s for s in token.doc.ents
                    if s.end <= token.i and s[-1].text == token.text and _person_span(s[-1])
                    and _one_word_place(index, s[-1]) is not None), None)
    if earlier is None:
        return None
    return _as_person(place, token.text, earlier.text, place.start)  # "Kismayo says": she again


def _one_word_place(index: DocIndex, token: Token) -> Entity | None:
    """Return the one-word place mention at ``token``, else None."""
    number = index.entity_of(token)
    entity = index.entities[number] if number is not None else None
    if entity is None or not (entity.is_place or entity.kind in ("GPE", "LOC")):
        return None
    return entity if len(entity.raw_text.split()) == 1 else None


def _as_person(place: Entity, raw: str, name: str, start: int) -> Entity:
    """Return the place mention made a person named ``name`` on the words ``raw``."""
    return place.model_copy(update={
        "raw_text": raw, "entity_name": name, "kind": "PERSON", "is_place": False,
        "country_code": None, "country_name": None, "sector_code": None, "start": start})


def _person_span(token: Token) -> Span | None:
    """Return the recognizer's PERSON span of two to four words that ends at ``token``."""
    if token.ent_type_ != "PERSON":
        return None
    span = next((s for s in token.doc.ents if s.start <= token.i < s.end), None)
    if span is None or span.end != token.i + 1 or not 2 <= len(span) <= 4:
        return None
    return span if all(t.text[:1].isupper() for t in span) else None
