"""Countries of generic parties from evidence inside their own noun phrase or story chain.

Two kinds of evidence that :mod:`.context` reads before the sentence's scene:

* **a place on the noun** (``resolved_by: "pattern"``): "rebels in eastern Congo",
  "police in Bamako", "protesters in Lahore" -- a party that acts where it lives is
  where the phrase puts it, even in a sentence that names other states ("Rwanda denied
  backing rebels in eastern Congo": COD, not RWA). Only for domestic parties
  (:func:`.story.domestic_party`) and courts ("a court in Rostov", round 8): "troops in
  Syria" or "children in Sudan" are not thereby Syrian or Sudanese.
* **a compatible antecedent** (``resolved_by: "coref"``): a definite or bare generic
  mention of a state body ("the government", "the ministry", "authorities") repeats the
  state bodies named before it when they name one country only ("the Kenyan government
  announced ... Authorities arrested 40 people": KEN); an embassy, envoy or foreign
  ministry is no antecedent (it serves in another state); a state named acting as a whole is
  a compatible antecedent of "the government" when it is a clause's subject ("Kenya
  announced ... the government said"; not "Somalia-based"). Two countries named before:
  unresolved.
* **a sentence opened by a state** (``resolved_by: "context"``, round 21): "In Cuba, the
  government jailed ..." sets the sentence in that state before any antecedent counts
  (:func:`fronted_state`).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from .story import (
    ARMED_SECTORS,
    DOMESTIC_HEADS,
    STATE_SECTORS,
    domestic_party,
    foreign_facing,
)
from .story import SceneMention as _Mention
from .syntax import NONSTATE

__all__ = ["GENERIC_BARE", "fronted_state", "ground_act_country", "noun_place_country",
           "recent_state_antecedent", "state_antecedent", "state_antecedents"]

#: Generic heads that refer back without an article ("Authorities arrested ...").
GENERIC_BARE = frozenset({"authorities"})
#: Generic heads of a whole state's government: a state acting is their antecedent.
GOVERNMENT_HEADS = frozenset({"government", "administration", "authorities", "regime"})
#: Sectors whose generic mention points back to the bodies of that kind named before
#: ("the military" after "the Pakistani army spokesperson", "the rebels" after "Karen
#: guerrillas").
CHAIN_SECTORS = STATE_SECTORS | {"REB"}


def _own(m: _Mention) -> bool:
    return (bool(m.country) and m.country not in NONSTATE
            and m.resolved_by not in {"context", "story"}
            and not m.extra.get("modifier"))


def noun_place_country(doc: Doc, ordered: Sequence[_Mention], m: _Mention) -> str | None:
    """Return the country of the place in "<party> in <place>" ("rebels in eastern Congo").

    Args:
        doc: The parsed document.
        ordered: All mentions of the document, by start.
        m: A nominal with no country of its own.

    Returns:
        The place's country, when ``m`` is a domestic party and an "in" phrase on its head
        names a place with a country of its own, or a non-state armed party with an "in" or
        "from" phrase naming a state or place ("guerrillas from Peru", round 24);
        else None. A "from" phrase marks ``m.extra["origin"]``: it sets no scene.
    """
    head = doc[m.end - 1]
    armed = _armed_group(doc, m)
    if not (domestic_party(doc, m) or _local_court(m) or armed) or m.sector == "MIL":
        return None  # "troops in Syria" may be anyone's
    if any(t.lower_ == "foreign" for t in doc[m.start:m.end]):
        return None  # "foreign fighters in Yemen" are not of the place
    # "guerrillas from Peru", "rebels from Ethiopia's Tigray region": where a
    # non-state armed party comes from is its country (round 24)
    preps = {"in", "from"} if armed or head.lower_ in DOMESTIC_HEADS else {"in"}
    # the parser often hangs "in X" on the verb ("accused police in Bamako"); right after
    # a domestic party it still says where the party is (it acts, or is acted on, there)
    after = [doc[m.end]] if m.end < len(doc) and doc[m.end].head.i != head.i else []
    for prep in [*head.rights, *after]:
        if prep.dep_ != "prep" or prep.lower_ not in preps or (
                prep.lower_ == "from" and prep.head.i != head.i):
            continue  # "from" only on the noun: "drove the rebels from Goma" is no origin
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is None:
            continue
        # the place heads the object or is its possessor ("Sudan's Darfur region")
        place = next((o for o in ordered if (o.is_place or o.kind == "GPE") and _own(o)
                      and (o.start <= pobj.i < o.end or (
                          doc[o.end - 1].dep_ == "poss" and doc[o.end - 1].head.i == pobj.i))),
                     None)
        if place is not None:
            # where a party comes from is not where its sentence happens ("guerrillas
            # from Peru ambushed a patrol" gives the patrol no PER)
            m.extra["origin"] = prep.lower_ == "from"
            return place.country
    return None


#: Heads of non-state armed parties that a place or origin on the noun identifies
#: ("militants in Kashmir", "Sunni militia fighters in Yemen"), though without one they
#: may be transnational (:data:`.story.DOMESTIC_HEADS` leaves them out).
ARMED_GROUP_HEADS = frozenset({"militants", "militant", "fighters", "fighter", "militia",
                               "militias", "militiamen"})


def _armed_group(doc: Doc, m: _Mention) -> bool:
    """Return True for a bare non-state armed nominal ("militants", "militia fighters")."""
    return (m.kind == "NOMINAL" and not m.extra.get("no_context")
            and doc[m.end - 1].lower_ in ARMED_GROUP_HEADS)


#: Quotation marks: an antecedent is not sought across one (a quote boundary).
_QUOTE_MARKS = frozenset({'"', "\u201c", "\u201d"})
#: Words of a counted or paired body ("the two governments", "both armies").
_COUNTING = frozenset({"two", "both", "three", "several", "other"})
#: Plural government heads: several states' governments, never one party.
_PLURAL_GOVERNMENTS = frozenset({"governments", "administrations", "regimes"})
#: Dependencies by which a word belongs to the noun phrase above it ("Peru's police",
#: "the Uruguayan court", "police and troops").
_IN_PHRASE = frozenset({"compound", "poss", "amod", "nmod", "conj", "appos"})
#: Verbs of a reaction to another party's act ("the government condemned the strike"): the
#: reacting body is most often the side that was acted on, not the previous subject's.
_REACTIONS = frozenset({"condemn", "protest", "denounce", "deplore", "respond", "reject",
                        "deny", "criticize", "criticise", "slam", "decry", "retaliate",
                        "react", "summon"})


def _reacts(doc: Doc, m: _Mention) -> bool:
    """Return True when the clause of which ``m`` is the subject reacts to an act."""
    tok = doc[m.start:m.end].root
    for _ in range(4):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return tok.head.lemma_.lower() in _REACTIONS
        if tok.head is tok:
            return False
        tok = tok.head
    return False


def _clause_subject(doc: Doc, m: _Mention) -> bool:
    """Return True when ``m`` is (in) the subject of a clause ("Peruvian police detained")."""
    tok = doc[m.start:m.end].root
    for _ in range(4):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if tok.dep_ not in _IN_PHRASE or tok.head is tok:
            return False
        tok = tok.head
    return False


def recent_state_antecedent(doc: Doc, ordered: Sequence[_Mention], m: _Mention) -> str | None:
    """Return the one country of the state bodies named just before a generic state mention.

    For a definite generic state body ("the government", "the army", "authorities") that
    is a clause's subject and whose earlier compatible mentions in the whole document name
    several countries (:func:`state_antecedents`), the party carried from the previous
    sentence (a subject chain): the compatible mentions that are clause subjects between
    the start of the sentence before ``m``'s and ``m`` (a state body of the same kind; for
    the government, any state body or a state named as a clause's subject). Not for an
    object ("a statement of <state A> called on the government": another state's) nor for
    a plural or counted body ("the two governments"), nor for an armed body ("the
    military" after two states' troops: round 8 leaves it open). The window stops at a
    quotation mark (a quote boundary). Nor when ``m``'s clause reacts to an act
    (condemns, protests, denies it: often the side acted on) or when the window names
    another state, as a place or a target (round 14, after review).

    Args:
        doc: The parsed document.
        ordered: All mentions of the document, by start.
        m: A nominal with no country of its own.

    Returns:
        The country, when the window's compatible mentions name exactly one; else None.
    """
    found = state_antecedents(doc, ordered, m)
    if found is None or len(found) < 2 or not _clause_subject(doc, m):
        return None  # not a generic state body, or the whole document already decides
    if m.sector in ARMED_SECTORS:
        return None  # "the military" in a story of two states' armies stays open (round 8)
    if any(t.like_num or t.lower_ in _COUNTING for t in doc[m.start:m.end]) or (
            doc[m.end - 1].lower_ in _PLURAL_GOVERNMENTS):
        return None  # "the two governments": both sides, not one party
    sent_start = doc[m.start].sent.start
    first = doc[sent_start - 1].sent.start if sent_start > 0 else 0
    for tok in doc[first:m.start]:
        if tok.text in _QUOTE_MARKS:
            first = tok.i + 1  # a quote boundary: only what follows it
    head = doc[m.end - 1].lower_
    kinds = STATE_SECTORS if m.sector == "GOV" else {m.sector}
    near = {str(o.country) for o in ordered
            if first <= o.start and o.end <= m.start and _own(o) and not o.is_place
            and _clause_subject(doc, o)
            and not foreign_facing(o)
            and (o.sector in kinds or (head in GOVERNMENT_HEADS and o.kind == "GPE"
                                       and not o.sector and o.extra.get("subject")))}
    if len(near) != 1 or _reacts(doc, m):
        return None  # "<A>'s jets struck <B>. The government condemned the strike": B's
    if any(o.country and str(o.country) not in near and _own(o) for o in ordered
           if first <= o.start and o.end <= m.start):
        return None  # the window names another state (a place, a target): no one chain
    return near.pop()


def _local_court(m: _Mention) -> bool:
    """Return True for a court or judge with no country of its own ("a court in Rostov").

    A court sits where it judges: the place in its phrase is its state's. (International
    courts are named, and the knowledge base gives them their code.)
    """
    return m.kind == "NOMINAL" and m.sector == "JUD" and not m.extra.get("office")


def state_antecedent(doc: Doc, ordered: Sequence[_Mention], m: _Mention) -> str | None:
    """Return the one country of the state bodies named before a generic state mention.

    Args:
        doc: The parsed document.
        ordered: All mentions of the document, by start.
        m: A nominal with no country of its own ("the government", "authorities").

    Returns:
        The country, when every earlier compatible mention (a state body of the same
        sector; for the government, any state body or the state acting as a whole)
        names the same one; else None.
    """
    found = state_antecedents(doc, ordered, m)
    return found.pop() if found is not None and len(found) == 1 else None


def state_antecedents(doc: Doc, ordered: Sequence[_Mention], m: _Mention) -> set[str] | None:
    """Return the countries of the compatible state bodies named before ``m``.

    None when ``m`` is no definite (or bare "authorities") generic mention of a state body;
    else the set of countries (empty when none was named before). See
    :func:`state_antecedent`.
    """
    head = doc[m.end - 1].lower_
    if m.kind != "NOMINAL" or m.sector not in CHAIN_SECTORS or m.extra.get("place_context"):
        return None
    if doc[m.start].lower_ != "the" and not (head in GENERIC_BARE and m.end - m.start == 1):
        return None
    kinds = STATE_SECTORS if m.sector == "GOV" else {m.sector}
    found: set[str] = set()
    for o in ordered:
        if o.start >= m.start or not _own(o) or o.is_place or foreign_facing(o):
            continue  # an embassy's country is not the host's: "the U.S. Embassy in <city>
            # calls upon authorities ..." (the host's authorities)
        if _acts_on(doc, o, m):
            continue  # "the U.S. condemns the government's ...": another state's government
        if o.sector in kinds or (head in GOVERNMENT_HEADS and o.kind == "GPE" and not o.sector
                                 and o.extra.get("subject")):  # "Kenya announced ..."
            found.add(str(o.country))
    return found


def _acts_on(doc: Doc, o: _Mention, m: _Mention) -> bool:
    """Return True when ``o`` is the subject of a verb whose object or clause holds ``m``.

    A body that a state condemns, urges, sanctions or meets is not that state's own ("The
    United States condemns the government's detention of students", "Kenya urged the
    authorities to ...": round 18), as an agent is not where its object lives
    (:mod:`.context`); nor is the subject of another clause under its verb ("<officers> are
    back in Moscow after authorities freed them"). What a state says is no act on it: a body
    in the content clause of its verb may be its own ("Kenya said the authorities would
    reopen the border", "Kenya announced that the government will ...": round 18 review).
    """
    o_head, m_head = doc[o.end - 1], doc[m.end - 1]
    if o_head.dep_ != "nsubj" or o_head.sent.start != m_head.sent.start:
        return False
    verb = o_head.head
    if verb not in m_head.ancestors:
        return False
    tok = m_head
    while tok.head.i != verb.i:
        tok = tok.head
    if tok.dep_ in _CONTENT_DEPS:
        return False  # what the state said: "Kenya said (that) the government ..."
    return not any(c.dep_ in {"nsubj", "nsubjpass"} and (c.i == m_head.i or c in m_head.ancestors)
                   for c in verb.children)


#: Arcs from a verb to the clause that gives what its subject says ("said the authorities
#: would ..."): no act on the bodies in it.
_CONTENT_DEPS = frozenset({"ccomp", "parataxis"})


def fronted_state(doc: Doc, ordered: Sequence[_Mention], m: _Mention) -> str | None:
    """Return the state of an "In <state>," that opens the sentence of a generic state body.

    A sentence opened by "In Cuba," or "In Indonesia," speaks of that state's government,
    authorities or police whatever state bodies were named before it ("The United States
    ... In Cuba, the government launched crackdowns": CUB, not the U.S.; round 21). Not when
    the story named that state before as the venue or destination of talks or a visit: the
    body is then the party that travelled there (:func:`_venue_before`).

    Args:
        doc: The parsed document.
        ordered: All mentions of the document, by start.
        m: A nominal with no country of its own.

    Returns:
        The state's code, when ``m`` is a generic state body after the comma that
        closes a sentence-initial "In <state>" whose name the knowledge base resolves; else
        None.
    """
    sent = doc[m.start].sent
    opener = doc[sent.start]
    if opener.lower_ != "in" or opener.dep_ != "prep" or sent.start + 2 >= m.start:
        return None  # cheap tests first: most sentences open otherwise
    if m.sector not in STATE_SECTORS or state_antecedents(doc, ordered, m) is None:
        return None  # not rebels: "In Dar es Salaam, the terrorists killed ..."
    place = next((o for o in ordered if o.start == sent.start + 1), None)
    if (place is None or not place.country or place.country in NONSTATE
            or place.resolved_by != "kb" or place.end >= m.start
            or doc[place.end].text != ","
            or _venue_before(doc, ordered, str(place.country), sent.start)):
        return None
    return str(place.country)


#: Heads of an "in / to / at <place>" phrase that make the place a venue or destination
#: that parties travelled to ("talks in Qatar", "sent a delegation to Russia", "met in
#: Mexico"): the review probes of round 21.
_VENUE_HEADS = frozenset({
    "meet", "meeting", "talk", "talks", "negotiation", "negotiate", "summit", "conference",
    "visit", "trip", "travel", "send", "delegation", "arrive", "fly", "hold", "host"})


def _venue_before(doc: Doc, ordered: Sequence[_Mention], code: str, before: int) -> bool:
    """Return True when a place of ``code`` was named before ``before`` as a venue or destination.

    "Afghanistan's government and the Taliban resumed talks in Qatar. In Doha, the
    government signed ...": the government is the party that travelled to Doha, not
    Qatar's (review of round 21). Only mentions of the same country are looked at.
    """
    for o in ordered:
        if o.start >= before:
            return False
        if o.country != code:
            continue
        prep = doc[o.end - 1].head  # "in Qatar": the place is the preposition's object
        if doc[o.end - 1].dep_ != "pobj" or prep.lower_ not in {"in", "to", "at"}:
            continue
        head = prep.head
        if head.lemma_.lower() in _VENUE_HEADS or head.lower_ in _VENUE_HEADS or (
                head.dep_ in {"dobj", "nsubj"} and head.head.lemma_.lower() in _VENUE_HEADS):
            return True
    return False


#: Acts of taking or holding ground: the party is where its object is ("rebels seized the
#: port of X", "protesters occupied X's parliament"). Not acts that may cross a border
#: (attack, shell, raid, ambush, invade), nor speech, judgement or appeals.
GROUND_ACTS = frozenset({"storm", "seize", "capture", "overrun", "occupy", "besiege", "loot"})


def ground_act_country(doc: Doc, ordered: Sequence[_Mention], m: _Mention) -> str | None:
    """Return the one country of the places a domestic party's act on the ground takes.

    "Guerrillas seized Bolivia's second city, but were pushed back by Bolivian troops with
    Brazilian air support": the sentence names two states and sets no scene, yet what the
    guerrillas hold is where they fight (round 24). Only for a domestic party or a rebel word
    (not an army: "troops seized the border town of X" may be anyone's; not bare militants
    or fighters, who may be transnational) that is the subject of one of
    :data:`GROUND_ACTS`, when the verb has no "from" phrase of its own ("seized the town
    from X") and the places in the object name one country; a party that came from
    elsewhere says so ("rebels from X", see :func:`noun_place_country`).
    """
    head = doc[m.end - 1]
    if head.dep_ != "nsubj" or m.sector == "MIL" or not (
            domestic_party(doc, m)
            or any(t.lower_ in DOMESTIC_HEADS for t in doc[m.start:m.end])):  # "Rebel groups"
        return None
    verb = head.head
    if verb.lemma_.lower() not in GROUND_ACTS or any(
            c.dep_ == "prep" and c.lower_ == "from" for c in verb.children):
        return None
    codes = set()
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        lo, hi = obj.left_edge.i, obj.right_edge.i
        codes |= {str(o.country) for o in ordered if (o.is_place or o.kind == "GPE") and _own(o)
                  and lo <= o.start and o.end - 1 <= hi}
    return codes.pop() if len(codes) == 1 else None
