"""Rule-based coreference inside one article.

* Repeated names: a later mention of the same person or organisation points back to
  the first one (``coref_of``); a bare surname of a person the text introduced
  ("Okafor" after "Gabriel Okafor") takes that person's name and codes.
* Titles: "the U.S. president" resolves through the knowledge base's dated roles, else
  to the last person the article gave that title. A bare definite title ("the
  President", "the Secretary") resolves to the one person the article introduced with
  that title; when it introduced several, or none, the document's government publisher
  decides (a White House readout's "the President" is the U.S. president; see
  :mod:`.publisher`); otherwise the mention keeps no country.
* Groups of leaders: "the two leaders", "both sides" become one mention of kind
  ``COMPOUND`` whose ``members`` are the canonical names of the last two actors
  (PLOVER compound actors: one actor, several members).
* Definite descriptions: "the island", "the country", "the group",
  "the bloc" point to the last fitting mention.
* Pronouns he/she/it/they that are subjects become ``PRONOUN`` mentions carrying the
  antecedent's codes (:mod:`.pronoun_links`).
* In a government's own statement, "we" / "our" outside quotation marks is the issuing
  government ("We condemn the attack" in a State Department statement: USA).
* Inside a quotation, "we", "I", "our embassy" are the quotation's speaker's side
  (:mod:`.first_person`).
"""

from __future__ import annotations

import datetime as dt
import itertools
import re

from spacy.tokens import Doc, Token

from ..codebook import NONSTATE
from ..pronouns import REPORT_LEMMAS
from ..textutil import tokens_with
from ..vocabulary import HOLDER_TITLES, PERSON_ROLE_NOUNS
from .acronyms import spelled_acronyms
from .first_person import quoted_first_person
from .groups import group_mentions, members_of_groups
from .held_names import held_name, holder_of
from .kb import KB, status
from .pronoun_links import common_sector, is_person, pronoun_mentions
from .publisher import Publisher
from .rementions import antecedent_codes, head_rementions
from .resolve import Mention
from .roles import is_office
from .surnames import misread_surname, surname_source, titled_surnames
from .titles import (
    copy_reference,
    issuer_possessives,
    issuer_pronouns,
    title_holder,
    title_references,
)

__all__ = ["link"]

ISLANDS = frozenset({"TWN", "CUB", "LKA", "MDG", "CYP", "ISL", "IRL", "JAM", "SGP", "MLT",
                     "HTI", "NZL", "BHR", "MUS", "FJI", "TLS", "BRN"})
DESCRIPTIONS = {"island": "island", "country": "state", "nation": "state", "kingdom": "state",
                "republic": "state", "group": "group", "bloc": "igo", "alliance": "igo",
                "body": "igo", "organization": "igo", "organisation": "igo", "company": "bus",
                "firm": "bus", "party": "party", "council": "igo"}
COMPOUND_HEADS = {"leaders": "person", "presidents": "person", "ministers": "person",
                  "premiers": "person", "sides": "party",
                  "countries": "state", "nations": "state", "governments": "state",
                  "two": "person", "powers": "state", "economies": "state"}
#: Heads of pairs of office holders: "the two leaders" are not the spokesperson quoted
#: in between.
LEADER_HEADS = frozenset({"leaders", "presidents", "ministers", "premiers"})


def link(doc: Doc, kb: KB, date: dt.date | None, mentions: list[Mention],
         publisher: Publisher | None = None) -> list[Mention]:
    """Resolve references among ``mentions`` and add pronoun/description mentions.

    Args:
        doc: The parsed document.
        kb: The compiled knowledge base.
        date: Publication date (dated roles).
        mentions: The mentions built by :func:`~wirecoder.actors.resolve.build_mentions`.
        publisher: The document's government publisher, if it has one (bare titles).
    """
    taken = [False] * len(doc)
    for m in mentions:
        for i in range(m.start, m.end):
            taken[i] = True
    _appositions(doc, mentions)
    _heads_of(doc, mentions)
    titled_surnames(doc, mentions)  # "Commissioner Varga" tagged ORG
    _names(doc, mentions)
    _titles(kb, date, mentions)
    spelled_acronyms(doc, mentions)  # "the NDA, Northern Defence Army": the document's NDA
    title_references(kb, date, mentions, publisher)
    if publisher is not None:
        _publisher_officials(mentions, publisher)
    _compounds(doc, mentions)
    mentions = sorted(mentions + group_mentions(doc, taken, mentions, kb), key=lambda m: m.start)
    members_of_groups(doc, mentions)  # "senior officials of the two countries"
    _possessives(doc, mentions, kb)
    added = _descriptions(doc, taken, mentions, kb) + pronoun_mentions(doc, taken, mentions)
    added += quoted_first_person(doc, taken, mentions)
    added += head_rementions(doc, taken, mentions + added, kb)  # "the junta": its named antecedent
    if publisher is not None:
        added += issuer_pronouns(doc, taken, kb, publisher)
        issuer_possessives(doc, mentions, publisher)
    _named_possessors(doc, mentions + added)
    antecedent_codes(mentions + added)
    return sorted(mentions + added, key=lambda m: m.start)


