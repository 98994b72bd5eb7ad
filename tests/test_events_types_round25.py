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
    ("Freedonia restated its commitment to human rights and to a free press.", []),
    ("Ruritania reaffirmed its commitment to the right to peaceful protest.", []),
])
def test_other_commitments_keep_their_type(nlp, text, expected):
    word = "committed" if "committed" in text else "commitment"
    assert _types(nlp, text, word) == expected, [(e.event_type, e.why)
                                                 for e in _events(nlp, text)]


# Review of evtype25 (rftype25): sentences written for the review.

@pytest.mark.parametrize("text", [
    "The Ruritanian premier promised the Freedonian people a vote on the border treaty.",
    "Ruritania offered Freedonia a new partnership in shipping and fisheries.",
])
def test_promises_to_a_people_or_of_a_tie_stay_agree(nlp, text):
    # agree.commit excludes no people, rights or ties: support.commitment wins where it holds
    assert [e.event_type for e in _events(nlp, text)] == ["AGREE"], [
        (e.event_type, e.why) for e in _events(nlp, text)]


@pytest.mark.parametrize(("text", "fight"), [
    ("Ruritanian rebels captured the river town of Osk after two days of heavy fighting with "
     "Freedonian troops.", "fighting"),
    ("Freedonian troops retook the ferry port after heavy fighting with Ruritanian "
     "militiamen.", "fighting"),
])
def test_fighting_around_a_place_taken_is_its_own_event(nlp, text, fight):
    # guideline 18: the fighting reported with a capture is coded separately
    found = [(e.event_type, e.event_text) for e in _events(nlp, text)]
    assert ("ASSAULT", fight) in found and len([k for k, _ in found if k == "ASSAULT"]) == 2, found


@pytest.mark.parametrize("text", [
    "The Ruritanian opposition captured the capital in Sunday's municipal elections.",
    "The Freedonian coast was overrun by tourists in August.",
    "Satellite photos captured the Ruritanian air base near the border.",
])
def test_a_place_won_or_pictured_is_no_assault(nlp, text):
    assert "ASSAULT" not in [e.event_type for e in _events(nlp, text)], [
        (e.event_type, e.why) for e in _events(nlp, text)]
