"""Quote attribution round 6 (issue 10): ordinary news-story reported speech.

Appeals ("urged X to ...", "called on X to ...") report no words; a title set off by dashes
speaks as the name in apposition; "quotes X as saying" gives X; an "according to" phrase after
coordinated verbs reports them all; a "that"-less clause after the hearer of "told" that the
parser merged with the hearer; "it" after "the association" takes the association's name.
Every sentence is written for the test (fictional people, places and bodies).
"""

from __future__ import annotations

import pytest

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


@pytest.mark.parametrize("text", [
    "The Orlan Council urged both militias to withdraw from the river crossings.",
    "Governor Tessa Marlow called on the port authority to reopen the northern terminal.",
    "The envoy asked the two delegations to resume talks in Dassel next week.",
])
def test_an_appeal_reports_no_words(nlp, text):
    assert _quotes(nlp, text) == []


def test_quoted_words_inside_an_appeal_stay_a_partial_quote(nlp):
    text = ('Radio Velmora said Governor Tessa Marlow called on the port authority to '
            '"reopen the terminal at once."')
    quotes = _quotes(nlp, text)
    partial = [q for q in quotes if q.kind == "partial"]
    assert [q.text for q in partial] == ["reopen the terminal at once"]
    assert "Marlow" in speaker(partial[0])
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text.split()[0] for q in indirect] == ["Governor"]  # the radio's report
    assert all(q.cue != "called on" for q in indirect)


def test_a_title_set_off_by_dashes_speaks_as_the_named_person(nlp):
    text = ("Velmoran Minister for Water Resources - Dr. Anselm Koriva - says the dam on the "
            "Orla river is safe. He also denies that the reservoir has leaked.")
    quotes = _quotes(nlp, text, "indirect")
    assert [q.text for q in quotes] == ["the dam on the Orla river is safe",
                                        "the reservoir has leaked"]
    assert all(speaker(q) == "Anselm Koriva" for q in quotes)
    assert quotes[1].speaker.kind == "PRONOUN"


