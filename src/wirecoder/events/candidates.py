"""Trigger candidates and their features for the learned event type model.

A candidate is a token that could anchor an event: every verb and common noun of a
sentence, and every token the rule coder anchors a trigger on (some are adjectives or
proper nouns). Its features are strings read from the parse (lemma, part of speech,
dependency, head, children and their prepositions, negation and modals, the entity labels
of its subject and objects and whether they resolve to a country), from the quotes
(inside a quotation or not) and from the rule coder (what the lexicon lists for the
lemma, which entry fired, which event it coded). :mod:`.type_model` scores them with a
:class:`~wirecoder.learned.LinearModel`; ``scripts/train_event_model.py`` trains it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from spacy.tokens import Span, Token

from .entity_index import EntityIndex
from .lexicon import Lexicon

__all__ = ["RuleView", "candidate_tokens", "features"]

#: Parts of speech that can anchor an event with no rule trigger.
_CANDIDATE_POS = frozenset({"VERB", "NOUN"})
#: Children whose dependency and lemma become features.
_CHILD_DEPS = frozenset({"dobj", "nsubj", "nsubjpass", "dative", "agent", "prt", "neg", "aux",
                         "auxpass", "xcomp", "ccomp", "attr", "acomp", "advmod", "poss",
                         "compound", "amod", "det", "mark", "advcl", "conj", "relcl", "acl"})
#: Children whose phrase may name a party (its country resolution becomes a feature).
_PARTY_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "poss", "compound", "amod",
                         "agent", "pobj"})
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "should", "must",
                     "shall"})


@dataclass(frozen=True)
class RuleView:
    """What the rule coder said about a token (features of the learned model).

    Attributes:
        trigger: The lexicon entry that fired on the token, by id and category.
        event: The category and mode of the event the rule coder output there.
        actor: Whether that event's actor resolves to a country or IGO code (None: no
            event there).
        recipient: The same for its recipient.
    """

    trigger_id: str | None = None
    trigger_category: str | None = None
    event_category: str | None = None
    event_mode: str | None = None
    actor: bool | None = None
    recipient: bool | None = None


def candidate_tokens(sent: Span, rule_tokens: Sequence[int] = ()) -> list[Token]:
    """Return the tokens of ``sent`` that can anchor an event, in text order.

    Args:
        sent: The sentence.
        rule_tokens: Indices of tokens the rule coder anchors a trigger on (always kept).
    """
    ruled = set(rule_tokens)
    return [t for t in sent if t.i in ruled or (
        t.pos_ in _CANDIDATE_POS and t.is_alpha and len(t.text) > 1 and not t.ent_type_)]


def features(token: Token, lexicon: Lexicon, index: EntityIndex,
             quoted: bool = False, rule: RuleView | None = None,
             sentence: Sequence[str] = ()) -> list[str]:
    """Return the feature strings of a candidate trigger ``token``.

    Args:
        token: The candidate.
        lexicon: The compiled event lexicon (which categories list the lemma).
        index: The document's entities by token.
        quoted: Whether the token lies inside a quotation.
        rule: The rule coder's view of the token (None: no trigger there).
        sentence: The categories of the rule coder's other events in the sentence.
    """
    lemma = token.lemma_.lower()
    head = token.head
    out = [f"lemma={lemma}", f"pos={token.pos_}", f"tag={token.tag_}", f"dep={token.dep_}",
           f"lemma|dep={lemma}|{token.dep_}", f"head={head.lemma_.lower()}",
           f"dep|head={token.dep_}|{head.lemma_.lower()}", f"headpos={head.pos_}",
           f"quoted={quoted}"]
    out.extend(_lexicon_features(lemma, token.lower_, lexicon))
    out.extend(_child_features(token, index))
    out.extend(_party_features(token, index))
    if head is not token and head.pos_ in {"VERB", "AUX"}:
        out.extend(f"head_{f}" for f in _modality(head))
    out.extend(_context_features(token, lexicon, sentence))
    rule = rule or RuleView()
    out.append(f"rule_trigger={rule.trigger_category}")
    out.append(f"rule_event={rule.event_category}")
    if rule.trigger_id is not None:
        out.append(f"rule_entry={rule.trigger_id}")
        out.append(f"rule_kept={rule.event_category == rule.trigger_category}")
    if rule.event_mode is not None:
        out.append(f"rule_mode={rule.event_category}.{rule.event_mode}")
    if rule.event_category is not None:
        out.append(f"rule_args=actor:{rule.actor}|recipient:{rule.recipient}")
    return out


def _context_features(token: Token, lexicon: Lexicon, sentence: Sequence[str]) -> Iterator[str]:
    """Context features of a candidate.

    The sentence's other rule events, and what the lexicon lists for the governing word
    and for the heads of the token's clausal complements ("vowed to ...", "said that ...").
    """
    yield f"sent_events={min(len(sentence), 2)}"
    yield from (f"sent_event={c}" for c in sorted(set(sentence)))
    head = token.head
    if head is not token:
        yield from (f"head_{f}" for f in _lexicon_features(head.lemma_.lower(), head.lower_,
                                                           lexicon))
    for child in token.children:
        if child.dep_ in {"xcomp", "ccomp"}:
            yield from (f"comp_{f}" for f in _lexicon_features(child.lemma_.lower(),
                                                               child.lower_, lexicon))


def _lexicon_features(lemma: str, lower: str, lexicon: Lexicon) -> Iterator[str]:
    cats: set[str] = set()
    for _, entry in lexicon.verb_index.get(lemma, ()):
        cats.add(f"lex_verb={entry.category}")
    for _, entry in lexicon.noun_index.get(lemma, ()):
        cats.add(f"lex_noun={entry.category}")
    for entry in lexicon.adj_index.get(lower, ()):
        cats.add(f"lex_adj={entry.category}")
    yield from sorted(cats) or ["lex=none"]


def _modality(token: Token) -> Iterator[str]:
    for child in token.children:
        if child.dep_ == "neg":
            yield "neg"
        elif child.dep_ in {"aux", "auxpass"} and child.lower_ in _MODALS:
            yield f"modal={child.lower_}"


def _child_features(token: Token, index: EntityIndex) -> Iterator[str]:
    yield from _modality(token)
    for child in token.children:
        dep = child.dep_
        if dep == "prep" or (dep == "agent" and child.lower_ == "by"):
            prep = child.lower_
            yield f"prep={prep}"
            for obj in child.children:
                if obj.dep_ == "pobj":
                    yield f"prep_obj={prep}:{obj.lemma_.lower()}"
                    if obj.ent_type_:
                        yield f"prep_ent={prep}:{obj.ent_type_}"
        elif dep in _CHILD_DEPS:
            yield f"child={dep}"
            yield f"child={dep}:{child.lemma_.lower()}"
            if child.ent_type_:
                yield f"child_ent={dep}:{child.ent_type_}"


def _party_features(token: Token, index: EntityIndex) -> Iterator[str]:
    """Whether the subject, objects and modifiers resolve to a country (or IGO code)."""
    seen: set[str] = set()
    for child in token.children:
        phrases = [child] if child.dep_ in _PARTY_DEPS else []
        if child.dep_ in {"prep", "agent"}:
            phrases = [o for o in child.children if o.dep_ == "pobj"]
        for phrase in phrases:
            role = child.dep_ if child.dep_ not in {"prep", "agent"} else f"pobj:{child.lower_}"
            if _resolves(phrase, index):
                seen.add(f"party={role}")
    if token.dep_ in {"nsubj", "dobj", "pobj", "nsubjpass"} and _resolves(token.head, index,
                                                                          subject_only=True):
        seen.add("party=head_subject")
    yield from sorted(seen) or ["party=none"]


def _resolves(phrase: Token, index: EntityIndex, subject_only: bool = False) -> bool:
    tokens: Sequence[Token]
    if subject_only:
        tokens = [t for c in phrase.children if c.dep_ in {"nsubj", "nsubjpass"}
                  for t in c.subtree]
    else:
        tokens = list(phrase.subtree)[:12]
    return any(e.country_code for t in tokens for e in index.at(t))


def quoted_tokens(sent: Span, quotes: Sequence) -> frozenset[int]:
    """Indices of the sentence's tokens that lie inside a quotation's span."""
    spans = [(q.start, q.end) for q in quotes
             if q.start < sent.end_char and sent.start_char < q.end]
    if not spans:
        return frozenset()
    return frozenset(t.i for t in sent if any(s <= t.idx < e for s, e in spans))


def rule_views(triggers: Sequence, events: Sequence) -> Mapping[int, RuleView]:
    """Token index -> the rule coder's view, from its triggers and the events it output.

    Args:
        triggers: The rule coder's :class:`~.triggers.Trigger` objects of the document.
        events: The events it output (their ``start`` is the trigger's first character).
    """
    by_char = {e.start: e for e in events}
    out: dict[int, RuleView] = {}
    for trig in triggers:
        event = by_char.get(trig.start)
        if event is None:
            out[trig.token.i] = RuleView(trig.entry.id, trig.entry.category)
            continue
        out[trig.token.i] = RuleView(trig.entry.id, trig.entry.category, event.event_type,
                                     event.mode, _coded(event.actor), _coded(event.recipient))
    return out


def _coded(entities: Sequence) -> bool:
    return any(e.country_code for e in entities)
