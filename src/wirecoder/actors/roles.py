"""Title phrases read with the knowledge base: role words, their sectors, named countries.

Stateless helpers of the actor resolver (``resolve.py``): they look words up in the
knowledge base and need nothing of the document being built but the tokens they get.
"""

from __future__ import annotations

import datetime as dt
import functools

from spacy.tokens import Doc, Span, Token

from ..vocabulary import OFFICE_TITLES
from .kb import KB, Actor, fold, status
from .match import place_country
from .mention import role_start
from .syntax import STATE_TITLES

__all__ = [
    "country_of_text",
    "hq_country",
    "hyphen_modifier",
    "inherit",
    "is_office",
    "no_context",
    "office_holder",
    "office_matches",
    "role_of",
    "role_phrase",
]


def role_phrase(kb: KB, head: Token) -> tuple[str, str | None] | None:
    """Return the role phrase headed by ``head`` ('minister', 'border guards') and its sector.

    Args:
        kb: The knowledge base (role words and roles that inherit a sector).
        head: A noun.

    Returns:
        The phrase and its sector (None when the role inherits it), or None for no role.
    """
    if head.pos_ not in {"NOUN", "PROPN"}:
        return None
    lower = head.lower_
    if lower in kb.inherit or (lower,) in kb.role_words:
        return lower, kb.role_words.get((lower,))
    if head.i > 0:
        pair = (head.doc[head.i - 1].lower_, lower)
        if pair in kb.role_words:
            return " ".join(pair), kb.role_words[pair]
    return None


def role_of(kb: KB, words: list[Token]) -> tuple[str | None, str | None]:
    """Return the rightmost, longest role phrase in ``words`` and its sector.

    Args:
        kb: The knowledge base (role words, inheriting roles, 'former' words).
        words: Tokens of a title phrase, in order.

    Returns:
        The role phrase (its lowercase modifiers included) and its sector, or two Nones.
    """
    lowered = [w.lower_ for w in words]
    for end in range(len(lowered), 0, -1):
        for size in (4, 3, 2, 1):
            if end - size < 0:
                continue
            phrase = tuple(lowered[end - size:end])
            sector = kb.role_words.get(phrase)
            if sector is not None or (size == 1 and phrase[0] in kb.inherit):
                first = role_start(words, end - size, kb.former)
                text = " ".join(w.text for w in words[first:end])
                return text, sector or None
    return None, None


def inherit(kb: KB, role: str, sector: str | None, info: dict[str, str | None]) -> str | None:
    """Return the sector of ``role``, inherited from its organisation or state where it may.

    Args:
        kb: The knowledge base (roles that inherit a sector, and their fallback).
        role: The role phrase.
        sector: The role's own sector, if any.
        info: What the title phrase gave; its ``country`` may be set from the organisation.

    Returns:
        The sector of the mention.
    """
    role = role.lower()
    last = role.split()[-1]
    fallback = kb.inherit.get(role) or kb.inherit.get(last)
    if fallback is None:
        return sector
    if (last in STATE_TITLES and info.get("country") and not info.get("org")
            and sector in {None, "SOC"}):
        return "GOV"  # "Pakistan's finance adviser", "Ukraine's mission chief"
    if info.get("org_sector"):
        if sector in {None, "SOC"} or info["org_sector"] not in {"GOV"}:
            info["country"] = info.get("org_country") or info.get("country")
        return info["org_sector"]
    return sector or fallback


def no_context(kb: KB, info: dict[str, str | None]) -> bool:
    """Return True for commentators (analysts, experts): not assumed from the focus country.

    Args:
        kb: The knowledge base (fallback sectors of roles).
        info: What the title phrase gave (``role``, ``org``).

    Returns:
        True when the role falls back to SOC, BUS or EDU and no organisation is named.
    """
    role = (info.get("role") or "").lower()
    fallback = kb.inherit.get(role) or kb.inherit.get(role.split()[-1] if role else "")
    return fallback in {"SOC", "BUS", "EDU"} and not info.get("org")


#: Words after "<name>-" that make the name a description of a thing: a period, a style,
#: a base ("Soviet-era", "British-style", "Yemen-based"), never its owner or maker.
HYPHEN_DESCRIPTIONS = frozenset({"era", "style", "type", "period", "vintage", "based"})


