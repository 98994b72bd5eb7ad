"""Auxiliary modes and circumstances of an event.

Negation, future, historical, who reports the event (its date and location:
:mod:`wirecoder.events.when_where`).

Everything is read from the dependency parse around the trigger's clause, plus the
records of the earlier stages (time expressions, quotes).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Token

from ..models import Entity, Quote
from ..textutil import span_tokens_with

__all__ = [
    "PLANNING_VERBS",
    "PREPARING_VERBS",
    "SPEECH_VERBS",
    "clause_head",
    "intent_lemma",
    "is_future",
    "is_historical",
    "is_negated",
    "reporting_clause",
]

_NEG_WORDS = frozenset({"not", "n't", "never", "no", "neither", "nor", "without"})
#: Adverbs that deny that the act happens ("seldom criticized", "rarely meets").
_NEG_ADVERBS = frozenset({"seldom", "rarely", "hardly", "scarcely", "barely"})
_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})
#: Verbs of planning: the act they plan lies ahead, whether it is their complement ("plans to
#: strike", :data:`_INTENT`) or their noun object ("is preparing an offensive",
#: ``state_senses.planned_object``, which adds its own object-only verbs).
#: Of them, the verbs of making ready, with "ready", which takes only a noun object ("readied a
#: ground assault"): the thing made ready is being prepared now (``military_moves``).
PREPARING_VERBS = frozenset({"prepare", "ready"})
PLANNING_VERBS = frozenset({"plan", "consider", "mull", "weigh"}) | (PREPARING_VERBS - {"ready"})
#: Verbs of intention or schedule whose complement is a future event.
_INTENT = PLANNING_VERBS | frozenset((
    "intend", "aim", "seek", "hope", "want", "expect", "slat", "slate",
    "schedule", "set", "due", "look", "try", "propose", "wish",
    "aspire", "move", "eye", "order",
))
_FUTURE_ADJ = frozenset(
    {"planned", "upcoming", "proposed", "future", "forthcoming", "scheduled", "expected",
     "next", "prospective", "anticipated", "slated",
     "intended", "impending"}
)
_HISTORY_CUES = ("decades ago", "centuries ago", "in the 19", "during the cold war",
                 "colonial era", "colonial rule", "colonial times", "during world war",
                 "in world war")
#: "15 years ago", "a dozen years ago": historical from ten years back.
_YEARS_AGO = re.compile(r"\b(\d+|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a dozen)"
                        r"\s+years\s+ago\b")
#: Reporting verbs: the subject of their clause reports the embedded event.
SPEECH_VERBS = frozenset((
    "say", "tell", "announce", "state", "claim", "add", "note", "insist", "confirm",
    "report", "write", "post", "tweet", "assert", "argue", "explain", "stress", "emphasize",
    "emphasise", "reiterate", "acknowledge", "admit", "remark", "comment", "indicate",
    "suggest", "disclose", "reveal", "declare", "testify", "allege", "predict", "caution",
    "cast", "describe",
))


def clause_head(token: Token) -> Token:
    """Return the verb heading the clause of ``token`` (``token`` itself for verbs)."""
    cur = token
    for _ in range(40):
        if cur.pos_ in {"VERB", "AUX"} or cur.head == cur:
            return cur
        cur = cur.head
    return cur


def _chain(token: Token) -> list[Token]:
    """Return ``token`` and its verb ancestors up to (excluding) the first reporting verb."""
    out, cur = [token], token
    for _ in range(40):
        if cur.head == cur:
            break
        dep, cur = cur.dep_, cur.head
        if cur.lemma_.lower() in SPEECH_VERBS and dep in {"ccomp", "parataxis"}:
            break
        out.append(cur)
    return out


def _negation_children(token: Token, adverbs: bool = True) -> bool:
    for child in token.children:
        if child.dep_ == "neg" and _focus_particle(child):
            continue  # "not only condemned ... but also recalled": no negation
        if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in {"no", "neither"}):
            return True
        if adverbs and child.dep_ == "advmod" and child.lower_ in _NEG_ADVERBS:
            return True  # "seldom criticized China": the act is denied, not reported
        if child.dep_ == "prep" and child.lower_ == "without":
            return True
    return False


#: Verbs whose complement did not happen ("failed to reach", "refrained from criticizing").
_NOT_DONE = frozenset({"fail", "refrain", "avoid", "neglect", "omit", "prevent"})
_NO_SUBJECTS = frozenset({"nobody", "none", "noone", "nothing"})


def _no_subject(token: Token) -> bool:
    """A subject that denies the act: "no country", "neither side", "nobody"."""
    for subj in (c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"}):
        if subj.lower_ in _NO_SUBJECTS or any(
                c.dep_ == "det" and c.lower_ in {"no", "neither"} for c in subj.children):
            return True
    return False


def _not_done(token: Token) -> bool:
    """Whether a verb of non-occurrence governs ``token`` (up a few complement links)."""
    cur = token
    for _ in range(4):
        head = cur.head
        if head == cur or cur.dep_ not in {"xcomp", "pcomp", "pobj", "prep", "dobj", "advmod"}:
            return False
        lemma = head.lemma_.lower()
        if lemma in _NOT_DONE or (lemma == "unable" and cur.dep_ == "xcomp"):
            return True
        if cur.dep_ == "dobj":
            return False  # "has yet to condemn Russia's invasion": the invasion happened
        if cur.dep_ == "xcomp" and lemma in {"have", "be"} and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children):
            return True  # "has yet to condemn", "is yet to sign"
        if head.lower_ == "short" and head.head.lemma_.lower() in {"stop", "fall"}:
            return True  # "stopped short of recognizing"
        if lemma in SPEECH_VERBS:
            return False
        cur = head
    return False


def _focus_particle(neg: Token) -> bool:
    """Whether a "not" opens "not only/just/merely ... but (also)" (an addition, no negation)."""
    nxt = neg.nbor(1) if neg.i + 1 < len(neg.doc) else None
    return nxt is not None and nxt.lower_ in {"only", "just", "merely", "simply"}


def is_negated(token: Token, governor: Token | None = None) -> bool:
    """Return True when the trigger (or its light verb, or a controlling verb) is negated.

    Also when its subject is "no one" ("no country has recognized X") or a verb of
    non-occurrence governs it ("failed to reach", "refrained from criticizing", "has yet to
    condemn", "stopped short of recognizing", "avoided criticism").
    """
    if _negation_children(token) or (governor is not None and _negation_children(governor)):
        return True
    if any(_no_subject(tok) for tok in (token, governor) if tok is not None):
        return True
    if _not_done(governor or token):
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "without":
        return True
    cur = governor or token
    while cur.dep_ in {"xcomp", "conj"} and cur.head != cur:
        cur = cur.head
        if _negation_children(cur, adverbs=False) and cur.lemma_.lower() not in SPEECH_VERBS:
            return True
    return False


#: Verbs that say whether an event named by their subject happened ("the talks did not
#: take place", "the strike never went ahead"); other predicates say something about it.
_OCCURRENCE = frozenset({"happen", "occur", "take", "go", "begin", "start", "proceed",
                         "materialize", "materialise", "resume", "continue", "last", "end",
                         "come", "follow", "succeed", "work", "be", "get", "stop", "finish"})


def says_if_it_happened(subject_noun: Token) -> bool:
    """Whether the verb of an event noun's clause tells if the event took place.

    A passive subject always does ("sanctions were not imposed"); an active one only with a
    verb of occurrence ("the talks did not take place"). In "Lopez's conviction was not
    going to advance peace" the negation denies an effect, not the conviction.
    """
    if subject_noun.dep_ == "nsubjpass":
        return True
    verb = subject_noun.head
    if verb.lemma_.lower() not in _OCCURRENCE:
        return False
    return not any(c.dep_ == "xcomp" for c in verb.children)  # "was not going to advance"


def _aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def is_future(token: Token, governor: Token | None = None) -> bool:
    """Return True for an event announced for the future ("will meet", "plans to visit").

    "would" counts as future in reported speech ("said it would resume cooperation").
    """
    for tok in (token, governor):
        if tok is None:
            continue
        if _aux_words(tok) & _FUTURE_AUX or _going_to(tok):
            return True
        if "would" in _aux_words(tok) and reporting_clause(tok) is not None:
            return True
        first = _shared_aux_head(tok)  # "will build on it and resume talks"
        if first is not None and (_aux_words(first) & _FUTURE_AUX or (
                "would" in _aux_words(first) and reporting_clause(first) is not None)):
            return True
        if any(c.lower_ in _FUTURE_ADJ for c in tok.lefts if c.dep_ in {"amod", "compound"}):
            return True
        if _intended(tok) or _continued_future(tok) or _planned_content(tok) or _en_route(tok):
            return True
        if _scheduled_be_to(tok):
            return True
    return _meeting_ahead(token)


def _shared_aux_head(token: Token) -> Token | None:
    """The first conjunct whose auxiliaries a bare conjoined verb shares, or None.

    "We will build on the momentum and resume talks", "said he would attend the summit and
    hold talks": a verb conjoined to another, with no auxiliary and no subject of its own,
    is under the first verb's "will" / "would" (round 24). A conjunct with its own
    subject or auxiliary ("will meet and has called") keeps its own tense.
    """
    if token.dep_ != "conj" or token.pos_ not in {"VERB", "AUX"} or token.head.pos_ not in {
            "VERB", "AUX"}:
        return None
    if any(c.dep_ in {"aux", "auxpass", "nsubj", "nsubjpass"} for c in token.children):
        return None
    if token.tag_ not in {"VB"}:  # the bare form a shared modal takes ("and resume")
        return None
    if any(c.lower_ in {"do", "does", "did", "nor"} for c in token.head.children):
        return None  # "does not accept, nor will it, X and calls on Y": no shared "will"
    return token.head

#: Subjects of "is to" that state a goal, not a schedule ("the aim is to discuss").
_GOAL_SUBJECTS = frozenset({"aim", "goal", "purpose", "idea", "objective", "task", "job",
                            "priority", "challenge", "mission", "point", "intention", "hope"})


def _scheduled_be_to(token: Token) -> bool:
    """Return True for "X is / are to <verb>": the act is scheduled ("ministers are to meet").

    The infinitive complement of a bare "be" whose subject is a party; "the aim is to
    discuss" names a goal (:data:`_GOAL_SUBJECTS`), and "was to have met" a plan that
    did not happen, so neither counts.
    """
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_ != "be" or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in token.children):
        return False
    if any(c.lower_ == "have" and c.dep_ == "aux" for c in token.children):
        return False
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.lemma_.lower() not in _GOAL_SUBJECTS for s in subjects)


def _en_route(token: Token) -> bool:
    """Return True for a trip under way to a meeting: "was headed to Lusaka for a summit".

    "is heading / was headed to X" says the party has not arrived: the visit (and the
    talks it is for) lies ahead, so it is a planned meeting (AGREE, ``future=true``).
    """
    return (token.lemma_.lower() == "head" and token.tag_ in {"VBG", "VBN"}
            and any(c.dep_ in {"aux", "auxpass"} and c.lemma_ == "be" for c in token.children)
            and any(c.dep_ == "prep" and c.lower_ == "for" and any(
                g.lemma_.lower() in _MEETING_AIMS for g in c.children) for c in token.children))


#: Aims that make a trip under way a planned meeting ("heading to Lusaka for a summit");
#: travellers "heading to the coast" plan no meeting.
_MEETING_AIMS = frozenset({"talk", "talks", "meeting", "summit", "negotiation", "negotiations",
                           "consultation", "consultations", "visit", "conference"})
#: Nouns of a meeting or trip whose verb may announce it ("will pay a visit", "proposed talks").
_MEETING_NOUNS = _MEETING_AIMS | {"trip", "tour", "dialogue", "round"}
#: Verbs that do a meeting or trip named by their object ("pay a visit", "hold talks").
_MEETING_VERBS = frozenset({"pay", "make", "hold", "have", "host", "attend", "begin", "start",
                            "conduct", "undertake", "open", "launch", "resume", "join",
                            "convene", "take", "embark"})
#: Verbs that put forward a meeting that has not taken place ("proposed talks", "offered a
#: dialogue"): codebook AGREE, an offer to meet.
_OFFER_VERBS = frozenset({"propose", "offer", "suggest"})


def _meeting_ahead(token: Token) -> bool:
    """Return True for a meeting noun whose verb lies ahead: "will pay a state visit to X".

    The object of a verb with a future auxiliary ("will pay a visit", "is going to make a
    trip") or of a verb of offering ("Kenya proposed talks") names a meeting that has not taken
    place; the parser does not always make that verb the noun's light verb, so the noun's own
    head is read. Only meeting nouns and verbs that do or offer the meeting: "will condemn
    the talks" says nothing of when the talks were.
    """
    if token.pos_ != "NOUN" or token.lemma_.lower() not in _MEETING_NOUNS or token.dep_ != "dobj":
        return False
    verb = token.head
    if verb.pos_ not in {"VERB", "AUX"} or _negation_children(verb):
        return False
    lemma = verb.lemma_.lower()
    if lemma in _OFFER_VERBS:
        return True
    return lemma in _MEETING_VERBS and (bool(_aux_words(verb) & _FUTURE_AUX) or _going_to(verb))


#: Verbs whose gerund object is part of a plan they announce ("the trip will include
#: meeting the prime minister").
_CONTENT_VERBS = frozenset({"include", "involve", "feature", "entail", "comprise"})


def _planned_content(token: Token) -> bool:
    """Return True for a plan's parts: "the trip will include meeting X" (both are planned).

    The gerund object of a future "include/involve", or the nominal subject of one.
    """
    head = token.head
    if head.lemma_.lower() not in _CONTENT_VERBS or not _aux_words(head) & _FUTURE_AUX:
        return False
    return (token.tag_ == "VBG" and token.dep_ in {"xcomp", "dobj", "pcomp", "ccomp"}) or (
        token.dep_ == "nsubj" and token.pos_ == "NOUN")


#: Verbs whose complement shares their tense ("will continue assisting", "will keep
#: supporting").
_ASPECT_VERBS = frozenset({"continue", "keep", "remain", "resume", "start", "begin"})


def _continued_future(token: Token) -> bool:
    """Return True for the complement of a future aspect verb ("will continue to support")."""
    head = token.head
    if token.dep_ != "xcomp" or head.lemma_.lower() not in _ASPECT_VERBS:
        return False
    aux = _aux_words(head)  # "said it would continue to provide" (reported future)
    return bool(aux & _FUTURE_AUX) or ("would" in aux and reporting_clause(head) is not None)


def is_announced(token: Token, governor: Token | None = None) -> bool:
    """Return True for an act announced with a future modal ("will strike", "said it would").

    Unlike :func:`is_future`, intention verbs ("plans to", "tried to") and planned nominals
    do not count: only the speaker's own announcement of the act.
    """
    for tok in (token, governor):
        if tok is None:
            continue
        if _aux_words(tok) & _FUTURE_AUX or _going_to(tok):
            return True
        if "would" in _aux_words(tok) and reporting_clause(tok) is not None:
            return True
    return False


def _going_to(token: Token) -> bool:
    head = token.head
    return token.dep_ == "xcomp" and head.lemma_ == "go" and head.tag_ == "VBG"


def _intended(token: Token) -> bool:
    if token.dep_ == "acl" and any(c.lower_ in _FUTURE_ADJ for c in token.head.lefts
                                   if c.dep_ == "amod"):
        return True  # "a planned deal to hand over control"
    cur = token
    for _ in range(4):
        if _looking_forward(cur):
            return True  # "looks forward to working with Brazil"
        if cur.dep_ not in {"xcomp", "pcomp", "conj"} or cur.head == cur:
            return False
        step, cur = cur.dep_, cur.head
        if step == "conj":
            continue  # "ordered a review and expelled two envoys": done, not intended
        if intent_lemma(cur) in _INTENT or cur.lower_ in {"slated", "scheduled", "due", "set"}:
            return True
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep":
            cur = cur.head
    return False


def intent_lemma(token: Token) -> str:
    """The lemma of a verb of intention; the small model lemmatizes "hopes" as "hop"."""
    lemma = token.lemma_.lower()
    return "hope" if lemma == "hop" and token.lower_.startswith("hope") else lemma


def _looking_forward(token: Token) -> bool:
    """Return True for the complement of "look forward to" ("to working", "to the visit")."""
    prep = token.head if token.dep_ in {"pcomp", "pobj"} else None
    if prep is None or prep.lower_ != "to":
        return False
    head = prep.head
    if head.lower_ == "forward":
        head = head.head
    return head.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in
                                                 (*head.children, *prep.head.children, prep.head))


def is_historical(date: str | None, published: dt.date | None, clause: str) -> bool:
    """Return True for events placed in the distant past (a decade or more before publication).

    ``clause`` is the text of the event's own clause: a cue elsewhere in a long sentence
    ("... a law from the colonial era") does not date this event. "N years ago" counts
    from ten years.
    """
    lowered = clause.lower()
    if any(cue in lowered for cue in _HISTORY_CUES):
        return True
    ago = _YEARS_AGO.search(lowered)
    if ago and (not ago[1].isdigit() or int(ago[1]) >= 10):
        return True
    if date and published and date[:4].isdigit():
        return int(date[:4]) <= published.year - 10
    return False


def reporting_clause(token: Token) -> Token | None:
    """Return the reporting verb whose complement holds ``token`` ("X said ... <token>")."""
    cur = token
    for _ in range(40):
        if cur.head == cur:
            break
        dep, cur = cur.dep_, cur.head
        if cur.lemma_.lower() in SPEECH_VERBS and dep in {"ccomp", "parataxis"}:
            return cur
    for child in token.sent.root.children if token.sent.root != token else ():
        if child.dep_ == "parataxis" and child.lemma_.lower() in SPEECH_VERBS:
            return child
    root = token.sent.root
    if (root.lemma_.lower() in SPEECH_VERBS and root != token and token in root.subtree
            and not any(c.dep_ in {"nsubj", "nsubjpass"} and token in c.subtree
                        for c in root.children)):
        return root
    return None


def according_to(token: Token) -> Token | None:
    """Return the object of an "according to X" phrase on the trigger's clause, if any."""
    for tok in _chain(token):
        for child in tok.children:
            obj = _according_object(child)
            if obj is not None:
                return obj
    return None


_ACCORDING = frozenset({"according"})


def sentence_according_to(token: Token) -> Token | None:
    """Return the object of any "according to X" phrase in the trigger's sentence."""
    for tok in span_tokens_with(token.sent, _ACCORDING):  # the only words that can open one
        obj = _according_object(tok)
        if obj is not None:
            return obj
    return None


def _according_object(tok: Token) -> Token | None:
    if tok.lower_ != "according":
        return None
    for prep in tok.children:
        if prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ == "pobj":
                    return obj
    return None


def quote_speaker(start: int, end: int, quotes: Sequence[Quote]) -> Entity | None:
    """Return the speaker of the quotation that holds the span, if the quotes stage found one."""
    for quote in quotes:
        if quote.start <= start and end <= quote.end and quote.speaker is not None:
            return quote.speaker
    return None
