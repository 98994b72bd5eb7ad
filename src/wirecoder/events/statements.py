"""Who speaks and who takes part in government statements and readouts (issue 9, round 10).

Official texts name their participants once, at the top, and then refer to them by "we",
"they", "the leaders" or the name of the group. Two document-level readings:

* **Joint statements**: when the opening sentence's subject names the governments or
  missions of several countries ("On Thursday the ambassadors of Sylvania, Freedonia and
  Ruritania toured ...", "Meeting in Osterland, the Lakeshore Group partners A, B and C
  reviewed ..."), the statement's "we"/"our" and the group's own name ("The Lakeshore Group
  denounces ...") are all of those countries, not the publisher alone.
* **Readouts**: when the document opens with a call or meeting of two or more countries
  ("The President spoke with Prime Minister X of Y today ..."), the whole document reports
  that talk, so "They discussed ...", "The leaders reviewed ...", "Both agreed ..." name its
  parties anywhere in the document, not only within the few sentences after it
  (:data:`~wirecoder.events.participants.GROUP_WINDOW`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..actors.publisher import publisher_of
from ..models import Entity, Event
from .arguments import EntityIndex
from .participants import GROUP_WINDOW, group_anaphor, talk_parties
from .readout_principal import OFFICE_WORDS, opening_end, title_led_name, with_readout_principal
from .subjects import subject_of

__all__ = ["OPENING_SENTENCES", "JointIssuer", "group_actor", "issuing_country", "joint_issuer",
           "leaders_anaphor", "opens_with_talk", "regrouped", "with_issuer_we", "with_joint_issuer",
           "with_own_officials", "without_private_mourners"]

#: How many opening sentences of a document may name a readout's talk or a joint issuer.
OPENING_SENTENCES = 2
#: Words naming the first person plural of a statement's issuer.
_ISSUER_WORDS = frozenset({"we", "us", "our"})
#: Heads of a subject that names several governments speaking together.
_GROUP_HEADS = frozenset({
    "embassy", "government", "mission", "troika", "quartet", "quint", "head", "ambassador",
    "minister", "country", "state", "member", "chief", "representative", "envoy",
    "partner", "ally", "nation", "leader", "co-chair", "chair", "friends", "group"})
#: Heads of a definite plural subject that names a readout's parties ("The leaders").
_LEADER_NOUNS = frozenset({"leader", "president", "minister", "side", "secretary",
                           "counterpart", "delegation", "official"})


def as_issued(events: Sequence[Event], doc: Doc, index: EntityIndex,
              entities: Sequence[Entity], source: str | None) -> list[Event]:
    """Return ``events`` read in the voice of the document's issuer (the stage's post-pass).

    Joint statements' "we" is every issuing government, condolences of an official text to
    private mourners name no recipient, and its own bare-titled officials and unresolved
    quoted "we" act for the issuing country (:func:`issuing_country`).
    """
    publisher = issuing_country(entities, source)
    events = with_joint_issuer(events, joint_issuer(doc, index, publisher))
    events = without_private_mourners(events, doc, publisher)
    events = with_issuer_we(with_own_officials(events, doc, publisher), doc, publisher)
    if publisher is None:
        return events
    events = regrouped(events, doc, entities)
    end = opening_end(doc)
    officials = [_own_official(e, doc, publisher) if e.sentence < end else e
                 for e in entities]
    return with_readout_principal(events, doc, officials, publisher)


def issuing_country(entities: Sequence[Entity], source: str | None) -> str | None:
    """The country of the government issuing the document, None for other publishers.

    A mention the actors stage resolved from the publisher ("we", "the President" of a White
    House text) gives it; else the outlet's name (:func:`~wirecoder.actors.publisher.publisher_of`).
    """
    found = next((e.country_code for e in entities
                  if e.resolved_by == "publisher" and e.country_code), None)
    if found is not None:
        return found
    pub = publisher_of(source, None)
    return pub.country if pub is not None else None


def opens_with_talk(event: Event, doc: Doc) -> bool:
    """Whether ``event`` is a talk of several countries in a document's opening sentences.

    A short lead-in line ("... provided the following readout:") is not counted
    (:func:`~wirecoder.events.readout_principal.opening_end`).
    """
    return event.sentence < opening_end(doc)


def group_actor(event: Event, subject: Token | None, talk: tuple[int, tuple[Entity, ...]],
                readout: tuple[Entity, ...], official: bool = False,
                entities: Sequence[Entity] = ()) -> Event:
    """Give "They discussed", "Both agreed", "The leaders reviewed" the parties of a talk.

    Args:
        event: The event, its actor as the parse gave it.
        subject: The subject of its trigger.
        talk: The sentence and parties of the last talk of several countries.
        readout: The parties of the talk the document opens with (:func:`opens_with_talk`),
            empty when it opens with none.
        official: The document is a government's own text (a readout): there an actor of
            one side only is replaced too (:func:`_one_side`), unless the subject is a bare
            "they" the actors stage linked to someone else (:func:`_they_of_parties`).
        entities: The document's entities, which a pronoun's ``coref_of`` indexes.

    Returns:
        ``event`` with the parties of the talk of the last few sentences
        (:data:`~wirecoder.events.participants.GROUP_WINDOW`), else of the readout, as its
        actor when its own actor has no country and its subject points back to them.
    """
    if event.sentence - talk[0] <= GROUP_WINDOW and talk[1]:
        parties = talk[1]
    elif readout:
        parties = readout
    else:
        return event
    if any(a.country_code for a in event.actor) and not (
            official and _one_side(event, parties)
            and _they_of_parties(event, subject, parties, entities)):
        return event
    if not (group_anaphor(subject) or (readout and leaders_anaphor(subject))):
        return event
    return event.model_copy(update={"actor": parties, "why": (
        event.why or "") + "; group-anaphor"})  # "They discussed"


def _one_side(event: Event, parties: tuple[Entity, ...]) -> bool:
    """Whether ``event``'s actor is one side only of the talk whose parties are ``parties``.

    "The two leaders agreed ...", "They agreed ..." after a meeting of two countries: the
    actors stage may have given the plural subject one side's country (the story's state,
    or a pronoun resolved to the last person named); the group subject names both sides.
    The recipient must not be the other side ("They thanked Ruritania" is one side's act).
    """
    actor = {a.country_code for a in event.actor}
    sides = {p.country_code for p in parties if p.country_code}
    other = {r.country_code for r in event.recipient}
    return (None not in actor and actor < sides and not (other & sides))


def _they_of_parties(event: Event, subject: Token | None, parties: tuple[Entity, ...],
                     entities: Sequence[Entity]) -> bool:
    """Whether a subject given one side may still name both sides of the talk.

    "Both", "the two leaders", "the leaders" always may. A bare "they" only when the actors
    stage linked it to one of the talk's parties ("They agreed" resolved to the counterpart
    named in the talk): "U.S. officials said they expelled ...", "Blinken and Ambassador X
    briefed reporters. They condemned ..." name one side's people after the talk, and the
    pronoun's one-side reading stands.
    """
    if subject is None or subject.lower_ != "they":
        return True
    spans = {(p.start, p.end) for p in parties}
    for mention in event.actor:
        if (mention.start, mention.end) in spans:
            return True
        seen: set[int] = set()
        number = mention.coref_of
        while number is not None and number not in seen and number < len(entities):
            seen.add(number)  # follow "they" -> "the officials" -> ... back to a name
            antecedent = entities[number]
            if (antecedent.start, antecedent.end) in spans:
                return True
            number = antecedent.coref_of
    return False


def leaders_anaphor(subject: Token | None) -> bool:
    """Whether ``subject`` is "the leaders"/"the ministers": a readout's parties again.

    Only a definite plural head of :data:`_LEADER_NOUNS` with no modifier of its own
    ("the leaders", not "the Afghan leaders" or "the leaders of the region").
    """
    if subject is None or subject.tag_ not in {"NNS", "NNPS"}:
        return False
    if subject.lemma_.lower() not in _LEADER_NOUNS:
        return False
    kids = list(subject.children)
    return (any(c.dep_ == "det" and c.lower_ == "the" for c in kids)
            and all(c.dep_ in {"det", "advmod", "punct", "cc", "conj"} for c in kids))


@dataclass(frozen=True)
class JointIssuer:
    """The governments that issue a statement together.

    Attributes:
        members: One entity per country named in the opening subject.
        names: The proper nouns of that subject ("quartet"), lower-cased: the group's name.
    """

    members: tuple[Entity, ...] = ()
    names: frozenset[str] = frozenset()


def joint_issuer(doc: Doc, index: EntityIndex, publisher: str | None) -> JointIssuer:
    """The countries of a joint statement's opening subject, when there are several.

    Args:
        doc: The parsed document.
        index: Its entity index.
        publisher: The country code of the issuing government (None: no official text).

    Returns:
        The countries named (outside a place phrase: "in Mali" is where, not who) in the
        subject of an opening sentence whose head is a group noun ("embassies",
        "governments", "Lakeshore Group partners") or an organisation, when they are two or
        more and include the publisher; else an empty :class:`JointIssuer`.
    """
    if publisher is None:
        return JointIssuer()
    end = opening_end(doc)
    for n, sent in enumerate(doc.sents):
        if n >= end:
            break
        subject = next((t for t in sent if t.dep_ == "nsubj" and t.head.dep_ == "ROOT"), None)
        if subject is None or not (subject.lemma_.lower() in _GROUP_HEADS
                                   or subject.ent_type_ == "ORG"):
            continue
        found = _subject_countries(subject, index)
        codes = {e.country_code for e in found}
        if len(codes) >= 2 and publisher in codes:
            names = frozenset(t.lower_ for t in subject.subtree if t.pos_ == "PROPN")
            return JointIssuer(found, names)
    return JointIssuer()


def _subject_countries(subject: Token, index: EntityIndex) -> tuple[Entity, ...]:
    out: dict[str, Entity] = {}
    for tok in subject.subtree:
        if _in_place_phrase(tok, subject):
            continue
        for ent in index.at(tok):
            if ent.country_code and ent.kind != "PERSON" and ent.country_code not in out:
                out[ent.country_code] = ent
    return tuple(out.values())


def _in_place_phrase(tok: Token, subject: Token) -> bool:
    """Whether ``tok`` stands under a preposition other than "of" below ``subject``."""
    while tok.i != subject.i and tok.head.i != tok.i:
        if tok.dep_ == "prep" and tok.lower_ != "of":
            return True
        tok = tok.head
    return False


def with_joint_issuer(events: Sequence[Event], issuer: JointIssuer) -> list[Event]:
    """Give the actors "we"/"our" and the group's own name the joint issuer's countries.

    Args:
        events: The document's events.
        issuer: The joint issuer (:func:`joint_issuer`); no members changes nothing.

    Returns:
        The events, an actor that is the issuer's first person (resolved from the
        publisher) or a countryless mention of the group's name replaced by the members.
    """
    if not issuer.members:
        return list(events)
    out = []
    for event in events:
        if event.actor and all(_is_issuer(a, issuer.names) for a in event.actor):
            event = event.model_copy(update={"actor": issuer.members, "why": (
                event.why or "") + "; joint-issuer"})
        out.append(event)
    return out


def _is_issuer(entity: Entity, names: frozenset[str]) -> bool:
    text = entity.raw_text.lower()
    if entity.resolved_by == "publisher" and text in _ISSUER_WORDS:
        return True
    return not entity.country_code and bool(set(text.replace("the ", "").split()) & names)


#: Words of condolence and sympathy: offered to mourners, not to a political actor.
_CONDOLENCE_WORDS = frozenset({"condolence", "condolences", "sympathy", "sympathies",
                               "prayer", "prayers", "saddened", "sadden"})
#: Nouns whose "of" phrase names the dead: the occasion of sympathy, not its recipient.
_LOSS_NOUNS = frozenset({"death", "loss", "killing", "passing"})
#: Resolutions from a mention's own words (a nationality or state inside it).
_OWN_WORDS = frozenset({"kb", "pattern"})
#: Private mourners a condolence is addressed to ("the families of the victims").
_MOURNERS = frozenset({"family", "families", "relative", "relatives", "friend", "friends",
                       "one", "ones", "victim", "victims", "survivor", "survivors"})


def without_private_mourners(events: Sequence[Event], doc: Doc,
                             publisher: str | None) -> list[Event]:
    """Drop the mourners and the dead from the recipients of an official statement's condolences.

    "sends condolences to the relatives of the ferry crew", "our prayers are with the
    miners' families", "saddened to learn of the death of a mountain guide" and
    "sympathies for the loss of the lighthouse keepers" address private persons: the mourners are
    not a political actor (whatever country the story's context gives them), and the dead
    are the occasion, not the recipient. A government, people or organisation named as
    addressee ("to the people of X", "to the UN") stays, and so do mourners whose phrase
    names their nationality ("the families of the Ruritanian sailors", round 20: the golds
    code it). Only in a government's own statement (the development sets' news stories code
    the mourners' country).

    Args:
        events: The document's events.
        doc: The parsed document.
        publisher: The issuing government's country; None (no official text) changes nothing.

    Returns:
        The events, condolence recipients that are mourners or stand in a "for" phrase
        removed.
    """
    if publisher is None:
        return list(events)
    out = []
    for event in events:
        if event.event_type == "SUPPORT" and event.recipient:
            span = doc.char_span(event.start, event.end, alignment_mode="expand")
            head = span.root if span is not None else None
            if head is not None and ({head.lemma_.lower(), head.lower_} & _CONDOLENCE_WORDS):
                own = {publisher, *(a.country_code for a in event.actor if a.country_code)}
                kept = tuple(r for r in event.recipient if not _mourner(r, head, doc, own))
                if len(kept) != len(event.recipient):
                    event = event.model_copy(update={"recipient": kept, "why": (
                        event.why or "") + "; condolence-to-mourners"})
        out.append(event)
    return out


def _mourner(entity: Entity, trigger: Token, doc: Doc, own: set[str]) -> bool:
    """Return True for a recipient that names private mourners or the dead.

    Args:
        entity: A recipient of the condolence.
        trigger: The condolence word.
        doc: The parsed document.
        own: The issuer's and the actor's countries: mourners naming one of them ("the
            families of the American victims" in a U.S. statement) stay private mourners,
            never a self-addressed recipient.
    """
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    if root.lower_ in _MOURNERS:
        # "the families of the Peruvian sailors": mourners who name their nation in their own
        # words stand for it (round 20); a country the story's context gave them does not,
        # nor the issuer's own nation (no self-loop, round 20 review)
        return (entity.resolved_by not in _OWN_WORDS or entity.country_code in own
                or not any(t.ent_type_ in {"NORP", "GPE"} for t in span))
    for tok in (root, *root.ancestors):  # "for the loss of the lighthouse keepers"
        if tok.i == trigger.i:
            break
        if tok.dep_ == "prep" and tok.lower_ == "for" and tok.head.i == trigger.i:
            return True
        if tok.lemma_.lower() in _LOSS_NOUNS and tok.i != root.i:
            return True  # "saddened to learn of the death of a guide"
    return False


def with_own_officials(events: Sequence[Event], doc: Doc,
                       publisher: str | None) -> list[Event]:
    """Give a statement's own officials, named by a bare title, the issuing country.

    In a government's own statement, "Spokesperson Tamsin Orell stressed ...", "Deputy
    Envoy Brandvik urged ..." name its officials: a title of
    :data:`OFFICE_WORDS` with no country of its own (no nationality, no "of X" that the
    actors stage resolved) is the issuer's office. Only countryless person or nominal
    actors whose words, or the title words just before a cut name, hold such a title.

    Args:
        events: The document's events.
        doc: The parsed document.
        publisher: The issuing government's country; None changes nothing.

    Returns:
        The events, such actors given ``publisher`` as their country.
    """
    if publisher is None:
        return list(events)
    out = []
    for event in events:
        if event.actor and (not any(a.country_code for a in event.actor)
                            or _joint_with_official(event, publisher)):
            actor = tuple(_own_official(a, doc, publisher) for a in event.actor)
            if actor != tuple(event.actor):
                event = event.model_copy(update={"actor": actor, "why": (
                    event.why or "") + "; issuer-official"})
        out.append(event)
    return out


def regrouped(events: Sequence[Event], doc: Doc, entities: Sequence[Entity]) -> list[Event]:
    """Give "the two leaders" the parties of a talk whose own official was resolved late.

    The stage fills a group subject ("They", "the two leaders") from the last talk of
    several countries as it codes (:func:`group_actor`); the readout's own official ("Secretary
    of Defense X" with no country, or one the story's place misled) gets the issuer's country
    only afterwards (:func:`with_own_officials`), so a talk of the issuer and one other
    country looked like one side, and its "the two leaders exchanged views" kept no country.
    This pass walks the events again, in order, with the talks as they now stand (round 23,
    evgov23). ``group_actor``'s own conditions decide: an actor with a country is kept
    unless it is one side of the talk.
    """
    talk: tuple[int, tuple[Entity, ...]] = (-GROUP_WINDOW - 1, ())
    readout: tuple[Entity, ...] = ()
    out = []
    for event in events:
        if event.sentence >= talk[0]:
            event = group_actor(event, _group_subject(doc, event), talk, readout, True,
                                entities)
        parties = talk_parties(event)
        if parties:
            talk = (event.sentence, parties)
            if not readout and opens_with_talk(event, doc):
                readout = parties
        out.append(event)
    return out


def _group_subject(doc: Doc, event: Event) -> Token | None:
    """The subject that names who acts: a stated demand's is its speaker's.

    "They stressed that Russia must withdraw": the demand (a REQUEST whose clause has
    "must" or "should") is made by the subject of the verb its clause hangs on, not by Russia;
    a demand with no such verb has none ("Both parties should refrain": they are addressed).
    """
    if event.event_type == "REQUEST":
        span = doc.char_span(event.start, event.end, alignment_mode="expand")
        verb = span.root if span is not None else None
        while verb is not None and verb.dep_ in {"aux", "xcomp", "conj"} and verb.head != verb:
            verb = verb.head
        if verb is None:
            return None
        if verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and _modal(verb):
            return subject_of(verb.head)
        if _modal(verb):
            return None  # "Both parties should refrain": the demand's own subject is addressed
    return _trigger_subject(doc, event)


def _modal(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in {"must", "should"} for c in verb.children)


def _joint_with_official(event: Event, publisher: str) -> bool:
    """Whether ``event`` is a joint act whose resolved sides are all foreign to the issuer.

    "Secretary of Defense Jim Mattis met with the Freedonian minister": the meeting's sides
    are both in ``actor`` (GUIDELINE decision 17); the foreign side resolved, the issuer's
    own bare-titled official did not, and the readout's own side was lost.
    """
    return (not event.recipient and len(event.actor) > 1
            and publisher not in {a.country_code for a in event.actor})


def _own_official(entity: Entity, doc: Doc, publisher: str) -> Entity:
    if entity.country_code or entity.kind not in {"PERSON", "NOMINAL", "ORG"}:
        return entity
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None:
        return entity
    if entity.kind == "ORG" and not title_led_name(span):
        return entity
    words = {t.lower_ for t in span}
    left = span.start - 1
    while left >= 0 and left >= span.start - 6 and doc[left].pos_ in {"PROPN", "ADP"}:
        words.add(doc[left].lower_)  # "Deputy Assistant Secretary of State [Mira Castellane]"
        left -= 1
    if not words & OFFICE_WORDS:
        return entity
    return entity.model_copy(update={"country_code": publisher, "resolved_by": "publisher"})


def with_issuer_we(events: Sequence[Event], doc: Doc, publisher: str | None) -> list[Event]:
    """Give a statement's "we" the issuing country when its quote's speaker has none.

    "... the deputy spokesman replied that 'we applaud the reopened crossing'": in a
    government's own statement, a quoted "we" stands for the quoted speaker, and a speaker
    the actors stage left without a country ("he", a name not in the knowledge base) is
    most often the issuer's own official. Only when the trigger's subject is "we" and its
    actors have no country (an event with no actor at all is left alone: rescuing those
    lost on CHECK).

    Args:
        events: The document's events.
        doc: The parsed document.
        publisher: The issuing government's country; None changes nothing.

    Returns:
        The events, such actors replaced by the issuer's "we".
    """
    if publisher is None:
        return list(events)
    out = []
    for event in events:
        if event.actor and not any(a.country_code for a in event.actor):
            subject = _trigger_subject(doc, event)
            if subject is not None and subject.lower_ in {"we", "us"}:
                start = subject.idx
                we = Entity(raw_text=subject.text, entity_name="government", kind="PRONOUN",
                            country_code=publisher, sector_code="GOV", start=start,
                            end=start + len(subject), sentence=event.sentence,
                            resolved_by="publisher")
                event = event.model_copy(update={"actor": (we,), "why": (
                    event.why or "") + "; issuer-we"})
        out.append(event)
    return out


def _trigger_subject(doc: Doc, event: Event) -> Token | None:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None:
        return None
    root = span.root
    verb = root if root.pos_ in {"VERB", "AUX", "ADJ"} else root.head
    return subject_of(verb)
