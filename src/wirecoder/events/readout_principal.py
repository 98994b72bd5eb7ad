"""The principal of a readout: "He thanked ...", "The Secretary reaffirmed ..." (round 20).

A government's readout of a call or meeting opens with its own official ("Secretary of
Defense Ana Brook met with the Freedonian minister ...") and then names that official only
by a pronoun or a bare title: "He thanked Minister Varga for ...", "The Secretary
reaffirmed ...", "She urged the minister to ...". The actors stage resolves such a
pronoun to the last person named, most often the counterpart named just before it, so the
readout's own act is coded as the counterpart's (and its recipient, the same party, is
dropped). In a document whose opening sentences show an official of the issuing
government acting, the subject "he"/"she" or "the Secretary"/"the President" of an event
coded for another country is that official, unless a person of another country is named
before it in the same sentence ("President Osk said he would ...").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Entity, Event
from .subjects import subject_of

__all__ = ["OPENING", "with_readout_principal"]

#: Opening sentences in which the issuing government's official must be named.
OPENING = 2
#: Kinds of mention that name an official (the NER tags some title-led names ORG).
_OFFICIAL_KINDS = frozenset({"PERSON", "ORG", "NOMINAL"})
#: Bare titles that name a readout's principal ("the Secretary", "the Vice President").
_PRINCIPAL_TITLES = frozenset({"secretary", "president", "ambassador", "envoy",
                               "administrator", "representative"})
#: Words a bare title may carry before it ("the Deputy Secretary", "the Vice President").
_TITLE_PREFIXES = frozenset({"vice", "deputy", "under", "assistant", "acting"})


def with_readout_principal(events: Sequence[Event], doc: Doc, entities: Sequence[Entity],
                           publisher: str | None) -> list[Event]:
    """Give a readout's "he"/"the Secretary" the issuing government's official.

    Args:
        events: The document's events.
        doc: The parsed document.
        entities: The document's entity mentions, the issuer's own bare-titled officials
            given its country (:func:`~wirecoder.events.statements.with_own_officials`).
        publisher: The issuing government's country; None changes nothing.

    Returns:
        The events, the actor of those whose subject is the principal replaced by it.
    """
    if publisher is None or not any(
            e.sentence < OPENING and e.country_code == publisher and e.kind in _OFFICIAL_KINDS
            for e in entities):
        return list(events)
    out = []
    for event in events:
        if _foreign_actor(event, publisher):
            subject = _subject(doc, event)
            if (subject is not None and _names_principal(subject)
                    and not _foreign_person_before(subject, entities, publisher)):
                principal = Entity(
                    raw_text=subject.text, entity_name="government official",
                    kind="PRONOUN" if subject.pos_ == "PRON" else "NOMINAL",
                    country_code=publisher, sector_code="GOV", start=subject.idx,
                    end=subject.idx + len(subject), sentence=event.sentence,
                    resolved_by="publisher")
                event = event.model_copy(update={
                    "actor": (principal,),
                    "recipient": event.recipient or _counterpart(event, entities),
                    "why": (event.why or "") + "; readout-principal"})
        out.append(event)
    return out


def _foreign_actor(event: Event, publisher: str) -> bool:
    """Whether ``event``'s actor resolved to other countries only, none its recipient's.

    An actor with no country is left alone (the participants filter drops such events,
    and rescuing them lost on CHECK in round 10), and so is an act towards the issuing
    government ("he looked forward to welcoming the President"): its subject is the guest.
    """
    actor = {a.country_code for a in event.actor}
    return (bool(actor) and None not in actor and publisher not in actor
            and publisher not in {r.country_code for r in event.recipient})


def _counterpart(event: Event, entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The mention after the trigger of the party the pronoun was taken for, if any.

    "He thanked Minister Varga for ...": the pronoun was resolved to Varga, so the
    arguments dropped Varga as the recipient (one party on both sides); Varga is the
    first mention after the trigger, in its sentence, of the country the actor had.
    """
    countries = {a.country_code for a in event.actor}
    return tuple(next(([e] for e in entities if e.sentence == event.sentence
                       and e.start >= event.end and e.country_code in countries), []))


def _subject(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    return subject_of(root) if root.pos_ in {"VERB", "AUX", "ADJ"} else None


def _names_principal(subject: Token) -> bool:
    """Whether ``subject`` is "he"/"she" or a bare definite title ("the Secretary")."""
    if subject.lower_ in {"he", "she"}:
        return True
    if subject.lower_ not in _PRINCIPAL_TITLES:
        return False
    kids = list(subject.children)
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
            and all(c.dep_ == "det" or (c.dep_ == "compound" and c.lower_ in _TITLE_PREFIXES)
                    for c in kids))


def _foreign_person_before(subject: Token, entities: Sequence[Entity],
                           publisher: str) -> bool:
    """Whether a person of another country is named before ``subject`` in its sentence."""
    start = subject.sent.start_char
    return any(e.kind == "PERSON" and e.country_code and e.country_code != publisher
               and start <= e.start < subject.idx for e in entities)
