"""Senses of "keep", "call" and planning verbs that are not the coded act (issue 9, round 11).

Precision round 11 (``docs/events.md``, "Precision round 11"). Each check reads the parse:

* **keep / hold + a state**: "the backlog keeps asylum seekers stranded", "kept the talks
  alive" put someone in a condition; detention (COERCE/arrest) needs custody ("held
  migrants at a base", "kept them locked up").
* **occupied**: "surrenders no occupied acreage", "two rigs are occupied by X" describe a
  standing occupation (guideline 1c), not the act of seizing (COERCE/seize).
* **calls for / on**: "renewed its calls for X to free the sailors" is a demand, not a
  telephone call (CONSULT/phone).
* **diplomatic protests**: "the foreign ministry protested the landing" is a complaint
  (ACCUSE), not collective action (PROTEST, events guideline 11).
* **natural causes**: "homes destroyed by the earthquake" is no ASSAULT (guideline 13).
* **descriptive clauses** (round 13): "the militias it arms", "fighters backing the
  general", "groups that oppose the deal" name a party by what it habitually does; the
  restrictive present clause identifies the noun, it does not report an act.
* **acts a demand asks for** (round 14): "pressed for the pullout of the garrison", "are
  demanding the release of the crew", "asked Veridia to grant the extradition" name the
  content of the demand, coded only as the REQUEST (events guideline, decision 2); the nominal
  counterpart of :func:`.intent.requested_content`, which reads infinitive complements. An
  act the request presupposes stays (fixprec14): "asked X to probe / cease / denounce its
  raids", "a stop to the raids", a noun with its own agent.
* **planned acts**: "is preparing an offensive", "was planning an attack" name an act that
  has not happened: it is coded with ``future=true`` (events guideline 4), never as done.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from ..vocabulary import PERSON_ROLE_NOUNS, SPEAKER_NOUNS
from .entity_index import EntityIndex
from .intent import asking_verb, requested_content
from .modifiers import PLANNING_VERBS, PREPARING_VERBS
from .phrases import entity_key, phrase_entities

__all__ = ["appeal_call", "appeal_parties", "demand_call", "demanded_act",
           "descriptive_clause", "diplomatic_protest", "kept_in_state", "natural_cause",
           "occupied_state", "planned_object", "visitor_and_host"]

#: Categories of ongoing physical acts: "troops battling the rebels", "protesters throwing
#: stones" report the act even in a clause that describes its doers.
_PHYSICAL = frozenset({"ASSAULT", "PROTEST", "MOBILIZE"})
#: Heads that are texts or said acts: "a statement condemning X", "a resolution calling on",
#: "an order that expands sanctions", "warnings demanding that X" are the issuer's act, not a
#: description of a party.
_TEXT_HEADS = frozenset({"statement", "resolution", "remark", "remarks", "letter", "message",
                         "declaration", "communique", "communiqué", "report", "speech",
                         "note", "comment", "comments", "word", "post", "tweet", "video",
                         "order", "decree", "directive", "law", "bill", "measure", "warning",
                         "demand", "call", "appeal", "ultimatum", "notice", "threat"})
#: Marks before a clause that make it non-restrictive (it adds news about its noun).
_APART = frozenset({",", "(", "—", "–", "-", ";", ":"})

#: Complements of "keep / hold" that are custody: "kept them locked up" stays a detention.
_CUSTODY_STATES = frozenset({
    "lock", "locked", "jail", "jailed", "detain", "detained", "imprison", "imprisoned",
    "captive", "incommunicado", "hostage", "prisoner", "shackle", "shackled", "chain",
    "chained", "confine", "confined", "isolated", "isolate",
})

#: Conditions a reduced relative after the object names ("has kept the refugees stranded");
#: other participles there describe the people ("held three Freedonian pilots captured
#: last spring").
_CONDITIONS = frozenset({"stuck", "trapped", "stranded", "marooned", "waiting", "exposed",
                         "hungry", "dependent", "idle", "afloat", "alive", "guessing"})


def kept_in_state(verb: Token) -> bool:
    """Whether "keep / hold X <state>" puts X in a condition, not in custody.

    "The backlog keeps asylum seekers stranded", "kept the border closed", "held the
    prices steady": an object predicate (``oprd``, ``acomp``, ``ccomp`` adjective or
    participle) states the condition; detention is coded only when that state is custody
    ("kept the journalists locked up", "held them incommunicado").

    Args:
        verb: The trigger token ("keep", "hold").

    Returns:
        True when a non-custody state complement follows the object.
    """
    if verb.lemma_.lower() not in {"keep", "hold"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    states = [c for c in verb.children if c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}
              and c.tag_ in {"JJ", "VBN", "VBG", "RB"} and c.i > verb.i]
    states += [c for o in objects for c in o.rights  # "kept the refugees stranded"
               if c.dep_ in {"acl", "amod"} and c.i == o.i + 1
               and c.lower_ in _CONDITIONS]
    if not states:
        return False
    return not any(s.lower_ in _CUSTODY_STATES or s.lemma_.lower() in _CUSTODY_STATES
                   or any(p.lower_ in {"up", "behind"} for p in s.children)
                   for s in states)


def demand_call(noun: Token) -> bool:
    """Whether the noun "call(s)" is a demand ("calls for X to free them"), not a phone call.

    "Renewed its calls for Freedonia to release the crew", "backed a call on Veridia to
    withdraw its envoy", "a call for restraint": the word right after the noun is "for" or
    "on" (the parser often hangs the "for X to V" clause on the verb, so the order of words
    decides).
    "A phone call with the president" and "a call to the premier" stay CONSULT.

    Args:
        noun: The trigger token of a CONSULT/phone noun.

    Returns:
        True for the demand sense.
    """
    if not _plain_call(noun):
        return False
    after = noun.nbor(1) if noun.i + 1 < len(noun.doc) else None
    return after is not None and after.lower_ in {"for", "on", "upon"}


def _plain_call(noun: Token) -> bool:
    """A noun "call" with no phone, telephone, video or conference before it."""
    return (noun.lemma_.lower() == "call" and noun.pos_ in {"NOUN", "PROPN"}
            and not any(c.lower_ in {"phone", "telephone", "video", "conference"}
                        for c in noun.lefts))


#: Marks the parser leaves between a noun and the clause it introduces (a quoted demand).
_QUOTES = frozenset({'"', "\u201c", "\u2018", "'", "``", ":"})


def appeal_call(noun: Token) -> bool:
    """Whether a CONSULT/phone "call" is an appeal whose content the parse hung on its verb.

    "Repeated his call \u201cfor Freedonia to withdraw\u201d" (a quote mark before the "for"
    clause) and "renewed its call to Freedonia to end the blockade" (the infinitive after the
    addressee, hung on the verb): the call asks the addressee to act (REQUEST), it is no
    telephone call. The parse decides only where the words sit: the first word after the noun
    and its quote marks is "for", or the noun's "to" phrase is followed at once by an
    infinitive that hangs on the noun or on its verb (or governs the noun, which the parse
    then makes its subject). "A call with the president", "a phone
    call to the premier" and "a call to the premier to congratulate him" (a verb of
    speaking: :func:`~.word_senses` keeps those as calls) stay CONSULT.

    Args:
        noun: The trigger token of a CONSULT/phone noun.

    Returns:
        True for the appeal sense.
    """
    if not _plain_call(noun) or any(c.lower_ == "with" for c in noun.rights):
        return False
    doc = noun.doc
    i = noun.i + 1
    while i < len(doc) and doc[i].text in _QUOTES:
        i += 1
    if i > noun.i + 1 and i < len(doc) and doc[i].lower_ == "for":
        return True
    to = _to_phrase(noun)
    if to is None:
        return False
    if _telephoned(noun, to):
        return False
    end = to.right_edge.i
    nxt = doc[end + 1] if end + 1 < len(doc) else None
    if nxt is None or nxt.lower_ != "to" or nxt.dep_ != "aux":
        return False
    verb = nxt.head
    return verb.pos_ == "VERB" and verb.lemma_.lower() not in _SPEAKING_PURPOSES and (
        verb.head == noun or verb == noun.head  # the noun parsed as the infinitive's subject
        or (verb.head == noun.head and verb.dep_ in {"advcl", "xcomp"}))


def _to_phrase(noun: Token) -> Token | None:
    """The noun's own "to" preposition ("a call to Freedonia"), or None."""
    return next((c for c in noun.rights if c.dep_ == "prep" and c.lower_ == "to"), None)


