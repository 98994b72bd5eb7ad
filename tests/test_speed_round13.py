"""Round-13 speed-ups: per-document and per-lexicon data computed once, same answers.

Each test checks that a helper reads the data it keeps (so it fails when the helper
recomputes it) and that its answers are those of the plain computation. Sentences written
for the test.
"""

from __future__ import annotations

import pytest
import spacy

from wirecoder.actors import titles
from wirecoder.events.lexicon import load_lexicon
from wirecoder.events.rules import _padded_phrases
from wirecoder.events.trigger_syntax import _OBJECT_WORDS_KEY, _held_object_words

_TEXT = (
    "Ruritania's envoy said on Monday: \u201cWe will not sign the accord until the border "
    "is open.\u201d Freedonia replied that it \"had no such plans\" and called the remark "
    "unhelpful.\n\n"
    "\u201cOur patience is not endless,\" a Veridian minister added, \u2018for now\u2019 at "
    "least. \"The talks go on\n\nand on,\" an aide wrote in a note that was never sent."
)


def _reference_quoted(tok, window: int) -> bool:
    """The plain reading: back over ``window`` tokens, a break resets it."""
    inside = False
    for prev in tok.doc[max(0, tok.i - window):tok.i]:
        if "\n" in prev.text_with_ws:
            inside = False
        if prev.text in {"\u201c", "\u2018"}:
            inside = True
        elif prev.text == "\u201d":
            inside = False
        elif prev.text == '"':
            inside = not inside
    return inside


@pytest.mark.parametrize("window", [400, 12, 3])
def test_quoted_gives_the_answers_of_reading_back_token_by_token(
        window: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(titles, "_QUOTE_WINDOW", window)  # small: tokens far from any break
    doc = spacy.blank("en")(_TEXT)
    answers = [titles.quoted(tok) for tok in doc]
    assert answers == [_reference_quoted(tok, window) for tok in doc]
    assert any(answers) and not all(answers)


def test_quoted_reads_the_document_scan_once() -> None:
    doc = spacy.blank("en")(_TEXT)
    word = next(t for t in doc if t.text == "patience")
    assert titles.quoted(word)
    marks, after, breaks = doc.user_data[titles._QUOTE_STATES_KEY]
    assert all("\n" in doc[k].text for k in breaks) and set(breaks) <= set(marks)
    doc.user_data[titles._QUOTE_STATES_KEY] = (marks, [not a for a in after], breaks)
    assert not titles.quoted(word)  # a later call reads the kept scan


def test_object_words_are_kept_per_token_and_entity_table() -> None:
    nlp = spacy.blank("en")
    doc = nlp("Freedonia expelled the diplomats")
    heads, deps = [1, 1, 3, 1], ["nsubj", "ROOT", "det", "dobj"]
    doc = spacy.tokens.Doc(nlp.vocab, words=[t.text for t in doc], heads=heads, deps=deps)
    table: dict[int, list] = {}
    first = _held_object_words(doc[1], table)
    assert "diplomats" in first
    assert _held_object_words(doc[1], table) is first
    assert doc.user_data[_OBJECT_WORDS_KEY][0] is table
    other: dict[int, list] = {3: []}  # another table: computed afresh
    again = _held_object_words(doc[1], other)
    assert again is not first and "entity" in again


def test_context_phrases_are_padded_once_per_lexicon() -> None:
    lexicon = load_lexicon()
    padded = _padded_phrases(lexicon)
    assert _padded_phrases(lexicon) is padded
    assert padded == [(f" {p} ", name) for p, name in lexicon.context_phrases]
