"""Quote attribution round 9 (issue 10): pronoun speakers whose antecedent the resolver lost.

A person's own reported he/she tells their gender ("X told a radio station that he ..."), also
when the name ends in -a or stands in apposition to the subject; "One of the marchers, X Y,
said" lets X Y speak for the numeral subject; a name the model tagged as a group is a person
when an age opens it ("22-year-old X Y").

The sentences are made up for these tests (invented people, places and bodies); the review of
round 9 found four that followed development-gold sentences too closely, and they were
rewritten with other shapes.
"""

from __future__ import annotations

import pytest

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


@pytest.mark.parametrize(("text", "expected"), [
    # a name in -a is taken for a woman's, unless the person's own report says "he"
    ('Farmers blocked the northern highway on Monday. Interior Minister Doruka Velan told a '
     'radio station that he would not meet them. "We have done nothing wrong," he said.',
     "Doruka Velan"),
    ('Dockers walked out in Pellin. Union leader Sarova Mint said he expected a long strike.'
     '\n\n"The owners will not listen," he said.', "Sarova Mint"),
])
def test_a_persons_own_reported_pronoun_tells_the_gender(nlp, text, expected):
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == expected


def test_a_numeral_subject_speaks_through_its_named_apposition(nlp):
    text = ("Fishing boats blocked the harbour at Tarvik for a second day. One of the skippers, "
            "39-year-old Orsolya Venkataraman, said she will stay at sea until Governor Ilse "
            'Marrow drops the fuel levy.\n\n"Every litre costs us a meal," she said.')
    indirect, direct = _quotes(nlp, text)
    assert speaker(indirect) == "Orsolya Venkataraman"
    assert speaker(direct) == "Orsolya Venkataraman"


def test_an_age_before_a_name_tagged_as_a_group_makes_it_a_person(nlp):
    text = ("Students gathered outside the ministry. One of them, 22-year-old Kittiphat Wongsakul, "
            "said he wants the exams moved. Governor Anna Brisk met the group later.\n\n"
            '"Nobody asked us," he said.')
    direct = _quotes(nlp, text, "direct")
    assert [speaker(q) for q in direct] == ["Kittiphat Wongsakul"]


def test_the_owner_of_a_subject_that_is_no_person_is_the_topic(nlp):
    text = ("Governor Ruth Ansel toured the flooded valley last week. Senator Lena Moor's "
            "office released the letter on Friday.\n\n"
            '"We expect an answer soon," she said.')
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "Lena Moor"


@pytest.mark.parametrize("thing", ["study", "survey"])
def test_a_study_that_reveals_something_is_no_he(nlp, thing):
    text = (f"A {thing} out this week suggests that river traffic has halved. Look at "
            "44-year-old ferryman Obi Kanta. The spring flood wrecked his jetty, he said. "
            '"The river took everything," he added.')
    direct = _quotes(nlp, text, "direct")
    assert [speaker(q) for q in direct] == ["Obi Kanta"]


def test_another_mention_of_the_same_person_tells_the_gender(nlp):
    # "Ondra" ends in -a (taken for a woman's name); "Mr. Kevala" earlier says otherwise
    text = ("Critics have long blamed Mr. Kevala for the power cuts. Grid operator Piet Hanse "
            "runs the national network. On Monday, Energy Minister Ondra Kevala toured the "
            'plant. "The grid is failing," he said.')
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "Ondra Kevala"


@pytest.mark.parametrize("group", ["Aid workers", "Rescue teams"])
def test_a_compound_subject_the_parser_read_as_a_verb_speaks(nlp, group):
    text = (f"{group} in Pellin say food stocks are nearly gone. They say more than 20,000 "
            "people arrived this week.")
    first, second = _quotes(nlp, text, "indirect")
    assert first.speaker is not None and first.speaker.raw_text == group
    assert second.speaker is not None and second.speaker.entity_name != "food stocks"


def test_a_noun_of_number_speaks_for_the_group_it_counts(nlp):
    text = ("Hundreds of nurses marched on parliament in Velda on Friday. They said wages had "
            "not risen in a decade. Thousands of farmers say the new tax will ruin them.")
    first, second = _quotes(nlp, text, "indirect")
    assert first.speaker is not None and first.speaker.entity_name == "nurses"
    assert second.speaker is not None and second.speaker.entity_name == "farmers"


@pytest.mark.parametrize(("text", "expected"), [
    # common given names of either gender decide between two people of unknown gender
    ('Mayor Ingrid Sol met Colonel Aron Pike on Tuesday. The talks lasted three hours.\n\n'
     '"The roads will reopen," he said.', "Aron Pike"),
    ('Opposition leader Rasa Kolin accused President Dario Vell of rigging the vote. Vell '
     'denied the charge on state television.\n\n"We have the evidence," she said.', "Rasa Kolin"),
])
def test_listed_given_names_decide_the_gender(nlp, text, expected):
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == expected


@pytest.mark.parametrize(("text", "bearers"), [
    ('At the clinic gates in Pellin, striking nurses held up posters reading "Pay us on time."',
     "striking"),
    ('Pensioners waved signs saying "Hands off our savings" as the budget vote began.',
     "Pensioners"),
])
def test_a_sign_speaks_for_its_bearers(nlp, text, bearers):
    (quote,) = _quotes(nlp, text)
    assert quote.speaker is not None and quote.speaker.raw_text.split()[0] == bearers


def test_a_relative_report_by_others_is_cut_from_the_outer_report(nlp):
    text = ("Harbour pilots insist the new charter is unfair and say it must be withdrawn "
            "before the regatta, which organisers say the city council will cancel anyway.")
    indirect = _quotes(nlp, text, "indirect")
    assert [speaker(q) for q in indirect][-1] == "organisers"
    assert indirect[-1].text == "the city council will cancel anyway"


def test_a_relative_report_by_the_same_pronoun_stays_inside(nlp):
    text = "Mayor Ivo Brand said the men who he said started the fire were arrested on Monday."
    texts = [q.text for q in _quotes(nlp, text, "indirect")]
    assert any(t.endswith("were arrested on Monday") for t in texts)
