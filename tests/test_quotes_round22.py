"""Round 22 (issue 10, branch qq22): pronoun speakers on invented stories.

Every story here is written for the test; none is a passage of a gold set.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def _by_text(quotes, words):
    return next(q for q in quotes if words in q.text)


def _gender(nlp, text: str, name: str) -> str | None:
    from wirecoder.models import Entity
    from wirecoder.quotes.gender import gender_of
    from wirecoder.quotes.index import DocIndex

    doc = nlp(text)
    start = text.index(name)
    person = Entity(start=start, end=start + len(name), sentence=0, raw_text=name,
                    entity_name=name, kind="PERSON")
    return gender_of(DocIndex.build(doc, (person,)), person)


def test_a_name_in_a_participle_clause_of_a_she_takes_no_gender_from_her(nlp):
    text = ("Speaking to program host Carl Benson, she compared her visit to the ones "
            "before.")
    assert _gender(nlp, text, "Carl Benson") == "m"


def test_her_after_the_name_still_tells_when_no_pronoun_comes_between(nlp):
    text = "Dr. Ilse Marten read her notes to the visiting reporters on Monday."
    assert _gender(nlp, text, "Ilse Marten") == "f"


def test_a_lone_subject_with_an_a_name_is_the_he_after_a_quotation(nlp):
    text = ("President Karl Brandt of Ostland praised the harbor plan. On Tuesday, President "
            "Ilunga Tandor of Veridia named hunger the gravest threat to the region. \"Building "
            "roads in a poor country is hard,\" he said.")
    assert speaker(_by_text(_quotes(nlp, text), "Building roads")) == "Ilunga Tandor"


def test_an_apposed_speaker_with_an_a_name_is_the_he_that_reports_on(nlp):
    text = ("The rebels' envoy abroad, Selvaka Ramanathan, said on Sunday that Oskar Lind "
            "\"died fighting for the cause.\" He said the group had declared a week of "
            "mourning.")
    assert speaker(_by_text(_quotes(nlp, text), "week of mourning")) == "Selvaka Ramanathan"


def test_an_a_name_that_is_no_speaker_stays_a_woman(nlp):
    text = ("Senator Wanjira Okello questioned Admiral Lars Oyen for two hours. \"Every ship "
            "matters,\" he said.")
    assert speaker(_by_text(_quotes(nlp, text), "Every ship")) == "Lars Oyen"


def test_a_region_adjective_leaves_the_description_to_the_speaker_before(nlp):
    text = ("Ghanaian President Ama Boateng told the radio station on Tuesday that the bank "
            "would cancel the loans. In an interview, the African leader said, \"The loans we "
            "are fighting now are the old ones.\" She continued, \"It will take longer, but it "
            "will get done.\"")
    quotes = _quotes(nlp, text)
    assert speaker(_by_text(quotes, "take longer")) == "Ama Boateng"


def test_a_country_adjective_of_another_country_is_still_refused(nlp):
    text = ("Ghanaian President Ama Boateng told reporters on Tuesday that the bank would "
            "cancel the loans. In an interview, the Kenyan leader said, \"The loans we are "
            "fighting now are the old ones.\"")
    quote = _by_text(_quotes(nlp, text), "old ones")
    assert speaker(quote) != "Ama Boateng"


def test_the_former_monarch_names_again_the_king_who_spoke(nlp):
    text = ("Former King Aldo Ferran says he opposes the new court. The 81-year-old former "
            "monarch contends that many guards of the old prisons are still free. He says they "
            "caused great suffering.")
    quote = _by_text(_quotes(nlp, text), "great suffering")
    assert speaker(quote) == "Aldo Ferran"
