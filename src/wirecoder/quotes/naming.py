"""How the words before a cue name a person: datelines, appositions, mis-tagged names.

The small model often takes a dateline city for the subject ("Tehran, Iran — Iran's supreme
leader, X, said"), hangs a name on a long description ("the head of the authority for the
districts, X, told"), and tags a person whose surname is also a nation or a company as a
group ("said Dane", "Thomas Reuters announced"). These helpers give the person instead.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Entity
from ..vocabulary import FEMALE_NAMES, MALE_NAMES, ORG_WORDS, PERSON_ROLE_NOUNS
from .closing_names import closing_name
from .gender import pronoun_gender
from .given_names import MORE_FEMALE_NAMES, MORE_MALE_NAMES
from .index import DocIndex, referent
from .lexicon import (
    NON_PERSON_AGENT_NOUNS,
    NON_PERSON_NOUNS,
    PERSON_NOUNS,
    PLACE_NAME_WORDS,
    RANK_WORDS,
)
from .name_variants import PARTICLES as _PARTICLES
from .name_variants import joined_name, spelt_otherwise

__all__ = [
    "description_as_written",
    "full_name_before",
    "fuller_description",
    "fullest_name",
    "given_named",
    "mistagged_surname",
    "named_after_comma",
    "named_apposition",
    "past_dateline",
    "titled_person",
    "written_words",
]


def mistagged_surname(entity: Entity | None) -> bool:
    """Return True for a one-word name the model tagged as a group or place ("said Turk").

    :func:`_surname` then looks for the person named in full before with that surname.
    """
    return (entity is not None and entity.kind in ("NORP", "GPE", "ORG")
            and " " not in entity.raw_text and entity.raw_text.istitle())


def given_named(entity: Entity | None) -> Entity | None:
    """Return a person for an ORG mention that is a given name and a surname.

    "Collector Thomas Reuters announced": the model tagged a person whose surname is also
    a company's name as an organisation; a known given name before the last word tells.
    """
    words = entity.raw_text.split() if entity is not None else []
    if entity is None or entity.kind != "ORG" or len(words) < 2:
        return None
    if words[-2].lower() not in MALE_NAMES | FEMALE_NAMES:
        return None
    return entity.model_copy(update={"kind": "PERSON", "entity_name": " ".join(words[-2:])})


def _past_opening_participle(token: Token) -> Token | None:
    """Return the subject an opening participle phrase hid from the parser, else None.

    "Beating drums, the farmers of X, a union of ...": the parser takes the participle for an
    adjective of its object ("drums"), makes that the subject and hangs the real subject
    on it as an apposition. A subject whose phrase opens the sentence with such a
    participle gives way to its first apposition that has a determiner.
    """
    first = token.left_edge
    if token.dep_ not in ("nsubj", "nsubjpass") or first.i != token.sent.start:
        return None
    if _participle_read_as_noun(token):  # 'Singing, "Bread for all," the nurses ... marched'
        after = [*(c for c in token.subtree if c.dep_ == "appos"),  # below it, or a second
                 *(c for c in token.head.children if c.dep_ == token.dep_)]  # subject
        return next((c for c in after if c.i > token.i + 1 and c.pos_ == "NOUN"
                     and any(d.dep_ == "det" for d in c.children)), None)
    if first.tag_ != "VBG" or first.dep_ != "amod" or first.head.i != token.i:
        return None
    return next((c for c in token.children if c.dep_ == "appos" and c.i > token.i
                 and any(d.dep_ == "det" for d in c.children)), None)


def _participle_read_as_noun(token: Token) -> bool:
    """Return True for an opening "-ing" word and comma the parser took for the subject.

    'Singing, "Bread for all," the nurses marched': the participle opens the sentence, a
    comma follows it, and the parser made it a noun subject with the real subject below it.
    """
    doc = token.doc
    return (token.i == token.sent.start and token.lower_.endswith("ing") and token.is_title
            and token.i + 1 < len(doc) and doc[token.i + 1].text == ",")


def past_dateline(index: DocIndex, token: Token) -> Token:
    """Return the subject after a dateline when the parse took the dateline's place for it.

    "Tehran, Iran — Iran's supreme leader, X, said": the parser makes the dateline city the
    subject and the real subject its apposition; a token before a dash that ends a short
    run of capitalized words opening the paragraph is replaced by its first apposition after
    the dash. Answers are kept in ``index.past_dateline``: a pure function of the token.
    """
    if token.doc is not index.doc:
        return _past_dateline(index, token)
    known = index.past_dateline.get(token.i)
    if known is None:
        known = index.past_dateline[token.i] = _past_dateline(index, token).i
    return token if known == token.i else token.doc[known]  # callers compare by identity


def _past_dateline(index: DocIndex, token: Token) -> Token:
    opened = _past_opening_participle(token)
    if opened is not None:
        return opened
    dash = _dateline_dash(index, token)
    if dash is None:
        return token
    for child in token.subtree:
        if child.i > dash and child.dep_ in ("appos", "nsubj", "nsubjpass") and child.head.i < dash:
            return child
    return token


_DASHES_KEY = "wirecoder.dateline_dashes"


def _dateline_dash(index: DocIndex, token: Token) -> int | None:
    """Return the index of the dash ending the dateline ``token`` stands in, or None."""
    doc = index.doc
    start = index.sent_tokens[index.sentence_of(token.i)][0]
    memo: dict[int, int | None] = doc.user_data.setdefault(_DASHES_KEY, {})
    if start not in memo:  # the sentence's answer, read once (round 21, speed21)
        memo[start] = _sentence_dash(doc, start)
    dash = memo[start]
    return dash if dash is not None and token.i < dash else None


def _sentence_dash(doc: Doc, start: int) -> int | None:
    """The first dash of the sentence's first 8 tokens if only capitalised words precede it."""
    for i in range(start, min(len(doc), start + 8)):
        if doc[i].text in ("—", "--", "–"):
            words = [t for t in doc[start:i] if not t.is_punct]
            return i if words and all(t.text[:1].isupper() for t in words) else None
    return None


