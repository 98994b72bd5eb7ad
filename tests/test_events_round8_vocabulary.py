"""Codebook vocabulary of the recall round 8 (issue 9, evrec8), with contrast cases.

Each entry names its PLOVER/CAMEO source in ``lexicon.yaml`` ("codebook sweep, round 8").
Sentences are written for these tests with fictional states.
"""

from __future__ import annotations

import pytest

from name_table import FICTIONAL_STATES, code_with_names


def _types(nlp, text: str) -> list[str]:
    return [e.event_type for e in code_with_names(nlp, text, FICTIONAL_STATES)]


@pytest.mark.parametrize(("text", "kind"), [
    ("Freedonia condemned Ruritania's launch of a ballistic missile over the strait.",
     "MOBILIZE"),
    ("The Ruritanian navy fired warning shots at a Freedonian trawler.", "THREATEN"),
    ("Ruritania refuted the Freedonian report on Monday.", "REJECT"),
    ("Ruritania countered the Freedonian accusation with charges of its own.", "REJECT"),
    ("Ruritania expressed strong dissatisfaction with the Freedonian decision.", "ACCUSE"),
    ("The Ruritanian president will pay an official visit to Freedonia in May.", "AGREE"),
])
def test_round8_codebook_vocabulary(nlp, text, kind):
    assert kind in _types(nlp, text), (text, _types(nlp, text))


@pytest.mark.parametrize(("text", "kind"), [
    ("Ruritania launched a ballistic missile at a Freedonian town.", "MOBILIZE"),
    ("Ruritanian troops fired shots at Freedonian soldiers.", "THREATEN"),
    ("Two Ruritanian parties contested the election.", "REJECT"),
])
def test_round8_vocabulary_contrasts(nlp, text, kind):
    assert kind not in _types(nlp, text), (text, _types(nlp, text))
