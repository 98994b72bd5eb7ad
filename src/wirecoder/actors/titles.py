"""References by title and by the issuer of a document (see :mod:`.coref`).

* A bare definite title ("the President", "the Secretary") names the one person the text
  introduced with that title; when it introduced several, or none, the document's
  government publisher decides (a White House readout's "the President" is the U.S.
  president; a Defense Department release's "the Secretary" its Secretary of Defense).
  With neither, the mention keeps no country.
* In a government's own statement, "we" / "our" outside quotation marks is the issuing
  government ("We condemn the attack" in a State Department statement: USA).
"""

from __future__ import annotations

import bisect
import datetime as dt
import re

from spacy.tokens import Doc, Token

from ..textutil import parsed_text, tokens_with
from .kb import KB, status
from .mention import Mention
from .publisher import Publisher
from .roles import office_matches

__all__ = ["copy_reference", "issuer_possessives", "issuer_pronouns", "quoted", "title_holder",
           "title_references"]


def copy_reference(target: Mention, source: Mention) -> None:
    """Make ``target`` a reference to ``source``: its name, codes and antecedent."""
    target.name, target.country, target.sector = source.name, source.country, source.sector
    target.others, target.antecedent = source.others, source
    if target.org is None:
        target.org = source.org

def title_references(kb: KB, date: dt.date | None, mentions: list[Mention],
                      publisher: Publisher | None) -> None:
    """Resolve bare definite titles ("the President") to the person they name, if known."""
    for i, m in enumerate(mentions):
        if not m.extra.get("title_ref") or not m.role:
            continue
        title = m.role.lower()
        # "the president of Djibouti": the title's own phrase names its state (round 23)
        state = m.country if m.extra.get("post") else None
        holders: dict[str, Mention] = {}
        for p in mentions[:i]:
            if (p.kind == "PERSON" or (p.extra.get("title_ref") and p.country)) and (
                    office_matches(title, p.role) or p.title == title) and (
                    state is None or p.country == state):
                holders.setdefault(p.name, p)
        if len(holders) > 1 and publisher is not None:
            own = {k: v for k, v in holders.items() if v.country == publisher.country}
            holders = own if len(own) == 1 else holders
        if len(holders) == 1:
            source = next(iter(holders.values()))
            copy_reference(m, source.antecedent or source)
            m.resolved_by = "coref"
        elif not holders and publisher is not None and state in (None, publisher.country):
            _publisher_office(kb, date, m, publisher.country, publisher.office(title))


def _publisher_office(kb: KB, date: dt.date | None, m: Mention, country: str,
                      office: str) -> None:
    """Give a bare title the publisher's office holder ("the President" of a White House text)."""
    person = title_holder(kb, date, country, office)
    if person is not None:
        m.name = person
        m.country, m.sector, _ = status(kb.persons[person], date)
    elif (country, office) in kb.titles:  # the office exists; its holder is not in the KB
        m.name = f"{kb.country_name(country) or country} {office}"
        m.country, m.sector = country, "GOV"
    else:
        return
    m.resolved_by = "publisher"


def title_holder(kb: KB, date: dt.date | None, country: str | None, title: str) -> str | None:
    """Return the knowledge base's holder of ``country``'s office ``title`` on ``date``."""
    if not country:
        return None
    for actor in kb.titles.get((country, title), []):
        code, sector, held = status(actor, date)
        if held == title and code == country and sector != "ELI":
            return actor.name
    return None

#: First-person words that name the issuer of an official statement: "we" is the
#: government, "I" the official who signs it ("I condemn the attack" in a minister's
#: statement), of the same government.
_ISSUER_WORDS = frozenset({"we", "us", "our", "i", "me"})
_OPENING_QUOTES = frozenset({"“", "‘"})
_CLOSING_QUOTES = frozenset({"”", "’"})


