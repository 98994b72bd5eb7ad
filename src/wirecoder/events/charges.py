"""Judgements whose judge is the speaker: when a stated charge or evaluation is coded.

"<state> said <party> violated the truce", "... is unacceptable", "... cannot be trusted":
the speaker (or the government issuing the statement) is the actor of the ACCUSE and the
judged party its recipient (GUIDELINE 14; codebook ACCUSE "accuse, allege, or charge",
"criticize"). Round 19 (evrecall19, its review fixev19c) settles when such a judgement is
no event:

* a charge in a verb ("committed", "violated") is no charge without a judge, with no
  doer, inside a gerund or a noun's infinitive, when it is negated or future ("has not
  violated the accord" is a denial on another's behalf, "would violate international law"
  a hypothetical legal statement; a hedged charge, "may have committed", stays), or when
  it is the content of a ruling or of another charge (GUIDELINE 2 and 9: the content of
  an accusation or a conviction is not coded);
* the judge never judges itself or its own side ("Armenia said it had never violated
  ...", "Serbia's president said Serbia violated ...");
* an entry with ``needs_recipient`` (weak evaluations, distrust, airport closures) is coded
  only when it names a party of a state or organisation other than its actor
  ("the drought was detrimental to farmers", "could not trust his goalkeeper": no event).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from ..models import Entity
from .arguments import subject_of
from .participants import without_self_loops
from .rules import Draft
from .triggers import Trigger

__all__ = ["charge_verb", "grammar_parties", "grammar_recipient", "judged_parties",
           "judgement"]

Parties = tuple[Entity, ...]

#: Verbs whose complement is the content of a ruling or of a charge already coded by the
#: verb itself ("a court ruled that X violated ...", "alleged that X breached ..."):
#: GUIDELINE 2 (the content of an accusation is not its own event) and 9 (no ACCUSE
#: alongside a conviction).
_CONTENT_HEADS = frozenset({"rule", "find", "convict", "allege", "accuse", "charge", "blame"})

#: Sectors that act for their government when it judges a breach of what binds states.
_ARMED_ARMS = frozenset({"MIL", "COP", "SPY"})


def judgement(trig: Trigger) -> bool:
    """A judgement whose judge is the speaker ("is unacceptable", "committed abuses")."""
    return trig.kind == "adj" or (trig.entry.swap and trig.entry.category == "ACCUSE")


def charge_verb(trig: Trigger) -> bool:
    """A charge written as a verb whose doer is judged ("X violated the truce")."""
    return trig.kind == "verb" and trig.entry.swap and trig.entry.category == "ACCUSE"


def grammar_parties(trig: Trigger) -> bool:
    """Whether the parties come from the grammar alone, not from the learned chooser.

    A charge verb's actor is the judge, whom only the speaker or the issuing government
    supplies. The chooser, trained on acts whose subject acts, would fill the actor with
    any party in the sentence ("... after Sudanese troops violated the truce" in Geneva:
    no judge). A noun of breach likewise ("... in breach of the ceasefire with <state>",
    round 21 review): the party of the broken agreement is no judge.
    """
    return charge_verb(trig) or "judgement-breach" in trig.rules


def grammar_recipient(trig: Trigger, chosen: Parties, ruled: Parties) -> Parties:
    """An entry that needs a judged party keeps only a recipient its words name.

    The chooser may offer any party of the sentence ("could not trust his goalkeeper
    after the defeat by <state>"); the party must be one the grammar found. So must an
    entry marked ``ruled_recipient`` whose words name no topic ("expressed grave concern",
    round 20: the chooser took the speaker of a reporting frame as the one judged).
    """
    if not (trig.entry.needs_recipient or trig.entry.ruled_recipient):
        return chosen
    return tuple(r for r in chosen if r in ruled)


def judged_parties(draft: Draft, actor: Parties, recipient: Parties, reporter: Entity | None,
                   issuer: Callable[[], Entity | None],
                   ) -> tuple[str | None, Parties, Parties]:
    """The judge and the judged of a judgement; the fault that drops the draft, if any.

    Args:
        draft: The draft being built.
        actor: Its actor from the participants.
        recipient: Its recipient from the participants.
        reporter: The speaker of the sentence, if any.
        issuer: Returns the government issuing the statement (its "we"), if any.

    Returns:
        A drop reason (or None), the actor and the recipient.
    """
    trig = draft.trig
    fault = verb_judgement_fault(draft)
    if fault is not None:
        return fault, actor, recipient
    if charge_verb(trig):
        actor = ()  # "X violated the truce": the judge is the speaker or the issuer only
    if not actor and trig.entry.id == "threaten.consequences":
        found = reporter or issuer()  # "they will bear the consequences": said by whom
        actor = (found,) if found is not None else ()
    if (not actor and reporter is not None and trig.kind == "verb"
            and trig.entry.category == "ACCUSE" and trig.entry.when == "negated"):
        actor = (reporter,)  # "said <party> cannot be trusted": the speaker distrusts
    if judgement(trig) and not actor:
        # the speaker, or the government issuing the statement when it names the judged
        judge = reporter if reporter is not None or not recipient else issuer()
        if trig.entry.swap and judge is None and (
                not recipient or trig.kind == "verb"
                or {"judgement-attributive", "judgement-breach"} & set(trig.rules)):
            return "statement-not-judgement", actor, recipient  # "the crossing was illegal"
        actor = (judge,) if judge is not None else ()
    fault, recipient = judged_party_fault(trig, actor, recipient)  # the judge set: no loop
    return fault, actor, recipient


def verb_judgement_fault(draft: Draft) -> str | None:
    """Why a charge in a verb ("committed abuses", "violated the truce") is no charge, if so."""
    trig = draft.trig
    if not charge_verb(trig):
        return None
    if subject_of(trig.token) is None and not _passive_agent(trig.token):
        return "judgement-without-subject"  # "nor commit wrongdoings"
    if _embedded(trig.token):
        return "judgement-embedded"  # "held accountable for violating the truce"
    if draft.negated or draft.future:  # a hedged charge stays ("may have committed")
        return "judgement-not-asserted"  # "has not violated", "would violate"
    if _content_of_ruling(trig.token):
        return "judgement-content"  # "a court ruled that X violated ..."
    return None


def judged_party_fault(trig: Trigger, actor: Sequence[Entity],
                       recipient: Sequence[Entity]) -> tuple[str | None, tuple[Entity, ...]]:
    """Check the judged party once the judge is known; return a fault and the recipient.

    The recipient loses the actor and the actor's own side again (the judge is set after
    the participants' own self-loop check); a judgement whose only judged party was its
    judge is dropped, and an entry with ``needs_recipient`` needs a named party of a state
    or organisation (of another state for ``foreign``).
    """
    needs = trig.entry.needs_recipient
    if not ((judgement(trig) and trig.entry.swap) or needs):
        return None, tuple(recipient)  # "X is committed to ...": X is the actor, no judge
    breach = "judgement-breach" in trig.rules
    kept = tuple(r for r in without_self_loops(actor, recipient)
                 if not _own_side(actor, r, armed=breach))
    if recipient and not kept:
        return "judge-is-judged", kept  # "Armenia said it had never violated ..."
    if not needs:
        return None, kept
    own = {a.country_code for a in actor} if needs == "foreign" else set()
    judged = [r for r in _judged(trig, kept) if r.country_code and not r.is_place
              and r.country_code not in own]
    if not judged:
        return "no-judged-party", kept  # "said the drought was detrimental to farmers"
    return None, kept


def _own_side(actor: Sequence[Entity], party: Entity, *, armed: bool = False) -> bool:
    """The judge's own side: one state's mentions of one sector.

    "Serbia's president said Serbia violated ...": the president speaks for the state;
    another sector of the state stays ("the opposition said the government breached").
    With ``armed`` (a breach of what binds states) a government judge and its own army or
    police are one side ("<state>'s defense minister said <state>'s soldiers acted in breach
    of the truce", round 21 review).
    """
    def sector(e: Entity) -> str:
        code = e.sector_code or "GOV"
        return "GOV" if armed and code in _ARMED_ARMS else code

    return any(a.country_code and a.country_code == party.country_code
               and sector(a) == sector(party) for a in actor)


def _judged(trig: Trigger, recipient: Sequence[Entity]) -> list[Entity]:
    """The recipients an evaluation judges: not those of its own complement.

    "<act> is harmful to young people": the harmed are no judged party; the subject's
    author is ("Ecuador's closures were detrimental to trade"). A feeling's complement is
    what it judges ("pleased with Togo's progress", round 20): kept.
    """
    if trig.kind != "adj" or not trig.entry.swap:
        return list(recipient)
    adj = trig.token
    lo = adj.idx
    hi = adj.doc[adj.right_edge.i].idx + len(adj.doc[adj.right_edge.i])
    return [r for r in recipient if not (lo <= r.start and r.end <= hi)]


def _passive_agent(verb: Token) -> bool:
    """A passive with a ``by`` agent names the doer ("was violated by Russian jets")."""
    return any(c.dep_ == "agent" for c in verb.children)


def _embedded(verb: Token) -> bool:
    """A verb in a gerund after a preposition or in a noun's infinitive.

    "will be held accountable for violating the truce", "its attempt to violate the accord"
    (round 19): the judged act is the content of something else (a threat, an attempt), not
    a charge the speaker makes. A relative clause stays ("an attack, which violates our
    sovereignty" charges the attacker).
    """
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return verb.dep_ in {"pcomp", "acl"}


def _content_of_ruling(verb: Token) -> bool:
    """The verb is the complement of a ruling or of a coded charge ("ruled that X ...").

    Only a complement after its verb: a quotation before "... , X alleged" is the
    speaker's own words, whose speech verb is no event of its own.
    """
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    return (verb.dep_ == "ccomp" and verb.head.i < verb.i
            and verb.head.lemma_.lower() in _CONTENT_HEADS)
