"""Quote attribution round 2: pronoun agreement, colon attribution, split quotations,
cues after '?"', new cue verbs, typewriter marks and nested quotations.

Every sentence here is written for the test (fictional people).
"""

from __future__ import annotations

import pytest

from test_quotes import check_offsets, run, speaker
from wirecoder.evaluation.quotes import speaker_class
from wirecoder.quotes.marks import find_quotes


def _direct(nlp, text: str):
    quotes = run(nlp, text)
    check_offsets(text, quotes)
    return [q for q in quotes if q.kind == "direct"]


# -- pronouns: gender, number, quoted names, subjects --------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # gender from the pronoun the sentence uses for her
    ('Mayor Ines Tavora greeted her deputy, Rui Lobo, at the airport. '
     '"We have a lot to rebuild," she said.', "Ines Tavora"),
    # gender from a title word
    ('Mrs. Okonjo thanked Governor Bello for the visit. "The roads come first," she said.',
     "Okonjo"),
    # a man after a woman: "he" skips her
    ('Senator Ruth Banda spoke after Colonel Joseph Mwale. "The army will stay neutral," '
     'he said.', "Joseph Mwale"),
])
def test_pronoun_agrees_in_gender(nlp, text, expected):
    (quote,) = _direct(nlp, text)
    assert expected in speaker(quote)


def test_pronoun_skips_a_name_only_quoted(nlp):
    text = ('Party chairman Samuel Ochieng addressed supporters in Nakuru. '
            '"Kimani cannot win this seat," he said.')
    (quote,) = _direct(nlp, text)
    assert speaker(quote) == "Samuel Ochieng"


def test_pronoun_prefers_the_main_subject(nlp):
    text = ('Captain Arturo Vidal said the ferry sank after Commander Luis Pena ordered the '
            'evacuation. "We had four minutes," he said.')
    (quote,) = _direct(nlp, text)
    assert speaker(quote) == "Arturo Vidal"


def test_they_takes_a_plural_group(nlp):
    text = ('Striking dockworkers blocked the port gates on Monday. '
            '"We will not move until we are paid," they said.')
    (quote,) = _direct(nlp, text)
    assert "dockworkers" in speaker(quote).lower()


def test_quotes_resolver_overrides_the_actors_stage_answer(nlp):
    """The actors stage links 'she' to the last person; the quotes stage checks gender."""
    text = ('Judge Amara Diallo questioned the witness, Paul Ndiaye, for an hour. '
            '"The record is clear," she said.')
    (quote,) = _direct(nlp, text)
    assert speaker(quote) == "Amara Diallo"


# -- colon attribution ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ('Tomas Urban, a shipping analyst in Hamburg: "Freight rates have doubled since May."',
     "Tomas Urban"),
    ("The central bank's answer: \"Rates will not move this year.\"", "central bank"),
    ('The response from the Interior Ministry was terse: "The investigation continues."',
     "Interior Ministry"),
])
def test_colon_attribution(nlp, text, expected):
    (quote,) = _direct(nlp, text)
    assert expected.lower() in speaker(quote).lower()


# -- quotations split by attribution, across paragraphs ------------------------------


def test_second_half_of_a_split_quote_keeps_its_speaker_across_a_paragraph(nlp):
    text = ('"The water came at night," said Farah Nur, a farmer near Beledweyne.\n'
            '"By morning the village was gone."\n'
            'Regional officials said 3,000 people had been displaced.')
    first, second = _direct(nlp, text)
    assert speaker(first) == speaker(second) == "Farah Nur"


# -- cues after '?"' and '!"' --------------------------------------------------------


@pytest.mark.parametrize("text", [
    'Governor Lena Fisk inspected the flooded school. "Who signed off on this roof?" she asked.',
    'Governor Lena Fisk inspected the flooded school. "Get the children out!" she shouted.',
])
def test_cue_after_question_or_exclamation_mark(nlp, text):
    (quote,) = _direct(nlp, text)
    assert quote.cue is not None and speaker(quote) == "Lena Fisk"


# -- cue verbs and forms ---------------------------------------------------------------


@pytest.mark.parametrize(("text", "cue", "expected"), [
    ('"Those figures are invented," interjected Finance Minister Karl Dorn.', "interjected",
     "Karl Dorn"),
    ('"And the schools too," chimed in Deputy Mayor Lucia Serra.', "chimed in", "Lucia Serra"),
    ('"Where did the grain go?" one farmer wondered aloud.', "wondered aloud", "farmer"),
    ('"We need the bridge back," Pedro Alves, 81, told a radio station.', "told",
     "Pedro Alves"),
    ('"Nobody warned us," Grace Kamau, a nurse at the district hospital, told reporters.',
     "told", "Grace Kamau"),
])
def test_cue_verbs_and_appositives(nlp, text, cue, expected):
    (quote,) = _direct(nlp, text)
    assert quote.cue == cue
    assert expected in speaker(quote)


def test_the_statement_read_goes_to_its_issuer(nlp):
    text = ('The Fisheries Commission published a notice on Tuesday. '
            '"All trawling is suspended until further notice," the notice read.')
    (quote,) = _direct(nlp, text)
    assert quote.cue == "read"
    assert "Fisheries Commission" in speaker(quote)


def test_typewriter_double_apostrophes_are_quotation_marks(nlp):
    text = "''The harvest is lost,'' said Arjun Mehta, a grower in Nashik."
    (quote,) = _direct(nlp, text)
    assert quote.text == "The harvest is lost"
    assert speaker(quote) == "Arjun Mehta"


# -- nested quotations -----------------------------------------------------------------


def test_nested_quote_of_another_style_does_not_split_the_outer_one():
    text = '"When the captain said “abandon ship,” we jumped," said a deckhand.'
    spans = find_quotes(text, lambda _: len(text))
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end].startswith("When the captain")
    assert text[spans[0].start : spans[0].end].endswith("we jumped,")


def test_partial_quote_with_nested_marks_is_one_quote(nlp):
    text = 'Minister Hana Sato called the levy "a “temporary” charge that will end soon."'
    partial = [q for q in run(nlp, text) if q.kind == "partial"]
    assert [q.text for q in partial] == ["a “temporary” charge that will end soon"]


# -- evaluation classes ------------------------------------------------------------------


@pytest.mark.parametrize(("said", "expected"), [
    ("she", "pronoun"), ("Foreign Minister Ada Brun", "name"), ("a police spokesman", "nominal"),
    ("The Health Ministry", "organisation"), ("NATO", "organisation"),
])
def test_speaker_class_is_derived_from_speaker_text(said, expected):
    assert speaker_class({"speaker_text": said}) == expected