def issuer_pronouns(doc: Doc, taken: list[bool], kb: KB,
                     publisher: Publisher) -> list[Mention]:
    """Return mentions of the issuing government for "we"/"our"/"I" of its own statement."""
    out = []
    name = f"{kb.country_name(publisher.country) or publisher.country} government"
    for i in tokens_with(doc, _ISSUER_WORDS):
        tok = doc[i]
        if taken[i] or quoted(tok):
            continue
        m = Mention(tok.i, tok.i + 1, "PRONOUN", name, publisher.country, "GOV",
                    resolved_by="publisher")
        out.append(m)
        taken[tok.i] = True
    return out


def issuer_possessives(doc: Doc, mentions: list[Mention], publisher: Publisher) -> None:
    """Give "our officials" of an official statement the issuing government's country."""
    for m in mentions:
        first = doc[m.start]
        if (m.kind == "NOMINAL" and first.lower_ == "our" and not quoted(first)
                and (m.country is None or m.resolved_by in {"context", "story"})):
            m.country, m.resolved_by = publisher.country, "publisher"


def quoted(tok: Token) -> bool:
    """Return True when ``tok`` stands inside quotation marks of its paragraph.

    The marks are read back over at most :data:`_QUOTE_WINDOW` tokens. A paragraph break in
    that window resets the reading, so the answer is then the one of a single pass over the
    whole document, computed once per document (:func:`_quote_states`); only a token more
    than the window away from the document's start and from any paragraph break is read
    back over the marks of its window (every other token leaves the reading as it is).
    """
    doc = tok.doc
    i = tok.i
    start = max(0, i - _QUOTE_WINDOW)
    marks, after, breaks = _quote_states(doc)
    k = bisect.bisect_left(breaks, i) - 1  # the last break before the token
    if start == 0 or (k >= 0 and breaks[k] >= start):
        k = bisect.bisect_left(marks, i) - 1  # the last mark or break before the token
        return after[k] if k >= 0 else False
    inside = False  # only the marks in the window change the reading (no break there)
    for k in marks[bisect.bisect_left(marks, start):bisect.bisect_left(marks, i)]:
        prev = doc[k]
        inside = _quote_step(inside, prev.text_with_ws, prev.text)
    return inside


#: How many tokens :func:`quoted` reads back for quotation marks.
_QUOTE_WINDOW = 400
#: ``doc.user_data`` key of :func:`_quote_states` (derived data, not a stage's output).
_QUOTE_STATES_KEY = "wirecoder.quote_states"
#: Characters of the tokens that can change a reading: a break and the marks it reads.
_QUOTE_CHARS = re.compile("[\n\"“‘”]")


def _quote_step(inside: bool, text_with_ws: str, text: str) -> bool:
    """Return whether a reading is inside quotation marks after one more token."""
    if "\n" in text_with_ws:
        inside = False  # a new paragraph (an unclosed quote continues in the next one
        # only with a fresh opening mark)
    if text in _OPENING_QUOTES:
        inside = True
    elif text in _CLOSING_QUOTES and text != "’":
        inside = False
    elif text == '"':
        inside = not inside
    return inside


def _quote_states(doc: Doc) -> tuple[list[int], list[bool], list[int]]:
    """The tokens of ``doc`` that change a reading for quotation marks, once per document.

    Returns the sorted indices of the tokens holding a paragraph break or standing as a
    quotation mark, whether a reading from the document's start is inside quotation marks
    after each of them, and the sorted indices of the tokens holding a paragraph break.
    Every other token leaves a reading as it is (spaCy's token whitespace is a space at
    most: a break is a token of its own), so only these are read as tokens; they are found
    in the parsed text. Kept in ``doc.user_data``.
    """
    found = doc.user_data.get(_QUOTE_STATES_KEY)
    if found is None:
        starts = doc.to_array("IDX").tolist() if len(doc) else []
        marks = sorted({bisect.bisect_right(starts, m.start()) - 1
                        for m in _QUOTE_CHARS.finditer(parsed_text(doc))})
        after: list[bool] = []
        breaks: list[int] = []
        inside = False
        for k in marks:
            tok = doc[k]
            with_ws = tok.text_with_ws
            if "\n" in with_ws:
                breaks.append(k)
            inside = _quote_step(inside, with_ws, tok.text)
            after.append(inside)
        found = doc.user_data[_QUOTE_STATES_KEY] = (marks, after, breaks)
    return found
