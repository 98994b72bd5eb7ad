"""The state of a country-less state body: one policy for every role (round 15, after review).

"The police dispersed the marchers", "the army sealed the footbridge", "the
cabinet froze the grain quota": a body that serves a state and names none. Two rules of
round 15 gave it a country by opposite policies (the sentence's nearest country in
:func:`home_body`, the story's own-evidence state in :mod:`.dropped_roles`); after review both
use this module's one policy, the codebook's evidence rule (issue 9 §2):

* the state is the **story's** (:func:`story_state`: the actor mentions with a country of
  their own evidence -- knowledge base, title, appositive, coreference -- one state holding
  at least :data:`ONE_STATE_SHARE` of them and :data:`MIN_MENTIONS` mentions), never a
  country the sentence names for something else, and never the event's recipient or
  object (they are not counted as the sentence's setting and give nothing);
* none when the sentence's setting names a place, state or nationality of another country
  (:func:`~.participants.abroad`);
* only for state-sector mentions (:func:`state_sector`): government, police, armed and
  security forces, officials, ministries, judges, legislators, intelligence -- not
  opposition, rebels, groups, protesters or private persons, and not a body that says it is
  foreign, rebel or multinational (:data:`NOT_HOME`).

A mention given the state says ``resolved_by: "context"`` and its event's ``why`` says
``participants:story-state``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..actors.story import STATE_SECTORS  # a state's own people: the actors stage's set
from ..codebook import NONSTATE
from ..models import Entity
from .participants import abroad

__all__ = ["ADDRESSED_WHY", "MIN_MENTIONS", "NOT_HOME", "ONE_STATE_SHARE", "STATE_BODY",
           "STATE_SECTORS", "WHY", "addressed_body", "fill", "home_body", "home_state",
           "other_state", "served_actor", "state_sector", "story_state"]

#: The ``why`` tag of an event whose role took the story's state.
WHY = "participants:story-state"
#: Share of the story's own-evidence actor mentions one state must hold.
ONE_STATE_SHARE = 2 / 3
#: Fewest own-evidence actor mentions of that state.
MIN_MENTIONS = 2
#: Resolutions that are a mention's own evidence (not the story's place or a neighbour).
_OWN_EVIDENCE = frozenset({"kb", "pattern", "ner", "coref", "publisher", "user"})
#: Mention kinds that may take the story's state: bodies, groups and unknown people.
_KINDS = frozenset({"NOMINAL", "ORG", "PERSON"})
#: A state's own bodies named by their word: police, armed forces, security forces,
#: authorities, the regime, officials, ministries, the cabinet.
STATE_BODY = re.compile(r"\b(police|policemen|army|military|security forces|authorities|"
                        r"regime|government|government (?:troops|forces|soldiers|warplanes)|"
                        r"officials?|ministry|ministries|cabinet)\b", re.IGNORECASE)
#: Words that make a body someone else's or no state's.
NOT_HOME = re.compile(r"\b(rebel|militant|separatist|insurgent|opposition|foreign|"
                      r"international|coalition|allied|multinational|peacekeep|exile|"
                      r"former|ousted|interim|transitional|parallel|shadow|overseas|"
                      r"expatriate|western)", re.IGNORECASE)


def story_state(entities: Sequence[Entity], besides: str | None = None) -> Entity | None:
    """The one state the story's actors belong to, as one of its mentions, or None.

    Counts the actor mentions with a country of their own evidence (not places, not
    international bodies, not countries the story's location or a neighbour gave, not the
    issuer's "we": a statement's voice speaks about the story's states, round 18); one state
    must hold at least :data:`ONE_STATE_SHARE` of them and :data:`MIN_MENTIONS` mentions.

    Args:
        entities: The entity records of the document.
        besides: A country whose mentions are not counted (:func:`other_state`); None:
            every state counts.
    """
    own = [e for e in entities if e.country_code and e.country_code not in NONSTATE
           and e.country_code != besides
           and not e.is_place and e.resolved_by in _OWN_EVIDENCE - {"publisher"}]
    counts = Counter(e.country_code for e in own)
    if not counts:
        return None
    code, n = counts.most_common(1)[0]
    if n < MIN_MENTIONS or n < ONE_STATE_SHARE * sum(counts.values()):
        return None
    return next(e for e in own if e.country_code == code)


def home_state(entities: Sequence[Entity], setting: Sequence[Entity]) -> Entity | None:
    """The state a country-less state body of this sentence serves, or None.

    Args:
        entities: The entity records of the document.
        setting: The sentence's other mentions -- not the event's actor, recipient or
            object, which never give the state.
    """
    state = story_state(entities)
    if state is None or abroad(state.country_code, setting):
        return None
    return state


def state_sector(mention: Entity) -> bool:
    """Return True for a country-less mention of a state's own people or body."""
    if (mention.country_code or mention.is_place or mention.kind not in _KINDS
            or NOT_HOME.search(mention.raw_text)):
        return False
    if mention.sector_code:
        return mention.sector_code in STATE_SECTORS
    return mention.kind in {"NOMINAL", "ORG"} and bool(STATE_BODY.search(mention.raw_text))


def fill(mentions: tuple[Entity, ...], state: Entity) -> tuple[Entity, ...]:
    """``mentions`` given ``state`` when every one of them is a state-sector mention."""
    if not mentions or not all(state_sector(m) for m in mentions):
        return mentions
    return tuple(m.model_copy(update={"country_code": state.country_code,
                                      "country_name": state.country_name,
                                      "resolved_by": "context"}) for m in mentions)


def home_body(actor: tuple[Entity, ...], entities: Sequence[Entity],
              setting: Sequence[Entity]) -> tuple[Entity, ...]:
    """Return ``actor`` with a country-less state body given its state (module docstring).

    Args:
        actor: The event's actor mentions.
        entities: Every mention of the document, in order.
        setting: The sentence's mentions other than the event's actor and recipient.

    Returns:
        The actor, its mentions given the story's state when the rule applies.
    """
    if not actor or not all(state_sector(a) for a in actor):
        return actor
    state = home_state(entities, setting)
    return actor if state is None else fill(actor, state)


def served_actor(actor: tuple[Entity, ...], entities: Sequence[Entity],
                 setting: Sequence[Entity], why: list[str]) -> tuple[Entity, ...]:
    """Return :func:`home_body`'s actor, noting :data:`WHY` in ``why`` when it filled one.

    Args:
        actor: The event's actor mentions.
        entities: Every mention of the document, in order.
        setting: The sentence's mentions other than the event's actor and recipient.
        why: The draft's reasons, appended to in place.

    Returns:
        The actor, its mentions given the story's state when the rule applies.
    """
    served = home_body(actor, entities, setting)
    if served != actor:
        why.append(WHY)
    return served


#: The ``why`` tag of an event whose recipient, a body the actor addresses, took the story's
#: other state (:func:`addressed_body`).
ADDRESSED_WHY = "participants:addressed-state"


#: Armed and police bodies: a state acting on "government forces" acts on its own (or its
#: opponent's) forces, not on a body it addresses abroad (:func:`addressed_body`).
_ARMED = re.compile(r"\b(forces?|troops|army|armies|military|police|policemen|soldiers|"
                    r"warplanes|militias?)\b", re.IGNORECASE)


#: Actor sectors that address a foreign state's body: a government or a bare state. Lawmakers,
#: the opposition, parties and courts of a state address their own government (round 20 review).
_ADDRESSING_SECTORS = frozenset({None, "GOV"})


def _contested(entities: Sequence[Entity], home: str) -> bool:
    """Return True when two states besides ``home`` each have :data:`MIN_MENTIONS` mentions.

    A story of two other states ("Pakistan and India traded fire … China urged the
    government …") gives no one state whose government is meant, even when one of them
    holds :data:`ONE_STATE_SHARE` of the mentions.
    """
    counts = Counter(e.country_code for e in entities
                     if e.country_code and e.country_code not in NONSTATE
                     and e.country_code != home and not e.is_place
                     and e.resolved_by in _OWN_EVIDENCE - {"publisher"})
    return sum(n >= MIN_MENTIONS for n in counts.values()) > 1


def other_state(entities: Sequence[Entity], home: str) -> Entity | None:
    """The one state a story is about besides ``home``, as one of its mentions, or None.

    :func:`story_state`'s count with ``home``'s mentions left out: a statement of one state
    about another ("The United States condemns … We urge the authorities …") names the
    other state as the story's subject, and a country-less body it addresses is that
    state's.

    Args:
        entities: The entity records of the document.
        home: The acting state's country code.
    """
    return story_state(entities, besides=home)


def addressed_body(actor: Sequence[Entity], recipient: tuple[Entity, ...],
                   entities: Sequence[Entity], setting: Sequence[Entity],
                   why: list[str]) -> tuple[Entity, ...]:
    """Give a country-less state body that a foreign actor acts on the story's other state.

    "The United States urges the government to …", "we call on the authorities to …" in a
    story about one other state: the body is that state's. Only when the actor names
    exactly one state, the actor is a government or a bare state (not lawmakers, the
    opposition, a party or a court, who address their own government), every recipient is a
    state-sector mention (:func:`state_sector`), the story's mentions besides the actor's
    state name one state (:func:`other_state`) and no second one with :data:`MIN_MENTIONS`
    mentions (:func:`_contested`), and the sentence names no place or nationality of a third
    country. Unresolved beats wrong: otherwise the recipient is returned unchanged.

    Args:
        actor: The event's actor mentions.
        recipient: The event's recipient mentions.
        entities: Every mention of the document, in order.
        setting: The sentence's mentions other than the event's actor and recipient.
        why: The draft's reasons, appended to in place.

    Returns:
        The recipient, its mentions given the other state when the rule applies.
    """
    homes = {a.country_code for a in actor if a.country_code}
    if (len(homes) != 1 or not recipient
            or not all(state_sector(r) and not _ARMED.search(r.raw_text) for r in recipient)
            or not all(a.resolved_by in _OWN_EVIDENCE for a in actor if a.country_code)):
        return recipient
    if any(a.sector_code not in _ADDRESSING_SECTORS for a in actor):
        return recipient  # lawmakers, the opposition, parties, courts: their own government
    home = next(iter(homes))
    if _contested(entities, home):
        return recipient  # two states share the story besides the actor's: no guess
    story = story_state(entities)
    if home in NONSTATE or (story is not None and story.country_code == home):
        return recipient  # the story's own state acts on its own body: not addressed abroad
    state = other_state(entities, home)
    if state is None or any(e.country_code not in {None, home, state.country_code}
                            and e.country_code not in NONSTATE
                            and (e.is_place or e.kind in {"GPE", "NORP"}) for e in setting):
        return recipient
    why.append(ADDRESSED_WHY)
    return fill(recipient, state)