def test_a_title_does_not_take_a_name_hung_on_it_after_its_verb(nlp):
    text = ("Amy Lindqvist, a radio host, was among those held. Lindqvist says she was held "
            "while asking police about two colleagues, Omar Feld and Rita Sand, who had also "
            "been detained.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert speaker(quote) == "Amy Lindqvist"


def test_quotes_someone_as_saying_gives_the_one_quoted(nlp):
    text = ("The Dassel Gazette quotes the province's harbor commissioner as saying the pier "
            "was never inspected.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == "the pier was never inspected"
    assert "commissioner" in speaker(quote)
    assert "Gazette" not in speaker(quote)


def test_according_to_after_coordinated_verbs_reports_both(nlp):
    text = ('Two patrol boats were sent to the Kessel strait and "found no sign of the missing '
            'trawler," according to a coast guard statement.')
    quotes = _quotes(nlp, text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert [q.text.split()[:3] for q in indirect] == [["Two", "patrol", "boats"]]
    assert indirect[0].text.endswith('trawler,"')


@pytest.mark.parametrize(("text", "content"), [
    ("Senator Mara Quill told VOA there should be more pressure on the Orlan government to "
     "free the prisoners.",
     "there should be more pressure on the Orlan government to free the prisoners"),
    ("Mayor Ilse Brandt told reporters Friday during a briefing in Dassel the bridge is safe.",
     "the bridge is safe"),
    ("Mayor Ilse Brandt told Velmoran viewers that the bridge is safe.", "the bridge is safe"),
])
def test_a_clause_after_the_hearer_of_told(nlp, text, content):
    (quote,) = _quotes(nlp, text, "indirect")
    assert quote.text == content
    assert "Brandt" in speaker(quote) or "Quill" in speaker(quote)


def test_told_with_an_object_holding_a_relative_clause_reports_nothing(nlp):
    text = "The envoy told VOA the story of a family that fled the fighting in Dassel."
    assert _quotes(nlp, text, "indirect") == []


def test_it_after_the_association_takes_the_association_name(nlp):
    text = ("The Dassel Pilots Association rejected the offer on Monday. The association said "
            "the airline had ignored its safety demands. In a message to members on Tuesday, "
            "it said that pilots would strike on Friday.")
    quotes = _quotes(nlp, text, "indirect")
    assert quotes[-1].text == "pilots would strike on Friday"
    assert quotes[-1].speaker.kind == "PRONOUN"
    assert speaker(quotes[-1]) == "Dassel Pilots Association"


def test_it_after_a_statement_takes_the_statement_issuer(nlp):
    text = ("The statement from the Velmoran health ministry read: \u201cThe minister is "
            "recovering at home.\u201d It said the minister would return to work next week.")
    quotes = _quotes(nlp, text, "indirect")
    assert quotes[-1].text == "the minister would return to work next week"
    assert quotes[-1].speaker.kind == "PRONOUN"
    assert "ministry" in speaker(quotes[-1]).lower()
    assert "statement" not in speaker(quotes[-1]).lower()


def test_a_surname_with_an_age_is_a_person_for_he(nlp):
    text = ("Orlan, 58, attended the hearing on Monday. Near the end of his appearance, he "
            'called the ruling "a disgrace."')
    (quote,) = _quotes(nlp, text, "partial")
    assert quote.text == "a disgrace"
    assert speaker(quote) == "Orlan"


def test_a_capitalized_description_keeps_its_words_as_the_name():
    from types import SimpleNamespace

    from wirecoder.models import Entity
    from wirecoder.quotes.mentions import proper_nominal

    described = Entity(raw_text="The Orlan-led Autonomous Council", entity_name="led council",
                       kind="NOMINAL", start=0, end=32, sentence=0)
    plain = Entity(raw_text="the local council", entity_name="local council",
                   kind="NOMINAL", start=40, end=57, sentence=1)
    pronoun = Entity(raw_text="it", entity_name="led council", kind="PRONOUN", start=70,
                     end=72, sentence=2, coref_of=0)
    index = SimpleNamespace(entities=(described, plain))
    assert proper_nominal(index, described).entity_name == "Orlan-led Autonomous Council"
    assert proper_nominal(index, pronoun).entity_name == "Orlan-led Autonomous Council"
    assert proper_nominal(index, plain).entity_name == "local council"
    assert proper_nominal(index, None) is None


def test_a_finite_conjunct_belongs_to_the_reporting_verb_not_the_reported_clause(nlp):
    text = ("Oil minister Karim Fasi spoke in Dassel. He said output decisions would continue to "
            "be taken collectively within the group, and dismissed reports of a rift with its "
            'neighbor as "fantasy."')
    quotes = _quotes(nlp, text)
    indirect = [q for q in quotes if q.kind == "indirect"]
    assert indirect[-1].text == ("output decisions would continue to be taken collectively "
                                 "within the group")
    (partial,) = [q for q in quotes if q.kind == "partial"]
    assert partial.text == "fantasy" and speaker(partial) == "Karim Fasi"


@pytest.mark.parametrize("text", [
    "It is worth noting that the province may not lack the money to fund its schools.",
    "It should be noted that the figures for the northern districts are incomplete.",
    "A pilot agreed with Governor Ana Soler's recent remark that the region is on the move.",
])
def test_a_remark_of_the_reporter_or_a_noun_complement_is_no_quote(nlp, text):
    assert _quotes(nlp, text) == []


def test_a_contrasting_report_after_while_is_its_own_quote(nlp):
    text = ("Velmora's interior minister insisted that the detained mayor had \"links to a "
            "smuggling ring,\" while the main opposition party said the arrest was politically "
            "motivated.")
    indirect = _quotes(nlp, text, "indirect")
    assert [q.text for q in indirect] == [
        'the detained mayor had "links to a smuggling ring,"',
        "the arrest was politically motivated"]
    assert "opposition party" in speaker(indirect[1])


def test_a_coordinated_that_clause_with_its_own_subject_stays_in_the_report(nlp):
    text = ("The regional relief office says its staff have \u201cstepped up food "
            "deliveries,\u201d but that \u201croads remain a serious problem.\u201d")
    (indirect,) = _quotes(nlp, text, "indirect")
    assert indirect.text.startswith("its staff have")
    assert indirect.text.endswith("serious problem.\u201d")


def test_a_definite_title_names_the_titled_person_again(nlp):
    text = ("Velmoran President Tomas Kavel met flood victims on Monday. The president is not "
            "saying whether aid will be cut. He says the dam will be repaired by June. The "
            "president says the army will help.")
    indirect = _quotes(nlp, text, "indirect")
    assert [speaker(q) for q in indirect] == ["Tomas Kavel", "Tomas Kavel"]
    assert indirect[0].speaker.kind == "PRONOUN"
    assert text[indirect[1].speaker.start : indirect[1].speaker.end] == "president"


def test_a_title_the_person_was_not_given_names_nobody(nlp):
    text = ("Velmoran President Tomas Kavel met flood victims on Monday. The minister said the "
            "dam would be repaired by June.")
    (quote,) = _quotes(nlp, text, "indirect")
    assert "Kavel" not in speaker(quote)
