"""Who acts: the subject of a verb trigger and the entities it names.

The subject of a verb is its own subject, the controller of an infinitive ("urged X to
...", "is ready to accept"), or the subject inherited from the clause it depends on
(participles, conjuncts, relatives). A common-noun subject names its actor through its
modifiers, its "of"/"from" phrase, or its possessor when the noun is an agent or an
institution acting for it ("Trump's envoy", "Mahathir's government").
"""

from __future__ import annotations

from spacy.tokens import Token

from ..models import Entity
from ..vocabulary import PERSON_ROLE_NOUNS, QUOTING_VERBS, SPEAKER_NOUNS
from .entity_index import EntityIndex
from .modifiers import SPEECH_VERBS
from .phrases import antecedent, coordinated_modifiers, participle, passive_agent, phrase_entities

__all__ = ["INSTRUMENTS", "OBJECT_CONTROL", "issued_document", "nominal_subject",
           "subject_entities", "subject_of"]

#: Verbs whose object is the understood subject of their infinitive ("urged X to ...").
OBJECT_CONTROL = frozenset((
    "urge", "ask", "call", "force", "allow", "persuade", "order", "invite", "tell",
    "encourage", "help", "press", "push", "pressure", "permit", "enable", "compel",
    "require", "request", "authorize", "authorise", "warn", "advise", "lead",
))
#: Verbs whose prepositional object is the subject of their infinitive ("look to X to").
PREP_CONTROL = frozenset({"look", "appeal", "turn", "rely", "count", "depend", "wait"})
#: Heads of "X of <group>" subjects that stand for the group ("leaders of the G7").
#: (Not ``sense._GROUP_NOUNS``, the heads of a generic group of unnamed parties.)
_GROUP_HEADS = SPEAKER_NOUNS | frozenset({
    "leader", "official", "minister", "member", "head", "representative", "delegation",
    "government", "force", "troop", "army", "navy", "president", "diplomat", "envoy",
    "ministry", "authority", "country", "nation", "state",
    "police", "soldier", "militant", "fighter"})
#: Counting heads of "N of <group>" subjects ("hundreds of Kenyan doctors", "dozens of").
_COUNT_HEADS = frozenset({"hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
                          "score", "scores", "ten", "tens", "million", "millions", "group",
                          "number", "crowd", "band"})
#: Institutions that act for their possessor ("Mahathir's government", "Kenya's military").
_INSTITUTIONS = frozenset({
    "government", "administration", "cabinet", "regime", "ministry", "military", "army",
    "navy", "junta", "leadership", "parliament", "legislature", "senate", "assembly",
    "court", "judiciary", "police", "commission", "mission", "embassy", "delegation",
    "agency", "council", "committee", "federation", "union", "party", "force", "guard",
    "authority", "coalition", "movement"})
#: Documents that speak for whoever issued them ("issued a statement condemning ...").
_DOCUMENTS = frozenset({"statement", "communique", "communiqué", "declaration", "report",
                        "letter", "resolution", "message", "note", "release"})
#: Weapons, craft and units that act for whoever owns them ("Ruritania's drones struck",
#: "artillery of the Freedonian army shelled", "jets launched from Freedonia bombed"):
#: their possessor, "of" phrase or launching participle names the actor (round 13).
INSTRUMENTS = frozenset({
    "jet", "warplane", "plane", "aircraft", "airplane", "bomber", "helicopter", "gunship",
    "drone", "missile", "rocket", "shell", "artillery", "tank", "howitzer", "mortar",
    "warship", "ship", "vessel", "destroyer", "frigate", "cruiser", "submarine", "boat",
    "gunboat", "cutter", "carrier", "battery", "launcher", "squadron", "fleet", "flotilla",
    "convoy", "patrol", "unit", "battalion", "brigade", "division", "regiment"})
#: Prepositions of a participle on a weapon that name where it came from ("launched from X").
_LAUNCH_PREPS = frozenset({"from"})
#: Nouns whose possessor does what their "in V-ing" phrase says ("Egypt's role in mediating").
_PART_NOUNS = frozenset({"role", "effort", "part", "work", "contribution", "leadership",
                         "success", "commitment", "help", "assistance", "support"})
