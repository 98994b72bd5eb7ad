"""A hostile act one party reports of another is that party's accusation (issue 9, round 8).

"Ruritania said Veloria's troops shelled its border posts" reports two events: the shelling
(ASSAULT, Veloria against Ruritania) and Ruritania's allegation of it (ACCUSE, Ruritania
against Veloria). PLOVER ACCUSE covers "allegations of wrongdoing" (CAMEO 112 *accuse*: "a
state claims another state did something wrong"); the events gold of the project codes the
reporting verb of such a claim as ACCUSE of the reported act's author whenever the reporter
is a party ("officials said X bombed Y", "X says Y's forces are blocking access"). The rule
coder found the reported act and not the allegation: a class of misses seen in seven
development sets (dev4, dev5, dev7, dev10, dev11, blind14 and the round-8 READ part).

:func:`reported_accusations` adds, for each coded hostile act (ASSAULT, COERCE) in the
clausal complement of an assertive reporting verb ("said", "claimed", "told", "insisted",
"alleged" …), an ACCUSE event whose trigger is that verb, actor the verb's subject, and
recipient the act's actor — when both resolve to countries and they differ (a state
reporting its own strikes accuses nobody). Nothing is added for acts that are negated,
hypothetical or future (a reported plan or threat is no allegation), for a reporter without a
country (a witness, a journalist), or where the sentence already holds an ACCUSE event (the
reporter's own "accused X of shelling" codes the allegation once).

Both inferences of this module are off by default since round 9 (``Settings.reported_acts``,
``--reported-acts``): on text their author never read, 1 of their 12 events was right, and the
events guideline codes "X said Y attacked Z" as the attack alone (docs/events.md, "Precision
round 9").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..codebook import cameo_root, quad, score
from ..models import Entity, Event, Quote
from ..textutil import doc_text, sentence_index
from .entity_index import EntityIndex
from .lexicon_format import UNLISTED_ACT_CONFIDENCE
from .modifiers import clause_head, quote_speaker, reporting_clause
from .participants import not_actor
from .subjects import subject_entities

__all__ = ["ASSERTIVE_VERBS", "DEMAND_MODALS", "NOT_PARTIES", "OBLIGATION_VERBS",
           "REPORTED_CATEGORIES", "reported_accusations", "request_event", "stated_demands"]

#: Reporting verbs that assert what they report (not "announce", "deny", "predict" …).
ASSERTIVE_VERBS = frozenset({
    "say", "claim", "tell", "insist", "allege", "assert", "charge", "report", "state",
    "maintain", "contend",
})

#: Sectors of reporters that are no party: journalists, civilians (witnesses), business,
#: society, education, medicine, religion.
NOT_PARTIES = frozenset({"JRN", "CVL", "BUS", "SOC", "EDU", "MED", "REL"})

#: Categories of reported acts whose report alleges wrongdoing.
REPORTED_CATEGORIES = frozenset({"ASSAULT", "COERCE"})


def reported_accusations(events: Sequence[Event], doc: Doc, index: EntityIndex,
                         story_id: str, source: str | None = None) -> list[Event]:
    """Return ``events`` with the reporter's ACCUSE of each reported hostile act added.

    Args:
        events: The coded events of ``doc``, in text order.
        doc: The parsed document.
        index: The document's entity index.
        story_id: Prefix of the event ids (the events are renumbered when one is added).
        source: The publishing outlet (never a reporter that accuses).

    Returns:
        The events in text order, ids ``{story_id}-e{n}``.
    """
    accused_in = {e.sentence for e in events if e.event_type == "ACCUSE"}
    added: list[Event] = []
    for event in events:
        verb = _reporting_verb(event, doc)
        if verb is None or event.sentence in accused_in:
            continue
        reporters = [r for r in subject_entities(verb, index) if r.country_code
                     and r.sector_code not in NOT_PARTIES
                     and not not_actor(r, doc_text(doc), source)]
        codes = {r.country_code for r in reporters}
        accused = _accused(event, codes)
        if not reporters or not accused or _reporters_own_act(event, doc, index, codes):
            continue
        accused_in.add(event.sentence)
        added.append(_accusation(event, verb, tuple(reporters[:1]), accused))
    if not added:
        return list(events)
    merged = sorted([*events, *added], key=lambda e: (e.start, e.event_type != "ACCUSE"))
    return [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(merged)]


def _reporting_verb(event: Event, doc: Doc) -> Token | None:
    """The assertive reporting verb whose complement reports ``event``, if any."""
    if (event.event_type not in REPORTED_CATEGORIES or event.negated or event.future
            or event.hypothetical):
        return None
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    verb = reporting_clause(span.root)
    if verb is None or verb.lemma_.lower() not in ASSERTIVE_VERBS or verb.sent != span.sent:
        return None
    if not _asserted(span.root, verb):
        return None  # "says talks will settle the fate of sailors held by Y"
    if any(c.dep_ == "neg" for c in verb.children):
        return None  # "did not say that X attacked": no allegation
    return verb


#: Dependencies by which an act is what a reported clause asserts: its head verb, a verb
#: conjoined, relative or attached to it, or the object of its (light) verb ("made an
#: attack") or a participle of consequence ("..., killing"); not a subject or a
#: prepositional object.
_ASSERTED_DEPS = frozenset({"ccomp", "parataxis", "conj", "relcl", "acl", "advcl", "dobj",
                            "xcomp"})


def _asserted(token: Token, verb: Token) -> bool:
    """Whether the reported clause of ``verb`` asserts the act ``token``.

    The act may be the reported clause's subject ("says a blockade by Y has tightened"),
    not an act named inside a subject, a prepositional phrase or a noun's modifier ("the
    move to capture the oil fields has cut output", "the fate of sailors held by X"): the
    clause says something else about it.
    """
    cur = token
    for step in range(12):
        if cur == verb or (cur.head == cur and verb.head == cur):
            return True  # '"X shelled Y," Z said': the quote's root governs the verb
        subject = step == 0 and cur.dep_ == "nsubj"  # "says a blockade by Y has tightened"
        if (cur.dep_ not in _ASSERTED_DEPS and not subject) or cur.head == cur:
            return False
        cur = cur.head
    return False


def _reporters_own_act(event: Event, doc: Doc, index: EntityIndex,
                       codes: set[str | None]) -> bool:
    """A nominal act that the reporter's own clause acts on ("says it fended off an attack").

    "X says its troops repelled an attack by Y" reports X's own act; the attack is its
    object, not an allegation ("Y attacked"), and "X says it will end Y's occupation" is a
    plan of X's.
    """
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or span.root.pos_ not in {"NOUN", "PROPN"}:
        return False
    head = clause_head(span.root)
    return any(e.country_code in codes for e in subject_entities(head, index))


def _accused(event: Event, reporter_codes: set[str | None]) -> tuple[Entity, ...]:
    """The act's actors that a reporter of another country accuses."""
    actors = tuple(a for a in event.actor if a.country_code)
    if not actors or {a.country_code for a in actors} & reporter_codes:
        return ()
    return actors


