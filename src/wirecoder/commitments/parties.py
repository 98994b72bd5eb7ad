"""Who commits, to whom, what, whose figure it is and by when: read from the clause.

Each party is an :class:`~wirecoder.models.Entity` the actors stage already resolved; this
module only decides which mention fills which role, from the dependency parse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from spacy.tokens import Token

from ..models import Entity, Quote, TimeExpression
from ..textutil import parsed_text
from .clause import Action, lemma, walk_up

__all__ = [
    "entity_at",
    "find_committer",
    "find_counterparty",
    "find_deadline",
    "find_object",
    "find_reporter",
    "is_conditional",
]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_MODIFIERS = frozenset({"poss", "amod", "compound", "nmod"})
_TO_PREPS = {"buy": ("from",), "import": ("from",), "invest": ("in", "into"),
             "withdraw": ("from",), "cut": ("to", "for"), "raise": ("to", "for"),
             "provide": ("to", "for", "in", "inside")}
_DEFAULT_PREPS = ("to", "for")
_DEADLINE_PREPS = frozenset({"by", "before", "until", "through"})
_PLEDGE_WORDS = frozenset({"pledge", "commitment", "promise", "offer"})
_CONDITIONS = frozenset({"if", "unless", "provided", "providing"})


def entity_at(token: Token, entities: Sequence[Entity]) -> Entity | None:
    """Return the resolved mention covering ``token`` (one with a country code first)."""
    covering = [e for e in entities if e.start <= token.idx < e.end]
    coded = [e for e in covering if e.country_code and not e.is_place]
    return (coded or covering)[0] if coded or covering else None


def _coded(entity: Entity | None) -> Entity | None:
    return entity if entity is not None and entity.country_code else None


def _subject(token: Token) -> Token | None:
    """Return the subject of ``token``'s clause.

    Climbs through control ("committed to importing") and stops at a noun's own possessor
    ("*Japan's* commitment to purchase").
    """
    tok = token
    for _ in range(6):
        for child in tok.children:
            if child.dep_ in _SUBJECTS or (child.dep_ == "poss" and tok.pos_ == "NOUN"):
                return child
        if tok.dep_ not in {"xcomp", "pcomp", "prep", "advcl", "conj", "dobj", "pobj", "acomp",
                            "acl"}:
            return None
        tok = tok.head
    return None


def _modifier_entity(noun: Token, entities: Sequence[Entity], depth: int = 2) -> Entity | None:
    """A country named on a noun's modifiers: "*Chinese* purchases", "*U.S.* energy ... goods"."""
    for child in noun.children:
        if child.dep_ not in _MODIFIERS and child.dep_ != "conj":
            continue
        found = _coded(entity_at(child, entities)) if child.dep_ != "conj" else None
        if found is None and depth > 0:
            found = _modifier_entity(child, entities, depth - 1)
        if found is not None:
            return found
    return None


def find_committer(action: Action, cue: Token | None, entities: Sequence[Entity],
                   fallback: Entity | None) -> Entity | None:
    """Return who commits.

    The nominal's own modifier ("*Chinese* purchases"), else the subject of the cue or of
    the action verb, else the quantities stage's committer.
    """
    if action.nominal:
        found = _modifier_entity(action.token, entities)
        if found is not None:
            return found
    for anchor in (cue, action.token):
        if anchor is None:
            continue
        subject = _subject(anchor)
        found = _coded(entity_at(subject, entities)) if subject is not None else None
        if found is not None:
            return found
    return fallback


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    return [grand for child in token.children if child.dep_ == "prep" and child.lower_ in preps
            for grand in child.children if grand.dep_ == "pobj"]


def _party_in(pobj: Token, entities: Sequence[Entity]) -> Entity | None:
    """Return the first country named in a prepositional object.

    "for *Ukraine*", "for people in need in *Sudan*" (places count: the country is the party).
    """
    for tok in pobj.subtree:
        entity = entity_at(tok, entities)
        if entity is not None and entity.country_code:
            return entity
    return None


def find_counterparty(action: Action, root: Token, obj: Token | None,
                      entities: Sequence[Entity], committer: Entity | None) -> Entity | None:
    """Return the other party.

    "sales *to Taiwan*", "imports *from Brazil*", or the nationality of what is bought
    ("*American* soybeans").
    """
    preps = _TO_PREPS.get(action.action, _DEFAULT_PREPS)
    anchors = [action.token, *walk_up(action.token, 2), root, *walk_up(root, 2)]
    candidates: list[Entity | None] = []
    for anchor in anchors:
        candidates += [_party_in(t, entities) for t in _prep_objects(anchor, preps)]
    if obj is not None and action.action in {"buy", "import"}:
        candidates.append(_modifier_entity(obj, entities))
    if action.action_class_gives:
        candidates += [_purpose_party(a, entities) for a in (action.token, root, *walk_up(root, 6))]
    mine = committer.country_code if committer is not None else None
    for entity in candidates:
        if entity is not None and entity.country_code and entity.country_code != mine:
            return entity
    return None


def _purpose_party(token: Token, entities: Sequence[Entity]) -> Entity | None:
    """Return the country a purpose clause names: the one who receives what is given.

    "... *to help Ukraine* bolster its defense", "*to meet Ukraine's* needs".
    """
    for child in token.children:
        if child.dep_ not in {"advcl", "xcomp", "acl", "relcl"} or child.pos_ != "VERB":
            continue
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            continue
        for tok in child.subtree:  # "to help *Ukraine* bolster", "to meet *Ukraine's* needs"
            entity = entity_at(tok, entities) if tok.i > child.i else None
            if entity is not None and entity.country_code:
                return entity
    return None