def subject_of(verb: Token, depth: int = 0) -> Token | None:
    """Return the (possibly inherited) subject token of ``verb``.

    Steps: the verb's own subject (:func:`_own_subject`); for an infinitive, the
    controller (:func:`_controller`); else the subject inherited from the head clause
    (:func:`_inherited_subject`).
    """
    if depth > 6:
        return None
    own = _own_subject(verb, depth)
    if own is not None or verb.head == verb:
        return own
    if verb.dep_ in {"xcomp", "advcl"} and any(c.lower_ == "to" for c in verb.children):
        return _controller(verb.head, depth)
    return _inherited_subject(verb, depth)


def _own_subject(verb: Token, depth: int) -> Token | None:
    """The verb's subject, or a raised passive subject ("Modi is expected to discuss").

    Two parse slips of the small English model are read back: a title split off as a
    second subject ("Presidents Vladimir Putin and ... agreed": the name, not the title, is
    the subject) and a name before a verb with no subject, attached as an adverb or a loose
    dependent ("USAID provided $100,000": the name is the subject).
    """
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "csubj"}]
    if len(subjects) > 1:  # "ZENDA, Freedonia - The navy seized": not the dateline
        subjects = [c for c in subjects if not _dateline_word(c)] or subjects
    if len(subjects) > 1:  # "Presidents Vladimir Putin ... agreed": the name
        named = [c for c in subjects if c.pos_ == "PROPN"]
        subjects = named or subjects
    if subjects:
        return antecedent(subjects[0])
    if depth and verb.dep_ != "conj":
        raised = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if raised is not None:  # "Modi is expected to discuss", "was forced to withdraw"
            return antecedent(raised)
    return _stray_name_subject(verb)


#: Dashes that close a dateline ("ZENDA, Freedonia -").
_DASHES = frozenset({"-", "\u2013", "\u2014", "--"})


def _dateline_word(token: Token) -> bool:
    """An all-capitals place opening its sentence and closed by a dash: a dateline.

    The parse often makes it a second subject of the first verb ("ZENDA, Freedonia -
    The Ruritanian navy seized ..."), and the dateline then hid the real subject (round 13).
    """
    sent = token.sent
    if token.i != sent.start or not token.text.isalpha() or not token.text.isupper() or len(
            token.text) < 3:
        return False
    return any(t.text in _DASHES for t in token.doc[token.i + 1:min(token.i + 8, sent.end)])


#: Dependencies the parse gives a subject name it failed to read ("USAID/advmod provided").
_STRAY_DEPS = frozenset({"advmod", "npadvmod", "dep", "nmod", "compound", "amod"})
#: Entity labels of names that can act.
_ACTOR_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP"})


def _stray_name_subject(verb: Token) -> Token | None:
    """A name left of a finite active verb with no subject, mis-attached to the verb.

    Only the verb's first left dependent, when it is a name (an entity of an actor kind),
    the verb is finite and active, and nothing else (no other name, no clause) comes
    between them.
    """
    finite = verb.tag_ in {"VBD", "VBZ", "VBP"} or (
        verb.tag_ == "VBG" and any(c.dep_ == "aux" for c in verb.children))  # "is providing"
    if verb.pos_ != "VERB" or not finite or any(
            c.dep_ in {"nsubjpass", "auxpass", "expl"} for c in verb.children):
        return None
    lefts = [c for c in verb.lefts if c.dep_ not in {"punct", "aux", "neg"}
             and not (c.dep_ == "advmod" and not c.ent_type_)]  # "also", "later"
    if not lefts:
        return None
    first = lefts[0]
    if (first.dep_ in _STRAY_DEPS and first.ent_type_ in _ACTOR_LABELS
            and first.ent_iob_ in {"B", "I"} and len(lefts) == 1):
        return first
    return None


def _controller(head: Token, depth: int) -> Token | None:
    """Subject of an infinitive under ``head``.

    Its object ("urged X to"), its prepositional object ("looked to Trump to veto"), else
    the head's own subject ("is ready to accept").
    """
    lemma = head.lemma_.lower()
    if lemma in OBJECT_CONTROL and not _phone_call(head):
        obj = next((c for c in head.children if c.dep_ in {"dobj", "dative"}), None)
        if obj is not None:
            return obj
    if lemma in PREP_CONTROL:
        obj = next((o for p in head.children if p.dep_ == "prep" and p.lower_ in {"to", "on"}
                    for o in p.children if o.dep_ == "pobj"), None)
        if obj is not None:
            return obj
    if head.pos_ == "ADJ" and head.dep_ in {"acomp", "oprd"}:
        return subject_of(head.head, depth + 1)  # "is ready to accept", "due to travel"
    return subject_of(head, depth + 1)


