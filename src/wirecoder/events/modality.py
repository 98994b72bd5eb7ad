"""Modality of an event's clause: conditions, possibility, forecasts and commentary.

Split from :mod:`.modifiers` (issue 9, precision round). An act that is only possible
("could impose", "is likely to respond", "it is possible that X will"), forecast by someone
else ("experts predict that X will attack", "analysts expect X to impose tariffs"), or
wished ("hopes to") did not happen: it is flagged ``hypothetical`` (or not coded, see
:func:`commentary`), never reported as an act. Everything is read from the dependency parse.

Commentators (analysts, experts, professors, think-tank fellows, former officials speaking
as commentators) are not parties: their own statements are not events, and what they say
will, could or should happen is their forecast or advice, not an act (events guideline;
spot checks of rounds 3-5). A past act they report ("X attacked Y, analysts said") stays
coded.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Entity
from ..textutil import span_tokens_with, tokens_with
from .modifiers import SPEECH_VERBS, clause_head, intent_lemma

__all__ = [
    "cancelled",
    "commentary",
    "deontic",
    "has_modal",
    "in_condition",
    "is_commentator",
    "is_conditional",
    "is_forecast",
    "is_hypothetical",
    "past_realis",
    "said_by_commentator",
    "wished_receipt",
]

#: Adverbs and adjectives of likelihood: the act is forecast, not reported ("will likely
#: increase", "is likely to respond", "probably intends").
_LIKELY = frozenset({"likely", "unlikely", "probably", "possibly", "perhaps", "maybe",
                     "presumably", "conceivably"})
#: Adjectives of an extraposed likelihood ("it is possible that X will recognize Y").
_LIKELY_ADJ = frozenset({"possible", "likely", "unlikely", "probable", "improbable",
                         "conceivable", "doubtful", "plausible", "uncertain", "unclear"})
#: Modals of possibility on a governing verb ("may have to consider asking").
_POSSIBLE_AUX = frozenset({"may", "might", "could"})
_HYPO_AUX = frozenset({"would", "could", "might", "may", "should", "'d"})
_FUTURE_OR_MODAL = frozenset({"will", "shall", "'ll", "wo", *_HYPO_AUX})
_HYPO_ADJ = frozenset({"possible", "potential", "hypothetical", "prospective", "likely"})
_CONDITIONAL = frozenset({"if", "unless", "whether", "lest"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "advcl", "relcl", "acl", "pcomp", "parataxis",
                          "csubj", "conj"})
#: Verbs of prediction: whatever their clause complement says is a forecast ("experts
#: predict that X will attack", "analysts expect X to impose tariffs").
_PREDICT = frozenset({"predict", "forecast", "foresee", "anticipate", "expect", "project"})
#: Verbs of belief: a complement with a modal verb is a forecast ("they believe rebels
#: could attack again"); a past one is an allegation ("believe X attacked"), and "will" is
#: most often a plan the speaker knows of ("believes the leaders will meet").
_BELIEVE = frozenset({"believe", "think", "fear", "suspect", "doubt", "reckon", "bet",
                      "speculate", "guess", "estimate", "assess", "worry", "warn"})
#: Verbs whose complement is only at stake ("risks provoking sanctions").
_RISK = frozenset({"risk"})


def _aux_words(token: Token) -> set[str]:
    return {c.lower_ for c in token.children if c.dep_ in {"aux", "auxpass"}}


def _conditional(token: Token) -> bool:
    """Whether a child of ``token`` is an "if/unless/whether/lest" marker (``mark``)."""
    return token.i in _conditional_heads(token.doc)


_CONDITIONAL_HEADS_KEY = "wirecoder.conditional_heads"


def _conditional_heads(doc: Doc) -> frozenset[int]:
    """The tokens with a conditional ``mark`` child, found once per document.

    The same tokens as testing ``c.dep_ == "mark" and c.lower_ in _CONDITIONAL`` for the
    children ``c`` of each: the heads of the markers found from the LOWER column (a child
    is a token other than its head).
    """
    held: frozenset[int] | None = doc.user_data.get(_CONDITIONAL_HEADS_KEY)
    if held is None:
        marks = (doc[i] for i in tokens_with(doc, _CONDITIONAL))
        held = doc.user_data[_CONDITIONAL_HEADS_KEY] = frozenset(
            c.head.i for c in marks if c.dep_ == "mark" and c.head.i != c.i)
    return held


def in_condition(token: Token) -> bool:
    """Return True when the event sits inside an "if/unless/whether" clause (the condition).

    The condition names an act that has not happened ("if Russia attacks Poland, NATO will
    respond"); only the consequence can be an event (a THREATEN when it is hostile).
    """
    return any(_conditional(t) for t in (token, *token.ancestors))


def is_conditional(token: Token, governor: Token | None = None) -> bool:
    """Return True when the event is the consequence of an "if" clause."""
    cur = governor or token
    for _ in range(3):
        if any(c.dep_ == "advcl" and _conditional(c) for c in cur.children):
            return True
        if cur.head == cur or cur.dep_ not in {"xcomp", "conj", "ccomp"}:
            return False
        cur = cur.head
    return False


def has_modal(token: Token, governor: Token | None = None) -> bool:
    """Return True when the trigger or its light verb has a modal ("could follow")."""
    return any(_aux_words(tok) & _HYPO_AUX for tok in (token, governor) if tok is not None)


def is_hypothetical(token: Token, governor: Token | None = None) -> bool:
    """Return True for a conditional or merely possible event ("if ... were to", "could")."""
    for tok in (token, governor):
        if tok is None:
            continue
        if _aux_words(tok) & _HYPO_AUX:
            return True
        if any(c.lower_ in _HYPO_ADJ for c in tok.lefts if c.dep_ == "amod"):
            return True
    cur = governor or clause_head(token)  # a nominal shares its clause's condition
    for _ in range(6):
        if _conditional(cur) or any(c.dep_ == "advcl" and _conditional(c) for c in cur.children):
            return True
        if cur.head == cur or cur.dep_ not in _CLAUSE_DEPS or _own_adverbial(cur):
            return False
        cur = cur.head
    return False


#: Subordinators of adverbial clauses that hold their own act, outside a sibling condition
#: ("while Beijing has urged Manila to ..., the Philippines has vowed to resist if ...").
_OWN_CLAUSE_MARKS = frozenset({"while", "whereas", "although", "though", "because", "since",
                               "as", "after", "before", "when", "once", "until"})


def _own_adverbial(clause: Token) -> bool:
    return clause.dep_ == "advcl" and any(
        c.dep_ in {"mark", "advmod"} and c.lower_ in _OWN_CLAUSE_MARKS for c in clause.children)


def is_forecast(token: Token, governor: Token | None = None) -> bool:
    """Return True for an act that is only forecast or possible, not announced.

    "Japan will likely increase cooperation", "the U.S. is likely to respond", "Seoul may
    have to consider asking Washington": an adverb or adjective of likelihood on the
    trigger's clause, or a modal of possibility on a verb that governs it (through
    ``xcomp``/``conj``, not across a reporting verb). Also an act at risk ("risks
    provoking sanctions"), an extraposed likelihood ("it is possible that X will recognize
    Y") and the complement of a verb of prediction or belief (:func:`_predicted`). Such an
    act is hypothetical: not future (nobody committed to it), and not an AGREE.
    """
    cur = governor or token
    if _predicted(clause_head(cur)) or _at_risk(cur):
        return True
    if governor is None and _forecast_subject(token):
        return True  # "Japan's security cooperation with India will likely develop slowly"
    for step in range(5):
        if cur.pos_ in {"VERB", "AUX"} and any(c.dep_ == "advmod" and c.lower_ in _LIKELY
                                               for c in cur.children):
            return True  # not a verbless answer: "Probably the attack on Ukraine."
        if cur.lemma_.lower() in _LIKELY and cur.pos_ == "ADJ":
            return True  # "is likely to respond": the act is the adjective's complement
        if step and _aux_words(cur) & _POSSIBLE_AUX:
            return True
        if step and cur.lemma_.lower() in _RISK and cur.pos_ == "VERB":
            return True  # "risks provoking sanctions": only at stake
        if _extraposed_likelihood(cur):
            return True  # "it is possible that X will recognize Y"
        participle = cur.dep_ == "advcl" and cur.tag_ == "VBG" and not any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children)
        if (cur.dep_ not in {"xcomp", "conj"} and not participle) or cur.head == cur:
            return False  # a participle clause shares its head's modality ("may ... , pushing")
        if cur.head.lemma_.lower() in SPEECH_VERBS:
            return False
        cur = cur.head
    return False


#: Verbs of present obligation ("needs to withdraw", "ought to reopen", "has to release").
_OBLIGATION = frozenset({"need", "ought", "have"})


def deontic(anchor: Token) -> bool:
    """Whether the trigger's clause is what its subject needs or ought to do, now.

    "Peru needs to withdraw its troops", "ought to reopen its embassy", "has to release the
    sailors": an obligation, not an act (the act may never come). A past obligation ("had
    to release", "needed to evacuate") usually was met and is left as an act; "must" and
    "should" with an active subject are demands (:func:`~wirecoder.events.rules.demanded`).
    """
    verb = clause_head(anchor)
    if verb.dep_ != "xcomp" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                       for c in verb.children):
        return False
    head = verb.head
    if head.lemma_.lower() not in _OBLIGATION or head.tag_ not in {"VBZ", "VBP", "VB", "MD"}:
        return False
    return not (head.lemma_.lower() == "have" and any(c.dep_ == "dobj" for c in head.children))


#: Verbs of wishing: their complement is wanted, not promised.
_WISH = frozenset({"hope", "want", "wish", "desire", "aspire", "dream"})


def wished_receipt(anchor: Token, undergone: bool) -> bool:
    """Whether the subject only wishes to receive or undergo the act.

    "Malaysia hopes to get concessionary loans": nobody has promised the loans, so this is
    no AGREE (future AID is a pledge only when the giver makes it). ``undergone``: the
    subject receives or undergoes the act (an entry with ``swap``, an inverse light verb).
    "Peru hopes to sign a deal" (the subject's own act) stays a commitment.
    """
    verb = clause_head(anchor)
    return undergone and verb.dep_ == "xcomp" and intent_lemma(verb.head) in _WISH


#: Predicates telling how an event named by their subject develops ("cooperation will
#: likely develop slowly"); under a likelihood or possibility, the event is forecast.
_DEVELOPMENT = frozenset({"develop", "grow", "expand", "deepen", "increase", "intensify",
                          "improve", "strengthen", "happen", "occur", "begin", "start",
                          "resume", "continue", "materialize", "materialise", "proceed",
                          "take", "come", "escalate"})


def _forecast_subject(noun: Token) -> bool:
    """A nominal subject of a forecast development ("cooperation will likely develop")."""
    verb = noun.head
    if noun.dep_ != "nsubj" or noun.pos_ not in {"NOUN", "PROPN"}:
        return False
    if verb.lemma_.lower() not in _DEVELOPMENT:
        return False
    return bool(_aux_words(verb) & _POSSIBLE_AUX) or any(
        c.dep_ == "advmod" and c.lower_ in _LIKELY for c in verb.children)


#: Nouns of calling an act off: the act in their ``of`` phrase will not happen.
_CANCELLATION = frozenset({"cancellation", "cancelation", "postponement", "suspension",
                           "annulment", "scrapping", "abandonment"})


def cancelled(token: Token) -> bool:
    """Whether the trigger is what a cancellation calls off.

    "prompted cancellation of a scheduled summit meeting": the meeting will not take
    place, so it is no planned meeting (the cancellation itself is the event, a REJECT).
    Verbs of cancelling already absorb their object ("called off talks": one REJECT). The
    content of a plan called off is no act either: "dropped its plans to ship wheat",
    "the cancellation of plans for a summit".
    """
    prep = token.head
    if (token.dep_ == "pobj" and prep.lower_ == "of"
            and prep.head.lemma_.lower() in _CANCELLATION):
        return True
    plan = _plan_of(token)
    return plan is not None and _called_off(plan)


#: Nouns of hope or fear: the act they look to has not happened ("hopes for a summit",
#: "fears of an attack", "hope that a conflict can be prevented").
_HOPE_FEAR_NOUNS = frozenset({"hope", "fear", "prospect", "spectre", "specter"})
#: Verbs of fearing: their object or clause has not happened ("fear a new offensive").
_FEAR_VERBS = frozenset({"fear", "dread"})


def hoped_or_feared(token: Token) -> bool:
    """Whether the act is only hoped for or feared: it has not happened.

    "hold out hope for a summit", "growing fears of an attack", "hope that a conflict can be
    avoided", "residents fear a new offensive", "fears that X will attack" name an act that
    is looked to, not done, and nobody has committed to it (a pledge or threat is coded by
    its own verb). An act a party is worried or concerned *about* ("concern about the
    attack") is real and is not read here.
    """
    head = token.head
    if token.dep_ == "pobj" and head.lower_ in {"for", "of"} and _hope_or_fear(head.head):
        return True
    if token.dep_ == "dobj" and head.pos_ == "VERB" and head.lemma_.lower() in _FEAR_VERBS:
        return True
    verb = clause_head(token) if token.pos_ not in {"VERB", "AUX"} else token
    if token.pos_ not in {"VERB", "AUX"} and token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
        return False
    owner = verb.head
    if verb.dep_ in {"acl", "ccomp"} and _hope_or_fear(owner):
        return True  # "voiced hope that a conflict could be prevented"
    return verb.dep_ == "ccomp" and owner.lemma_.lower() in _FEAR_VERBS  # "fears that X will"


def _hope_or_fear(noun: Token) -> bool:
    """A noun of hope or fear, also when the parser tags it a verb.

    "Hopes that ... rose": a subject or object is a noun in function, and so is a subjectless
    "Hopes" opening the sentence; the small model lemmatizes "Hopes" as "hop".
    """
    nominal = noun.pos_ == "NOUN" or noun.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"} or (
        noun.i == noun.sent.start and noun.tag_ == "VBZ"  # "Hopes that ... rose": no subject
        and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in noun.children))
    return nominal and (noun.lemma_.lower() in _HOPE_FEAR_NOUNS
                        or noun.lower_.removesuffix("s") in _HOPE_FEAR_NOUNS)


def background_state(token: Token) -> bool:
    """Whether a present passive in a relative clause describes a state, not an act.

    "a base where peacekeepers are deployed", "the hills, which are occupied" tell the
    reader what holds at a place (guideline 1: states are not coded); the act that put the
    troops there is reported elsewhere, if at all. Only a simple present passive ("is / are"
    + participle, no "being", no date of its own, no ``by`` agent) in a relative clause
    counts: "troops were deployed there on Monday" reports the deployment, and "nationals
    who are detained by X" names X's detention, which goes on
    (``test_events_government_statements``). Verbal categories
    are not read here (the caller's check): "a plan that is supported by X" states support.
    """
    if token.pos_ != "VERB" or token.tag_ != "VBN" or token.dep_ not in {"relcl", "acl"}:
        return False
    aux = [c for c in token.children if c.dep_ in {"auxpass", "aux"}]
    if not aux or any(c.lower_ not in {"is", "are"} for c in aux):
        return False
    if any(c.dep_ == "agent" for c in token.children):
        return False  # "nationals who are detained by X": X's act goes on (an earlier decision)
    return not any(t.ent_type_ in {"DATE", "TIME"} for t in token.subtree)


#: Nouns of a plan whose content is an act not yet done ("plans to ship wheat").
_PLAN_NOUNS = frozenset({"plan", "plans", "proposal", "scheme", "project", "intention",
                         "bid", "offer", "decision", "programme", "program"})
#: Verbs that call a plan off: its content will not happen ("abandoned plans to deploy").
_CALL_OFF = frozenset({"cancel", "scrap", "abandon", "shelve", "drop", "ditch", "postpone",
                       "delay", "rescind", "revoke", "reverse", "withdraw", "suspend", "freeze",
                       "halt", "annul", "call", "put"})


def _plan_of(token: Token) -> Token | None:
    """The plan noun whose content ``token`` is ("plans to ship wheat", "plans for a summit")."""
    head = token.head
    if token.dep_ in {"acl", "xcomp", "relcl"} and token.pos_ in {"VERB", "AUX"} and (
            head.lemma_.lower() in _PLAN_NOUNS and head.pos_ == "NOUN"):
        return head
    if token.dep_ == "pobj" and head.lower_ in {"for", "of"} and (
            head.head.lemma_.lower() in _PLAN_NOUNS and head.head.pos_ == "NOUN"):
        return head.head
    return None


def _called_off(plan: Token) -> bool:
    """Whether a plan is cancelled: "canceled plans to ...", "the scrapping of plans to ...".

    "called off / put off / put on hold" read their particle; "call" and "put" alone do not
    cancel.
    """
    verb = plan.head
    if plan.dep_ == "pobj" and verb.lower_ == "of":
        return verb.head.lemma_.lower() in _CANCELLATION
    if plan.dep_ not in {"dobj", "nsubjpass"} or verb.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = verb.lemma_.lower()
    if lemma in {"call", "put"}:
        return any(c.dep_ == "prt" and c.lower_ == "off" for c in verb.children)
    return lemma in _CALL_OFF


def _at_risk(token: Token) -> bool:
    """An object of a verb that is only risked ("risks provoking sanctions", "risk war")."""
    cur = token
    for _ in range(3):
        if cur.dep_ not in {"dobj", "xcomp"} or cur.head == cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in _RISK and cur.pos_ in {"VERB", "NOUN"}:
            return True
    return False


def _extraposed_likelihood(clause: Token) -> bool:
    """A ``that``-clause of "it is possible / likely / unclear" (the copula's ``ccomp``)."""
    if clause.dep_ != "ccomp" or clause.head.lemma_ != "be":
        return False
    return any(c.dep_ == "acomp" and c.lower_ in _LIKELY_ADJ for c in clause.head.children)


def _predicted(clause: Token) -> bool:
    """Whether ``clause`` is what someone predicts or believes will or could happen.

    A clause complement (with its own subject) of a verb of prediction ("predict",
    "expect X to"), or of a verb of belief or warning when the clause is future or modal
    has a modal ("analysts believe Moscow could halt gas transit", "warned that X might
    attack"; the warner's own threat, "warned that it would retaliate", keeps its subject:
    see :func:`_own_subject`). Up through coordinated and infinitival clauses.
    """
    cur = clause
    for _ in range(4):
        head = cur.head
        if head == cur:
            return False
        if cur.dep_ == "ccomp" and any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children):
            lemma = head.lemma_.lower()
            if lemma in _PREDICT and not _own_subject(cur, head):
                return True
            believed = lemma in _BELIEVE and bool(_aux_words(cur) & _HYPO_AUX)
            return believed and not _own_subject(cur, head)
        if cur.dep_ not in {"xcomp", "conj"}:
            return False
        cur = head
    return False


def _own_subject(clause: Token, verb: Token) -> bool:
    """Whether the clause's subject is the predicting verb's own subject ("it", "we", same word).

    "China warned that it would retaliate" is China's announcement, not a forecast.
    """
    subj = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    own = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:
        return True
    if subj.lower_ in {"it", "we", "i", "they", "he", "she"}:
        return True  # a pronoun: most often the speaker's own side
    return own is not None and subj.lower_ == own.lower_


#: Roles that make a speaker a commentator rather than a party (not "former": see
#: :func:`is_commentator`).
_COMMENTATOR_ROLE = re.compile(
    r"(?i)(?<![\w-])(?:analysts?|experts?|professors?|lecturers?|(?:senior |research )?fellows?"
    r"|researchers?|scholars?|economists?|observers?|commentators?|columnists?|historians?"
    r"|strategists?|pundits?|sinologists?)(?![\w-])")
#: Institutions of commentary: a director or head of one is a commentator.
_COMMENTARY_BODY = re.compile(
    r"(?i)(?<![\w-])(?:institute|institution|think[- ]tank|university|college|school|academy"
    r"|foundation|endowment|cent(?:er|re) for|studies|programs?|programmes?|council on"
    r"|brookings|rand|carnegie|chatham)(?![\w-])")
_FORMER = re.compile(r"(?i)(?<![\w-])(?:former|ex-|retired)")
#: Former officials who comment (a former president or minister may still be a politician).
_FORMER_OFFICIAL = re.compile(
    r"(?i)(?<![\w-])(?:ambassadors?|diplomats?|officials?|envoys?|advis[eo]rs?|negotiators?"
    r"|officers?|generals?|admirals?|commanders?|intelligence|directors?|spokes\w+)(?![\w-])")


def is_commentator(entity: Entity | None, *, former: bool = False) -> bool:
    """Whether a mention is a commentator: an analyst, expert, professor, think-tank fellow.

    Args:
        entity: A mention of the actors stage (its ``role``, ``organization`` and words).
        former: Also count former or retired officials (ambassadors, diplomats, advisers,
            generals...) as speakers of a forecast ("a former ambassador said X will ..."),
            not as actors ("former President Carter visited Pyongyang" is an act); a former
            president or minister may still be a politician and is not counted.
    """
    if entity is None or entity.kind == "GPE":
        return False
    role = entity.role or ""
    words = " ".join(filter(None, (role, entity.raw_text, entity.organization)))
    if _COMMENTATOR_ROLE.search(words):
        return True
    if role and _COMMENTARY_BODY.search(" ".join(filter(None, (entity.organization,
                                                              entity.raw_text)))):
        return True  # "director of the Asia program at a think tank"
    described = " ".join(filter(None, (role, entity.raw_text)))
    return former and bool(_FORMER.search(described)) and bool(_FORMER_OFFICIAL.search(described))


def past_realis(anchor: Token) -> bool:
    """Whether the trigger's clause reports a past or ongoing act, without a modal.

    "attacked", "has imposed", "were shelling", "was arrested", and a trigger verb in the
    present progressive ("is expanding cooperation"); not "will", "could", "wants to", nor
    a nominal under a present verb ("is making India supportive of cooperation": an
    assessment).
    """
    verb = clause_head(anchor)
    aux = _aux_words(verb)
    if aux & _FUTURE_OR_MODAL:
        return False
    if verb.tag_ == "VBD":
        return True
    if aux & {"has", "have", "had", "'s", "'ve", "was", "were", "did"}:
        return True
    if verb == anchor and verb.tag_ == "VBG" and aux & {"is", "are", "am", "'re"}:
        return True  # the act itself, ongoing: "said Peru is expanding cooperation"
    return verb.tag_ == "VBN" and verb.dep_ in {"acl", "relcl", "advcl"}  # "an attack launched by"


def commentary(actor: tuple[Entity, ...], reporter: Entity | None, anchor: Token,
               irrealis: bool) -> str | None:
    """Why an event is a commentator's opinion or forecast rather than an act, or None.

    Args:
        actor: The event's actors.
        reporter: Who reports it (``Event.reported_by``).
        anchor: The trigger's verb (or the trigger).
        irrealis: The event is flagged future or hypothetical, or was reduced from a future
            act (the caller's reading of the clause).

    Returns:
        ``"commentator-actor"`` when every actor is a commentator ("analyst X praised the
        plan": no party acts), ``"commentator-forecast"`` when a commentator reports an act
        that is not a past or ongoing one ("analysts say Japan will likely increase
        cooperation", "Japan wants to strengthen ties, according to analysts"), else None.
    """
    if actor and all(is_commentator(a) for a in actor):
        return "commentator-actor"
    if not any(a.country_code for a in actor) and any(
            c.dep_ == "nsubj" and _commentator_words(c) for c in clause_head(anchor).children):
        return "commentator-actor"  # "analysts warn that ...": no entity, still no party
    if (is_commentator(reporter, former=True) or said_by_commentator(anchor)) and (
            irrealis or not past_realis(anchor)):
        return "commentator-forecast"
    return None


_ACCORDING = frozenset({"according"})


#: Clause links up which a governing verb's subject is the source of the clause.
_SOURCE_DEPS = frozenset({"ccomp", "xcomp", "conj", "parataxis"})


def said_by_commentator(anchor: Token) -> bool:
    """Whether a commentator is the source of the trigger's clause.

    A verb governing the clause has a commentator subject, or the sentence cites one
    ("according to analysts", "Lena Varga, a professor at X, said"). Read from the words of
    the subject phrase (its appositive included), for sources the actors stage gives no role
    ("analysts", "experts"); the trigger's own clause subject is the actor, not the source,
    and is not looked at.
    """
    cur = clause_head(anchor)
    for _ in range(6):
        if cur.head == cur or cur.dep_ not in _SOURCE_DEPS:
            break
        cur = cur.head
        if any(c.dep_ in {"nsubj", "nsubjpass"} and _commentator_words(c)
               for c in cur.children):
            return True
    sent = anchor.sent
    sources = [c for c in sent.root.children if c.dep_ == "parataxis"]
    sources += span_tokens_with(sent, _ACCORDING)
    for verb in sources:
        for tok in verb.subtree:
            if tok.dep_ in {"nsubj", "pobj"} and tok.head in {verb, *verb.children} and (
                    _commentator_words(tok)):
                return True
    return False


def _commentator_words(phrase: Token) -> bool:
    """Whether every conjunct of a noun phrase names a commentator by its own words.

    The head with its modifiers and appositive ("Security analyst X", "X, a professor at
    Y"); "the opposition party and independent observers" is not only commentators.
    """
    for head in (phrase, *phrase.conjuncts):
        words = [head.text]
        for child in head.children:
            if child.dep_ in {"compound", "amod", "appos", "nmod"}:
                words.extend(t.text for t in child.subtree)
        if not _COMMENTATOR_ROLE.search(" ".join(words[:16])):
            return False
    return True
