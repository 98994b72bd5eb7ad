"""An acronym the document spells out names what the document says (issue 9 §2, round 7).

Acronyms clash: "RSF" is a press-freedom group in the knowledge base and Sudan's Rapid
Support Forces in a story about Sudan's war; "ANC", "PLA", "MDC" and "SDF" have several
owners too. When the document itself names a body whose initials are the acronym ("the
militia NDA, Northern Defence Army", "the Northern Defence Army (NDA)"), every mention
of the acronym in that document is that body and takes its codes, whatever the knowledge
base says of the acronym alone. An acronym no name of the document spells keeps its own
resolution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from spacy.tokens import Doc

from .mention import Mention

__all__ = ["spelled_acronyms"]

#: A bare acronym: two to six capitals (an optional lower-case "s" plural is not one).
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
#: Words left out of initials ("Movement for Democratic Change" -> MDC).
_SKIP = frozenset({"of", "the", "and", "for", "in", "on", "de", "du", "des", "la", "le", "al"})


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s\-]+", name) if w and w.lower() not in _SKIP]
    return "".join(w[0] for w in words if w[0].isalpha()).upper()


def spelled_acronyms(doc: Doc, mentions: Sequence[Mention]) -> None:
    """Give each acronym the codes of the one body the document spells it as (in place).

    Args:
        doc: The parsed document (mentions hold token offsets).
        mentions: The document's mentions (after the knowledge base and titles).
    """
    bodies: dict[str, list[Mention]] = {}
    for m in mentions:
        if (m.kind in {"ORG", "NORP", "NOMINAL"} and m.country and m.end - m.start > 1
                and m.resolved_by not in {"context", "story", "coref"}):
            for key in {_initials(m.name), _initials(doc[m.start:m.end].text)}:
                if len(key) >= 2:
                    bodies.setdefault(key, []).append(m)
    if not bodies:
        return
    for m in mentions:
        surface = doc[m.end - 1].text  # "NDA", "the militia NDA"
        if (not _ACRONYM.match(surface) or surface not in bodies
                or any(not t.is_lower for t in doc[m.start:m.end - 1])):
            continue
        owners = {(b.country, b.sector) for b in bodies[surface]}
        if len(owners) != 1:
            continue  # two bodies with these initials: leave the acronym as it is
        country, sector = owners.pop()
        if (m.country, m.sector) != (country, sector):
            m.country, m.sector, m.resolved_by = country, sector, "coref"
            m.name = bodies[surface][0].name