def _accusation(event: Event, verb: Token, reporter: tuple[Entity, ...],
                accused: tuple[Entity, ...]) -> Event:
    doc = verb.doc
    start, end = verb.idx, verb.idx + len(verb.text)
    return event.model_copy(update={
        "event_type": "ACCUSE", "mode": None, "context": (), "actor": reporter,
        "recipient": accused, "event_text": doc_text(doc)[start:end], "start": start,
        "end": end, "sentence": sentence_index(doc, start), "score": score("ACCUSE", None),
        "quad": quad("ACCUSE"), "cameo_root": cameo_root("ACCUSE", None, ()),
        "reported_by": None, "why": f"reported-{event.event_type}->ACCUSE",
    })


#: Modals by which a speaker says what another party has to do.
DEMAND_MODALS = frozenset({"must", "should"})


def stated_demands(events: Sequence[Event], doc: Doc, index: EntityIndex,
                   quotes: Sequence[Quote], story_id: str,
                   published: dt.date | None = None) -> list[Event]:
    """Return ``events`` with a REQUEST for each "X must / needs to <act>" said by another party.

    PLOVER REQUEST covers demands made in any form; a party's "Ruritania must return the
    seized trawlers" or "the council should postpone its ruling" demands the act of its
    subject. :func:`wirecoder.events.rules.demanded` already turns a lexicon act under
    "must"/"should" into a REQUEST; "needs to", "has to" and "ought to" state the same
    obligation (:func:`_demanded_act`); most demands name an act the lexicon does not code
    ("must return", "should postpone", "must lift the fishing ban"), and these were missed
    in nine development sets (issue 9, round 8). The demander is the speaker of the quote or
    reporting clause, else the government issuing the statement; the addressee is the
    verb's subject, named (not a pronoun). Nothing is added for a demand on oneself ("we
    must do more"), a subject with no country ("all parties should"), a passive or copula
    ("must be held accountable", "should be careful"), a perfect ("must have known": a
    guess), a condition ("if talks should fail") or a question, or where the sentence
    already holds a REQUEST.

    Args:
        events: The coded events of ``doc``, in text order.
        doc: The parsed document.
        index: The document's entity index.
        quotes: The quote records of ``doc``.
        story_id: Prefix of the event ids (the events are renumbered when one is added).
        published: Publication date, the date of the demand.

    Returns:
        The events in text order, ids ``{story_id}-e{n}``.
    """
    requested = {e.sentence for e in events if e.event_type == "REQUEST"}
    starts = {e.start for e in events}
    added: list[Event] = []
    for sent in doc.sents:
        n = sentence_index(doc, sent.start_char)
        if n in requested or sent.text.rstrip().endswith("?"):
            continue
        for verb in sent:
            event = _demand(verb, index, quotes, starts, published)
            if event is not None:
                added.append(event.model_copy(update={"story_id": story_id}))
                requested.add(n)
                break
    if not added:
        return list(events)
    merged = sorted([*events, *added], key=lambda e: e.start)
    return [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(merged)]


