"""Find quotation marks and pair them into quoted spans, robust to unbalanced marks.

Straight (``"``), curly (``“ ”``) and typewriter (``''``, the New York Times' house style)
double marks are classified as opening or closing
from the characters around them (the glyph only breaks ties), then paired left to
right. A pair may not cross a paragraph break nor exceed :data:`MAX_QUOTE_CHARS`; an
opening mark that finds no partner is closed at the next mark, the end of its
paragraph or the end of its sentence, so one stray mark never swallows the article.
Single marks are mostly apostrophes ("leaders’", ‘scare quotes’ in headlines): a
‘curly single’ pair counts only when the words end in speech punctuation (‘Leave now,’)
and it is not nested in a double-quoted passage; straight single marks never count.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from .lexicon import REPORT_VERBS

__all__ = ["MAX_QUOTE_CHARS", "QuoteSpan", "find_quotes"]

#: Longest quoted passage accepted between a pair of marks.
MAX_QUOTE_CHARS = 1200

_OPEN, _CLOSE, _EITHER, _GLUED = 1, 2, 3, 4
_MARK = re.compile("''|[\"\u201c\u201d\u201e\u201f]")
_OPEN_GLYPHS = frozenset("\u201c\u201e\u201f")
_BEFORE_OPEN = frozenset("([{<—–-/\u2018'")
_AFTER_CLOSE = frozenset(".,;:!?)]}>—–-…\u2019'")
#: Speech punctuation that, glued before a mark and a lower-case word, makes it closing.
_GLUED_CLOSE = frozenset(",!?")
_SINGLE = re.compile(r"(?<!\w)\u2018(?=\w)([^\n\u2018]{1,400}?[,.!?])\u2019(?!\w)")
_WORD = re.compile(r"[a-z]+")
#: Past forms of reporting verbs that no suffix rule gives back.
_IRREGULAR = {"said": "say", "told": "tell", "wrote": "write", "spoke": "speak"}
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")
_NEWLINE = re.compile(r"\n")


@dataclass(frozen=True)
class QuoteSpan:
    """A quoted passage: offsets of the marks and of the content between them."""

    open_mark: int
    close_mark: int | None
    start: int
    end: int


def find_quotes(text: str, sentence_end: Callable[[int], int]) -> list[QuoteSpan]:
    """Return the quoted passages of ``text`` in order.

    Args:
        text: The article text.
        sentence_end: Returns the end offset of the sentence holding a character offset;
            used to bound a quote whose closing mark is missing.

    Returns:
        The passages, content trimmed of surrounding spaces, sorted by start.

    """
    spans = _double_quotes(text, sentence_end)
    singles = [s for s in _single_quotes(text) if not any(_nested(s, d) for d in spans)]
    return sorted(spans + singles, key=lambda s: s.start) if singles else spans


def _single_quotes(text: str) -> list[QuoteSpan]:
    """Return the ‘curly single’ quotations that end in speech punctuation."""
    if "\u2018" not in text:
        return []
    return [_span(text, m.start(), m.end() - 1, m.end() - 1) for m in _SINGLE.finditer(text)]


def _nested(inner: QuoteSpan, outer: QuoteSpan) -> bool:
    return outer.start <= inner.open_mark and inner.start < outer.end


def _double_quotes(text: str, sentence_end: Callable[[int], int]) -> list[QuoteSpan]:
    """Pair the double quotation marks of ``text`` into passages.

    An opening mark of another style inside an open passage (curly inside straight,
    straight inside ``''``) starts a nested quotation: it is skipped up to its closing
    mark of the same style, so the outer passage stays whole and is not duplicated.
    """
    marks = [(m.start(), _direction(text, m.start(), m.end()), _style(m.group()))
             for m in _MARK.finditer(text)]
    if not marks:
        return []
    breaks = _paragraph_breaks(text)
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    style = inner = ""
    for pos, kind, mark_style in marks:
        if kind == _GLUED:  # glued to both sides: it closes a quotation that is open
            kind = _CLOSE if open_at is not None or _cue_follows(text, pos) else _OPEN
        if open_at is None:
            if kind != _CLOSE:
                open_at, style = pos, mark_style
            continue
        if inner:
            if mark_style == inner and kind != _OPEN:
                inner = ""
                continue
            inner = ""  # the nested quotation never closed: back to the outer one
        elif mark_style != style and kind == _OPEN:
            inner = mark_style
            continue
        if kind != _OPEN and _fits(open_at, pos, breaks):
            spans.append(_span(text, open_at, pos, pos))
            open_at = None
            continue
        spans.append(_unclosed(text, open_at, pos, breaks, sentence_end))
        open_at, style = (pos, mark_style) if kind != _CLOSE else (None, "")
    if open_at is not None:
        spans.append(_unclosed(text, open_at, len(text), breaks, sentence_end))
    return [s for s in spans if _has_words(text, s)]


def _style(mark: str) -> str:
    """Return the style of a double mark: straight, curly or typewriter ('')."""
    if mark == '"':
        return "straight"
    return "twin" if mark == "''" else "curly"


def _direction(text: str, pos: int, end: int) -> int:
    """Classify the mark at ``pos:end`` as opening, closing or either, from its context."""
    before = text[pos - 1] if pos > 0 else " "
    after = text[end] if end < len(text) else " "
    opens = before.isspace() or before in _BEFORE_OPEN
    closes = after.isspace() or after in _AFTER_CLOSE
    if opens and not closes:
        return _OPEN
    if closes and not opens:
        return _CLOSE
    glyph = text[pos]
    if before in _GLUED_CLOSE and after.islower() and glyph not in _OPEN_GLYPHS:
        return _GLUED  # 'the road,"added X': a closing mark left unspaced, if one is open
    if opens and glyph == "\u201c" and after.isspace():
        return _EITHER  # 'citizens, \u201c said X': a stray glyph between spaces
    if glyph in _OPEN_GLYPHS:
        return _OPEN
    return _CLOSE if glyph == "\u201d" else _EITHER


def _cue_follows(text: str, pos: int) -> bool:
    """Return True when the word right after the mark at ``pos`` is a reporting verb.

    'rocks,"continued X' with no quotation open: the writer left out the opening mark, and
    the glued mark still ends the words reported; 'said,"we ...' opens.
    """
    word = _WORD.match(text, pos + 1)
    if word is None:
        return False
    form = word.group().lower()
    stems = {form, form[:-1], form[:-2], form[:-3] + "y", _IRREGULAR.get(form, "")}
    return not stems.isdisjoint(REPORT_VERBS)


def _paragraph_breaks(text: str) -> list[int]:
    """Return the offsets of paragraph breaks (blank lines, else single newlines)."""
    pattern = _BLANK_LINE if _BLANK_LINE.search(text) else _NEWLINE
    return [m.start() for m in pattern.finditer(text)]


def _paragraph_end(breaks: list[int], pos: int, default: int) -> int:
    index = bisect.bisect_right(breaks, pos)
    return breaks[index] if index < len(breaks) else default


def _fits(open_at: int, close_at: int, breaks: list[int]) -> bool:
    """Return True when a pair is short enough and stays inside one paragraph."""
    if close_at - open_at > MAX_QUOTE_CHARS:
        return False
    return _paragraph_end(breaks, open_at, close_at + 1) > close_at


def _unclosed(
    text: str, open_at: int, limit: int, breaks: list[int], sentence_end: Callable[[int], int]
) -> QuoteSpan:
    """Bound the content of an opening mark that has no closing partner."""
    para_end = _paragraph_end(breaks, open_at, len(text))
    if para_end <= limit and _next_paragraph_opens(text, para_end):
        end = para_end  # multi-paragraph quotation: each paragraph opens, only the last closes
    else:
        end = min(limit, para_end, max(sentence_end(open_at + 1), open_at + 1))
    return _span(text, open_at, None, end)


def _next_paragraph_opens(text: str, para_end: int) -> bool:
    rest = text[para_end : para_end + 8].lstrip()
    return bool(rest) and rest[0] in '"\u201c\u201e'


def _span(text: str, open_at: int, close_at: int | None, end: int) -> QuoteSpan:
    """Build a span, trimming spaces inside the marks (a ``''`` mark is two characters)."""
    start = open_at + (2 if text.startswith("''", open_at) else 1)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return QuoteSpan(open_mark=open_at, close_mark=close_at, start=start, end=end)


def _has_words(text: str, span: QuoteSpan) -> bool:
    return any(ch.isalnum() for ch in text[span.start : span.end])
