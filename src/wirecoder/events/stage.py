"""The registered events stage: its entry point :func:`extract` and what it builds on.

See the package docstring (:mod:`wirecoder.events`) for what the stage does.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from ..codebook import cameo_root, quad, score
from ..models import Entity, Event, TimeExpression
from ..settings import Settings
from ..stages import StageContext, register_stage
from ..textutil import doc_text, parsed_text, sentence_index
from . import arg_model, rescue, when_where
from . import modality as modal
from . import modifiers as mods
from .act_checks import an_act
from .alleged_backing import alleged_backing
from .anchoring import anchored
from .arg_candidates import trigger_candidates
from .arguments import EntityIndex, roles, subject_of
from .charges import grammar_parties, grammar_recipient, judged_parties
from .coordinated import with_chosen_conjuncts, with_coordinated_states
from .demands import modal_demands
from .denied_charges import charge_maker
from .dropped_drafts import DroppedDrafts
from .dropped_roles import resolve_dropped
from .embedded_acts import performative_wish
from .epithets import EPITHET_ENTRIES, named_party
from .future_refusals import check_refusal, refused_meetings, said_now
from .intent import (
    SPEECH_CATEGORIES,
    asked_question,
    support_commitment,
)
from .joint_owner import with_joint_owner
from .lexicon import Lexicon, extra_paths, load_lexicon
from .meeting_topics import topics_of_coded_meeting
from .military_moves import prepared_offensive, relief_deployment
from .nominal_merges import merge_nominals
from .own_names import named_in_description
from .participants import (
    GROUP_WINDOW,
    condition_target,
    domestic_agent,
    fight_casualties,
    first_person,
    first_person_target,
    is_remention,
    names_other_party,
    not_actor,
    political_actor,
    setting_not_party,
    speaker_side,
    story_target,
    talk_parties,
    without_self_loops,
)
from .phrases import entity_key, phrase_entities
from .purpose_targets import purpose_target
from .purpose_types import protest_recipient
from .references import reference_kind
from .remention import (
    Coded,
    casualties_of_named_act,
    coded,
    names_own_parties,
    one_act,
    one_act_participles,
    possessive_remention,
    purpose_of_act,
    remention_subject,
)
from .reported_acts import reported_accusations
from .reported_charges import reported_charges
from .reporters import reported_by
from .role_paths import attach_paths
from .rules import (
    Draft,
    absorb_frames,
    apply_cues,
    context_scope,
    demanded,
    frame_outcome,
    reduce_auxiliary,
)
from .state_bodies import addressed_body, served_actor
from .state_senses import appeal_parties, diplomatic_protest, planned_object, visitor_and_host
from .statements import as_issued, group_actor, issuing_country, opens_with_talk, regrouped
from .triggers import Trigger, find_triggers
from .type_model import Hybrid, hybrid_for, recombine
from .type_senses import entry_ban_rejected, other_type, regretted_party
from .unnamed_targets import home_target
from .unperformed import drop_draft, trigger_anchor, unrealized
from .until_clauses import pressed_until
from .visits import split_visit
from .word_senses import (
    assertion,
    captured_combatants,
    not_ruled_out,
    struck_with_weapon,
    verbal_attack,
)

__all__ = ["code_events", "extract", "has_resolved_participant", "kept_by_default",
           "load_lexicon"]


@register_stage("events", requires=("entities", "time_expressions", "quotes"))
def extract(doc: Doc, ctx: StageContext) -> tuple[Event, ...]:
    """Return the PLOVER events of ``doc`` (the ``events`` stage)."""
    lexicon = load_lexicon(extra_paths(ctx.settings))
    rescuer = rescue.rescuer_for(ctx.settings)
    dropped = DroppedDrafts() if rescuer is not None else None  # what the rescue reads
    events = code_events(doc, lexicon, ctx.get("entities"), ctx.get("time_expressions"),
                         ctx.get("quotes"), story_id=ctx.story.id,
                         published=ctx.story.published, source=ctx.story.source,
                         hybrid=hybrid_for(ctx.settings.event_model,
                                           ctx.settings.event_model_file),
                         chooser=arg_model.chooser_for(ctx.settings),
                         reported_acts=ctx.settings.reported_acts, settings=ctx.settings,
                         dropped=dropped)
    events = resolve_dropped(events, ctx.get("entities"), doc, ctx.settings.dropped_participants)
    events = attach_paths(events, ctx.get("entities"), doc, ctx.get("quotes"),
                          ctx.settings.role_paths)  # participants the parse did not attach
    if ctx.settings.meeting_topics:
        events = topics_of_coded_meeting(events, doc)  # "The two leaders also discussed trade."
    kept = [e for e in events
            if (ctx.settings.actorless_events or kept_by_default(e))
            and not (ctx.settings.drop_negated and e.negated)]
    if len(kept) != len(events):
        kept = [e.model_copy(update={"id": f"{ctx.story.id}-e{n}"})
                for n, e in enumerate(kept)]
    if rescuer is not None and dropped is not None:  # the stage's own drops, no replay
        cands = rescue.candidates(
            doc, lexicon, dropped, events, ctx.get("time_expressions"), ctx.get("quotes"),
            kept=kept, story_id=ctx.story.id, published=ctx.story.published,
            source=ctx.story.source, chooser=arg_model.chooser_for(ctx.settings),
            rescuer=rescuer)
        kept = rescue.rescue([c for c in cands if not (ctx.settings.drop_negated and
                                                       c.event.negated)],
                             kept, rescuer, ctx.story.id)
    return tuple(kept)


def kept_by_default(event: Event) -> bool:
    """Whether the stage keeps ``event`` without ``Settings.actorless_events``.

    It needs a resolved participant (:func:`has_resolved_participant`) or a political actor
    (:func:`~wirecoder.events.participants.political_actor`): a named person or organization,
    or a state or political sector ("military forces", "the government"), country or not.
    """
    return has_resolved_participant(event) or political_actor(event)


def has_resolved_participant(event: Event) -> bool:
    """Whether an actor or a recipient of ``event`` is resolved to a country (or IGO/NGO code).

    By default the stage keeps only such events: an act whose participants are all unknown
    ("the attack", "officials said talks ...") cannot go into a dyad and is most often a
    topic mention. ``Settings.actorless_events`` keeps them all. A country that only the
    story's location gave (``resolved_by: "story"``, "civilians" in a story set in one
    country) does not make a participant resolved here: "attacks on civilians" stays a
    topic mention unless another participant is resolved -- except a story-resolved target
    of an arrest, charge, sentence or demand (:func:`~.participants.story_target`, round 11).
    """
    return any(e.country_code and e.resolved_by != "story"  # the story's place: no licence
               for e in (*event.actor, *event.recipient)) or story_target(event)


def code_events(doc: Doc, lexicon: Lexicon, entities: Sequence[Entity],
                times: Sequence[TimeExpression] = (), quotes: Sequence = (), *,
                story_id: str = "story", published: dt.date | None = None,
                source: str | None = None, hybrid: Hybrid | None = None,
                chooser: arg_model.Chooser | None = None,
                reported_acts: bool = False, settings: Settings | None = None,
                dropped: DroppedDrafts | None = None) -> list[Event]:
    """Code the events of a parsed document.

    Args:
        doc: The spaCy document.
        lexicon: The compiled lexicon (see :func:`load_lexicon`).
        entities: Entity records of the actors stage, sorted by start.
        times: Time expressions of the document.
        quotes: Quote records of the document.
        story_id: Prefix of the event ids.
        published: Publication date, the fallback event date.
        source: The publishing outlet (never an actor).
        hybrid: The learned type model combined with the rules (:mod:`.type_model`); None: none.
        chooser: The learned argument chooser; None keeps the rules' actor and recipient.
        reported_acts: Also code reported accusations and stated demands (:mod:`.reported_acts`).
        settings: The run's settings (``modal_demands``: :mod:`.demands`); None: the defaults.
        dropped: Filled with the drafts the stage drops, for the learned rescue
            (:mod:`.dropped_drafts`); None: not recorded.

    Returns:
        The events, in text order, with ids ``{story_id}-e{n}``.
    """
    index = EntityIndex(doc, entities)
    drafts: list[Draft] = []
    triggers: list[Trigger] = []
    for sent in doc.sents:
        drafts.extend(_sentence_drafts(sent, lexicon, index, triggers, dropped))
    events: list[Event] = []
    seen: set[str] = set()
    talk: tuple[int, tuple[Entity, ...]] = (-GROUP_WINDOW - 1, ())
    readout: tuple[Entity, ...] = ()  # the parties of a talk the document opens with
    official = issuing_country(entities, source) is not None  # a government's own text
    earlier: list[Coded] = []
    again: dict[int, str] = {}  # token index -> category of a re-mentioned event noun
    for draft in drafts:
        said = len(draft.why)  # the draft's own notes, before this loop adds any
        if is_remention(draft.trig, draft.category, seen) and not names_own_parties(
                draft.trig, index):
            again[draft.trig.token.i] = draft.category
            _note(dropped, draft, said, None, built=False)
            continue  # "the attack" again: the event is already coded
        if remention_subject(draft.trig, draft.category, again):
            _note(dropped, draft, said, None, built=False)
            draft.why.append("dropped:remention-subject")
            continue  # "the raids came at dawn and struck three villages"
        event = _build(draft, index, times, quotes, (story_id, source), published, len(events),
                       chooser)
        _note(dropped, draft, said, event, built=True)
        if event is not None and possessive_remention(draft.trig, event, earlier):
            draft.why.append("dropped:possessive-remention")  # "his White House meeting"
            continue
        if event is not None:
            event = group_actor(event, subject_of(trigger_anchor(draft.trig)), talk, readout,
                                official, entities)
            if talk_parties(event):
                talk = (event.sentence, talk_parties(event))
                if not readout and opens_with_talk(event, doc):
                    readout = talk[1]
            events.append(event)
            seen.add(event.event_type)
            earlier.append(coded(event))
        elif "not-an-act" in draft.why:
            seen.add(draft.category)  # "the ship is heading to Iran ... during the trip"
    events = one_act_participles(events, doc, kept_by_default)  # "with activists jailed"
    if hybrid is not None:
        def build(trig: Trigger) -> Event | None:
            draft = _draft(trig, lexicon)
            return _build(draft, index, times, quotes, (story_id, source), published, 0,
                          chooser) if draft.keep else None
        events = [e.model_copy(update={"id": f"{story_id}-e{n}"}) for n, e in enumerate(
            recombine(doc, lexicon, index, quotes, triggers, events, hybrid, build))]
    text = doc_text(doc)
    events = [entry_ban_rejected(e, text) for e in events]  # a ban on foreigners entering
    events = casualties_of_named_act(events, doc, kept_by_default)  # "an attack that killed"
    events = as_issued(events, doc, index, entities, source)  # official texts' own voice
    events = alleged_backing(events, doc, index, story_id, source)  # "says X arms the rebels"
    events = reported_charges(events, doc, index, story_id, source, published)  # "says X lied"
    if reported_acts:  # off by default: mostly spurious on unseen text (round 9)
        events = reported_accusations(events, doc, index, story_id, source)  # "X said Y shelled Z"
    events = modal_demands(events, doc, index, quotes, story_id, published, reported_acts,
                           settings)
    return regrouped(events, doc, entities) if official else events  # "They stressed X must"


def _sentence_drafts(sent: Span, lexicon: Lexicon, index: EntityIndex,
                     found: list[Trigger], dropped: DroppedDrafts | None = None) -> list[Draft]:
    raw = find_triggers(sent, lexicon, index.by_token)
    triggers = absorb_frames(raw)
    found.extend(triggers)
    made = [_draft(trig, lexicon) for trig in triggers]
    kept = refused_meetings([d for d in made if d.keep])  # "will not participate in talks"
    merged = purpose_of_act(one_act(merge_nominals(kept)))
    kinds = [(d, reference_kind(d, merged, index)) for d in merged]
    drafts = [d for d, kind in kinds if not kind]
    blockers = frozenset(d.trig.token.i for d in drafts if d.trig.kind == "noun")
    for draft in drafts:
        draft.blockers = blockers
    if dropped is not None:  # for the learned rescue (round 19)
        dropped.sentence(raw, triggers, made, merged, [(d, k) for d, k in kinds if k],
                         blockers, index)
    return drafts


def _note(dropped: DroppedDrafts | None, draft: Draft, said: int, event: Event | None,
          built: bool) -> None:
    """Tell the rescue's record (when there is one) what the stage made of a kept draft."""
    if dropped is not None:
        dropped.coded(draft, tuple(draft.why[:said]), event, built)



