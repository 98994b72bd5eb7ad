"""Definite re-mentions that repeat an earlier party's head noun (part of :mod:`.coref`).

A story names a party once with its country ("Veridian patrol boats", "the Ruritanian
junta") and then repeats the bare head noun with a definite determiner ("the boats",
"the junta"). The re-mention has no country of its own; its antecedent is the latest
earlier noun phrase with the same head noun (same lemma) whose country the text gives:
a mention headed by that noun, or a noun modified by a mention ("Veridian" in "Veridian
patrol boats", "Ruritania's" in "Ruritania's navy"). The re-mention takes that antecedent's
codes (issue 9 §3: a country from a mention's own coreference chain, never the nearest
country in the sentence).

Only determiners that point back ("the", "these", "those") start a re-mention; a noun the
:data:`~wirecoder.actors.coref.DESCRIPTIONS` rule reads ("the country", "the group") is
left to it; a re-mention already covered by a mention with a country keeps that country.

Only heads of the role lexicon (``roles.yaml``: people, forces and bodies such as "troops",
"police", "junta", "protesters") and the group nouns of :data:`.syntax.NONSTATE_HEADS`
("mission", "agency") repeat a party; the lexicon's weapons are left out. A country word on
a weapon, good, measure or act names who made or imposed it, not who holds it ("German
tanks ... the tanks" are not Germany's; after review, round 17). Every earlier noun of the
lemma with a country, by any route ("Veridia's", "Veridian", "of Veridia"), competes as an
antecedent: two countries, none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..textutil import tokens_with
from .kb import KB, role_heads
from .resolve import Mention
from .syntax import NONSTATE_HEADS
from .titles import copy_reference

__all__ = ["antecedent_codes", "head_rementions"]

#: Determiners of a definite re-mention.
BACK_DETERMINERS = frozenset({"the", "these", "those"})
#: Dependencies by which a mention modifies the noun its country describes
#: ("Veridian boats", "Veridia's navy", "the Veridia police").
MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod"})
#: Head nouns too general to repeat one party ("the talks", "the attack" are events;
#: "the people", "the country" have their own rules or none).
GENERAL_HEADS = frozenset({
    "people", "country", "nation", "state", "island", "group", "bloc", "alliance", "body",
    "organization", "organisation", "company", "firm", "party", "council", "side", "two",
    "region", "area", "city", "capital", "border", "territory", "world", "time", "year",
    "day", "week", "month", "official", "report", "statement", "talk", "meeting", "attack",
    "deal", "agreement", "move", "plan", "issue", "situation", "crisis", "war", "conflict",
    "one", "other", "leader", "minister", "president", "source",
})
#: Role-lexicon heads that are weapons, not parties ("Russian drones ... the drones" are
#: not thereby Russia's: a country word on a weapon may name its maker).
WEAPON_HEADS = frozenset({"warplanes", "warplane", "warships", "warship", "jets", "jet",
                          "drones", "drone", "defenses", "defences", "defense", "defence"})
#: How many sentences back an antecedent may be (the re-mention's sentence counts as one).
WINDOW_SENTENCES = 4


def head_rementions(doc: Doc, taken: list[bool], mentions: list[Mention],
                    kb: KB) -> list[Mention]:
    """Give definite same-head re-mentions of a party their antecedent's country.

    Args:
        doc: The parsed document.
        taken: Per token, whether a mention already covers it (updated for new mentions).
        mentions: The document's mentions so far, in any order.
        kb: The knowledge base (its role lexicon names the heads that repeat a party).

    Returns:
        New ``NOMINAL`` mentions for re-mentions no mention covered. A covering mention
        without a country (kind ``NOMINAL``) is filled in place instead.
    """
    by_token: dict[int, Mention] = {}
    for m in mentions:
        for i in range(m.start, m.end):
            by_token.setdefault(i, m)
    heads = role_heads(kb).union(*NONSTATE_HEADS.values()) - WEAPON_HEADS
    out: list[Mention] = []
    # Only the tokens whose form is a head are read ("the tanks", "the sanctions": things
    # and acts, not parties), found from the LOWER column without building every token.
    for i in tokens_with(doc, heads):
        tok = doc[i]
        if tok.pos_ != "NOUN" or tok.lemma_.lower() in GENERAL_HEADS:
            continue
        det = _back_determiner(tok)
        if det is None:
            continue
        own = by_token.get(tok.i)
        if own is not None and (own.country or own.kind != "NOMINAL"):
            continue
        if own is None and any(taken[det.i: tok.i + 1]):
            continue
        source = _antecedent(doc, tok, det.i, by_token)
        if source is None:
            continue
        if own is not None:
            name = own.name
            copy_reference(own, source)
            own.name, own.resolved_by = name, "coref"
            continue
        m = Mention(det.i, tok.i + 1, "NOMINAL", source.name, resolved_by="coref")
        copy_reference(m, source)
        m.plural = tok.tag_ == "NNS"
        out.append(m)
        for i in range(det.i, tok.i + 1):
            taken[i] = True
            by_token[i] = m
    return out


def _back_determiner(tok: Token) -> Token | None:
    """Return the definite determiner that opens ``tok``'s noun phrase, else None.

    Only lowercase modifiers may stand between them ("the armed men"): a proper name or a
    country adjective gives the phrase a country of its own.
    """
    det = next((c for c in tok.lefts if c.dep_ == "det"), None)
    if det is None or det.lower_ not in BACK_DETERMINERS:
        return None
    between = tok.doc[det.i + 1: tok.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ or not t.is_alpha for t in between):
        return None
    if any(c.dep_ in {"prep", "acl", "relcl"} for c in tok.rights):
        return None  # "the boats of the fleet", "the men who ...": described anew
    return det


def _antecedent(doc: Doc, tok: Token, first: int,
                by_token: dict[int, Mention]) -> Mention | None:
    """Return the latest earlier mention giving a country to a noun of ``tok``'s lemma.

    None when the window holds nouns of that lemma of two countries ("Ruritanian troops
    ... Freedonian troops ... the troops"), whatever gives a noun its country: a
    modifier, or an "of" phrase after it ("the troops of Freedonia"), which competes
    but is never taken (its phrase is described anew).
    """
    lemma = tok.lemma_.lower()
    sent_start = tok.sent.start
    for _ in range(WINDOW_SENTENCES - 1):
        if sent_start == 0:
            break
        sent_start = doc[sent_start - 1].sent.start
    found: list[Mention] = []
    countries: set[str | None] = set()
    for j in range(first - 1, sent_start - 1, -1):
        other = doc[j]
        if other.lemma_.lower() != lemma or other.pos_ != "NOUN":
            continue
        source = _country_of(other, by_token)
        if source is not None:
            found.append(source)
            countries.add(source.country)
        else:
            countries.update(_of_countries(other, by_token))
    if not found or len(countries) != 1:
        return None  # none, or two parties' "troops": the text does not say which
    return found[0]


def _of_countries(noun: Token, by_token: dict[int, Mention]) -> set[str]:
    """Return the countries a phrase gives ``noun`` after it ("the coast guard of Veridia").

    Its own mention when that reaches past the noun, else the mentions of an "of" phrase.
    """
    own = by_token.get(noun.i)
    if own is not None and own.country and not own.is_place:
        return {own.country}
    out: set[str] = set()
    for prep in noun.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for pobj in prep.children:
            m = by_token.get(pobj.i)
            if pobj.dep_ == "pobj" and m is not None and m.country:
                out.add(m.country)
    return out


def _country_of(noun: Token, by_token: dict[int, Mention]) -> Mention | None:
    """Return the mention that gives ``noun``'s phrase a country: its own or a modifier's."""
    own = by_token.get(noun.i)
    if own is not None:
        return own if own.country and not own.is_place and own.end - 1 == noun.i else None
    for child in noun.children:
        if child.dep_ not in MODIFIER_DEPS or child.i > noun.i:
            continue
        m = by_token.get(child.i)
        if m is not None and m.country and m.kind in {"GPE", "NORP", "ORG"}:
            return m
    return None


def antecedent_codes(mentions: list[Mention]) -> None:
    """Give a mention linked to an antecedent, and without a country, the antecedent's codes.

    A repeated name ("the navy" after "Veridia's navy") is linked to its first mention by
    :mod:`.coref`; when the repeat alone has no country, the chain's country is its own.
    Places and mentions whose antecedent is a place are left alone.
    """
    for m in mentions:
        source = m.antecedent
        if (m.country is None and source is not None and source.country
                and not source.is_place and not m.is_place and m.kind in {"ORG", "NOMINAL"}):
            m.country, m.sector = source.country, m.sector or source.sector
            m.resolved_by = "coref"
