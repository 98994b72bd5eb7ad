"""Checks on who takes part in an event, applied after the parse gave actor and recipient.

* **First person in a quote** ("'We will retaliate,' the minister said"): "we", "I",
  "our", "my" stand for the speaker the quotes stage found, and so do the speaker's own
  state or side named with "our" / "my" ("'Our country will never recognise X'").
* **"Our" nominals in a quote** ("'Togo has detained our fishermen,' the Ghanaian
  minister said"): a nominal the speaker owns with "our" / "my" is of the speaker's
  country, whatever the sentence names (round 10; a country of its own stays: "our brave
  Freedonian navy").
* **No self-loops by accident**: a recipient that is the actor again (another mention of
  the same name) is dropped; a stated domestic event keeps both ("police arrested Kenyan
  protesters"). Guessed countries, the main source of false loops, are gone from the
  actors stage (:mod:`wirecoder.actors.context`).
* **Not actors**: a dateline ("KUALA LUMPUR -- ...") and news agencies or outlets
  ("Reuters", "the Associated Press") report events; they do not act in them.
* **Re-mentions**: a definite nominal ("the attack", "this raid", "Tuesday's attack") of a
  category the story has already coded is the same event again, not a new one.
* **Condition subjects**: a threat made under a condition names its target there ("will
  blockade the port unless Taiwan surrenders" -> recipient Taiwan).
* **The parties of a talk again**: "They discussed ...", "Both agreed ...", "the two
  leaders reviewed ..." after a meeting or call of two countries are its parties.
* **Modifiers that name someone else**: a nationality on a relational noun names the
  other side ("Chinese rivals", "Russia's neighbours" are not China or Russia), and an
  organisation on "countries", "members" or "allies" names its members, not the body
  itself ("NATO countries" are no NATO act).
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..codebook import NONSTATE
from ..models import Entity, Event
from .arguments import EntityIndex, phrase_entities, roles, subject_of
from .lexicon import Entry
from .modifiers import quote_speaker
from .phrases import entity_key
from .triggers import Trigger

__all__ = [
    "GROUP_WINDOW",
    "condition_target",
    "domestic_agent",
    "domestic_target",
    "fight_casualties",
    "first_person",
    "first_person_target",
    "group_anaphor",
    "is_remention",
    "names_other_party",
    "not_actor",
    "setting_not_party",
    "speaker_side",
    "story_target",
    "talk_parties",
    "without_self_loops",
]

_FIRST_SUBJECTS = frozenset({"we", "i"})
_FIRST_POSSESSIVES = frozenset({"our", "my"})
#: Nouns a speaker names their own state or side with ("our country", "my government").
_SELF_NOUNS = frozenset({"country", "government", "nation", "state", "people", "army",
                         "military", "force", "troop", "side", "administration"})
#: What a speaker's side owns that can be the target of an act ("fired on our soldiers").
_SELF_TARGETS = _SELF_NOUNS | frozenset({"soldier", "citizen", "national", "ship", "vessel",
                                         "embassy", "diplomat", "territory", "airspace"})
#: News agencies and outlets: they report events, they never act in them.
WIRE_AGENCIES = frozenset({
    "reuters", "associated press", "the associated press", "ap", "afp", "agence france-presse",
    "agence france presse", "bloomberg", "dpa", "efe", "ansa", "kyodo", "kyodo news",
    "yonhap", "anadolu", "anadolu agency", "interfax", "tass", "voa", "voice of america",
    "bbc", "cnn", "al jazeera", "xinhua", "ria novosti", "pti", "press trust of india",
})
_DASHES = frozenset({"—", "–", "-", "--"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})


def first_person(trig: Trigger) -> bool:
    """Whether the trigger's actor is "we/I" (subject) or "our/my" (possessor of a nominal)."""
    anchor = trig.governor if trig.governor is not None else trig.token
    if trig.kind == "noun" and trig.governor is None:
        return any(c.dep_ == "poss" and c.lower_ in _FIRST_POSSESSIVES
                   for c in trig.token.children)
    subj = subject_of(anchor)
    if subj is None:
        return False
    return subj.lower_ in _FIRST_SUBJECTS or (  # "our country will never recognise X"
        subj.lemma_.lower() in _SELF_NOUNS and any(
            c.dep_ == "poss" and c.lower_ in _FIRST_POSSESSIVES for c in subj.children))


#: Prepositions that name the target of an act ("fired at us", "sanctions against our country").
_TARGET_PREPS = frozenset({"against", "at", "on", "upon"})


