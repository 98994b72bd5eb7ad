"""What an amount handed over by an actor measures: the actor's act, not the actor alone.

When an amount is the direct object of a verb whose subject is an actor (a named person,
organisation or country, a person noun, an institution noun or a personal pronoun), the
subject alone says who, not what. The amount is described by the actor's name, the verb
(with its particle) and the verb's first complement after the object: "Vantoria earned
$3 million from permit fees" -> "Vantoria earned from permit fees"; "the ministry
contributed $40 million to flood relief" -> "ministry contributed to flood relief";
"they spent $2 million to repair the bridge" -> "spent to repair the bridge" (a pronoun
is left out). The offsets cover the actor's name through the end of the complement.

Left to the other rules: an "in"/"for"/"on" noun after the object ("pledged $4.5 billion
in aid" -> aid), an amount that modifies the object ("approved a $70 million terminal"),
measure verbs whose subject is the measured thing ("the ferry ticket costs 14 euros"; only
earn/generate/make can have an actor), and bulletins in capitals.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..textutil import doc_text
from .about import About
from .clause import complement_noun
from .lexicon import AMOUNT_WORDS, MEASURE_VERBS, PERSON_NOUNS, UNITS

__all__ = ["agent_action", "span_activity"]

_VERBS = frozenset({"VERB", "AUX"})
_AGENT_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP"})
_PRONOUNS = frozenset({"he", "she", "they", "we", "i", "you", "it"})
_COMPLEMENTS = frozenset({"prep", "xcomp", "advcl", "dative"})
_SKIP_ENTS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"})
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
#: Prepositions that say where the amount came from or went, or what it was for (not
#: when: "after the spill", "by 2030"; "in" only before something other than a place).
_ACT_PREPS = frozenset({"from", "to", "for", "into", "onto", "toward", "towards", "on",
                        "against", "with", "in"})
#: Institutions that act as a whole: "the ministry contributed ...".
_INSTITUTIONS = frozenset({"government", "ministry", "agency", "company", "firm", "bank",
                           "authority", "council", "bureau", "department", "administration",
                           "organization", "organisation", "fund", "court", "treasury",
                           "commission", "army", "military", "coalition", "union",
                           "parliament", "cabinet", "state", "charity", "group",
                           "cooperative", "utility", "operator", "insurer", "lender",
                           "municipality", "port", "mine", "refinery"})
#: Measure verbs whose subject may be the actor who earns: "Vantoria earned $3 million".
_TRADE_VERBS = frozenset({"earn", "generate", "make"})
_NAME_DEPS = frozenset({"compound", "amod", "poss"})
#: At most this many words of a complement are kept ("from the sale of permits to ...").
_MAX_WORDS = 8


def _object_verb(anchor: Token) -> tuple[Token, Token] | None:
    """Return (verb, object) when the amount of ``anchor`` is itself a verb's direct object.

    An amount that modifies the object ("approved a $7 billion loan", "bought a
    5,000-acre ranch") measures that noun, not the act.
    """
    tok = anchor
    for _ in range(3):
        if tok.dep_ == "dobj" and tok.head.pos_ in _VERBS:
            amount = tok.i == anchor.i or tok.like_num or tok.lower_ in UNITS \
                or tok.lower_ in AMOUNT_WORDS
            return (tok.head, tok) if amount else None
        if tok.dep_ not in {"compound", "nummod", "quantmod", "nmod", "conj"} \
                or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _is_agent(subject: Token) -> bool:
    if subject.pos_ == "PRON":
        return subject.lower_ in _PRONOUNS
    return subject.pos_ in {"NOUN", "PROPN"} and (
        subject.ent_type_ in _AGENT_ENTS or subject.lemma_.lower() in PERSON_NOUNS
        or subject.lemma_.lower() in _INSTITUTIONS)


def _subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _usable(child: Token) -> bool:
    """Return True for a complement that says what the act was for or from."""
    if child.dep_ == "advcl":
        return any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
    if child.dep_ == "prep":
        obj = next((g for g in child.children if g.dep_ in {"pobj", "pcomp"}), None)
        return (child.lower_ in _ACT_PREPS and obj is not None and not obj.like_num
                and obj.ent_type_ not in _SKIP_ENTS
                and not (child.lower_ == "in" and obj.ent_type_ in _PLACE_ENTS))
    return True


def _words(child: Token) -> list[Token]:
    out: list[Token] = []
    for tok in child.subtree:
        if tok.is_punct or tok.dep_ == "cc" or len(out) >= _MAX_WORDS:
            break
        out.append(tok)
    return out


def agent_action(anchor: Token) -> About | None:
    """Return the act an actor performs with the amount anchored at ``anchor``, or None.

    Args:
        anchor: The quantity's anchor token (its unit or last number token).

    Returns:
        The verb with its particle and first complement after the object, or None when
        the amount is not the object of an actor's verb.
    """
    found = _object_verb(anchor)
    if found is None:
        return None
    verb, obj = found
    lemma = verb.lemma_.lower()
    if lemma in MEASURE_VERBS and (lemma not in _TRADE_VERBS or any(
            c.dep_ == "prt" for c in verb.children)):
        return None  # "the ticket costs 14 euros", "the low reached 3 °C", "make up 35%"
    subject = _subject(verb)
    if subject is None or not _is_agent(subject) or verb.is_upper:
        return None  # capitals: a bulletin's "WINDS EXTEND OUTWARD UP TO 25 MILES"
    if complement_noun(obj, obj.i) or complement_noun(verb, obj.i):
        return None  # "pledged $4.5 billion in aid": the clause fallback names the aid
    rights = [c for c in verb.rights if c.i > obj.i]
    complement = next((c for c in rights if c.dep_ in _COMPLEMENTS and _usable(c)), None)
    words = sorted([verb, *(c for c in verb.children if c.dep_ == "prt")], key=lambda t: t.i)
    if complement is not None:
        words += _words(complement)
    last = words[-1]
    head = _agent_words(subject)
    start = head[0].idx if head else verb.idx
    return About(" ".join(t.text for t in head + words), start, last.idx + len(last), verb)


def _agent_words(subject: Token) -> list[Token]:
    """Return the actor's name with its modifiers, no determiner; a pronoun gives nothing.

    "the UN refugee agency" -> "UN refugee agency".
    """
    if subject.pos_ == "PRON":
        return []
    left = subject.i
    while left > subject.left_edge.i and subject.doc[left - 1].dep_ in _NAME_DEPS \
            and not subject.doc[left - 1].is_punct:
        left -= 1
    return [t for t in subject.doc[left : subject.i + 1] if t.dep_ != "case"]


#: Words of a duration's unit, and the prepositions that make it the span of an act.
_DURATIONS = frozenset({"days", "weeks", "months", "years", "hours", "decades", "minutes",
                        "day", "week", "month", "year", "hour", "decade", "minute"})
_SPAN_PREPS = frozenset({"for", "over", "during", "within", "throughout"})


def _object_words(verb: Token, skip: int) -> list[Token]:
    """Return the verb's object in a few words ("any political activity"), if it names one."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i != skip), None)
    if obj is None or obj.pos_ not in {"NOUN", "PROPN"} or obj.like_num \
            or obj.ent_type_ in _SKIP_ENTS:
        return []
    return _agent_words(obj)


def span_activity(anchor: Token, found: Token | None) -> About | None:
    """Return the act a duration measures: "suspended him from all matches for eight months".

    A duration in a "for"/"over"/"during"/"within" phrase of a verb measures how long the
    act lasts: the verb with its particle, its object (not a pronoun or an amount) and its
    first complement ("suspended from all matches", "spent rebuilding the chapel roof").
    Used only when the other rules found nothing, the actor who acts ("the court") or the
    object alone ("the coach"); a
    subject that undergoes the act ("the bridge was closed for two weeks", "the ferry
    service will pause for nine days") is what the duration measures.

    Args:
        anchor: The quantity's anchor token (the duration's unit word).
        found: The noun the other rules found, or None.

    Returns:
        The act, or None.
    """
    prep = anchor.head
    if found is not None and not (found.dep_ == "nsubj" and _is_agent(found)) \
            and not (found.dep_ == "dobj" and found.head.i == prep.head.i):
        return None
    if anchor.lower_ not in _DURATIONS or anchor.dep_ != "pobj" \
            or prep.lower_ not in _SPAN_PREPS or prep.head.pos_ not in _VERBS:
        return None
    verb = prep.head
    if verb.lemma_.lower() in MEASURE_VERBS or verb.is_upper:
        return None
    words = sorted([verb, *(c for c in verb.children if c.dep_ == "prt")], key=lambda t: t.i)
    words += _object_words(verb, prep.i)
    complement = next((c for c in verb.rights if c.i != prep.i and c.dep_ in _COMPLEMENTS
                       and _usable(c) and c.i < prep.i), None)
    if complement is not None:
        words += _words(complement)
    last = max(words, key=lambda t: t.i)
    end = last.idx + len(last)
    if last.i < prep.i:  # the words run before the duration: the text is their slice
        return About(doc_text(verb.doc)[verb.idx:end], verb.idx, end, verb)
    return About(" ".join(t.text for t in words), verb.idx, end, verb)
