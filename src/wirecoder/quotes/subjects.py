"""Who speaks through a cue verb: the subject token of a reporting verb.

The parse's subject or agent, the object of "according to", the name after an inverted cue
(", said X"), the head a participle or a conjunct inherits, or a name right before the verb when
the parse gave no subject. :func:`subject_of` returns a token; :mod:`.speakers` maps it to an
entity.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..pronouns import SUBJECTS, noun_subject
from ..vocabulary import COLLECTIVE, QUOTING_VERBS
from .cues import finite_conjunct_owner, reporting_participle_owner
from .index import DocIndex
from .lexicon import (
    CHARACTERIZE_VERBS,
    PERSON_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    REPORT_VERBS,
    words,
)

__all__ = ["subject_of"]

_SUBJECTS = SUBJECTS
_INHERIT = frozenset({"conj", "advcl", "xcomp", "pcomp", "dep"})
_NOUN_POS = frozenset({"NOUN", "PROPN"})
_CUE_TAILS = words("in aloud back")
#: Relative words the parser may take for the cue's subject beside the real one.
_MOVED = words("what who which that whom")


def subject_of(index: DocIndex, verb: Token, depth: int = 0) -> Token | None:
    """Return the token naming who speaks through ``verb``."""
    if verb.lower_ == "according":
        to = next((c for c in verb.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    if verb.lemma_ in CHARACTERIZE_VERBS and verb.tag_ == "VBN":
        namer = _characterizer(index, verb, depth)  # the thing named does not speak
        if namer is not None:
            return namer
    named = _named_subject(index, verb)
    if named is not None:
        return named
    for child in verb.children:
        if child.dep_ == "csubj" and child.tag_ == "VBG" and child.i == child.sent.start:
            continue  # "Speaking in Geneva, X called ...": an opening participle, no subject
        if child.dep_ in _SUBJECTS and not index.quoted(child):
            if child.lower_ in _MOVED and any(c.dep_ in _SUBJECTS and c.i > child.i
                                              for c in verb.children):
                continue  # "in what he says is ...": "what" belongs to the reported clause
            if child.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                return verb.head
            return noun_subject(child)
        if child.dep_ == "agent":
            return next((c for c in child.children if c.dep_ == "pobj"), None)
    inverted = _after_verb(index, verb)
    if inverted is not None:
        return inverted
    if verb.pos_ == "NOUN":  # "the notice read": the tagger made a compound of it
        noun = next((c for c in verb.children if c.dep_ == "compound" and c.i == verb.i - 1),
                    None)
        if noun is not None and noun.pos_ in _NOUN_POS:
            return noun
    return _inherited_subject(index, verb, depth)


def _characterizer(index: DocIndex, verb: Token, depth: int) -> Token | None:
    """Return who names something with a naming participle ('X was branded "..." by Y').

    The "by" phrase after the verb, outside the quotation (the parser may hang it on the
    quoted noun); else, for a passive, the subject of the cue whose reported clause holds
    it ('she said X should be called "..."'): the thing named does not speak. None when
    neither is found.
    """
    for token in verb.subtree:
        if token.i <= verb.i or token.lower_ != "by" or index.quoted(token):
            continue
        agent = next((c for c in token.children if c.dep_ == "pobj"), None)
        if agent is not None and agent.ent_type_ not in ("DATE", "TIME"):
            return agent
    if depth >= 3 or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return None
    for outer in verb.ancestors:
        if outer.lemma_ in REPORT_VERBS and outer.pos_ in ("VERB", "AUX") and any(
                c.dep_ in ("nsubj", "csubj") for c in outer.children):
            return subject_of(index, outer, depth + 1)
    return None


def _inherited_subject(index: DocIndex, verb: Token, depth: int) -> Token | None:
    """Return who speaks through a verb without a subject of its own.

    The one a report quotes, the noun a participle modifies, the subject of a clause set off
    by a dash, of the reporting verb a participle or conjunct belongs to, of the governing
    verb, or a name before the verb.
    """
    quoted = _quoted_as(verb)
    if quoted is not None:
        return quoted
    if verb.dep_ == "acl" and verb.head.pos_ in _NOUN_POS:
        return _scene_noun_owner(index, verb) or verb.head
    dashed = _dashed_clause_subject(index, verb)
    if dashed is not None:
        return dashed
    outer = (_appeal_owner(verb) or reporting_participle_owner(verb)
             or finite_conjunct_owner(verb))
    if outer is not None and depth < 3:  # "X says Y will ..., saying Z": X says Z
        return subject_of(index, outer, depth + 1)
    if verb.dep_ == "pcomp" and verb.tag_ == "VBG" and depth < 3:
        owner = _gerund_owner(index, verb)
        if owner is not None:  # "After weeks of denying X, Thailand ...": Thailand denied
            return owner
    if verb.dep_ == "conj" and verb.tag_ in ("VBD", "VBZ", "VBP"):
        named = _before_parenthetical(index, verb)
        if named is not None:  # "<clause>, Jan Oduya, a spokesman, told VOA": a trailing credit
            return named
    if verb.dep_ in _INHERIT and verb.head.i != verb.i and depth < 3:
        inherited = subject_of(index, verb.head, depth + 1)
        if inherited is not None:
            return inherited
    return _before_verb(index, verb) or _clause_subject(index, verb)


def _scene_noun_owner(index: DocIndex, verb: Token) -> Token | None:
    """Return who speaks through a participle the parser hung on a place or a thing.

    "they waited by the gate shouting ...": the participle hangs on "gate", the
    object of a preposition of the verb, which is no speaker (no name, no word for people);
    the subject of that verb speaks.
    """
    noun = verb.head
    if verb.tag_ != "VBG" or noun.dep_ != "pobj" or noun.pos_ != "NOUN":
        return None
    if _can_speak(index, noun):
        return None  # "met with protesters chanting ...": the protesters chant
    prep = noun.head
    owner = prep.head
    if prep.dep_ != "prep" or owner.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in owner.children if c.dep_ in ("nsubj", "nsubjpass")
                 and not index.quoted(c)), None)


def _can_speak(index: DocIndex, noun: Token) -> bool:
    """Return True for a noun that names people or a body: an actor's mention or a people noun.

    "the streets", "the town hall", a place, are none; "protesters", "the police" are.
    """
    if noun.lemma_.lower() in PERSON_NOUNS | COLLECTIVE:
        return True
    number = index.entity_of(noun)
    if number is None:
        return False
    entity = index.entities[number]
    return not entity.is_place and entity.kind not in ("GPE", "LOC", "FAC")


def _named_subject(index: DocIndex, verb: Token) -> Token | None:
    """Return the person's name when the parse gave the verb two subjects.

    "A spokesperson for the mission, Jan Oduya said": without the second comma the parser
    makes both the description and the name subjects of "said"; the name is the speaker.
    """
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i
                and not index.quoted(c)]
    if len(subjects) < 2:
        return None
    for child in reversed(subjects):
        number = index.entity_of(child)
        if number is not None and index.entities[number].kind == "PERSON":
            return child
        if number is None and child.pos_ == "PROPN" and subjects[0].pos_ == "NOUN":
            return child  # a name the recognizer missed, after a description
    return None


_DASHES = frozenset({"--", "—", "–"})


#: Prepositions of an adjunct that tells how, when or despite what the subject acted ("justified
#: the raid by saying", "angered the crowd after saying", "erred in saying"): the subject says.
#: After any other preposition the phrase completes what the verb does to its object, and the
#: object is the one who says ("accused X of saying", "charged X with saying", "pressured X
#: into saying", "praised X for saying", "barred X from saying", "quoted X as saying").
_SUBJECT_PREPS = frozenset({"by", "after", "before", "since", "upon", "on", "in", "while",
                            "when", "without", "despite", "through", "until", "besides"})
#: Objects that are no one: a thing or a deed cannot be the one who says.
_NO_ONE = frozenset({"it", "this", "that", "these", "those", "which", "what"})


def _gerund_owner(index: DocIndex, verb: Token) -> Token | None:
    """Return who does what a gerund after a preposition says.

    "After weeks of denying X, the ministry ...": the subject of the clause the phrase
    modifies. "Accused the mayor of saying X", "charged the editor with saying X": a phrase
    hung on the verb that has an object completes what the verb does to that object (verbs
    of blame, credit, pressure, prevention and report), so the object says; an adjunct of
    means, time or concession ("defended its raids by saying X", "after saying X") leaves
    the subject as the one who says. The parser may hang the phrase on the object instead
    of the verb ("accused the editor of saying": "of" <- "editor"); the object still says.
    """
    prep = verb.head
    if prep.pos_ != "ADP":
        return None
    up = prep.head
    while up.pos_ in ("NOUN", "PROPN", "ADP", "NUM") and up.head.i != up.i:
        up = up.head  # "after weeks of": the phrase hangs on a noun, then on the verb
    if up.pos_ not in ("VERB", "AUX"):
        return None
    on_object = prep.head.dep_ == "dobj" and prep.head.head.i == up.i  # "of" <- "editor"
    if (up.i == prep.head.i or on_object) and prep.lower_ not in _SUBJECT_PREPS:
        obj = next((c for c in up.children if c.dep_ == "dobj" and c.i < prep.i), None)
        if obj is not None and obj.lower_ not in _NO_ONE:
            return obj
    return next((c for c in up.children if c.dep_ in ("nsubj", "nsubjpass")
                 and not index.quoted(c)), None)


def _dashed_clause_subject(index: DocIndex, verb: Token) -> Token | None:
    """Return the subject of the clause set off by a dash that a ", saying" participle ends.

    "X refused the order -- an order the council has rejected, saying Y": the parser hangs
    the participle on the main verb before the dash, but it closes the clause after the
    dash; that clause's subject speaks.
    """
    doc = index.doc
    if verb.tag_ != "VBG" or verb.i < 2 or doc[verb.i - 1].text != "," or verb.head.i >= verb.i:
        return None
    dash = next((j for j in range(verb.i - 2, verb.head.i, -1) if doc[j].text in _DASHES), None)
    if dash is None:
        return None
    for j in range(verb.i - 2, dash, -1):
        word = doc[j]
        if word.pos_ in ("VERB", "AUX") and word.head.i > dash - 1:
            subject = next((c for c in word.children if c.dep_ in ("nsubj", "nsubjpass")
                            and dash < c.i < word.i and not index.quoted(c)), None)
            if subject is not None and subject.lower_ not in RELATIVE_PRONOUNS:
                return subject
    return None


def _quoted_as(verb: Token) -> Token | None:
    """Return who a report quotes: "quotes X as saying", "X was quoted as saying".

    The participle after "as" speaks for the object of "quote"/"cite" (or, in the passive,
    for its subject), not for the report that quotes.
    """
    prep = verb.head
    if verb.tag_ == "VBG" and verb.dep_ in ("advcl", "acl", "xcomp", "ccomp") and (
            prep.lemma_ in QUOTING_VERBS and prep.i < verb.i):  # "quoted the ministry saying"
        return next((c for c in prep.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if verb.tag_ == "VBG" and verb.dep_ == "acl" and prep.dep_ in ("dobj", "nsubjpass") and (
            prep.head.lemma_ in QUOTING_VERBS):  # "quoted the Health Ministry saying"
        return prep
    if verb.dep_ != "pcomp" or prep.lower_ != "as" or prep.head.lemma_ not in QUOTING_VERBS:
        return None
    return next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)


def _after_verb(index: DocIndex, verb: Token) -> Token | None:
    """Return the speaker of an inverted cue (', said Ana Reyes'), if the verb follows a quote."""
    doc = index.doc
    before = doc[verb.i - 1] if verb.i > 0 else None
    if before is None or verb.tag_ == "VBG" or not (
        index.quoted(before) or before.is_quote or (
            before.text == "," and not any(c.dep_ in ("ccomp", "dobj", "oprd") and c.i > verb.i
                                           for c in verb.children))
    ):
        return None  # a cue after a quotation or a comma: ", said X"
    last = None
    first = verb.i + 1
    if first < len(doc) and doc[first].lower_ in _CUE_TAILS:
        first += 1  # "chimed in Senator X", "wondered aloud one trader"
    for token in doc[first : min(len(doc), first + 5)]:
        if token.pos_ in _NOUN_POS or index.entity_of(token) is not None:
            last = token
        elif last is not None or not (token.pos_ in ("DET", "ADJ") or token.lower_ == "one"):
            break
    return last


def _before_verb(index: DocIndex, verb: Token) -> Token | None:
    """Return a name standing right before the verb, when the parse gave no subject.

    A comma-delimited phrase between the name and the verb is skipped ("X, flanked by
    the heads of the armed forces, announced").
    """
    doc = index.doc
    named = _before_parenthetical(index, verb)
    if named is not None:
        return named
    for token in reversed(doc[max(0, verb.i - 3) : verb.i]):
        if index.quoted(token):
            return None
        if index.entity_of(token) is not None or token.lower_ in PERSON_PRONOUNS:
            return token
    return None


def _before_parenthetical(index: DocIndex, verb: Token) -> Token | None:
    """Return the name before a ", ... ," phrase that ends right before ``verb``."""
    doc = index.doc
    if verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    for j in range(verb.i - 2, max(0, verb.i - 20), -1):
        if index.quoted(doc[j]):
            return None
        if doc[j].text == ",":
            number = index.entity_of(doc[j - 1]) if j > 0 else None
            if number is not None and index.entities[number].kind in ("PERSON", "ORG"):
                return doc[j - 1]
            return None
    return None


def _appeal_owner(verb: Token) -> Token | None:
    """Return the verb of an appeal a ", saying" participle closes: "called for X to ...".

    "He called for the rebels to lay down their arms, saying ...": the parser hangs the
    participle on the infinitive whose subject "for" introduces (the ones appealed to); the
    one who appeals says it.
    """
    if verb.tag_ != "VBG" or verb.lemma_ not in REPORT_VERBS or verb.i == 0:
        return None
    head = verb.head
    if verb.doc[verb.i - 1].text != "," or verb.dep_ != "advcl" or head.i > verb.i:
        return None
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in head.children) or not any(
            c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
        return None
    return head.head if head.dep_ in ("advcl", "xcomp", "ccomp") and head.head.i < head.i \
        else None


def _clause_subject(index: DocIndex, verb: Token) -> Token | None:
    """Return the nearest earlier subject of the sentence for a participle ('..., adding')."""
    if verb.tag_ not in ("VBG", "VBN"):
        return None
    low = index.sent_tokens[index.sentence_of(verb.i)][0]
    for token in reversed(index.doc[low : verb.i]):
        if token.dep_ in _SUBJECTS and not index.quoted(token):
            return token
    return None