def named_apposition(index: DocIndex, token: Token) -> Token:
    """Return the name in apposition with a described speaker ("the mayor of X, Y Z, said").

    A common-noun subject whose apposition is a person's name speaks as that person,
    however long the description ("the U.N.'s high commissioner for human rights, X,"), and
    so does a capitalized title that names no person itself, set off by commas or dashes
    ("Minister for Foreign Affairs - Dr. X Y - says").
    """
    if token.i > 0 and token.doc[token.i - 1].lower_ in ("like", "unlike"):
        for child in token.children:  # "Like X, Y Z, an adviser, said": the parser made X
            number = index.entity_of(child) if child.dep_ == "appos" else None  # the subject
            if number is not None and index.entities[number].kind == "PERSON":
                return child
    title = token.pos_ == "PROPN"
    if title:
        own = index.entity_of(token)
        if own is not None and index.entities[own].kind == "PERSON":
            return token
    elif token.pos_ not in ("NOUN", "NUM"):
        return token  # a numeral heads "One of the marchers, X Y, said": X Y speaks
    elif token.dep_ == "appos" and token.head.i < token.i and (
            (own := index.entity_of(token.head)) is not None
            and index.entities[own].kind == "PERSON"):
        return token.head  # "Mayor X, a former tram driver who has promised": X speaks
    for child in token.children:
        if title and not token.i < child.i < token.head.i:
            continue  # a title's apposition stands between it and its verb
        number = index.entity_of(child) if child.dep_ == "appos" else None
        if number is not None and index.entities[number].kind == "PERSON":
            return child
    return (_closing_apposition(index, token) or closing_name(index, token)
            or _titled_conjunct(index, token) or _named_participle(index, token)
            or _name_after_post(index, token) or token)