def find_object(action: Action, root: Token, synonyms: Mapping[str, str]) -> Token | None:
    """Return the head noun of what is committed.

    "*arms* sales", "tons of *soybeans*", or the transaction noun itself when it names what
    is given ("security *assistance*").
    """
    if action.action == "provide" and action.token.lemma_.lower() in _PLEDGE_WORDS:
        return None  # "raised its pledge": what the pledge is of is not said here
    if action.nominal and lemma(action.token) in synonyms:
        return action.token
    if action.nominal:
        compounds = [c for c in action.token.children
                     if c.dep_ == "compound" and c.pos_ in {"NOUN", "PROPN"}]
        if compounds:  # the nearest: "Foreign *Military* Sale", "U.S. *arms* sales"
            return compounds[-1]
        for pobj in _prep_objects(action.token, ("of",)):
            return pobj
    for pobj in _prep_objects(root, ("of", "in")):
        return pobj
    if not action.nominal:
        for child in action.token.children:
            if child.dep_ == "dobj" and child.i != root.i and _commodity(child):
                return _whole_of(child)
    return None


_PARTITIVES = frozenset({"bulk", "part", "rest", "remainder", "majority", "share", "half",
                         "portion", "balance", "first", "most"})
#: Nouns that count what follows "of": "doses of measles *vaccine*", "tons of *wheat*".
_MEASURES = frozenset({"dose", "doses", "ton", "tons", "tonne", "tonnes", "barrel", "barrels",
                       "unit", "units"})


def _whole_of(noun: Token) -> Token:
    """What a partitive noun is part of: "the *bulk* of its first 25 million doses of *vaccine*"."""
    if noun.lower_ in _MEASURES:
        inner = _prep_objects(noun, ("of",))
        return inner[0] if inner else noun
    if noun.lemma_.lower() not in _PARTITIVES:
        return noun
    inner = _prep_objects(noun, ("of",))
    if not inner:
        return noun
    deeper = [c for c in inner[0].children if c.dep_ == "prep" and c.lower_ == "of"]
    nested = [g for c in deeper for g in c.children if g.dep_ == "pobj"]
    if inner[0].like_num and nested:  # "of 25 million donated doses of COVID-19 vaccine"
        return nested[0]
    return _whole_of(inner[0]) if inner[0].lower_ in _MEASURES else inner[0]


def _commodity(token: Token) -> bool:
    """True for a noun that can be what is traded: not a number, amount or named party."""
    return (not token.like_num and token.ent_type_ not in {"GPE", "NORP", "ORG", "PERSON"}
            and not any(c.dep_ == "nummod" for c in token.children))


def object_phrase(obj: Token) -> tuple[str, int, int]:
    """Return the text and character span of the object noun with its modifiers."""
    left = min([obj.i, *(c.i for c in obj.lefts if c.dep_ in {"amod", "compound"})])
    span = obj.doc[left : obj.i + 1]
    return span.text, span.start_char, span.end_char


def object_class(obj: Token, synonyms: Mapping[str, str], qualifiers: frozenset[str]) -> str:
    """Return the linking key of an object.

    Its lemma with a compound noun before it ("crude oil"), or for aid-like nouns their
    class with a kind ("security aid").
    """
    word = lemma(obj)
    if word in synonyms:
        kinds = [lemma(c) for c in obj.lefts if c.dep_ in {"amod", "compound"}
                 and lemma(c) in qualifiers]
        return " ".join([*kinds[:1], synonyms[word]])
    parts = [lemma(c) for c in obj.lefts if c.dep_ == "compound" and c.pos_ == "NOUN"]
    return " ".join([*parts, word])


def find_reporter(token: Token, start: int, quotes: Sequence[Quote],
                  entities: Sequence[Entity], reporting: frozenset[str]) -> Entity | None:
    """Return the source of the figure.

    The speaker of a quote holding it, the subject of a reporting verb above it ("Trump
    *said* China committed..."), or "according to X".
    """
    for quote in quotes:
        if quote.start <= start < quote.end and quote.speaker is not None:
            return quote.speaker
    for head in walk_up(token, 6):
        if head.pos_ in {"VERB", "AUX"} and lemma(head) in reporting:
            subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
            if subject is not None:
                return entity_at(subject, entities)
    for tok in token.sent:
        if tok.lower_ != "according" or tok.i + 1 >= len(tok.doc):
            continue
        after = tok.doc[tok.i + 1]
        objects = [c for c in after.children if c.dep_ == "pobj"]
        if after.lower_ == "to" and objects:
            return entity_at(objects[0], entities)
    return None


def find_deadline(token: Token, timexes: Sequence[TimeExpression],
                  period: TimeExpression | None) -> TimeExpression | None:
    """Return a date the pledge is due by ("*by 2027*") in the same sentence."""
    sentence = token.sent
    text = parsed_text(token.doc)
    for te in timexes:
        if not (sentence.start_char <= te.start < sentence.end_char) or te is period:
            continue
        before = text[max(sentence.start_char, te.start - 14) : te.start].lower().split()
        if before and before[-1] in _DEADLINE_PREPS:
            return te
    return None


def is_conditional(token: Token) -> bool:
    """True when the transaction or a clause above it is introduced by *if* / *unless*."""
    for tok in (token, *walk_up(token, 4)):
        if any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in tok.children):
            return True
        if any(c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in _CONDITIONS
                                          for g in c.children) for c in tok.children):
            return True
    return False
