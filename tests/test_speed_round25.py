"""Round 25 (branch speed25): a batch of short stories is parsed as one ``nlp.pipe`` group.

The parser and the entity recognizer step through the documents of a group together (one
matrix product per step for all of them), so fewer, larger groups cost less CPU. The
annotations do not depend on the grouping. Every sentence here is written for these tests.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pytest

import wirecoder.parsing as parsing
from wirecoder.parsing import parse

_PARAGRAPH = (
    "The trade minister of Freedonia met her counterpart from Sylvania on Tuesday in the "
    "capital. They agreed to cut tariffs on grain by 12 percent over two years, officials "
    "said. \"We will keep talking,\" the minister told reporters after the meeting.\n\n"
)
#: A story of about 4,000 characters, the mean length of a VOA story.
_STORY = _PARAGRAPH * (4_000 // len(_PARAGRAPH))
_COLUMNS = ["ORTH", "TAG", "POS", "MORPH", "DEP", "HEAD", "LEMMA", "ENT_IOB", "ENT_TYPE",
            "SENT_START"]


class _CountingPipe:
    """Wrap a pipeline and record how many texts each ``pipe`` call receives."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.calls: list[int] = []

    def pipe(self, texts: Any) -> Any:
        texts = list(texts)
        self.calls.append(len(texts))
        return self.nlp.pipe(texts)


def test_a_batch_of_sixteen_stories_of_four_thousand_characters_is_one_group(nlp):
    counting = _CountingPipe(nlp)
    docs = list(parse(counting, [_STORY] * 16))
    assert counting.calls == [16]  # groups of 20,000 characters made four calls
    assert [doc.text for doc in docs] == [_STORY] * 16


def test_stories_beyond_the_group_size_still_go_in_several_groups(nlp):
    counting = _CountingPipe(nlp)
    n = parsing.PIPE_CHARS // len(_STORY) + 1
    list(parse(counting, [_STORY] * n))
    assert len(counting.calls) == 2 and sum(counting.calls) == n


@pytest.mark.parametrize("pipe_chars", [len(_STORY), 3 * len(_STORY)])
def test_the_annotations_do_not_depend_on_the_group_size(nlp, monkeypatch, pipe_chars):
    texts = [_STORY, _STORY.replace("Tuesday", "Friday"), _STORY.upper().title()[:2_000]]
    whole = [doc.to_array(_COLUMNS) for doc in parse(nlp, texts)]
    monkeypatch.setattr(parsing, "PIPE_CHARS", pipe_chars)
    grouped = [doc.to_array(_COLUMNS) for doc in parse(nlp, texts)]
    assert all(np.array_equal(a, b) for a, b in zip(whole, grouped, strict=True))