def _draft(trig: Trigger, lexicon: Lexicon) -> Draft:
    entry = trig.entry
    draft = Draft(trig=trig, category=entry.category, mode=entry.mode,
                  context=list(entry.context), why=[entry.id, *dict.fromkeys(trig.rules)])
    frame_outcome(draft, trig.absorbed)
    if support_commitment(trig):  # "restated its commitment to backing X"
        draft.category, draft.mode = "SUPPORT", None
        draft.why.append("commitment-to-support->SUPPORT")
    token, governor = trig.token, trig.governor
    if governor is None and token.dep_ in {"nsubj", "nsubjpass"} and trig.kind == "noun" and (
            mods.says_if_it_happened(token)):
        governor = token.head
    negated = mods.is_negated(token, governor)
    draft.negated = negated
    draft.future = (mods.is_future(token, governor) or draft.future  # frame: announced act
                    or planned_object(token, draft.category))  # "is planning an attack"
    if draft.future and draft.category in SPEECH_CATEGORIES and performative_wish(token):
        draft.future = False  # "I want to thank you": said now, not a future act
        draft.why.append("performative-wish")
    if prepared_offensive(token, draft.category):  # "is preparing an offensive": the move
        draft.category, draft.mode, draft.future = "MOBILIZE", "troops", False
        draft.why.append("prepared-offensive->MOBILIZE")
    elif relief_deployment(token, draft.category):  # "deployed troops to help flood victims"
        draft.category, draft.mode = "AID", None
        draft.why.append("relief-deployment->AID")
    check_refusal(draft)  # "did not pay", "would not have paid": no refusal
    if entry.when == "negated":  # "will never allow", "will not hesitate to": said now
        draft.why.append("negated-permission->REJECT" if entry.category == "REJECT"
                         else f"negated-verb->{entry.category}")
        draft.negated = draft.future = False
    if negated and entry.id == "agree.willing" and draft.category == "AGREE":
        draft.category, draft.mode = "REJECT", None  # "is not prepared to negotiate": guideline 6a
        draft.negated = draft.future = False
        draft.why.append("unwilling->REJECT")
    draft.hypothetical = modal.is_hypothetical(token, governor) and not draft.future
    forecast = not negated and modal.is_forecast(token, governor)
    if forecast:  # "will likely increase cooperation": possible, nobody committed to it
        draft.hypothetical, draft.future = True, False
        draft.why.append("forecast->hypothetical")
    elif not negated and modal.deontic(trigger_anchor(trig)):  # "needs to withdraw": not done yet
        draft.hypothetical, draft.future = True, False
        draft.why.append("obligation->hypothetical")
    elif draft.future and modal.wished_receipt(trigger_anchor(trig), entry.swap or trig.inverse):
        draft.hypothetical, draft.future = True, False  # "hopes to get loans": no pledge
        draft.why.append("wished-receipt->hypothetical")
    conditional = (draft.future or modal.has_modal(token, governor)) and (
        modal.is_conditional(token, governor) or pressed_until(token, governor))
    announced = not forecast and (mods.is_announced(token, trig.governor) or (
        entry.when == "irrealis" and _existential(token)
        and mods.is_announced(token.head)))  # "there will be consequences"
    if conditional or modal.in_condition(token) or not demanded(draft):
        reduce_auxiliary(draft, conditional=conditional, announced=announced)
    apply_cues(draft, lexicon, trigger_anchor(trig))
    _other_reading(draft, trig)
    unrealized(draft)
    said_now(draft)  # "said it would not pay": a refusal said now, no flags
    return draft


