"""The person a title phrase names at its end, for a surname said again (round 25).

"Latvian Minister of Defence Edgars Kalnins" with its "of" phrase is built as one title
description (a NOMINAL with the title's country), so the name it ends with is no person
mention; "Minister Kalnins" later in the text then finds no one introduced by that
name and keeps no country (or, in a government readout, the publisher's). The name at the
end of such a description is the office holder's own: :func:`held_name` returns a stand-in
person for it, which :func:`~wirecoder.actors.coref.link` lists with the people introduced
so far; a later bare surname that repeats it takes the description's country (its own
evidence: the title's nationality word or "of" phrase), and its antecedent is the
description itself (:func:`holder_of`).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .mention import Mention
from .roles import is_office

__all__ = ["held_name", "holder_of"]

_HOLDER = "holder_of"


#: Words of a title's portfolio ("Minister of National Defense"): not a holder's name.
PORTFOLIO = frozenset({"defense", "defence", "foreign", "affairs", "interior", "finance",
                       "state", "national", "trade", "justice", "economy", "health", "energy",
                       "security", "home", "external", "relations", "international",
                       "cooperation", "development", "public", "internal", "war", "navy",
                       "army", "forces", "staff", "general", "of", "the", "and", "for"})


def held_name(doc: Doc, m: Mention) -> Mention | None:
    """Return a stand-in person for the name that ends the office description ``m``.

    Only for a NOMINAL with a country whose role is an office held by one person, ending
    in two to four capitalised words that are not its title's ("Edgars Kalnins",
    "Park Ji-hoon"); the model often tags no person there.
    """
    if m.kind != "NOMINAL" or not m.country or m.plural or not is_office(m.role):
        return None
    words = doc[m.start:m.end].text.split()
    name: list[str] = []
    for word in reversed(words[1:]):
        if not word[:1].isupper() or not word[:1].isalpha() or word.lower() in PORTFOLIO or (
                is_office(word)):
            break
        name.insert(0, word)
    if not 2 <= len(name) <= 4:
        return None
    person = Mention(m.start, m.end, "PERSON", " ".join(name), m.country, m.sector,
                     others=m.others, role=m.role, org=m.org, resolved_by=m.resolved_by)
    person.extra[_HOLDER] = m
    return person


def holder_of(m: Mention) -> Mention:
    """Return the description a stand-in of :func:`held_name` stands for (else ``m``)."""
    holder = m.extra.get(_HOLDER)
    return holder if isinstance(holder, Mention) else m
