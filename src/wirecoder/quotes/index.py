"""Per-document lookup tables shared by the quote finders (built once per document)."""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from ..models import Entity
from ..pronouns import SUBJECTS
from ..textutil import parsed_text
from .marks import QuoteSpan

__all__ = ["DocIndex", "referent"]


@dataclass
class DocIndex:
    """Token, sentence, quote and entity lookups over one parsed document."""

    doc: Doc
    entities: tuple[Entity, ...]
    text: str = ""
    tok_starts: list[int] = field(default_factory=list)
    tok_sent: list[int] = field(default_factory=list)
    sent_tokens: list[tuple[int, int]] = field(default_factory=list)
    sent_chars: list[tuple[int, int]] = field(default_factory=list)
    sent_starts: list[int] = field(default_factory=list)
    in_quote: list[int] = field(default_factory=list)
    ent_at: dict[int, int] = field(default_factory=dict)
    quotes: list[QuoteSpan] = field(default_factory=list)
    quote_tokens: list[tuple[int, int]] = field(default_factory=list)
    #: :func:`.naming.past_dateline` by token index (the resolvers ask it again and again).
    past_dateline: dict[int, int] = field(default_factory=dict)

    @classmethod
    def build(cls, doc: Doc, entities: tuple[Entity, ...]) -> DocIndex:
        """Index ``doc`` and the actors stage's ``entities``."""
        index = cls(doc=doc, entities=tuple(entities), text=parsed_text(doc))
        index.tok_starts = doc.to_array("IDX").tolist() if len(doc) else []
        index.in_quote = [-1] * len(doc)
        for number, sent in enumerate(doc.sents):
            index.sent_tokens.append((sent.start, sent.end))
            index.sent_chars.append((sent.start_char, sent.end_char))
            index.sent_starts.append(sent.start_char)
            index.tok_sent.extend([number] * (sent.end - sent.start))
        for number, entity in enumerate(index.entities):
            first, last = index.token_range(entity.start, entity.end)
            for i in range(first, last):
                index.ent_at.setdefault(i, number)
        return index

    def token_at(self, char: int) -> int:
        """Return the index of the token holding (or preceding) character ``char``."""
        return max(0, bisect.bisect_right(self.tok_starts, char) - 1)

    def token_range(self, start: int, end: int) -> tuple[int, int]:
        """Return the token range ``[first, last)`` covering characters ``[start, end)``."""
        if not self.tok_starts:
            return 0, 0
        first = self.token_at(start)
        last = max(first + 1, bisect.bisect_left(self.tok_starts, end))
        return first, min(last, len(self.tok_starts))

    def sentence_end(self, char: int) -> int:
        """Return the end offset of the sentence holding character ``char``."""
        if not self.sent_chars:
            return len(self.text)
        number = max(0, bisect.bisect_right(self.sent_starts, char) - 1)
        return self.sent_chars[number][1]

    def set_quotes(self, quotes: list[QuoteSpan]) -> None:
        """Record the quoted passages and mark their tokens (marks included)."""
        self.quotes = quotes
        self.quote_tokens = []
        for number, quote in enumerate(quotes):
            close = quote.close_mark + 1 if quote.close_mark is not None else quote.end
            first, last = self.token_range(quote.open_mark, close)
            self.quote_tokens.append(self.token_range(quote.start, quote.end))
            for i in range(first, last):
                self.in_quote[i] = number

    def quoted(self, token: Token) -> bool:
        """Return True when ``token`` lies inside a quoted passage."""
        return self.in_quote[token.i] >= 0

    def entity_of(self, token: Token) -> int | None:
        """Return the index of the entity covering ``token``, if any."""
        return self.ent_at.get(token.i)

    @property
    def entity_starts(self) -> list[int] | None:
        """The entities' start offsets if sorted by start (the actors stage's order), else None.

        Built once per index.
        """
        if "_entity_starts" not in self.__dict__:
            starts = [e.start for e in self.entities]
            ordered = all(a <= b for a, b in itertools.pairwise(starts))
            self.__dict__["_entity_starts"] = starts if ordered else None
        starts_or_none: list[int] | None = self.__dict__["_entity_starts"]
        return starts_or_none

    def before(self, char: int) -> int:
        """Return how many entities start before character ``char`` (all, if not sorted).

        A backward search from a position starts at ``before(position) - 1`` instead of
        skipping every later entity: linear, not quadratic, in the length of the story.
        """
        starts = self.entity_starts
        return bisect.bisect_left(starts, char) if starts is not None else len(self.entities)

    def first_from(self, char: int) -> int:
        """Return the index of the first entity, in order, that starts at ``char`` or after."""
        starts = self.entity_starts
        if starts is not None:
            return bisect.bisect_left(starts, char)
        return next((n for n, e in enumerate(self.entities) if e.start >= char),
                    len(self.entities))

    def quotes_opening(self, start: int, end: int) -> list[QuoteSpan]:
        """Return the quoted passages whose opening mark is in ``[start, end)``, in order.

        Found by bisection over the opening marks (passages are in text order); out of
        order, every passage is returned for the caller to test.
        """
        marks: tuple[int, list[int] | None] | None = self.__dict__.get("_open_marks")
        if marks is None or marks[0] != id(self.quotes):
            opens = [q.open_mark for q in self.quotes]
            ordered = all(a <= b for a, b in itertools.pairwise(opens))
            marks = self.__dict__["_open_marks"] = (id(self.quotes), opens if ordered else None)
        if marks[1] is None:
            return list(self.quotes)
        return self.quotes[bisect.bisect_left(marks[1], start):bisect.bisect_left(marks[1], end)]

    def first_subject(self, word: str, default: int) -> int:
        """Return the first token of lower-cased form ``word`` that is a subject, or ``default``.

        The first subject of each form is found once per index (one pass over the tokens).
        """
        memo: dict[str, int] | None = self.__dict__.get("_first_subject")
        if memo is None:
            memo = {}
            for t in self.doc:
                if t.dep_ in SUBJECTS:
                    memo.setdefault(t.lower_, t.i)
            self.__dict__["_first_subject"] = memo
        return memo.get(word, default)

    def person_between(self, start: int, end: int) -> bool:
        """Return whether a PERSON mention starts in ``[start, end)`` (by bisection if sorted)."""
        if self.entity_starts is None:
            return any(e.kind == "PERSON" and start <= e.start < end for e in self.entities)
        starts: list[int] | None = self.__dict__.get("_person_starts")
        if starts is None:
            starts = self.__dict__["_person_starts"] = [
                e.start for e in self.entities if e.kind == "PERSON"]
        k = bisect.bisect_left(starts, start)
        return k < len(starts) and starts[k] < end

    def sentence_of(self, token_index: int) -> int:
        """Return the sentence number of a token."""
        return self.tok_sent[token_index] if self.tok_sent else 0


def referent(index: DocIndex, entity: Entity) -> Entity:
    """Return the entity a resolved pronoun refers to; any other entity itself."""
    if entity.kind == "PRONOUN" and entity.coref_of is not None and (
            0 <= entity.coref_of < len(index.entities)):
        return index.entities[entity.coref_of]
    return entity
