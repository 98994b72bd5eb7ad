"""Participants the parse does not attach to the trigger: a dependency path (round 16, issue 9).

The role finder (:mod:`.arguments`) reads a trigger's own dependents and a few fixed
relations. When none of the mentions it finds has a country, the participants filter drops
the event (:func:`~wirecoder.events.stage.kept_by_default`). This module gives such an event
a participant reached by a bounded walk of the dependency tree from the trigger, for a few
path classes:

- ``subject-up``: the subject of a governing clause reached up an ``xcomp`` / ``advcl`` /
  ``conj`` / ``acl`` / ``pcomp`` chain ("Ruritania moved swiftly to impose ...",
  "Freedonia massed troops and then shelled ..."), or up from a nominal trigger that is the
  object of such a clause's verb ("Veridia ordered a blockade"); the subject is the agent,
  hence the actor;
- ``head-poss``: the possessor or country modifier of the noun a nominal trigger modifies or
  hangs from ("Ruritania's plans for a blockade"); the actor;
- ``prep-<p>``: the object of a preposition on the trigger or on the noun or verb it hangs
  from ("sanctions imposed in a campaign against Freedonia"): ``against``/``on``/``to``/
  ``with``/``toward(s)`` give the recipient (target, goal, partner), ``by`` the actor,
  ``between`` every party as actor (a two-sided act, events guideline);
- ``relcl-head``: the noun a relative clause trigger modifies ("the Ruritanian envoy who was
  expelled ...": the passive patient, else the agent).

The walk is bounded (:data:`MAX_UP` steps up), stays in the trigger's sentence, never goes
up through a speech or reporting verb's clause (its subject is the speaker, not the agent),
and never pairs a trigger and a mention of which one is inside a quotation and the other is
not, or which sit in different quotations. The path decides only the ROLE: a mention keeps
the country its own evidence gave (issue 9 §2); mentions resolved only by the story's place,
places (for the actor) and country-less mentions are never attached.

Only events the participants filter would drop are changed, and their ``why`` ends with
``role-path:<class>``. ``Settings.role_paths`` switches it; it is OFF by default: the round 16
count (``scripts/role_path_counts.py``) found that most gold participants of dropped events
ARE attached to the trigger but have no country of their own evidence, and that the few
reached only by a path are split over a long tail of path shapes; switched on, the module
raised the development sets' F1 by 0.0015 and lowered their dyad F1 by 0.0013; after the
review fix (no climb from a verb with its own subject, ``object-control``, judging verbs stop
the walk) by 0.0012 and 0.0007 (docs/events.md, "Role paths, round 16").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Doc, Span, Token

from ..models import Entity, Event, Quote
from .entity_index import EntityIndex
from .modifiers import SPEECH_VERBS
from .phrases import phrase_entities

__all__ = ["ALL_CLASSES", "ENABLED", "MAX_UP", "attach_paths", "path_roles"]

#: Steps up the tree the walk may take from the trigger.
MAX_UP = 3
#: Every path class this module knows (the diagnosis counts them all).
ALL_CLASSES = frozenset({
    "subject-clause", "subject-up", "subject-up-passive", "object-control", "head-poss",
    "relcl-head",
    "prep-against", "prep-on", "prep-to", "prep-with", "prep-toward", "prep-by",
    "prep-between", "prep-from", "prep-of", "prep-in"})
#: The classes attached when the switch is on: the codebook's role positions -- a governing
#: clause's agent (or an infinitive's controlling object), a ``by`` agent, a target of
#: ``against``/``on``/``toward``, a relative clause's head. Left out after the round 16
#: count (docs/events.md): a nominal trigger's own clause subject (mostly a judge: "X
#: condemned the attack"), a passive governing subject, a head noun's possessor, and
#: ``in``/``of``/``with``/``to``/``from``/``between`` objects.
ENABLED: frozenset[str] = frozenset({"subject-up", "object-control", "prep-by",
                                     "prep-against", "prep-on", "prep-toward", "relcl-head"})
#: Dependencies a walk climbs from a clause to the clause it depends on.
_CLAUSE_UP = frozenset({"xcomp", "advcl", "conj", "acl", "pcomp", "ccomp"})
#: Dependencies a nominal trigger climbs to the verb or noun it belongs to.
_NOUN_UP = frozenset({"dobj", "pobj", "prep", "compound", "nsubjpass", "attr", "appos",
                      "conj", "npadvmod"})
#: Dependencies of a noun that name its owner or its country ("Ruritania's", "Ruritanian").
_OWNER_DEPS = frozenset({"poss", "compound", "amod", "nmod"})
#: Role of the object of each preposition (None: no role).
_PREP_ROLE = {"against": "recipient", "on": "recipient", "to": "recipient",
              "with": "recipient", "toward": "recipient", "towards": "recipient",
              "by": "actor", "between": "actor", "from": "actor", "of": "actor",
              "in": "recipient"}
#: Reporting verbs whose clause a walk does not leave (the speaker is no agent of the act).
_REPORTING = SPEECH_VERBS | frozenset({"accuse", "warn", "deny", "believe", "think", "fear",
                                       "hope", "expect", "say"})
#: Judging verbs whose clause a walk does not leave (round 16 review): the judge's subject
#: is not the agent of the act its clause judges.
_JUDGING = frozenset({"protest", "condemn", "denounce", "criticize", "criticise", "decry",
                      "deplore", "slam", "blast", "blame", "censure", "rebuke", "castigate",
                      "lambast", "lambaste", "praise", "welcome", "applaud", "hail", "commend",
                      "reject", "oppose", "regret", "lament", "complain"})
#: Dependencies naming a verb's own subject (a verb trigger with one does not climb).
_OWN_SUBJECT = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Diagnosis only: name the governing verb in a subject class ("subject-up:order").
DETAIL = False
#: Why-tag of an event this module changed.
WHY = "role-path"

Found = tuple[str, str, list[Entity]]  # (class, role, mentions)


def attach_paths(events: Sequence[Event], entities: Sequence[Entity], doc: Doc,
                 quotes: Sequence[Quote] = (), enabled: bool = True,
                 kept: Callable[[Event], bool] | None = None) -> list[Event]:
    """Give each event the filter drops a participant reached by a dependency path.

    Args:
        events: The events the rule coder built, in text order.
        entities: The entity records of the document.
        doc: The parsed document.
        quotes: The quote records (a walk does not cross a quotation's edge).
        enabled: ``Settings.role_paths``; False returns the events unchanged.
        kept: The participants filter (default :func:`~.stage.kept_by_default`).

    Returns:
        The events; a dropped one with a mention on an enabled path gets it in the path's
        role and ``role-path:<class>`` in its ``why``.
    """
    if not enabled or not events:
        return list(events)
    if kept is None:
        from .stage import kept_by_default  # the stage imports this module

        kept = kept_by_default
    index = EntityIndex(doc, entities)
    out = []
    for event in events:
        if not kept(event):
            event = _attached(event, doc, index, quotes)
        out.append(event)
    return out


def _attached(event: Event, doc: Doc, index: EntityIndex, quotes: Sequence[Quote]) -> Event:
    span = doc.char_span(event.start, event.end, alignment_mode="expand")
    if span is None or not len(span):
        return event
    for cls, role, found in path_roles(span.root, index, quotes):
        if cls.split(":")[0] not in ENABLED:
            continue
        have = {(e.start, e.end) for e in (*event.actor, *event.recipient)}
        new = tuple(e for e in found if (e.start, e.end) not in have)
        if not new:
            continue
        actor, recipient = event.actor, event.recipient
        if role == "actor":
            actor = (*new, *actor)
        elif any(e.country_code for e in new) and not any(
                e.country_code == r.country_code for e in new for r in actor):
            recipient = (*new, *recipient)
        else:
            continue
        why = "; ".join(w for w in (event.why, f"{WHY}:{cls}") if w)
        return event.model_copy(update={"actor": actor, "recipient": recipient, "why": why})
    return event


def path_roles(trigger: Token, index: EntityIndex,
               quotes: Sequence[Quote] = ()) -> list[Found]:
    """Return the mentions on each path class from ``trigger``, nearest first.

    Each item is ``(class, role, mentions)``; the mentions are those with a country of their
    own evidence (not the story's place; no place as actor), on the trigger's side of every
    quotation edge.
    """
    sent = trigger.sent
    out: list[Found] = []

    def add(cls: str, role: str, token: Token | None) -> None:
        if token is None or not _same_sentence(token, sent):
            return
        found = [e for e in phrase_entities(token, index) if _usable(e, role)
                 and _same_quote(trigger, e, quotes)]
        if found:
            out.append((cls, role, found))

    noun = trigger.pos_ in {"NOUN", "PROPN"}
    if noun:
        head = _noun_head(trigger)
        if head is not None and head.pos_ in {"NOUN", "PROPN"}:
            for child in head.children:
                if child.dep_ in _OWNER_DEPS and child.i != trigger.i:
                    add("head-poss", "actor", child)
    for cls, role, token in _prep_objects(trigger):
        add(cls, role, token)
    verb = _clause_of(trigger)
    if verb is not None and trigger.dep_ == "relcl" and trigger.head.pos_ in {"NOUN", "PROPN"}:
        passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in trigger.children)
        add("relcl-head", "recipient" if passive else "actor", trigger.head)
    for cls, token in _governing_subjects(trigger, verb):  # the agent
        add(cls, "actor", token)
    return out


def _usable(entity: Entity, role: str) -> bool:
    """A mention with a country of its own evidence (a place only as a recipient)."""
    if not entity.country_code or entity.resolved_by == "story":
        return False
    return not (role == "actor" and entity.is_place)


def _same_sentence(token: Token, sent: Span) -> bool:
    return sent.start <= token.i < sent.end


def _same_quote(trigger: Token, entity: Entity, quotes: Sequence[Quote]) -> bool:
    """Whether the trigger and the mention are in the same quotation, or both outside."""
    def inside(start: int, end: int) -> int:
        return next((n for n, q in enumerate(quotes) if q.start <= start and end <= q.end), -1)
    return inside(trigger.idx, trigger.idx + len(trigger)) == inside(entity.start, entity.end)


def _noun_head(noun: Token) -> Token | None:
    """The noun a nominal trigger modifies or hangs from ("plans for a blockade": plans)."""
    if noun.dep_ == "compound":
        return noun.head
    if noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in {
            "NOUN", "PROPN"}:
        return noun.head.head
    return None


def _prep_objects(trigger: Token) -> list[tuple[str, str, Token]]:
    """Objects of role prepositions on the trigger, else on its head (one step up)."""
    out = []
    hosts = [trigger]
    if trigger.dep_ in {"compound", "pobj", "dobj", "xcomp", "acl"} and trigger.head != trigger:
        host = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        hosts.append(host)
    for host in hosts:
        for prep in host.children:
            role = _PREP_ROLE.get(prep.lower_)
            if prep.dep_ != "prep" or role is None or prep.i == trigger.i:
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    name = "toward" if prep.lower_ == "towards" else prep.lower_
                    out.append((f"prep-{name}", role, obj))
    return out


def _clause_of(trigger: Token) -> Token | None:
    """The verb of the trigger's clause: the trigger, or the verb a nominal trigger hangs on."""
    if trigger.pos_ in {"VERB", "AUX"}:
        return trigger
    cur = trigger
    for _ in range(MAX_UP):
        if cur.dep_ not in _NOUN_UP or cur.head == cur:
            return None
        cur = cur.head
        if cur.pos_ in {"VERB", "AUX"}:
            return cur
    return None


def _governing_subjects(trigger: Token, verb: Token | None) -> list[tuple[str, Token]]:
    """Subjects of the clause the trigger's clause depends on, up a bounded clause chain.

    A nominal trigger also takes its own clause's subject ("Veridia ordered a blockade").
    A verb trigger with a subject of its own does not climb ("Ruritania closed its border
    after gunmen ambushed a convoy": the gunmen, not Ruritania, ambushed). An infinitive
    under a verb with a direct object takes that object, the controller, as its agent
    (``object-control``: "Ruritania asked Veridia to arrest ...": Veridia arrests). The walk
    stops at a reporting verb's clause, at a judging verb's clause (:data:`_JUDGING`: the
    judge is not the agent of the act judged; a coordinated clause still shares its
    subject) and at the sentence root.
    """
    out: list[tuple[str, Token]] = []
    if verb is None:
        return out
    cur = verb
    steps = 0
    if verb is not trigger:
        own = [(f"subject-clause:{verb.lemma_.lower()}" if DETAIL else "subject-clause", tok)
               for _, tok in _subjects(verb)]
        if own:
            return own
    elif _has_subject(verb):
        return out  # the trigger's own subject is its agent (the role finder's)
    while steps < MAX_UP and cur.dep_ in _CLAUSE_UP and cur.head != cur:
        head = cur.head
        lemma = head.lemma_.lower()
        if cur.dep_ == "ccomp" or lemma in _REPORTING:
            break  # reported speech: the head's subject is the speaker
        if cur.dep_ != "conj" and lemma in _JUDGING:
            break  # "X protested ... / condemned Y for ...": X judges, it does not act
        if cur.dep_ == "xcomp":
            controller = next((c for c in head.children if c.dep_ == "dobj"), None)
            if controller is not None:
                cls = "object-control"
                return [(f"{cls}:{lemma}" if DETAIL else cls, controller)]
        cur = head
        steps += 1
        found = _subjects(cur)
        if found:
            return [(f"{cls}:{cur.lemma_.lower()}" if DETAIL else cls, tok) for cls, tok in found]
    return out


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in _OWN_SUBJECT for c in verb.children)


def _subjects(verb: Token) -> list[tuple[str, Token]]:
    for child in verb.children:
        if child.dep_ == "nsubj":
            return [("subject-up", child)]
        if child.dep_ == "nsubjpass":
            return [("subject-up-passive", child)]
    return []