def _name_after_post(index: DocIndex, token: Token) -> Token | None:
    """Return the name the parser hung on the place of a title's post: "Envoy to X Y Z said".

    "U.S. Envoy to Tervia Ana Roe called ...": the parser makes the title the subject and
    the name the object of "to", with the place as a compound of the name. A title (a word
    for a person's role) whose "to", "of" or "for" phrase ends, right before its verb (an
    adverb aside), in a name the recognizer tagged as a person's speaks as that person.
    """
    verb = token.head
    if token.dep_ not in ("nsubj", "nsubjpass") or token.lower_ not in PERSON_ROLE_NOUNS:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("to", "of", "for"):
            continue
        name = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if name is None or name.pos_ != "PROPN":
            return None
        between = index.doc[name.right_edge.i + 1 : verb.i]
        if any(w.pos_ not in ("ADV", "AUX", "PART") for w in between):
            return None
        number = index.entity_of(name)
        return name if number is not None and index.entities[number].kind == "PERSON" else None
    return None


#: Participles by which a description gives the person's name ("a trader named X").
_NAMING_VERBS = frozenset({"name", "call", "identify"})


def _named_participle(index: DocIndex, token: Token) -> Token | None:
    """Return the name a description gives with a participle: "an aid worker named X".

    "A farmer called X", "a trader, identified only as X,": the participle hangs on the noun
    and its complement (or the object of its "as") is a person's name.
    """
    for verb in token.children:
        if verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.lemma_ not in _NAMING_VERBS:
            continue
        for child in verb.children:
            if child.dep_ == "prep" and child.lower_ == "as":
                child = next((c for c in child.children if c.dep_ == "pobj"), child)
            elif child.dep_ not in ("oprd", "attr", "dobj", "xcomp"):
                continue
            number = index.entity_of(child)
            if number is not None and index.entities[number].kind == "PERSON":
                return child
    return None


def _titled_conjunct(index: DocIndex, token: Token) -> Token | None:
    """Return the name a bare description is coordinated with ("social worker and activist X").

    "said Dassel-based social worker and activist Tomas Brevik": a singular common noun with
    no determiner cannot stand alone; coordinated with a titled name, it is one more title of
    that person (not so "the minister and X", two people).
    """
    if token.tag_ != "NN" or any(c.dep_ in ("det", "poss") for c in token.children):
        return None
    for child in token.children:
        number = index.entity_of(child) if child.dep_ == "conj" and child.i > token.i else None
        if number is not None and index.entities[number].kind == "PERSON":
            return child
    return None


def _closing_apposition(index: DocIndex, token: Token) -> Token | None:
    """Return a name between commas that closes a subject's phrase, hung lower by the parser.

    "a volunteer with the Red Crescent, Hamad Saleh, told VOA" (the name hangs on
    "Crescent") and "an officer, who gave only his first name, Oleh, said": the last
    comma-delimited words of the subject, right before the verb, are a person's name.
    """
    doc, edge = index.doc, token.right_edge.i
    if token.dep_ not in ("nsubj", "nsubjpass") or edge + 1 >= len(doc):
        return None
    if doc[edge].text != "," or doc[edge + 1].i != token.head.i:
        return None
    last = doc[edge - 1]
    number = index.entity_of(last)
    if number is None or index.entities[number].kind != "PERSON" or last.dep_ != "appos":
        return None
    start = index.token_at(index.entities[number].start)
    return last if start > token.i + 1 and doc[start - 1].text == "," else None


#: Given names of the shared lists, for a full name found before a surname.
_LISTED_GIVEN = MALE_NAMES | FEMALE_NAMES


def full_name_before(index: DocIndex, surname: str, before: int) -> str | None:
    """Return "Given Surname" when the text before ``before`` gives a known given name for it.

    The text is searched once per document and surname (the positions are cached on the
    index), so many mentions of a surname cost one pass.
    """
    cache: dict[str, list[tuple[int, str]]] = index.__dict__.setdefault("_full_names", {})
    if surname not in cache:
        given = _LISTED_GIVEN
        pattern = re.compile(r"\b([A-Z][a-z]+) " + re.escape(surname) + r"\b")
        cache[surname] = [(m.start(), f"{m.group(1)} {surname}")
                          for m in pattern.finditer(index.text) if m.group(1).lower() in given]
    found = None
    for start, name in cache[surname]:
        if start >= before:
            break
        found = name
    return found