#: Titles of a state's head or head of government: the knowledge base's dated roles name
#: the publisher's own holders, so a named holder it does not know is a foreign one.
TOP_OFFICE = re.compile(r"\b(?:president|prime minister|premier|chancellor|king|queen|emir|"
                        r"sultan|crown prince)")


def _publisher_officials(mentions: list[Mention], publisher: Publisher) -> None:
    """Give the publisher's country to its own titled officials named without one.

    A government's statement marks foreign officials by their state ("Danish Acting
    Permanent Secretary X") and its own by the title alone ("Deputy Secretary of State X"
    in a State Department readout is a U.S. official). Not a named president, prime
    minister or king: the knowledge base knows the publisher's own (dated roles), so
    "President Zelaya" or "Prime Minister-Designate Al-Abadi" in a State Department text is
    a foreign leader whose country the text must give. Nor a minister in a U.S. text: the
    U.S. government has secretaries, so "Minister X" there is a foreign official.
    """
    for m in mentions:
        role = str(m.role).lower()
        if m.kind == "PERSON" and m.country is None and m.extra.get("office") and not (
                TOP_OFFICE.search(role) or (publisher.country == "USA" and "minister" in role)):
            m.country, m.resolved_by = publisher.country, "publisher"


def _names(doc: Doc, mentions: list[Mention]) -> None:
    first: dict[str, Mention] = {}
    own: dict[str, set[str]] = {}  # the countries a name's people have by their own words
    people: list[Mention] = []
    for m in mentions:
        if misread_surname(doc, m):  # "Lindqvist said" tagged ORG after "Anna Lindqvist"
            source = surname_source(m.name, people)
            if source is not None:
                m.kind, m.is_place = "PERSON", False
        if m.kind == "PERSON" and " " not in m.name and (m.resolved_by in {"ner", "context"} or (
                m.resolved_by == "pattern" and not m.country)):  # "Minister Stropnicky"
            source = surname_source(m.name, people)
            if source is not None:
                copy_reference(m, source)
                m.resolved_by, m.role = "coref", m.role or source.role
                m.antecedent = holder_of(first.get(source.name, source))
                continue
        if m.kind == "ORG" and m.resolved_by in {"ner", "context"} and m.name in BODY_HEADS:
            source = _body_source(m.name, list(first.values()))
            if source is not None:  # "the Council" after "the U.N. Security Council"
                copy_reference(m, source)
                m.resolved_by, m.antecedent = "coref", source
                continue
        if m.kind in {"PERSON", "ORG"}:
            if m.name in first and first[m.name] is not m:
                m.antecedent = first[m.name]
                if _same_person(m, first[m.name], own.get(m.name, set())):
                    # "Sudanese President Okello … President Okello": the name again
                    copy_reference(m, first[m.name])
                    m.resolved_by, m.role = "coref", m.role or first[m.name].role
            first.setdefault(m.name, m)
            if m.kind == "PERSON" and m.country and m.resolved_by in {"pattern", "kb"}:
                own.setdefault(m.name, set()).add(m.country)
        if m.kind == "PERSON" and " " in m.name:
            people.append(m)
        elif (held := held_name(doc, m)) is not None:
            people.append(held)  # "Latvian Minister of Defence E. Kalnins" ... "Minister Kalnins"


