"""Parties a clause leaves unsaid, filled from the rest of the article.

Two rules, applied after every commitment of an article is found:

* **The government's voice.** A release speaks for one government: "*I* am authorizing our
  drawdown", "Administrator Samantha Power announced $56 million", "the latest package,
  valued at up to $2.1 billion". When the clause gives no committer with a country code
  (none, a first-person pronoun, or an official the actors stage could not place), the
  committer is the government organisation the article names, provided every coded
  government organisation of the article belongs to one country.
* **The same recipient.** A commitment of an act between two parties whose clause names no
  counterparty takes, in order: the recipient of the nearest commitment of the article with
  the same committer and action class, when its sentence names that recipient too ("since
  Russia invaded Ukraine, the U.S. has provided $60 billion"); the one other country its
  sentence names; that nearest recipient, when the sentence names no other country ("$2.4
  billion in security assistance through USAI" in a story about aid to Ukraine).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from ..models import Commitment, Entity
from .linking import ONE_PARTY

__all__ = ["fill_from_article", "government_voice"]

_GOVERNMENT = frozenset({"GOV", "MIL"})
#: Codes that are not one state: an organisation of these does not give an article a voice.
_NOT_A_STATE = frozenset({"IGO", "NGO", "MNC", "UNO", "IMG", "ISM"})


def government_voice(entities: Sequence[Entity]) -> Entity | None:
    """Return the first government organisation of a state, when all of them share one state.

    None when the article names government organisations of two states (the voice is then
    not clear) or none. Organisations of many states (IGO, UNO ...) do not count.
    """
    bodies = [e for e in entities if e.kind == "ORG" and e.country_code and not e.is_place
              and e.sector_code in _GOVERNMENT and e.country_code not in _NOT_A_STATE]
    countries = {e.country_code for e in bodies}
    return bodies[0] if len(countries) == 1 else None


def _code(entity: Entity | None) -> str | None:
    return entity.country_code if entity is not None else None


def _with_voice(commitment: Commitment, voice: Entity | None) -> Commitment:
    if voice is None or _code(commitment.committer):
        return commitment
    if _code(commitment.counterparty) == voice.country_code:
        return commitment  # the voice's country receives: it does not give here
    return commitment.model_copy(update={
        "committer": voice, "why": f"{commitment.why}; committer: the article's government "
                                   f"({voice.raw_text})"})


def _sentence_parties(doc: Doc, commitment: Commitment,
                      entities: Sequence[Entity]) -> dict[str, Entity]:
    """The coded parties named in the commitment's sentence, by code (first mention)."""
    span = doc.char_span(commitment.quantity.start, commitment.quantity.end,
                         alignment_mode="expand")
    if span is None or not len(span):
        return {}
    sentence = span[0].sent
    found: dict[str, Entity] = {}
    for e in entities:
        if e.country_code and sentence.start_char <= e.start < sentence.end_char \
                and not _channel(doc, e):
            found.setdefault(e.country_code, e)
    return found


#: Prepositions of a channel or a source, not a recipient: "through UNICEF", "from USAID".
_CHANNELS = frozenset({"through", "via", "from", "by", "with"})


def _channel(doc: Doc, entity: Entity) -> bool:
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.head
    return span.root.dep_ == "pobj" and head.lower_ in _CHANNELS


def _same_recipient(doc: Doc, commitment: Commitment, found: Sequence[Commitment],
                    entities: Sequence[Entity]) -> Commitment:
    """Fill a missing counterparty of an act between two parties.

    In order: the recipient of the nearest commitment of the same committer and action
    class when the sentence names it; the one other country the sentence names (not the
    committer, not the source of the figure); the nearest commitment's recipient when the
    sentence names no other country.
    """
    giver = _code(commitment.committer)
    if (giver is None or commitment.counterparty is not None
            or commitment.action_class in ONE_PARTY):
        return commitment
    named = _sentence_parties(doc, commitment, entities)
    others = {code: e for code, e in named.items()
              if code not in {giver, _code(commitment.reported_by)}}
    nearest = _nearest_recipient(commitment, found)
    pick: Entity | None
    if nearest is not None and _code(nearest.counterparty) in others:
        pick, why = others[_code(nearest.counterparty) or ""], f"recipient of {nearest.id}"
    elif len(others) == 1:
        pick, why = next(iter(others.values())), "the one other party of the sentence"
    elif nearest is not None and not set(named) - {giver}:
        pick, why = nearest.counterparty, f"recipient of {nearest.id}"
    else:
        return commitment
    return commitment.model_copy(update={
        "counterparty": pick, "why": f"{commitment.why}; counterparty: {why}"})


