"""The target of a domestic act that the text names by a common noun (issue 9, round 16).

"The Ruritanian army overran an insurgent stronghold", "Freedonian police rounded up
dozens of individuals": a state's body attacks or coerces a party the text names only by
a common noun. The actors stage makes no mention for such a noun phrase ("individuals",
"an insurgent stronghold"), so the event is left without a recipient, while the events
guideline codes the target of an act done at home with the agent's country (round 14's
:func:`~.participants.domestic_target`, which gives that country only to *existing*
country-less mentions).

This module gives the act a recipient made from the trigger's own object -- the direct
object of a verb trigger, or the object of its ``on`` / ``against`` phrase (also for a
noun trigger: "a raid on a rebel camp") -- when that object

* has no mention of any kind (a mention is the actors stage's business and keeps its
  own country, or round 14's fill);
* names a **party**, by the codebook's definition of a recipient (a state, organisation,
  person or group, not a thing or an act): its head is a person or group noun
  (:data:`PEOPLE`), or a party's post or unit (:data:`POSTS`) that a party word
  (:data:`PARTY_WORDS`: rebel, police, army, opposition ...) or a possessive modifies.
  Weapons, fire, power, access, rallies or operations are never a party;
* does not say it is from elsewhere ("foreign", "international"), nor that it is the
  agent's own ("their own positions": friendly fire, no target of the act);

and the act is a domestic one as round 14 defines it: type COERCE, ASSAULT or RETREAT,
the actor names exactly one country that is a state (no international body or armed
group), and the sentence names no place or nationality of another country
(:func:`~.participants.abroad`), nor does any sentence of the story tell of armed
conflict between the actor's state and another state (:func:`story_abroad`).

After review (fixev16a): a story that names another state ("Ruritania and Veridia have
fought a border war since May. On Tuesday Ruritanian jets bombed a militant camp.") may
make the target that state's; the fill is no longer made when a sentence anywhere in the
document names the actor's state and another one and tells of armed conflict
(:func:`story_abroad`; a state named only as a place, "near the border with Veridia", is
no party), and "enemy" says the target is from elsewhere. "monk" (:data:`PEOPLE`) and
"monastery" (:data:`POSTS`) are general nouns for people and premises, kept although they
were first seen in dev stories.

Measured before building over READ and every events dev set (matched events, empty
recipient, a state actor, an object without a mention): without the party test the fill
was right 25 times and wrong 30 (a blank gold recipient for "fired mortar shells",
"seized power", "banned public rallies"); the party test keeps the first kind only.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..codebook import NONSTATE
from ..models import Entity
from ..textutil import doc_text, sentence_index
from .participants import DOMESTIC_ACTS, abroad, domestic_target
from .rules import Draft

__all__ = ["PARTY_WORDS", "PEOPLE", "POSTS", "WHY", "home_target", "object_phrase",
           "story_abroad", "unnamed_target"]

#: The ``why`` tag of an event whose recipient was made from its object.
WHY = "participants:unnamed-target"
#: Head nouns (lemmas) of a phrase naming people or a group.
PEOPLE = frozenset({
    "individual", "man", "woman", "girl", "boy", "child", "people", "person", "civilian",
    "resident", "villager", "dissident", "activist", "protester", "demonstrator", "student",
    "journalist", "reporter", "worker", "farmer", "monk", "islamist", "militant", "rebel",
    "insurgent", "fighter", "separatist", "extremist", "jihadist", "gunman", "suspect",
    "prisoner", "detainee", "opponent", "critic", "supporter", "member", "leader",
    "lawmaker", "politician", "soldier", "troop", "policeman", "officer", "guard",
})
#: Head nouns (lemmas) of a party's post, unit or premises.
POSTS = frozenset({
    "camp", "base", "position", "barrack", "barracks", "headquarters", "post", "outpost",
    "checkpoint", "station", "hideout", "stronghold", "fortification", "bunker", "cell",
    "compound", "office", "convoy", "unit", "monastery", "mosque", "church", "temple",
})
#: Words by which a post is some party's: armed, state and political bodies.
PARTY_WORDS = frozenset({
    "rebel", "rebels", "militant", "militants", "insurgent", "insurgents", "separatist",
    "terrorist", "terror", "islamist", "jihadist", "police", "army", "military", "security",
    "government", "opposition", "protest", "party", "guerrilla", "militia",
})
#: Words by which a target says it is from elsewhere.
_ELSEWHERE = frozenset({"foreign", "international", "overseas", "expatriate", "multinational",
                        "enemy"})
#: Prepositions that introduce the target of an attack or a crackdown.
_TARGET_PREPS = frozenset({"on", "against", "upon"})


def object_phrase(trigger: Token) -> Token | None:
    """The head of the trigger's target: a verb's direct object, else its on/against object.

    Args:
        trigger: The trigger's head token.

    Returns:
        The object's head token, or None when the trigger has none.
    """
    if trigger.pos_ in {"VERB", "AUX"}:
        direct = [c for c in trigger.children if c.dep_ == "dobj"]
        if direct:
            return direct[0]
    for prep in trigger.children:
        if prep.dep_ == "prep" and prep.lower_ in _TARGET_PREPS:
            objs = [c for c in prep.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _names_party(head: Token) -> bool:
    """Return True when the phrase headed by ``head`` names people, a group or a party's post."""
    if head.pos_ not in {"NOUN", "PROPN"}:
        return False
    forms = {head.lemma_.lower(), head.lower_, head.lower_.removesuffix("s")}
    if forms & PEOPLE:
        return True
    if not forms & POSTS:
        return False
    for tok in head.subtree:
        if tok.i == head.i:
            continue
        if tok.dep_ == "poss" and tok.head.i == head.i:
            return True
        if any(part in PARTY_WORDS for part in tok.lower_.split("-")):
            return True
    return False