def _demand(verb: Token, index: EntityIndex, quotes: Sequence[Quote], starts: set[int],
            published: dt.date | None) -> Event | None:
    """The REQUEST of "X must / should / needs to / has to <act>" at ``verb``, or None."""
    found = _demanded_act(verb)
    if found is None:
        return None
    cue, act = found
    if (act.pos_ != "VERB" or act.lemma_ in {"be", "have"}
            or any(c.dep_ in {"nsubjpass", "auxpass"} or (c.dep_ == "mark" and c.lower_ != "that")
                   for c in (*act.children, *verb.children))
            or (act.idx in starts and cue.dep_ == "aux")):  # rules.demanded coded it
        return None
    addressees = tuple(e for e in subject_entities(verb, index) if e.country_code
                       and e.kind != "PRONOUN")  # "they must not win": resolve, no demand
    demander = _demander(verb, index, quotes)
    if not addressees or demander is None or demander.country_code in {
            a.country_code for a in addressees}:
        return None
    return request_event(verb, cue.idx, act.idx + len(act.text), demander, addressees,
                         published, f"stated-demand:{cue.lower_}->REQUEST")


def request_event(verb: Token, start: int, end: int, demander: Entity,
                  addressees: tuple[Entity, ...], published: dt.date | None,
                  why: str) -> Event:
    """A REQUEST said by ``demander`` to ``addressees``, its text ``start``–``end``.

    Shared by the stated demands here and the modal demands of :mod:`.demands`.

    Args:
        verb: The demanded act's verb (its sentence is the event's sentence).
        start: Start offset of the event text in the document.
        end: End offset of the event text.
        demander: The party that demands (actor and reporter).
        addressees: The parties asked (recipient; may be empty).
        published: The publication date, the event's date when given.
        why: The rule that coded it.

    Returns:
        The event.
    """
    doc = verb.doc
    return Event(
        id="", event_type="REQUEST", mode=None, actor=(demander,), recipient=addressees,
        event_text=doc_text(doc)[start:end], text=verb.sent.text, start=start, end=end,
        sentence=sentence_index(doc, start),
        date=published.isoformat() if published else None,
        date_source="published" if published else None,
        score=score("REQUEST", None), quad=quad("REQUEST"),
        cameo_root=cameo_root("REQUEST", None, ()), confidence=UNLISTED_ACT_CONFIDENCE,
        reported_by=demander, why=why)


#: Auxiliaries that make an obligation a forecast ("will need to import more").
_FORECAST_AUX = frozenset({"will", "would", "may", "might", "could", "'ll"})

#: Verbs of obligation whose "to" infinitive is the demanded act ("needs to withdraw").
OBLIGATION_VERBS = frozenset({"need", "have", "ought"})


def _demanded_act(verb: Token) -> tuple[Token, Token] | None:
    """The cue word and the demanded act of ``verb``, if it states an obligation.

    "X must withdraw": (must, withdraw); "X needs to withdraw", "X has to withdraw":
    (needs, withdraw). Not a perfect ("must have known": a guess), a negated need ("does
    not need to") or a forecast ("will need to"): no demand.
    """
    aux = [c for c in verb.children if c.dep_ == "aux"]
    modal = next((c for c in aux if c.lower_ in DEMAND_MODALS), None)
    if modal is not None:
        if any(c.lower_ in {"have", "be", "been"} for c in aux):
            return None
        return modal, verb
    if verb.lemma_ not in OBLIGATION_VERBS or any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _FORECAST_AUX)
            or c.lower_ == "yet" for c in verb.children):
        return None  # "does not need to", "will need to buy" (a forecast), "has yet to"
    act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")), None)
    return (verb, act) if act is not None else None


def _demander(verb: Token, index: EntityIndex, quotes: Sequence[Quote]) -> Entity | None:
    """Who says the demand: the quote's or reporting clause's speaker, else the issuer."""
    clause = reporting_clause(verb)
    found = [e for e in subject_entities(clause, index) if e.country_code
             and e.sector_code not in NOT_PARTIES] if clause is not None else []
    if found:
        return found[0]
    speaker = quote_speaker(verb.idx, verb.idx + len(verb.text), quotes)
    if speaker is not None:
        return speaker if speaker.country_code else None
    return next((e for e in index.entities if e.resolved_by == "publisher"
                 and e.kind == "PRONOUN" and e.country_code), None)
