"""The principal of a readout: "He thanked ...", "The Secretary reaffirmed ..." (round 20).

A government's readout of a call or meeting opens with its own official ("Secretary of
Defense Ana Brook met with the Freedonian minister ...") and then names that official only
by a pronoun or a bare title: "He thanked Minister Varga for ...", "The Secretary
reaffirmed ...", "She urged the minister to ...". The actors stage resolves such a
pronoun to the last person named, most often the counterpart named just before it, so the
readout's own act is coded as the counterpart's (and its recipient, the same party, is
dropped). In a document whose opening sentences show an official of the issuing
government acting, the subject "he"/"she" or "the Secretary"/"the President" of an event
coded for another country is that official, but only when the nearest earlier person
subject is that official (:func:`_principal_in_view`): the subject of the sentence's own main
clause, else of the nearest earlier sentence that has one. A counterpart who is the
subject before ("Minister Brand thanked the Secretary. He vowed ..."), a host who received
the official ("X received the Secretary. He urged ..."), a speaker quoted by "he said",
or an official whose given name shows the other gender leaves the act with the actors
stage. An organisation alone ("The Department of State welcomes ...") names no official.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..models import Entity, Event
from ..textutil import doc_text
from ..vocabulary import FEMALE_NAMES, MALE_NAMES, SPEAKER_NOUNS
from .subjects import subject_of

__all__ = ["OFFICE_WORDS", "OPENING", "opening_end", "title_led_name", "with_readout_principal"]

#: Titles of an issuing government's own officials when a statement names them bare
#: ("Spokesperson Tamsin Orell", "Deputy Envoy Brandvik", "Ambassador Quillon").
OFFICE_WORDS = SPEAKER_NOUNS | frozenset({"secretary", "ambassador", "envoy", "chargé", "charge",
                                          "undersecretary"})

#: Opening sentences in which the issuing government's official must be named.
OPENING = 2
#: Longest lead-in line ("Pentagon Press Secretary X provided the following readout:"), in
#: words, that :func:`opening_end` skips before counting the opening sentences.
_LEAD_IN_WORDS = 20
#: Kinds of mention that name a person (the NER tags some title-led names ORG: those count
#: only when :func:`title_led_name` holds).
_PERSON_KINDS = frozenset({"PERSON", "NOMINAL"})
#: Quotation marks: a "he said" sentence quotes someone the rule cannot tell.
_QUOTE_MARKS = frozenset('"\u201c\u201d')
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
    end = opening_end(doc)
    if publisher is None or not any(
            e.sentence < end and e.country_code == publisher and _names_person(e, doc)
            for e in entities):
        return list(events)
    out = []
    for event in events:
        if _foreign_actor(event, publisher):
            subject = _subject(doc, event)
            if (subject is not None and _names_principal(subject)
                    and not _foreign_person_before(subject, entities, publisher)
                    and _principal_in_view(subject, doc, entities, publisher)):
                principal = Entity(
                    raw_text=subject.text, entity_name="government official",
                    kind="PRONOUN" if subject.pos_ == "PRON" else "NOMINAL",
                    country_code=publisher, sector_code="GOV", start=subject.idx,
                    end=subject.idx + len(subject), sentence=event.sentence,
                    resolved_by="publisher")
                event = event.model_copy(update={
                    "actor": (principal,),
                    "recipient": _recipient(event, doc, entities),
                    "why": (event.why or "") + "; readout-principal"})
        out.append(event)
    return out


def opening_end(doc: Doc) -> int:
    """The index of the first sentence after a document's opening sentences.

    The opening is the first :data:`OPENING` sentences, not counting a short first line that
    ends in a colon and introduces the text ("Pentagon Press Secretary Rhea Doyle provided
    the following readout:"): the official the readout is about is named after it.
    """
    text = doc_text(doc)  # built once per document, not on each of the several calls
    line_end = text.find("\n")
    lead = text[:line_end].rstrip() if line_end > 0 else ""
    if not lead.endswith(":") or len(lead.split()) > _LEAD_IN_WORDS:
        return OPENING
    return OPENING + sum(1 for s in doc.sents if s.start_char < line_end)


def _foreign_actor(event: Event, publisher: str) -> bool:
    """Whether ``event``'s actor resolved to other countries only, none its recipient's.

    An actor with no country is left alone (the participants filter drops such events,
    and rescuing them lost on CHECK in round 10), and so is an act towards the issuing
    government ("she said she hoped to host the Secretary soon"): its subject is the guest.
    """
    actor = {a.country_code for a in event.actor}
    return (bool(actor) and None not in actor and publisher not in actor
            and publisher not in {r.country_code for r in event.recipient})


def _recipient(event: Event, doc: Doc, entities: Sequence[Entity]) -> tuple[Entity, ...]:
    """The recipient once the actor is the principal.

    A recipient the arguments gave is kept only when it names a party: a place where the
    act happened ("for Kenya's leadership in Haiti") is no recipient, and the counterpart
    the arguments dropped (:func:`_counterpart`) is taken instead.
    """
    kept = tuple(r for r in event.recipient if not _place_only(r, doc))
    return kept or _counterpart(event, entities)


def _place_only(entity: Entity, doc: Doc) -> bool:
    """Whether ``entity`` is the object of "in"/"at" (where, not whom)."""
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in {"in", "at", "inside"}


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


def _names_person_span(span: Span, kind: str) -> bool:
    """Whether a mention of ``kind`` over ``span`` names a person (an ORG only if title-led)."""
    return kind in _PERSON_KINDS or (kind == "ORG" and title_led_name(span))


def _names_person(entity: Entity, doc: Doc) -> bool:
    if entity.kind in _PERSON_KINDS:
        return True
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    return span is not None and _names_person_span(span, entity.kind)


def title_led_name(span: Span) -> bool:
    """Whether an organisation mention is an official's title and name the NER took as one.

    "Secretary of Defense Kara Holm" tagged ORG: an office word first and a proper name
    last; "the Secretariat" or "the Office of the Envoy" are not.
    """
    return (len(span) > 1 and span[0].lower_ in OFFICE_WORDS and span[-1].pos_ == "PROPN"
            and span[-1].ent_type_ in {"ORG", "PERSON"} and span[-1].is_title)


def _principal_in_view(subject: Token, doc: Doc, entities: Sequence[Entity],
                       publisher: str) -> bool:
    """Whether the nearest earlier person subject is the issuer's own official.

    Read first the main clause of ``subject``'s own sentence (when ``subject`` is not its
    subject: "He condemned the strikes, Minister Brand said"), then the main clause of each
    earlier sentence, nearest first. A "he"/"she" of the same gender passes the question
    back to its own sentence's predecessors (it is the same person); a subject that names
    no person ("Ruritania", "the talks") or a group of both sides ("the two ministers") is
    skipped; "he said" after a quotation stops the
    search (the speaker may be anyone quoted). No person subject at all: no.
    """
    wanted = _PRONOUN_GENDER.get(subject.lower_)
    sents = list(doc.sents)
    here = next(i for i, s in enumerate(sents) if s.start <= subject.i < s.end)
    for number in range(here, -1, -1):
        sent = sents[number]
        other = subject_of(sent.root) if sent.root.pos_ in {"VERB", "AUX"} else None
        if other is None or (number == here and other.i == subject.i):
            continue
        verdict = _verdict(other, wanted, doc, entities, publisher)
        if verdict is not None:
            return verdict
    return False


_PRONOUN_GENDER = {"he": "m", "she": "f"}


def _verdict(other: Token, wanted: str | None, doc: Doc, entities: Sequence[Entity],
             publisher: str) -> bool | None:
    """Whether person subject ``other`` is the principal.

    None when it names no person, or is a pronoun whose antecedent lies further back.
    """
    if other.lower_ in _PRONOUN_GENDER:
        if any(t.text in _QUOTE_MARKS for t in other.sent):
            return False
        return None
    if _names_principal(other):
        return True
    if other.tag_ in {"NNS", "NNPS"}:  # "The two leaders discussed ...": both sides, no one
        return None
    mention = next((e for e in entities if e.start <= other.idx < e.end), None)
    if mention is None or not _names_person(mention, doc):
        return None
    if mention.country_code != publisher:
        return False
    told = _name_gender(mention)
    return wanted is None or told is None or told == wanted


def _name_gender(entity: Entity) -> str | None:
    """The gender the mention's given name shows, if the name tables know it."""
    words = {w.lower() for w in entity.raw_text.replace(".", " ").split()}
    male, female = bool(words & MALE_NAMES), bool(words & FEMALE_NAMES)
    return "m" if male and not female else "f" if female and not male else None
