"""Labels of points a reader can use: the topic's phrase and what each side does with it.

A label is built from the words of the point's own sentences, never from a bag of lemmas.
Every piece of it is a contiguous phrase of the evidence text (round 23, rolabel23):

- the **topic phrase**: the point's topic anchor as the text writes it ("sanctions",
  "South China Sea"), with a following name it governs ("sanctions on Ruritania");
- the **head predicates**: per side, the trigger words of the event nearest the anchor
  ("lifted", "will not extend"), with a negation right before them;
- lacking an event, a **gist**: the densest short run of content words of the sentence
  outside its reporting frame ("reason to be cautiously optimistic").

Forms: ``topic: head A / head B`` (a head per side, in the point's order), ``topic — gist``,
``head phrase / head B`` (no anchor: the first side's head with the words after it) or the
gist alone. Only the label (``Point.topic``) is built here; no point, relation or evidence
depends on it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .claims import STOPWORDS, WORD
from .models import Claim

__all__ = ["gist", "point_label"]

MAX_HEADS = 3  # head predicates shown (one per side, first sides first)
OBJECT_WORDS = 5  # words after a head that a head phrase with no topic keeps
GIST_WORDS = 6  # longest gist
PHRASE_END = 0.25  # a gist's bonus for ending where its phrase ends (not "of Ruritanian")
# A name the topic governs: "sanctions on Ruritania", "talks with the Northern Assembly".
# A name's word: "Ruritania", "U.S" (its last dot is read apart) or a title ("Mr.", "Gen.")
# before another name's word; a sentence's full stop is never part of it.
_NAME_WORD = r"(?:[A-Z][a-z]{0,2}\.(?=\s+[A-Z])|[A-Z](?:[\w'’-]|\.(?=\w))*)"
NAME_TAIL = re.compile(r"\s+(?:on|of|over|against|with|for|from|to|in)\s+(?:the\s+)?"
                       + _NAME_WORD + r"(?:\s+" + _NAME_WORD + r"){0,3}(?![\w'’-])")
# After the name, a lowercase content word means the name only modifies a longer noun
# phrase ("in the Ruritania-Freedonia war"): the tail is dropped rather than cut mid-phrase.
AFTER_TAIL = re.compile(r"\s+([a-z][\w'’-]*)")
# A capitalized word after an anchor's word: the anchor begins or modifies a name.
NAME_RUN = re.compile(r"\s+[A-Z]")
# Words that end no phrase and carry no matter, besides ``STOPWORDS``.
WEAK = frozenset((
    "toward", "towards", "across", "along", "around", "among", "amid", "within", "without",
    "upon", "via", "despite", "whether", "think", "believe", "hope", "even", "much", "many",
    "way", "ways", "lot", "thing", "things", "something", "whole", "former"))
NEGATION = re.compile(r"(?:\b(?:not|never|no)|\b\w+n['’]t)\s+$", re.IGNORECASE)
BOUNDARY = re.compile(r"[,;:.!?“”\"()\[\]—–]|\s-\s")
# A reporting word: what stands before it in its piece is the frame (who speaks, where).
REPORTING = re.compile(
    r"\b(?:said|says|say|saying|told|tells|added|adding|according|stated|noted|noting|wrote|"
    r"writes|announced|statement|reporters|journalists|acknowledged|insisted|stressed|warned|"
    r"argued|claimed|explained|reiterated|emphasi[sz]ed|asserted|declared|remarked|"
    r"commented|echoed|disclosed|reported|quoted)\b", re.IGNORECASE)


def point_label(claims: Sequence[Claim], anchor: str | None,
                sides: Sequence[str] = ()) -> str:
    """Return the label of a point made of ``claims``.

    Args:
        claims: The point's claims (any order; read in text order).
        anchor: The point's topic anchor (``align._anchor``), or None when it has none.
        sides: The point's sides in the order its heads are shown (default: text order).

    Returns:
        The label (see the module's docstring), ``"other"`` when the sentences have no
        content word.
    """
    ordered = sorted(claims, key=lambda c: (c.start, c.account))
    found_topic = _topic_phrase(ordered, anchor) if anchor else None
    topic, topic_claim = found_topic or (None, None)
    if topic and len(WORD.findall(topic)) > GIST_WORDS:
        topic = None  # a long anchor match ("talks … a major step forward") labels no better
    sides = [*sides, *(s for s in dict.fromkeys(c.side for c in ordered) if s not in sides)]
    heads: list[str] = []
    first_head: tuple[Claim, int, int] | None = None
    for side in sides:
        for claim in (c for c in ordered if c.side == side):
            found = _head(claim, anchor)
            if found is None:
                continue
            first_head = first_head or (claim, *found)
            phrase = claim.text[found[0]:found[1]]
            if phrase.lower() not in (h.lower() for h in heads):
                heads.append(phrase)
            break
    heads = heads[:MAX_HEADS]
    if topic and heads:
        return f"{topic}: {' / '.join(heads)}"
    if topic and topic_claim is not None:
        words = gist(topic_claim.text, near=topic_claim.text.find(topic))
        if sum(not _stop(w) for w in WORD.findall(words)) < 2:
            return topic  # a one-word gist ("oil — countries") says nothing more
        return f"{topic} — {words}" if topic.lower() not in words.lower() else words
    if first_head is not None:
        claim, start, end = first_head
        return " / ".join([_with_object(claim.text, start, end), *heads[1:]])
    return gist(ordered[0].text) or "other"


def _topic_phrase(claims: Sequence[Claim], anchor: str) -> tuple[str, Claim] | None:
    """The anchor's match in the claims as written, with the name it is part of or governs.

    The first match that does not modify a name wins ("Ukraine", not "Ukrainian" of
    "Ukrainian President …"); when every match does, the first alone (a name's first words
    are no safe phrase: "Ukraine Ambassador …"). A name the match governs follows it
    ("sanctions on Ruritania").
    """
    modifier: tuple[str, Claim] | None = None
    for claim in claims:
        for name, start, end in claim.anchor_spans:
            if name != anchor:
                continue
            name_run = NAME_RUN.match(claim.text, end)
            if name_run is not None and claim.text[start:start + 1].isupper():
                modifier = modifier or (claim.text[start:end], claim)
                continue
            tail = NAME_TAIL.match(claim.text, end)
            if tail is not None:
                last = tail.end()  # an abbreviation keeps its last dot ("the U.S.")
                last += claim.text[last:last + 1] == "." and "." in tail.group().split()[-1]
                after = AFTER_TAIL.match(claim.text, last)
                if after is None or _stop(after.group(1)):
                    end = last
            return claim.text[start:end], claim
    return modifier


def _head(claim: Claim, anchor: str | None) -> tuple[int, int] | None:
    """The span of the claim's head predicate: the trigger nearest the anchor, else the first.

    A trigger that is the anchor's own word ("talks") is no predicate of it. A negation right
    before the trigger is part of it ("did not agree", "won't extend").
    """
    at = [(a, b) for name, a, b in claim.anchor_spans if name == anchor]
    heads = [h for h in claim.heads if not any(h[0] < b and a < h[1] for a, b in at)]
    if not heads:
        return None
    start, end = min(heads, key=lambda h: (abs(h[0] - at[0][0]), h[0])) if at else heads[0]
    negation = NEGATION.search(claim.text, max(0, start - 16), start)
    return (negation.start() if negation else start), end


def _with_object(text: str, start: int, end: int) -> str:
    """The head with up to ``OBJECT_WORDS`` words after it in its clause, no stopword last."""
    clause = BOUNDARY.search(text, end)
    words = [m for m in WORD.finditer(text, end, clause.start() if clause else len(text))]
    words = words[:OBJECT_WORDS]
    while words and _stop(words[-1].group()):
        words.pop()
    return text[start:words[-1].end()] if words else text[start:end]


def _stop(word: str) -> bool:
    lower = word.lower().replace("’", "'")
    return lower in STOPWORDS or lower in WEAK or len(word) < 3 or lower.endswith("n't")


def gist(text: str, near: int = -1) -> str:
    """Return the densest run of up to ``GIST_WORDS`` words of a sentence outside its frame.

    The sentence is cut at punctuation; in each piece, the words up to its last reporting
    word ("X said", "told reporters") are the frame, read only when nothing else is left; the
    piece holding offset ``near`` (the topic's place), when it has two content words, is read
    alone. The run with the most content words wins (ties: the first), trimmed of stopwords
    at both ends; a run that ends where its phrase does (before a stopword or the piece's
    end) wins a tie.

    Args:
        text: One sentence.
        near: An offset in ``text`` whose piece is preferred (-1: none).

    Returns:
        A contiguous phrase of ``text``, or ``""`` when it has no content word.
    """
    pieces, stated, at = [], [], 0
    for cut in [*BOUNDARY.finditer(text), None]:
        stop = cut.start() if cut else len(text)
        words = list(WORD.finditer(text, at, stop))
        if words:
            pieces.append(words)
            frame = [m.end() for m in REPORTING.finditer(text, at, stop)]
            rest = [w for w in words if w.start() >= frame[-1]] if frame else words
            if rest:
                stated.append(rest)
        at = cut.end() if cut else stop
    around = [p for p in stated if p[0].start() <= near < p[-1].end()
              and sum(not _stop(w.group()) for w in p) >= 2]
    stated = around or stated
    best: tuple[float, int, int] | None = None  # (content words, -start, end)
    for words in stated or pieces:
        for i in range(len(words)):
            run = words[i:i + GIST_WORDS]
            while run and _stop(run[-1].group()):
                run = run[:-1]
            if not run or _stop(run[0].group()):
                continue
            after = i + len(run)  # a run that ends where its phrase ends reads better
            ends = after == len(words) or _stop(words[after].group())
            score = sum((0.5 if w.group()[:1].isupper() else 1.0)
                        for w in run if not _stop(w.group())) + PHRASE_END * ends
            if best is None or (score, -run[0].start()) > best[:2]:
                best = (score, -run[0].start(), run[-1].end())
    return text[-best[1]:best[2]] if best else ""