def titled_person(entity: Entity) -> Entity | None:
    """Return a person for an ORG mention that a rank or a known given name opens or ends.

    "Colonel Ivo Brand", "Thomas Reuters": the model tagged a titled or named person as an
    organisation; the name without the title is the person's.
    """
    words = entity.raw_text.split()
    if entity.kind != "ORG" or len(words) < 2:
        return None
    if words[0].lower().rstrip(".") in RANK_WORDS and words[1][:1].isupper():
        return entity.model_copy(update={"kind": "PERSON", "entity_name": " ".join(words[1:])})
    return given_named(entity) or _after_title(entity, words) or _after_description(entity, words)


#: Endings of lower-case nouns for a person by what they are or do ("activist", "historian",
#: "fisherman"). Other endings of nouns for persons also end nouns for bodies, places, events
#: and things: "-ee" (retiree, committee), "-ent"/"-ant" (student, parliament, government,
#: settlement, restaurant), "-er"/"-or" (contender, broadcaster, lender, carrier); a noun
#: with "-er"/"-or" must be followed by a known given name. One with "-ee", "-ent", "-ant"
#: also names a person before any name of two or more words when it does not end in "-ment"
#: (parliament, movement, agreement), is not a listed noun for a thing, body or place
#: (committee, restaurant) and no word of the name is an organisation or place word.
_PERSON_ENDINGS = ("ist", "ian", "man", "woman")
_AGENT_ENDINGS = ("er", "or", "ee", "ent", "ant")
_ROLE_ENDINGS = ("ee", "ent", "ant")
#: Given names known from every list, for a name after a description.
_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES | MORE_MALE_NAMES | MORE_FEMALE_NAMES


def _after_description(entity: Entity, words: list[str]) -> Entity | None:
    """Return a person for an ORG mention that a lower-case noun for a person opens.

    "retiree Ines Calvo", "opposition contender Ivo Brand": the model tagged a described name
    as an organisation, description included. An organisation's name never opens with a
    lower-case common noun; when the last lower-case word names a person (a listed noun for a
    person or a role, or a person's ending; with "-er", "-or" only before a known given
    name, with "-ee", "-ent", "-ant" as :func:`_role_noun` allows)
    and two or three capitalized words follow, none of them an organisation word nor in
    capitals, those words are the person's name.
    """
    first_name = next((i for i, w in enumerate(words) if w[:1].isupper()), 0)
    if first_name == 0 or not 2 <= len(words) - first_name <= 3:
        return None
    described, name = words[:first_name], words[first_name:]
    if not all(w.replace("-", "").isalpha() and w.islower() for w in described) or (
            described[0] in ("the", "a", "an")):
        return None
    if not all(w.replace("-", "").isalpha() and not w.isupper() for w in name) or any(
            w.lower() in ORG_WORDS or w.lower() in PERSON_ROLE_NOUNS for w in name):
        return None
    noun = described[-1]
    given = name[0].lower() in _GIVEN_NAMES
    if not (noun in PERSON_NOUNS or noun in PERSON_ROLE_NOUNS or noun.endswith(_PERSON_ENDINGS)
            or (given and noun.endswith(_AGENT_ENDINGS)) or _role_noun(noun, name)) or (
            noun in NON_PERSON_NOUNS):
        return None
    return entity.model_copy(update={"kind": "PERSON", "entity_name": " ".join(name)})


def _role_noun(noun: str, name: list[str]) -> bool:
    """Return True when an "-ee", "-ent" or "-ant" noun before ``name`` names a person.

    "dissident Ana Petrov", "trustee Ana Petrov": the noun is no "-ment" noun and no listed
    noun for a thing, body or place, and ``name`` has two or more words, none a place word
    ("agent Orange County"). Organisation words in ``name`` are refused by the caller.
    """
    return (noun.endswith(_ROLE_ENDINGS) and not noun.endswith("ment") and len(name) >= 2
            and noun not in NON_PERSON_AGENT_NOUNS and noun not in ORG_WORDS
            and not any(w.lower() in PLACE_NAME_WORDS for w in name))