def _phone_call(head: Token) -> bool:
    """A call to someone ("called X to congratulate him"): the caller acts, not X.

    "Called on / upon X to ..." is a request, whose addressee does the act.
    """
    return head.lemma_.lower() == "call" and not any(  # "on" right after: "called on X to"
        c.lower_ in {"on", "upon"} and c.i == head.i + 1 for c in head.children)


def _inherited_subject(verb: Token, depth: int) -> Token | None:
    """Subject from the clause ``verb`` depends on (participles, conjuncts, relatives)."""
    head, dep = verb.head, verb.dep_
    if dep == "advcl" and verb.tag_ == "VBG" and head.pos_ in {"VERB", "AUX"}:
        return subject_of(head, depth + 1)  # "..., calling on X to", "Threatening ..., BLA"
    if dep in {"xcomp", "conj"}:
        return subject_of(head, depth + 1) if head.pos_ in {"VERB", "AUX"} else None
    if dep in {"acomp", "oprd"} and head.pos_ in {"VERB", "AUX"}:
        return subject_of(head, depth + 1)  # "they are close to launching": via "close"
    if dep == "relcl" or (dep == "acl" and verb.tag_ == "VBG"):
        if (dep == "acl" and head.lemma_.lower() in _DOCUMENTS and head.dep_ == "dobj"
                and head.head.pos_ == "VERB"):
            return subject_of(head.head, depth + 1)  # "issued a statement condemning"
        return head
    if dep == "acl":
        return next((c for c in head.children if c.dep_ == "poss"), None)
    if dep == "pcomp" and head.dep_ == "prep":
        part = head.head if head.head.lemma_.lower() in _PART_NOUNS else next(
            (c for c in head.head.children if c.dep_ == "dobj"
             and c.lemma_.lower() in _PART_NOUNS and c.i < head.i), None)  # parse on the verb
        poss = next((c for c in part.children if c.dep_ == "poss"), None) if part else None
        if poss is not None and verb.tag_ == "VBG":
            return poss  # "Egypt's role in mediating the ceasefire"
        obj = next((c for c in head.head.children if c.dep_ == "dobj"), None)
        if (head.lower_ in {"for", "of"} and verb.tag_ == "VBG" and obj is not None
                and head.head.lemma_.lower() in _JUDGED_DOER):
            return obj  # "congratulated X for hosting", "accused X of arming": X does it
        if head.lower_ == "as" and obj is not None and head.head.lemma_.lower() in QUOTING_VERBS:
            return obj  # "quoted the envoy as denying the charge": the envoy denies
        return subject_of(head.head, depth + 1)
    return None


#: Verbs that judge their object for an act ("thanked X for hosting", "accused X of arming").
_JUDGED_DOER = frozenset({
    "thank", "congratulate", "praise", "commend", "applaud", "laud", "hail", "credit",
    "reward", "blame", "accuse", "criticize", "criticise", "condemn", "fault", "punish",
    "sanction", "denounce", "slam", "chastise", "rebuke", "arrest", "charge", "convict",
    "indict", "suspect", "fine", "penalize", "penalise"})


def nominal_subject(subj: Token, index: EntityIndex) -> list[Entity]:
    """Entities of a common-noun subject from its modifiers or of/from phrase, never a possessor.

    "Chinese troops", "leaders of the G7" name their group; "China's attempts ..."
    (an abstract head with a possessor) do not act. A named appositive is the subject
    ("Trump's special envoy, Steve Witkoff, spoke"); an agent noun acts for its possessor
    ("Trump's envoy", like "a spokesman for X").
    """
    appos = [e for c in subj.children if c.dep_ == "appos" for e in phrase_entities(c, index)]
    if appos:
        return appos
    if issued_document(subj):  # "X published a report which accuses Y": X accuses Y
        return subject_entities(subj.head, index)
    lemma = subj.lemma_.lower()
    if lemma in PERSON_ROLE_NOUNS | _INSTITUTIONS | INSTRUMENTS:  # "Ruritania's mission": Ruritania
        for child in subj.children:
            found = phrase_entities(child, index) if child.dep_ == "poss" else []
            if found:
                return found[:1]
    for child in sorted(subj.children, key=lambda c: abs(c.i - subj.i)):
        if child.dep_ in {"amod", "compound", "nmod"}:
            found = phrase_entities(child, index)
            if found:  # "Chinese and Russian bombers": every conjunct, else the first
                return coordinated_modifiers(subj, index) or found[:1]
        if child.dep_ == "prep" and (child.lower_ == "from" or (
                child.lower_ == "of" and lemma in _GROUP_HEADS | _COUNT_HEADS | INSTRUMENTS) or (
                child.lower_ == "for" and lemma in PERSON_ROLE_NOUNS)):
            for obj in child.children:
                if obj.dep_ == "pobj" and phrase_entities(obj, index):
                    return phrase_entities(obj, index)
    part = participle(subj)  # "a support team, deployed by USAID, will ..."
    agent = passive_agent(part) if part is not None else None
    if agent is not None:
        return phrase_entities(agent, index)
    return _launched_from(part, index) if part is not None and lemma in INSTRUMENTS else []


