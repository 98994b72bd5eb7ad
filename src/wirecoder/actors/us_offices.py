"""Offices only the United States names so (round 23, issue 9 §1–§2).

"Secretary of Defense Jim Mattis", "Assistant Secretary of State Jendayi Frazer",
"Assistant Secretary of State for South and Central Asian Affairs Donald Lu": the title is
the office holder's own evidence of his state, though it carries no demonym. The recognizer
often tags the whole phrase ORG, the knowledge base then finds no person in it and the
sentence's lone state was given by context ("met Ukrainian President X": Ukraine). Other
states' offices of the same words are written otherwise: the British "Secretary of State
for Defence", the Philippine "Secretary of National Defense", a Vatican "Secretary of
State" named with its demonym (which the mention's own words then give first).

Only the titles below count, only at the start of the mention and only when a capitalised
name follows them.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

__all__ = ["us_office"]

#: US offices: the Cabinet secretaries written "Secretary of X" in American spelling and the
#: State Department's assistant, deputy and under secretaries (with their "for X Affairs").
_US_OFFICE = re.compile(
    r"^(?:(?:deputy |principal deputy |acting )?(?:assistant |under )secretary of state"
    r"(?: for [a-z ,]+? affairs)?"
    r"|(?:deputy |acting )?secretary of (?:state|defense|homeland security|the treasury)"
    r"(?! for))\s+", re.IGNORECASE)


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
    return found.group(0).strip(), name_start
