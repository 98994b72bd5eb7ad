"""What a quantity measures, who commits it and for which period, from the parse.

``about`` is read from the dependency tree around the quantity's anchor token (the
unit, or the number's last token): an "of"-complement ("40 million tonnes of
iron ore"), the noun the amount modifies ("a $7 billion stockpile"), a "worth"
construction ("arms sales to Poland worth $2.5 billion"), the object of a verb
the amount is the goal of ("raising imports of wheat to 8 million tons")
or the subject of a measuring verb ("shipments ... averaged 250,000 barrels").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Entity, TimeExpression
from ..textutil import doc_text
from .about import About
from .action import agent_action, span_activity
from .clause import clause_noun, undated
from .lexicon import (
    AMOUNT_WORDS,
    CASUALTY_VERBS,
    COMMIT_VERBS,
    CONTAINER_NOUNS,
    LEVEL_NOUNS,
    MEASURE_VERBS,
    TRANSACTION_NOUNS,
    UNITS,
    VAGUE_NUMBERS,
)

__all__ = ["About", "find_about", "find_committer", "find_period", "noun_after", "phrase_of"]

_LEFT_DEPS = frozenset({"compound", "amod", "nmod", "nn"})
_DROP_ENTS = frozenset({"GPE", "NORP", "MONEY", "QUANTITY", "CARDINAL", "PERCENT"})
_REL_PRONOUNS = frozenset({"which", "that", "who", "what"})
_PERIOD_PREPS = frozenset({"for", "over", "during", "through", "throughout"})


def _phrase(noun: Token, keep_of: bool = False, floor: int = -1) -> About:
    """Return the noun with its left modifiers (and "of"-complement when asked).

    Modifiers at or before token ``floor`` (the quantity itself) are left out.
    """
    left = noun.i
    for tok in reversed(list(noun.lefts)):
        if (tok.i != left - 1 or tok.i <= floor or tok.dep_ not in _LEFT_DEPS
                or tok.ent_type_ in _DROP_ENTS):
            break
        left = tok.i
    doc = noun.doc
    end = noun.idx + len(noun)
    if keep_of:
        obj = _of_object(noun)
        if obj is not None:
            end = obj.idx + len(obj)
    start = doc[left].idx
    return About(doc_text(doc)[start:end], start, end, noun)


def phrase_of(noun: Token) -> About:
    """Return the noun with its left modifiers (compounds, adjectives) as an ``About``."""
    return _phrase(noun)


def _of_object(tok: Token, preps: frozenset[str] = frozenset({"of"})) -> Token | None:
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            return next((g for g in child.children if g.dep_ == "pobj"), None)
    return None


def _contextual(about: About) -> About:
    """Qualify a bare container noun by the nearest earlier "of"-object of its sentence."""
    noun = about.noun
    if noun.lemma_.lower() not in CONTAINER_NOUNS or about.start != noun.idx:
        return about
    for tok in reversed(noun.doc[noun.sent.start : noun.i]):
        if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.pos_ in {"NOUN", "PROPN"}:
            return About(f"{_phrase(tok).text} {noun.text}", about.start, about.end, noun)
    return about


def _commodity(noun: Token, kind: str, floor: int) -> About:
    """For a trade-flow noun with "of X", return X for masses, the whole phrase otherwise."""
    obj = _of_object(noun)
    flow = noun.lemma_.lower() in TRANSACTION_NOUNS
    if obj is not None and (obj.lower_ in UNITS or _is_amount(obj)):
        return _phrase(noun, floor=floor)  # "a shipment of 300 tonnes": the amount itself
    if flow and obj is not None and kind in {"mass", "volume"}:
        return _phrase(obj)
    return _phrase(noun, keep_of=flow, floor=floor)


def _worth_noun(worth: Token) -> Token | None:
    noun = worth.head
    while noun.dep_ == "pobj" and (noun.pos_ == "PROPN" or noun.ent_type_):
        prep = noun.head
        noun = prep.head
        if noun.pos_ in {"VERB", "AUX"}:
            return next((c for c in noun.children if c.dep_ in {"dobj", "nsubjpass"}), None)
    return noun if noun.pos_ in {"NOUN", "PROPN"} else None


def _verb_argument(verb: Token, deps: tuple[str, ...]) -> Token | None:
    for dep in deps:  # an object that is a unit word is a misparse: "soared to 46 degrees Celsius"
        arg = next((c for c in verb.children if c.dep_ == dep
                    and not (dep == "dobj" and c.lower_ in UNITS)), None)
        if arg is None:
            continue
        if arg.lower_ in _REL_PRONOUNS and verb.dep_ == "relcl":
            return verb.head
        return undated(arg, verb) if dep in {"nsubj", "nsubjpass"} else arg
    return None


def _is_amount(tok: Token) -> bool:
    """Return True for a token that is itself an amount ("%", "half", "74", "a third")."""
    return tok.like_num or tok.lower_ in AMOUNT_WORDS or any(
        c.dep_ in {"nummod", "quantmod"} for c in tok.children)


def _nearest_conjunct(noun: Token, prep: Token) -> Token:
    """Return the conjunct of ``noun`` nearest before ``prep``.

    "heavy rains and winds of up to 150 km/h": the parser hangs "of" on the first
    conjunct, but a post-modifier belongs to the noun right before it.
    """
    best = noun
    for conj in noun.conjuncts:
        if best.i < conj.i < prep.i and conj.pos_ in {"NOUN", "PROPN"}:
            best = conj
    return best


def _described(anchor: Token, head: Token, kind: str) -> About:
    """Return what a measure in apposition to a noun describes.

    "an epicenter about 16 kilometers south of the city" -> epicenter; "a region about
    500 kilometers from Santiago" -> distance of the region from Santiago.
    """
    about = _phrase(head)
    ref = _of_object(anchor, frozenset({"from", "of"}))
    if kind != "length" or ref is None or ref.pos_ not in {"NOUN", "PROPN"}:
        return about
    left = ref.i
    while left > 0 and ref.doc[left - 1].dep_ in {"compound", "amod"} \
            and ref.doc[left - 1].head.i == ref.i:
        left -= 1
    place = ref.doc[left : ref.i + 1]
    return About(f"distance of {about.text} from {place.text}", about.start,
                 place.end_char, head)


def _noun_before(anchor: Token) -> Token | None:
    """Return the noun right before the measure phrase of ``anchor``, if any.

    "Dorna, a mountain town about 120 kilometers from X": the parser may hang the
    measure on an earlier noun, but a post-modifying measure describes the noun it follows.
    """
    i = anchor.left_edge.i - 1
    if i < 0:
        return None
    prev = anchor.doc[i]
    return prev if prev.pos_ in {"NOUN", "PROPN"} and not _is_amount(prev) else None


#: Prepositions that tie an amount to the noun they follow: "production at 30 million
#: barrels a day", "unemployment at 5%", "temperatures between 540 and 640 degrees".
_NOUN_PREPS = frozenset({"at", "between", "around", "near"})


def _level_of(level: Token) -> Token | None:
    """Return what a level noun measures: "the rate ... sank to a ten-year low of 2%"."""
    prep = level.head
    if level.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.pos_ == "VERB":
        found = _verb_argument(prep.head, ("nsubj", "nsubjpass"))
        if found is not None and found.pos_ in {"NOUN", "PROPN"}:
            return found
    return level


#: Kinds of physical measures (a unit word as the anchor): "gusts to 60 mph".
_PHYSICAL_KINDS = frozenset({"length", "area", "volume", "mass", "rate", "other"})
#: A level held relative to an amount: "the overnight low stayed above 80 degrees".
_LEVEL_PREPS = frozenset({"above", "below", "under", "over", "around", "near"})
_LEVEL_VERBS = frozenset({"stay", "remain", "hover", "hold", "sit", "peak", "settle", "be",
                          "rise", "climb", "fall", "drop", "dip", "stand", "top", "keep"})


def _about_noun(anchor: Token) -> Token | None:
    head = anchor.head
    if head.lemma_.lower() == "worth" and anchor.dep_ != "pobj":
        return _of_object(head) or _worth_noun(head)
    if anchor.dep_ in {"nummod", "compound", "amod", "quantmod", "nmod"} and head.i > anchor.i \
            and head.pos_ in {"NOUN", "PROPN"}:
        return head
    if head.lemma_.lower() == "worth":
        return _worth_noun(head)
    if anchor.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ in {"NOUN", "PROPN"} \
            and head.head.i < anchor.i and not _is_amount(head.head):
        if head.head.lemma_.lower() in LEVEL_NOUNS:  # "sank to a ten-year low of 2%"
            return _level_of(head.head)
        return _nearest_conjunct(head.head, head)  # "inflation of 9%", "winds of 150 km/h"
    if anchor.dep_ == "pobj" and head.lower_ in _NOUN_PREPS and head.head.pos_ == "NOUN" \
            and head.head.i < anchor.i and not _is_amount(head.head) \
            and head.head.lower_ not in UNITS:
        return head.head  # "mine output at 4 million tonnes a year", "temperatures
        # between 540 and 640 degrees"
    if anchor.dep_ == "pobj" and head.lower_ == "to" and head.head.pos_ == "NOUN" \
            and head.head.i < anchor.i and anchor.lower_ in UNITS \
            and UNITS[anchor.lower_][1] in _PHYSICAL_KINDS and not _is_amount(head.head):
        return head.head  # "gusts to 60 mph", "seas to 12 feet"
    if anchor.dep_ == "pobj" and head.lower_ == "as" and head.head.dep_ == "amod" \
            and head.head.head.pos_ in {"NOUN", "PROPN"}:
        return head.head.head  # "an altitude as high as 13,700 meters"
    if anchor.dep_ == "pobj" and head.lower_ in {"to", "at", "by", "from"} \
            and head.head.pos_ == "VERB":
        return _verb_argument(head.head, ("dobj", "nsubj", "nsubjpass"))
    if anchor.dep_ == "pobj" and head.lower_ in _LEVEL_PREPS and head.head.pos_ == "VERB" \
            and head.head.lemma_.lower() in _LEVEL_VERBS:
        return _verb_argument(head.head, ("nsubj", "nsubjpass"))  # "the low stayed above 80"
    if anchor.dep_ in {"dobj", "attr", "npadvmod"} and head.lemma_.lower() in MEASURE_VERBS:
        return _verb_argument(head, ("nsubj", "nsubjpass"))
    return None


#: Kinds whose "in" phrase names a place or a time, not what is measured ("six meters in
#: coastal areas", "310 mm in parts of Kerala"), unless a bare dimension word ("5 cm in
#: diameter", "12 km2 in area").
_PLACED_KINDS = frozenset({"length", "area", "rate", "other"})
_DIMENSIONS = frozenset({"diameter", "length", "height", "depth", "width", "size", "thickness",
                         "circumference", "area", "volume", "elevation", "altitude", "span",
                         "radius", "breadth", "girth"})


def _place_or_time(anchor: Token, obj: Token, kind: str) -> bool:
    """Return True when ``obj`` is the object of an "in" phrase that places a measure."""
    prep = obj.head
    dimension = obj.lower_ in _DIMENSIONS and not any(True for _ in obj.children)
    return (prep.lower_ == "in" and prep.head.i == anchor.i and kind in _PLACED_KINDS
            and not dimension)


def find_about(anchor: Token, kind: str) -> About | None:
    """Return what the quantity anchored at ``anchor`` measures, or None.

    Args:
        anchor: The unit token, or the last number token.
        kind: The quantity kind (masses prefer the commodity over the trade flow).

    Returns:
        The words and span of what is measured.
    """
    if anchor.dep_ == "pobj" and anchor.lower_ in UNITS and anchor.head.lower_ == "of" \
            and anchor.head.head.lower_ in VAGUE_NUMBERS and _of_object(anchor) is None:
        anchor = anchor.head.head  # "burned millions of hectares": the amount heads the phrase
    if anchor.dep_ == "appos" and anchor.head.pos_ in {"NOUN", "NUM"} and anchor.head.i < anchor.i:
        if _is_amount(anchor.head):
            return find_about(anchor.head, kind)  # "26 billion baht ($860 million)"
        return _described(anchor, _noun_before(anchor) or anchor.head, kind)
    obj = _of_object(anchor, frozenset({"of", "in"}))
    placed = obj is not None and _place_or_time(anchor, obj, kind)
    if obj is not None and obj.pos_ in {"NOUN", "PROPN"} and not placed \
            and obj.lower_ not in UNITS:
        return _phrase(obj)
    activity = _of_activity(anchor) or agent_action(anchor)
    if activity is not None:
        return activity
    noun = _about_noun(anchor)
    if noun is None or noun.pos_ == "PRON" or noun.ent_type_ in {"DATE", "TIME"}:
        noun = clause_noun(anchor)
    act = span_activity(anchor, noun)  # "suspended him from all matches for eight months"
    if act is not None:
        return act
    if noun is None:
        return _predicate(anchor) if kind == "percent" else None
    floor = anchor.i if noun.i > anchor.i else -1
    about = _contextual(_commodity(noun, kind, floor))
    return _in_place(about, obj) if placed and obj is not None else about


def _predicate(anchor: Token) -> About | None:
    """Return what a share that is a subject does: "Of the total, some 40% goes to schools"."""
    verb = anchor.head
    if anchor.dep_ != "nsubj" or verb.pos_ != "VERB" or verb.i < anchor.i:
        return None
    last = verb
    for tok in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        if tok.dep_ in {"cc", "conj", "punct"}:
            break
        last = tok
    end = last.idx + len(last)
    return About(doc_text(verb.doc)[verb.idx:end], verb.idx, end, verb)


def _of_activity(anchor: Token) -> About | None:
    """Return the activity an "of"-gerund names: "80 years of brewing beer"."""
    prep = next((c for c in anchor.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    verb = next((g for g in prep.children if g.dep_ == "pcomp" and g.tag_ == "VBG"), None) \
        if prep is not None else None
    if verb is None:
        return None
    last = verb
    for tok in verb.doc[verb.i + 1 : verb.right_edge.i + 1]:
        if tok.dep_ in {"cc", "conj", "punct"}:
            break  # "80 years of making glass and 12 years of drought"
        last = tok
    end = last.idx + len(last)
    return About(doc_text(verb.doc)[verb.idx:end], verb.idx, end, verb)


def _in_place(about: About, obj: Token) -> About:
    """Add a named place to what is measured: "Temperatures in Phoenix".

    Only a place the entity recognizer names (or "parts of Kerala", "the city of Sylhet"):
    "six meters in more than 100 coastal areas" keeps "waves".
    """
    named = obj if obj.ent_type_ in {"GPE", "LOC", "FAC"} else _of_object(obj)
    if named is None or named.ent_type_ not in {"GPE", "LOC", "FAC"} or obj.i < about.noun.i:
        return about
    place = _phrase(obj, keep_of=named is not obj)
    if about.end > place.start:
        return about
    return About(f"{about.text} in {place.text}", about.start, place.end, about.noun)


def noun_after(doc: Doc, start: int, end: int) -> About | None:
    """Return the noun a determiner-led amount modifies: "a magnitude 6.8 earthquake".

    Used when the parse ties the amount to nothing: between a determiner and a noun,
    the amount is a modifier of that noun.
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span.end >= len(doc):
        return None
    before, after = doc[span.start - 1], doc[span.end]
    if before.pos_ != "DET" or after.pos_ != "NOUN" or after.like_num:
        return None
    return _phrase(after, floor=span.end - 1)


