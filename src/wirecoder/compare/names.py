"""Personal names of speakers: their titles, mislabelled names, and short forms.

Three upstream errors are common on unseen stories and each hides a speaker's side:

- the **title before a name** is not part of the mention ("Deputy Assistant Secretary of
  State for African Affairs Shannon Smith": the resolver gives Smith the country of the
  place he speaks in); ``title_before`` returns those words so that the country or national
  institution they name can decide;
- a **personal name labelled an organization** ("Phay Siphan" as ORG, with no country or
  sector): ``name_like`` tells such a mention from a real organization's name, so that it
  can continue the side of the official the sentence before introduced ("a government
  spokesman rejected the criticism. Phay Siphan said…");
- a **short form of a full name** ("Mr. Ban" after "Ban Ki-moon", "Smith" after "Shannon
  Smith") given another country by the resolver: the story's full name decides (see
  ``Speakers.side``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise
from typing import TYPE_CHECKING

from ..models import Analysis, Entity
from .countries import NONSTATE, countries_named
from .lexicon import Lexicon
from .sentences import sentence_of

if TYPE_CHECKING:
    from .sides import Speakers

__all__ = ["ARMED_GROUP", "corrected_sides", "described_names", "name_like", "national_office",
           "own_country", "self_rejections", "serving_elite", "short_name", "title_before"]

ARMED_GROUP = "REB"  # sector of armed groups: a side of their own, not their country's

TITLE_LOOKBACK = 90  # characters before a name searched for its title
TITLE = re.compile(r"(?:(?<=\s)|^)((?:[A-Z][\w.'’-]*\s+)(?:(?:[A-Z][\w.'’-]*|of|for|the|on)"
                   r"\s+){0,10})$")
ORGANIZATION_WORDS = re.compile(
    r"(?i)\b(?:front|party|ministry|council|agency|group|army|forces?|union|organi[sz]ation|"
    r"association|bank|company|corp\w*|inc|news|times|post|radio|television|tv|watch|"
    r"international|institute|university|committee|commission|department|office|service|"
    r"league|movement|network|foundation|fund|cent(?:er|re)|court|assembly|parliament|"
    r"congress|senate|house|government|state|republic|kingdom|nations|airlines?|media|press|"
    r"daily|journal|brigades?|battalion|coalition|alliance|authority|board|bureau|police|"
    r"guard|navy|embassy|mission|club|school|college|hospital|church|command|ltd|llc|plc|"
    r"holdings|project|program(?:me)?|initiative|forum|summit|conference|airport|port|rights|"
    r"reporters|borders|crisis|relief|aid|cross|crescent|doctors|freedom|amnesty|"
    r"transparency|energy|oil|gas|motors|systems|technologies|labs?|capital|partners)\b")
NAME_PARTICLES = frozenset({"de", "da", "di", "du", "del", "della", "van", "von", "der", "den",
                            "la", "le", "al", "el", "bin", "ibn"})  # "Ilona van Reest"
SENTENCE_END = re.compile(r"[a-z0-9)][.!?][\"”’]?\s")
HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Gen|Col|Sen|Rep)\.?\s+")


def title_before(text: str, start: int) -> str:
    """The capitalized title words directly before a mention at ``start``, if any.

    "…in Harare, Deputy Assistant Secretary of State for African Affairs Shannon Smith
    said" → "Deputy Assistant Secretary of State for African Affairs". The title stops at
    punctuation and at a lower-case word other than of/for/the/on ("and" would join two
    names: "Ana Costa and President Ruiz").
    """
    chunk = text[max(start - TITLE_LOOKBACK, 0):start]
    ends = list(SENTENCE_END.finditer(chunk))
    if ends:
        chunk = chunk[ends[-1].end():]
    found = TITLE.search(chunk)
    return found.group(1).strip() if found else ""


def name_like(entity: Entity) -> bool:
    """Whether a mention is a person's name, also when the recognizer called it an ORG.

    An ORG mention with no country, sector or organization, of two or three capitalized
    words none of which is an organization word ("Phay Siphan", not "Popular Front").
    """
    if entity.kind == "PERSON":
        return True
    if entity.kind != "ORG" or entity.sector_code or entity.country_code or entity.organization:
        return False
    words = [w for w in entity.raw_text.split() if w not in NAME_PARTICLES]
    return (2 <= len(words) <= 3 and all(w[:1].isupper() and not w.isupper() for w in words)
            and not any(ch.isdigit() for ch in entity.raw_text)
            and not ORGANIZATION_WORDS.search(entity.raw_text))


def short_name(entity: Entity) -> str | None:
    """The one-word name of a bare personal mention ("Mr. Ban" → "ban"), else None.

    A mention with a role or an organization ("Spokesman Zemedhun", "China's Wang") is
    described, not bare.
    """
    if entity.kind != "PERSON" or entity.role or entity.organization:
        return None
    name = HONORIFIC.sub("", (entity.entity_name or "").strip())
    return name.lower() if name and " " not in name else None


def corrected_sides(entities: list[Entity], lexicon: Lexicon, text: str = ""
                     ) -> dict[str, str]:
    """Speakers whose own description names another country than the resolver gave them.

    Every mention of the name that names a country must name the same one, and the
    resolver's code must be a country (or none), not an organization's.
    """
    named: dict[str, set[str]] = {}
    coded: dict[str, set[str | None]] = {}
    for entity in entities:
        if entity.kind not in {"PERSON", "NOMINAL", "ORG"} or entity.sector_code == ARMED_GROUP:
            continue
        own = own_country(entity, lexicon, text)
        if own:
            named.setdefault(entity.entity_name, set()).add(own)
        coded.setdefault(entity.entity_name, set()).add(entity.country_code)
    corrected = {}
    for name, countries in named.items():
        codes = coded[name]
        if len(countries) == 1 and not codes & (countries | NONSTATE):
            corrected[name] = next(iter(countries))
    return corrected


def own_country(entity: Entity, lexicon: Lexicon, text: str = "") -> str | None:
    """The one country a speaker's own words name, if they name exactly one.

    "A spokesman for the Chinese Foreign Ministry Liu Jianchao" names China (a nationality
    inside the mention), "State Department spokeswoman X" the United States (a national
    institution, ``institutions`` in the lexicon). The entity resolver sometimes gives such a
    speaker the country of a place named nearby (the quote's subject); the speaker's own
    description is the better evidence. Mentions naming two countries ("Pakistan's envoy to
    China") or none give None. A person's title written before the mention counts as his
    own words ("Deputy Assistant Secretary of State for African Affairs Shannon Smith").
    """
    found: set[str] = set()
    title = title_before(text, entity.start) if (
        text and entity.kind == "PERSON" and not entity.role) else ""
    for words in (entity.organization, entity.raw_text, title):
        if not words:
            continue
        found.update(countries_named(words))
        found.update(side for side, pattern in lexicon.institutions.items()
                     if pattern.search(words))
    return found.pop() if len(found) == 1 else None


REJECTED_AUTHOR = re.compile(  # "reject baseless allegations by Pakistani army spokesperson"
    r"(?i)\b(?:allegations?|accusations?|claims?|charges?|assertions?|statements?|remarks?)\s+"
    r"(?:by|from|of)\s+(?:the\s+)?((?:[\w.'’-]+\s+){0,3}[\w.'’-]+)")


def self_rejections(analysis: Analysis, spans: list[tuple[int, int]],
                    speakers: Speakers) -> dict[str, str]:
    """Speakers the resolver put on the side whose allegation they reject: {name: side}.

    "We categorically reject baseless allegations by Pakistani army spokesperson linking the
    attack … with Afghanistan," quoted from a foreign ministry spokesperson the resolver gave
    Pakistan: nobody rejects his own side's allegation as baseless, so he speaks for the one
    other country the sentence names. Only a speaker whose own words name no country is
    corrected, and only when the sentence names exactly one other country.
    """
    lexicon = speakers.lexicon
    fixed: dict[str, str] = {}
    for quote in analysis.quotes:
        speaker = quote.speaker
        if speaker is None or not speaker.entity_name or own_country(
                speaker, lexicon, analysis.text):
            continue
        side, commentator = speakers.side(speaker)
        if side is None or commentator:
            continue
        index = sentence_of(spans, quote.start)
        start, end = spans[index]
        sentence = analysis.text[start:end]
        author = REJECTED_AUTHOR.search(sentence)
        if not (author and lexicon.denial.search(sentence)
                and countries_named(author.group(1)) == {side}):
            continue
        others = set(countries_named(sentence)) - {side} - NONSTATE
        if len(others) == 1:
            fixed[speaker.entity_name] = others.pop()
    return fixed


def serving_elite(entity: Entity, lexicon: Lexicon, dated: bool) -> bool:
    """Whether a person the resolver placed in the ``ELI`` sector speaks for his country.

    The knowledge base marks a person ``ELI`` once all his offices have ended — on the
    story's date, or, for an undated story, today. The story's own words outrank that: a
    mention with an office title ("President X", "Secretary of State Y") and no commentator
    word ("former", "analyst") is a serving official; in an undated story every such
    person of a known country is (the KB cannot tell whether his office had ended by then).

    Args:
        entity: A resolved mention.
        lexicon: The compare lexicon (its commentator words).
        dated: Whether the story has a publication date.

    Returns:
        True for a person of a state in ``ELI`` whose mention carries an office title and
        no commentator word, or any such person of an undated story; False otherwise (not
        a person, not ``ELI``, no country or a non-state one, a commentator word).
    """
    if entity.kind != "PERSON" or entity.sector_code != "ELI" or not entity.country_code:
        return False
    if entity.country_code in NONSTATE:
        return False
    if lexicon.commentators.search(" ".join(filter(None, (entity.role, entity.raw_text)))):
        return False
    return bool(entity.role) or not dated


NATIONAL_OFFICE = re.compile(r"(?i)\b(?:minister|president|premier|chancellor|ambassador|"
                             r"secretary of state|foreign secretary|king|emir|spokes(?:man|woman|"
                             r"person))\b")


def national_office(entity: Entity, lexicon: Lexicon, text: str = "") -> str | None:
    """The country whose office a person's own mention gives him, when the resolver did not.

    "Freedonian Trade Minister X" speaks for Freedonia even when the knowledge base knows X
    by a later post at an international organization or in a non-party sector (health,
    business…): the story's description of the office he holds at the time outranks it.
    Only a person whose mention (or the title written before it) names a national office and
    exactly one country, no organization and no commentator word.

    Args:
        entity: A resolved mention.
        lexicon: The compare lexicon (organizations, commentator words).
        text: The story, for a title written before the mention.

    Returns:
        The country code, or None.
    """
    if entity.kind != "PERSON" or not entity.role or not NATIONAL_OFFICE.search(entity.role):
        return None
    words = " ".join(filter(None, (entity.raw_text, title_before(text, entity.start)
                                   if text else "")))
    if lexicon.commentators.search(words) or any(
            pattern.search(words) for pattern in lexicon.organizations.values()):
        return None
    countries = countries_named(words)
    if len(countries) != 1 or countries & NONSTATE:
        return None
    return next(iter(countries))


def described_names(entities: list[Entity], text: str,
                    side_of: Callable[[Entity], str | None]) -> dict[str, str]:
    """Names the story introduces in apposition to a description that has a side.

    "…welcomed the U.N. mediator for Freedonia, Ilona van Reest, to the talks", "Ruritania's trade
    minister, Ada Korr, said…": the description right before the name, closed by a comma,
    says whom the person speaks for when the resolver gave the name no side. Only a name
    (a person, or a personal name labelled an organization) without a side of its own, right
    after a description (``NOMINAL``) whose side ``side_of`` gives.

    Args:
        entities: The story's mentions.
        text: The story's text.
        side_of: The side a mention speaks for, or None.

    Returns:
        Names mapped to the side of the description they stand in apposition to.
    """
    found: dict[str, str] = {}
    for before, person in pairwise(sorted(entities, key=lambda e: e.start)):
        if (before.kind == "NOMINAL" and person.entity_name and name_like(person)
                and text[before.end:person.start] == ", " and side_of(person) is None
                and (side := side_of(before))):
            found[person.entity_name] = side
    return found
