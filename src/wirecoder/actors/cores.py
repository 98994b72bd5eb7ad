"""Cores: the names a document gives (knowledge-base matches, else spaCy entities).

Knowledge-base hits win over the statistical NER; an NER span that only wraps a
knowledge-base country ("the Ministry of Foreign Affairs of Ghana") becomes one unknown
organisation core; title words the small model tags as ORG ("Finance" of "Finance
Minister") are no cores; an organisation cut before its country ("Ministry of Foreign
Affairs of" + "Ghana") is completed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc

from ..textutil import parsed_text, tokens_with
from .kb import KB, Actor, role_heads
from .match import find_hits
from .syntax import ORG_WORDS, PORTFOLIOS, SHIP_PREFIXES

__all__ = ["Core", "find_cores"]


@dataclass
class Core:
    """A name in the document: token span, label and knowledge-base actor (if any)."""

    start: int
    end: int
    label: str
    actor: Actor | None
    used: bool = False
    inner: str | None = None



def find_cores(doc: Doc, kb: KB) -> list[Core]:
    """Merge knowledge-base hits and named entities into non-overlapping cores."""
    cores = [Core(h.start, h.end, _label(h.actors[0]), h.actors[0]) for h in find_hits(doc, kb)
             if not _name_fragment(doc, h.start, h.end, h.actors[0])
             and not time_prefixed(doc, h.start)]
    covered = [False] * len(doc)
    for core in cores:
        for i in range(core.start, core.end):
            covered[i] = True
    for ent in doc.ents:
        if ent.label_ not in {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}:
            continue
        start, end = ent.start, ent.end
        while start < end and doc[start].lower_ == "the":
            start += 1
        while end > start and (doc[end - 1].is_punct or doc[end - 1].text in {"'s", "’s"}):
            end -= 1
        if start >= end or _portfolio(doc, start, end):
            continue
        end = _of_country(doc, end, cores)
        if ent.label_ == "PERSON":
            end = _name_end(doc, start, end, covered)
        inside: list[Core] = []
        if any(covered[i] for i in range(start, end)):
            if ent.label_ != "ORG":  # only an ORG may wrap a core (see _wraps_country)
                continue
            inside = [c for c in cores if start <= c.start and c.end <= end]
            if not _wraps_country(ent.label_, start, end, inside, cores):
                continue
            cores = [c for c in cores if c not in inside]
        inner = inside[0].actor.country if inside and inside[0].actor else None
        cores.append(Core(start, end, ent.label_, None, inner=inner))
        for i in range(start, end):
            covered[i] = True
    cores = _ships(doc, cores, covered)
    cores.extend(_untagged_names(doc, kb, covered))
    cores.extend(_repeated_surnames(doc, cores, covered))
    credits = _credit_tokens(doc)
    cores = [c for c in cores if not credits[c.start]]
    cores.sort(key=lambda c: c.start)
    return cores


#: Prefixes that make a state's name a time or a former tie ("post-Soviet", "ex-Yugoslav",
#: "pre-war"): the phrase names the period or the former members, not the state.
TIME_PREFIXES = frozenset({"post", "ex", "pre"})


def time_prefixed(doc: Doc, start: int) -> bool:
    """Return True when the name at ``start`` follows "post-", "ex-" or "pre-".

    Covers the split form ("Post", "-", "Soviet") and a prefix kept on the name's token.
    """
    first = doc[start].lower_
    if "-" in first and first.split("-", 1)[0] in TIME_PREFIXES:
        return True
    return (start >= 2 and doc[start - 1].text in {"-", "–"} and not doc[start - 2].whitespace_
            and doc[start - 2].lower_ in TIME_PREFIXES)


#: Words that open a photo credit or byline ("Photographer: Qilai Shen/Bloomberg").
CREDIT_WORDS = frozenset({"photographer", "photo", "photos", "credit", "credits", "image",
                          "video", "courtesy"})


def _credit_tokens(doc: Doc) -> list[bool]:
    """Mark the tokens of photo credits ('Photographer: X/Bloomberg'): no actors there."""
    mask = [False] * len(doc)
    for i in tokens_with(doc, CREDIT_WORDS):
        tok = doc[i]
        if i < len(doc) - 1 and doc[i + 1].text == ":" and (
                tok.i == 0 or tok.is_sent_start or doc[tok.i - 1].is_punct):
            j = tok.i
            while j < len(doc) and (j == tok.i or not doc[j].is_sent_start) and "\n" not in \
                    doc[j].text:
                mask[j] = True
                j += 1
    return mask


#: Words that make "American" a region's ("North American", "Latin American").
_REGION_PREFIXES = frozenset({"north", "south", "latin", "central", "pan", "meso", "anglo",
                              "ibero", "hispano"})


def _name_fragment(doc: Doc, start: int, end: int, actor: Actor) -> bool:
    """Return True for a person's alias that is only part of a longer name in the text.

    "Petro" of "Petro Poroshenko" is not Gustavo Petro: when the hit is followed or
    preceded by more capitalised name words of the same name (parse-linked proper nouns
    the hit does not cover), the text names someone else.
    """
    if (actor.kind == "NORP" and start > 0 and doc[start].lower_.startswith("american")
            and doc[start - 1].lower_ in _REGION_PREFIXES):
        return True  # "North American", "Latin American": a region, not the United States
    if actor.kind == "ORG":
        first = doc[start]
        if end == start + 1 and _initials(doc, start):
            return True  # "A.P. Gurung": a person's initials, not the Associated Press
        # "Sudan People's Liberation Army" is not China's People's Liberation Army: the
        # hit continues an organisation's name that starts with more proper nouns
        return (start > 0 and first.ent_iob_ == "I" and first.ent_type_ == "ORG"
                and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title)
    if actor.kind != "PERSON":
        return False

    def more_name(tok_i: int) -> bool:
        if not 0 <= tok_i < len(doc):
            return False
        tok = doc[tok_i]
        linked = start <= tok.head.i < end or any(start <= c.i < end for c in tok.children)
        return tok.pos_ == "PROPN" and tok.is_title and tok.is_alpha and linked and (
            tok.ent_type_ in {"", "PERSON"})

    if more_name(end) or (more_name(start - 1) and doc[start - 1].ent_type_ == "PERSON"
                          and doc[start - 1].ent_iob_ != "O"):
        return True
    # "USS Carney", "Fort Liberty": a name word inside another kind of entity
    first = doc[start]
    return (start > 0 and first.ent_iob_ == "I" and first.ent_type_ not in {"PERSON", ""}
            and doc[start - 1].pos_ == "PROPN")


#: A token of initials with full stops ("A.P.", "I.S."), as the dotted acronyms are written.
DOTTED = re.compile(r"(?:[A-Z]\.){2,5}")


def _initials(doc: Doc, i: int) -> bool:
    """Return True for dotted initials that open a name the model tagged a person.

    "I.S. Thapa", "A.P. Gurung": the token starts a PERSON entity that goes on, so it is
    the person's initials, not an organisation's acronym written with stops ("I.S.",
    "A.P."). "The A.U. said", "the A.U. Commission" are not tagged so.
    """
    tok = doc[i]
    return (bool(DOTTED.fullmatch(tok.text)) and tok.ent_type_ == "PERSON"
            and tok.ent_iob_ == "B" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I")


def _wraps_country(label: str, start: int, end: int, inside: list[Core],
                   cores: list[Core]) -> bool:
    """Return True for an ORG entity that wraps a country word and more ('Afghan Ministry').

    An ORG entity that is only the demonym ("Guatemalan" tagged ORG) is no organisation.
    """
    if label != "ORG" or not inside or inside[0].actor is None:
        return False
    if any(c.start < start or c.end > end for c in cores if c.start < end and start < c.end):
        return False
    if sum(c.end - c.start for c in inside) >= end - start:
        return False
    return inside[0].actor.kind in {"GPE", "NORP"}


def _name_end(doc: Doc, start: int, end: int, covered: list[bool]) -> int:
    """Extend a person name the model cut short ('Kamal' of 'Kamal Obi')."""
    while (end < len(doc) and not covered[end] and doc[end].pos_ == "PROPN"
           and doc[end].is_title and doc[end].is_alpha and end - start < 5
           and (doc[end - 1].head.i == end or start <= doc[end].head.i < end)):
        end += 1
    return end


_SHIP = re.compile(r"\b(?:" + "|".join(SHIP_PREFIXES) + r") [A-Z]")


def _ships(doc: Doc, cores: list[Core], covered: list[bool]) -> list[Core]:
    """Make "USS Carney" / "HMS Diamond" one organisation core of its navy's country."""
    if not _SHIP.search(parsed_text(doc)):
        return cores
    for i in tokens_with(doc, (p.lower() for p in SHIP_PREFIXES)):
        tok = doc[i]
        country = SHIP_PREFIXES.get(tok.text)
        if country is None or i + 1 >= len(doc):
            continue
        nxt = doc[i + 1]
        if not (nxt.is_title and nxt.pos_ == "PROPN"):
            continue
        end = tok.i + 2
        while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and \
                doc[end].pos_ == "PROPN":
            end += 1
        cores = [c for c in cores if c.end <= tok.i or c.start >= end]
        cores.append(Core(tok.i, end, "ORG", None, inner=country))
        for i in range(tok.i, end):
            covered[i] = True
    return cores