def first_person_target(trig: Trigger) -> bool:
    """Whether the trigger's object is the speaker's side: "us", "me", "our country".

    "'Russia is threatening us,' the president said": the recipient is the speaker. Only
    the direct object of a verb, or the object of ``against/at/on`` on the trigger.
    """
    anchor = trig.governor if trig.governor is not None else trig.token
    objs = [c for c in anchor.children if c.dep_ in {"dobj", "dative"}]
    objs += [o for p in anchor.children if p.dep_ == "prep" and p.lower_ in _TARGET_PREPS
             for o in p.children if o.dep_ == "pobj"]
    return any(o.lower_ in {"us", "me"} or (
        o.lemma_.lower() in _SELF_TARGETS and any(
            c.dep_ == "poss" and c.lower_ in _FIRST_POSSESSIVES for c in o.children))
        for o in objs)


#: How a mention got a country that is no evidence of its own (the sentence, the story, a
#: chain): a first-person possessor in a quote outweighs them.
_WEAK_EVIDENCE = frozenset({"context", "story", "coref", "ner"})


def speaker_side(entities: Sequence[Entity], text: str, quotes: Sequence) -> tuple[Entity, ...]:
    """Give a nominal owned by "our" / "my" inside a quote the speaker's country.

    "'Togo has detained our fishermen,' Ghana's fisheries minister said": the fishermen are
    Ghanaian, not Togolese (the sentence's other country) nor unresolved. Only nominals
    whose country is missing or came from no evidence of their own (:data:`_WEAK_EVIDENCE`),
    and only when the quotes stage found a speaker with a country.

    Args:
        entities: An event's actor or recipient entities.
        text: The document text.
        quotes: The quotes stage's records.

    Returns:
        The entities, the speaker's own nominals with the speaker's country.
    """
    out = []
    for e in entities:
        first = text[e.start:e.end].split(maxsplit=1)[:1]
        if (e.kind == "NOMINAL" and first and first[0].lower() in _FIRST_POSSESSIVES
                and (e.country_code is None or e.resolved_by in _WEAK_EVIDENCE)):
            speaker = quote_speaker(e.start, e.end, quotes)
            if speaker is not None and speaker.country_code:
                e = e.model_copy(update={"country_code": speaker.country_code,
                                         "country_name": speaker.country_name,
                                         "resolved_by": "coref"})
        out.append(e)
    return tuple(out)


def not_actor(entity: Entity, token_doc_text: str, source: str | None = None) -> bool:
    """Whether ``entity`` is a dateline, a news agency or the publishing outlet.

    A publisher that is a state body (a government department, an embassy) is no outlet:
    its releases report its own acts.
    """
    name = (entity.entity_name or entity.raw_text).lower().strip()
    if name in WIRE_AGENCIES or entity.raw_text.lower() in WIRE_AGENCIES:
        return True
    if source and name == source.lower().strip() and entity.sector_code not in POLITICAL_SECTORS:
        return True  # a government publisher acts in its own releases ("USAID provided ...")
    return _dateline(entity, token_doc_text)


def _dateline(entity: Entity, text: str) -> bool:
    """An all-capitals place at the start of a line followed by a dash ("KUALA LUMPUR —").

    The state after a capitalised city ("OSTERHAVEN, Ruritania –") belongs to the dateline too.
    """
    line_start = text.rfind("\n", 0, entity.start) + 1
    before = text[line_start:entity.start].strip(" \t\"'(")
    if _city_of_dateline(before):
        return _dash_follows(text[entity.end:entity.end + 40])
    if before or not entity.raw_text.isupper():
        return False
    rest = text[entity.end:entity.end + 40].lstrip(" ,")
    if rest.startswith("("):  # "BEIJING (Reuters) —"
        rest = rest[rest.find(")") + 1:].lstrip() if ")" in rest else rest
    if any(rest.startswith(d) for d in _DASHES):
        return True
    # "WASHINGTON, D.C. -", "WASHINGTON, July 7, 2017 —": a state or a date before the dash
    dash = min((i for i in (rest.find(d) for d in _DASHES) if i > 0), default=-1)
    between = rest[:dash].replace(",", " ").split() if dash > 0 else []
    return bool(between) and len(between) <= 5 and all(w[0].isupper() or w[0].isdigit()
                                                       for w in between)


