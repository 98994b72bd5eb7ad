"""Quoted terms: words in quotation marks that name something rather than report speech.

The gold guideline leaves scare quotes and titles unannotated. A quotation introduced by
"so-called", or by a naming participle that names no one who names ("a metal known as
'...'", "what became known as '...'", "units called '...'", "what is described as a
'...' alliance") marks a term the reporter uses, not words someone said. A naming verb with
a subject of its own ("what he called '...'", "which it described as '...'") or an agent
("described by the envoy as '...'") keeps its quotation: the subject or agent speaks.
"""

from __future__ import annotations

import re

from spacy.tokens import Token

from .credits import is_cue_verb
from .index import DocIndex
from .lexicon import DOCUMENT_NOUNS
from .marks import QuoteSpan
from .repairs import HEARER_VERBS

__all__ = ["named_term"]

#: "so-called" (or "so called") right before the opening mark, an article allowed between.
_SO_CALLED = re.compile(r"\bso[- ]called\s+(?:(?:a|an|the)\s+)?$", re.I)
#: A naming participle (with "as" or "to as") right before the mark, an article allowed.
_NAMING = re.compile(
    r"\b(known|dubbed|nicknamed|termed|labell?ed|branded|called|named|described|"
    r"referred\s+to)(?:\s+as)?\s+(?:(?:a|an|the)\s+)?$", re.I)
#: Most characters looked at before the opening mark.
_LOOK_BACK = 40
#: Dependencies that give a naming verb someone who names.
_NAMER_DEPS = frozenset({"nsubj", "agent", "csubj"})
#: Lemmas of the naming verbs (the words of :data:`_NAMING`).
_NAMING_LEMMAS = frozenset({"know", "dub", "nickname", "term", "label", "brand", "call", "name",
                            "describe", "refer"})
#: An agent phrase right after the closing mark: '"..." by the mayor', '"...," by X'.
_AGENT_AFTER = re.compile(r"\s*,?\s*by\s", re.I)


def named_term(index: DocIndex, span: QuoteSpan) -> bool:
    """Return True when quotation ``span`` is a term no one is said to have used.

    Args:
        index: The document index.
        span: A quotation (its opening mark is looked behind).

    Returns:
        True after "so-called", or after a naming participle without subject or agent.
    """
    before = index.text[max(0, span.open_mark - _LOOK_BACK):span.open_mark]
    if _SO_CALLED.search(before):
        return True
    found = _NAMING.search(before)
    if found is None:
        return _noun_modifier(index, span)
    char = span.open_mark - len(before) + found.start(1)
    verb = index.doc[index.token_at(char)]
    # a participle, or one the tagger read as a past tense ("rafts called '...'")
    participle = verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.dep_ in ("acl", "advcl"))
    return participle and not _names_someone(index, span, verb) and not _reported(verb)


def _noun_modifier(index: DocIndex, span: QuoteSpan) -> bool:
    """Return True for quoted nouns that modify the noun after the closing mark.

    'a "storm cellar" program', 'the "Dawn Chorus" listeners': the quoted words name a kind or
    a title (a compound before its head noun), they are not words someone said. A quoted
    adjective ('the "dictatorial" decree') may be the speaker's judgement and is kept.
    """
    if span.close_mark is None:
        return False
    first, last = index.token_range(span.start, span.end)
    if last <= first or last - first > _MAX_MODIFIER_TOKENS:
        return False
    word = index.doc[last - 1]
    head = word.head
    return (word.pos_ in ("NOUN", "PROPN") and word.dep_ in ("compound", "nmod", "amod")
            and head.i > word.i and not index.quoted(head) and head.pos_ in ("NOUN", "PROPN")
            and not _reported(head, naming=True))


def _reported(token: Token, *, naming: bool = False) -> bool:
    """Return True when ``token`` hangs under a cue or naming verb that has a subject.

    The quoted words are then someone's, inside what they are said to say (naming verbs
    count only with ``naming``); the hearer of "tell" is no part of what is said.
    'the mayor said the levy should be called "..."', 'the chief promised a "..." plan',
    'the minister described the pact as a "..." deal'.
    """
    child = token
    for verb in token.ancestors:
        hearer = verb.lemma_ in HEARER_VERBS and child.dep_ in ("dobj", "dative")
        child = verb
        if verb.pos_ not in ("VERB", "AUX") or hearer:
            continue  # 'told "..." listeners': the hearer, not what was told
        if (is_cue_verb(verb) or (naming and verb.lemma_ in _NAMING_LEMMAS)) and any(
                c.dep_ in _NAMER_DEPS for c in verb.children):
            return True
    return False


#: Most tokens of a quoted noun modifier.
_MAX_MODIFIER_TOKENS = 4


def _names_someone(index: DocIndex, span: QuoteSpan, verb: Token) -> bool:
    """Return True when the naming verb has a namer or a source.

    A subject or agent, a pronoun right before it, a "by" phrase right after the closing
    mark or anywhere outside the quotation in the verb's phrase (the parser often hangs
    '"..." by the mayor' on the quoted noun), or a document the words are cited from
    ('described as "..." in a letter from X').
    """
    if any(child.dep_ in _NAMER_DEPS for child in verb.children):
        return True
    if span.close_mark is not None and _AGENT_AFTER.match(index.text, span.close_mark + 1):
        return True
    for token in verb.subtree:
        if token.i <= verb.i or index.quoted(token):
            continue
        if token.dep_ == "agent" or (token.lower_ == "by" and token.dep_ == "prep"):
            return True
        if (token.dep_ == "pobj" and token.head.lower_ == "in"
                and token.lemma_.lower() in DOCUMENT_NOUNS):
            return True
    head = verb.head  # "what it has called": the parse may hang the subject on an auxiliary
    if verb.dep_ in ("conj", "xcomp") and any(c.dep_ in _NAMER_DEPS for c in head.children):
        return True
    previous = verb.doc[verb.i - 1] if verb.i > 0 else None
    return previous is not None and previous.pos_ == "PRON" and previous.lower_ != "what"