def _other_reading(draft: Draft, trig: Trigger) -> None:
    """Retype or drop a draft whose trigger is read in another sense ("attacked the plan")."""
    token = trig.token
    if draft.category == "ASSAULT" and trig.kind == "verb" and verbal_attack(token):
        draft.category, draft.mode = "ACCUSE", "disapprove"  # "attacked the plan"
        draft.why.append("verbal-attack->ACCUSE")
    elif draft.category == "ACCUSE" and trig.kind == "verb" and struck_with_weapon(token):
        draft.category, draft.mode = "ASSAULT", None  # "blasted boats with water cannons"
        draft.why.append("struck-with-weapon->ASSAULT")
    elif draft.category == "PROTEST" and diplomatic_protest(token):
        draft.category, draft.mode = "ACCUSE", "disapprove"  # "the ministry protested"
        draft.why.append("diplomatic-protest->ACCUSE")
    elif draft.category == "REQUEST" and trig.kind == "verb" and assertion(token):
        drop_draft(draft, "assertion")  # "insisted that it had exercised restraint": a position
    elif draft.category == "REQUEST" and trig.kind == "verb" and asked_question(token):
        drop_draft(draft, "question")  # "asked X if he agreed": information, not a request
    elif draft.category == "COERCE" and trig.kind == "verb" and captured_combatants(token):
        draft.category, draft.mode = "ASSAULT", "abduct"  # guideline 12: captured soldiers
        draft.why.append("captured-combatants->ASSAULT")
    elif draft.category == "REJECT" and trig.kind == "verb" and not_ruled_out(token) and (
            token.lemma_.lower() in {"refuse", "decline"} or any(
                i.category in {"ASSAULT", "COERCE", "SANCTION", "MOBILIZE"}
                for i in trig.absorbed)):
        draft.category, draft.mode = "THREATEN", None  # "refused to rule out force"
        draft.negated = False  # "did not rule out sanctions": the option is kept open
        draft.why.append("not-ruled-out->THREATEN")
    elif (reading := other_type(draft.category, draft.mode, trig.token, trig.governor,
                                trig.kind, trig.rules)) is not None:
        category, mode, note = reading  # round 12's type choices (type_senses.py)
        if category is None:
            drop_draft(draft, note)
        else:
            draft.category, draft.mode = category, mode
            draft.why.append(note)
            draft.future = draft.future and note != "hosted-welcome->CONSULT"  # said now


