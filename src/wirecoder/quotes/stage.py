"""The quotes stage: direct, partial and reported speech with cue and speaker."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..models import Entity, Quote, QuoteKind
from ..stages import StageContext, register_stage
from ..textutil import sentence_index
from .cues import Cue, cue_at, governing_cues, nearby_cue
from .index import DocIndex
from .indirect import Reported, reported_speech
from .lexicon import INTRO_VERBS, REPORT_VERBS, words
from .marks import QuoteSpan, find_quotes
from .speakers import speaker_for_token, speaker_of

__all__ = ["extract"]

#: Most characters between two quotations for the second to inherit the first's speaker.
MAX_CARRY_GAP = 250

_WORD = re.compile(r"[^\W\d_][\w’'\-]*")
_SMALL_WORDS = words("a an the of and or for in on at to by de la le du von van")
_SENTENCE_END = frozenset('.!?:\n"“”')

Attribution = tuple[Cue | None, Entity | None]


@register_stage("quotes", requires=("entities",))
def extract(doc: Doc, ctx: StageContext) -> tuple[Quote, ...]:
    """Return the quotations of ``doc`` (direct, partial, indirect), sorted by start.

    Args:
        doc: The parsed article.
        ctx: Stage context; ``ctx.get("entities")`` gives the speaker candidates.

    Returns:
        One :class:`Quote` per quoted passage or reported clause.

    """
    index = DocIndex.build(doc, ctx.get("entities"))
    index.set_quotes(find_quotes(index.text, index.sentence_end))
    records = _quoted(index) + [_reported(index, found) for found in reported_speech(index)]
    return tuple(sorted(records, key=lambda q: (q.start, q.end)))


def _quoted(index: DocIndex) -> list[Quote]:
    """Build the records of the passages between quotation marks."""
    records: list[Quote] = []
    previous: tuple[QuoteSpan, Quote] | None = None
    for number, span in enumerate(index.quotes):
        content = index.text[span.start : span.end]
        kind: QuoteKind = "direct" if _is_direct(index, span) else "partial"
        if kind == "partial" and _title_like(content):
            continue  # a name or title in quotation marks, not speech
        cue, speaker = _attribution(index, number, previous if kind == "direct" else None)
        record = _record(index, span.start, _trimmed_end(index.text, span, kind), kind, cue,
                         speaker)
        records.append(record)
        previous = (span, record)
    return records


def _trimmed_end(text: str, span: QuoteSpan, kind: str) -> int:
    """Return the end of a quotation without the comma US style puts inside the mark.

    A partial quotation also loses a final period placed inside the mark.
    """
    end = span.end
    drop = ",;" if kind == "direct" else ",;."
    while end > span.start + 1 and text[end - 1] in drop:
        end -= 1
    return end


def _attribution(
    index: DocIndex, number: int, previous: tuple[QuoteSpan, Quote] | None
) -> Attribution:
    """Return the cue and speaker of quotation ``number``."""
    fallback: Attribution | None = None
    for cue in governing_cues(index, number):
        speaker = speaker_of(index, cue)
        if speaker is not None:
            return cue, speaker
        fallback = fallback or (cue, None)
    near = nearby_cue(index, number)
    if near is not None:
        return near, speaker_of(index, near)
    if fallback is not None:
        return fallback
    colon = _colon_speaker(index, number)
    if colon is not None:
        return None, colon
    carried = _carried(index, number, previous)
    if carried is not None:
        return carried
    intro = _introduced(index, number)
    return (intro, speaker_of(index, intro)) if intro else (None, None)


def _colon_speaker(index: DocIndex, number: int) -> Entity | None:
    """Return the speaker of a quotation introduced by a colon.

    'Ruth Mbeki, a labor lawyer: "..."' names the speaker in a verbless phrase;
    'The ministry's reply: "..."' and 'The reaction from X was brief: "..."' name a
    message whose author speaks. The phrase before the colon must be in the same
    sentence or be the whole previous one.
    """
    quote = index.quotes[number]
    text = index.text
    pos = quote.open_mark - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or text[pos] != ":":
        return None
    colon = index.token_at(pos)
    lo = index.sent_tokens[index.sentence_of(colon)][0]
    span = index.doc[lo:colon]
    if not len(span) or any(index.quoted(t) for t in span):
        return None
    head: Token | None = span.root
    if head is not None and head.pos_ in ("VERB", "AUX"):
        head = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if head is not None and head.i >= colon:
            return None
    if head is None or head.pos_ not in ("NOUN", "PROPN"):
        return None
    return speaker_for_token(index, head)


def _carried(
    index: DocIndex, number: int, previous: tuple[QuoteSpan, Quote] | None
) -> Attribution | None:
    """Return the attribution of the preceding quotation when this one continues it."""
    if previous is None or previous[1].speaker is None:
        return None
    span, record = previous
    current = index.quotes[number]
    close = span.close_mark if span.close_mark is not None else span.end
    if current.open_mark - close > MAX_CARRY_GAP:
        return None
    first = index.quote_tokens[number][0]
    before = index.quote_tokens[index.quotes.index(span)][1] - 1
    if index.sentence_of(first) - index.sentence_of(max(before, 0)) > 1:
        return None
    cue = None
    if record.cue is not None and record.cue_start is not None:
        cue = cue_at(index.doc[index.token_at(record.cue_start)])
    return cue, record.speaker


def _introduced(index: DocIndex, number: int) -> Cue | None:
    """Return the cue of a sentence that introduces the quotation ('X said:', 'X tweeted.')."""
    first = index.quote_tokens[number][0]
    sentence = index.sentence_of(first)
    if sentence == 0 or index.sent_tokens[sentence][0] + 1 < first:
        return None
    lo, hi = index.sent_tokens[sentence - 1]
    doc = index.doc
    root = next((t for t in doc[lo:hi] if t.head.i == t.i), None)
    if root is None or index.quoted(root):
        return None
    if root.lemma_ in INTRO_VERBS:
        return Cue(root, root.text, root.idx, root.idx + len(root), "report")
    return cue_at(root) if root.lemma_ in REPORT_VERBS else None


def _is_direct(index: DocIndex, span: QuoteSpan) -> bool:
    """Return True for a whole statement in quotation marks, False for a partial quote."""
    text = index.text
    pos = span.open_mark - 1
    while pos >= 0 and text[pos].isspace():
        pos -= 1
    if pos < 0 or text[pos] in _SENTENCE_END:
        return True
    if not text[span.start : span.start + 1].isupper():
        return False
    token = index.doc[index.token_at(pos)]
    if token.is_punct and token.i > 0:
        token = index.doc[token.i - 1]
    return token.lemma_ in REPORT_VERBS


def _title_like(content: str) -> bool:
    """Return True for a short all-capitalized phrase: a title or a name, not speech."""
    words = [w for w in _WORD.findall(content) if w.lower() not in _SMALL_WORDS]
    return 0 < len(words) <= 8 and all(w[0].isupper() for w in words)


def _reported(index: DocIndex, found: Reported) -> Quote:
    doc = index.doc
    start = doc[found.first].idx
    last = doc[found.last - 1]
    end = _closing_mark(index, start, last.idx + len(last))
    return _record(index, start, end, "indirect", found.cue, speaker_of(index, found.cue))


def _closing_mark(index: DocIndex, start: int, end: int) -> int:
    """Extend a reported clause over the closing mark of a quotation it opens."""
    for quote in index.quotes:
        close = quote.close_mark
        if close is not None and end <= close <= end + 2 and start <= quote.open_mark < end:
            return close + 1
    return end


def _record(
    index: DocIndex, start: int, end: int, kind: QuoteKind, cue: Cue | None,
    speaker: Entity | None
) -> Quote:
    return Quote(
        text=index.text[start:end],
        kind=kind,
        start=start,
        end=end,
        sentence=sentence_index(index.doc, start),
        cue=cue.text if cue else None,
        cue_start=cue.start if cue else None,
        cue_end=cue.end if cue else None,
        speaker=speaker,
    )