def _nearest_recipient(commitment: Commitment,
                       found: Sequence[Commitment]) -> Commitment | None:
    giver = _code(commitment.committer)
    others = [c for c in found if c.counterparty is not None and _code(c.committer) == giver
              and c.action_class == commitment.action_class and c.id != commitment.id]
    if not others:
        return None
    return min(others, key=lambda c: (abs(c.sentence - commitment.sentence),
                                      c.sentence > commitment.sentence))


def _same_object(commitment: Commitment, found: Sequence[Commitment]) -> Commitment:
    """Give a figure with no stated object the object of the same pledge in the article.

    "... having provided more than $1.4 billion": the nearest commitment with the same
    parties and action class that states what is given.
    """
    if commitment.object is not None or commitment.committer is None:
        return commitment
    alike = [c for c in found if c.object is not None and c.id != commitment.id
             and _code(c.committer) == _code(commitment.committer)
             and _code(c.counterparty) == _code(commitment.counterparty)
             and c.action_class == commitment.action_class]
    if not alike:
        return commitment
    nearest = min(alike, key=lambda c: (abs(c.sentence - commitment.sentence),
                                        c.sentence > commitment.sentence))
    return commitment.model_copy(update={
        "object": nearest.object, "object_class": nearest.object_class,
        "object_part": nearest.object_part,
        "why": f"{commitment.why}; object from {nearest.id} (same pledge)"})


def _amount(commitment: Commitment) -> tuple[float | None, str | None]:
    q = commitment.quantity
    value = q.normalized_value if q.normalized_value is not None else q.value
    return value, q.normalized_unit or q.unit


def _progress(commitment: Commitment, found: Sequence[Commitment]) -> Commitment:
    """A fulfilment figure the article sets beside a larger pledge is partial.

    "The U.S. has donated 200 million doses ... part of the pledge to provide 1.1 billion".
    """
    if commitment.kind != "fulfilment" or commitment.status_in_text != "fulfilled":
        return commitment
    done, unit = _amount(commitment)
    if done is None:
        return commitment
    for pledge in found:
        promised, other = _amount(pledge)
        if (pledge.kind == "pledge" and promised is not None and other == unit
                and promised > done and _code(pledge.committer) == _code(commitment.committer)
                and pledge.object_class == commitment.object_class):
            return commitment.model_copy(update={
                "status_in_text": "partly_fulfilled",
                "why": f"{commitment.why}; below the pledge {pledge.id} "
                       f"({pledge.quantity.text})"})
    return commitment


def fill_from_article(doc: Doc, found: Sequence[Commitment],
                      entities: Sequence[Entity]) -> list[Commitment]:
    """Return the article's commitments with what the rest of the article supplies.

    Args:
        doc: The parsed article.
        found: Its commitments, in text order.
        entities: Its resolved entity mentions.

    Returns:
        The commitments, with a committer from the government's voice and a counterparty
        from the same recipient where the clause gave none, an object from the same pledge
        where the figure states none, and a fulfilment below a pledge of the same article
        marked partial.
    """
    voice = government_voice(entities)
    voiced = [_with_voice(c, voice) for c in found]
    parties = [_same_recipient(doc, c, voiced, entities) for c in voiced]
    objects = [_same_object(c, parties) for c in parties]
    return [_progress(c, objects) for c in objects]