def _regretted_recipient(verb: Token, actor: tuple[Entity, ...],
                         index: EntityIndex) -> tuple[Entity, ...]:
    """The party whose act a regret deplores (the clause's subject or the act's possessor)."""
    own = {entity_key(e) for e in actor}
    return tuple(e for e in phrase_entities(regretted_party(verb), index)
                 if entity_key(e) not in own)


def _dropped(draft: Draft, reason: str) -> BuildParts | None:
    """Record why :func:`_build` codes no event for ``draft``; return None."""
    draft.why.append(f"dropped:{reason}")
    return None


def _existential(noun: Token) -> bool:
    """A noun that the copula predicates or introduces ("there will be consequences")."""
    return noun.dep_ in {"attr", "nsubj"} and noun.head.lemma_ == "be"


def _confidence(draft: Draft, has_actor: bool, from_subject: bool) -> float:
    value = draft.trig.entry.confidence
    if draft.trig.kind == "verb" or draft.trig.governor is not None:
        value += 0.05
    if from_subject:
        value += 0.05
    if not has_actor:
        value -= 0.2
    return round(min(0.95, max(0.05, value)), 2)


def _participants(draft: Draft, index: EntityIndex, quotes: Sequence, source: str | None,
                  chooser: arg_model.Chooser | None = None,
                  ) -> tuple[tuple[Entity, ...], tuple[Entity, ...], bool]:
    """Actor, recipient and whether the actor is the subject (:mod:`.participants` checks)."""
    trig = draft.trig
    found = roles(trig, index)
    actor, recipient = with_joint_owner(trig, found.actor, found.recipient, index), found.recipient
    fight = fight_casualties(trig, draft.parts, actor, index)  # "killed in clashes between"
    if fight is not None:
        actor, recipient = fight
    for part in draft.parts:  # "a strike that killed 20 villagers": one act, its victims
        if (actor and recipient) or fight is not None:
            break
        more = roles(part, index)
        actor, recipient = actor or more.actor, recipient or more.recipient
    if first_person(trig) and not any(a.country_code for a in actor):
        speaker = mods.quote_speaker(trig.start, trig.end, quotes)
        if speaker is not None:  # "'We will retaliate,' the minister said"
            actor = (speaker,)
    if not recipient and first_person_target(trig):
        speaker = mods.quote_speaker(trig.start, trig.end, quotes)
        if speaker is not None and speaker.country_code not in {
                a.country_code for a in actor}:  # "'Russia is threatening us,' she said"
            recipient = (speaker,)
    text = doc_text(trig.token.doc)
    actor, recipient = speaker_side(actor, text, quotes), speaker_side(recipient, text, quotes)
    actor = tuple(a for a in actor if not not_actor(a, text, source)
                  and not (a.start <= trig.start < a.end)  # "their opposition" is no actor
                  and not names_other_party(a, trig.token.doc))
    recipient = tuple(r for r in recipient if not names_other_party(r, trig.token.doc))
    if not recipient and any(w.startswith("conditional-") for w in draft.why):
        recipient = tuple(condition_target(trigger_anchor(trig), index))
    recipient = without_self_loops(actor, recipient)
    if chooser is not None and not grammar_parties(trig):  # the learned chooser (arg_model)
        cands = trigger_candidates(trig.token, trigger_anchor(trig), draft.category, trig.kind,
                                   index, quotes, source, (actor, recipient))
        ruled, (actor, recipient) = recipient, chooser.refine(
            (trig.start, trig.end), cands, actor, recipient)
        recipient = grammar_recipient(trig, recipient, ruled)  # a judged party is named
        recipient = with_chosen_conjuncts(recipient, ruled, actor, index, trig.token.doc)
        recipient = setting_not_party(trig.entry, recipient, ruled)  # "fighting in <town>"
        # once more after the chooser (round 18): the actor's own side among recipients of
        # another state is not a target ("levied tariffs on the U.S. and the EU")
        recipient = without_self_loops(actor, recipient)
    sent = trig.token.sent  # the act's setting: a place or party of another state says abroad
    lo, hi = sent[0].idx, sent[-1].idx + len(sent[-1])
    setting = [e for e in index.within(lo, hi) if e not in actor and e not in recipient]
    actor = served_actor(actor, index.entities, setting, draft.why)  # police: story's state
    recipient = home_target(draft, actor, recipient, index.entities, setting)  # police detained
    recipient = addressed_body(actor, recipient, index.entities, setting, draft.why)  # "urge them"
    recipient = purpose_target(trigger_anchor(trig), draft.category, actor, recipient,
                               index)  # "to topple X"
    recipient = charge_maker(trig.token, draft.category, actor, recipient,
                             index)  # "a charge X denies": the accuser
    actor = domestic_agent(draft.category, actor, recipient, setting)  # "raiders torched"
    doc = trig.token.doc  # "the navies of A and B": a party of each state
    actor = named_in_description(actor, recipient, index, doc)  # "the group <name>"
    recipient = named_in_description(recipient, actor, index, doc)
    return (with_coordinated_states(actor, doc), with_coordinated_states(recipient, doc),
            found.from_subject)


