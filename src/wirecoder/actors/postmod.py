"""Post-modifiers of nominal actors and the names of nominal mentions.

A role noun is often identified by what follows it, not by what precedes it: "a
spokesman for Iraq's Popular Mobilization Forces", "a border official in Termez",
"analysts at Goldman Sachs", "a resident of Kherson", "diplomats familiar with the
negotiations". The prepositional (or "familiar with") modifier belongs to the mention
(gold span rule 3: PP complements that identify the referent are inside the span), and
the actor it names gives the nominal its country, organisation and, for roles that
inherit it, its sector.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..vocabulary import SPEAKER_NOUNS
from .match import place_country

__all__ = ["POST_PREPS", "anchors", "describe_objects", "nominal_name", "post_modifier_end"]

#: Prepositions whose phrase identifies a role noun ("spokesman for", "analysts at").
POST_PREPS = frozenset({"for", "at", "of", "in", "from"})
#: Adjectives whose complement identifies a role noun ("diplomats familiar with ...").
POST_ADJS = frozenset({"familiar", "close"})
#: Heads of a prepositional object that identify a referent without a name.
ANCHOR_NOUNS = frozenset({"ministry", "administration", "government", "army", "military",
                          "embassy", "police", "agency", "department", "office", "council",
                          "commission", "court", "parliament", "presidency", "company", "firm",
                          "bank", "group", "party", "movement", "family", "campaign", "journalist",
                          "newspaper", "mission", "force", "forces", "command", "cabinet",
                          "negotiations", "talks", "matter", "discussions", "plan", "case",
                          "coalition", "alliance", "militia", "faction"})
#: Most tokens a post-modifier may add to a mention.
MAX_POST = 12
_STOP_WORDS = frozenset({"who", "which", "that", "whose", "where", "when", "said", "says"})


class NameMask(Sequence[bool]):
    """A live view "is token i covered by a name?" over a per-token list of cores.

    Built once per document instead of copying the whole list for every nominal.
    """

    def __init__(self, core_at: Sequence[object | None]) -> None:
        self._core_at = core_at

    def __len__(self) -> int:
        return len(self._core_at)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [core is not None for core in self._core_at[index]]
        return self._core_at[index] is not None


def post_modifier_end(doc: Doc, head: Token, named: Sequence[bool]) -> int | None:
    """Return the end (exclusive) of the identifying modifier right after ``head``.

    Args:
        doc: The parsed document.
        head: A role noun ("spokesman", "analysts", "resident").
        named: Per token, whether a name (knowledge-base match or entity) covers it.

    Returns:
        The token index where the mention should end, or None when no identifying
        "for/at/of/in/from X" or "familiar with X" modifier follows the head.

    """
    nxt = head.i + 1
    if nxt >= len(doc):
        return None
    child = next((c for c in head.rights if c.i == nxt), None)
    if child is None:
        return None
    if child.dep_ == "prep" and child.lower_ in POST_PREPS:
        pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
        if pobj is None:
            return None
        end = _cut(doc, child.i + 1, child.right_edge.i + 1)
        if end <= pobj.i or not _identifies(doc, child.i + 1, pobj.i + 1, named):
            return None
        return end
    if child.dep_ == "amod" and child.lower_ in POST_ADJS:
        prep = next((c for c in child.rights if c.dep_ == "prep" and c.lower_ in {"with", "to"}),
                    None)
        if prep is None:
            return None
        end = _cut(doc, prep.i + 1, prep.right_edge.i + 1)
        return end if end > prep.i + 1 else None
    return None


def _cut(doc: Doc, start: int, end: int) -> int:
    """Stop a modifier at a comma, a clause or the length limit."""
    end = min(end, start + MAX_POST)
    for tok in doc[start:end]:
        if (tok.text in {",", ";", ":", "—", "–"} or tok.is_quote or tok.lower_ in _STOP_WORDS
                or tok.pos_ in {"VERB", "AUX"} or "\n" in tok.text):
            return tok.i
    while end > start and doc[end - 1].is_punct and doc[end - 1].text != ")":
        end -= 1
    return end


def _identifies(doc: Doc, start: int, end: int, named: Sequence[bool]) -> bool:
    """Return True when the object names someone or something that can anchor the role."""
    if any(named[start:end]):
        return True
    return any(t.lower_ in ANCHOR_NOUNS for t in doc[start:end] if t.pos_ == "NOUN")


#: Heads a place phrase identifies ("a border official in Termez", "police in Lahore",
#: "a resident of Kherson"); other heads stay apart from a place ("children | in Sudan").
PLACE_BOUND = SPEAKER_NOUNS | frozenset({
    "official", "officials", "authority", "authorities", "police", "resident", "residents",
    "refugee", "refugees", "diplomat", "diplomats", "governor", "mayor", "inhabitants",
    "partners", "villagers", "citizens", "envoy", "ambassador", "correspondent", "prosecutor",
    "prosecutors", "regime", "junta"})


#: Heads that a country after "from" identifies: they serve that state ("soldiers from
#: Chad", "a delegation from Kenya"); "children from Sudan" stay apart.
FROM_BOUND = frozenset({"soldiers", "troops", "peacekeepers", "delegation", "delegations",
                        "delegates", "forces", "contingent", "officers"})


def anchors(head: Token, inside: Sequence[object]) -> bool:
    """Return True when the modifier's actors identify ``head`` (not a mere location).

    An organisation or person always does ("gunmen from the Sinaloa Cartel", "a
    spokesman for President X"); a place only for heads defined by where they serve
    or live ("officials in Kabul", "a resident of Kherson"), and always after "of"
    or "for" ("the envoy for Syria" is defined by Syria).
    """
    prep = head.doc[head.i + 1].lower_
    if prep in {"for", "of", "at"} or head.lower_ in PLACE_BOUND or (
            prep == "from" and head.lower_ in FROM_BOUND):
        return True
    if not inside:  # an unknown name: "a resident of Kherson" when the model missed it
        return prep == "of"
    return any(not getattr(m, "is_place", False) and getattr(m, "kind", "") not in {"GPE", "NORP"}
               for m in inside)


def describe_objects(mentions: Sequence[object]) -> dict[str, str | None]:
    """Return country / organisation codes given by the mentions inside a modifier.

    Args:
        mentions: The resolver's mentions inside the modifier (``Mention`` objects).

    Returns:
        Keys ``country``, ``org``, ``org_sector``, ``org_country`` where known.

    """
    info: dict[str, str | None] = {}
    place: str | None = None
    for m in mentions:
        kind = getattr(m, "kind", None)
        country, sector = getattr(m, "country", None), getattr(m, "sector", None)
        if getattr(m, "resolved_by", "") in {"ner", "context"}:
            named = place_country(str(getattr(m, "name", "")))
            if named:  # "a resident of Kherson" with Kherson tagged PERSON
                place = place or named
                continue
        if kind == "ORG" and not getattr(m, "is_place", False):
            info.setdefault("org", getattr(m, "name", None))
            info.setdefault("org_sector", sector)
            info.setdefault("org_country", country)
        elif kind in {"PERSON", "NOMINAL"}:
            info.setdefault("org_sector", sector)
            info.setdefault("org_country", country)
        if country and getattr(m, "is_place", False):
            place = place or country
        elif country:
            info.setdefault("country", country)
    # the body or person named identifies better than the place: "a journalist in Bangui
    # with the Voice of America's French service" is American
    if place and "country" not in info:
        info["country"] = place
    return info


def nominal_name(text: str, role: str | None, country_name: str | None, org: str | None,
                 nonstate: bool, post: bool) -> str:
    """Return the canonical name of a nominal mention.

    A nominal with an identifying modifier is named by its whole phrase ("spokesman for
    Iraq's Popular Mobilization Forces"); a state's nominal by the state and the role
    ("Iraq officials"); an international body's nominal by the body ("UNRWA chief"),
    never by the non-state code's label.
    """
    if post:
        words = text.split()
        if words and words[0].lower() in {"the", "a", "an", "some", "several", "many"}:
            words = words[1:]
        if words and not words[0].isupper() and words[0][1:].islower():
            words[0] = words[0].lower()
        return " ".join(words)
    role = (role or text).lower()
    if nonstate:
        return f"{org} {role}" if org else role
    if country_name:
        return f"{country_name} {role}"
    return role
