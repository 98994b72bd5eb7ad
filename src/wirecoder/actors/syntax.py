"""Syntax helpers and word lists of the actor resolver.

When a name is a place, when a capital acts as its government, which organisation
words give a sector.
"""

from __future__ import annotations

import itertools

from spacy.tokens import Doc, Span, Token

from ..codebook import NONSTATE
from ..vocabulary import COLLECTIVE, ORG_WORDS

__all__ = [
    "COLLECTIVE",
    "LOC_PREPS",
    "MOD_DEPS",
    "NONSTATE",
    "NOT_APPOS",
    "ORG_WORDS",
    "PORTFOLIOS",
    "SHIP_PREFIXES",
    "STATE_TITLES",
    "acting",
    "agent_hyphen",
    "base",
    "has_relcl",
    "led_noun",
    "locative",
    "nonstate_code",
    "org_sector",
]

MOD_DEPS = frozenset({"compound", "amod", "nmod", "poss", "nummod", "quantmod", "det",
                      "predet", "case", "punct", "advmod", "npadvmod", "cc", "conj", "prep",
                      "pobj", "nn", "dep"})
LOC_PREPS = frozenset({"in", "at", "into", "inside", "near", "across", "throughout", "outside",
                       "within", "around", "from", "to", "toward", "towards", "through", "over",
                       "off", "via", "onto", "along", "among"})
ACTING_PREPS = frozenset({"by", "with", "against", "between"})
ACTING_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "appos",
                         "attr"})
NOT_APPOS = frozenset({"including", "who", "which", "that", "and", "but", "as", "said", "says",
                        "while", "where", "when", "after", "before", "according", "adding",
                        "saying", "told", "with", "in", "on", "at", "for", "to", "from"})
#: Title heads that, after a country word and with no organisation, name a state office.
STATE_TITLES = frozenset({"adviser", "advisor", "chief", "head"})
#: Portfolio words the small model tags as ORG in titles ("Finance Minister").
#: Ship prefixes of navies: "USS Carney" is a ship of the U.S. Navy (MIL).
SHIP_PREFIXES = {"USS": "USA", "USNS": "USA", "HMS": "GBR", "HMCS": "CAN", "HMAS": "AUS",
                 "HMNZS": "NZL", "INS": "IND", "JS": "JPN", "ROKS": "KOR", "FS": "FRA",
                 "ITS": "ITA", "HNLMS": "NLD", "TCG": "TUR", "PNS": "PAK", "RFS": "RUS"}
PORTFOLIOS = frozenset({"finance", "interior", "defense", "defence", "foreign", "justice",
                        "health", "energy", "trade", "economy", "education", "agriculture",
                        "information", "security", "transport", "labor", "labour", "culture",
                        "environment", "industry", "commerce", "treasury", "intelligence",
                        "home", "planning", "mines", "oil", "water", "tourism"})



def base(tok: Token) -> Token:
    """Return the first conjunct of a coordination ('Iraq' for 'Syria' in 'Iraq and Syria').

    An appositive of a place noun stands for it ("Harare" of "in Zimbabwe's capital,
    Harare" is in a place position).
    """
    while tok.head.i != tok.i and (tok.dep_ == "conj" or (
            tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and tok.head.dep_ == "pobj")):
        tok = tok.head
    return tok


#: Participles after "X-" whose X acts on the noun without being its country
#: ("a U.S.-designated terrorist group", "Iranian-backed militias").
AGENT_PARTICIPLES = frozenset({"backed", "designated", "supported", "sponsored", "funded",
                               "armed", "trained", "allied", "aligned", "brokered", "imposed",
                               "proposed", "produced", "made", "mediated", "listed",
                               "sanctioned", "blacklisted", "financed"})


def agent_hyphen(tok: Token) -> bool:
    """Return True for 'U.S.-designated', 'Iranian-backed' (agent, not the noun's country).

    Also when the tokenizer split the hyphen off ("Russian", "-", "backed").
    """
    if "-" in tok.text and tok.lower_.rsplit("-", 1)[-1] in AGENT_PARTICIPLES:
        return True
    doc = tok.doc
    return (tok.i + 2 < len(doc) and doc[tok.i + 1].text in {"-", "–"}
            and doc[tok.i + 2].lower_ in AGENT_PARTICIPLES)


def led_noun(doc: Doc, end: int) -> Token | None:
    """Return the noun a name ending at token ``end`` leads: "NATO-led troops" -> troops.

    The name is followed by "-led" (split off by the tokenizer: "NATO", "-", "led") or
    carries it ("U.S.-led"); the participle must modify a noun to its right.
    """
    last = doc[end - 1]
    if last.lower_.endswith(("-led", "–led")):
        led = last
    elif end + 1 < len(doc) and doc[end].text in {"-", "–"} and doc[end + 1].lower_ == "led":
        led = doc[end + 1]
    else:
        return None
    noun = led.head
    if noun.i <= led.i or noun.pos_ not in {"NOUN", "PROPN"} or noun.i - led.i > 3:
        return None
    return noun


def has_relcl(tok: Token) -> bool:
    """Return True when a relative clause follows the token ('Beijing, which said')."""
    return any(c.dep_ == "relcl" for c in tok.rights)


