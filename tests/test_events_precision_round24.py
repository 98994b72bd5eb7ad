"""Held commitments, bare agreement nouns, expelled officers (issue 9 §3–§4, round 24).

evprec24 (docs/events.md, "Held commitments, bare agreement nouns, expelled intelligence
officers, round 24"): a commitment noun that no light verb of the sentence states or restates,
and that carries no act the lexicon codes, describes a standing position and is no AGREE; a
stated one stays. The agreement entry no longer takes "truce", "understanding", "settlement",
"compromise" or "framework" as event nouns on their own; the verbs that make such agreements
still code them, and signing a settlement or a framework is SUPPORT like signing an agreement
(review rfprec24). Officers of a state's intelligence service or embassy that another state
expels are SANCTION/expel. Every sentence is written for these tests, with fictional states
(rewritten in review rfprec24: the first version's sentences paraphrased gold passages).
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
    "Critics in Ruritania questioned Freedonia's commitment to the rule of law.",
    "The new farm credits prove Freedonia's commitment to Ruritanian growers.",
    "Freedonia's long commitment to neutrality has shaped its ties with Ruritania for decades.",
])
def test_a_held_commitment_is_no_agreement(nlp, text):
    assert not _agree_on(nlp, text, "commitment"), _events(nlp, text)


@pytest.mark.parametrize("text", [
    "The Freedonian envoy restated her government's commitment to Ruritanian reconstruction.",
    "Freedonia gave Ruritania a written commitment to pull back its artillery.",
    "Freedonia announced a commitment of two million dollars to Ruritania on Friday.",
])
def test_a_stated_commitment_stays(nlp, text):
    assert _agree_on(nlp, text, "commitment"), _events(nlp, text)


@pytest.mark.parametrize("text,word", [
    ("The Ruritanian compromise on water rights satisfied nobody in Freedonia.", "compromise"),
    ("Freedonia described the framework with Ruritania as a good first step.", "framework"),
    ("The settlement between Freedonia and Ruritania is worth ten million dollars.",
     "settlement"),
    ("A truce brokered by Freedonia began in Ruritania at dawn.", "truce"),
    ("Ruritanian officials showed little understanding for Freedonia's worries.",
     "understanding"),
])
def test_a_bare_agreement_noun_is_no_event(nlp, text, word):
    assert not [e for e in _events(nlp, text) if e[0] == "AGREE" and e[1].lower() == word], (
        _events(nlp, text))


@pytest.mark.parametrize("text", [
    "Freedonia and Ruritania reached a truce on Monday.",
    "Freedonia and Ruritania agreed to a truce on Monday.",
    "Freedonia and Ruritania struck a compromise over the river dam.",
])
def test_a_reached_agreement_stays(nlp, text):
    assert "AGREE" in [t for t, _ in _events(nlp, text)], _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Freedonia signed a settlement with Ruritania over the disputed fishing grounds.",
    "Ruritania and Freedonia signed a framework for customs cooperation on Tuesday.",
])
def test_a_signed_settlement_or_framework_is_support(nlp, text):
    events = _events(nlp, text)
    assert ("SUPPORT", "signed") in events and not [e for e in events if e[0] == "AGREE"], events


@pytest.mark.parametrize("text", [
    "Ruritania kicked out a Freedonian intelligence official on Tuesday.",
    "Freedonia's expulsion of two Ruritanian intelligence agents angered Ruritania.",
    "Ruritania has expelled four Freedonian embassy personnel.",
])
def test_expelled_intelligence_officers_are_a_sanction(nlp, text):
    types = [t for t, _ in _events(nlp, text)]
    assert "SANCTION" in types and "COERCE" not in types, _events(nlp, text)


@pytest.mark.parametrize("text", [
    "Freedonia expelled hundreds of Ruritanian migrants last year.",
    "Ruritania expelled the Freedonian reporters on Monday.",
])
def test_expelled_migrants_and_journalists_stay_deportations(nlp, text):
    assert "COERCE" in [t for t, _ in _events(nlp, text)], _events(nlp, text)
