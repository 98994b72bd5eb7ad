"""Round 21 (issue 10, branch qq21): pronoun speakers on invented stories.

Every story here is written for the test; none is a passage of a gold set.
"""

from __future__ import annotations

import pytest

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
    text = ("Oskar Hallberg chaired the inquiry into the dam. Hallberg said the report was "
            "late.\n\nHalberg said the engineers had been warned. Halberg said the dam would "
            "be drained in spring.")
    assert speaker(_quotes(nlp, text)[-1]) == "Halberg"


def test_a_feminine_form_of_a_family_name_is_another_person(nlp):
    text = ("Prime Minister Anton Belikov opened the new rail line on Monday. Belikov said the "
            "trains would run hourly. Belikov added that fares would stay low.\n\n"
            "Belikova said the workers had not been paid.")
    assert speaker(_quotes(nlp, text)[-1]) == "Belikova"


def test_a_name_one_letter_apart_with_a_title_of_its_own_is_another_person(nlp):
    text = ("Former mayor Tobias Kerrigan spoke to farmers on Monday. Kerrigan said the tax was "
            "unfair. Kerrigan added that he would run again.\n\n"
            "Senator Kerrigen rejected the claim. He said the tax had been approved.")
    assert speaker(_quotes(nlp, text)[-1]) != "Tobias Kerrigan"


def test_a_name_one_letter_apart_of_the_other_gender_is_another_person(nlp):
    text = ("Mr. Tomas Varenko opened the harbour on Monday. Varenko said the cranes were new. "
            "Varenko added that ships would come in May.\n\n"
            "Ms. Varenka visited the school in the afternoon. She said the roof leaked.")
    assert speaker(_quotes(nlp, text)[-1]) != "Tomas Varenko"


def test_a_name_the_recognizer_split_takes_its_whole(nlp):
    text = ("Ruritanian Trade Minister Mohammed Said Kamal al-Tarhouni met exporters in the "
            "capital on Monday. He said the tariff on dates would fall.")
    assert speaker(_quotes(nlp, text)[-1]) == "Mohammed Said Kamal al-Tarhouni"


def test_two_untitled_names_side_by_side_are_not_joined(nlp):
    text = ("The court told Amira Said Tarek Mansour had been freed. Mansour said: \"I am glad "
            "to be home.\"")
    assert speaker(_quotes(nlp, text)[-1]) == "Tarek Mansour"


def test_a_title_before_a_name_is_not_joined_to_it(nlp):
    text = ("Vorland party leader Ivan Dorn spoke on Monday. Dorn spokesman Pieter Kask said "
            "the party would boycott the vote. He said the ballots had been printed twice.")
    assert speaker(_quotes(nlp, text)[-1]) == "Pieter Kask"


def test_a_capitalized_description_resolved_to_a_person_keeps_the_name(nlp):
    text = ("Farm exports were the theme of the fair, which Veridian Trade Minister Nils Aro "
            "opened in Velk on Monday. Aro said exports had doubled.\n\n"
            "Asked about the drought, the Veridian Trade Minister was brief. He said the "
            "harvest would be smaller but prices would hold.")
    assert speaker(_quotes(nlp, text)[-1]) == "Nils Aro"


def test_a_description_subject_names_again_the_person_of_the_sentence_before(nlp):
    text = ("Jonas Kolar has run against Governor Ivo Brand three times.\n\n"
            "He lost each race by a few hundred votes.\n\n"
            "The fiercest critic of Governor Brand toured the flooded valley on Sunday. He "
            "said the relief money had never reached the farms.")
    assert speaker(_quotes(nlp, text)[-1]) == "Jonas Kolar"


def test_a_description_written_before_is_not_taken_for_the_person(nlp):
    text = ("Anton Weiss opened a bakery in Tarvik. A critic of the council wrote about it.\n\n"
            "The critic said the rents were too high. He said three shops had closed.")
    assert speaker(_quotes(nlp, text)[-1]) != "Anton Weiss"


def test_a_he_in_a_later_sentence_goes_back_through_the_description(nlp):
    text = ("Senator Jonas Kolar has run against Governor Ivo Brand three times.\n\n"
            "He lost each race by a few hundred votes.\n\n"
            "The fiercest critic of Governor Brand toured the flooded valley on Sunday.\n\n"
            "Most of the farms there lost their barns. He said the relief money had never "
            "reached them.")
    assert speaker(_quotes(nlp, text)[-1]) == "Jonas Kolar"


_LIGHTHOUSE = ("Captain Lars Holt commands the coast guard station at Velk.\n\n"
               "He grew up on an island. He sailed for ten years. He came back in 2019. He "
               "spoke to reporters on Monday.\n\n")


@pytest.mark.parametrize(("text", "subject"), [
    # a new person brought in with an appositive
    ("Chief Ivo Marek has led the fire brigade of Tarvik since 2015.\n\n"
     "He grew up on a farm. He joined the brigade at 19. He trained crews in three "
     "towns. He inspected the old mill on Friday.\n\n"
     "The survivor, a 70-year-old miller, thanked the crews on Saturday. He said: "
     "\"The alarm never rang.\"", "Ivo Marek"),
    # the owner of a thing
    (_LIGHTHOUSE + "The owner of the sunken trawler was lifted from the sea on Tuesday. He "
     "said: \"The engine just stopped.\"", "Lars Holt"),
    # a bare trade noun far from any name
    (_LIGHTHOUSE + "The pilot was lifted from the sea by a helicopter on Tuesday. He said: "
     "\"The engine just stopped.\"", "Lars Holt"),
])
def test_a_new_person_is_not_the_profiles_subject(nlp, text: str, subject: str) -> None:
    assert speaker(_quotes(nlp, text)[-1]) != subject


def test_a_long_chain_of_pronouns_goes_back_to_the_named_person(nlp):
    text = ("Rosa Ferrant, a rival of Governor Ivo Brand, is touring the north.\n\n"
            "She reached Velk by train on Monday. She met nurses at the clinic. She said the "
            "wards were short of beds.\n\n"
            "She then drove to the coast. She said the ferries were too old. She added that "
            "the port needed a new crane.\n\n"
            "By evening she was in Tarvik, saying the roads \"have been forgotten.\"")
    quotes = _quotes(nlp, text)
    assert speaker(quotes[-1]) == "Rosa Ferrant"
