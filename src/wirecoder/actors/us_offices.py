"""Offices only the United States names so (round 23, issue 9 §1–§2).

"Secretary of Defense Jim Mattis", "Assistant Secretary of State Jendayi Frazer",
"Assistant Secretary of State for South and Central Asian Affairs Donald Lu": the title is
the office holder's own evidence of his state, though it carries no demonym. The recognizer
often tags the whole phrase ORG, the knowledge base then finds no person in it and the
sentence's lone state was given by context ("met Ukrainian President X": Ukraine). Other
states' offices of the same words are written otherwise: the British "Secretary of State
for Defence", the Philippine "Secretary of National Defense", a Vatican "Secretary of
State" named with its demonym (which the mention's own words then give first).

Only the titles below count, only at the start of the mention, only when a capitalised
name follows them and no "of <Name>" after the name states the holder's own state ("Secretary
of Defense X of Ruritania"). Where the document names a state with its own evidence that
writes the same plain title (the Philippine and Mexican "Secretary of Defense", the Holy
See's "Secretary of State"), the title is no evidence (:func:`shared_offices`, review round
23): "The Vatican said Secretary of State X would meet Ukrainian officials".
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Span

from .mention import Mention

__all__ = ["shared_offices", "us_office"]

#: US offices: the Cabinet secretaries written "Secretary of X" in American spelling and the
#: State Department's assistant, deputy and under secretaries (with their "for X Affairs").
_US_OFFICE = re.compile(
    r"^(?:(?:deputy |principal deputy |acting )?(?:assistant |under )secretary of state"
    r"(?: for [a-z ,]+? affairs)?"
    r"|(?:deputy |acting )?secretary of (?:state|defense|homeland security|the treasury)"
    r"(?! for))\s+", re.IGNORECASE)
#: The plain titles other states also write so, by the title's last word, with those states.
_SHARED = {"defense": frozenset({"PHL", "MEX"}), "state": frozenset({"VAT"})}
_PLAIN = re.compile(r"^(?:deputy |acting )?secretary of (defense|state)$", re.IGNORECASE)
#: Resolvers that read a mention's country from its own words.
_OWN = frozenset({"kb", "pattern"})


def us_office(span: Span) -> tuple[str, int] | None:
    """Return the US office a mention opens with and the token where the name starts.

    Args:
        span: The mention's words ("Secretary of Defense Jim Mattis").

    Returns:
        ``(title, name_start)`` with the title as written and the token index of the first
        word of the name, or None when the mention opens with no such office or no
        capitalised name follows it.
    """
    text = span.text
    found = _US_OFFICE.match(text)
    if found is None:
        return None
    cut = span.start_char + found.end()
    name_start = next((t.i for t in span if t.idx >= cut), None)
    if name_start is None or not span.doc[name_start].is_title:
        return None
    after = span.doc[span.end:span.end + 3]
    if len(after) > 1 and after[0].lower_ == "of" and any(
            t.pos_ == "PROPN" for t in after[1:]):
        return None  # "Secretary of Defense X of Ruritania": the name's own state
    return found.group(0).strip(), name_start


def shared_offices(mentions: Sequence[Mention]) -> None:
    """Take the United States from a plain title another state named in the text also uses.

    Args:
        mentions: The document's mentions before linking (in place): a holder given the
            United States by a plain "Secretary of Defense / of State" (:func:`us_office`)
            loses it when a mention of the Philippines or Mexico (defense), or of the Holy
            See (state), carries its country on its own evidence; the linker then treats
            the holder as it did before round 23.
    """
    named = {m.country for m in mentions
             if m.country and m.resolved_by in _OWN and not m.extra.get("us_office")}
    for m in mentions:
        title = m.extra.get("us_office")
        plain = _PLAIN.match(title) if isinstance(title, str) else None
        if plain is not None and named & _SHARED[plain.group(1).lower()]:
            m.country, m.resolved_by = None, "ner"
            del m.extra["us_office"]