def _same_person(m: Mention, source: Mention, countries: set[str]) -> bool:
    """Return True when ``m`` repeats the name of a person with a country, having none itself.

    A person named by the same words again ("Sudanese President Okello" … "President
    Okello") is that person; a repeat with a country of its own keeps it, one guessed from
    the sentence (``context``) does not, as with a bare surname. Not when the
    name's people so far have several countries (``countries``: "Israeli Prime Minister
    Levy … Palestinian negotiator Levy … Levy") or the repeat has a title of its own that
    is not the first one's ("rebel commander Bashir" after "President Bashir").
    """
    roles = [r.lower().split()[-1] for r in (m.role, source.role) if r and r.strip()]
    return (m.kind == "PERSON" and source.kind == "PERSON"
            and (m.country is None or m.resolved_by == "context")
            and source.country is not None and source.resolved_by in {"pattern", "kb"}
            and countries == {source.country} and len(set(roles)) < 2)


#: One-word names of bodies that, alone, repeat a body named before in full ("the Council"
#: after "the Security Council", "the Department" after "the Department of the Treasury").
BODY_HEADS = frozenset({"Council", "Department", "Commission", "Court", "Ministry",
                        "Committee", "Assembly", "Agency", "Tribunal", "Parliament", "Bank",
                        "Fund", "Organization", "Organisation", "Union", "Mission", "Office"})


def _body_source(word: str, named: list[Mention]) -> Mention | None:
    """Return the one earlier organisation whose name holds ``word``, if only one does."""
    found = {m.name: m for m in named if m.kind == "ORG" and m.country
             and m.resolved_by not in {"context", "story"} and word in m.name.split()
             and m.name != word}
    return next(iter(found.values())) if len(found) == 1 else None


def _appositions(doc: Doc, mentions: list[Mention]) -> None:
    """Join a title and a name in apposition ('the UNRWA chief, Philippe Lazzarini,').

    A title the model split from the name right after it ("Kenyan Deputy Interior
    Minister Odhiambo Kiprono" as two mentions) is joined the same way.

    The name is a person (even when the model tagged it ORG) and takes the title's
    role and codes where it has none; the title is named after the person. An unknown
    one-word organisation name in apposition to a body takes the body's codes.
    """
    for left, right in itertools.pairwise(mentions):
        if _split_title(left, right):
            # "Kenyan Deputy Interior Minister | Odhiambo Kiprono": the model split
            # the title from the name it precedes (round 21)
            right.kind, right.country, right.sector = "PERSON", left.country, left.sector
            right.role, right.org, right.resolved_by = left.role, left.org, "pattern"
            if _given_part(doc, left):
                # "Information Minister Mohammed Said | Kazin al-Sahhaf": one name cut in two
                right.name = f"{left.name} {right.name}"
            left.name = right.name
            continue
        if right.start != left.end + 1 or doc[left.end].text != ",":
            continue
        title, name = (left, right) if left.kind == "NOMINAL" else (right, left)
        if (title.kind == "NOMINAL" and title.country and not title.extra.get("office")
                and name.kind == "ORG" and name.country is None and name.resolved_by == "ner"
                and " " not in name.name):
            # "the regional peacekeeping force, FOMAC,": the acronym names the body
            name.country, name.sector, name.resolved_by = title.country, title.sector, "coref"
            continue
        if title.kind != "NOMINAL" or title.plural or not title.role or title.extra.get("post"):
            continue
        if name.kind == "ORG" and name.resolved_by in {"ner", "context"} and " " in name.name:
            name.kind = "PERSON"
        if name.kind != "PERSON":
            continue
        if name.resolved_by in {"ner", "context"}:
            name.country, name.sector = title.country or name.country, title.sector
            name.role, name.org, name.resolved_by = title.role, title.org, "pattern"
        title.name = name.name
        if title.start > name.start:
            title.antecedent = name


def _split_title(left: Mention, right: Mention) -> bool:
    """Return True for a title with a country of its own right before a name without one.

    The title may be tagged a person itself ("Kenyan Deputy Interior Minister" before
    "Odhiambo Kiprono"); the name has no title of its own and may be tagged
    an organisation ("opposition leader Morgan Tsvangirai"), as in apposition.
    """
    return (right.start == left.end and left.kind in {"NOMINAL", "PERSON"} and not left.plural
            and bool(left.role) and bool(left.country) and left.resolved_by == "pattern"
            and not left.extra.get("post") and not right.role
            and right.resolved_by in {"ner", "context"}
            and (right.kind == "PERSON" or (right.kind == "ORG" and " " in right.name)))