#: Lemmas by which a sentence tells of armed conflict between the states it names.
_CONFLICT = frozenset({
    "war", "fight", "clash", "conflict", "hostility", "attack", "shell", "bomb", "invade",
    "invasion", "battle", "offensive", "airstrike", "raid", "skirmish", "ceasefire",
    "truce", "incursion", "occupy", "occupation", "enemy",
})
#: Prepositions by which a state is only where something is ("near the border with Veridia").
_WHERE_PREPS = frozenset({"near", "in", "at", "inside", "across", "along", "into", "from",
                          "outside", "toward", "towards", "to"})


def _only_a_place(doc: Doc, start: int) -> bool:
    """Return True when the mention at ``start`` is only a place ("near Veridia")."""
    tok = next((t for t in doc if t.idx >= start), None)
    if tok is None:
        return False
    head = tok
    while head.dep_ in {"compound", "amod", "conj"} and head.head is not head:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    frontier = {"border", "frontier", "boundary"}
    before = doc[prep.i - 1].lemma_.lower() if prep.i else ""
    return prep.lower_ in _WHERE_PREPS or prep.head.lemma_.lower() in frontier or before in frontier


def story_abroad(home: str | None, entities: Sequence[Entity], doc: Doc) -> bool:
    """Return True when the story names another state as a party in conflict with ``home``.

    A sentence anywhere in the document that names ``home`` and another state (a state,
    place or nationality mention) and tells of armed conflict (:data:`_CONFLICT`: "Ruritania
    and Veridia have fought a border war", "Veridian forces shelled Ruritanian villages")
    makes the target of a later act not sure to be the actor's own (fixev16a, after review).

    Args:
        home: The actor's country code.
        entities: Every mention of the document.
        doc: The parsed document.

    Returns:
        True when such a sentence exists.
    """
    by_sentence: dict[int, set[str]] = {}
    for e in entities:
        foreign_kind = e.is_place or e.kind in {"GPE", "NORP"}
        if (e.country_code and e.country_code not in NONSTATE and foreign_kind
                and (e.country_code == home or not _only_a_place(doc, e.start))):
            by_sentence.setdefault(sentence_index(doc, e.start), set()).add(e.country_code)
    sentences = list(doc.sents)
    for i, codes in by_sentence.items():
        if home in codes and codes - {home} and 0 <= i < len(sentences) and any(
                t.lemma_.lower() in _CONFLICT for t in sentences[i]):
            return True
    return False