def _after_title(entity: Entity, words: list[str]) -> Entity | None:
    """Return a person for an ORG mention whose title word is followed by a name.

    "Interior Minister Ivo Brand": the model read the office as an organisation; one to three
    capitalized words after the last title word, none an organisation word, are the name.
    """
    titles = [i for i, w in enumerate(words[:-1]) if w.lower() in PERSON_ROLE_NOUNS]
    if not titles:
        return None
    name = words[titles[-1] + 1 :]
    if len(name) > 3 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in name):
        return None
    if any(w.lower() in ORG_WORDS or w.lower() in PERSON_ROLE_NOUNS for w in name):
        return None
    return entity.model_copy(update={"kind": "PERSON", "entity_name": " ".join(name)})


def fullest_name(index: DocIndex, entity: Entity | None) -> Entity | None:
    """Return ``entity`` named by the full name the article gave for its one-word name.

    A person named again by one word ("Mr. Ban said", or a pronoun resolved to that mention)
    takes the one longer person name of the document that starts or ends with that word:
    "Ban" -> "Ban Ki-moon" (family name first), "Ortiz" -> "Lena Ortiz". When two different
    full names share the word ("Kim Jong Un", "Kim Yo Jong"), the name stays as it is.
    """
    if entity is None or not entity.entity_name:
        return entity
    source = referent(index, entity)
    if source.kind != "PERSON":
        return entity
    joined = joined_name(index, entity.entity_name.strip())
    if joined is not None:  # "Minister Mohammed Said" + "Kamal al-Tarhouni": one name
        return entity.model_copy(update={"entity_name": joined})
    if " " in entity.entity_name.strip():
        return entity
    word = entity.entity_name.strip()
    fuller = {other.entity_name for other in index.entities
              if other.kind == "PERSON" and _named_by(other.entity_name, word)}
    if not fuller:  # "Vestergard" where the story mostly writes "Ilona Vestergaard"
        wanted = pronoun_gender(entity.raw_text) if entity.kind == "PRONOUN" else None
        fuller = {name for other in index.entities if other.kind == "PERSON"
                  and _named_by(name := other.entity_name, name.split()[-1])
                  and spelt_otherwise(index, name, word, wanted)}
    if len(fuller) != 1:
        return entity
    return entity.model_copy(update={"entity_name": fuller.pop()})


def _named_by(name: str, word: str) -> bool:
    """Return True when ``name`` has more than one word and begins or ends with ``word``."""
    parts = name.split()
    return len(parts) > 1 and word in (parts[0], parts[-1]) and all(
        p[:1].isupper() or p.lower() in _PARTICLES for p in parts)




def written_words(raw: str, name: str) -> str | None:
    """Return a group's words as written when its canonical name rewrote a proper word.

    "the Veridian army" named "Veridia army" (the country for its adjective), "The White
    House" named "United States" (the knowledge base's state): the written words, without
    the article, are how the story names the speaker. None when the name keeps the words.
    """
    words = raw.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    names = name.split()
    if not words or " ".join(words).lower() == name.lower():
        return None
    if not all(w[:1].isupper() for w in words if w.isalpha() and w.lower() not in _MINOR):
        if len(words) != len(names) or not all(
                a.lower() == b.lower() or (a[:1].isupper() and b[:1].isupper())
                for a, b in zip(words, names, strict=True)):
            return None
        return " ".join(words)  # a country's adjective for its name, the other words kept
    if any(w.lower() in raw.lower() for w in names if len(w) > 2) or any(
            "." in w or (w.isupper() and len(w) > 1) for w in words):
        return None  # a name the knowledge base only spelled out or shortened ("the U.N.")
    return " ".join(words)  # "The White House" for the state it speaks for


def description_as_written(raw: str, name: str) -> str | None:
    """Return a description as the story writes it, when its name dropped or rewrote words.

    "The retired Freedonian consul" named "consul", "the former Veridian envoy" named
    "Veridia envoy": the speaker of a pronoun is the description without its article and
    without what follows its head (a comma, a relative clause, a prepositional phrase), as
    the guideline names an unnamed speaker. None when the name is already those words or
    does not end in the description's head noun.
    """
    words = _POST_HEAD.split(raw, maxsplit=1)[0].split()
    if words and words[0].lower() in ("the", "a", "an", "this", "that"):
        words = words[1:]
    if len(words) < 2 or not name or " ".join(words).lower() == name.lower():
        return None
    if words[-1].lower() != name.split()[-1].lower():
        return None
    return " ".join(words)