def people_about(noun: Token | None, verb: Token | None) -> About | None:
    """Return "people killed"-style words for a count of people, or the counted noun."""
    if verb is not None:
        word = CASUALTY_VERBS.get(verb.lemma_.lower(), verb.text)
        base = _phrase(noun) if noun is not None else None
        subject = base.text if base is not None else "people"
        start = base.start if base is not None else verb.idx
        end = base.end if base is not None else verb.idx + len(verb)
        return About(f"{subject} {word}", start, end, noun or verb)
    return _phrase(noun) if noun is not None else None


def _entity_at(tok: Token, entities: Sequence[Entity]) -> Entity | None:
    lo, hi = tok.idx, tok.idx + len(tok)
    return next((e for e in entities if e.start < hi and lo < e.end), None)


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in {"nsubj", "agent"}:
            if child.dep_ == "agent":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
            return None if child.lower_ in _REL_PRONOUNS else child
    return None


def _flows(about: About | None) -> list[Token]:
    """Return the trade-flow nouns of ``about``: their modifiers name the buyer."""
    if about is None:
        return []
    noun = about.noun
    nouns = [noun, noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else [noun]
    return [n for n in nouns if n.lemma_.lower() in TRANSACTION_NOUNS]


def find_committer(anchor: Token, about: About | None,
                   entities: Sequence[Entity]) -> Entity | None:
    """Return the actor who commits, buys, sells or spends the quantity, if stated.

    Args:
        anchor: The quantity's anchor token.
        about: What is measured (its modifiers may name the buyer: "Chinese purchases").
        entities: The actors stage's entities.

    Returns:
        The committing entity, or None.
    """
    for flow in _flows(about):
        for child in flow.children:
            if child.dep_ in {"amod", "poss", "compound"} and child.ent_type_ in {"NORP", "GPE"}:
                found = _entity_at(child, entities)
                if found is not None:
                    return found
    tok, committing = anchor, False
    for _ in range(8):
        if tok.head.i == tok.i:
            break
        tok = tok.head
        if tok.pos_ in {"VERB", "AUX"}:
            committing = committing or tok.lemma_.lower() in COMMIT_VERBS
            subject = _subject(tok)
            if subject is not None:
                return _entity_at(subject, entities) if committing else None
    return None


def find_period(anchor: Token, timexes: Sequence[TimeExpression],
                exclude: tuple[int, int] = (0, 0)) -> TimeExpression | None:
    """Return the time expression introduced by "for"/"over"/... on the quantity's path.

    Args:
        anchor: The quantity's anchor token.
        timexes: The time expressions stage's records.
        exclude: The quantity's own span (a duration is not its own period).

    Returns:
        The period, or None.
    """
    ancestors = {anchor.i, *(t.i for t in anchor.ancestors)}
    sent = anchor.sent
    doc: Doc = anchor.doc
    for timex in timexes:
        if not (sent.start_char <= timex.start < sent.end_char) or (
                timex.start < exclude[1] and exclude[0] < timex.end):
            continue
        span = doc.char_span(timex.start, timex.end, alignment_mode="expand")
        if span is None:
            continue
        prep = span.root.head
        if prep.lower_ in _PERIOD_PREPS and prep.head.i in ancestors:
            return timex
    return None