def _city_of_dateline(before: str) -> bool:
    """Whether ``before`` is a dateline's capitalised city and its comma ("OSTERHAVEN,")."""
    city = before[:-1].strip() if before.endswith(",") else ""
    return bool(city) and len(city) <= 40 and city.isupper()


def _dash_follows(rest: str) -> bool:
    """Whether a dateline's dash follows (after an optional "(VOA)")."""
    rest = rest.lstrip(" ,")
    if rest.startswith("(") and ")" in rest:
        rest = rest[rest.find(")") + 1:].lstrip()
    return any(rest.startswith(d) for d in _DASHES)


def without_self_loops(actor: Sequence[Entity], recipient: Sequence[Entity]) -> tuple[Entity, ...]:
    """Drop recipients that are the actor again ("Pakistan ... its own forces" -> no loop).

    When the recipients name another country as well, those of the actor's own country
    are the actor's side, not its target ("the U.S. president praised the partnership
    between the United States and Kenya" -> KEN).

    A domestic event between two mentions of one country stays ("police arrested Kenyan
    protesters": KEN -> KEN), as the codebook codes domestic events.
    """
    names = {(e.entity_name, e.country_code) for e in actor}
    kept = tuple(r for r in recipient if (r.entity_name, r.country_code) not in names)
    own = {e.country_code for e in actor if e.country_code}
    others = [r for r in kept if r.country_code and r.country_code not in own]
    if others:  # "appreciation for the partnership between the U.S. and Kenya": Kenya
        return tuple(r for r in kept if r.country_code not in own)
    return kept


def is_remention(trig: Trigger, category: str, seen: set[str]) -> bool:
    """Whether a bare definite nominal repeats a category the story already coded."""
    token = trig.token
    if trig.kind != "noun" or trig.governor is not None or category not in seen:
        return False
    for child in token.children:
        if child.dep_ == "det" and child.lower_ in _DEFINITE:
            return True
        if child.dep_ == "poss" and child.ent_type_ in {"DATE", "TIME"}:
            return True  # "Tuesday's attack"
    return False


def condition_target(anchor: Token, index: EntityIndex) -> list[Entity]:
    """Entities of the subject of an "if/unless" clause attached to ``anchor``."""
    for child in anchor.children:
        if child.dep_ == "advcl" and any(
                c.dep_ == "mark" and c.lower_ in {"if", "unless"} for c in child.children):
            subj = next((c for c in child.children if c.dep_ in {"nsubj", "nsubjpass"}),
                        None)
            if subj is None:  # "unless Taiwan surrenders" mis-parsed as a compound noun
                subj = next((c for c in child.children if c.dep_ == "compound"), None)
            if subj is not None and subj.pos_ != "PRON":
                return phrase_entities(subj, index)
    return []


#: Nouns whose nationality or possessor is the other side of a relation ("Chinese rivals").
RELATIONAL_NOUNS = frozenset({
    "rival", "enemy", "adversary", "opponent", "foe", "competitor", "critic", "neighbor",
    "neighbour", "detractor", "challenger", "nemesis", "ally", "partner"})
#: Nouns an organisation's name modifies to name its members ("NATO countries").
MEMBER_NOUNS = frozenset({"country", "member", "state", "nation", "government", "capital",
                          "economy"})


def names_other_party(entity: Entity, doc: Doc) -> bool:
    """Whether ``entity`` modifies a noun that names a different party than itself.

    "gives military support to Chinese rivals in Asia": the rivals are not China;
    "cooperation with NATO countries": the countries are not NATO (an IGO) acting, while
    "its G-7 partners", "NATO allies" stand for the group.
    """
    span = doc.char_span(entity.start, entity.end, alignment_mode="expand")
    if span is None or entity.kind in {"COMPOUND", "PRONOUN"}:
        return False
    root = span.root
    if root.dep_ not in {"amod", "compound", "nmod", "poss"} or root.head.i <= root.i:
        return False
    head = root.head.lemma_.lower()
    if entity.kind == "ORG":  # "NATO countries"; "its G-7 partners" stay the group's act
        return head in MEMBER_NOUNS and root.dep_ != "poss"
    return head in RELATIONAL_NOUNS


#: Sectors of state and organized political actors (PLOVER actor sectors): an actor of one
#: of these ("military forces", "the government", "opposition lawmakers", "rebels") is a
#: political participant even when no country is known. Unidentified armed men (UAF),
#: criminals and other societal sectors are not.
POLITICAL_SECTORS = frozenset({"COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY",
                               "OPP", "PRE"})


