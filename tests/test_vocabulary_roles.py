"""The shared list of person role nouns (``wirecoder.vocabulary``) and the callers that read it.

Each caller's list is a named sub-list of the one curated list, so that a role noun added for
one stage is added where it is meant to be and nowhere else by accident.
"""

from __future__ import annotations

import pytest

from wirecoder import analyze
from wirecoder import vocabulary as v
from wirecoder.actors import postmod, roles


def test_holder_titles_are_headed_by_a_person_role_noun():
    for title in v.HOLDER_TITLES:  # "foreign minister", "secretary of state"
        words = title.split()
        head = words[0] if "of" in words else words[-1]
        assert head in v.PERSON_ROLE_NOUNS, title


def test_role_nouns_are_singular_lower_case_words():
    for word in v.PERSON_ROLE_NOUNS:
        assert word == word.lower() and " " not in word, word
        assert not word.endswith("men"), word


def test_speakers_are_in_every_caller_that_reads_speakers():
    assert v.PERSON_ROLE_NOUNS >= v.SPEAKER_NOUNS
    assert postmod.PLACE_BOUND >= v.SPEAKER_NOUNS


@pytest.mark.parametrize(("role", "office"), [
    ("Foreign Minister", True), ("president", True), ("Crown Prince", True),
    ("spokeswoman", False), ("analyst", False), (None, False),
])
def test_is_office_reads_the_shared_office_titles(role, office):
    assert roles.is_office(role) is office


@pytest.mark.parametrize(("text", "speaker"), [
    ("Committee chair Greta Brevik said the inquiry would resume in March. The chairwoman "
     "told reporters that two witnesses had withdrawn.", "Greta Brevik"),
    ("Envoy Mara Quist said talks with the rebels had stalled. The negotiator told reporters "
     "she would return to Veldt next week.", "Mara Quist"),
    ("Harbor commissioner Ilsa Varnow said the port of Kellin would reopen within days. The "
     "commissioner told reporters that dredging would take a week.", "Ilsa Varnow"),
])
def test_a_definite_role_after_one_speaker_is_that_speaker(text, speaker):
    """Quotes read the whole list: "the chairwoman", "the negotiator" continue the speaker."""
    quotes = analyze(text).quotes
    assert len(quotes) == 2
    assert [q.speaker.entity_name if q.speaker else None for q in quotes] == [speaker] * 2
