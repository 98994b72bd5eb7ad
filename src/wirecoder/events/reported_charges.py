"""A wrongdoing one party says another did is that party's charge (issue 9 §1, §3; round 25).

"Ruritania says Veloria has violated the fishing accord", "the ministry asserted that
Veloria's exporters flouted quarantine rules", "Ruritania claims Veloria has not honoured its
pledges": the reporting verb's content clause charges another party with a wrong. PLOVER
ACCUSE covers "allegations of wrongdoing" (CAMEO 112: "a state claims another state did
something wrong"); the spot checks' judges mark these charges required when the reporter is a
party and the reported act is a wrong (rounds 23 and 24: most of their required misses).

A rule on every say / claim / tell + content clause was about 2 spurious events per right one
(rounds 9, 22, 23): the golds code many such reports as the reported act alone (events
guideline 1). :func:`reported_charges` therefore codes only the clauses whose predicate is a
*wrong by its words*, not an act the guideline codes on its own: a breach (violate, flout …),
a failure to honour (a negated honour / comply / fulfil …, "failed to"), interference
(meddle, interfere …) or deceit (lie, mislead …) (:data:`WRONGS`). The ACCUSE's actor is the
reporting verb's subject (a resolved party, not a journalist or witness), its recipient the
clause's subject of another country; nothing is added for a negated or hypothetical report,
a denial ("says X did not violate"), a wrong of the reporter's own side, or where the sentence
already holds an accusation by the same reporter. The wrongdoer must be named (not a
pronoun) and not civilians or refugees; a foreign firm can be charged ("asserted that <state>'s
exporters violated quarantine rules"). A wrong said to come ("would violate"), a condition
("if X violates") and a question are no charge.

Counted in round 25 (docs/events.md, "Charges told as reported speech, round 25") over the
open golds: these classes are 16 right for 3 spurious events; every other content clause of
the same verbs with a party on both sides, 59 right for 341 spurious.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..codebook import cameo_root, quad, score
from ..models import Entity, Event
from ..textutil import doc_text, sentence_index
from .alleged_backing import ARMED_GROUP_WORDS
from .entity_index import EntityIndex
from .lexicon import load_lexicon
from .lexicon_format import UNLISTED_ACT_CONFIDENCE
from .participants import not_actor
from .phrases import phrase_entities
from .reported_acts import NOT_PARTIES
from .subjects import subject_entities

__all__ = ["CHARGING_VERBS", "WRONGS", "reported_charges"]

#: Reporting verbs that assert their content clause.
CHARGING_VERBS = frozenset({
    "say", "claim", "assert", "charge", "allege", "insist", "maintain", "contend", "tell",
    "argue", "complain", "state", "declare",
})

#: Predicates that name a wrong by their words (class -> lemmas). Failures need a negation
#: or "fail to" (:func:`_wrong_class`).
WRONGS: dict[str, frozenset[str]] = {
    "breach": frozenset({"violate", "breach", "flout", "infringe", "contravene", "disregard",
                         "undermine", "renege", "trample", "sabotage", "obstruct", "overstep"}),
    "failure": frozenset({"honor", "honour", "fulfil", "fulfill", "comply", "respect", "abide",
                          "implement", "observe", "uphold", "adhere", "keep", "live"}),
    "interference": frozenset({"interfere", "meddle", "destabilize", "destabilise", "incite",
                               "harbor", "harbour", "shelter"}),
    "deceit": frozenset({"lie", "mislead", "deceive", "fabricate", "distort", "falsify",
                         "manipulate", "cheat"}),
}

#: Border or territory words a crossing violates ("crossed the border", "into its territory").
_TERRITORY = frozenset({"border", "frontier", "territory", "line", "airspace", "waters"})

#: Verbs of an incursion in themselves ("infiltrated", "intruded").
_INCURSION = frozenset({"infiltrate", "intrude", "encroach", "trespass"})

#: Sectors of armed bodies: only they make a crossing an incursion ("troops crossed the
#: border", not "the president crossed the border to attend the summit"), and only an armed
#: group harboured is interference (not "sheltered refugees") (review rfspeech25).
_ARMED = frozenset({"MIL", "COP", "SPY", "REB", "INS", "UAF"})

#: Sectors a charge does not name as the wrongdoer: civilians, refugees and migrants
#: ("refugees crossed the border" charges nobody). A foreign firm or exporter can be charged.
_NOT_ACCUSED = frozenset({"CVL", "REF"})

#: Failure verbs that name a duty by themselves ("has not complied", "never honoured",
#: "did not live up to"); the other failure verbs (keep, observe, implement, respect,
#: uphold) and the breach verbs shared with ``accuse.violate`` need an object that binds.
_DUTY_VERBS = frozenset({"honor", "honour", "fulfil", "fulfill", "comply", "abide", "adhere"})

#: Breach verbs whose object must bind ("violated the accord", "flouted quarantine
#: regulations"; not "breached the ministry's network").
_BINDING_OBJECT_VERBS = frozenset({"violate", "breach", "flout", "infringe", "contravene",
                                   "disregard"})

#: What binds a party besides the objects of the lexicon's breach entry ``accuse.violate``
#: (agreements, commitments, international law, borders, rights: read by :func:`_binding`):
#: the rules, laws, rulings, plans and limits a state is held to.
_HELD_TO = frozenset({
    "ban", "ceiling", "constitution", "contract", "decision", "duty", "guideline", "limit",
    "mandate", "map", "moratorium", "norm", "order", "plan", "principle", "quota",
    "regulation", "restriction", "right", "roadmap", "rule", "ruling", "settlement",
    "standard", "verdict", "word",
})


@functools.cache
def _binding() -> frozenset[str]:
    """Head words of what binds a party: ``accuse.violate``'s objects and :data:`_HELD_TO`."""
    breach = next(e for e in load_lexicon().entries if e.id == "accuse.violate")
    return _HELD_TO | {phrase.split()[-1] for phrase in breach.requires.object}


