"""Sentences that carry on the statement of the sentence before (helpers of ``story_sides``).

A story often states one side's view over two sentences whose second names no speaker of
its own:

- a **pronoun subject** with a verb of any kind ("Kim urged talks. He also pressed for aid
  access…", "The ministry proposed a plan. It also promised…"): the pronoun is the speaker
  of the sentence before, whatever the verb (the reporting verbs are handled upstream);
- a **definite document** that speaks with no issuer named anywhere before ("The foreign
  ministry said on Monday… The statement said…"): the document is the statement the
  sentence before reported.

Both take the side of the sentence right before, and only when that sentence has a side
and the sentence itself has none and is no commentator's; a document may also carry on the
statement two sentences before when the sentence between is plain narration ("The ministry
said… The talks had lasted two days. The statement said…"; round 11).
"""

from __future__ import annotations

import re

__all__ = ["CARRY_BACK", "DOCUMENT_BACK", "carried_sides"]

CARRY_BACK = 1  # sentences looked back for the statement a pronoun carries on
DOCUMENT_BACK = 2  # a document may follow its statement after one sentence of narration
PRONOUN_SUBJECT = re.compile(
    r"(?:He|She|It)\s+(?:(?:also|later|then|again|further|still|too|[a-z]+ly)\s+)*"
    r"(?!(?:is|was|were|are|has\s+been|had\s+been|have\s+been|will\s+be|would\s+be)\b)"
    r"[a-z][\w'’-]*\b")
DEFINITE_DOCUMENT = re.compile(
    r"(?i)(?:the|this|that|its|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:report|assessment|statement|communiqu[eé]|declaration|readout|letter|summary)\s+"
    r"(?:(?:also|later|further|[a-z]+ly)\s+)?(?:said|says|stated|states|added|noted|notes|"
    r"called|urged|warned|accused|described|claimed|insisted|stressed)\b")
CARRIED_HOWS = frozenset({"quote", "subject", "actor", "continued", "name", "description",
                          "document", "reported_by", "government", "quote continued"})


def carried_sides(text: str, spans: list[tuple[int, int]],
                  found: dict[int, tuple[str, str | None, str]],
                  commentary: dict[int, int]) -> None:
    """Give a sentence that carries on the one before (pronoun, document) that sentence's side.

    Args:
        text: The story.
        spans: The story's sentence spans.
        found: Sentence index -> (side, speaker name, how); updated in place.
        commentary: Sentences spoken by a commentator (never given a side).
    """
    for index, (start, end) in enumerate(spans):
        if index in found or index in commentary:
            continue
        opening = text[start:end].lstrip("\"“ ")
        document = DEFINITE_DOCUMENT.match(opening) is not None
        before = _statement_before(index, found, commentary,
                                   DOCUMENT_BACK if document else CARRY_BACK)
        if before is None:
            continue
        side, name, how = found[before]
        if how not in CARRIED_HOWS:
            continue
        if document:
            found[index] = (side, name, "document carried")
        elif PRONOUN_SUBJECT.match(opening):
            found[index] = (side, name, "pronoun")


def _statement_before(index: int, found: dict[int, tuple[str, str | None, str]],
                      commentary: dict[int, int], back: int) -> int | None:
    """The nearest sentence within ``back`` before ``index`` that has a side.

    Sentences in between must be plain narration (no side, no commentator): a commentator's
    sentence between the statement and the carrying sentence breaks the chain.
    """
    for before in range(index - 1, max(index - back, 0) - 1, -1):
        if before in found:
            return before
        if before in commentary:
            return None
    return None
