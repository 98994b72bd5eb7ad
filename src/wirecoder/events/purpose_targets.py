"""The target named by a trigger's purpose clause when the trigger has none (round 22, issue 9).

"Riot police were deployed to protect the Veridian embassy", "rebels took up arms to topple
the Ruritanian government", "exiles marched to protest the Freedonian government": the act
has no object or recipient phrase of its own, and the party it is directed at is the direct
object of its purpose infinitive (an ``advcl`` "to" clause hanging from the trigger). The
role finder reads only the trigger's own dependents, so the recipient stayed empty.

Only a recipient that is still empty is filled, only with the purpose verb's direct object
(and its conjuncts), only with mentions whose country comes from their own words (not the
story's or the publisher's state: unresolved beats wrong) that cover the object's head word,
never with the actor's own mention, never for a meeting (its purpose clause is its agenda),
and never through a topic verb ("met to discuss Taiwan": a topic, no party). Review fixes
(round 22): tribute, hand-over, transformation and evacuation verbs name no party ("rallied to
mourn X", "to replace X's peacekeepers", "to turn X into ...", "to evacuate X citizens"), and the
ward of a protective purpose is no recipient when it is the actor's own state ("American marines
deployed to protect American diplomats"), while a hostile purpose keeps a domestic target.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Entity
from .entity_index import EntityIndex
from .phrases import phrase_entities

__all__ = ["purpose_target"]

#: Purpose verbs whose object is a topic or a thing, not a party.
_TOPIC = frozenset({"discuss", "negotiate", "debate", "address", "raise", "consider",
                    "review", "explore", "examine", "seek", "get", "make", "take", "find",
                    "mark", "show", "see", "hear", "say", "tell",
                    # tributes, hand-overs, transformations, evacuations: no act on a party
                    "mourn", "honor", "honour", "commemorate", "celebrate", "welcome",
                    "greet", "thank", "congratulate", "replace", "relieve", "turn",
                    "transform", "evacuate"})
#: Purpose verbs whose object is the actor's ward: its own state there is no recipient.
_WARD = frozenset({"protect", "guard", "defend", "secure", "safeguard", "shield", "rescue",
                   "save", "free", "help", "assist", "support", "aid", "train", "escort",
                   "reinforce", "bolster", "back", "equip", "supply", "feed"})
#: Resolvers that read a mention's country from its own words.
_OWN_EVIDENCE = frozenset({"kb", "pattern", "ner", "coref"})


def _purpose_verb(anchor: Token) -> Token | None:
    """The infinitive of ``anchor``'s purpose clause ("... to protect X"), if any."""
    for child in anchor.children:
        if child.dep_ != "advcl" or child.tag_ != "VB" or child.i < anchor.i:
            continue
        if any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            return child
    return None


def purpose_target(anchor: Token, category: str, actor: Sequence[Entity],
                   recipient: tuple[Entity, ...], index: EntityIndex) -> tuple[Entity, ...]:
    """Return ``recipient``, or the own-evidence object of ``anchor``'s purpose clause.

    Args:
        anchor: The token the trigger's clause is read at (the trigger or its governor).
        category: The event's category; a meeting (``CONSULT``) is left alone: its partner
            is its own ``with`` phrase and its purpose clause names its agenda ("spoke with
            X to reaffirm U.S. support").
        actor: The event's actor mentions.
        recipient: The recipient found so far; returned unchanged when not empty.
        index: The document's entity index.

    Returns:
        The recipient, or the purpose verb's direct object mentions that carry a country of
        their own evidence, cover the object's head word (the object is the party, not a
        thing it qualifies: "to reaffirm U.S. support") and are not the actor (nor, for a
        protective purpose, of the state the actor's own words name: "American marines ... to
        protect American diplomats").
    """
    if recipient or category == "CONSULT":
        return recipient
    verb = _purpose_verb(anchor)
    if verb is None or verb.lemma_.lower() in _TOPIC:
        return recipient
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return recipient
    heads = [obj, *obj.conjuncts]
    keys = {(a.start, a.end) for a in actor}
    # the actor's state read from its own words only: a context state is too often the host
    # ("the Coalition dispatched a force to assist Iraqi forces": the Coalition is not Iraq)
    own = ({a.country_code for a in actor if a.country_code and a.resolved_by in _OWN_EVIDENCE}
           if verb.lemma_.lower() in _WARD else set())
    found = tuple(e for e in phrase_entities(obj, index)
                  if e.country_code and e.resolved_by in _OWN_EVIDENCE
                  and (e.start, e.end) not in keys and e.country_code not in own
                  and any(e.start <= h.idx < e.end for h in heads))
    return found or recipient