def unnamed_target(category: str, trigger: Token, actor: Sequence[Entity],
                   recipient: tuple[Entity, ...], entities: Sequence[Entity],
                   setting: Sequence[Entity], why: list[str]) -> tuple[Entity, ...]:
    """Return the recipient, made from the trigger's object for a domestic act (module doc).

    Args:
        category: The event's PLOVER type.
        trigger: The trigger's head token.
        actor: The event's actor mentions.
        recipient: The event's recipient mentions.
        entities: Every mention of the document.
        setting: The sentence's mentions other than the event's actor and recipient.
        why: The draft's reasons, appended to in place when a recipient is made.

    Returns:
        ``recipient`` unchanged, or one new nominal mention of the object with the actor's
        country.
    """
    if recipient or category not in DOMESTIC_ACTS:
        return recipient
    codes = {a.country_code for a in actor if a.country_code}
    if len(codes) != 1 or codes & NONSTATE:
        return recipient
    head = object_phrase(trigger)
    if head is None or not _names_party(head):
        return recipient
    start, end = head.left_edge.idx, head.idx + len(head)
    words = doc_text(head.doc)[start:end]
    if any(e.start < head.right_edge.idx + len(head.right_edge) and start < e.end
           for e in entities):
        return recipient
    said = {w.lower() for w in words.replace("-", " ").split()}
    if _ELSEWHERE & said or "own" in said:  # "foreign activists"; "their own positions"
        return recipient
    home = next(a for a in actor if a.country_code)
    if abroad(home.country_code, setting) or story_abroad(home.country_code, entities, head.doc):
        return recipient
    why.append(WHY)
    return (Entity(raw_text=words, entity_name=head.lemma_.lower(), kind="NOMINAL",
                   country_code=home.country_code, country_name=home.country_name,
                   start=start, end=end, sentence=sentence_index(head.doc, start),
                   resolved_by="context"),)


def home_target(draft: Draft, actor: Sequence[Entity], recipient: tuple[Entity, ...],
                entities: Sequence[Entity], setting: Sequence[Entity]) -> tuple[Entity, ...]:
    """The target of a domestic act: round 14's fill, else one made from the object.

    Args:
        draft: The event's draft (type, trigger and reasons; ``why`` is appended to).
        actor: The event's actor mentions.
        recipient: The event's recipient mentions.
        entities: Every mention of the document.
        setting: The sentence's mentions other than the event's actor and recipient.

    Returns:
        The recipient after :func:`~.participants.domestic_target` and
        :func:`unnamed_target`.
    """
    if _came_from(draft.trig.token.doc, actor, setting):
        return recipient  # "guerrillas from Peru ambushed a patrol": no home act
    recipient = domestic_target(draft.category, actor, recipient, setting)
    return unnamed_target(draft.category, draft.trig.token, actor, recipient, entities,
                          setting, draft.why)


def _came_from(doc: Doc, actor: Sequence[Entity], setting: Sequence[Entity]) -> bool:
    """Return True when an actor's country is where it came from ("rebels from Chad").

    Such a party acts across a border (round 24: the actors stage gives it the country of
    its "from" phrase), so its act is no domestic one and its target is not its own.
    """
    for a in actor:
        if not a.country_code:
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        nxt = doc[span.end] if span is not None and span.end < len(doc) else None
        if nxt is None or nxt.lower_ != "from" or nxt.head.idx >= a.end:
            continue  # "from" on the actor's noun, not on the verb
        first, last = nxt.idx, nxt.right_edge.idx + len(nxt.right_edge)
        if any(e.country_code == a.country_code and first <= e.start < last for e in setting):
            return True
    return False
