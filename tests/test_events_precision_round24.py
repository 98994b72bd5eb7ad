"""Held commitments and bare agreement nouns (issue 9 §3–§4, round 24).

evprec24 (docs/events.md, "Held commitments and bare agreement nouns, round 24"): a
commitment noun that no verb in the sentence states or restates, and that carries no act
promised, describes a standing position and is no AGREE ("Freedonia's commitment to free
elections is unwavering"); a stated one stays ("reaffirmed its commitment to ..."). The
agreement entry no longer takes "truce", "understanding", "settlement", "compromise" or
"framework" as event nouns on their own; the verbs that make such agreements still code
them. Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _events(nlp, text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.event_text)
            for e in code_with_names(nlp, text, FICTIONAL_STATES)]


def _agree_on(nlp, text: str, word: str) -> list[tuple[str, str]]:
    return [(t, s) for t, s in _events(nlp, text) if t == "AGREE" and word in s.lower()]


@pytest.mark.parametrize("text", [
    "Freedonia's commitment to free elections in Sylvania is unwavering.",
    "Today's decision reflects Freedonia's deep commitment to its partners in Sylvania.",
    "The new sanctions demonstrate the Freedonian government's commitment to Sylvania.",
    "The Sylvanian government must adhere to all its commitments to Freedonia.",
])
def test_a_held_commitment_is_no_agreement(nlp, text):
    assert not _agree_on(nlp, text, "commitment"), _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The Freedonian foreign minister reaffirmed his country's commitment to Sylvania.",
    "The Freedonian president expressed his commitment to withdraw troops from Sylvania.",
    "Freedonia made a commitment to Sylvania to release the prisoners.",
])
def test_a_stated_commitment_stays(nlp, text):
    assert _agree_on(nlp, text, "commitment"), _events(nlp, text)


@pytest.mark.parametrize("text,word", [
    ("A two-day truce declared by the Freedonian army ended on Sunday.", "truce"),
    ("Freedonia refused to accept a compromise proposed by the Sylvanian mediator.",
     "compromise"),
    ("The minister expressed his understanding and said he would visit Sylvania.",
     "understanding"),
    ("A retired diplomat is trying to help negotiate a settlement between Freedonia and "
     "Sylvania.", "settlement"),
])
def test_a_bare_agreement_noun_is_no_event(nlp, text, word):
    assert not [e for e in _events(nlp, text) if e[0] == "AGREE" and e[1].lower() == word], (
        _events(nlp, text))


@pytest.mark.parametrize("text", [
    "Freedonia and Sylvania reached a truce on Monday.",
    "Freedonia and Sylvania agreed to a truce on Monday.",
    "Freedonia and Sylvania reached an agreement on fishing rights.",
])
def test_a_reached_agreement_stays(nlp, text):
    assert "AGREE" in [t for t, _ in _events(nlp, text)], _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Freedonia expelled Sylvanian intelligence personnel and closed the Sylvanian consulate.",
    "The expulsion of undeclared Sylvanian intelligence officers by Freedonia was an "
    "appropriate response.",
    "Freedonia expelled three Sylvanian embassy employees on Monday.",
])
def test_expelled_intelligence_officers_are_a_sanction(nlp, text):
    types = [t for t, _ in _events(nlp, text)]
    assert "SANCTION" in types and "COERCE" not in types, _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Freedonia expelled hundreds of Sylvanian migrants last year.",
    "Sylvania expelled the Freedonian journalists on Monday.",
])
def test_expelled_migrants_and_journalists_stay_deportations(nlp, text):
    assert "COERCE" in [t for t, _ in _events(nlp, text)], _events(nlp, text)
