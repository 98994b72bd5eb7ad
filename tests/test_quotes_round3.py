"""Quote attribution round 3 (issue 10): datelines, long descriptions before a name,
surnames the model tagged as groups, ", saying" participles, parenthetical attributions.

Every sentence here is written for the test (fictional people and places).
"""

from __future__ import annotations

import pytest

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


@pytest.mark.parametrize(("text", "expected"), [
    ("Vilnius, Lithuania — Lithuania's chief negotiator, Daina Rimkute, said that the talks "
     "would resume in March.", "Daina Rimkute"),
    ("PORTO NOVO, Benin — Beninese Finance Minister Ali Ferreira said Tuesday that the "
     "budget would be balanced by 2027.", "Ali Ferreira"),
])
def test_the_dateline_is_not_the_speaker(nlp, text, expected):
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == expected


def test_a_long_description_before_a_name_gives_the_name_and_its_pronoun(nlp):
    text = ("The head of the regional water authority for the northern districts, Tomas "
            "Varga, told reporters the reservoir was nearly empty. \"We have weeks, not "
            "months,\" he added.")
    (indirect,) = _quotes(nlp, text, "indirect")
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(indirect) == "Tomas Varga"
    assert speaker(direct) == "Tomas Varga"
    assert direct.speaker.kind == "PRONOUN"


def test_a_person_tagged_as_a_company_keeps_the_pronoun(nlp):
    text = ("Collector Thomas Reuters announced Sunday he is donating his archive to the city "
            "library. The museum director, Clara Voss, said the gift was welcome. Reuters said "
            "he hoped students would use it. \"Old papers deserve new readers,\" he said.")
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Thomas Reuters"
    announced = next(q for q in _quotes(nlp, text, "indirect") if q.cue == "announced")
    assert speaker(announced) == "Thomas Reuters"


def test_a_saying_participle_reports_for_the_outer_speaker(nlp):
    text = ("Governor Lena Ortiz says the state \"will stop funding\" the old dam, saying "
            "engineers had found cracks in its wall.")
    indirect = _quotes(nlp, text, "indirect")
    assert [q.text for q in indirect] == [
        "the state \"will stop funding\" the old dam",
        "engineers had found cracks in its wall",
    ]
    assert {speaker(q) for q in indirect} == {"Lena Ortiz"}


def test_a_parenthetical_attribution_reports_what_follows(nlp):
    text = ("Farm minister Rosa Ilunga visited the valley on Friday. Despite the drought, she "
            "said, the harvest will be larger than last year's.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the harvest will be larger than last year's"
    assert speaker(quote) == "Rosa Ilunga"


def test_an_opening_participle_is_not_the_subject(nlp):
    text = ("Speaking in Geneva, Chad's envoy, Idriss Mahamat, called the decision \"a "
            "betrayal of the refugees.\"")
    (quote,) = _quotes(nlp, text, "partial")
    assert speaker(quote) == "Idriss Mahamat"


@pytest.mark.parametrize("surname", ["Dane", "French", "Welsh"])
def test_a_surname_tagged_as_a_nationality_is_the_person(nlp, surname):
    text = (f"Harbor pilot Peter {surname} guided the tanker in. \"The channel is too shallow "
            f"for ships this size,\" said {surname}. \"We waited for the tide,\" he added.")
    first, second = _quotes(nlp, text, "direct")
    assert speaker(first) == f"Peter {surname}"
    assert first.speaker.country_code is None
    assert speaker(second) == f"Peter {surname}"


@pytest.mark.parametrize(("text", "expected"), [
    # a given name ending in -a is a woman's: "he" skips her for the man she questioned
    ('Senator Paula Grieg questioned Admiral Lars Oyen for two hours. He defended the '
     'budget. "Every ship matters," he said.', "Lars Oyen"),
    ('Judge Marta Solvik heard Colonel Ivo Brand on Tuesday. "The orders were lawful," he '
     'said.', "Ivo Brand"),
    # ... but a listed man's name ending in -a is a man's
    ('Sarah Dahl, the foreign minister, met Luca Ferri in Rome. "We agreed on the ports," he '
     'said.', "Luca Ferri"),
])
def test_a_given_name_in_a_is_a_woman_unless_listed(nlp, text, expected):
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == expected


def test_one_after_an_inverted_cue_is_a_determiner(nlp):
    text = '"Is this the bottom?" wondered aloud one grain broker.'
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "one grain broker"


def test_a_pronoun_after_a_dateline_sentence_takes_the_named_speaker(nlp):
    text = ("MARANO — Varnia's health minister, Dr. Sofia Lenk, said Monday the outbreak was "
            "under control.\n\n\"We have isolated every contact,\" she told reporters.")
    (indirect,) = _quotes(nlp, text, "indirect")
    (direct,) = _quotes(nlp, text, "direct")
    assert indirect.text == "the outbreak was under control"
    assert speaker(indirect) == "Sofia Lenk"
    assert speaker(direct) == "Sofia Lenk"


def test_an_embedded_question_is_not_reported_speech(nlp):
    text = ('Asked whether the ferries would run, Transport Minister Olu Ade said: "They will '
            'run as long as the weather allows."')
    assert _quotes(nlp, text, "indirect") == []
    (direct,) = _quotes(nlp, text, "direct")
    assert speaker(direct) == "Olu Ade"


def test_the_company_names_the_organisation_just_named(nlp):
    text = ("Harwick Shipping Co. said in a filing that cargo volumes fell 12%. The company "
            "said it expected a recovery by spring.")
    first, second = _quotes(nlp, text, "indirect")
    assert first.text == "cargo volumes fell 12%"
    assert speaker(first) == speaker(second)
    assert "Harwick" in speaker(second)


def test_a_message_noun_before_a_colon_gives_its_author(nlp):
    text = 'The admiral\'s verdict: "The fleet is ready."'
    (quote,) = _quotes(nlp, text, "direct")
    assert speaker(quote) == "admiral"