def political_actor(event: Event) -> bool:
    """Whether an actor of ``event`` is a person, an organization or a political sector.

    A named person or organization, or a mention of a state or political sector, resolved to
    a country or not.

    On fresh whole articles a fifth of the missed gold events were found with such an actor
    but dropped for want of a country (docs/events.md, "Where recall is lost on fresh text,
    round 5"): "military forces killed ...", "the government banned ...", "Abubakar urged ...".
    """
    return any(e.kind == "PERSON" or e.organization or e.sector_code in POLITICAL_SECTORS
               or _named_organization(e) for e in event.actor)


#: Event types whose story-resolved target does not license the event: a death toll
#: ("killed 40 civilians") in a one-country story is most often background, not an act, and
#: help to "residents" or "the victims" comes from a giver the story does not resolve.
STORY_UNLICENSED = frozenset({"ASSAULT", "AID"})
#: Determiners of a target that points back to people named before ("these people").
_POINTING = frozenset({"these", "those", "this", "that"})


def story_target(event: Event) -> bool:
    """Whether a recipient that the story's location resolved licenses ``event``.

    A domestic party given its country by where the story happens (``resolved_by:
    "story"``; :mod:`wirecoder.actors.story`) and that is the target of an arrest, a charge,
    a sentence, a demand or a release ("authorities detained 30 demonstrators", "keeps 45
    dissident poets in jail") is a participant of that country: the event goes into a dyad.
    Not for ASSAULT (death tolls: "clashes killed 40 civilians" is mostly background) nor
    AID (help for "residents"), and not for a target that points back ("these people").
    A story-resolved *actor* licenses nothing ("residents gathered" is as often a scene as
    an act).
    """
    if event.event_type in STORY_UNLICENSED:
        return False
    return any(e.resolved_by == "story" and e.country_code
               and e.raw_text.split(maxsplit=1)[0].lower() not in _POINTING
               for e in event.recipient)


def _named_organization(entity: Entity) -> bool:
    """An organization named by a proper name the registries do not know ("the LTTE").

    A name (a capitalised word, not a common noun phrase) the parser labels an organization:
    an insurgent group, a committee, a school that acts. Its country stays unknown.
    """
    return entity.kind == "ORG" and any(w[:1].isupper() for w in entity.raw_text.split()
                                        if w.lower() not in {"the", "a", "an"})



#: Plural subjects that point back to the parties of a talk ("They also discussed ...").
_GROUP_PRONOUNS = frozenset({"they", "both"})
#: Heads of "the two X" / "both X" subjects that name the parties again.
_PARTY_NOUNS = frozenset({
    "leader", "president", "side", "country", "minister", "nation", "government",
    "delegation", "counterpart", "party", "secretary", "premier", "head", "official",
    "chancellor", "king", "foreign minister", "state"})
#: How many sentences back the parties of a talk may be named.
GROUP_WINDOW = 2


def group_anaphor(subject: Token | None) -> bool:
    """Whether ``subject`` names the parties of an earlier talk again.

    "They", "both", "the two", "the two leaders", "both countries", "the sides": after
    "President A spoke with Prime Minister B", the next sentences' "They discussed ...",
    "Both agreed ..." are A and B (readouts, joint statements).
    """
    if subject is None:
        return False
    word = subject.lower_
    if word in _GROUP_PRONOUNS:
        return True
    kids = {c.lower_ for c in subject.children if c.dep_ in {"det", "nummod", "predet"}}
    if word == "two" and "the" in kids:
        return True  # "the two discussed"
    if subject.lemma_.lower() not in _PARTY_NOUNS or subject.tag_ not in {"NNS", "NNPS"}:
        return False
    return bool(kids & {"two", "both"}) or (subject.lemma_.lower() == "side" and "the" in kids)


def talk_parties(event: Event) -> tuple[Entity, ...]:
    """The parties of ``event`` when it names two or more countries acting together.

    Several actors of distinct countries ("Kenya and Haiti agreed"), or both sides of a talk
    (a CONSULT's actor and recipient): these are who a following "they" or "the two" are.
    """
    parties = tuple(event.actor)
    if event.event_type == "CONSULT":
        parties += tuple(event.recipient)
    codes = {e.country_code for e in parties if e.country_code}
    return parties if len(codes) >= 2 else ()