#: Modes a meeting may have before its place makes it a visit.
_VISIT_MODES = frozenset({None, "visit", "multilateral"})


def _demand_parties(subject: tuple[Entity, ...], reporter: Entity | None,
                    index: EntityIndex) -> tuple[tuple[Entity, ...], tuple[Entity, ...]] | None:
    """Demander and addressee of "X must ...": the reporter, else the issuing government.

    Returns None for a demand on oneself ("we must do more": an intention, not an event).
    """
    issuer = reporter or _issuer(index)
    if issuer is None:
        return (), subject
    if issuer.country_code and issuer.country_code in {a.country_code for a in subject}:
        return None
    return (issuer,), subject


def _issuer(index: EntityIndex) -> Entity | None:
    """The government issuing the statement: its "we", resolved to the publisher."""
    return next((e for e in index.entities if e.resolved_by == "publisher"
                 and e.kind == "PRONOUN"), None)


def _build(draft: Draft, index: EntityIndex, times: Sequence[TimeExpression],
           quotes: Sequence, ids: tuple[str, str | None], published: dt.date | None,
           n: int, chooser: arg_model.Chooser | None = None) -> Event | None:
    parts = build_parts(draft, index, times, quotes, ids[1], published, chooser)
    return None if parts is None else built_event(draft, parts, ids[0], published, n)