def _untagged_names(doc: Doc, kb: KB, covered: list[bool]) -> list[Core]:
    """Return person cores for names after a title the model did not tag ('minister X Y')."""
    out = []
    for i in tokens_with(doc, role_heads(kb, single=True)):
        tok = doc[i]
        if i >= len(doc) - 2 or covered[i]:
            continue
        first = _after_portfolio(doc, tok.i + 1)  # "Minister of Defense Yoav Gallant"
        end = first
        while (end < len(doc) and end - first <= 3 and not covered[end]
               and doc[end].pos_ == "PROPN" and doc[end].is_title and doc[end].is_alpha):
            end += 1
        last = doc[end - 1]
        linked = last.head.i == tok.i or tok.head.i == last.i or (
            first > tok.i + 1 and last.head.i in range(tok.i, first))
        if end - first < 2 or not linked:
            continue
        out.append(Core(first, end, "PERSON", None))
        for i in range(first, end):
            covered[i] = True
    return out


def _repeated_surnames(doc: Doc, cores: list[Core], covered: list[bool]) -> list[Core]:
    """Return person cores for a surname repeated after the full name ("... Fallon").

    The model often leaves "Secretary Fallon" or "Fallon" untagged once it tagged "Michael
    Fallon"; coreference then gives the surname the person's codes. Only a capitalised
    proper noun after the full name, not inside another name or a date, counts.
    """
    first: dict[str, int] = {}
    for core in cores:
        is_person = core.label == "PERSON" or (core.actor is not None
                                               and core.actor.kind == "PERSON")
        last = doc[core.end - 1]
        if is_person and core.end - core.start >= 2 and last.is_alpha and last.is_title:
            first[last.lower_] = min(first.get(last.lower_, len(doc)), core.end)
    out = []
    for i in tokens_with(doc, first) if first else ():
        tok = doc[i]
        if (covered[i] or i < first[tok.lower_] or tok.pos_ != "PROPN" or not tok.is_title
                or tok.ent_type_ not in {"", "PERSON"}
                or (i + 1 < len(doc) and doc[i + 1].pos_ == "PROPN" and doc[i + 1].is_title)):
            continue
        out.append(Core(i, i + 1, "PERSON", None))
        covered[i] = True
    return out