def fight_casualties(trig: Trigger, parts: Sequence[Trigger], actor: tuple[Entity, ...],
                     index: EntityIndex) -> tuple[tuple[Entity, ...], tuple[Entity, ...]] | None:
    """Parties of a two-sided fight that caused the casualties of a harm verb (round 13).

    "a dozen villagers died in a clash between Ruritanian troops and rebels", "fighting
    between X and Y has killed <number> civilians": the act is the fight, which is reciprocal
    (events guideline: two-sided fighting puts every party in the actor and no recipient), so
    the dead are not its target, and a country the sentence gives them by context (one
    fighting party's) is a guess. When the fight names one party only ("guards killed in a
    clash with smugglers"), the casualties are the other side and join the actors. Only for a
    harm verb with no agent of its own ("troops killed ten rebels in fighting" stays
    directed) whose merged part is a reciprocal fight naming at least one party.

    Args:
        trig: The harm trigger (ASSAULT, not reciprocal).
        parts: The triggers merged into it (:func:`~.rules.merge_nominals`).
        actor: The harm trigger's own actor.
        index: The sentence's entities.

    Returns:
        (actor, recipient) of the fight, or None when the rule does not apply.
    """
    entry = trig.entry
    if entry.category != "ASSAULT" or entry.reciprocal or actor:
        return None
    fight = next((p for p in parts if p.entry.category == "ASSAULT" and p.entry.reciprocal),
                 None)
    if fight is None:
        return None
    sides = roles(fight, index).actor
    if not sides:
        return None  # "killed in the fighting": no party named, the dead stay its target
    between = any(c.dep_ == "prep" and c.lower_ == "between" for c in fight.token.children)
    if len(sides) == 1 and not between:  # "killed in a clash with smugglers": the other side
        victims = roles(trig, index).recipient
        return tuple(sides) + tuple(v for v in victims if v not in sides), ()
    return tuple(sides), ()


def setting_not_party(entry: Entry, recipient: tuple[Entity, ...],
                      ruled: tuple[Entity, ...]) -> tuple[Entity, ...]:
    """Drop a place the learned chooser added as the recipient of a two-sided act (round 13).

    Reciprocal acts (fighting, talks) put every party in the actor and have no recipient
    (events guideline); the rules never make their place a party (:func:`.verb_roles.finish`:
    "a place is where, not who"), and neither may the chooser: "heavy fighting continued in
    <province> between A and B" names where the fight is, not whom it is aimed at. Joint
    cooperation keeps its target ("joint patrols with X against Y"), and a place the rules
    themselves chose stays.

    Args:
        entry: The trigger's lexicon entry.
        recipient: The recipient after the chooser.
        ruled: The rules' recipient before the chooser.

    Returns:
        The recipient without places the chooser added to a reciprocal act.
    """
    if not entry.reciprocal or entry.category == "COOPERATE":
        return recipient
    kept = {entity_key(e) for e in ruled}
    return tuple(e for e in recipient if not e.is_place or entity_key(e) in kept)


#: Acts whose country-less target the gold codes with the agent's own country (round 14:
#: arrests, raids, crackdowns, attacks on rebels, releases of prisoners at home).
DOMESTIC_ACTS = frozenset({"COERCE", "ASSAULT", "RETREAT"})
#: Mention kinds that can be a domestic act's target (not a named place: "seized <field>").
_TARGET_KINDS = frozenset({"NOMINAL", "PERSON", "ORG", "PRONOUN", "NORP", "COMPOUND"})
#: Words by which a target says it is from elsewhere ("two foreign reporters").
_ELSEWHERE = ("foreign", "international", "overseas", "expatriate")


def abroad(home: str | None, setting: Sequence[Entity]) -> bool:
    """Return True when the sentence names a place or nationality of another country.

    ``setting`` is the other mentions of the event's sentence: a place ("near a
    Freedonian town"), a state or a nationality word ("Freedonian fishermen",
    "Freedonian-owned") with a country other than ``home`` says the act may not be done at
    home (round 14, after review). International bodies do not count, nor places the
    gazetteer gives no country (where they are is unknown).
    """
    return any(e.country_code and e.country_code not in NONSTATE
               and (e.is_place or e.kind in {"GPE", "NORP"}) and e.country_code != home
               for e in setting)


