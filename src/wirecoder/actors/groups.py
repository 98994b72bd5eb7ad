"""Plural references to the two parties of a story: "both sides", "the two countries".

"Ruritania and Freedonia traded fire across the river ... The envoy asked both sides to
hold back": the knowledge base has no entry for "both sides", and the role list none for
"countries", so the actors stage made no mention for them and events lost both parties.
This module adds one ``COMPOUND`` mention (PLOVER compound actor: one actor, several
members) for such a phrase when the text before it names exactly two parties:

* the phrase: a determiner ``the`` / ``both`` (optionally with ``two``) and a plural head
  that names parties -- ``sides``, ``countries``, ``nations``, ``states``, ``neighbours``,
  ``republics``, ``capitals``, ``rivals``, ``foes``, ``parties`` -- or a plural country name after
  ``the two`` ("the two Koreas", "the two Sudans": only states of that name count).
  ``the sides``, ``the neighbours``, ``the countries`` and ``the nations`` need no
  ``two``; ``the states`` or ``the parties``
  alone stay unresolved (US states, political parties); adjectives before the head are
  read over ("the two coastal republics", "the oil-rich neighbours", round 13), but not
  "other", "remaining", quantifiers, comparatives, superlatives or numbers other than
  "two"; a phrase without "two" / "both" with a post-modifier ("the nations around the
  lake") stays unresolved;
* the members: sentence by sentence backwards from the phrase (its own sentence first,
  only the words before it), the first sentence that names two or more parties decides:
  exactly two distinct states (or, for ``sides`` and ``parties``, two distinct actors of
  any kind with a country: a government and its rebels) become the members; three or more
  leave the phrase unresolved (no guessing). Intergovernmental bodies and places never
  count as a side; the look-back stops after :data:`WINDOW` sentences.

Unresolved phrases make no mention.

A role noun defined by such a phrase ("senior officials of the two countries", "the
leaders of the two nations", "soldiers from both countries") names one party of each of
its members: it takes the phrase's members (round 24, :func:`members_of_groups`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..codebook import NONSTATE
from ..textutil import tokens_with
from .kb import KB
from .resolve import Mention

__all__ = ["group_mentions", "members_of_groups"]

#: Plural heads that name states, and those that name sides of any kind.
STATE_HEADS = frozenset({"countries", "nations", "states", "neighbours", "neighbors", "republics",
                         "capitals", "rivals", "foes", "adversaries", "governments"})
SIDE_HEADS = frozenset({"sides", "parties", "belligerents"})
#: Heads that refer to the pair without "two" / "both".
BARE_HEADS = frozenset({"sides", "neighbours", "neighbors", "belligerents", "countries", "nations"})
#: Sentences looked back over (the phrase's own included).
WINDOW = 5


def group_mentions(doc: Doc, taken: list[bool], mentions: list[Mention],
                   kb: KB) -> list[Mention]:
    """Return COMPOUND mentions for the plural party phrases of ``doc`` that resolve.

    Args:
        doc: The parsed document.
        taken: Token flags of the words already in a mention (updated for the new ones).
        mentions: The mentions found so far, in text order.
        kb: The knowledge base (plural country names: "the two Koreas").
    """
    out = []
    for i in _head_candidates(doc):
        tok = doc[i]
        what = _head_kind(tok, kb)
        if what is None or taken[tok.i]:
            continue
        start = _phrase_start(tok, what)
        if start is None or any(taken[start:tok.i + 1]):
            continue
        members = _members(doc, mentions, start, what, kb)
        if len(members) != 2:
            continue
        m = Mention(start, tok.i + 1, "COMPOUND", " and ".join(x.name for x in members),
                    resolved_by="coref", plural=True)
        m.members = tuple(x.name for x in members)
        codes = {x.country for x in members}
        m.country = codes.pop() if len(codes) == 1 else None
        m.sector = "GOV" if what != "side" and m.country is None else None
        m.extra["no_context"] = True
        out.append(m)
        for i in range(start, tok.i + 1):
            taken[i] = True
    return out


#: The forms of a group phrase's head, and the word before a namesake ("the two Koreas").
_HEAD_WORDS = STATE_HEADS | SIDE_HEADS
_TWO = frozenset({"two"})


def _head_candidates(doc: Doc) -> list[int]:
    """The tokens :func:`_head_kind` may accept, in text order, read from the LOWER column.

    A head is one of :data:`_HEAD_WORDS` or follows "two": every other token is skipped
    without building it.
    """
    found = set(tokens_with(doc, _HEAD_WORDS))
    found.update(i + 1 for i in tokens_with(doc, _TWO) if i + 1 < len(doc))
    return sorted(found)


def _head_kind(tok: Token, kb: KB) -> str | None:
    lower = tok.lower_
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return None
    if lower in STATE_HEADS:
        return "state"
    if lower in SIDE_HEADS:
        return "side"
    if (tok.pos_ == "PROPN" and lower.endswith("s") and tok.i > 0
            and tok.doc[tok.i - 1].lower_ == "two" and _is_country(kb, tok.text[:-1])):
        return "namesake:" + tok.text[:-1].lower()  # "the two Koreas", "the two Sudans"
    return None


def _is_country(kb: KB, text: str) -> bool:
    return any(a.kind == "GPE" and a.form == "name" for a in kb.lookup(text))


def _phrase_start(head: Token, what: str) -> int | None:
    """First token of "the (two) X" / "both (the) X" ending at ``head``, or None.

    Adjectives between the determiner and the head are read over ("the two coastal
    republics", "the oil-rich neighbours"; round 13), but never a word that picks some
    states out of more ("the other countries", "the smaller nations", "several states");
    and a bare "the countries" / "the nations" / "the neighbours" (no "two" / "both") with a
    post-modifier ("the nations around the lake", "the countries that border the reservoir")
    names a wider set than the pair (round 13, after review). "the sides" keeps its
    post-modifier ("the sides in the talks").
    """
    first = head.i
    while first > head.left_edge.i and first > head.i - _MAX_ADJECTIVES and _describes(
            head.doc[first - 1], head):
        first -= 1
    if any(_selects(t) for t in head.doc[max(head.left_edge.i, first - 3): head.i]):
        return None
    words = [t for t in head.doc[max(head.left_edge.i, first - 3): first]]
    lowers = [t.lower_ for t in words]
    if not lowers:
        return None
    if lowers[-2:] == ["the", "two"] or lowers[-2:] == ["both", "the"]:
        return words[-2].i
    if lowers[-1] in {"both"} or lowers[-3:] == ["both", "of", "the"]:
        return words[-1].i if lowers[-1] == "both" else words[-3].i
    if (lowers[-1] == "the" and head.lower_ in BARE_HEADS and not _picked_from(words[-1])
            and (what == "side" or not _post_modified(head))):
        return words[-1].i
    return None


#: Adjective words read over between "the two" and the head.
_MAX_ADJECTIVES = 4
#: Words that pick some members out of a wider set ("the other countries", "some of the
#: nations"): a phrase with one of them never refers to the pair.
_SELECTORS = frozenset({"other", "others", "another", "remaining", "rest", "many", "some",
                        "several", "all", "few", "most", "various", "numerous", "certain",
                        "neighbouring", "neighboring", "member", "more", "fewer", "less",
                        "each", "every", "any", "such", "these", "those"})


def _selects(tok: Token) -> bool:
    """A selector, a comparative or superlative, or a number other than "two".

    Such a word picks some members out of a wider set ("the larger nations").
    """
    if tok.lower_ in _SELECTORS or tok.tag_ in {"JJR", "JJS", "RBR", "RBS"}:
        return True
    return (tok.like_num or tok.pos_ == "NUM") and tok.lower_ not in {"two", "2"}


def _post_modified(head: Token) -> bool:
    """The head has a prepositional or clausal modifier after it.

    "the nations around the lake", "the countries that border the reservoir".
    """
    return any(c.i > head.i and c.dep_ in {"prep", "relcl", "acl"} for c in head.children)


def _picked_from(det: Token) -> bool:
    """``the`` picks from a wider set: "the rest of the countries", "all the nations".

    It follows "of" after a selector or number ("three of the nations"), or a selector.
    """
    doc = det.doc
    before = doc[det.i - 1] if det.i > 0 else None
    if before is None:
        return False
    if before.lower_ == "of" and det.i > 1:
        return _selects(doc[det.i - 2]) or doc[det.i - 2].lower_ == "two"
    return _selects(before)


def _describes(tok: Token, head: Token) -> bool:
    """An adjective (or a hyphenated part of one) modifying ``head``.

    Not a number, a name or a word that picks some members out of a wider set.
    """
    if (tok.lower_ in {"two", "both", "the"} or tok.ent_type_ in {"GPE", "ORG", "PERSON"}
            or _selects(tok)):
        return False
    cur = tok
    for _ in range(3):  # "oil - rich": the parts hang on "rich"
        if cur.head == head:
            return cur.dep_ == "amod" and tok.pos_ in {"ADJ", "VERB", "PUNCT", "NOUN", "ADV",
                                                       "PROPN"}
        cur = cur.head
    return False


def _members(doc: Doc, mentions: list[Mention], start: int, what: str,
             kb: KB) -> list[Mention]:
    """The two parties the phrase starting at token ``start`` refers to, or fewer/more."""
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= start < s.end)
    for k in range(here, max(-1, here - WINDOW), -1):
        sent = sents[k]
        end = start if k == here else sent.end
        pool = [m for m in mentions if sent.start <= m.start and m.end <= end]
        found = _parties(pool, what, kb)
        if len(found) >= 2:
            return found
    return []


def _parties(pool: list[Mention], what: str, kb: KB) -> list[Mention]:
    by_key: dict[str, Mention] = {}
    for m in pool:
        if m.is_place or not m.country or m.country in NONSTATE or m.kind == "COMPOUND":
            continue
        state = m.kind in {"GPE", "NORP"} or m.sector in {"GOV", "MIL"}
        if what != "side" and not state:
            continue
        if what.startswith("namesake:") and what.split(":")[1] not in (
                kb.country_name(m.country) or "").lower():
            continue  # "the two Sudans" are Sudan and South Sudan, not another state
        key = m.country if what != "side" or m.kind in {"GPE", "NORP"} else m.name
        by_key.setdefault(key, m)
    found = list(by_key.values())
    if what == "side" and len({m.country for m in found}) == 2:
        firsts: dict[str | None, Mention] = {}
        for m in found:
            firsts.setdefault(m.country, m)
        return list(firsts.values())
    return found


#: Prepositions by which a role noun belongs to the pair after it.
_GROUP_PREPS = frozenset({"of", "from"})


def members_of_groups(doc: Doc, mentions: list[Mention]) -> None:
    """Give a role nominal the members of the pair phrase it is "of" or "from" (in place).

    "Ghana and Togo quarrelled over the border ... Envoys of the two countries agreed to
    meet": the envoys are one party of each state, as the compound mention of "the two
    countries" (:func:`group_mentions`) names them. Only a nominal with no country of its
    own (none, or one guessed from its sentence or story), and only when the phrase hangs
    on the nominal's head and a compound of two or more members covers its object.

    Args:
        doc: The parsed document.
        mentions: The document's mentions, compounds included (changed in place).
    """
    compounds = [m for m in mentions if m.kind == "COMPOUND" and m.members]
    if not compounds:
        return
    for m in mentions:
        if (m.kind != "NOMINAL" or m.members or m.end >= len(doc)
                or (m.country and m.resolved_by not in {"context", "story"})):
            continue
        prep = doc[m.end]
        if prep.lower_ not in _GROUP_PREPS or prep.head.i != m.end - 1:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        pair = None if pobj is None else next(
            (c for c in compounds if c.start <= pobj.i < c.end), None)
        if pair is not None:
            m.members, m.country, m.resolved_by = pair.members, None, "coref"
            m.extra["no_context"] = True
