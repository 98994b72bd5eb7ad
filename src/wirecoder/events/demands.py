"""Demands stated with a deontic modal, whoever or whatever is their subject (issue 9, round 17).

PLOVER REQUEST covers demands made in any form, and a party's "Ruritania must withdraw" or
"the blockade should end" is a demand: the speaker (or the government issuing the text) asks
that the act be done. Round 8's :func:`wirecoder.events.reported_acts.stated_demands` coded
the first form only — a named foreign state as subject — and is off by default since round 9.
Counted over every development set in round 17 (``scripts/recall_diagnosis.py``), the gold
events of this construction that no rule proposes are mostly of two other forms:

- the subject is no party: a situation, measure or process ("the shelling must stop", "the
  curfew must be lifted", "the census should go ahead"), or a passive ("the truce
  must be respected") — a demand of nobody named, coded with the demander as actor and no
  recipient;
- the subject is a group with no country ("all sides should show restraint").

:func:`modal_demands` adds one REQUEST per sentence for "X must / should <act>" (active or
passive) in reported speech or an issued statement, when the sentence holds no REQUEST yet.
Not coded: a demand on oneself (a first-person subject, "we must do more", or a party of the
demander's own country: round 8's choice, kept), an expletive "it" ("it must be noted
that"; "it must withdraw" asks the state "it" names), a perfect ("must have known": a
guess), a condition ("if talks should fail"), a question, a negated modal ("must not be
ignored" states a principle more often than it asks an act), "should" of expectation ("the
ship should arrive on Monday": :data:`EXPECTED_VERBS`), verbs of knowing and of role
("must know that ...", a warning; "must play its part": not acts, see below), the
passives of punishment ("must be held accountable": :data:`ACCOUNTABLE_VERBS`), a subject
with "no" ("no government should ..."), and "be"/"have" as the main verb unless passive ("must
be careful").

After review (round 17) the demanded verb must be an act: a verb the event lexicon codes (a
trigger of any type) or one of :data:`ACT_VERBS`, the acts the codebook's REQUEST names;
expectations, states and views ("should produce", "must remain", "must learn", "should be
remembered") are out by construction. An inverted modal opening a condition ("Should the talks
fail, ...") is no demand; "you" in a quote is the person or party addressed, not the speaker's
side. ``Settings.modal_demands`` (``--no-modal-demands``) switches the rule off.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..models import Entity, Event, Quote
from ..settings import Settings
from ..textutil import lemma_lower_columns, parsed_text, sentence_index, string_ids
from .entity_index import EntityIndex
from .lexicon import extra_paths, load_lexicon
from .modifiers import quote_speaker, reporting_clause
from .reported_acts import NOT_PARTIES, request_event, stated_demands
from .subjects import subject_entities

__all__ = ["ACCOUNTABLE_VERBS", "ACT_VERBS", "DEMAND_AUX", "EXPECTED_VERBS", "demanded_act",
           "modal_demands"]

#: Modals by which a speaker demands an act ("must withdraw", "should resign").
DEMAND_AUX = frozenset({"must", "should"})

#: Verbs whose "should" usually states an expectation, not a demand ("should arrive Monday").
EXPECTED_VERBS = frozenset({"arrive", "reach", "come", "get", "happen", "last", "occur",
                            "finish", "open", "begin", "start", "rise", "fall", "grow",
                            "improve", "increase", "decrease", "decline", "recover", "help",
                            "ease", "yield"})

#: Acts the codebook's REQUEST asks of a party that the event lexicon need not code as
#: triggers: to pay, compensate, comply, negotiate, investigate, free, disarm, protect, ...,
#: and the verbs of its modes (change: a policy change; yield; meet; assist). A demanded verb
#: must be one of these or a lexicon trigger: an act, not a state or a view.
ACT_VERBS = frozenset({"pay", "compensate", "comply", "implement", "abide", "refrain", "free",
                       "disarm", "protect", "investigate", "apologize", "apologise", "resign",
                       "negotiate", "talk", "hold", "stop", "withdraw", "release", "end",
                       "halt", "return", "allow", "respect", "cease", "lift", "leave",
                       "reopen", "restore", "hand", "surrender", "accept", "honor", "honour",
                       "punish", "explain", "reverse", "scrap", "drop", "open", "engage",
                       "change", "reform", "amend", "revise", "adjust", "concede", "yield",
                       "cooperate", "settle", "meet", "assist"})

#: Passives that call for the punishment of wrongdoers ("must be held accountable", "brought to
#: justice"): a charge against them rather than a request to a party.
ACCOUNTABLE_VERBS = frozenset({"hold", "bring", "punish", "prosecute", "find", "try"})

#: First-person and demonstrative subjects: a demand on oneself, or no party asked.
_SELF_SUBJECTS = frozenset({"i", "we", "us", "this", "that"})

#: The modal demands' switch when no settings are given.
_DEFAULTS = Settings()



def modal_demands(events: Sequence[Event], doc: Doc, index: EntityIndex,
                  quotes: Sequence[Quote], story_id: str, published: dt.date | None = None,
                  also_named: bool = False, settings: Settings | None = None) -> list[Event]:
    """Return ``events`` with a REQUEST for each stated "X must / should <act>".

    Args:
        events: The coded events of ``doc``, in text order.
        doc: The parsed document.
        index: The document's entity index.
        quotes: The quote records of ``doc``.
        story_id: Prefix of the event ids (the events are renumbered when one is added).
        published: Publication date, the date of the demand.
        also_named: Run round 8's rule first (``Settings.reported_acts``: a named foreign
            state as subject, and "needs to" / "has to" as cues).
        settings: The run's settings: ``modal_demands`` off adds no modal demand; user
            lexicons add act verbs. None: the defaults.

    Returns:
        The events in text order, ids ``{story_id}-e{n}``.
    """
    if also_named:
        events = stated_demands(events, doc, index, quotes, story_id, published)
    if not (settings or _DEFAULTS).modal_demands:
        return list(events)
    acts = frozenset(load_lexicon(extra_paths(settings)).verb_index) | ACT_VERBS
    requested = {e.sentence for e in events if e.event_type == "REQUEST"}
    added: list[Event] = []
    act_ids = string_ids(acts)
    lemmas = lemma_lower_columns(doc)[0]  # only a verb of ``acts`` becomes a Token
    text = parsed_text(doc)  # a sentence's text is its slice (``sent.text`` rebuilds it)
    for sent in doc.sents:
        n = sentence_index(doc, sent.start_char)
        sent_text = text[sent.start_char:sent.end_char]
        if n in requested or sent_text.rstrip().rstrip("\"'”’").endswith("?"):
            continue
        for i in range(sent.start, sent.end):
            if lemmas[i] not in act_ids:
                continue
            event = _demand(doc[i], index, quotes, published)
            if event is not None:
                added.append(event.model_copy(update={"story_id": story_id}))
                break
    if not added:
        return list(events)
    merged = sorted([*events, *added], key=lambda e: e.start)
    return [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(merged)]


def demanded_act(verb: Token) -> Token | None:
    """The modal of ``verb`` if ``verb`` is an act demanded with "must" / "should", else None.

    "X must withdraw", "the truce must be respected" (a passive): the modal. Not a perfect
    ("must have known"), a condition ("if talks should fail"), "be" or "have" as the main
    verb of an active clause ("must be careful"), an expectation ("should arrive Monday").
    """
    if verb.pos_ not in {"VERB", "AUX"}:
        return None
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    modal = next((c for c in aux if c.lower_ in DEMAND_AUX and c.dep_ == "aux"), None)
    if modal is None or any(c.lower_ in {"have", "'ve"} for c in aux):
        return None
    passive = any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)
    if verb.lemma_ in {"be", "have"} and not passive:
        return None
    if any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether", "lest"}
           for c in verb.children):
        return None
    if modal.lower_ == "should" and verb.lemma_ in EXPECTED_VERBS:
        return None
    if any(c.dep_ == "neg" for c in verb.children):
        return None
    if passive and verb.lemma_ in ACCOUNTABLE_VERBS:
        return None
    return modal


def _subject(verb: Token) -> Token | None:
    """The subject of ``verb`` or of the clause it is conjoined to."""
    cur = verb
    for _ in range(4):
        subj = next((c for c in cur.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}),
                    None)
        if subj is not None:
            return subj
        if cur.dep_ != "conj" or cur.head == cur:
            return None
        cur = cur.head
    return None


def _demand(verb: Token, index: EntityIndex, quotes: Sequence[Quote],
            published: dt.date | None) -> Event | None:
    """The REQUEST of "X must / should <act>" at ``verb``, or None."""
    modal = demanded_act(verb)
    if modal is None:
        return None
    subj = _subject(verb)
    if subj is not None and subj.head == verb and modal.i < subj.i:
        return None  # inverted: "Should the talks fail, ..." opens a condition
    if subj is None or subj.lower_ in _SELF_SUBJECTS or any(
            c.dep_ == "det" and c.lower_ == "no" for c in subj.children):
        return None  # "we must do more"; "no government should ..." states a principle
    if subj.dep_ == "expl" or (subj.lower_ == "it" and (
            verb.lemma_ in {"say", "note", "stress", "emphasize", "remember", "recall"}
            or any(c.dep_ in {"auxpass", "ccomp", "csubj"} for c in verb.children))):
        return None  # "it must be noted that ...": no party asked; "it must withdraw" is one
    demander = _demander(verb, index, quotes)
    if demander is None:
        return None
    named = [e for e in subject_entities(verb, index) if e.country_code]
    if subj.lower_ == "you":  # the one addressed ("X told Y: 'you must ...'"), never one's side
        if not _quoted(verb) and quote_speaker(verb.idx, verb.idx + 1, quotes) is None:
            return None
        clause = reporting_clause(verb)
        named = [e for c in (clause.children if clause is not None else ())
                 if c.dep_ in {"dobj", "dative"} for e in index.at(c)
                 if e.country_code and e.country_code != demander.country_code]
    elif named and {e.country_code for e in named} <= {demander.country_code}:
        return None  # a demand on one's own side ("our farmers must adapt")
    addressees = tuple(named)  # a resolved pronoun too: "it must halt the raids"
    return request_event(verb, modal.idx, verb.idx + len(verb.text), demander, addressees,
                         published, f"modal-demand:{modal.lower_}->REQUEST")


def _quoted(token: Token) -> bool:
    """Whether ``token`` follows an odd number of quotation marks in its sentence."""
    marks = sum(t.text in {'"', "\u201c", "\u201d"} for t in token.sent if t.i < token.i)
    return marks % 2 == 1


def _demander(verb: Token, index: EntityIndex, quotes: Sequence[Quote]) -> Entity | None:
    """Who says the demand: the reporting clause's or quote's speaker, else the issuer.

    Stricter than :mod:`.reported_acts`' demander: a reporting clause whose subject names no
    party gives no demander (no fall-back to the issuer), and a quoted speaker of a non-party
    sector is none.
    """
    clause = reporting_clause(verb)
    if clause is not None:
        found = [e for e in subject_entities(clause, index) if e.country_code
                 and e.sector_code not in NOT_PARTIES]
        return found[0] if found else None
    speaker = quote_speaker(verb.idx, verb.idx + len(verb.text), quotes)
    if speaker is not None:
        return speaker if speaker.country_code and speaker.sector_code not in NOT_PARTIES \
            else None
    return next((e for e in index.entities if e.resolved_by == "publisher"
                 and e.kind == "PRONOUN" and e.country_code), None)
