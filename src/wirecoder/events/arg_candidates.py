"""Candidates for an event's actor and recipient, and the features the learned chooser reads.

The rules of :mod:`.arguments` pick one actor and one recipient set for a trigger. The learned
chooser (:mod:`.arg_model`) re-ranks every mention that could fill the roles:

* the actors stage's mentions in the trigger's sentence that carry a country (or IGO/NGO
  code) of their own — a mention with no country is never a candidate, so the chooser cannot
  give a country to a mention that has no evidence for one (issue 9 §2, "no guessing");
* the mentions the rules chose (also antecedents outside the sentence);
* the speaker of the quotation that holds the trigger.

Each candidate is described by feature strings: the dependency path from the trigger (its
governing verb for light-verb and frame triggers) to the mention's head, with prepositions
named on it; the mention's grammatical role; voice; position; whether it stands in a quote;
its kind and how the actors stage resolved it; whether the trigger's anchor has an object or
addressee of its own (``objslot``); whether the rules chose it (and its country)
for either role; and the event type. The features are the same for both roles; each role
has its own weights.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.tokens import Doc, Span, Token

from ..models import Entity
from ..textutil import doc_text
from .judged_acts import judged_victim
from .participants import names_other_party, not_actor

__all__ = ["Candidate", "candidates", "dependency_path", "mention_head", "trigger_candidates"]

#: Longest dependency path written out in full; longer paths are one feature "LONG".
_MAX_PATH = 5
#: Codes that are not states (international bodies, groups): a kind of their own.
_NON_STATE = frozenset({"UNO", "EUR", "IGO", "NGO", "MNC", "IMG", "ISM", "REB", "INS"})


@dataclass(frozen=True)
class Candidate:
    """One mention that could be the actor or the recipient of a trigger.

    Attributes:
        entity: The actors stage's mention (it carries a country code).
        features: The feature strings the chooser's weights are looked up with.
        rule_actor: Whether the rules put this mention in the actor.
        rule_recipient: Whether the rules put it in the recipient.
        speaker: Whether it is the speaker of the quotation that holds the trigger (no
            feature: the domestic fill never takes the speaker, round 13).
    """

    entity: Entity
    features: tuple[str, ...]
    rule_actor: bool
    rule_recipient: bool
    speaker: bool = False


#: ``doc.user_data`` key of the :func:`mention_head` memo (derived data, not a stage's output).
_HEADS_KEY = "wirecoder.mention_heads"


def mention_head(doc: Doc, entity: Entity) -> Token | None:
    """Return the syntactic head token of a mention, or None when its span is not in ``doc``.

    The head's index is remembered per character span in ``doc.user_data``: every trigger
    of a sentence asks for the heads of the same mentions.
    """
    heads: dict[tuple[int, int], int] = doc.user_data.setdefault(_HEADS_KEY, {})
    key = (entity.start, entity.end)
    found = heads.get(key)
    if found is None:
        found = heads[key] = _head_index(doc, entity.start, entity.end)
    return doc[found] if found >= 0 else None


def _head_index(doc: Doc, start: int, end: int) -> int:
    """The index of the head token of the characters ``start:end``, or -1 (no such span)."""
    if not 0 <= start < end <= len(doc_text(doc)):
        return -1
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root.i if span is not None and len(span) else -1


def _step(token: Token, down: bool) -> str:
    arrow = "v" if down else "^"
    if token.dep_ in {"prep", "agent"}:
        return f"{arrow}{token.dep_}:{token.lower_}"
    return f"{arrow}{token.dep_}"


def dependency_path(source: Token, target: Token) -> list[str] | None:
    """Return the dependency labels from ``source`` to ``target`` ("^nsubj" up, "vdobj" down).

    Steps up name the label of the token left; steps down the label of the token reached.
    Prepositions on the path are named ("vprep:with"). None when the tokens are in different
    sentences (no common ancestor).
    """
    up = [source, *source.ancestors]
    down = [target, *target.ancestors]
    down_ids = {t.i for t in down}
    common = next((t for t in up if t.i in down_ids), None)
    if common is None:
        return None
    steps = [_step(t, down=False) for t in up[:up.index(common)]]
    below = down[:down.index(common)]
    steps.extend(_step(t, down=True) for t in reversed(below))
    return steps


def _code_kind(code: str | None) -> str:
    if not code:
        return "none"
    return "nonstate" if code in _NON_STATE else "state"


def _in_span(pos: int, spans: Sequence) -> bool:
    """Whether ``pos`` lies in one of ``spans`` ((start, end) pairs or quote records)."""
    for span in spans:
        start, end = span if isinstance(span, tuple) else (span.start, span.end)
        if start <= pos < end:
            return True
    return False


def _bucket(n: int) -> str:
    return str(n) if n < 3 else ("3-5" if n < 6 else "6+")


def _path_features(anchor: Token, head: Token | None, sent: Span, prefix: str,
                   found: list[list[str]] | None = None) -> list[str]:
    if head is None or not (sent.start <= head.i < sent.end):
        return [f"{prefix}path=OUT"]
    path = dependency_path(anchor, head)
    if path is None:
        return [f"{prefix}path=OUT"]
    if found is not None:
        found.append(path)
    text = "|".join(path) if len(path) <= _MAX_PATH else "LONG"
    out = [f"{prefix}path={text}", f"{prefix}len={_bucket(len(path))}"]
    if path:
        out += [f"{prefix}first={path[0]}", f"{prefix}last={path[-1]}"]
        preps = [s.split(":", 1)[1] for s in path if ":" in s]
        out += [f"{prefix}prep={p}" for p in preps[-1:]]
        if len(path) >= 2:
            out.append(f"{prefix}last2={path[-2]}|{path[-1]}")
    return out


#: Labels that open another clause on a dependency path.
_CLAUSES = frozenset({"ccomp", "advcl", "relcl", "conj", "xcomp", "acl", "parataxis", "pcomp"})


def _clause_crossed(path: list[str]) -> str:
    """The first clause label on the path from the trigger to the mention, or "none"."""
    return next((step[1:] for step in path if step[1:] in _CLAUSES), "none")


def _object_slot(anchor: Token) -> bool:
    """Whether the anchor has its own object or addressee ("call on X to ...", "urged X").

    When it has, a mention deeper inside its complement is the content of the act, not its
    recipient ("called on the world to support the efforts of the OAS").
    """
    for child in anchor.children:
        if child.dep_ in {"dobj", "dative"}:
            return True
        if child.dep_ == "prep" and child.lower_ in {"on", "upon", "to"} and any(
                c.dep_ == "pobj" for c in child.children):
            return True
    return False


def _passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


@dataclass(frozen=True)
class _Context:
    """What every candidate of one trigger shares."""

    token: Token
    sent: Span
    anchor: Token
    category: str
    kind: str
    quotes: tuple[tuple[int, int], ...]
    all_quotes: Sequence
    speaker: Entity | None
    rule_actor: frozenset[tuple[int, int]]
    rule_recipient: frozenset[tuple[int, int]]
    actor_codes: frozenset[str]
    recipient_codes: frozenset[str]
    countries: int
    passive: bool  # the anchor's voice, its object slot and lemma: the same for each candidate
    slot: bool
    lemma: str


def _features(entity: Entity, ctx: _Context, source: str) -> tuple[str, ...]:
    doc, sent = ctx.token.doc, ctx.sent
    head = mention_head(doc, entity)
    inside = sent.start_char <= entity.start < sent.end_char
    key = (entity.start, entity.end)
    rule = ("actor" if key in ctx.rule_actor else
            "recipient" if key in ctx.rule_recipient else "none")
    code = entity.country_code
    passive = ctx.passive
    rule_code = ("actor" if code in ctx.actor_codes else
                 "recipient" if code in ctx.recipient_codes else "none")
    out = [f"rule={rule}", f"rule_code={rule_code}", f"type={ctx.category}",
           f"type|rule={ctx.category}|{rule}", f"tkind={ctx.kind}", f"source={source}",
           f"kind={entity.kind}", f"res={entity.resolved_by}", f"place={entity.is_place}",
           f"title={entity.role is not None}", f"code={_code_kind(code)}",
           f"sector={entity.sector_code}", f"sector|type={entity.sector_code}|{ctx.category}",
           f"countries={_bucket(ctx.countries)}", f"passive={passive}",
           f"in_quote={_in_span(entity.start, ctx.quotes if inside else ctx.all_quotes)}",
           f"trig_in_quote={_in_span(ctx.token.idx, ctx.quotes)}",
           f"side={'before' if entity.start < ctx.token.idx else 'after'}",
           f"speaker_country={ctx.speaker is not None and ctx.speaker.country_code == code}"]
    steps: list[list[str]] = []
    path = _path_features(ctx.anchor, head, sent, "", steps)
    out += path
    out += [f"type={ctx.category}|{p}" for p in path[:1]]
    out += [f"rule={rule}|{p}" for p in path[:1]]
    if ctx.anchor.i != ctx.token.i:
        out += _path_features(ctx.token, head, sent, "t")
    lemma = ctx.lemma
    out += [f"lemma={lemma}", *(f"lemma={lemma}|{p}" for p in path[:1])]
    # which of the rules' roles are empty: the model's probability of filling one is then
    # learned on the events where it is empty, with their type and path (round 7: the
    # abstention the whole-document gold asks for, "condemns the attack on X" -> none)
    empty = f"{'a' if not ctx.actor_codes else ''}{'r' if not ctx.recipient_codes else ''}"
    out += [f"empty={empty or 'none'}", f"empty|type={empty}|{ctx.category}",
            *(f"empty|{p}={empty}" for p in path[:1])]
    slot = ctx.slot
    out.append(f"objslot={slot}")
    if head is not None and ctx.anchor.i != head.i:
        crossed = _clause_crossed(steps[0] if steps else [])
        out += [f"crosses={crossed}", f"objslot|crosses={slot}|{crossed}"]
    if head is not None:
        out += [f"dep={head.dep_}", f"dep|head={head.dep_}|{head.head.dep_}",
                f"dep|passive={head.dep_}|{passive}",
                f"dist={_bucket(abs(head.i - ctx.token.i) // 3)}"]
        if head.dep_ == "pobj":
            out.append(f"pobj_of={head.head.lower_}")
    return tuple(out)


def _path_length(cand: Candidate) -> int:
    found = next((f for f in cand.features if f.startswith("len=")), "len=9")
    return {"0": 0, "1": 1, "2": 2, "3-5": 3, "6+": 6}.get(found[4:], 9)


def _ranked(cands: list[Candidate], token: Token, ctx: _Context) -> list[Candidate]:
    """Add features that compare a candidate with the others of its trigger.

    Its rank by path length (then distance), and whether its country is the rules' actor,
    the only other country among the candidates, or one of several.
    """
    order = sorted(range(len(cands)), key=lambda i: (_path_length(cands[i]),
                                                     abs(cands[i].entity.start - token.idx)))
    rank = {i: min(n, 2) for n, i in enumerate(order)}
    others = {c.entity.country_code for c in cands} - ctx.actor_codes
    out = []
    for i, c in enumerate(cands):
        code = c.entity.country_code
        alt = ("actor" if code in ctx.actor_codes else
               "only" if len(others) == 1 else "several")
        more = (f"rank={rank[i]}", f"rank|n={rank[i]}|{min(len(cands), 3)}", f"alt={alt}",
                f"alt|type={alt}|{ctx.category}", f"alt|rank={alt}|{rank[i]}")
        out.append(Candidate(entity=c.entity, features=(*c.features, *more),
                             rule_actor=c.rule_actor, rule_recipient=c.rule_recipient,
                             speaker=c.speaker))
    return out


def candidates(token: Token, anchor: Token, category: str, kind: str,
               sentence_entities: Sequence[Entity], rule_actor: Sequence[Entity],
               rule_recipient: Sequence[Entity], quotes: Sequence = ()) -> list[Candidate]:
    """Return the candidates of one trigger, each once, in text order.

    Args:
        token: The trigger token.
        anchor: The token whose clause states the act (the governing verb of a light-verb
            or frame trigger, else the trigger).
        category: The event type the rules gave.
        kind: The trigger's kind (verb, noun, adj).
        sentence_entities: The actors stage's mentions in the trigger's sentence.
        rule_actor: The actor the rules chose.
        rule_recipient: The recipient the rules chose.
        quotes: The quote records of the document.

    Returns:
        Candidates with a country code: the sentence's mentions, the rules' choices and the
        speaker of the quotation around the trigger.
    """
    sent = token.sent
    local = [q for q in quotes if q.start < sent.end_char and q.end > sent.start_char]
    spans = tuple((q.start, q.end) for q in local)
    speaker = next((q.speaker for q in local if q.start <= token.idx < q.end
                    and q.speaker is not None), None)
    ctx = _Context(
        token=token, sent=sent, anchor=anchor, category=category, kind=kind, quotes=spans,
        all_quotes=quotes,
        speaker=speaker,
        rule_actor=frozenset((e.start, e.end) for e in rule_actor),
        rule_recipient=frozenset((e.start, e.end) for e in rule_recipient),
        actor_codes=frozenset(e.country_code for e in rule_actor if e.country_code),
        recipient_codes=frozenset(e.country_code for e in rule_recipient if e.country_code),
        countries=len({e.country_code for e in sentence_entities if e.country_code}),
        passive=_passive(anchor), slot=_object_slot(anchor), lemma=anchor.lemma_.lower())
    pool: dict[tuple[int, int], tuple[Entity, str]] = {}
    for ent in sentence_entities:
        pool.setdefault((ent.start, ent.end), (ent, "sentence"))
    for ent in (*rule_actor, *rule_recipient):
        pool.setdefault((ent.start, ent.end), (ent, "rules"))
    if speaker is not None:
        pool.setdefault((speaker.start, speaker.end), (speaker, "speaker"))
    out = []
    for key in sorted(pool):
        ent, source = pool[key]
        if not ent.country_code:
            continue
        out.append(Candidate(entity=ent, features=_features(ent, ctx, source),
                             rule_actor=key in ctx.rule_actor,
                             rule_recipient=key in ctx.rule_recipient,
                             speaker=speaker is not None
                             and key == (speaker.start, speaker.end)))
    return _ranked(out, token, ctx)


def trigger_candidates(token: Token, anchor: Token, category: str, kind: str, index: Any,
                       quotes: Sequence, source: str | None,
                       rules: tuple[Sequence[Entity], Sequence[Entity]]) -> list[Candidate]:
    """Return the candidates of a trigger from the document's entity index.

    The sentence's mentions that can never be a party are left out: a dateline, a news
    agency or the publishing outlet, a modifier that names the other side ("Chinese
    rivals"), a mention inside the trigger itself ("their opposition") and the victims
    of an act an accusation judges ("condemned the attack on X", :mod:`.judged_acts`).

    Args:
        token: The trigger token.
        anchor: The token whose clause states the act.
        category: The event type.
        kind: The trigger's kind.
        index: The document's :class:`~wirecoder.events.entity_index.EntityIndex`.
        quotes: The quote records of the document.
        source: The publishing outlet.
        rules: The rules' actor and recipient.
    """
    doc, sent = token.doc, token.sent
    text = doc_text(doc)
    entities = index.entities  # sorted by start (the actors stage's order)
    first = bisect.bisect_left(entities, sent.start_char, key=lambda e: e.start)
    last = bisect.bisect_left(entities, sent.end_char, lo=first, key=lambda e: e.start)
    inside = [e for e in entities[first:last]
              if e.country_code and not not_actor(e, text, source)
              and not names_other_party(e, doc) and not (e.start <= token.idx < e.end)
              and not (category == "ACCUSE" and judged_victim(e, token))]
    return candidates(token, anchor, category, kind, inside, rules[0], rules[1], quotes)
