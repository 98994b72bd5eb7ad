"""Quote speakers round 11 (issue 10): partitives, plural pronouns, names that look like places.

Classes: a partitive or quantified subject ("One of the X said", "Some of them told", "with
one admitting") speaks for an unnamed member of its group; "they" takes a group, never one person
described by a singular noun, and an earlier "they" is resolved in turn; "it" never takes a
plural noun; a given name that is also a country's name, used alone, is the person named in
full before; a pronoun finds its antecedent across a paragraph break and a quoted third party.

The sentences are made up for these tests (invented people, places and bodies, a few real
country names where the class needs one); seven of them were rewritten after review so that no
test keeps the shape of a development-gold sentence.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def _span(text: str, quote) -> str:
    return text[quote.speaker.start : quote.speaker.end]


def test_one_of_a_named_group_speaks_as_its_member(nlp):
    text = ("Hundreds of teachers gathered outside the Veridian education ministry on Tuesday. "
            "One of the protesters said the government had ignored them for years.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote) == "one of the protesters"
    assert _span(text, quote) == "One of the protesters"


def test_one_of_them_takes_the_group_the_pronoun_stands_for(nlp):
    text = ("Three officers from the Freedonian garrison were interviewed by telephone. One of "
            "them described the barracks as half empty and said pay was months late.")
    quote = _quotes(nlp, text)[-1]
    assert speaker(quote).startswith("one of three officers")
    assert _span(text, quote) == "One of them"


def test_some_of_them_speak_for_their_group(nlp):
    text = ("Dockworkers in Port Tarvik stopped work on Monday. Some of them told reporters "
            "that the new shift rules were unsafe.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote).lower() == "dockworkers"
    assert _span(text, quote) == "Some of them"


def test_a_quantifier_over_a_described_group_names_the_phrase(nlp):
    text = ("Several of those who waited in the rain for tickets complained that the box "
            "office opened an hour late.")
    (quote,) = _quotes(nlp, text)
    assert _span(text, quote) == "Several of those who waited in the rain for tickets"
    assert speaker(quote) == "several of those who waited in the rain for tickets"


def test_one_in_an_absolute_phrase_is_a_member_of_the_subject(nlp):
    text = ("The climbers reached the summit after nine hours, with one admitting that the "
            "last ridge had frightened her.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote).lower() == "one of climbers"
    assert _span(text, quote) == "one"


def test_they_is_no_single_described_person_and_the_scene_does_not_speak(nlp):
    text = ("Cab drivers blocked the ring road on Friday because a colleague had been fined for "
            "a broken light. Later they drove slowly to the airport chanting \"Fine us all\" or "
            '"Ten years, one light."')
    marked = [q for q in _quotes(nlp, text) if q.kind in ("direct", "partial")]
    assert [speaker(q).lower() for q in marked] == ["cab drivers"] * 2


def test_an_earlier_they_is_resolved_in_turn_to_a_persons_own_group(nlp):
    text = ("Coach Mira Tell and her squad landed in Oberfeld on Sunday. They had lost every "
            'match, and they blamed "a pitch fit for cows" for the defeats.')
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "squad"


def test_it_is_no_plural_noun(nlp):
    text = ("The Ruritanian health ministry closed two clinics on Friday. Their doctors, it "
            "said, had not been paid since June.")
    quotes = _quotes(nlp, text, "indirect")
    assert speaker(quotes[-1]) == "Ruritanian health ministry"


def test_a_given_name_that_is_a_country_names_the_person(nlp):
    text = ("Georgia Lund was elected mayor of Port Vell last year. On Monday Georgia told the "
            "council that the budget was spent.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote) == "Georgia Lund"


def test_a_title_that_names_a_country_takes_she(nlp):
    text = ("Chad's foreign minister met her Veridian counterpart in Tarvik on Monday. She said "
            "the two governments would sign a fishing accord.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote) == "Chad's foreign minister"


def test_a_description_named_by_a_participle_gives_the_name(nlp):
    text = ("On Tuesday a bus driver named Omar Feld told the inquiry he had warned his depot "
            "twice. He added that the brakes had been replaced in a hurry.")
    first, second = _quotes(nlp, text)
    assert speaker(first) == "Omar Feld"
    assert speaker(second) == "Omar Feld"


def test_she_reaches_back_past_a_quoted_third_party(nlp):
    text = ('Governor Ada Brunn spoke to farmers in the valley on Friday. "Nobody will lose '
            'land," she said.\n\nA farmer, Jose Kell, said he did not believe her. "She has '
            'promised that before," Kell said. "Paul Dorn promised it too."\n\n'
            "She said the land registry would be published next month.")
    quotes = _quotes(nlp, text)
    assert speaker(quotes[-1]) == "Ada Brunn"


def test_the_person_in_the_of_phrase_of_a_sentence_without_subject(nlp):
    text = ("Kurt Vahl was sworn in as treasurer on Monday. Still unknown is the role of Oskar "
            "Brede, who ran the treasury for six years.\n\n"
            "He told a radio station he had turned the job down.")
    (quote,) = _quotes(nlp, text)
    assert speaker(quote) == "Oskar Brede"
