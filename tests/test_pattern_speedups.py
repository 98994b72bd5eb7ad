"""The speed-ups of the pattern passes match exactly what the plain patterns match.

``word_alternation.alternation`` (a trie) against the flat ``a|b|c`` alternation it
replaces, and the quantity scan that tries only the possible start positions against
``finditer`` over every position. Texts are sentences written for the test and random
strings built from the lexicons (hypothesis).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from wirecoder.quantities import detect
from wirecoder.quantities.lexicon import APPROX_WORDS, CURRENCY_WORDS, NUMBER_WORDS, UNITS
from wirecoder.timex import spans
from wirecoder.word_alternation import alternation


def _flat(words, space=None):
    out = "|".join(re.escape(w) for w in sorted(dict.fromkeys(words), key=len, reverse=True))
    return out.replace("\\ ", space) if space else out


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


#: Words sharing prefixes, case pairs, a space written as "[\s-]" next to a "-", and
#: characters the engine folds specially under IGNORECASE (long s, Kelvin sign).
TRICKY = ["a", "an", "and", "ab", "abc", "US", "us", "Us", "x-ray", "x ray", "xr", "K",
          "\u212a", "s", "\u017f", "st", "mi", "mile", "miles", "mi-le", "m", "-", " ",
          "x-rays", "x-r"]
#: Each word list is tried in a context that makes the engine backtrack into it.
CONTEXTS = [r"\b(?:{})\b", r"(?P<w>{})(?P<t>\w*)e\b", r"(?:{})s?(?=[\s.])", r"(?:{})"]


@settings(max_examples=300, deadline=None)
@given(words=st.lists(st.sampled_from(TRICKY), min_size=1, max_size=12),
       pieces=st.lists(st.sampled_from([*TRICKY, "AB", "X-RAY", "e", "se", "miles."]),
                       max_size=15),
       gaps=st.lists(st.sampled_from(["", " ", "-", "\n", "e "]), min_size=15, max_size=15),
       flags=st.sampled_from([0, re.I]), space=st.sampled_from([None, r"[\s-]", r"\s"]),
       context=st.sampled_from(CONTEXTS))
def test_trie_matches_like_the_flat_alternation(words, pieces, gaps, flags, space, context):
    text = "".join(p + g for p, g in zip(pieces, gaps, strict=False))
    trie = re.compile(context.format(alternation(words, flags, space)), flags)
    flat = re.compile(context.format(_flat(words, space)), flags)
    assert _spans(trie, text) == _spans(flat, text)


@pytest.mark.parametrize(("words", "space", "text"), [
    (["x-rays", "x ray", "x-r"], r"[\s-]", "an x-ray, x rays, x-r"),  # "-" under "[\s-]"
    (["US", "us", "use"], None, "US users use us"),
    (["k", "\u212a", "km"], None, "5 km, 5 \u212am, 5 K"),
    (["s", "\u017f", "st"], None, "st \u017ft s"),
])
def test_trie_where_children_overlap(words, space, text):
    for flags in (0, re.I):
        for context in CONTEXTS:
            trie = re.compile(context.format(alternation(words, flags, space)), flags)
            flat = re.compile(context.format(_flat(words, space)), flags)
            assert _spans(trie, text) == _spans(flat, text)


def test_trie_on_the_lexicons_in_written_sentences():
    text = ("Rebels fired 12 Mortar Shells and 3 long-range rockets; 25 million metric-tons "
            "of wheat, 250,000 barrels a day and about 3 km of road, worth 5 U.S. dollars "
            "a gallon, or as much as twenty-five billion euros. Seventy Square Miles burned.")
    for words, space in ((UNITS, r"[\s-]"), (CURRENCY_WORDS, None), (APPROX_WORDS, None),
                         (NUMBER_WORDS, None)):
        trie = re.compile(rf"\b(?P<w>{alternation(words, re.I, space)})\b", re.I)
        flat = re.compile(rf"\b(?P<w>{_flat(words, space)})\b", re.I)
        assert _spans(trie, text) == _spans(flat, text)
        assert _spans(trie, text)  # each list has words in the sentence


def _every_position(text: str) -> list[tuple]:
    spans = detect.windows(text)
    return [(m.span(), m.groupdict()) for pattern in detect._SCANNED
            for m in detect._scan(pattern, text, spans)]


def _start_positions(text: str) -> list[tuple]:
    spans = detect.windows(text)
    return [(m.span(), m.groupdict()) for pattern in detect._SCANNED
            for m in detect._scan(pattern, text, spans, detect._AMOUNT_STARTS)]


_BEFORE = [*APPROX_WORDS, "between", "Between", "minus", "in", "of", "the", "-", "(", "x", ""]
_AMOUNTS = ["half a", "a", "An", "one", "5", "1,200", "3.5", "-4", "\u22124", ".5", "\u00bd",
            "2 1/2", "10-12", "5 to 7", "twenty-five", "Seventy five", "x3", "COVID19", "US$3",
            "EUR 5", "(45.2)", ""]
_AFTER = ["million", "bn", "km", "tons", "metric tons", "square miles", "barrels a day", "kg",
          "per capita", "/ha", "dollars", "euros", "cents", "years", "-old", "ago", "", ",", "."]
_PART = st.tuples(st.sampled_from(_BEFORE), st.sampled_from(["", " ", "-"]),
                  st.sampled_from(_AMOUNTS), st.sampled_from(["", " ", "-"]),
                  st.sampled_from(_AFTER), st.sampled_from([" ", "", "\n", "-"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_PART, max_size=12))
def test_start_positions_find_what_every_position_finds(parts):
    text = "".join("".join(part) for part in parts)
    assert _start_positions(text) == _every_position(text)


def test_start_positions_in_written_sentences():
    text = ("About 5 tons of rice, between 3 and 4 km, minus 3 degrees, half a million "
            "dollars, one-third fewer, more than 1,200 barrels a day, as many as 25 million "
            "euros and a ton of wheat; COVID19 cut it to 3.5 kg. An estimated 12 mi of road.")
    found = _start_positions(text)
    assert found == _every_position(text)
    assert len(found) >= 8


_TIMEX_WORDS = ["Monday", "monday", "March", "May", "Sept.", "Sep.", "Jan.", "in", "In", "by",
                "since", "from", "mid-", "mid", "last", "next", "early", "late", "earlier",
                "recently", "now", "recent", "past few", "last few", "days", "weeks", "years",
                "daily", "every", "each", "at least", "up to", "about", "twice", "three times",
                "once", "a", "per", "day", "week", "month", "year", "the", "previous", "before",
                "after", "later", "within", "for", "over", "hours", "decades", "at", "dawn",
                "New Year's Day", "Christmas", "valentine's day", "2024", "12", "3", "300",
                "barrels", "morning", "inJanuary", "x", ","]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_TIMEX_WORDS),
                          st.sampled_from([" ", " ", "", "-", ", ", "\n", ". "])), max_size=25))
def test_time_patterns_found_at_start_positions_only(parts):
    text = "".join(word + gap for word, gap in parts)
    assert ([m.span() for m in spans._matches(text)]
            == [m.span() for m in spans._matches(text, starts=None)])


def test_time_patterns_in_written_sentences():
    text = ("Talks resumed on Monday morning, after a week of delays; since March 3, 2024 the "
            "pipeline carried 250,000 barrels a day. In recent months, and recently, prices "
            "rose twice a year, at least 3 days a month, until mid-2023 and inJanuary 2025.")
    found = [m.span() for m in spans._matches(text)]
    assert found == [m.span() for m in spans._matches(text, starts=None)]
    assert len(found) >= 8