def domestic_target(category: str, actor: Sequence[Entity],
                    recipient: tuple[Entity, ...],
                    setting: Sequence[Entity] = ()) -> tuple[Entity, ...]:
    """Give the country-less target of a domestic act the actor's country (round 14).

    When a state's body coerces, attacks or releases people the text gives no country of
    their own ("Ruritanian police have detained three student organisers", "the Freedonian
    army shelled insurgent hideouts", "Ruritania has freed the eight striking dockworkers"),
    the events guideline codes the
    target with the agent's country: the act is done at home. Measured over READ and every
    dev set, the gold recipient is the actor's country in 26 of 36 such matched events
    and empty in 3 (COERCE 15 of 18, ASSAULT 9 of 15, RETREAT 2 of 3); the same fill for
    REQUEST, ACCUSE or CONCEDE loses more than it gains and is not made.

    Only when the actor names one state (not an international body or an armed group),
    the recipient has mentions and none of them has a country, is a place, a named place
    or says it is foreign ("two foreign reporters"), and the sentence names no place,
    nationality or owner of another country, nor any place outside the actor's
    (:func:`abroad`: "Ruritanian gunboats sank two trawlers off Freedonia" is no home act).

    Args:
        category: The event's PLOVER type.
        actor: The event's actor mentions.
        recipient: The event's recipient mentions.
        setting: Every mention of the event's sentence.

    Returns:
        The recipient, its mentions given the actor's country when the rule applies.
    """
    if category not in DOMESTIC_ACTS or not recipient:
        return recipient
    codes = {a.country_code for a in actor if a.country_code}
    if len(codes) != 1 or codes & NONSTATE:
        return recipient
    if any(r.country_code or r.is_place or r.kind not in _TARGET_KINDS
           or any(w in r.raw_text.lower() for w in _ELSEWHERE) for r in recipient):
        return recipient
    home = next(a for a in actor if a.country_code)
    if abroad(home.country_code, setting):
        return recipient
    return tuple(r.model_copy(update={"country_code": home.country_code,
                                      "country_name": home.country_name,
                                      "resolved_by": "context"}) for r in recipient)


#: Acts whose country-less agent the gold codes with the target's country (round 14).
DOMESTIC_FORCE = frozenset({"COERCE", "ASSAULT"})
#: Agent kinds that may take it: bodies and groups, not people or pronouns (a pronoun the
#: coreference step left unresolved often points at the other side).
_AGENT_KINDS = frozenset({"NOMINAL", "ORG"})


def domestic_agent(category: str, actor: tuple[Entity, ...],
                   recipient: Sequence[Entity],
                   setting: Sequence[Entity] = ()) -> tuple[Entity, ...]:
    """Give the country-less agent of a domestic attack or crackdown the target's country.

    The mirror of :func:`domestic_target`: "masked militiamen have repeatedly attacked
    the Ruritanian government", "smugglers fired on the Freedonian coast guard" code the
    agent with the country of its target when the text gives the agent none of its own.
    Measured over READ and every dev set on matched ASSAULT and COERCE events with such an
    agent and a one-country target: the gold actor is the target's country 11 times,
    another country 6 times (armed groups abroad), never empty.

    Only for bodies and groups (not people or pronouns) that do not say they are foreign,
    and a recipient that names exactly one state (not a body or an armed group), not as a
    place. Not for a target that is only a nationality or owner word ("two Freedonian
    engineers", "a Freedonian-owned ferry": the people or property of a state, not its
    own body, often harmed abroad), nor when the sentence names a place, nationality or
    owner of another country or any place outside the target's (:func:`abroad`; round 14,
    after review).

    Args:
        category: The event's PLOVER type.
        actor: The event's actor mentions.
        recipient: The event's recipient mentions.
        setting: Every mention of the event's sentence.

    Returns:
        The actor, its mentions given the target's country when the rule applies.
    """
    if category not in DOMESTIC_FORCE or not actor:
        return actor
    codes = {r.country_code for r in recipient if r.country_code}
    if len(codes) != 1 or codes & NONSTATE or any(r.is_place for r in recipient):
        return actor
    if any(a.country_code or a.is_place or a.kind not in _AGENT_KINDS
           or any(w in a.raw_text.lower() for w in _ELSEWHERE) for a in actor):
        return actor
    if any(r.kind == "NORP" for r in recipient):
        return actor  # "kidnapped two <nationality> engineers", "<nationality>-owned tanker"
    home = next(r for r in recipient if r.country_code)
    if abroad(home.country_code, setting):
        return actor
    return tuple(a.model_copy(update={"country_code": home.country_code,
                                      "country_name": home.country_name,
                                      "resolved_by": "context"}) for a in actor)