def hyphen_modifier(kb: KB, tok: Token) -> bool:
    """Return True for 'U.S.-proposed' of 'a U.S.-proposed ceasefire' (no actor).

    Also the split form the tokenizer gives most names ("Soviet", "-", "era" of
    "Soviet-era blocks") when the word after the hyphen names a period, a style or a
    base (:data:`HYPHEN_DESCRIPTIONS`) and the phrase modifies a noun that is no role:
    the name describes the thing, it is not a party. Owner, flag and control words keep
    the state ("a Malaysian-flagged ship", "a Turkish-owned vessel" are that state's in
    the gold); "-led" and the agent participles ("-backed") are read elsewhere
    (:func:`.syntax.led_noun`, :func:`.syntax.agent_hyphen`).

    Args:
        kb: The knowledge base (role words).
        tok: The last token of a name.

    Returns:
        True when the hyphenated word modifies a noun that is no role.
    """
    if "-" in tok.text:
        return (tok.dep_ in {"amod", "compound", "nmod"} and tok.head.i > tok.i
                and tok.head.pos_ == "NOUN" and role_phrase(kb, tok.head) is None)
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].text not in {"-", "–"} or tok.whitespace_:
        return False
    word = doc[tok.i + 2]
    if word.lower_ not in HYPHEN_DESCRIPTIONS:
        return False
    noun = word if word.pos_ == "NOUN" and word.head.pos_ != "NOUN" else word.head
    return (noun.i > tok.i and noun.pos_ == "NOUN" and noun.i - word.i <= 3
            and role_phrase(kb, noun) is None)


def hq_country(kb: KB, doc: Doc, end: int) -> str | None:
    """Return the country of an org from '..., a New York-based firm' after it.

    Args:
        kb: The knowledge base.
        doc: The document.
        end: Token offset right after the organisation's name.

    Returns:
        The country code of the place before '-based', or None.
    """
    for tok in doc[end: min(len(doc), end + 10)]:
        if tok.lower_.endswith("-based") or tok.lower_ == "based":
            left = doc[max(end, tok.i - 3): tok.i + 1].text
            name = left.rsplit(" ", 3)[-1] if "-" not in left else left
            name = name.removesuffix("-based").split(",")[-1].strip()
            code = country_of_text(kb, name)
            if code:
                return code
    return None


def country_of_text(kb: KB, text: str) -> str | None:
    """Return the country of a place name, trying it whole, its last two words, its last word.

    Args:
        kb: The knowledge base (tried first for each variant).
        text: The name.

    Returns:
        The country code from the knowledge base or the gazetteer, or None.
    """
    for variant in (text, " ".join(text.split()[-2:]), text.split()[-1] if text else ""):
        actors = kb.lookup(variant)
        if actors and actors[0].country:
            return actors[0].country
        code = place_country(variant) if variant else None
        if code:
            return code
    return None


#: First words that make a title another office than its last word ("Vice President" is
#: not "the President", "Prime Minister" not "the Minister").
_OTHER_OFFICE = ("vice ", "deputy ", "under ", "assistant ", "prime ", "first ", "former ",
                 "acting ", "crown ")


def is_office(role: str | None) -> bool:
    """Return True for a title held by one person of a state ("president", "foreign minister").

    Args:
        role: A role phrase as the resolver reads it (any case).
    """
    return bool(role) and str(role).lower().split()[-1] in OFFICE_TITLES


def office_matches(title: str, role: str | None) -> bool:
    """Return True when a person introduced with ``role`` holds the bare ``title``.

    "Secretary of State Kerry" and "Secretary Kerry" hold "the Secretary"; "Vice President
    Biden" does not hold "the President", nor "Prime Minister Harper" "the Minister".

    Args:
        title: The bare title of a definite mention, lower case ("president").
        role: The role the text gave the candidate, any case.
    """
    if not role:
        return False
    role = role.lower()
    if role == title or role.startswith(title + " of ") or role.startswith(title + "-"):
        return True
    return (title in {"secretary", "minister"} and role.endswith(" " + title)
            and not role.startswith(_OTHER_OFFICE))


@functools.lru_cache(maxsize=8)
def _by_surname(kb: KB) -> dict[str, list[Actor]]:
    """The knowledge base's people by folded surname."""
    out: dict[str, list[Actor]] = {}
    for person in kb.persons.values():
        out.setdefault(fold(person.name.split()[-1]).lower(), []).append(person)
    return out


#: Generational suffixes after a surname.
_NAME_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def office_holder(kb: KB, date: dt.date | None, name: Span, role: str | None) -> Actor | None:
    """Return the one known person with this surname who held the titled office then.

    "Secretary Austin" (2023) is Lloyd Austin, the defense secretary, though "Austin"
    alone is no alias (a city): the title and the date are the evidence.

    Args:
        kb: The knowledge base (people and their dated roles).
        date: Publication date; without one, nothing is looked up.
        name: The name the text gives ("Austin", "Lloyd J. Austin III").
        role: The title the text gives it ("Secretary").
    """
    if not role or not is_office(role) or date is None:
        return None
    last = len(name) - 1
    while last > 0 and name[last].text.rstrip(".") in _NAME_SUFFIXES:
        last -= 1  # "Lloyd J. Austin III"
    found = []
    for person in _by_surname(kb).get(fold(name[last].text).lower(), ()):
        _, sector, held = status(person, date)
        if held and sector != "ELI" and (office_matches(role.lower(), held)
                                         or held == role.lower()):
            found.append(person)
    return found[0] if len(found) == 1 else None
