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


def test_saying_after_an_appeal_with_for_is_the_appealer(nlp):
    text = ("President Anton Vell toured the province. He called for the rebels to lay down "
            "their arms, saying talks could begin soon.")
    assert speaker(_quotes(nlp, text)[-1]) == "Anton Vell"


def test_saying_after_an_infinitive_of_the_subject_is_unchanged(nlp):
    text = ("The ferry operator wants the crews to return by May, saying the timetable "
            "cannot wait.")
    assert speaker(_quotes(nlp, text)[-1]) == "ferry operator"


def test_a_person_cut_down_to_a_town_is_a_later_she(nlp):
    text = ("Fadumo Ahmed Aden was among the traders who came back in 2019 to Kismayo, her home "
            "town. But she and her sons could not find work. They returned to the camp, and "
            "Aden is in no hurry to leave again. She said she would wait.")
    assert speaker(_quotes(nlp, text)[-1]) == "Fadumo Ahmed Aden"


def test_a_town_named_again_untagged_is_no_she(nlp):
    text = ("Nurse Dalia Serrano worked through the night in Mombasa. Mombasa was quiet by "
            "morning. She says the clinic ran out of bandages.")
    assert speaker(_quotes(nlp, text)[-1]) == "Dalia Serrano"


def test_a_that_clause_after_a_parenthetical_adverb_is_reported(nlp):
    text = ("Ola Brandt said the union will meet the employers next week. She said, however, "
            "that the union will not agree to a pay freeze.")
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes][-1] == "the union will not agree to a pay freeze"
    assert speaker(quotes[-1]) == "Ola Brandt"


def test_a_credit_after_a_clause_is_still_a_credit(nlp):
    text = "The ferry will sail at noon, the port authority said, Tarvo Radio reported."
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["port authority"]


def test_the_clause_after_the_cue_wins_over_one_hung_before_it(nlp):
    text = ("Judge Arvo Lind, the head of the election board, spoke Friday after the running "
            "mate of candidate Mira Tall said the count should be halted.")
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["the count should be halted"]


def test_a_description_with_an_organisation_in_apposition_gives_its_name(nlp):
    text = ("Tarvo's main opposition group, the Movement for Civic Renewal, says police fired "
            "on unarmed people.")
    assert speaker(_quotes(nlp, text)[-1]) == "Movement for Civic Renewal"


def test_a_description_without_an_apposition_stays_itself(nlp):
    text = "Tarvo's main opposition group says police fired on unarmed people."
    assert speaker(_quotes(nlp, text)[-1]).endswith("opposition group")


def test_a_quotation_before_the_cue_keeps_its_clause(nlp):
    text = ("“The ferry is late again and nobody tells us why,” said Ivo Brand, who takes "
            "the boat to Tarvo every morning with his daughter.")
    quotes = _quotes(nlp, text)
    assert [q.kind for q in quotes] == ["direct"]
    assert speaker(quotes[0]) == "Ivo Brand"