#: What :func:`build_parts` settles before the event is made: actor, recipient, whether
#: the actor is the subject, the reporter, the date and its source.
BuildParts = tuple[tuple[Entity, ...], tuple[Entity, ...], bool, Entity | None, str | None,
                   str | None]


def build_parts(draft: Draft, index: EntityIndex, times: Sequence[TimeExpression],
                quotes: Sequence, source: str | None, published: dt.date | None,
                chooser: arg_model.Chooser | None = None) -> BuildParts | None:
    """The first part of building a draft: participants, reporter, date (round 19, speed19).

    Returns None when the draft is dropped (its reason appended to ``draft.why``); else the
    parts :func:`built_event` makes the event from. The draft's type, mode and flags are
    final afterwards (a date after publication may make it future and retype it), so the
    learned rescue can score a draft exactly before the event is made.
    """
    trig = draft.trig
    actor, recipient, from_subject = _participants(draft, index, quotes, source, chooser)
    if draft.category == "CONSULT" and draft.mode in _VISIT_MODES and not recipient:
        actor, recipient = split_visit(draft, trigger_anchor(draft.trig), actor, index)
    if not recipient and "regretted-other->ACCUSE" in draft.why:
        recipient = _regretted_recipient(trig.token, actor, index)
    if "called-protest->PROTEST" in draft.why:  # "called for a march against X" (round 21)
        recipient = protest_recipient(trig.token, actor, index) or recipient
    if "appeal-call->REQUEST" in draft.why:  # "renewed his call to X to end Y" (round 24)
        actor, recipient = appeal_parties(trig.token, actor, recipient, index)
    if "hosted-welcome->CONSULT" in draft.why:  # the visitor -> the host (guideline 17)
        actor, recipient = visitor_and_host(trig.token, actor, recipient, index)
    if trig.entry.id in EPITHET_ENTRIES:  # "called the Freedonian blockade piracy"
        recipient = named_party(trig.token, actor, index) or recipient
    reporter = reported_by(trigger_anchor(trig), trig.start, trig.end, index, quotes)
    if draft.demand:
        parties = _demand_parties(actor, reporter, index)
        if parties is None:
            return _dropped(draft, "demand-without-parties")
        actor, recipient = parties
    fault, actor, recipient = judged_parties(draft, actor, recipient, reporter,
                                             lambda: _issuer(index))
    if fault is not None:
        return _dropped(draft, fault)
    if not actor and not recipient and not anchored(trig):
        return _dropped(draft, "no-participant-unanchored")
    if not an_act(draft, actor, index):
        draft.why.append("not-an-act")
        return None
    irrealis = draft.future or draft.hypothetical or any(
        w.startswith(("future-", "forecast")) for w in draft.why)
    comment = modal.commentary(actor, reporter, trigger_anchor(trig), irrealis)
    if comment is not None:  # "analysts say X will likely ...": an opinion, not an act
        return _dropped(draft, comment)
    date, source = when_where.event_date_source(trig.token, trigger_anchor(trig), trig.kind,
                                          draft.blockers - {trig.token.i}, times, published)
    reduced = any(w.startswith("future-") for w in draft.why)
    if (source == "text" and not draft.future and not reduced
            and trig.token.tag_ not in {"VBD", "VBN"}
            and when_where.date_is_after(date, published)):
        draft.future = True
        reduce_auxiliary(draft)
    return actor, recipient, from_subject, reporter, date, source