def _launched_from(part: Token, index: EntityIndex) -> list[Entity]:
    """The state a weapon was launched from ("drones launched from Freedonia struck ...").

    Only a state (or a force of one) counts: "missiles fired from the hills" names no actor.
    """
    for prep in part.children:
        if prep.dep_ == "prep" and prep.lower_ in _LAUNCH_PREPS:
            for obj in prep.children:
                found = [e for e in phrase_entities(obj, index) if e.country_code] \
                    if obj.dep_ == "pobj" else []
                if found:
                    return found[:1]
    return []


#: Verbs by which a body issues a document that then speaks for it (round 13).
_ISSUING = frozenset({"issue", "pass", "adopt", "release", "publish", "send", "approve",
                      "unveil", "circulate", "deliver", "table", "submit", "sign"})


def issued_document(noun: Token) -> bool:
    """A document that is the object of its issuer's verb ("published a report which ...").

    The document's own clause ("... which accuses X of dumping") is its issuer's act; a
    document that someone else rejects or quotes is not.
    """
    verb = noun.head
    return (noun.lemma_.lower() in _DOCUMENTS and noun.dep_ == "dobj" and verb.pos_ == "VERB"
            and verb.lemma_.lower() in _ISSUING)


def subject_entities(verb: Token, index: EntityIndex) -> list[Entity]:
    """Entities of the (possibly inherited) subject of ``verb`` (:func:`subject_of`).

    The parties someone "joins in" doing ``verb`` share its subject: "Freedonia joined
    Ruritania in accusing Sylvania of dumping steel" has Freedonia and Ruritania as actors
    (events guideline: joint actors), and so has a conjoined "... and asking it for talks".
    """
    found = _subject_entities(verb, index)
    joined = _joined_parties(verb, index)
    return found + [e for e in joined if e not in found] if found else found


def _joined_parties(verb: Token, index: EntityIndex) -> list[Entity]:
    """The object of "join" whose ``in`` phrase holds ``verb`` ("joined X in urging")."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    prep = verb.head
    if verb.dep_ != "pcomp" or prep.lower_ != "in" or prep.head.lemma_.lower() != "join":
        return []
    obj = next((c for c in prep.head.children if c.dep_ == "dobj"), None)
    return phrase_entities(obj, index) if obj is not None else []


def _subject_entities(verb: Token, index: EntityIndex) -> list[Entity]:
    subj = subject_of(verb)
    if subj is None:
        return []
    if subj.pos_ == "NOUN" and not index.at(subj):
        return nominal_subject(subj, index)
    found = phrase_entities(subj, index)
    if found or subj.pos_ != "PRON" or _in_direct_quote(subj):
        return found  # '"They fired on us," the minister said': "they" is not the speaker
    cur = verb
    for _ in range(6):
        if cur.head == cur:
            break
        if cur.dep_ == "ccomp" and cur.head.lemma_.lower() in SPEECH_VERBS:
            return phrase_entities(subject_of(cur.head), index)
        cur = cur.head
    return []


_OPENING = frozenset({'"', "\u201c"})
_CLOSING = frozenset({"\u201d"})


def _in_direct_quote(token: Token) -> bool:
    """Whether ``token`` stands between quotation marks opened in its sentence.

    A pronoun in direct speech is read from the speaker's point of view: "they" or "he"
    there names someone else, never the speaker (only "we"/"I" do, handled apart).
    """
    inside = False
    for tok in token.sent:
        if tok.i >= token.i:
            break
        if tok.text in _CLOSING or (tok.text == '"' and inside):
            inside = False
        elif tok.text in _OPENING:
            inside = True
    return inside
