"""Two or more sides named as one subject anywhere in a sentence's opening (round 17).

``joint._coordinated`` reads a coordinated subject only when it opens the sentence ("X and
Y…"). The guideline makes a sentence evidence for every side it states; a coordinated
subject of sides often stands behind a head noun or an opening phrase: "The foreign
ministers of X and Y said…", "Last week, X, Y and Z announced…", "Leaders of X and Y have
agreed…", "X and Y officials say…". Such a sentence states each named side's view.

A subject counts when:

- its conjuncts are consecutive naming mentions joined by ", " and a final "and" (two or
  three of them), each of a known side and all different;
- what stands before the first conjunct is at most an opening phrase closed by a comma,
  then "the" / "both" and a head noun phrase ending in "of" / "from" whose noun names a
  side's representatives ("the leaders of", "envoys from"; ``REPRESENTATIVES``) — not any
  noun ("Opponents of X and Y" are not X and Y);
- a reporting or agreement verb follows the last conjunct, after at most two lower-case
  words ("officials", "leaders").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from ..models import Entity
from ..vocabulary import AGENT_ROLES, OFFICE_TITLES, OTHER_ROLES, SPEAKER_NOUNS
from .lexicon import Lexicon

__all__ = ["ANSWER", "HEAD_WORDS", "REPRESENTATIVES", "coordinated_subject"]

#: Markers of a second clause that answers the first (tried after ``lexicon.contrast`` by
#: ``joint._contrast``): "X accused Y of…, and Y responded with…". The clause is another
#: side's only when that side is its subject and a reporting verb follows it, as for a
#: contrast clause. (A "- to which Y countered" alternative was dropped after review: it
#: rested on one sentence of one gold set.)
ANSWER = re.compile(r",[\"”’]?\s+and\s+")

NAMING_KINDS = frozenset({"PERSON", "ORG", "NOMINAL", "GPE", "NORP"})
#: What may stand before the first conjunct: an opening phrase closed by a comma, then an
#: article or "both", then a head noun phrase ending in "of" / "from".
LEAD = re.compile(r"(?i)\s*(?:[^,]{1,90},\s*)?(?:(?:the|both)\s+)?"
                  r"(?:(?P<head>(?:[a-z]+\s+){1,3})(?:of|from)\s+(?:the\s+)?)?")
#: Nouns of a side's representatives (singular; a plural in -s / -men also counts): the
#: actors' office titles, agent and other role nouns, spokesmen, and the bodies that speak
#: for a state. The head noun of "the ministers of X and Y" must be one of them.
REPRESENTATIVES = (OFFICE_TITLES | AGENT_ROLES | OTHER_ROLES | SPEAKER_NOUNS) - frozenset({
    "lawyer", "attorney", "correspondent", "judge", "prosecutor"}) | frozenset({
        "government", "delegation", "cabinet", "ministry", "administration", "authorities",
        "presidency", "spokespeople"})
#: At most this many lower-case words between the last conjunct and the verb.
HEAD_WORDS = 2
HEAD = re.compile(r"\s+[a-z][\w-]*")
JOINERS = (" and ", ", and ")
AGREEMENT = re.compile(r"(?i)\s+(?:(?:also|again|have|has|had|jointly|formally)\s+)*"
                       r"(?:agreed|agree|pledged|vowed|signed|issued|acknowledged|reaffirmed|"
                       r"thanked|praised|hailed)\b")


def coordinated_subject(mentions: Sequence[Entity], text: str, start: int, end: int,
                        lexicon: Lexicon, side_of: Callable[[Entity], str | None]
                        ) -> list[str]:
    """Return the sides of a coordinated subject in a sentence's opening, else [].

    Args:
        mentions: The sentence's entity mentions, in order.
        text: The story text.
        start: Where the sentence starts.
        end: Where it ends.
        lexicon: The comparer's lexicon (its reporting verbs).
        side_of: The side a mention speaks for (None when it has none).

    Returns:
        The distinct sides of the conjuncts, in order, when there are two or more.
    """
    naming = [e for e in mentions if e.kind in NAMING_KINDS and e.start >= start]
    if len(naming) < 2:
        return []
    first = naming[0]
    lead = LEAD.match(text, start, first.start)
    if lead is None or lead.end() != first.start:
        return []
    if lead.group("head") and not _representative(lead.group("head").split()[-1]):
        return []
    chain = [first]
    for entity in naming[1:]:
        gap = text[chain[-1].end:entity.start]
        if gap in JOINERS:
            chain.append(entity)
            break
        if gap != ", " or len(chain) >= 2:
            return []
        chain.append(entity)
    if len(chain) < 2 or text[chain[-2].end:chain[-1].start] not in JOINERS:
        return []
    at = chain[-1].end
    for _ in range(HEAD_WORDS + 1):
        if lexicon.reporting.match(text, at, end) or AGREEMENT.match(text, at, end):
            break
        head = HEAD.match(text, at, end)
        if head is None:
            return []
        at = head.end()
    else:
        return []
    sides = [side_of(e) for e in chain]
    found = list(dict.fromkeys(s for s in sides if s))
    return found if len(found) == len(chain) else []


def _representative(noun: str) -> bool:
    """Whether a head noun names a side's representatives ("ministers", "spokesmen")."""
    noun = noun.lower()
    singular = {noun, noun[:-1] if noun.endswith("s") else noun,
                noun[:-3] + "man" if noun.endswith("men") else noun,
                noun[:-3] + "y" if noun.endswith("ies") else noun}
    return bool(singular & REPRESENTATIVES)
