"""Round 21 (issue 10, branch qq21): pronoun speakers on invented stories.

Every story here is written for the test; none is a passage of a gold set.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_a_rarer_misspelling_of_a_family_name_takes_the_full_name(nlp):
    text = ("Harbour chief Ilona Vestergaard opened the new pier on Monday. Vestergaard said the "
            "port would hire forty divers. Vestergaard added that the old pier would close.\n\n"
            "Ms. Vestergard told reporters that fees would stay low. She said the ferries would "
            "run twice a day.")
    assert speaker(_quotes(nlp, text)[-1]) == "Ilona Vestergaard"


def test_a_doubled_letter_misspelling_takes_the_full_name(nlp):
    text = ("Mayor Tobias Marenetti opened the bridge on Friday. Marenetti said the toll would "
            "end next year. Marenetti added that buses would cross it free.\n\n"
            "Mr. Marennetti told reporters that the old ferry would stop. He said the town had "
            "waited ten years.")
    assert speaker(_quotes(nlp, text)[-1]) == "Tobias Marenetti"


def test_a_different_family_name_one_letter_apart_is_kept_when_as_frequent(nlp):
    text = ("Judge Oskar Hallström opened the hearing. Judge Greta Hallstrom said the trial "
            "would resume in May. She said witnesses would be heard first.")
    assert speaker(_quotes(nlp, text)[-1]) != "Oskar Hallström"


def test_a_name_the_recognizer_split_takes_its_whole(nlp):
    text = ("Ruritanian Trade Minister Mohammed Said Kamal al-Tarhouni met exporters in the "
            "capital on Monday. He said the tariff on dates would fall.")
    assert speaker(_quotes(nlp, text)[-1]) == "Mohammed Said Kamal al-Tarhouni"


def test_a_title_before_a_name_is_not_joined_to_it(nlp):
    text = ("Vorland party leader Ivan Dorn spoke on Monday. Dorn spokesman Pieter Kask said "
            "the party would boycott the vote. He said the ballots had been printed twice.")
    assert speaker(_quotes(nlp, text)[-1]) == "Pieter Kask"


def test_a_capitalized_description_resolved_to_a_person_keeps_the_name(nlp):
    text = ("Veridian Foreign Minister Tomas Holm met the envoy in Geneva on Monday. Holm said "
            "the talks had gone well.\n\n"
            "The Veridian Foreign Minister also thanked the hosts for the meeting. He added "
            "that he expects a second round in June.")
    assert speaker(_quotes(nlp, text)[-1]) == "Tomas Holm"


def test_a_description_subject_names_again_the_person_of_the_sentence_before(nlp):
    text = ("Pavel Dorn, the best-known opponent of President Ivo Brand, is back in politics.\n\n"
            "He ended his silence this week in Tarvik, where he spoke at a dinner.\n\n"
            "The long-time foe of President Brand, who spent years in prison, made it clear "
            "that he is willing to confront Mr. Brand again. He said his goal is to win the "
            "city hall.")
    assert speaker(_quotes(nlp, text)[-1]) == "Pavel Dorn"


def test_a_description_written_before_is_not_taken_for_the_person(nlp):
    text = ("Anton Weiss opened a bakery in Tarvik. A critic of the council wrote about it.\n\n"
            "The critic said the rents were too high. He said three shops had closed.")
    assert speaker(_quotes(nlp, text)[-1]) != "Anton Weiss"


def test_a_he_in_a_later_sentence_goes_back_through_the_description(nlp):
    text = ("Pavel Dorn, the best-known opponent of President Ivo Brand, is back in politics.\n\n"
            "The long-time foe of President Brand, who spent years in prison, made it clear "
            "that he is willing to confront Mr. Brand again.\n\n"
            "The plan is a version of the one he wrote in 2010. He said his "
            "goal is to win the city hall.")
    assert speaker(_quotes(nlp, text)[-1]) == "Pavel Dorn"


def test_a_long_chain_of_pronouns_goes_back_to_the_named_person(nlp):
    text = ("Rosa Ferrant, a rival of Governor Ivo Brand, is touring the north.\n\n"
            "She spoke this week in Velk, where she opened a clinic.\n\n"
            "The long-time foe of Governor Brand, who spent two years in exile, made it clear "
            "that she is ready to run. She said her plan is to cut taxes.\n\n"
            "The plan is a version of the one she wrote in 2010.\n\n"
            "Though she wants the plan to pass, she made it clear that she is \"not interested "
            "in a seat.\" She said the vote matters more.\n\n"
            "On the economy, she was equally firm, saying Brand made \"a costly error.\"")
    quotes = _quotes(nlp, text)
    assert speaker(quotes[-1]) == "Rosa Ferrant"
