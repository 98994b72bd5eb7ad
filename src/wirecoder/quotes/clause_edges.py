"""The edges of a reported clause: what is cut off its start and end, and when it is none.

A clause loses a leading "that", "to", conjunction or punctuation, a news log's time stamp
("10:01 p.m.:"), a day word the parser put at its head, an "according to X" phrase at either
edge and its final punctuation; a clause opening with a wh-word is an embedded question, no
report (unless the cue is a verb of account or question). A clause that starts inside a
quotation is that quotation.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..pronouns import SUBJECTS
from .index import DocIndex
from .lexicon import REPORT_VERBS
from .repairs import DAY_WORDS, FINITE

__all__ = ["MIN_TOKENS", "QUOTE_CHARS", "in_earlier_report", "mostly_quoted", "trimmed"]

#: Fewest tokens a reported clause must have.
MIN_TOKENS = 3

_TRIM_LEAD = frozenset({"mark", "punct", "cc", "aux"})
#: Double quotation marks.
QUOTE_CHARS = frozenset('"“”„')
#: Punctuation a clause keeps at its end: closing quotation marks and the percent sign.
_KEPT_PUNCT = QUOTE_CHARS | {"%"}

#: Most tokens of a news log's time stamp before its colon.
_MAX_STAMP = 5
_STAMP_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "a.m", "p.m", "update", "updated", "est",
                          "edt", "gmt", "utc"})

#: Words opening an embedded question: its verb tells a topic, not what was said.
_WH_WORDS = frozenset({"why", "how", "what", "whether", "when", "where", "who", "which"})


def trimmed(index: DocIndex, span: tuple[int, int], question: bool = False,
             relative: bool = False) -> tuple[int, int] | None:
    """Drop leading 'that'/'to'/punctuation and trailing punctuation of a clause.

    A clause opening with a wh-word reports nothing ("explains why ..."), unless
    ``question``: the cue is a verb of account or question with a subject of its own
    ("recounts how ...", "questioned whether ..."), whose wh-clause is kept, wh-word included.
    With ``relative`` (the cue heads a relative clause: "the only tools they say they have")
    a clause of a subject and its finite verb is long enough.
    """
    doc = index.doc
    first, last = _without_according(index, span)
    after_that = False
    while first < last and (doc[first].dep_ in _TRIM_LEAD and doc[first].text not in QUOTE_CHARS):
        if doc[first].lower_ in _WH_WORDS:
            if question:
                break
            return None  # "asked whether the bakery would reopen": a question, not what was said
        after_that = after_that or doc[first].lower_ == "that"
        first += 1
    first = _past_stamp(doc, first, last)
    while first + 1 < last and doc[first].lower_ in DAY_WORDS and doc[first + 1].dep_ != "case":
        first += 1  # "said Monday the outbreak was contained": the day dates the saying
    if first + 1 < last and doc[first].lower_ == "that" and doc[first].dep_ == "det":
        first += 1  # "said that output fell": a complementizer the parser took for a determiner
    while last > first and (doc[last - 1].is_space or (  # a paragraph break ends no clause
            doc[last - 1].is_punct and doc[last - 1].text not in _KEPT_PUNCT)):
        last -= 1
    adverbial = after_that or doc[first].head.dep_ == "advcl" or question
    least = MIN_TOKENS - 1 if relative and doc[last - 1].tag_ in FINITE else MIN_TOKENS
    if last - first < least or (doc[first].lower_ in _WH_WORDS and not adverbial):
        return None  # an embedded question ("explains why the plan failed") reports no content
    # "said (that) when prices rise, ...": a wh-word opening an adverbial clause asks nothing
    return first, last


def _past_stamp(doc: Doc, first: int, last: int) -> int:
    """Skip a leading time stamp of a news log ("10:01 p.m.: Russia said ...")."""
    colon = next((j for j in range(first, min(last, first + _MAX_STAMP))
                  if doc[j].text == ":"), None)
    if colon is None or colon == first or colon + 1 >= last:
        return first
    if all(t.like_num or t.ent_type_ in ("TIME", "DATE") or t.lower_ in _STAMP_WORDS
           for t in doc[first:colon]):
        return colon + 1
    return first


def _without_according(index: DocIndex, span: tuple[int, int]) -> tuple[int, int]:
    """Cut an 'according to X' phrase off either edge of a clause."""
    first, last = span
    for token in index.doc[first:last]:
        if token.lower_ != "according":
            continue
        lo, hi = token.left_edge.i, token.right_edge.i + 1
        if hi >= last:
            return first, lo
        if lo <= first:
            return hi, last
    return first, last


def mostly_quoted(index: DocIndex, span: tuple[int, int], cue: int | None = None) -> bool:
    """Return True when the clause starts inside a quotation (it is the quotation itself).

    A clause that only opens with quoted words and goes on in the reporter's words
    ('said "bandits," not soldiers, were to blame') is reported speech. A clause before
    its cue (token ``cue``) whose quoted part is the whole clause but for opening modifiers
    is that quotation too (:func:`_quoted_core`).
    """
    number = index.in_quote[span[0]]
    if number < 0:
        return cue is not None and cue >= span[1] and _quoted_core(index, span)
    inside = sum(1 for j in range(span[0], span[1]) if index.in_quote[j] == number)
    return 2 * inside >= span[1] - span[0]


def _quoted_core(index: DocIndex, span: tuple[int, int]) -> bool:
    """Return True when the clause's verb and subject are quoted and only modifiers precede.

    'Still, by noon, "we had run out of bread," said X', 'Though praising "the crews
    worked all night," X asked ...': the reporter's words before the marks only frame the
    quoted clause, which is annotated once, as a partial quote (the guideline's rule for a
    whole clause in quotation marks). The clause must end with the quotation.
    """
    doc = index.doc
    first, last = span
    root = next((t for t in doc[first:last] if not first <= t.head.i < last or t.head.i == t.i),
                None)
    if root is None:
        return False
    number = index.in_quote[root.i]
    if number < 0:
        return False
    quoted = [j for j in range(first, last) if index.in_quote[j] == number]
    if not all(doc[j].is_punct for j in range(quoted[-1] + 1, last)):
        return False
    framing = [c for c in root.children if c.i < quoted[0]]
    return all(c.dep_ in _FRAMING_DEPS for c in framing)


#: Dependencies of the words that may frame a quoted clause from before its marks.
_FRAMING_DEPS = frozenset({"advmod", "prep", "advcl", "npadvmod", "punct", "mark", "cc",
                           "intj"})


def in_earlier_report(candidate: Token, pronoun: Token) -> bool:
    """Return True when ``candidate`` lies in a clause an earlier sentence attributes.

    "A statement from the board said the rebels had crossed. It also said ...", "According to
    the league, turnout rose. It said ...": the words another reports (a clause a reporting
    verb with a subject of its own governs, or one an "according to" phrase credits) name what
    was said, not who says it again; "it" and "they" that report something take the earlier
    speaker. The pronoun's own sentence is the shared resolver's (``_reported_before``).
    """
    if candidate.sent.start == pronoun.sent.start or (
            candidate.dep_ in SUBJECTS and candidate.head.lemma_ in REPORT_VERBS):
        return False  # the pronoun's own sentence, or a speaker itself ("while X claimed")
    node = candidate
    while node.head.i != node.i:
        head = node.head
        if node.dep_ in ("ccomp", "parataxis") and head.lemma_ in REPORT_VERBS and any(
                c.dep_ in SUBJECTS and c.i != candidate.i for c in head.children):
            return True
        if any(c.lower_ == "according" and c.i < node.i and not (
                c.left_edge.i <= candidate.i <= c.right_edge.i) for c in head.children):
            return True
        node = head
    return any(c.lower_ == "according" and not (c.left_edge.i <= candidate.i <= c.right_edge.i)
               for c in node.children)