def _given_part(doc: Doc, title: Mention) -> bool:
    """Return True when a split title mention ends in a name of its own, not in title words.

    "Iraqi Information Minister Mohammed Said | Kazin al-Sahhaf": the model cut one person's
    name after its given names; the title mention's name ("Mohammed Said") is the first part
    of the name that follows. "Kenyan Deputy Interior Minister | Odhiambo Kiprono" ends in
    title words: the name after it is the whole name.
    """
    words = title.name.split()
    if not words or not doc[title.start:title.end].text.endswith(title.name):
        return False
    role = set((title.role or "").lower().split())
    return all(w[:1].isupper() and w.lower() not in PERSON_ROLE_NOUNS and w.lower() not in role
               for w in words)


#: Verbs of a relative clause that make a person the head of a body ("X, who heads the
#: Ruritanian delegation,"); present tense only: "who led" may be a former post.
HEAD_VERBS = frozenset({"heads", "leads", "chairs", "commands", "directs"})


def _heads_of(doc: Doc, mentions: list[Mention]) -> None:
    """Give a person without a country the codes of the body a relative clause says they head.

    "Mr. Kalo, who heads the Ruritanian delegation, ..." is a Ruritanian official: the
    body is the object of "who heads / leads / chairs / commands" attached to the name.
    """
    for m in mentions:
        if m.kind != "PERSON" or m.country is not None:
            continue
        head = doc[m.end - 1]
        for clause in head.children:
            if clause.dep_ != "relcl" or clause.lower_ not in HEAD_VERBS or not any(
                    c.dep_ == "nsubj" and c.lower_ == "who" for c in clause.children):
                continue
            objects = [c.i for c in clause.children if c.dep_ == "dobj"]
            body = next((b for b in mentions for i in objects if b.start <= i < b.end
                         and b.country and not b.is_place), None)
            if body is not None:
                m.country, m.sector, m.resolved_by = body.country, body.sector, "coref"
                m.org = m.org or body.name


