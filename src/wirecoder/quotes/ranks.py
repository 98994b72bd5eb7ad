"""Speakers named with a military rank or a long title ("STAFF SERGEANT CRISTI PETTIT SAYS").

Government newscast scripts are written in capitals, and the small spaCy model finds few
names in them; stories name soldiers with ranks the actors stage does not know ("Sgt. 1st
Class Rideout", "Staff Sgt. Natasha Dumig"). The name is read from the words next to the cue
verb: the run of words right before the verb (a subject) or right after it (an inverted cue,
"said Pvt. Brandon Hickle,"), whose last rank word is followed by one to four name words.
A surname the article gave in full before ("Sergeant 1st Class James Rideout" ... "Sgt.
1st Class Rideout said") takes that full name and its codes.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from ..vocabulary import ORG_WORDS
from .index import DocIndex
from .lexicon import RANK_WORDS

__all__ = ["earlier_person", "is_rank_phrase", "last_ranked_person", "phrase_after",
           "phrase_before", "phrases_before", "ranked_person"]

#: Most tokens of a rank-and-name phrase.
MAX_PHRASE = 10
_NAME_POS = frozenset({"PROPN", "NOUN", "ADJ", "X"})
_NOT_NAME_POS = frozenset({"AUX", "VERB", "ADP", "DET", "CCONJ", "SCONJ", "PART"})
_NOT_NAMES = frozenset({"he", "she", "they", "we", "it", "i", "you", "the", "a", "an", "and",
                        "of", "for", "with", "at", "in", "on", "to", "by", "says", "said"})
_ORDINALS = frozenset({"first", "second", "third", "1st", "2nd", "3rd"})
_SERVICES = frozenset({"army", "navy", "marine", "air", "corps", "guard"})
_RANK_FILLERS = frozenset({"class", "1st", "2nd", "3rd", "first", "second", "third", "of",
                           "the", "army", "u.s.", "us", "marine", "navy", "air", "force",
                           "corps", "coast", "guard"})


def ranked_person(index: DocIndex, phrase: tuple[int, int], before: bool) -> Entity | None:
    """Return the person a rank-and-name phrase names, or None when it is no such phrase.

    Args:
        index: The document's index.
        phrase: Token range ``[first, last)`` of the words naming the speaker.
        before: True for a phrase before the cue (the name must end it), False for one
            after an inverted cue (the first rank and the names after it).
    """
    doc = index.doc
    first, last = phrase
    if first >= last or any(index.in_quote[i] >= 0 for i in range(first, last)):
        return None
    found: tuple[int, int, int] | None = None
    i = first
    while i < last:
        if not _rank_word(doc[i]):
            i += 1
            continue
        rank_start = i
        while i < last and _rank_word(doc[i]):
            i += 1
        end = i
        while end < last and _name_word(doc[end]):
            end += 1
        names = [t for t in doc[i:end] if t.text not in (".", "-")]
        if any(t.lower_ in ORG_WORDS for t in names):
            continue  # "the General Assembly", "Chief Justice Court": a body, not a person
        if 1 <= len(names) <= 4 and (not before or end == last):
            found = (rank_start, i, end)
            if not before:
                break
    if found is None:
        return None
    return _person(index, doc[found[0]].idx, found[1], found[2])


def last_ranked_person(index: DocIndex, first: int, last: int) -> Entity | None:
    """Return the last person named with a rank in tokens ``[first, last)``, or None.

    A script paragraph without a speech verb ("SERGEANT MAJOR X VISITED ... CORPORAL Y WAS
    IMPRESSED ...", "... LIEUTENANT COLONEL Y AND 12,000 GUARDSMEN ARE WORKING ...") names
    the speaker of the sound bite after it last.
    """
    doc = index.doc
    found = None
    for i in range(first, last):
        if _rank_word(doc[i]) and (i == first or not _rank_word(doc[i - 1])):
            person = ranked_person(index, (i, min(last, i + MAX_PHRASE)), before=False)
            found = person or found
    return found


def phrase_before(index: DocIndex, verb: Token) -> tuple[int, int]:
    """Return the words right before ``verb`` (adverbs and one comma skipped), up to a comma."""
    doc = index.doc
    last = verb.i
    while last > 0 and doc[last - 1].pos_ in ("ADV", "AUX", "PART"):
        last -= 1
    return _phrase_ending(index, last)


def phrases_before(index: DocIndex, verb: Token, most: int = 3) -> list[tuple[int, int]]:
    """Return the comma-separated phrases before ``verb``, nearest first.

    "GENERAL MARK ELLIS, THE COMMANDER OF THE DIVISION, SPOKE": the appositive, then the
    rank and name before it.
    """
    found = [phrase_before(index, verb)]
    doc = index.doc
    while len(found) < most:
        comma = found[-1][0] - 1
        while comma > 0 and found[-1][0] - comma < MAX_PHRASE and doc[comma].text != ",":
            if doc[comma].text in (".", "!", "?", ";") or index.in_quote[comma] >= 0:
                return found
            comma -= 1
        if comma <= 0 or doc[comma].text != ",":
            break
        found.append(_phrase_ending(index, comma + 1))
    return found


def _phrase_ending(index: DocIndex, last: int) -> tuple[int, int]:
    doc = index.doc
    if last > 0 and doc[last - 1].text == ",":
        last -= 1
    first = last
    while first > max(0, last - MAX_PHRASE) and not _stop(doc[first - 1]):
        first -= 1
    return first, last


def is_rank_phrase(text: str) -> bool:
    """Return True for words that are only a rank ("Army Sgt", "Staff Sgt.")."""
    words = text.lower().replace(".", " ").split()
    return bool(words) and all(w in RANK_WORDS or w in _RANK_FILLERS for w in words)


def earlier_person(index: DocIndex, surname: str, before: int) -> Entity | None:
    """Return the last person named in full before offset ``before`` with this surname."""
    key = surname.lower()
    found = None
    for entity in index.entities:
        full = (entity.entity_name or "").split()
        if entity.start >= before:
            break
        if entity.kind == "PERSON" and len(full) > 1 and full[-1].lower() == key:
            found = entity
    return found


def phrase_after(index: DocIndex, verb: Token) -> tuple[int, int]:
    """Return the words right after an inverted cue ('said Pvt. Brandon Hickle,')."""
    doc = index.doc
    last = verb.i + 1
    while last < min(len(doc), verb.i + 1 + MAX_PHRASE) and not _stop(doc[last]):
        last += 1
    return verb.i + 1, last


def _stop(token: Token) -> bool:
    if token.text == "." and _rank_word(token):
        return False
    if token.is_space or (token.is_punct and token.text != "-"):
        return True
    return token.pos_ in ("VERB", "AUX", "DET", "ADP") and not _rank_word(token)


def _rank_word(token: Token) -> bool:
    low = token.lower_
    if low == "." and token.i > 0:  # the period of "Pvt." is a token of its own
        return token.doc[token.i - 1].lower_ in RANK_WORDS
    if low in _ORDINALS and token.i + 1 < len(token.doc):  # "FIRST SERGEANT", not "FIRST-HAND"
        nxt = token.doc[token.i + 1].lower_.rstrip(".")
        if nxt not in RANK_WORDS and nxt != "class":
            return token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".") in RANK_WORDS | {
                "class"} and low in _RANK_FILLERS
    if low in ("of", "the"):  # only in "SERGEANT MAJOR OF THE ARMY"
        ahead = [t.lower_ for t in token.doc[token.i + 1 : token.i + 3]]
        chain = [t.lower_.rstrip(".") for t in token.doc[max(0, token.i - 2) : token.i]]
        rank_before = (bool(chain) and chain[-1] in RANK_WORDS) or (
            low == "the" and chain[-1:] == ["of"] and chain[0] in RANK_WORDS)
        return bool(set(ahead) & _SERVICES) and rank_before
    return low in RANK_WORDS or low.rstrip(".") in RANK_WORDS or (
        low in _RANK_FILLERS and token.i > 0 and token.doc[token.i - 1].lower_.rstrip(".")
        in RANK_WORDS | _RANK_FILLERS) or (token.like_num and token.i > 0
                                          and token.doc[token.i - 1].lower_ in RANK_WORDS)


def _name_word(token: Token) -> bool:
    """Return True for a capitalized word of a name (any tag in capitals: the tags are noise)."""
    text = token.text.rstrip(".")
    if text.lower() in ("jr", "sr", "ii", "iii"):
        return True
    if not text[:1].isupper() or text.lower() in _NOT_NAMES:
        return False
    if not text.replace("-", "").replace("’", "").replace("'", "").isalpha():
        return False
    if token.pos_ in _NAME_POS:
        return True
    # In capitals the tags are noise: a "verb" whose lemma is itself ("OKONJO") may be a
    # name; an inflected one ("WAS", "PLEASED") is not.
    return text.isupper() and (token.pos_ not in _NOT_NAME_POS or (
        token.pos_ == "VERB" and token.lemma_.lower() == token.lower_))


def _person(index: DocIndex, start: int, first: int, last: int) -> Entity:
    """Build the PERSON entity, or take the actors stage's or an earlier full mention."""
    doc = index.doc
    number = index.entity_of(doc[first])
    if number is not None and index.entities[number].kind == "PERSON" and (
            index.entities[number].end >= doc[last - 1].idx + len(doc[last - 1])):
        entity = index.entities[number]
        if not any(_rank_word(t) for t in doc[first:last] if entity.start <= t.idx < entity.end):
            name = entity.entity_name or ""
            return entity.model_copy(update={"entity_name": name.title()}) if name.isupper() \
                else entity
    span = doc[first:last]
    end = span.end_char
    shown = span.text.title() if span.text.isupper() else span.text
    earlier = earlier_person(index, shown.split()[-1], end)
    if earlier is not None and len((earlier.entity_name or "").split()) > len(shown.split()):
        return earlier.model_copy(update={
            "raw_text": index.text[start:end], "start": start, "end": end,
            "sentence": index.sentence_of(first), "resolved_by": "coref"})
    return Entity(raw_text=index.text[start:end], entity_name=shown, kind="PERSON",
                  start=start, end=end, sentence=index.sentence_of(first),
                  resolved_by="pattern")