def locative(tok: Token) -> bool:
    """Return True when the token is the object of a place preposition ('in Beijing')."""
    tok = base(tok)
    return tok.dep_ == "pobj" and tok.head.lower_ in LOC_PREPS and not (
        tok.head.lower_ == "from" and tok.head.head.pos_ == "NOUN")


def acting(tok: Token) -> bool:
    """Return True when the token acts (subject, object, 'by Beijing', 'with Tokyo')."""
    tok = base(tok)
    if tok.dep_ in ACTING_DEPS or has_relcl(tok):
        return True
    if tok.dep_ == "pobj":
        prep = tok.head
        return prep.lower_ in ACTING_PREPS or (prep.lower_ == "from" and prep.head.pos_ == "NOUN")
    return False


#: Word pairs that decide a body's sector before its head word (guideline: defence
#: ministries are MIL, justice ministries and public prosecution services JUD).
ORG_PAIRS = {
    ("defense", "ministry"): "MIL", ("defence", "ministry"): "MIL",
    ("defense", "department"): "MIL", ("defence", "department"): "MIL",
    ("ministry", "defense"): "MIL", ("ministry", "defence"): "MIL",
    ("justice", "ministry"): "JUD", ("ministry", "justice"): "JUD",
    ("justice", "department"): "JUD", ("public", "ministry"): "JUD",
    ("joint", "chiefs"): "MIL", ("general", "staff"): "MIL",
}


def org_sector(span: Span) -> str | None:
    """Return the sector an organisation's name words suggest (University -> EDU).

    Word pairs come first: "Russian Defense Ministry" and "Ministry of Defence" are MIL,
    "Justice Ministry" JUD; then the last name word that has a sector decides.
    """
    words = [t.lower_ for t in span if t.lower_ not in {"of", "the", "'s", "’s"}]
    for pair in itertools.pairwise(words):
        if pair in ORG_PAIRS:
            return ORG_PAIRS[pair]
    for word in reversed(words):
        if word in ORG_WORDS:
            return ORG_WORDS[word]
    return None


#: Modifier words that make a group noun transnational (guideline: aid workers NGO,
#: generic "jihadist groups" IMG, "international forces" IGO, "international rights
#: groups" NGO).
NONSTATE_MODIFIERS = {"aid": ("NGO",), "humanitarian": ("NGO",), "relief": ("NGO",),
                      "jihadist": ("IMG",), "international": ("IGO", "NGO"),
                      "multinational": ("IGO",), "regional": ("IGO",)}
#: The group nouns they apply to.
NONSTATE_HEADS = {
    "NGO": frozenset({"workers", "worker", "groups", "group", "agencies", "agency",
                      "organizations", "organisations", "organization", "organisation"}),
    "IMG": frozenset({"groups", "group", "organizations", "organisations", "networks"}),
    "IGO": frozenset({"forces", "force", "troops", "coalition", "peacekeepers", "bloc",
                      "mission"}),
}


#: Modifiers that make a force multinational even after a country word ("the Central
#: African regional peacekeeping force", "a Kenyan-led multinational force": IGO).
OVERRIDING = frozenset({"regional", "multinational"})


#: Fighters an Islamist or jihadist modifier makes a transnational armed group when the
#: phrase is indefinite ("Islamist fighters", "suspected jihadists"; events gold: IMG). A
#: definite one ("the Islamist group") repeats a group named before: coreference decides.
ISLAMIST_WORDS = frozenset({"islamist", "jihadist"})
FIGHTER_HEADS = frozenset({"fighters", "militants", "insurgents", "rebels", "jihadists",
                           "gunmen", "extremists"})
_DEFINITE = frozenset({"the", "this", "these", "those", "its", "their"})


def nonstate_code(span: Span) -> str | None:
    """Return the non-state code a nominal's words give ("aid workers" -> NGO), if any."""
    head = span[-1].lower_ if len(span) else ""
    if (head in FIGHTER_HEADS and span[0].lower_ not in _DEFINITE
            and (head == "jihadists" or any(t.lower_ in ISLAMIST_WORDS for t in span[:-1]))):
        return "IMG"  # "Islamist insurgents", "suspected jihadists"
    if len(span) < 2:
        return None
    for tok in span[:-1]:
        for code in NONSTATE_MODIFIERS.get(tok.lower_, ()):
            if head in NONSTATE_HEADS[code]:
                return code  # "international forces" IGO, "international rights groups" NGO
    return None


#: Verbs whose object is a person ("met Victoria", "thanked Jordan"), not a place.
PERSON_VERBS = frozenset({"meet", "call", "phone", "thank", "tell", "ask", "urge",
                          "congratulate", "praise", "accuse", "invite", "marry", "interview",
                          "hire", "elect", "appoint", "nominate", "name", "arrest", "detain",
                          "charge", "sentence", "pardon", "release", "free", "kill"})

#: Relational nouns: a demonym on them names the other party ("Chinese rivals" are
#: China's rivals, not China).
RELATIONAL = frozenset({"rival", "rivals", "enemy", "enemies", "foe", "foes", "adversary",
                        "adversaries", "opponent", "opponents"})