def _titles(kb: KB, date: dt.date | None, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind != "NOMINAL" or m.plural or not m.role or m.sector == "ELI" or m.extra.get(
                "title_ref"):
            continue
        title = m.role.lower()
        if title not in HOLDER_TITLES and title.split()[-1] not in HOLDER_TITLES:
            continue
        guessed = m.resolved_by in {"context", "story"}
        person = title_holder(kb, date, m.country, title) if not guessed else None
        earlier = [p for p in mentions[:i] if p.kind == "PERSON"
                   and (person is None or p.name == person)
                   and (m.resolved_by in {"context", "story"} or p.country == m.country)
                   and (p.title == title or (p.role or "").lower().endswith(title))]
        if earlier:
            copy_reference(m, earlier[-1])
            m.resolved_by = "coref"
        elif person is not None:
            actor = kb.persons[person]
            m.name = person
            m.country, m.sector, _ = status(actor, date)
            m.resolved_by = "kb"


def _compounds(doc: Doc, mentions: list[Mention]) -> None:
    for i, m in enumerate(mentions):
        if m.kind != "NOMINAL" or (m.country and m.resolved_by not in {"context", "story"}):
            continue
        words = [t.lower_ for t in doc[m.start:m.end]]
        head = words[-1]
        if head not in COMPOUND_HEADS or words[0] not in {"the", "both"}:
            continue
        if {"two", "both"} & set(words) and head in LEADER_HEADS:
            members = _last_distinct(_office_holders(mentions[:i]), "person")
        elif {"two", "both"} & set(words):
            members = _last_distinct(mentions[:i], COMPOUND_HEADS[head])
        elif words == ["the", "leaders"]:  # a pair only when the text has two leaders
            members = _office_holders(mentions[:i], heads_only=True)
        else:  # "the foreign ministers" is no pair
            continue
        if len(members) != 2:
            continue
        m.kind, m.resolved_by = "COMPOUND", "coref"
        m.members = tuple(x.name for x in members)
        codes = {x.country for x in members}
        m.country = codes.pop() if len(codes) == 1 else None
        m.name = " and ".join(m.members)
        m.sector = "GOV" if COMPOUND_HEADS[head] == "state" else common_sector(members)


def _possessives(doc: Doc, mentions: list[Mention], kb: KB) -> None:
    """Give 'his aides', 'its troops', 'their forces' the possessor's country.

    The possessor is first the subject of the clause ("Ruritania moved its troops"), or,
    when the possessed noun is itself the subject, the subject of the clause that embeds
    it ("the government said its forces had retaken the town"); else the last fitting
    mention before. A role that takes its organisation's sector ("its teams", "his aides")
    also takes the possessor's sector when the possessor has one (ICRC's teams are MED).
    """
    for i, m in enumerate(mentions):
        first = doc[m.start].lower_
        if m.kind != "NOMINAL" or first not in {"his", "her", "its", "their"}:
            continue
        if m.country and m.resolved_by not in {"context", "story"}:
            continue
        wants_person = first in {"his", "her"}
        prev = _clause_possessor(doc, m, mentions[:i], wants_person)
        if prev is None:
            prev = next((p for p in reversed(mentions[:i]) if _possessor_fits(p, wants_person)),
                        None)
        if prev is not None:
            m.country, m.antecedent, m.resolved_by = prev.country, prev, "coref"
            if (m.role or "").lower() in kb.inherit and prev.sector:
                m.sector = prev.sector


#: Heads whose possessor is the other side ("Biden's counterpart", "Putin's host").
_OTHER_SIDE = frozenset({"counterpart", "counterparts", "host", "hosts", "guest", "guests",
                         "visitor", "visitors", "interlocutor", "interlocutors"})


def _named_possessors(doc: Doc, mentions: list[Mention]) -> None:
    """Give "<person>'s security cabinet", "the <person> government" the named person's country.

    The nominal stops at a person's name, so "Prime Minister Olga Varnak's security cabinet"
    was a cabinet of no country. A body, official or group a named person owns is that
    person's country's (round 10); not a counterpart, host or guest, who is the other side.
    Only possessors with a country of their own (knowledge base, title), not a guessed one.
    """
    by_end = {m.end: m for m in mentions if m.kind == "PERSON" and m.country
              and m.resolved_by not in {"context", "story"}}
    for m in mentions:
        if (m.kind != "NOMINAL" or m.country is not None or m.start < 1
                or doc[m.end - 1].lower_ in _OTHER_SIDE):
            continue
        if doc[m.start - 1].lower_ in {"'s", "’s", "'"}:
            owner = by_end.get(m.start - 1)
            case = doc[m.start - 1]  # "'s": on the owner's name, which hangs on the head
            if owner is not None and doc[m.end - 1].i in {case.head.i, case.head.head.i}:
                m.country, m.antecedent, m.resolved_by = owner.country, owner, "coref"
        elif doc[m.end - 1].lower_ in LEADER_BODIES:
            owner = by_end.get(m.start)  # "the Maduro government": the name modifies the head
            if owner is not None and doc[m.start - 1].dep_ in {"compound", "nmod"} and (
                    doc[m.start - 1].head.i == m.end - 1):
                m.country, m.antecedent, m.resolved_by = owner.country, owner, "coref"


#: Bodies a head of state or government names by his own name: "the Maduro government",
#: "the Obama administration", "the Ortega regime" (round 21).
LEADER_BODIES = frozenset({"government", "administration", "regime", "cabinet", "junta"})


def _possessor_fits(prev: Mention, wants_person: bool) -> bool:
    person = prev.kind == "PERSON" or (
        prev.kind == "NOMINAL" and not prev.plural and bool(prev.role)
        and not prev.extra.get("collective"))  # "the head of MSF ... his teams"
    return wants_person == person and bool(prev.country) and not prev.is_place


def _clause_possessor(doc: Doc, m: Mention, before: list[Mention],
                      wants_person: bool) -> Mention | None:
    """Return the subject mention that a possessive nominal most likely refers to."""
    tok = doc[m.end - 1]
    for _ in range(8):  # from the noun up to its verb
        if tok.pos_ in {"VERB", "AUX"} or tok.head.i == tok.i:
            break
        tok = tok.head
    own_subject = any(m.start <= c.i < m.end for c in tok.children
                      if c.dep_ in {"nsubj", "nsubjpass"})
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}
                    and c.i < m.start and not own_subject]
        for subject in subjects:
            found = next((p for p in before if p.start <= subject.i < p.end), None)
            if found is not None and _possessor_fits(found, wants_person):
                return found
        if tok.dep_ not in {"ccomp", "conj", "advcl", "xcomp"} or tok.head.i == tok.i:
            return None
        tok, own_subject = tok.head, False
    return None


def _office_holders(mentions: list[Mention], heads_only: bool = False) -> list[Mention]:
    """Return the mentions of distinct office holders the text has named so far, in order.

    With ``heads_only``, heads of state or government only (presidents, prime ministers,
    chancellors, kings): "the leaders" of a readout.
    """
    found: dict[str, Mention] = {}
    for m in mentions:
        role = (m.role or m.title or "").lower()
        if not is_person(m) or not is_office(role):
            continue
        if heads_only and (role.split()[-1] not in {"president", "minister", "premier",
                                                      "chancellor", "king", "emir"}
                           or role.startswith(("vice", "deputy", "foreign", "defense",
                                               "defence"))):
            continue
        found.pop(m.name, None)
        found[m.name] = m  # latest mention last
    return list(found.values())


