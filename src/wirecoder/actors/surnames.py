"""Surnames said again: which introduced person a later name repeats (part of :mod:`.coref`).

A story introduces a person in full ("Commissioner Ilona Varga", "Anna Lindqvist,
Sweden's envoy") and then repeats the surname, alone ("Lindqvist said") or after the same
title ("Commissioner Varga announced"). The recognizer often tags such a repeat as an
organisation or a place; :func:`.coref.link` reads it as the person.

* :func:`misread_surname` -- a one-word organisation or place the knowledge base does not
  know, which may be a surname;
* :func:`titled_surnames` -- "<Title> <Surname>" tagged as an organisation, when the text
  introduced exactly that title before a full name ending in the surname (round 24): the
  title is the repeat's own evidence that it is the same person;
* :func:`surname_source` -- the introduced person a one-word name repeats.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .kb import fold
from .resolve import Mention
from .syntax import locative

__all__ = ["bare_name", "misread_surname", "surname_source", "titled_surnames"]


def misread_surname(doc: Doc, m: Mention) -> bool:
    """Return True for a one-word name the model tagged ORG or GPE that the KB does not know.

    After "Anna Lindqvist, Sweden's envoy", "Lindqvist said" is the envoy even when the
    model calls "Lindqvist" an organisation or a place; :func:`.coref._names` checks the
    surname. A place after a place preposition ("in Austin") stays a place.
    """
    if m.kind not in {"ORG", "GPE"} or " " in m.name or m.end - m.start != 1:
        return False
    if m.resolved_by not in {"ner", "context", "gazetteer"}:
        return False
    return not locative(doc[m.start])


def titled_surnames(doc: Doc, mentions: list[Mention]) -> None:
    """Make "<Title> <Surname>" organisations repeats of the titled person (in place).

    "Commissioner Ilona Varga arrived ... Commissioner Varga announced": the model
    tags the repeat ORG, so no surname rule reads it and it keeps no country. When an
    earlier person's mention starts with the same capitalised title words and that
    person's name ends in the same surname, the repeat becomes a ``PERSON`` named by the
    surname alone, with the title as its role; :func:`.coref._names` then gives it the
    person's name and codes. Nothing changes when two introduced people fit (two
    "Minister X"s with one surname) or the title differs ("Ambassador Varga" after
    "Commissioner Ilona Varga").

    Args:
        doc: The parsed document.
        mentions: The document's mentions in text order (changed in place).
    """
    people: list[Mention] = []
    for m in mentions:
        if m.kind == "PERSON" and " " in m.name and m.country:
            people.append(m)
            continue
        words = doc[m.start:m.end]
        if (m.kind != "ORG" or m.resolved_by not in {"ner", "context"} or len(words) < 2
                or not people or not all(t.is_title for t in words)):
            continue
        title, surname = [t.text for t in words[:-1]], bare_name(words[-1].text)
        fits = {p.name: p for p in people
                if title in (_words(doc, p.start, p.start + len(title)),
                             _words(doc, p.start - len(title), p.start))
                and len(p.name.split()) > 1 and bare_name(p.name.split()[-1]) == surname}
        if len(fits) == 1:
            m.kind, m.is_place, m.name = "PERSON", False, words[-1].text
            m.role = m.role or " ".join(title)


def _words(doc: Doc, start: int, end: int) -> list[str]:
    return [t.text for t in doc[max(start, 0):end]] if start >= 0 else []


def surname_source(word: str, people: list[Mention]) -> Mention | None:
    """Return the person introduced before whom the one-word name ``word`` repeats.

    The surname of a full name ("Okafor" after "Gabriel Okafor"); else the first word of
    exactly one introduced person: family names that come first ("Mr. Ban" after "Ban
    Ki-moon", "Xi" after "Xi Jinping") or a first name repeated ("Makeda" after "Makeda
    Mbewe") name that person either way. Two people with that first word: none.
    """
    key = bare_name(word)
    for person in reversed(people):
        parts = [bare_name(p) for p in person.name.split()]
        if key in parts[1:] or (len(parts) == 1 and parts[0] == key):
            return person
    firsts = {person.name: person for person in people
              if len(person.name.split()) > 1 and bare_name(person.name.split()[0]) == key}
    return next(iter(firsts.values())) if len(firsts) == 1 else None


def bare_name(word: str) -> str:
    """Return a name word folded for comparison (accents, case, an "al-" prefix)."""
    # accents folded: the knowledge base names "Dioncounda Traore", the text "Traoré"
    word = fold(word.replace("’", "'")).lower()
    for prefix in ("al-", "el-", "as-", "ad-"):
        word = word.removeprefix(prefix)
    return word
