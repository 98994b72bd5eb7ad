"""Round-12 speed-ups: per-document caches read instead of rebuilding the same data.

Each test checks that a stage helper reads the cached value (so it fails when the helper
rebuilds it again) and that the cached value is the right one. Sentences written for the test.
"""

from __future__ import annotations

import numpy as np
import spacy

from wirecoder.actors.story import dateline_country
from wirecoder.textutil import _LOWER_KEY, _word_ids, set_doc_text, tokens_with


def _blank(text: str):
    return spacy.blank("en")(text)


def test_tokens_with_finds_words_in_any_case_including_reserved_symbols() -> None:
    doc = _blank("The Root of the NUMBER problem, said the Envoy, is the number of envoys.")
    # "root" and "number" are spaCy reserved symbols: their ids are not plain hashes
    assert tokens_with(doc, {"root", "number"}) == [1, 4, 13]
    assert tokens_with(doc, (w for w in ["envoy", "envoys"])) == [9, 15]
    assert tokens_with(doc, frozenset({"absent"})) == []


def test_tokens_with_reads_the_lower_column_once_per_document() -> None:
    doc = _blank("Freedonia and Ruritania signed a pact on Tuesday.")
    assert tokens_with(doc, {"pact"}) == [5]
    cached = doc.user_data[_LOWER_KEY]
    assert isinstance(cached, np.ndarray) and len(cached) == len(doc)
    doc.user_data[_LOWER_KEY] = cached[::-1].copy()  # a later call must use the cached column
    assert tokens_with(doc, {"pact"}) == [len(doc) - 1 - 5]


def test_word_ids_are_computed_once_per_word_set() -> None:
    words = frozenset({"ambassador", "envoy", "consul"})
    _word_ids.cache_clear()
    first = _word_ids(words)
    again = _word_ids(frozenset(["consul", "envoy", "ambassador"]))
    assert again is first and _word_ids.cache_info().hits == 1
    doc = _blank("ambassador envoy consul")
    assert sorted(first.tolist()) == sorted(doc.to_array("LOWER").tolist())


def test_dateline_country_reads_the_cached_parsed_text() -> None:
    doc = _blank("VALDORA said on Monday that the talks would resume in the spring.")
    assert dateline_country(doc) is None
    dateline = "NAIROBI, Kenya \u2014 "
    parsed = dateline + doc.text[len(dateline):]
    set_doc_text(doc, doc.text, parsed=parsed)  # the text spaCy parsed, kept by parsing.py
    assert dateline_country(doc) == "KEN"
