"""Commitments stage: pledges with numbers, and reports of how far they were met.

Works from the records of earlier stages (quantities, entities, time expressions, quotes)
and the parse: each committed-kind quantity whose clause names a transaction and states a
pledge or its fulfilment becomes one :class:`~wirecoder.models.Commitment`.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Commitment, Entity, FigureOf, Part, Quantity, Quote, TimeExpression
from ..stages import StageContext, register_stage
from ..textutil import parsed_text
from .clause import Action, Cue, find_actions, find_cue
from .components import component
from .discourse import fill_from_article
from .parties import (
    find_committer,
    find_counterparty,
    find_deadline,
    find_object,
    find_reporter,
    is_conditional,
    object_class,
    object_phrase,
)
from .vocabulary import Vocabulary, vocabulary

__all__ = ["extract"]


@register_stage("commitments",
                requires=("entities", "time_expressions", "quotes", "quantities"))
def extract(doc: Doc, ctx: StageContext) -> tuple[Commitment, ...]:
    """Return the commitments of ``doc``, in text order.

    Args:
        doc: The parsed article.
        ctx: Stage context; reads ``quantities``, ``entities``, ``time_expressions`` and
            ``quotes``.

    Returns:
        One commitment per committed quantity.
    """
    vocab = vocabulary()
    found: list[Commitment] = []
    for quantity in ctx.get("quantities"):
        if quantity.kind not in vocab.kinds:
            continue
        commitment = _commitment(doc, quantity, ctx, vocab, len(found))
        if commitment is not None and _item_of_whole(commitment, found):
            continue
        if commitment is not None:
            found.append(_part_of(_bridge(doc, commitment, found), found))
        else:
            part = component(doc, quantity, found, len(found))
            if part is not None:
                found.append(part)
    filled = fill_from_article(doc, found, ctx.get("entities"))
    return tuple(f if f.reported_by is None or (c.committer == f.committer
                                                and c.counterparty == f.counterparty)
                 else f.model_copy(update={"figure_of": _figure_of(f.reported_by, f.committer,
                                                                   f.counterparty)})
                 for c, f in zip(found, filled, strict=True))


_INCLUDES = frozenset({"including", "includes", "include", "included"})


def _item_of_whole(commitment: Commitment, earlier: list[Commitment]) -> bool:
    """True for an item listed inside a valued whole ("a $100 million package, with 155 mm").

    The item measures another kind of quantity than the whole and shares its transaction
    word, or hangs from *includes* right after it (this or the previous sentence): the
    whole is recorded once, by its value.
    """
    before = [c for c in earlier
              if commitment.sentence - 1 <= c.sentence <= commitment.sentence]
    if not before or before[-1].quantity.kind == commitment.quantity.kind:
        return False
    cue = (commitment.cue.text.lower() if commitment.cue else "")
    return cue in _INCLUDES or any(c.action_part == commitment.action_part for c in before)


def _part_of(commitment: Commitment, earlier: list[Commitment]) -> Commitment:
    """Give a component the status of the whole it is part of.

    "$X, *including* $Y in aid": the whole is the nearest earlier commitment of the sentence.
    """
    if commitment.cue is None or commitment.cue.text.lower() not in {"including", "includes",
                                                                      "include", "included"}:
        return commitment
    whole = next((c for c in reversed(earlier) if c.sentence == commitment.sentence), None)
    if whole is None:
        return commitment
    return commitment.model_copy(update={
        "status_in_text": whole.status_in_text, "kind": whole.kind,
        "committer": commitment.committer or whole.committer,
        "counterparty": commitment.counterparty or whole.counterparty,
        "why": f"{commitment.why}; part of {whole.id}"})


_BACK = frozenset({"the", "this", "that", "these", "those", "its", "it"})


def _bridge(doc: Doc, commitment: Commitment, earlier: list[Commitment]) -> Commitment:
    """Give a definite re-mention its antecedent's parties.

    "The United States announced $1 billion in aid to Ukraine. *The package* includes ...":
    a commitment without a committer whose transaction noun (or its sentence's subject) is
    definite or demonstrative takes the committer, and a missing counterparty, of the
    nearest earlier commitment of the same action class in an earlier sentence.
    """
    if commitment.committer is not None:
        return commitment
    token = doc.char_span(commitment.action_part.start, commitment.action_part.end,
                          alignment_mode="expand")
    if token is None or not _definite(token.root):
        return commitment
    for before in reversed(earlier):
        if before.sentence < commitment.sentence and before.committer is not None \
                and before.action_class == commitment.action_class:
            return commitment.model_copy(update={
                "committer": before.committer,
                "counterparty": commitment.counterparty or before.counterparty,
                "why": f"{commitment.why}; parties from {before.id} (definite re-mention)"})
    return commitment


def _definite(token: Token) -> bool:
    subject = next((c for c in token.sent.root.children if c.dep_ in {"nsubj", "nsubjpass"}),
                   None)
    determiners = {c.lower_ for c in token.children if c.dep_ in {"det", "poss"}}
    if subject is not None:
        determiners |= {c.lower_ for c in subject.children if c.dep_ == "det"} | {
            subject.lower_}
    return bool(determiners & _BACK)


def _root(doc: Doc, quantity: Quantity) -> Token | None:
    span = doc.char_span(quantity.start, quantity.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _part(token: Token | None) -> Part | None:
    if token is None:
        return None
    return Part(text=token.text, start=token.idx, end=token.idx + len(token))


def _commitment(doc: Doc, quantity: Quantity, ctx: StageContext, vocab: Vocabulary,
                index: int) -> Commitment | None:
    root = _root(doc, quantity)
    if root is None:
        return None
    for action in find_actions(doc, root, (quantity.about_start, quantity.about_end), vocab):
        cue = find_cue(action, root, vocab)
        if cue is not None:
            return _build(quantity, action, cue, root, ctx, vocab, index)
    return None


def _build(quantity: Quantity, action: Action, cue: Cue, root: Token,
           ctx: StageContext, vocab: Vocabulary, index: int) -> Commitment:
    entities: Sequence[Entity] = ctx.get("entities")
    timexes: Sequence[TimeExpression] = ctx.get("time_expressions")
    quotes: Sequence[Quote] = ctx.get("quotes")
    committer = find_committer(action, cue.token, entities, quantity.committer)
    obj = find_object(action, root, vocab.object_synonyms)
    counterparty = find_counterparty(action, root, obj, entities, committer)
    period = _period(quantity, timexes) or _clause_period(action.token, cue.token, timexes)
    reporter = find_reporter(cue.token or action.token, quantity.start, quotes, entities,
                             vocab.reporting)
    figure_of = _figure_of(reporter, committer, counterparty)
    if _self_announced(reporter, committer):
        reporter = None  # "the United States announced $X": its own voice, not a source
    start = min(action.token.idx, quantity.start)
    end = max(action.token.idx + len(action.token), quantity.end)
    story_id = ctx.story.id
    unsaid = action.token.lemma_.lower() in vocab.pledge_nouns  # "raised its pledge to $X"
    obj_text, obj_part, obj_class = (None, None, None) if unsaid else _object_fields(
        obj, quantity, entities, vocab)
    return Commitment(
        id=f"{story_id}-c{index}", story_id=story_id, start=start, end=end,
        sentence=quantity.sentence, kind=cue.kind, committer=committer,
        counterparty=counterparty, action=action.action,
        action_class=vocab.action_classes.get(action.action, action.action),
        action_part=Part(text=action.token.text, start=action.token.idx,
                         end=action.token.idx + len(action.token)),
        object=obj_text, object_class=obj_class, object_part=obj_part, quantity=quantity,
        period=period, deadline=find_deadline(root, timexes, period),
        status_in_text=cue.status, cue=_part(cue.token), hedge=quantity.qualifier,
        conditional=is_conditional(action.token), reported_by=reporter,
        figure_of=figure_of,
        why=f"{action.action} <- {action.token.text}; {cue.why}",
    )


def _self_announced(reporter: Entity | None, committer: Entity | None) -> bool:
    """True when a state or body announces its own pledge ("the United States announced").

    A person who announces stays the source ("Secretary Pompeo announced $119 million").
    """
    if reporter is None or committer is None or reporter.kind in {"PERSON", "PRONOUN"}:
        return False
    same_mention = (reporter.start, reporter.end) == (committer.start, committer.end)
    return same_mention or reporter.entity_name == committer.entity_name


def _object_fields(obj: Token | None, quantity: Quantity, entities: Sequence[Entity],
                   vocab: Vocabulary) -> tuple[str | None, Part | None, str | None]:
    if obj is not None:
        text, start, end = object_phrase(obj)
        return text, Part(text=text, start=start, end=end), object_class(
            obj, vocab.object_synonyms, vocab.object_qualifiers)
    if _about_is_commodity(quantity, entities):
        assert quantity.about is not None
        assert quantity.about_start is not None and quantity.about_end is not None
        part = Part(text=quantity.about, start=quantity.about_start, end=quantity.about_end)
        return quantity.about, part, quantity.about.lower().split()[-1]
    if quantity.counted:
        return quantity.counted, None, quantity.counted
    return None, None, quantity.kind  # "pledged $500 million": money is what is committed


def _about_is_commodity(quantity: Quantity, entities: Sequence[Entity]) -> bool:
    """True when what the quantity measures is a thing, not one of the parties."""
    start, end = quantity.about_start, quantity.about_end
    if not quantity.about or start is None or end is None:
        return False
    return not any(e.start < end and start < e.end and e.country_code for e in entities)


def _period(quantity: Quantity, timexes: Sequence[TimeExpression]) -> TimeExpression | None:
    if not quantity.period:
        return None
    for te in timexes:
        if te.sentence == quantity.sentence and te.text == quantity.period:
            return te
    return None


def _clause_period(action: Token, cue: Token | None,
                   timexes: Sequence[TimeExpression]) -> TimeExpression | None:
    """A time expression attached to the act or its cue ("import ... *next year*")."""
    doc = action.doc
    targets = {action.i} | ({cue.i} if cue is not None else set())
    for te in timexes:
        span = doc.char_span(te.start, te.end, alignment_mode="expand")
        if span is None or not len(span) or span.sent.start != action.sent.start:
            continue
        before = parsed_text(doc)[max(0, te.start - 8):te.start].lower().split()
        if before and before[-1] in {"by", "before", "until"}:
            continue
        root = span.root
        heads = {root.head.i, root.head.head.i}
        vague = (te.value or "").endswith("_REF")  # "now", "recently": not a period
        if heads & targets and te.type in {"DATE", "DURATION"} and not vague:
            return te
    return None


def _figure_of(reporter: Entity | None, committer: Entity | None,
               counterparty: Entity | None) -> FigureOf:
    if reporter is None or not reporter.country_code:
        return "unattributed"
    if committer is not None and reporter.country_code == committer.country_code:
        return "committer"
    if counterparty is not None and reporter.country_code == counterparty.country_code:
        return "counterparty"
    return "third_party"