#: Verbs of getting, winning or arriving: failing to do them is the subject's loss, not a
#: wrong ("failed to qualify", "has yet to receive the vaccines") (review rfspeech25).
_GETTING = frozenset({"receive", "get", "obtain", "win", "gain", "secure", "reach", "attract",
                      "earn", "achieve", "qualify", "arrive", "find", "land", "collect"})

#: Prepositions of place: "lies at the centre of", "lies between" is no lie.
_PLACE_PREPS = frozenset({"at", "in", "on", "between", "near", "within", "along", "beyond",
                          "behind", "outside", "inside", "across", "off", "among", "north",
                          "south", "east", "west", "close", "next", "astride"})


def _objects(verb: Token) -> list[Token]:
    """The direct objects of ``verb`` and the objects of its prepositions and particles."""
    out = [c for c in verb.children if c.dep_ in {"dobj", "attr", "oprd"}]
    for c in verb.children:
        if c.dep_ in {"prep", "prt"}:
            out.extend(g for g in c.children if g.dep_ == "pobj")
            out.extend(g for p in c.children if p.dep_ == "prep"
                       for g in p.children if g.dep_ == "pobj")
    return out


def _binds(verb: Token) -> bool:
    """Whether an object of ``verb`` is something that binds a party ("the accord")."""
    for obj in _objects(verb):
        words = {obj.lemma_.lower(), obj.lower_}
        if words & _binding() or "cease" in {t.lower_ for t in obj.lefts}:
            return True
    return False


def _own_object(verb: Token) -> bool:
    """"undermined its own economy": a harm to oneself, no wrong to another."""
    return any(t.lower_ == "own" for obj in _objects(verb) for t in obj.lefts)


def _failure(verb: Token) -> bool:
    """Whether ``verb`` (negated or under "fail to") names a duty not met."""
    lemma = verb.lemma_.lower()
    if lemma in _DUTY_VERBS:
        return True
    if lemma == "live":
        return any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children)
    return lemma in WRONGS["failure"] and _binds(verb)


def _wrong_class(clause: Token) -> str | None:
    """The class of wrong the content clause headed by ``clause`` states, or None.

    A breach, interference or deceit verb not negated; a failure verb negated ("has not
    honoured") or under "fail to" / "has yet to"; an incursion verb or a crossing of a border
    or territory. A negated wrong is a denial, not a charge. Verbs that are a wrong only by
    their object need it: a breach of what binds, a failure of a duty, a harbouring of an
    armed group (:func:`_harbours_armed`), a lie not of place.
    """
    lemma = clause.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in clause.children)
    if lemma in {"fail", "have"} and not negated:
        act = next((c for c in clause.children if c.dep_ == "xcomp"), None)
        if act is not None and (lemma == "fail" or any(c.lower_ == "yet"
                                                        for c in clause.children)):
            act_lemma = act.lemma_.lower()
            if act_lemma in _GETTING or (act_lemma in WRONGS["failure"] and not _failure(act)):
                return None
            return "failure"
    if lemma in WRONGS["failure"]:
        return "failure" if negated and _failure(clause) else None
    if negated or _own_object(clause):
        return None
    if lemma in _BINDING_OBJECT_VERBS and not _binds(clause):
        return None
    if lemma == "lie" and any(c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
                              for c in clause.children):
        return None
    for name, words in WRONGS.items():
        if lemma in words:
            return name
    if lemma in _INCURSION or (lemma == "cross" and any(
            t.lemma_.lower() in _TERRITORY for t in clause.subtree
            if t.dep_ in {"dobj", "pobj"})):
        return "incursion"
    return None


#: Auxiliaries of a wrong not yet done ("would violate", "will interfere"): a forecast or a
#: condition, no charge. A hedge ("may have violated") stays a charge.
_NOT_DONE = frozenset({"will", "would", "'ll", "shall", "could", "might", "wo"})


