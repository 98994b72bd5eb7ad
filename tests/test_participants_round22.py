"""Participants round 22 (issue 9 §1–2, dyad F1; quotes speakers).

1. A split title that ends in a person's given names ("Iraqi Information Minister Mohammed
   Said" | "Kazin al-Sahhaf", as the model cuts it) is the first part of the name that
   follows: both mentions, and every later mention of the person, carry the whole name, and
   the quotes stage names the speaker by it (round 21's split-title join had renamed the
   title mention after the second half only, so the quotes stage's name joining no longer
   saw the given names). A title ending in title words keeps the name after it whole.

Every sentence is written for these tests (invented people).
"""

from __future__ import annotations

from wirecoder import analyze

SPLIT = ("Hours later, Libyan Information Minister Mohammed Said Tariq al-Nouri held a news "
         "conference in Tripoli. \"They will fail,\" he said. Mr. al-Nouri said the city was calm.")


def test_split_given_names_join_the_surname() -> None:
    names = {e.entity_name for e in analyze(SPLIT).entities if e.kind == "PERSON"}
    assert "Mohammed Said Tariq al-Nouri" in names
    assert "Tariq al-Nouri" not in names


def test_quote_speaker_gets_the_whole_name() -> None:
    speakers = [q.speaker.entity_name for q in analyze(SPLIT).quotes if q.speaker]
    assert speakers
    assert all(s == "Mohammed Said Tariq al-Nouri" for s in speakers)


def test_title_words_are_no_given_names() -> None:
    text = "Kenyan Deputy Interior Minister Odhiambo Kiprono met reporters in Nairobi."
    names = {e.entity_name for e in analyze(text).entities if e.kind == "PERSON"}
    assert "Odhiambo Kiprono" in names
    assert not any("Minister" in n for n in names)
