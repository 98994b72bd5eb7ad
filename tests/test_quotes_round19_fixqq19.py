"""Review fixes on qq19 (round 19, branch fixqq19): terms that are quotes after all, glued marks.

qq19 dropped a quotation after a naming participle with no subject; a namer after the
quotation ('"..." by X'), a reported clause around it or a document it is cited from
makes it someone's words again. qq19 read a mark glued between a comma and a lower-case
word as closing even when no quotation was open ('said,"we ...'). A quoted noun modifier
under a cue or naming verb with a subject is the speaker's. A body noun before a document
names the issuer from its nationality or name, not from any earlier modifier. The agent of a
passive naming verb, or the speaker of the clause around it, speaks, not the thing named. Every
sentence is invented for its test; each test but the guards fails on main eeed6250.
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def _texts(quotes: list) -> list[str]:  # type: ignore[type-arg]
    return [q.text for q in quotes]


def test_a_by_phrase_after_the_closing_mark_names_the_namer(nlp):
    text = "The tariff was dubbed \u201ceconomic vandalism\u201d by trade minister Olu Bakare."
    quotes = _quotes(nlp, text)
    assert "economic vandalism" in _texts(quotes)
    assert speaker(next(q for q in quotes if q.text == "economic vandalism")) == "Olu Bakare"


def test_a_passive_root_with_its_agent_after_the_mark_keeps_the_quote(nlp):
    text = ("The pension reform was branded \u201ca betrayal of nurses\u201d by health "
            "workers' leader Lin Okafor.")
    assert "a betrayal of nurses" in _texts(_quotes(nlp, text))


def test_a_naming_verb_inside_a_reported_clause_keeps_the_quote(nlp):
    text = ("Senator Ruth Amadi said the housing bill should be called \u201ca charter for "
            "landlords\u201d.")
    quotes = _quotes(nlp, text)
    assert "a charter for landlords" in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Ruth Amadi", "Ruth Amadi"]


def test_a_term_cited_from_a_document_keeps_the_quote(nlp):
    text = ("The court ruling was described as \u201ca dark day for tenants\u201d in a letter "
            "from the Tarsk bar association.")
    assert "a dark day for tenants" in _texts(_quotes(nlp, text))


def test_guard_an_agentless_naming_participle_still_marks_a_term(nlp):
    text = ("Herders on the plateau fear a dry wind referred to as \"the thief\" that strips "
            "the grass in a week. \"It leaves nothing for the goats,\" said elder Tamar Osman.")
    quotes = _quotes(nlp, text)
    assert "the thief" not in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Tamar Osman"]


def test_a_glued_curly_opening_mark_after_the_cue_opens(nlp):
    text = ("Fernanda Ruiz shouted,\u201copen the gates now,\u201d as the crowd pressed "
            "toward the stadium.")
    assert "open the gates now" in _texts(_quotes(nlp, text))


def test_a_glued_straight_mark_with_no_open_quotation_opens(nlp):
    text = ("Goalkeeper Lars Munk admitted,\"we simply ran out of legs,\" after the defeat "
            "in Bergen.")
    assert "we simply ran out of legs" in _texts(_quotes(nlp, text))


def test_guard_a_glued_mark_before_a_cue_with_no_quotation_open_opens_nothing(nlp):
    text = ("Market stalls burned for hours,\"explained trader Pedro Alvim. \"Nobody came to "
            "help us.\"")
    assert _texts(_quotes(nlp, text)) == ["Nobody came to help us."]


def test_a_quoted_noun_modifier_under_a_cue_with_a_subject_is_a_quote(nlp):
    text = "Fire chief Ada Mensah vowed a \u201czero waste\u201d policy for the port."
    quotes = _quotes(nlp, text)
    assert "zero waste" in _texts(quotes)
    assert speaker(next(q for q in quotes if q.text == "zero waste")) == "Ada Mensah"


def test_a_quoted_noun_modifier_under_a_naming_verb_with_a_subject_is_a_quote(nlp):
    text = ("Mayor Ines Kobel described the land swap as a \u201cwin-win\u201d arrangement "
            "for both villages.")
    assert "win-win" in _texts(_quotes(nlp, text))


def test_a_quoted_noun_modifier_inside_a_reported_clause_is_a_quote(nlp):
    text = ("Nurse Ola Berg said her colleagues viewed the rota as a \u201cslap in the "
            "face\u201d scheme.")
    assert "slap in the face" in _texts(_quotes(nlp, text))


def test_an_issuing_body_starts_at_the_body_noun_not_a_measure(nlp):
    text = "A 300-word fisheries ministry notice said the bay would reopen in June."
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["fisheries ministry"]


def test_an_issuing_body_leaves_out_a_participle_before_it(nlp):
    text = "An unpublished police memo said the suspects had been released on Friday."
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["police"]


def test_a_date_possessor_issues_no_document(nlp):
    text = "Friday's army statement said the convoy had reached the border post."
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["army"]


def test_guard_a_quoted_title_on_the_hearer_of_a_cue_stays_a_name(nlp):
    text = ("Station chief Mara Holt told \"Morning Tide\" viewers on Sunday that the studio "
            "would move to Harwick.")
    quotes = _quotes(nlp, text)
    assert "Morning Tide" not in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Mara Holt"]


def test_the_agent_of_a_naming_participle_on_a_noun_speaks(nlp):
    text = ("The toll plan, dubbed \u201ca tax on commuters\u201d by councillor Ines Vaz, was "
            "withdrawn.")
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes] == ["a tax on commuters"]
    assert speaker(quotes[0]).endswith("Ines Vaz")  # not "toll plan"
