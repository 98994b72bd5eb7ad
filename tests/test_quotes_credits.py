"""Quote attribution round 5 (issue 10): news-log and newscast style reported speech.

Agency credits (", Reuters reported", ", according to Reuters"), sentence-final attribution
the parse leaves unlinked, news-log time stamps, statements issued by bodies, and judgement
verbs that never give quoted words their speaker. Every sentence is written for the test
(fictional people, places and bodies; the agencies are only credited).
"""

from __future__ import annotations

import pytest

from test_quotes import check_offsets, run, speaker


def _quotes(nlp, text: str, kind: str | None = None):
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    return [q for q in quotes if kind is None or q.kind == kind]


@pytest.mark.parametrize(("text", "content", "expected"), [
    ("The Ministry of Fisheries on Monday said it had found no trace of the oil spill near "
     "Port Elwin, Reuters reported.", "it had found no trace of the oil spill near Port Elwin",
     "Ministry of Fisheries"),
    ("Velmora's harbor master said the northern pier would stay closed until March, "
     "The Associated Press reported.", "the northern pier would stay closed until March",
     "harbor master"),
    ("Rescue teams had reached the flooded village of Dassel by noon, the regional fire "
     "service said, according to Reuters.",
     "Rescue teams had reached the flooded village of Dassel by noon", "fire service"),
])
def test_an_agency_credit_neither_steals_nor_doubles_the_quote(nlp, text, content, expected):
    (quote,) = _quotes(nlp, text)
    assert quote.text == content
    assert expected in speaker(quote)
    assert "Reuters" not in speaker(quote) and "Associated Press" not in speaker(quote)


def test_a_credit_alone_is_the_agency_reporting(nlp):
    text = ("Striking dock workers in Velmora have blocked the main container terminal for a "
            "third day, The Associated Press reported.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text.startswith("Striking dock workers in Velmora have blocked")
    assert "Associated Press" in speaker(quote)


def test_a_credit_is_not_the_cue_of_the_next_quotation(nlp):
    text = ('"We are reviewing every shipment," the Norvik Shipping Company said in a '
            'statement, Reuters reported. "No vessel will leave port until the review ends."')
    quotes = _quotes(nlp, text, "direct")
    assert len(quotes) == 2
    assert all("Norvik" in speaker(q) for q in quotes), [speaker(q) for q in quotes]


def test_a_sentence_final_attribution_after_a_news_log_time_stamp(nlp):
    text = ("9:40 p.m.: Floodwaters have cut the only road between Dassel and Ormund, a "
            "senior regional official said on Tuesday, Reuters reported.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "Floodwaters have cut the only road between Dassel and Ormund"
    assert "official" in speaker(quote)


def test_a_clause_the_parser_hung_on_an_adverb(nlp):
    text = ("Norland, which has the region's largest fishing fleet, has said so far that it "
            "will keep its ports open to foreign trawlers.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "it will keep its ports open to foreign trawlers"
    assert speaker(quote) == "Norland"


def test_the_report_speaks_for_the_body_that_released_it(nlp):
    text = ("The Tidewater Institute on Friday released a detailed assessment of coastal "
            "erosion in the southern provinces. Several beaches have been damaged beyond "
            "repair. The report notes that sea walls slow the loss of sand in most places.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "sea walls slow the loss of sand in most places"
    assert "Tidewater Institute" in speaker(quote)


def test_a_judgement_verb_does_not_take_the_quoted_words(nlp):
    text = ('Mayor Ilse Varga said engineers assessed that the old bridge was "safe for now" '
            'and that repairs could wait.')
    (partial,) = _quotes(nlp, text, "partial")
    assert partial.text == "safe for now"
    assert speaker(partial) == "Ilse Varga"


def test_an_opening_question_is_not_reported_speech(nlp):
    text = ('Asked whether the border talks would resume, the envoy, Tomas Brel, said: '
            '"We will see what the spring brings."')
    assert not [q for q in _quotes(nlp, text, "indirect") if q.text.startswith("Asked")]


def test_a_title_inside_the_reported_clause_is_not_the_speaker(nlp):
    text = ("The agreement was reached Monday in a meeting between Defense Minister Aron Kell "
            "and U.N. Secretary-General Mira Osei, Kell's ministry said in a statement.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text.startswith("The agreement was reached Monday")
    assert "Osei" not in speaker(quote)


@pytest.mark.parametrize("text", [
    ('"The valley is under water," a volunteer with the Ostravan Relief Society, Pavel '
     'Dromek, told reporters. He said rescuers had reached only two of the villages.'),
    ('"The radar cannot see them," a border guard officer, who gave only his first name, '
     'Taras, told reporters. He said dozens of drones had crossed overnight.'),
])
def test_a_pronoun_takes_the_name_closing_its_antecedents_description(nlp, text):
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.speaker.kind == "PRONOUN"
    assert speaker(quote).split()[0] in ("Pavel", "Taras")


def test_a_clause_without_that_read_as_an_object(nlp):
    text = ("Velmoran President Rosa Ferrant said Friday a former general planned to seize "
            "the government.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "a former general planned to seize the government"
    assert speaker(quote) == "Rosa Ferrant"


def test_an_object_with_a_passive_participle_is_no_clause(nlp):
    text = "At the funeral the bishop said a prayer written by the miners of Dassel."
    assert not _quotes(nlp, text, "indirect")


def test_a_that_clause_hung_on_the_statement_noun(nlp):
    text = ("The company, Norvik Shipping, said in a statement that it would suspend "
            "operations at Dassel.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "it would suspend operations at Dassel"
    assert "Norvik" in speaker(quote)


def test_the_statement_speaks_for_the_body_that_issued_it(nlp):
    text = ("The foreign ministry of Velmora issued a statement Tuesday. The statement said "
            "the ambassador would be recalled.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert "ministry" in speaker(quote).lower()


def test_they_takes_two_coordinated_persons(nlp):
    text = ("Rosa Ferrant and Ivan Dorn spoke at the summit in Dassel. They said the region "
            "needed more investment.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert set(quote.speaker.members) == {"Rosa Ferrant", "Ivan Dorn"}
    assert speaker(quote) == "Rosa Ferrant and Ivan Dorn"
