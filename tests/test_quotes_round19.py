"""Quote precision round 19 (issue 10, branch qq19): terms and misplaced marks.

Classes: words in quotation marks after "so-called" or after a naming participle that names
no one ("a kelp known as '...'", "rafts called '...'", "a truce nicknamed '...'") are terms,
not quotes (the guideline: scare quotes are not annotated), while a naming verb with its own
subject or agent keeps its quotation ("what she called '...'", "described by the mayor as
'...'"); a closing mark glued between a comma and the next lower-case word ('...,"added X')
closes an open quotation, and an opening glyph standing between two spaces (`, \u201c said
X`) closes an open quotation. Every story is written for its test with invented people and
places; each test but the guards fails on main f45a00bf (fixqq19 rewrote the stories the
review found too close to open gold and gave each absence test a positive assertion).
"""

from __future__ import annotations

from test_quotes import checked_quotes as _quotes
from test_quotes import speaker


def _texts(quotes: list) -> list[str]:  # type: ignore[type-arg]
    return [q.text for q in quotes]


def test_so_called_marks_a_term(nlp):
    text = ("Farmers in the Orvel valley are planting the so-called \"drought wheat\" this year. "
            "\"Nothing else survives the heat,\" grower Anja Velt said.")
    quotes = _quotes(nlp, text)
    assert "drought wheat" not in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Anja Velt"]


def test_known_as_without_a_namer_marks_a_term(nlp):
    text = ("The harbor of Kessa exports a dried kelp better known as \"sea bread\" to buyers "
            "abroad. \"Demand doubles every winter,\" said trader Oskar Lind.")
    quotes = _quotes(nlp, text)
    assert "sea bread" not in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Oskar Lind"]


def test_a_participle_naming_a_group_marks_a_term(nlp):
    text = ("Volunteers travelled down the river on rafts called \"floating kitchens\" to feed "
            "the stranded villages. \"We cooked for 900 people,\" said organiser Tilde Ek.")
    quotes = _quotes(nlp, text)
    assert "floating kitchens" not in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Tilde Ek"]


def test_a_nickname_participle_without_agent_marks_a_term(nlp):
    text = ("The two clans keep a truce nicknamed \"the long sleep\" until the snow melts. "
            "\"Nobody fights in the cold,\" said elder Bashir Umar.")
    quotes = _quotes(nlp, text)
    assert "the long sleep" not in _texts(quotes)
    assert [speaker(q) for q in quotes] == ["Bashir Umar"]


def test_guard_a_naming_verb_with_its_subject_keeps_the_quote(nlp):
    text = ("Governor Ilse Marrow condemned what she called \"reckless dumping\" in the bay "
            "and promised new fines.")
    quotes = _quotes(nlp, text)
    assert "reckless dumping" in _texts(quotes)
    assert speaker(next(q for q in quotes if q.text == "reckless dumping")) == "Ilse Marrow"


def test_guard_a_naming_participle_with_an_agent_keeps_the_quote(nlp):
    text = ("The new bridge, described by Mayor Tomas Relling as \"a gift to the next "
            "century,\" opened on Friday.")
    assert any(q.text.startswith("a gift to the next century") for q in _quotes(nlp, text))


def test_guard_a_glued_closing_mark_before_the_cue_closes_an_open_quotation(nlp):
    text = ("\"The water reached the second floor of the bakery,\"added Tomas Brandt, who has "
            "lived on the river for forty years. \"Nobody came to help us.\"")
    quotes = _quotes(nlp, text)
    assert _texts(quotes) == ["The water reached the second floor of the bakery",
                              "Nobody came to help us."]


def test_an_opening_glyph_between_spaces_closes_the_open_quotation(nlp):
    text = ("\u201cThe ministry will publish every contract signed since 2019, \u201c said "
            "spokeswoman Hana Ferreira.")
    quotes = _quotes(nlp, text)
    assert len(quotes) == 1
    assert quotes[0].text.startswith("The ministry will publish every contract")
    assert speaker(quotes[0]) == "Hana Ferreira"


def test_a_relative_passive_after_a_comma_reports_nothing(nlp):
    text = ("Two new cases of measles were found in Dorrin, a blow for the mountain province, "
            "which had been declared free of the disease in May. Health officer Lena Ruiz said "
            "more tests were planned.")
    quotes = _quotes(nlp, text)
    assert [(q.text, speaker(q)) for q in quotes if q.kind == "indirect"] == [
        ("more tests were planned", "Lena Ruiz")]


def test_a_fronted_quoted_clause_with_only_a_modifier_outside_is_one_partial(nlp):
    text = ("Since the storm, \u201cwe have slept in the school gym every night,\u201d said "
            "Maren Oyelaran, a fisherman's widow in Tolvik.")
    quotes = _quotes(nlp, text)
    assert [q.kind for q in quotes] == ["partial"]
    assert speaker(quotes[0]) == "Maren Oyelaran"


def test_guard_a_fronted_clause_with_its_own_subject_outside_stays_reported(nlp):
    text = ("The new tariff \"will empty the shelves by winter,\" grocer Ruben Castellanos "
            "told reporters in Palmira.")
    kinds = sorted(q.kind for q in _quotes(nlp, text))
    assert kinds == ["indirect", "partial"]


def test_a_cue_word_after_a_possessive_is_a_noun(nlp):
    text = ("Viewers were reminded of Judge Aida Karim\u2019s remarks that the prisons were "
            "full. \u201cWe have no room left,\u201d warden Ugo Pace said.")
    quotes = _quotes(nlp, text)
    assert not [q for q in quotes if q.kind == "indirect"]
    assert [speaker(q) for q in quotes] == ["Ugo Pace"]


def test_quoted_nouns_before_their_head_noun_are_a_name(nlp):
    text = ("The navy tested a \u201cstorm cellar\u201d program off the coast of Varsa on Monday, "
            "and the \"Dawn Chorus\" listeners heard the results first.")
    text += " \"It went well,\" said Captain Rosa Imbert."
    quotes = _quotes(nlp, text)
    texts = _texts(quotes)
    assert "storm cellar" not in texts
    assert "Dawn Chorus" not in texts
    assert [speaker(q) for q in quotes] == ["Rosa Imbert"]


def test_guard_a_quoted_adjective_before_a_noun_stays_a_quote(nlp):
    text = ("Councilor Petra Lind rejected the \"reckless\" budget and said she would vote "
            "against it.")
    assert "reckless" in _texts(_quotes(nlp, text))


def test_a_body_noun_before_a_document_is_its_issuer_and_it_speaks_on(nlp):
    text = ("A Chilean navy statement said the trawler had been towed to Arica. It also said "
            "the crew of nine was safe.")
    quotes = _quotes(nlp, text)
    assert [speaker(q) for q in quotes] == ["Chilean navy", "Chilean navy"]


def test_that_after_a_for_phrase_of_the_cue_opens_the_reported_clause(nlp):
    text = "The mining firm conceded for the record that two of its shafts had flooded."
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes if q.kind == "indirect"] == [
        "two of its shafts had flooded"]


def test_a_present_read_as_a_base_form_after_a_relative_cue_is_reported(nlp):
    text = ("Auditors froze the accounts of firms that the regulator says hide profits in shell "
            "companies abroad.")
    quotes = _quotes(nlp, text)
    assert [q.text for q in quotes if q.kind == "indirect"] == [
        "hide profits in shell companies abroad"]
    assert speaker(quotes[0]) == "regulator"