def _content_clause(verb: Token) -> Token | None:
    """The asserted content clause of ``verb``: a ``ccomp`` verb, not a forecast or condition."""
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in {"VERB", "AUX"}),
                  None)
    if clause is None or any((c.dep_ == "aux" and c.lower_ in _NOT_DONE)
                             or (c.dep_ == "mark" and c.lower_ in {"if", "whether"})
                             for c in clause.children):
        return None
    return clause


#: Sectors of reporters that are no party: those of :data:`NOT_PARTIES`, farmers and workers.
_NOT_REPORTERS = NOT_PARTIES | {"AGR", "LAB"}


#: Verbs of harbouring: interference only when what is harboured is an armed group.
_HARBOUR = frozenset({"harbor", "harbour", "shelter"})


def _harbours_armed(verb: Token, index: EntityIndex) -> bool:
    """"harbours rebels", not "sheltered 10,000 refugees" (review rfspeech25)."""
    return any(obj.lower_ in ARMED_GROUP_WORDS or obj.lemma_.lower() in ARMED_GROUP_WORDS
               or any(e.sector_code in _ARMED for e in phrase_entities(obj, index))
               for obj in _objects(verb))


def _parties(verb: Token, index: EntityIndex, text: str, source: str | None) -> list[Entity]:
    return [e for e in subject_entities(verb, index) if e.country_code
            and e.sector_code not in _NOT_REPORTERS and not not_actor(e, text, source)]


def _accusers(events: Sequence[Event]) -> set[tuple[int, str | None]]:
    out: set[tuple[int, str | None]] = set()
    for e in events:
        if e.event_type == "ACCUSE":
            codes = {a.country_code for a in e.actor if a.country_code}
            out.update({(e.sentence, c) for c in codes} or {(e.sentence, None)})
    return out


def reported_charges(events: Sequence[Event], doc: Doc, index: EntityIndex, story_id: str,
                     source: str | None = None,
                     published: dt.date | None = None) -> list[Event]:
    """Return ``events`` with the reporter's ACCUSE of each wrong it says another party did.

    Args:
        events: The coded events of ``doc``, in text order.
        doc: The parsed document.
        index: The document's entity index.
        story_id: Prefix of the event ids (renumbered when one is added).
        source: The publishing outlet (never a party that accuses).
        published: Publication date, the date of the charge.

    Returns:
        The events in text order, ids ``{story_id}-e{n}``.
    """
    text = doc_text(doc)
    accused_in = _accusers(events)
    added: list[Event] = []
    for verb in doc:
        if verb.lemma_.lower() not in CHARGING_VERBS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        clause = _content_clause(verb)
        if clause is None or any(c.dep_ == "neg" for c in verb.children) or (
                verb.sent.text.rstrip().endswith("?")):
            continue  # "did not say that X lied", "Did Y say that X lied?"
        kind = _wrong_class(clause)
        if kind is None or (kind == "interference" and clause.lemma_.lower() in _HARBOUR
                            and not _harbours_armed(clause, index)):
            continue
        reporters = _parties(verb, index, text, source)
        if not reporters:
            continue
        codes = {r.country_code for r in reporters}
        accused = tuple(e for e in subject_entities(clause, index)
                        if e.country_code and e.country_code not in codes
                        and e.kind != "PRONOUN" and e.sector_code not in _NOT_ACCUSED
                        and not not_actor(e, text, source)
                        and (clause.lemma_.lower() != "cross" or e.sector_code in _ARMED))
        sentence = sentence_index(doc, verb.idx)
        if not accused or {(sentence, reporters[0].country_code), (sentence, None)} & accused_in:
            continue  # own side, a pronoun, or the reporter's charge already coded
        joint = _joint(reporters)
        accused_in.update((sentence, r.country_code) for r in joint)
        added.append(_charge(verb, joint, accused, published, f"reported-charge:{kind}->ACCUSE"))
    if not added:
        return list(events)
    merged = sorted([*events, *(e.model_copy(update={"story_id": story_id}) for e in added)],
                    key=lambda e: e.start)
    return [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(merged)]


def _joint(reporters: Sequence[Entity]) -> tuple[Entity, ...]:
    """The reporters of distinct countries: "Kenya and Tanzania said" -> both."""
    out: list[Entity] = []
    for r in reporters:
        if all(o.country_code != r.country_code for o in out):
            out.append(r)
    return tuple(out)


def _charge(verb: Token, reporters: tuple[Entity, ...], accused: tuple[Entity, ...],
            published: dt.date | None, why: str) -> Event:
    doc = verb.doc
    reporter = reporters[0]
    start, end = verb.idx, verb.idx + len(verb.text)
    return Event(
        id="", event_type="ACCUSE", mode="allege", actor=reporters, recipient=accused,
        event_text=doc_text(doc)[start:end], text=verb.sent.text, start=start, end=end,
        sentence=sentence_index(doc, start),
        date=published.isoformat() if published else None,
        date_source="published" if published else None,
        score=score("ACCUSE", "allege"), quad=quad("ACCUSE"),
        cameo_root=cameo_root("ACCUSE", "allege", ()), confidence=UNLISTED_ACT_CONFIDENCE,
        reported_by=reporter, why=why)