def _after_portfolio(doc: Doc, i: int) -> int:
    """Skip 'of Defense' / 'of Foreign Affairs' after a title word; return the name's start."""
    if i >= len(doc) or doc[i].lower_ != "of":
        return i
    j = i + 1
    while j < len(doc) and j - i <= 3 and doc[j].is_title and (
            doc[j].lower_ in PORTFOLIOS or doc[j].lower_ in {"affairs", "state", "and"}):
        j += 1
    return j if j > i + 1 else i


def _portfolio(doc: Doc, start: int, end: int) -> bool:
    """Return True for 'Finance' of 'Finance Minister' (a title word, not an organisation)."""
    if any(doc[i].lower_ not in PORTFOLIOS for i in range(start, end)):  # no Span built
        return False
    return end >= len(doc) or doc[end].lower_ not in ORG_WORDS


def _of_country(doc: Doc, end: int, cores: list[Core]) -> int:
    """Extend 'Ministry of Foreign Affairs of' over the country that completes it."""
    if doc[end - 1].lower_ not in {"of", "for", "in"}:
        return end
    nxt = next((c for c in cores if c.start == end or (c.start == end + 1 and doc[end].lower_
                                                       == "the")), None)
    if nxt is not None and nxt.actor is not None and nxt.actor.kind in {"GPE", "NORP"}:
        return nxt.end
    return end


def _label(actor: Actor) -> str:
    if actor.kind == "PERSON":
        return "PERSON"
    if actor.kind == "ORG" and actor.form == "name":
        return "ORG"
    return "GPE" if actor.kind != "NORP" else "NORP"


