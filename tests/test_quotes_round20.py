"""Round 20 (issue 10, branch qq20): pronoun speakers on invented stories.

Every story here is written for the test; none is a passage of a gold set.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_he_after_and_takes_the_person_the_first_clause_reached(nlp):
    text = ("Harbour master Emil Sorn said the bay would stay closed.\n\n"
            "The coast guard pulled swimmer Dmitri Vasko from the water at dawn, and he said "
            "the current had dragged him a mile.")
    assert speaker(_quotes(nlp, text)[-1]) == "Dmitri Vasko"


def test_she_after_and_takes_the_object_of_a_group_subject(nlp):
    text = ("The border guards detained cyclist Lena Moor near the lake on Sunday, and she said "
            "her papers were in order.")
    assert speaker(_quotes(nlp, text)[-1]) == "Lena Moor"


def test_he_after_and_keeps_a_subject_that_agrees(nlp):
    text = ("Customs chief Arvo Lind fined the skipper, Tomas Brekke, on Monday, and he said the "
            "catch had been declared.")
    assert speaker(_quotes(nlp, text)[-1]) == "Arvo Lind"


def test_another_names_one_more_of_the_earlier_kind(nlp):
    text = ("Parents packed the council hall on Tuesday. A teacher told the meeting that the "
            "school roof leaked. Another said classes had moved to the gym. She added that the "
            "heaters were broken.")
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes[-2:]] == ["teacher", "teacher"]


def test_another_prefers_the_one_that_opened_the_series(nlp):
    text = ("One nurse said the ward ran out of gloves. A guard told her to wait outside. "
            "Another said the lights failed twice.")
    assert speaker(_quotes(nlp, text)[-1]) == "nurse"


def test_another_takes_no_subject_that_reported_nothing(nlp):
    text = ("A landslide buried the mountain road at dawn, rescuers said. Another said two "
            "buses were trapped.")
    assert speaker(_quotes(nlp, text)[-1]) != "landslide"


def test_another_with_its_own_noun_or_group_is_left_alone(nlp):
    text = ("A teacher told the meeting that the roof leaked. Another of the parents said the "
            "buses were late.")
    assert speaker(_quotes(nlp, text)[-1]) != "teacher"


def test_saying_after_an_appeal_with_for_is_the_appealer(nlp):
    text = ("Farm minister Pavel Rusk met growers in the valley. He argued for the banks to "
            "write off the farmers' debts, saying the harvest had failed.")
    assert speaker(_quotes(nlp, text)[-1]) == "Pavel Rusk"


def test_saying_after_an_infinitive_of_the_subject_is_unchanged(nlp):
    text = ("The ferry operator wants the crews to return by May, saying the timetable "
            "cannot wait.")
    assert speaker(_quotes(nlp, text)[-1]) == "ferry operator"


def test_a_person_cut_down_to_a_town_is_a_later_she(nlp):
    text = ("Tea seller Halima Warsame Aden opened her stall again in March after the floods. "
            "Aden sells fewer cups now. She says prices have doubled since spring.")
    assert speaker(_quotes(nlp, text)[-1]) == "Halima Warsame Aden"


def test_a_town_named_again_untagged_is_no_she(nlp):
    text = ("Nurse Dalia Serrano worked through the night in Mombasa. Mombasa was quiet by "
            "morning. She says the clinic ran out of bandages.")
    assert speaker(_quotes(nlp, text)[-1]) == "Dalia Serrano"


def test_a_that_clause_after_a_parenthetical_adverb_is_reported(nlp):
    text = "Ines Varga wrote, though, that the council will agree to a recount."
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["the council will agree to a recount"]
    assert speaker(quotes[0]) == "Ines Varga"


def test_a_credit_after_a_clause_is_still_a_credit(nlp):
    text = "The ferry will sail at noon, the port authority said, Tarvo Radio reported."
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["port authority"]


def test_the_clause_after_the_cue_wins_over_one_hung_before_it(nlp):
    text = "Schools stayed shut on Friday the teachers' union said the talks had failed."
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["the talks had failed"]


def test_content_fronted_with_a_comma_keeps_its_clause(nlp):
    text = "The war will end soon, the general said he hoped."
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["The war will end soon"]
    assert speaker(quotes[0]) == "general"


def test_a_hedge_after_fronted_content_keeps_the_content(nlp):
    text = "The dam will hold through the spring, the engineer said she was certain of it."
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["The dam will hold through the spring"]


def test_a_full_clause_after_a_comma_splice_still_wins(nlp):
    text = "Floodwater cut off three villages, the governor said the army had sent boats."
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["the army had sent boats"]


def test_content_fronted_with_a_comma_yields_to_a_that_clause(nlp):
    text = ("The pump station will be rebuilt by June, the water board said that the contract "
            "had been signed.")
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["the contract had been signed"]


def test_a_description_with_an_organisation_in_apposition_gives_its_name(nlp):
    text = ("Norvia's main rights group, the League for Open Courts, reports that judges were "
            "threatened.")
    assert speaker(_quotes(nlp, text)[-1]) == "League for Open Courts"


def test_a_description_without_an_apposition_stays_itself(nlp):
    text = "Norvia's main rights group reports that judges were threatened."
    assert speaker(_quotes(nlp, text)[-1]).endswith("rights group")


def test_a_quotation_before_the_cue_keeps_its_clause(nlp):
    text = ("“The ferry is late again and nobody tells us why,” said Ivo Brand, who takes "
            "the boat to Tarvo every morning with his daughter.")
    quotes = _quotes(nlp, text)
    assert [q.kind for q in quotes] == ["direct"]
    assert speaker(quotes[0]) == "Ivo Brand"