def _object_of(prep: Token) -> Token | None:
    """The object of a preposition, or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


#: Verbs of a telephone call's noun ("placed / took / returned a call to X"): never an appeal.
_PHONING = frozenset({"place", "receive", "take", "return", "answer", "get", "have", "hold"})


def _telephoned(noun: Token, to: Token) -> bool:
    """Whether "a call to X" under its verb is a telephone call whatever follows (review 24).

    "Placed a call to his counterpart to ask about ...", "made a call to Putin to press for
    ...": a call placed, or made to a person, is a conversation; "made a call to the
    government to halt ..." (a body) and "renewed / repeated / issued a call to X" stay
    appeals.
    """
    verb = noun.head.lemma_.lower() if noun.dep_ in {"dobj", "nsubjpass"} else ""
    if verb in _PHONING:
        return True
    obj = _object_of(to)
    return verb == "make" and obj is not None and (
        obj.ent_type_ == "PERSON" or obj.lemma_.lower() in PERSON_ROLE_NOUNS | {"counterpart"})


def appeal_parties(noun: Token, actor: tuple[Entity, ...], recipient: tuple[Entity, ...],
                   index: EntityIndex) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """Caller and addressee of an appeal read from a reciprocal call noun (round 24).

    The call entry lists every side as actor; an appeal goes from the caller to the party of
    its "to" phrase ("renewed its call to Freedonia to ..."), which becomes the recipient.

    Args:
        noun: The "call" noun of an :func:`appeal_call`.
        actor: The actor mentions the roles found.
        recipient: The recipient mentions the roles found.
        index: The entity index of the document.

    Returns:
        ``(actor, recipient)``, unchanged when the "to" phrase names no party.
    """
    to = _to_phrase(noun)
    obj = _object_of(to) if to is not None else None
    addressee = tuple(phrase_entities(obj, index)) if obj is not None else ()
    if not addressee:
        return actor, recipient
    keys = {entity_key(e) for e in addressee}
    return tuple(e for e in actor if entity_key(e) not in keys), addressee


def visitor_and_host(verb: Token, actor: tuple[Entity, ...], recipient: tuple[Entity, ...],
                     index: EntityIndex) -> tuple[tuple[Entity, ...], tuple[Entity, ...]]:
    """The visitor (the welcomed object) as actor and the host as recipient (round 24).

    A hosted welcome (:func:`.type_senses.hosted_welcome`) keeps the welcoming entry's roles,
    host -> visitor; guideline 17 codes a visit visitor -> host.

    Args:
        verb: The "welcome" verb.
        actor: The actor mentions the roles found.
        recipient: The recipient mentions the roles found.
        index: The entity index of the document.

    Returns:
        ``(visitors, hosts)``, unchanged when the object names no party.
    """
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    visitors = tuple(phrase_entities(obj, index)) if obj is not None else ()
    if not visitors:
        return actor, recipient
    keys = {entity_key(e) for e in visitors}
    return visitors, tuple(e for e in (*actor, *recipient) if entity_key(e) not in keys)


#: Purposes of a telephone call ("called Freedonia's leader to congratulate him"): a call
#: to a person followed by one of these is a conversation, not an appeal.
_SPEAKING_PURPOSES = frozenset({
    "express", "thank", "offer", "convey", "congratulate", "discuss", "reaffirm",
    "underscore", "update", "assure", "extend", "reiterate", "wish", "brief", "consult",
    "inform", "talk", "speak", "review", "coordinate", "share", "welcome", "condole"})

#: Verbs whose noun object is an act in preparation ("is preparing an offensive").
#: The verbs of planning (:data:`.modifiers.PLANNING_VERBS`) and verbs that plan only an object.
_PLANNING_VERBS = PLANNING_VERBS | PREPARING_VERBS | frozenset({"plot", "contemplate"})


#: Categories a planned act is flagged future in (events guideline 4: non-cooperative acts
#: announced for later); a planned meeting or aid is an AGREE, decided elsewhere.
_PLANNED_CATEGORIES = frozenset({"ASSAULT", "COERCE", "MOBILIZE", "SANCTION", "THREATEN"})


def planned_object(token: Token, category: str) -> bool:
    """Whether an event noun is what a planning verb prepares ("is planning an attack").

    The noun is the direct object of "plan / prepare / plot / contemplate / consider / mull /
    weigh / ready" ("generals are preparing a spring offensive", "were plotting attacks on
    the dams"), or the object of "for" after "prepare" ("prepares for a counter-offensive"):
    the act lies ahead (events guideline 4, ``future=true``). A verb in a passive with the
    act done ("the raid, planned for months, killed ten") is not read here: only objects.

    Args:
        token: The event noun.
        category: The PLOVER category the noun codes; only non-cooperative acts count.

    Returns:
        True when the noun's verb plans or prepares it.
    """
    if token.pos_ != "NOUN" or category not in _PLANNED_CATEGORIES:
        return False
    head = token.head
    if token.dep_ == "pobj" and head.lower_ == "for":
        head = head.head
        if head.lemma_.lower() != "prepare":
            return False
    elif token.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in _PLANNING_VERBS


#: Officials and bodies whose protest is a diplomatic complaint, not a street protest.
_OFFICIAL_BODIES = SPEAKER_NOUNS | frozenset({
    "ministry", "government", "embassy", "minister", "ministers",
    "ambassador", "envoy", "president", "premier", "cabinet", "department",
    "office", "consulate", "mission", "delegation", "chancellor", "administration",
    "foreign", "diplomat", "diplomats",
})


def _official(noun: Token) -> bool:
    if noun.lemma_.lower() in _OFFICIAL_BODIES or noun.lower_ in _OFFICIAL_BODIES:
        return True
    return noun.ent_type_ == "GPE" and not any(
        c.dep_ in {"prep", "amod", "nummod"} for c in noun.children)


def diplomatic_protest(trigger: Token) -> bool:
    """Whether "protest" is a state's complaint (ACCUSE), not collective action (PROTEST).

    Events guideline 11: PROTEST needs collective physical action. "Veridia's foreign
    ministry protested the landing", "Ruritania protested to Freedonia over the seizure",
    "a strong protest by the Freedonian embassy" are diplomatic protests, which the codebook
    files under ACCUSE (disapprove). Crowds stay PROTEST ("thousands protested outside the
    embassy", "farmers from Ruritania protested").

    Args:
        trigger: The PROTEST trigger token ("protest", verb or noun).

    Returns:
        True when the protester is a state or an official body.
    """
    if trigger.lemma_.lower() != "protest":
        return False
    if trigger.pos_ == "VERB":
        to_whom = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ == "to"
                   for o in c.children]
        if any(o.ent_type_ == "GPE" or _official(o) for o in to_whom):
            return True  # "protested to Freedonia"
        subjects = [c for c in trigger.children if c.dep_ == "nsubj"]
        if not subjects and trigger.dep_ in {"conj", "xcomp"}:
            subjects = [c for c in trigger.head.children if c.dep_ == "nsubj"]
        return any(_official(s) for s in subjects)
    agents = [o for c in trigger.children if c.dep_ == "prep" and c.lower_ in {"by", "from"}
              for o in c.children if o.dep_ == "pobj"]
    agents += [c for c in trigger.children if c.dep_ == "poss"]
    return any(_official(a) for a in agents)


def occupied_state(verb: Token) -> bool:
    """Whether "occupied" names a standing occupation, not the act of seizing.

    "Freedonia surrenders no occupied acreage", "the occupied provinces" (an attributive
    participle), "two oil rigs are occupied by Veridian sailors" (a present passive) describe a
    state (events guideline 1c: states and attributes are not coded). "Troops occupied
    three hospitals on Monday" and "the town was occupied by rebels last week" stay.

    Args:
        verb: The trigger token ("occupy").

    Returns:
        True for the attributive or present-state reading.
    """
    if verb.lemma_.lower() != "occupy" or verb.lower_ != "occupied":
        return False
    if verb.dep_ == "amod":
        return True
    before = verb.doc[verb.i - 1] if verb.i > 0 else None
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    if (before is not None and before.tag_ in {"DT", "PDT", "PRP$"} and after is not None
            and after.pos_ == "NOUN" and after.head == verb
            and not any(c.dep_ in {"aux", "auxpass"} for c in verb.children)):
        return True  # "surrenders no occupied acreage", parsed as a verb: attributive
    passive = [c for c in verb.children if c.dep_ == "auxpass" and verb.tag_ == "VBN"]
    return bool(passive) and all(c.tag_ in {"VBZ", "VBP"} for c in passive) and not any(
        t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree)


#: Natural causes of death and damage (events guideline 13: not political events).
_NATURAL_CAUSES = frozenset({
    "earthquake", "quake", "tsunami", "cyclone", "hurricane", "typhoon", "storm", "flood",
    "flooding", "landslide", "mudslide", "avalanche", "tornado", "eruption", "drought",
    "monsoon", "wildfire", "disaster", "tremor", "aftershock",
})
#: Verbs of damage and death that a natural cause can be the agent of.
_DAMAGE_VERBS = frozenset({"destroy", "kill", "damage", "wreck", "devastate", "flatten",
                           "level", "injure", "wound", "raze"})


def _cause_phrases(verb: Token) -> list[Token]:
    return [o for c in verb.children if c.dep_ in {"prep", "agent"}
            and c.lower_ in {"by", "in", "during", "from"}
            for o in c.children if o.dep_ == "pobj"]


def natural_cause(verb: Token) -> bool:
    """Whether damage or death is caused by a natural disaster, not by a party (no ASSAULT).

    "Homes were destroyed by the earthquake", "villages were wrecked and residents injured
    during the typhoon" (the cause hangs on the coordinated verb): events guideline 13 codes
    no disaster. "Shelling destroyed the province" and "killed in the air strike"
    stay ASSAULT.

    Args:
        verb: An ASSAULT verb trigger ("destroy", "kill" …).

    Returns:
        True when a natural cause is the agent or the setting of the verb or its conjunct.
    """
    if verb.lemma_.lower() not in _DAMAGE_VERBS or verb.pos_ != "VERB":
        return False
    conjuncts = [c for c in verb.children if c.dep_ == "conj"]
    verbs = [verb, *conjuncts, *[a for c in conjuncts for a in c.children if a.dep_ == "acl"]]
    if verb.dep_ == "conj":
        verbs.append(verb.head)
    return any(o.lemma_.lower() in _NATURAL_CAUSES for v in verbs for o in _cause_phrases(v))


def descriptive_clause(verb: Token, category: str) -> bool:
    """Whether a restrictive present clause names its noun by what it does, not an act.

    "Firms that ship fuel to the junta", "the militias it arms", "gunmen backing the
    general", "those who want to leave": a relative clause in the
    simple present, or a bare ``-ing`` participle, joined to its noun without a comma
    identifies that noun by a habitual trait (a descriptor, like an adjective); it is not a
    report that the act took place (events guideline 1: no standing conditions). A clause
    set off by a comma ("the coalition, which backs the president,") adds news and stays;
    so do clauses of a past or perfect tense ("rebels who seized the town"), ongoing
    physical acts (:data:`_PHYSICAL`: "troops battling the rebels") and clauses on a text
    (:data:`_TEXT_HEADS`: "a statement condemning the raid" is the statement's act), and a
    cleft's "that" clause ("it is with regret that X denounces ..."). A clause with a date or
    time of its own ("the Ruritanian minister touring Freedonia this week") reports a dated
    act, and a meeting participle ("envoys visiting the capital", "mediators negotiating the
    truce") a meeting under way: both stay. So does a said act whose object is the noun
    itself (:func:`said_of_noun`, round 22: "a charge the ministry denies", "an allegation
    the army dismisses"): news reports a denial or a charge in the present.

    Args:
        verb: The trigger, or the light verb that governs a nominal trigger.
        category: The PLOVER category the trigger would code.

    Returns:
        True when the clause only describes the noun it modifies.
    """
    if category in _PHYSICAL or verb.pos_ not in {"VERB", "AUX"}:
        return False
    noun = verb.head
    if noun is verb or noun.pos_ not in {"NOUN", "PROPN", "PRON"}:
        return False
    if said_of_noun(verb):
        return False
    if noun.lemma_.lower() in _TEXT_HEADS or noun.lower_ in _TEXT_HEADS:
        return False
    if any(a.lemma_ == "be" and any(c.lower_ == "it" and c.dep_ in {"nsubj", "expl"}
                                    for c in a.children) for a in noun.ancestors):
        return False  # a cleft: "it is with regret that X condemns ..." reports the act
    if any(c.dep_ in {"aux", "auxpass", "neg"} for c in verb.children):
        return False  # "who have backed", "that would provide", "who do not back"
    if any(t.ent_type_ in {"DATE", "TIME"} for t in verb.subtree):
        return False  # a clause with its own date reports a dated act
    if category == "CONSULT" and verb.dep_ == "acl":
        return False  # "the envoy visiting X", "mediators negotiating Y": a meeting under way
    if verb.dep_ == "relcl":
        present = verb.tag_ in {"VBZ", "VBP"}
    else:
        present = verb.dep_ == "acl" and verb.tag_ == "VBG"
    if not present:
        return False
    first = min(t.i for t in verb.subtree)
    doc = verb.doc
    return not (first > 0 and doc[first - 1].text in _APART)


#: Verbs of saying that deny, reject or charge what they are said of (round 22): in a relative
#: clause whose gap is their object ("a charge Moscow denies", "a claim the army rejects",
#: "traders whom the ministry blames for the shortage") they report the denial or charge.
_SAID_VERBS = frozenset({"deny", "reject", "dispute", "dismiss", "refute", "repudiate",
                         "rebuff", "contest", "charge", "allege", "accuse", "blame", "condemn",
                         "denounce"})


def said_of_noun(verb: Token) -> bool:
    """Whether ``verb`` denies, rejects or charges the noun its relative clause modifies.

    "a charge the ministry denies", "an allegation the army flatly rejects", "something
    Moscow denies": a relative clause of :data:`_SAID_VERBS` whose object is the gap (no
    object of its own other than a relative pronoun) reports a stance taken, not a trait of
    the noun. "rebels who reject the accord" (the gap is the subject, the accord the object)
    stays a descriptor.

    Args:
        verb: The verb of a relative clause.

    Returns:
        True for a said act about the noun it modifies.
    """
    if verb.dep_ != "relcl" or verb.lemma_.lower() not in _SAID_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ in {"dobj", "ccomp", "xcomp"}]
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    return (all(o.tag_ in {"WDT", "WP"} for o in objects)
            and any(s.tag_ not in {"WDT", "WP"} for s in subjects))


#: Verbs that ask for an act named as a noun object: besides the verbs of asking
#: (:func:`.intent.asking_verb`), "seek" ("sought the extradition of the general").
_SEEKING_VERBS = frozenset({"seek"})
#: Verbs that ask for an act named after "for" ("pressed for a ban", "lobbied for sanctions").
_ASK_FOR_VERBS = frozenset({"call", "press", "push", "appeal", "plead", "lobby", "seek",
                            "ask", "demand", "urge", "clamor", "clamour"})
#: Nouns of stopping whose "to / of" phrase names the act to stop ("a stop to the raids",
#: "a pause in the barrage"): the stopped act took place, so it is kept (fixprec14).
_STOPPING_NOUNS = frozenset({"end", "halt", "cessation", "stop", "suspension", "freeze"})
#: Requested verbs that presuppose their object took place: asking a state to investigate,
#: condemn, stop or apologize for an act reports the act ("urged the council to condemn the
#: annexation", "asked X to stop its raids"), so the noun is not a demand's content.
_PRESUPPOSING_VERBS = frozenset({
    "investigate", "probe", "examine", "condemn", "denounce", "criticize", "criticise",
    "stop", "end", "halt", "cease", "lift", "reverse", "punish", "compensate", "apologize",
    "apologise", "acknowledge", "explain", "prosecute", "address", "scale", "curb", "suspend",
    "discontinue", "abandon", "dismantle", "withdraw"})
#: Nouns of a demand whose "for" phrase is what is asked ("calls for a ceasefire").
_DEMAND_NOUNS = frozenset({"call", "demand", "appeal", "request", "plea", "push", "pressure"})


def demanded_act(noun: Token) -> bool:
    """Whether an event noun is what a demand asks for, not an act that took place.

    Events guideline, decision 2: the content of a demand is not coded as its own event; the
    demand is the REQUEST. The noun (or the first of coordinated nouns) lies in the demand's
    content span when it is

    * the object of a verb of asking or seeking ("were demanding a pullout of the
      garrison", "sought the extradition of the colonel");
    * the object of "for" after such a verb or a demand noun ("pressed for an arms embargo",
      "renewed calls for a ceasefire");
    * the object of an act a request asks for ("asked Veridia to grant the extradition of
      the colonel": "grant" is the requested act, :func:`.intent.requested_content`), unless
      that act presupposes its object took place (investigate, condemn, stop, end, halt,
      lift, apologize for …: "urged the court to investigate the shooting of the
      farmers", "asked Veridia to end its blockade of the port" report the shooting and the
      blockade).

    Kept as acts: a noun with its own agent, a "by" phrase or a possessor ("demanded an
    inquiry into the seizure of the ferry by Veridian patrols"), and the act a demanded stop
    names ("wants a stop to the raids": the raids happened). A noun object of any
    other verb ("condemned the blockade", "welcomed the withdrawal") is not read here.

    Args:
        noun: The trigger token of an event noun.

    Returns:
        True when the noun is the content of a demand.
    """
    if noun.pos_ not in {"NOUN", "PROPN"} or noun.lemma_.lower() in _DEMAND_NOUNS:
        return False
    cur = noun
    for _ in range(3):  # "the withdrawal of the troops and the return of the refugees"
        if cur.dep_ != "conj":
            break
        if cur.head.pos_ in {"VERB", "AUX"}:  # a noun parsed as a conjunct of "called for"
            return _asks_for(cur.head)
        cur = cur.head
    if _has_own_agent(noun) or _has_own_agent(cur):
        return False  # "the seizure of the ferry by Veridian patrols", "Veridia's raids"
    if (cur.dep_ == "pobj" and cur.head.lower_ in {"to", "of"}
            and cur.head.head.lemma_.lower() in _STOPPING_NOUNS):
        return False  # "sought a stop to the raids": the raids took place
    if cur.dep_ == "dobj":
        verb = cur.head
        if verb.pos_ not in {"VERB", "AUX"}:
            return False
        if asking_verb(verb) or verb.lemma_.lower() in _SEEKING_VERBS:
            return True
        return (verb.lemma_.lower() not in _PRESUPPOSING_VERBS
                and requested_content(verb))
    if cur.dep_ != "pobj" or cur.head.lower_ != "for" or cur.head.dep_ != "prep":
        return False
    owner = cur.head.head
    if owner.pos_ == "NOUN":
        return owner.lemma_.lower() in _DEMAND_NOUNS
    if owner.lemma_.lower() in _PRESUPPOSING_VERBS:
        return False  # "asked X to apologize for the shelling": the shelling took place
    return owner.pos_ in {"VERB", "AUX"} and (
        asking_verb(owner) or owner.lemma_.lower() in _ASK_FOR_VERBS
        or requested_content(owner))


def _has_own_agent(noun: Token) -> bool:
    """Whether an event noun has its own agent, so that it names an act someone did.

    A possessor or a "by" phrase counts ("Veridia's raids", "the seizure of the ferry by
    Veridian patrols").
    """
    return any(c.dep_ == "poss" or (c.dep_ in {"prep", "agent"} and c.lower_ == "by")
               for c in noun.children)


def _asks_for(verb: Token) -> bool:
    """A verb of asking with a "for" phrase ("pressed for a truce and the pullout of X")."""
    return verb.lemma_.lower() in _ASK_FOR_VERBS and any(
        c.dep_ == "prep" and c.lower_ == "for" for c in verb.children)