def built_event(draft: Draft, parts: BuildParts, story_id: str, published: dt.date | None,
                n: int) -> Event:
    """The event of a draft from its :func:`build_parts`."""
    trig = draft.trig
    actor, recipient, from_subject, reporter, date, source = parts
    sent = trig.token.sent
    doc = trig.token.doc
    return Event(
        id=f"{story_id}-e{n}", story_id=story_id, event_type=draft.category, mode=draft.mode,
        context=tuple(draft.context), actor=actor, recipient=recipient,
        event_text=doc_text(doc)[trig.start:trig.end],
        text=parsed_text(doc)[sent.start_char:sent.end_char],  # = sent.text, no token rebuild
        start=trig.start,
        end=trig.end, sentence=sentence_index(doc, trig.start), date=date, date_source=source,
        location=when_where.event_location(trigger_anchor(trig),
                                     trig.token if trig.kind == "noun" else None),
        negated=draft.negated, future=draft.future, hypothetical=draft.hypothetical,
        historical=mods.is_historical(
            date if source == "text" else None, published,
            " ".join(t.text for t in context_scope(trigger_anchor(trig)))),
        score=score(draft.category, draft.mode), quad=quad(draft.category),
        cameo_root=cameo_root(draft.category, draft.mode, tuple(draft.context)),
        confidence=_confidence(draft, bool(actor), from_subject),
        reported_by=reporter, why="; ".join(draft.why),
    )
