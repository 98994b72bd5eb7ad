"""Quote speakers round 16 (issue 10): the name that closes a described subject.

Class: a description of a person is the subject ("the chair of a growers' cooperative") and
a name between commas closes it ("..., Tomasz Brel, ..."), but the parser hung the name on
the last noun of the description's prepositional phrase, an auxiliary stands between the
closing comma and the verb, or a relative clause stands between the name and the verb; the
recognizer tagged the name as an organisation. The name speaks, and a later he or she goes
back to it, never to the bare description.

Every story is written for its test, with invented people and places; each test fails on
main 5038780.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def test_name_closing_a_described_subject_before_an_auxiliary_is_a_later_he(nlp):
    text = ("Farmers blocked the main highway into Veridia City for a third day on Tuesday. "
            "Prime Minister Karel Hostin urged them to go home.\n\n"
            "The chair of a regional growers' cooperative, Tomasz Brel, has been camped beside "
            "the road since the blockade began.\n\n"
            "\"We will stay here until the ministry opens its books to us,\" he said.")
    assert speaker(_quotes(nlp, text)[-1]) == "Tomasz Brel"


def test_name_before_a_relative_clause_speaks_for_a_capitalized_title(nlp):
    text = ("Hundreds of seasonal workers came back from Ruritania by train on Monday.\n\n"
            "Deputy Minister for the Eastern Marches, Lidia Varga, who greeted the returning "
            "workers at the frontier post, told the Daily Courier that the state had hired four "
            "extra trains.")
    assert speaker(_quotes(nlp, text)[-1]) == "Lidia Varga"


def test_a_crowd_named_since_is_never_a_later_she(nlp):
    text = ("Opposition leader Halina Dresner came back to Marvik on Saturday after two years "
            "abroad. Thousands of supporters waited for her at the harbour, and the crowd "
            "cheered as her boat docked.\n\n"
            "\"Nobody will be jailed for their votes again,\" she told them.")
    assert speaker(_quotes(nlp, text)[-1]) == "Halina Dresner"


def test_a_group_noun_never_agrees_with_he_or_she(nlp):
    from wirecoder.models import Entity
    from wirecoder.quotes.gender import agrees
    from wirecoder.quotes.index import DocIndex

    text = "The crowd waved flags on the quay. She waved back."
    doc = nlp(text)
    crowd = Entity(start=0, end=9, sentence=0, raw_text="The crowd", entity_name="crowd",
                   kind="NOMINAL")
    index = DocIndex.build(doc, (crowd,))
    she = next(t for t in doc if t.text == "She")
    assert not agrees(index, she, crowd)


def test_a_man_whose_given_name_ends_in_a_is_a_later_he(nlp):
    text = ("Adebola Okonjo still does not understand how he walked away from the crash on the "
            "Lagos road.\n\n"
            "Three cars. One bus. No survivors but him.\n\n"
            "The driver beside him, he said, never saw the truck coming.")
    assert speaker(_quotes(nlp, text)[-1]) == "Adebola Okonjo"


def test_an_acronym_closing_a_described_subject_is_the_body_not_the_person(nlp):
    text = ("The head of the Veridian children's fund, VCF, warned on Friday that two "
            "clinics in the north had run out of insulin.")
    assert speaker(_quotes(nlp, text)[-1]) != "VCF"
