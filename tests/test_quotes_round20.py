"""Round 20 (issue 10, branch qq20): pronoun speakers on invented stories.

Every story here is written for the test; none is a passage of a gold set.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_he_after_and_takes_the_person_the_first_clause_reached(nlp):
    text = ("A port official said the freighter had been held for a week.\n\n"
            "The Halvard news agency says it reached Tomas Brekke by phone, and he said the "
            "seizure was illegal. He also said his crew was safe.")
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes[-2:]] == ["Tomas Brekke", "Tomas Brekke"]


def test_he_after_and_keeps_a_subject_that_agrees(nlp):
    text = ("Customs chief Arvo Lind said the freighter had been held for a week.\n\n"
            "Lind reached the captain, Tomas Brekke, by phone, and he said the seizure was "
            "lawful.")
    assert speaker(_quotes(nlp, text)[-1]) == "Arvo Lind"


def test_another_names_one_more_of_the_earlier_kind(nlp):
    text = ("Listeners phoned the station all morning.\n\n"
            "One farmer complained that the ballots arrived late in his district. Another "
            "said the polling station near Vell had no lamps. He said he voted by candlelight.")
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes[-2:]] == ["farmer", "farmer"]


def test_another_with_its_own_noun_or_group_is_left_alone(nlp):
    text = ("One farmer complained that the ballots arrived late. Another of the growers "
            "said the roads were closed.")
    assert speaker(_quotes(nlp, text)[-1]) != "farmer"