def _last_distinct(mentions: list[Mention], what: str) -> list[Mention]:
    found: dict[str, Mention] = {}
    for m in reversed(mentions):
        if what == "person":
            ok = is_person(m)
        elif what == "party":  # "both sides": states or armed groups ("Israel and Hamas")
            ok = (m.kind in {"GPE", "NORP", "ORG"} and not m.is_place and bool(m.country))
        else:
            ok = (m.kind in {"GPE", "NORP"} or m.sector == "GOV") and not m.is_place and bool(
                m.country) and m.country not in NONSTATE
        key = m.name if what in {"person", "party"} else str(m.country)
        if ok and key not in found:
            found[key] = m
        if len(found) == 2:
            break
    return list(reversed(found.values()))


def _descriptions(doc: Doc, taken: list[bool], mentions: list[Mention],
                  kb: KB) -> list[Mention]:
    out = []
    for i in tokens_with(doc, DESCRIPTIONS):
        tok = doc[i]
        what = DESCRIPTIONS[tok.lower_]
        if taken[i] or tok.pos_ != "NOUN":
            continue
        det = tok.left_edge
        if det.lower_ != "the" or det.i < tok.i - 5 or any(taken[det.i: tok.i + 1]):
            continue
        source = _description_source(mentions, what, doc[det.i].idx, tok)
        if source is None:
            continue
        m = Mention(det.i, tok.i + 1, "NOMINAL", source.name, resolved_by="coref")
        copy_reference(m, source)
        m.is_place = what in {"island", "state"} and _is_place(tok)
        if what in {"island", "state"} and (source.is_place or source.kind != "GPE"):
            m.sector = None  # the state as a whole, not the city or the speaker's office
            if source.kind != "GPE":
                m.name, m.antecedent = kb.country_name(m.country) or m.name, None
        out.append(m)
        for i in range(det.i, tok.i + 1):
            taken[i] = True
    return out


def _speaker_of(tok: Token, before: list[Mention]) -> Mention | None:
    """Return the mention that speaks the clause holding ``tok`` ("X said the country ...")."""
    verb = tok
    for _ in range(10):
        if verb.dep_ == "ccomp" and verb.head.lemma_ in REPORT_LEMMAS:
            subject = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
            if subject is None:
                return None
            return next((m for m in before if m.start <= subject.i < m.end
                         and m.kind in {"PERSON", "NOMINAL", "ORG"}), None)
        if verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def _is_place(tok: Token) -> bool:
    return tok.dep_ == "pobj" and tok.head.lower_ in {"in", "at", "to", "into", "across", "on"}


def _description_source(mentions: list[Mention], what: str, char: int,
                        tok: Token) -> Mention | None:
    """Return the mention a definite description ("the country", "the group") points to.

    "The country" prefers the last state that acts or is named as a state over a city
    named as a place ("Ruritania's minister flew to Oslo. The country ..." is not Norway).
    """
    del char
    before = [m for m in mentions if m.end <= tok.i]
    if what == "state":
        speaker = _speaker_of(tok, before)
        if speaker is not None and speaker.country and speaker.country not in NONSTATE:
            return speaker  # "Brazil's foreign minister said the country would not yield"
        acting = next((m for m in reversed(before) if not m.is_place and m.kind == "GPE"
                       and m.country and m.country not in NONSTATE), None)
        if acting is not None:
            return acting
    for m in reversed(before):
        code = m.country or ""
        if what == "island" and code in ISLANDS and m.kind in {"GPE", "NORP"}:
            return m
        if what == "state" and m.kind in {"GPE", "NORP"} and code and code not in NONSTATE:
            return m
        if what == "group" and m.kind in {"ORG"} and m.sector in {"REB", "SOC", "PTY", "UAF"}:
            return m
        if what == "igo" and m.kind in {"ORG"} and code in {"IGO", "EUR", "UNO"}:
            return m
        if what == "bus" and m.kind == "ORG" and m.sector == "BUS":
            return m
        if what == "party" and m.kind == "ORG" and "PTY" in {m.sector, *m.others}:
            return m
    return None
