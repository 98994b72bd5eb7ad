"""Type splits decided (issue 9 §3–§5, round 25; events guideline 18 and 19).

evtype25 (docs/events.md, "Type splits decided, round 25"): a place captured or overrun by
an armed party is ASSAULT, a place seized or taken control of stays COERCE seize (guideline
18); a commitment kept over time ("remains committed to supporting X", "a continued
commitment") is AGREE, a restated commitment to a people, a party's rights or the tie with
it is SUPPORT, one to an act or a goal stays AGREE (guideline 19). Sentences are written
for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str):
    return code_with_names(nlp, text, FICTIONAL_STATES)


def _types(nlp, text: str, word: str) -> list[str]:
    return [e.event_type for e in _events(nlp, text) if e.event_text == word]


@pytest.mark.parametrize(("text", "word"), [
    ("Freedonian rebels captured the river port on Sunday after two days of shelling.",
     "captured"),
    ("A Ruritanian militia overran the Freedonian hilltop base at dawn.", "overran"),
    ("Freedonian troops captured Kandahar in a dawn offensive.", "captured"),
])
def test_place_captured_is_assault(nlp, text, word):
    assert _types(nlp, text, word) == ["ASSAULT"], [(e.event_type, e.why)
                                                     for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Ruritanian rebels seized the town of Ostrava on Monday.", "seized", "COERCE"),
    ("Freedonian forces took control of the northern district.", "took control", "COERCE"),
    ("Ruritanian police captured the smuggling suspect near the market.", "captured", "COERCE"),
])
def test_place_seized_or_person_captured_stays_coerce(nlp, text, word, kind):
    assert _types(nlp, text, word) == [kind], [(e.event_type, e.why) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "word"), [
    ("Ruritania remains committed to supporting Freedonian farmers through the drought.",
     "committed"),
    ("Ruritania stressed its continued commitment to backing Freedonia's reformers.",
     "commitment"),
])
def test_commitment_kept_over_time_is_agree(nlp, text, word):
    assert _types(nlp, text, word) == ["AGREE"], [(e.event_type, e.why) for e in _events(nlp, text)]


@pytest.mark.parametrize("text", [
    "Ruritania reaffirmed its commitment to the Freedonian people.",
    "The minister reiterated Ruritania's commitment to Freedonia's right to defend itself.",
    "The two ministers reaffirmed their commitment to the Ruritania-Freedonia partnership.",
])
def test_restated_commitment_to_party_is_support(nlp, text):
    assert _types(nlp, text, "commitment") == ["SUPPORT"], [(e.event_type, e.why)
                                                           for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ruritania reaffirmed its commitment to deepening trade with Freedonia.", ["AGREE"]),
    ("Ruritania reaffirmed its commitment to a peaceful Freedonian border.", ["AGREE"]),
    ("Ruritania is firmly committed to supporting the defence of Freedonia.", ["SUPPORT"]),
    ("Ruritania affirms its commitment to human rights, including the right to free speech.",
     []),
])
def test_other_commitments_keep_their_type(nlp, text, expected):
    word = "committed" if "committed" in text else "commitment"
    assert _types(nlp, text, word) == expected, [(e.event_type, e.why)
                                                 for e in _events(nlp, text)]
