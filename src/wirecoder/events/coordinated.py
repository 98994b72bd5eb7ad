"""One mention that names the forces or officials of several states ("the navies of A and B").

The actors stage makes one mention for a plural noun phrase whose modifier coordinates
states ("the governments of Norway and Sweden", "Bolivian and Paraguayan troops",
"the customs officers of Laos and Vietnam") and gives it one country, the first one's. The
phrase names a party of each state: the guideline codes both as actors (or both as
recipients), one country each (``data/gold/events/GUIDELINE.md``, joint actors).

:func:`with_coordinated_states` adds, for each such mention of an event role, a copy of
the mention for every other state its own words coordinate. The evidence is the mention's
own words only: the states must stand in one coordination ("A and B", "A, B and C",
"A and the B") inside the mention, and the mention's country must be one of them — never a
state named elsewhere in the sentence.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..actors.kb import compile_kb
from ..models import Entity
from ..textutil import parsed_text
from .entity_index import EntityIndex

__all__ = ["coordinated_codes", "with_chosen_conjuncts", "with_coordinated_states"]

#: Words allowed between two coordinated states ("A and B", "A, B", "A, and the B").
_JOIN = re.compile(r"^\s*(,\s*)?(and\s+|&\s+)?(the\s+)?$", re.IGNORECASE)
#: Mention kinds that may hold a coordination of states (not a state name itself).
_KINDS = frozenset({"NOMINAL", "ORG"})
_STATE_LABELS = frozenset({"GPE", "NORP"})


def _state_code(text: str) -> str | None:
    """The country a state name or demonym names, or None (places and bodies: None)."""
    codes = {a.country for a in compile_kb().lookup(text)
             if a.kind in {"GPE", "NORP"} and not a.place and a.country
             and a.form in {"name", "alias", "demonym"}}
    return codes.pop() if len(codes) == 1 else None


def _words(tok: Token) -> Span:
    """The named entity holding ``tok`` (a state's name may be several words), else ``tok``."""
    doc = tok.doc
    if tok.ent_iob_ not in {"B", "I"}:
        return doc[tok.i:tok.i + 1]
    start = tok.i
    while doc[start].ent_iob_ == "I" and start > 0:  # back to the entity's first token
        start -= 1
    end = tok.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _states(span: Span) -> list[tuple[int, int, str]]:
    """(start, end, country) of the state names and demonyms inside ``span``, in order.

    The named-entity label is not trusted ("Mali" may be tagged a person): the
    knowledge base decides what names a state.
    """
    out, seen = [], set()
    for tok in span:
        words = _words(tok)
        if words.start in seen or words.start < span.start or words.end > span.end:
            continue
        seen.add(words.start)
        code = _state_code(words.text)
        if code is not None:
            out.append((words.start_char, words.end_char, code))
    return out


def _conjoined(span: Span, states: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """States outside the mention that the parse coordinates with a state inside it.

    "The foreign ministers of Kenya, Uganda and Tanzania" may end at "Kenya";
    "Malian and Togolese police" may start at "Togolese". A possessor is no such state
    ("Kenya and Uganda's president" is no party of Uganda).
    """
    doc = span.doc
    out: list[tuple[int, int, str]] = []
    for start, _, _ in states:
        tok = doc.char_span(start, start + 1, alignment_mode="expand")
        if tok is None:
            continue
        for conj in tok[0].conjuncts:
            words = _words(conj)
            if span.start <= conj.i < span.end or (
                    words.end < len(doc) and doc[words.end].tag_ == "POS"):
                continue
            code = _state_code(words.text)
            if code is not None:
                out.append((words.start_char, words.end_char, code))
    return out


def coordinated_codes(entity: Entity, doc: Doc) -> list[str]:
    """The countries of the states one mention coordinates, or [] when it names one party.

    Args:
        entity: A mention of the actors stage.
        doc: The parsed document the mention's offsets point into.

    Returns:
        The distinct countries, in text order, when the mention is a noun phrase (not a
        state name) whose words coordinate two or more states in one chain, its head is
        plural or the mention is made of the names alone, and its country is one of them.
    """
    if entity.kind not in _KINDS or not entity.country_code or entity.is_place:
        return []
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return []
    states = _states(span)
    if not states:
        return []
    text = parsed_text(doc)
    prefix = text[entity.start:states[0][0]].strip(" ,").lower()
    only_names = prefix in {"", "the"} and not text[states[-1][1]:entity.end].strip()
    if not only_names:  # a noun phrase: its head must name several parties
        if span.root.tag_ not in {"NNS", "NNPS"} or span.root.ent_type_ in _STATE_LABELS:
            return []  # "the border of A and B" is one thing, not a party of each
        states = sorted(set(states + _conjoined(span, states)))
    if len(states) < 2:
        return []
    for (_, end, _), (start, _, _) in itertools.pairwise(states):
        if not _JOIN.match(text[end:start]):
            return []  # not one coordination ("the Peru office of a Chilean firm")
    codes = list(dict.fromkeys(code for _, _, code in states))
    if len(codes) < 2 or entity.country_code not in codes:
        return []
    return codes


def with_coordinated_states(entities: Sequence[Entity], doc: Doc) -> tuple[Entity, ...]:
    """``entities`` with one copy per further state of each coordinating mention.

    "The customs officers of Laos and Vietnam" (one mention, Laos) gives that mention and a
    copy with Vietnam's country; states already among ``entities`` are not added again.
    """
    out = list(entities)
    have = {e.country_code for e in entities if e.country_code}
    kb = compile_kb()
    for entity in entities:
        for code in coordinated_codes(entity, doc):
            if code in have:
                continue
            have.add(code)
            out.append(entity.model_copy(update={
                "country_code": code, "country_name": kb.country_name(code)}))
    return tuple(out)


def with_chosen_conjuncts(chosen: Sequence[Entity], rules: Sequence[Entity],
                          other: Sequence[Entity], index: EntityIndex,
                          doc: Doc) -> tuple[Entity, ...]:
    """A role the learned chooser filled, with the states coordinated with its pick.

    The chooser adds one country for a role (a second only above a stricter threshold),
    so "concern over clashes between A and B" got A alone; the parties of one
    coordination fill the role together (events guideline: joint recipients). Only
    conjuncts of a mention the chooser added (not the rules' own), each a state mention
    with a country (no place) that neither role holds yet.

    Args:
        chosen: The role after the chooser.
        rules: The same role as the rules gave it.
        other: The other role after the chooser.
        index: Token -> mention lookup of the document.
        doc: The parsed document.
    """
    keys = {(e.start, e.end) for e in rules}
    held = {e.country_code for e in (*chosen, *other) if e.country_code}
    out = list(chosen)
    for entity in chosen:
        if (entity.start, entity.end) in keys or not entity.country_code or entity.is_place:
            continue
        span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
        if span is None:
            continue
        for conj in span.root.conjuncts:
            for mention in index.at(conj):
                if (mention.country_code and not mention.is_place
                        and mention.kind in _STATE_LABELS
                        and mention.country_code not in held):
                    held.add(mention.country_code)
                    out.append(mention)
    return tuple(out)
