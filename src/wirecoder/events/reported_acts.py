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
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..codebook import cameo_root, quad, score
from ..models import Entity, Event
from ..textutil import doc_text, sentence_index
from .entity_index import EntityIndex
from .modifiers import clause_head, reporting_clause
from .participants import not_actor
from .subjects import subject_entities

__all__ = ["ASSERTIVE_VERBS", "REPORTED_CATEGORIES", "reported_accusations"]

#: Reporting verbs that assert what they report (not "announce", "deny", "predict" …).
ASSERTIVE_VERBS = frozenset({
    "say", "claim", "tell", "insist", "allege", "assert", "charge", "report", "state",
    "maintain", "contend",
})

#: Sectors of reporters that are no party: journalists, civilians (witnesses), business,
#: society, education, medicine, religion.
_NOT_PARTIES = frozenset({"JRN", "CVL", "BUS", "SOC", "EDU", "MED", "REL"})

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
                     and r.sector_code not in _NOT_PARTIES
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
        return None  # "says talks will decide the status of officials detained by Y"
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

    Not an act named inside a subject, a prepositional phrase or a noun's modifier ("the
    move to capture the oil fields has cut output", "the status of officials detained by
    X"): the clause says something else about it.
    """
    cur = token
    for _ in range(12):
        if cur == verb or (cur.head == cur and verb.head == cur):
            return True  # '"X shelled Y," Z said': the quote's root governs the verb
        if cur.dep_ not in _ASSERTED_DEPS or cur.head == cur:
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