#: Where a description's head ends: a comma, a relative pronoun, a preposition.
_POST_HEAD = re.compile(r",|\s(?:of|for|to|at|in|from|with|who|which|that|on)\s")

#: Lower-case words a capitalized name may hold ("Ministry of Defense").
_MINOR = frozenset({"of", "for", "and", "the", "on", "in", "de"})


#: Sentences searched back for the fuller mention a definite description names again.
FULLER_WINDOW = 5


def fuller_description(index: DocIndex, entity: Entity) -> str | None:
    """Return the fuller earlier description that "the <noun>" names again.

    "The Freedonian central bank held rates ... Later the bank said": the bank is the
    Freedonian central bank, the fullest description the story gives (without its article
    and post-modifiers). Only for a NOMINAL written as "the"/"this" and one noun, within
    :data:`FULLER_WINDOW` sentences; an organisation's own name ending in that noun
    ("the Grain Board ... the board") gives that name. None when nothing fuller precedes.
    """
    words = (entity.raw_text or "").split()
    if entity.kind != "NOMINAL" or len(words) != 2 or words[0].lower() not in ("the", "this"):
        return None
    head = words[1].lower()
    for number in range(index.before(entity.start) - 1, -1, -1):
        earlier = index.entities[number]
        if earlier.start >= entity.start or earlier.kind not in ("NOMINAL", "ORG"):
            continue
        if earlier.sentence < entity.sentence - FULLER_WINDOW:
            break
        said = _POST_HEAD.split(earlier.raw_text or "", maxsplit=1)[0].split()
        if said and said[0].lower() in ("the", "a", "an"):
            said = said[1:]
        if len(said) < 2 or said[-1].lower() != head:
            continue
        return earlier.entity_name if earlier.kind == "ORG" else " ".join(said)
    return None


#: A name set off by a comma after a description, closing the clause: ", Rosamund." / ", Ana Roe,".
_NAME_AFTER_COMMA = re.compile(r",\s+((?:[A-Z][a-z]+)(?:\s+[A-Z][a-z]+){0,2})\s*(?=[.,;]|$)")


#: Recognizer labels of words that are never a person's name.
_NOT_A_NAME = frozenset({"GPE", "LOC", "ORG", "FAC", "DATE", "TIME", "MONEY", "PERCENT",
                         "QUANTITY", "CARDINAL", "ORDINAL"})


def named_after_comma(index: DocIndex, entity: Entity) -> Entity | None:
    """Return the person a described speaker is named as in an apposition the model missed.

    "..., insists the ferry owner's daughter, Rosamund.": the recognizer left the name after the
    description untagged. A description of a person (a noun for a person, or one owned by a
    person: "the ferry owner's daughter") followed by a comma and one to three capitalized words
    that close the clause, none of them a place's or a group's name, speaks as that name.
    """
    if entity.kind != "NOMINAL":
        return None
    match = _NAME_AFTER_COMMA.match(index.text, entity.end)
    if match is None:
        return None
    head = index.doc[index.token_at(entity.end - 1)]
    owned = any(c.dep_ == "poss" for c in head.children)
    if not owned and head.lower_ not in PERSON_ROLE_NOUNS:
        return None
    first, last = index.token_range(match.start(1), match.end(1))
    tokens = index.doc[first:last]
    apposed = any(t.dep_ == "appos" and t.head.i == head.i for t in tokens)
    if not tokens or any(t.pos_ != "PROPN" or t.ent_type_ in _NOT_A_NAME or (
            not apposed and t.ent_type_ not in ("", "PERSON")) for t in tokens):
        return None  # a lone given name the parser apposes may carry any other label
    if any(t.lower_ in ORG_WORDS for t in tokens):
        return None
    name = match.group(1)
    return entity.model_copy(update={
        "kind": "PERSON", "entity_name": name, "raw_text": name, "start": match.start(1),
        "end": match.end(1), "role": entity.raw_text, "coref_of": None})

