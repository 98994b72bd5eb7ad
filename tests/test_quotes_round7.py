"""Quote attribution round 7 (issue 10): missed reported clauses and their speakers.

A subjectless second reporting verb reports a clause of its own; "said that" whose clause the
parse broke apart; a clause whose subject a relative word moved before the cue; a clause that
opens with quoted words; "quoted X (as) saying"; a document's issuer in the same clause; a
noun complement is no report; a participle closing a clause set off by a dash; two subjects
(a description and a name); a one-word name given in full elsewhere; "they" after coordinated
groups; a gendered role noun. Every sentence is written for the test (fictional people,
places and bodies).
"""

from __future__ import annotations

import pytest

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_a_second_subjectless_reporting_verb_reports_its_own_clause(nlp):
    text = ("Maria Velez says the harbor is closed to ships, and says the roads north of the "
            "city are cut.")
    quotes = _quotes(nlp, text, "indirect")
    assert [q.text for q in quotes] == ["the harbor is closed to ships",
                                        "the roads north of the city are cut"]
    assert all(speaker(q) == "Maria Velez" for q in quotes)


def test_a_description_and_a_name_as_two_subjects_give_the_name(nlp):
    text = ("A spokeswoman for the regional council, Ines Kowalczyk said the vote would be "
            "held in May.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the vote would be held in May"
    assert speaker(quote) == "Ines Kowalczyk"


@pytest.mark.parametrize(("text", "content", "who"), [
    ("The dockers, who the union said had walked out at dawn, returned by noon.",
     "walked out at dawn", "union"),
    ("Prices rose again in March, in what traders say is a sign of a weak harvest.",
     "is a sign of a weak harvest", "traders"),
    ("Maria Ekholm, a former judge who critics say tends to side with the mill owners, was "
     "named to the board.", "tends to side with the mill owners", "critics"),
    ("The province blamed the flood that it said made the northern road impassable.",
     "made the northern road impassable", "province"),
])
def test_a_clause_whose_subject_a_relative_word_moved_is_reported(nlp, text, content, who):
    quotes = _quotes(nlp, text, "indirect")
    assert [q.text for q in quotes if q.text.endswith(content)], quotes
    assert who in speaker(next(q for q in quotes if q.text.endswith(content)))


def test_a_clause_opening_with_quoted_words_is_reported_speech(nlp):
    text = 'The Velmoran ministry said "foreign agents," not local farmers, had started the fires.'
    quotes = _quotes(nlp, text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert len(indirect) == 1 and indirect[0].text.endswith("had started the fires")
    assert "ministry" in speaker(indirect[0])
    assert [q.text for q in quotes if q.kind == "partial"] == ["foreign agents"]


@pytest.mark.parametrize("text", [
    "Local newspapers quoted the Harbor Authority saying the pier had been closed for weeks.",
    "The Orla Harbor Authority issued a statement saying the pier had been closed for weeks.",
])
def test_a_document_or_a_quoted_body_speaks_for_its_issuer(nlp, text):
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the pier had been closed for weeks"
    assert "Harbor Authority" in speaker(quote)


@pytest.mark.parametrize("text", [
    "Aid workers have expressed concern that families fleeing the valley cannot cross the "
    "river.",
    "The minister voiced hope that the talks in Dassel would resume soon.",
])
def test_a_noun_complement_is_no_quote(nlp, text):
    assert _quotes(nlp, text, "indirect") == []


def test_a_participle_closing_a_dashed_clause_speaks_for_its_subject(nlp):
    text = ("The mayor closed the fish market -- a step the traders' union has condemned, "
            "saying the ban will ruin hundreds of families.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the ban will ruin hundreds of families"
    assert "union" in speaker(quote)


def test_a_finding_opens_a_reported_clause(nlp):
    text = "The inquiry in Velmora determined the warehouse fire was set on purpose."
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the warehouse fire was set on purpose"


def test_said_that_keeps_its_clause_when_the_parse_breaks_it(nlp):
    text = ("It was not clear where the ferry was. A harbor official, Pavel Orsk, said that "
            "the crew offered to return the passengers to the port to end the standoff.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == ("the crew offered to return the passengers to the port to end the "
                          "standoff")


def test_a_one_word_name_takes_the_full_name_given_before(nlp):
    text = ("Envoy Ryu Jae-won visited the camp on Sunday. Mr. Ryu said the priorities are "
            "shelter and clean water. He says the airport will reopen on Monday.")
    quotes = _quotes(nlp, text, "indirect")
    assert len(quotes) == 2
    assert all(speaker(q) == "Ryu Jae-won" for q in quotes)


def test_they_after_coordinated_groups_gives_both(nlp):
    text = ("The Orla Relief Fund and local charities are sending tents to the valley. But "
            "they report the roads are too damaged for trucks.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.speaker.kind == "PRONOUN"
    assert "Orla Relief Fund" in speaker(quote) and "charities" in speaker(quote)


def test_a_gendered_role_noun_outweighs_a_name_ending_in_a(nlp):
    text = ("Rebel spokesman Kofa Don Merrow is calling on residents to stay indoors, and he "
            "said the fighting would end soon.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Kofa Don Merrow"


def test_a_quotation_only_verb_opens_a_clause_with_that(nlp):
    text = ("Asked whether the locusts had reached Velmora, Farm Minister Ivo Dunst replied "
            "that they already had.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "they already had"
    assert speaker(quote) == "Ivo Dunst"


def test_that_after_the_hearer_of_told_is_a_complementizer(nlp):
    text = ("A harbor official told a local radio station that Ottilie Brand had spent the "
            "night on the ferry.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "Ottilie Brand had spent the night on the ferry"


def test_a_relative_clause_on_what_was_told_is_no_report(nlp):
    assert _quotes(nlp, "She told the story that had shocked the village.", "indirect") == []


def test_a_gerund_subject_clause_is_reported(nlp):
    text = "He said creating such a council would show resolve to any rival."
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "creating such a council would show resolve to any rival"


def test_that_then_when_is_a_clause_not_a_question(nlp):
    text = ("The broker said that when buying flats in Dassel, most families look for low "
            "heating costs.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text.startswith("when buying flats")


def test_a_trailing_credit_with_an_apposition_reports_the_clause(nlp):
    text = ("The harbor will stay shut until March, Dora Pell, a port spokeswoman, told "
            "reporters.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "The harbor will stay shut until March"
    assert speaker(quote) == "Dora Pell"


def test_a_document_released_by_someone_is_theirs(nlp):
    text = ("According to a summary released by the Orla Water Board, the reservoir is half "
            "empty.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the reservoir is half empty"
    assert "Orla Water Board" in speaker(quote)


def test_that_after_the_occasion_of_told_is_a_complementizer(nlp):
    text = ("Foreign Minister Ines Varga told VOA during a press briefing that she believes "
            "the two leaders will meet in Dassel.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "she believes the two leaders will meet in Dassel"
    assert speaker(quote) == "Ines Varga"


def test_a_relative_word_taken_for_the_subject_leaves_the_speaker(nlp):
    text = ("Governor Tomas Ekholm has been fighting the mill owners for months, in what he "
            "says is an effort to keep the river clean.")
    quotes = _quotes(nlp, text, "indirect")
    assert [q.text for q in quotes] == ["is an effort to keep the river clean"]
    assert speaker(quotes[0]) == "Tomas Ekholm"


def test_an_adverbial_when_clause_opens_a_report_not_a_question(nlp):
    text = ("Paul Ferro, a student, said when he returns home to Dassel his impression is that "
            "everyone is online.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text.startswith("when he returns home")
    assert speaker(quote) == "Paul Ferro"


def test_asked_when_is_a_reported_question(nlp):
    # round 8: a reported question is the asker's indirect quote, wh-word included (the gold
    # decisions of README-test3 and README-test6; docs/quotes.md)
    (quote,) = _quotes(nlp, "The mayor asked when the bridge would reopen.", "indirect")
    assert quote.text == "when the bridge would reopen"
    assert speaker(quote) == "mayor"


@pytest.mark.parametrize(("text", "who"), [
    ("Many of the fishermen from the islands are angry and say their catch has been halved.",
     "fishermen"),
    ("Some have even said they hope to see a ceasefire monitor in Dassel.", "Some"),
])
def test_a_quantifier_subject_speaks_for_its_group(nlp, text, who):
    (quote,) = _quotes(nlp, text, "indirect")
    assert who in speaker(quote)


@pytest.mark.parametrize(("text", "who"), [
    ("After weeks of denying it planned to close the border, Velmora shut it on Friday.",
     "Velmora"),
    ("The council accused the mayor of saying the budget was secret.", "mayor"),
])
def test_a_gerund_after_a_preposition_speaks_for_its_doer(nlp, text, who):
    (quote,) = _quotes(nlp, text, "indirect")
    assert who in speaker(quote)


def test_an_indefinite_statement_comes_from_the_source_just_credited(nlp):
    text = ("The envoy met the rebels on Sunday, according to the Orla Peace Council. A "
            "statement said the envoy offered to mediate.")
    quotes = _quotes(nlp, text, "indirect")
    assert "Orla Peace Council" in speaker(quotes[-1])


def test_a_gerund_with_its_own_relative_clause_is_no_report(nlp):
    text = "It is a creed from Velmora that stresses living what they regard as simple lives."
    assert _quotes(nlp, text, "indirect") == []
